"""The kind of a role as written, in any language and case: "посла СССР в КНР", "Botschafters",
"velvyslancem" and "Soviet Ambassador" are all an ambassador's. Each role attestation keeps its
label as written and gains `org:role` pointing to the kind's concept in `ontology/roles.ttl`, so a
SPARQL user can ask for every ambassador without knowing how each note declined the word.

A lexicon, not a parser: each kind is a handful of stems in the languages the notes are written in
(English, Russian, German, Czech, Polish, Hungarian, Romanian, Albanian, Bulgarian, French). The
kinds are tried most specific first ("deputy foreign minister" before "foreign minister", "chargé
d'affaires" and "interpreter" before "ambassador", an embassy's "first secretary" only with the
embassy named, never a bare "First Secretary", which may be a party's), and a label gets one kind
at most. A label no stem fits keeps no kind: nothing is guessed."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# (slug, English label, the stems of its words in each language, on lower-case text without diacritics)
ROLE_KINDS: tuple[tuple[str, str, str], ...] = (
    (
        "interpreter",
        "interpreter",
        r"\binterpret(?:er|ers|ul|ului)\b|\btranslator\w*|\bпереводчи\w+|\bdolmetscher\w*|\btlumocn\w+"
        r"|\btlumacz\w*|\btolmacs\w*|\bperkthyes\w*|\bпреводач\w*|\binterprete\b",
    ),
    (
        "charge-d-affaires",
        "chargé d'affaires",
        r"\bcharge\s+d\s*affair|\bповеренн\w+\s+в\s+делах|\bgeschaftstrager\w*|\bugyvivo\w*"
        r"|\binsarcinat\w*\s+cu\s+afaceri",
    ),
    (
        "deputy-foreign-minister",
        "deputy foreign minister",
        r"\b(?:first\s+)?(?:deputy|vice)[\s-]+(?:foreign\s+minister|minister\s+(?:of|for)\s+(?:the\s+)?foreign\s+affairs)"
        r"|\bзамести\w+\s+министра\s+иностранных\s+дел|\bзамминистра\s+иностранных\s+дел"
        r"|\bstellv(?:ertret\w+|\.)\s+(?:des\s+)?(?:au(?:ss|b)enminister\w*|ministers?\s+fur\s+auswartige)"
        r"|\bvizeau(?:ss|b)enminister\w*|\bnamest\w+\s+ministra\s+zahranicnich|\bwiceminist\w+\s+spraw\s+zagranicznych"
        r"|\bkulugyminiszter-helyettes\w*|\bminist\w+\s+adjunct\w*\s+al\s+afacerilor\s+externe"
        r"|\bzevendesminist\w+\s+i\s+puneve\s+te\s+jashtme|\bзаместник[\s-]+министър\w*\s+на\s+външните",
    ),
    (
        "foreign-minister",
        "foreign minister",
        r"\bforeign\s+minister\b|\bminister\s+(?:of|for)\s+(?:the\s+)?foreign\s+affairs|\bforeign\s+secretary\b"
        r"|(?<!assistant\s)(?<!under\s)\bsecretary\s+of\s+state\b(?!\s+for\s)"
        r"|\bминистр(?!ерств)\w*\s+иностранных\s+дел|\bau(?:ss|b)enminister(?!ium)\w*|\bministers?\s+fur\s+auswartige"
        r"|\bministr\w*\s+zahranicnich|\bminist(?!erstw)\w+\s+spraw\s+zagranicznych|\bkulugyminiszter(?!ium)\w*"
        r"|\bministr\w*\s+(?:de\s+)?(?:afacerilor\s+)?externe|\bminist\w+\s+i\s+puneve\s+te\s+jashtme"
        r"|\bминистър\w*\s+на\s+външните|\bministre\s+des\s+affaires\s+etrangeres",
    ),
    (
        "deputy-premier",
        "deputy premier",
        r"\b(?:vice|deputy)[\s-]+(?:premier|prime\s+minister)\b"
        r"|\b(?:first\s+)?(?:vice|deputy)[\s-]+chairman\s+of\s+the\s+(?:[\w'-]+\s+)?(?:council|cabinet)\s+of\s+ministers"
        r"|\bзамести\w+\s+(?:председателя\s+(?:совета|кабинета)\s+министров|премьер)"
        r"|\bstellvertret\w+\s+(?:des\s+)?(?:ministerprasident\w*|vorsitzenden\s+des\s+minister)"
        r"|\bmistopredsed\w+\s+vlady|\bwicepremier\w*|\bminiszterelnok-helyettes\w*|\bvicepremier\w*"
        r"|\bzevendeskryeminist\w*",
    ),
    (
        "premier",
        "premier",
        r"\bpremier(?!\s+(?:secretaire|conseiller))\w*|\bprezes\w*\s+rady\s+ministrow|\bprime\s+minister\b|\bchairman\s+of\s+the\s+(?:[\w'-]+\s+)?(?:council|cabinet)\s+of\s+ministers"
        r"|\bпредседател\w+\s+(?:совета|кабинета)\s+министров|\bпремьер\w*|\bministerprasident\w*"
        r"|\bvorsitzend\w*\s+des\s+minister(?:rates|rats|kabinetts)|\bpredsed\w+\s+vlady|\bminiszterelnok\w*"
        r"|\bprim[\s-]+ministr\w*|\bkryeminist\w*|\bминистър[\s-]+председател\w*|\bthu\s+tuong\b",
    ),
    (
        "head-of-state",
        "head of state",
        r"(?<!vice\s)(?<!vice-)\bpresident(?:em|a|u|ul|ului|e)?\b(?!\s+of\s+the\s+(?:academy|board|society|association|court|bank|chamber|institute|university|red))"
        r"|\bprasident\w*\b(?!\s+der\s+akademie)|\bprezydent\w*|\bпрезидент\w*\b(?!\s+академи)"
        r"|\bchairman\s+of\s+the\s+(?:prc|people's\s+republic\s+of\s+china)\b"
        r"|\bchairman\s+of\s+the\s+presidium\s+of\s+the\s+(?:supreme|great)|\bпредседател\w+\s+президиума\s+(?:верховного|внс)"
        r"|\bпредседател\w+\s+(?:дрв|кнр|мнр)\b",
    ),
    (
        "ambassador",
        "ambassador",
        r"\bambassad(?:or|eur)\w*|\bambasador\w*|\bпос(?:ол|ла|лу|лом|ле|лы|лов|лам|лами|лах)\b"
        r"|\bposol\b|\bpos(?:la|lu|lom|le)\s+sssr\b|\bbotschafter\w*|\bvelvyslan(?:ec|ce|cem|ci|cum|cu)\b"
        r"|\bnagykovet(?!seg)\w*|\bпосланик\w*",
    ),
    (
        "envoy",
        "envoy",
        r"(?<!counsellor-)(?<!counselor-)\benvoy\w*|\bgesandt(?:e|en|er|ter|ten)?\b|(?<!советник-)\bпосланник\w*|\bminister\s+plenipotentiary\b|\bvyslan(?:ec|ce|cem)\b|\bposel\b|\bposla\s+rp\b|(?<!nagy)\bkovet\b"
        r"|\bmissionschef\w*|\bhead\s+of\s+(?:the\s+)?mission\b",
    ),
    (
        "counsellor",
        "counsellor",
        r"\bcounsel+or\w*|\bcouncil+or\w*|\bсоветник\w*|\bbotschaftsrat\w*|\brada\s+velvyslanectvi"
        r"|\bradc[aye]\w*\s+ambasady|\btanacsos\w*|\bconsilier\w*|\bkeshilltar\w*|\bсъветник\w*|\bconseiller\w*",
    ),
    (
        "party-first-secretary",
        "party first secretary",
        r"\b(?:first|general)\s+secretary\s+of\s+the\s+(?:[\w'-]+\s+){0,3}(?:cc|central\s+committee|party)\b"
        r"|\b(?:first|general)\s+secretary,\s+[\w'-]+(?:\s+[\w'-]+){0,3}\s+party\b"
        r"|\b(?:перв|генеральн)\w+\s+секретар\w+\s+цк|\berste\w*\s+sekretar\w*\s+des\s+zk"
        r"|\bprvn\w+\s+tajemn\w+\s+uv|\bpierwsz\w+\s+sekretarz\w*\s+kc|\bsekretarz\w*\s+i\s+sekretarza\s+kc"
        r"|\bi\s+sekretarz\w*\s+kc\b",
    ),
    (
        "party-secretary",
        "party secretary",
        r"\bsecretary\s+of\s+the\s+(?:[\w'-]+\s+){0,2}(?:cc|central\s+committee)\b|\bсекретар\w+\s+цк"
        r"|\bsecretar\w*\s+al\s+cc\b|\bsekretar\w*\s+(?:des\s+)?(?:kc|zk)\b|\btajemn\w+\s+uv\b",
    ),
    (
        "embassy-secretary",
        "secretary of an embassy or ministry",
        r"\b(?:first|second|third|1st|2nd|3rd)\s+secretary\s+(?:of|in|at)\s+(?:the\s+)?(?:[\w'-]+\s+){0,3}(?:embassy|legation|mission|ministry)"
        r"|\bembassy\s+(?:first|second|third)\s+secretary|\b(?:the\s+)?(?:[\w'-]+\s+){0,2}embassy's\s+(?:first|second|third)\s+secretary"
        r"|\b(?:перв|втор|трет)\w+\s+секретар\w+\s+посольства|\bsekretar\w*\s+posolstva"
        r"|\b(?:i|ii|iii|pierwsz\w+|drug\w+|trzec\w+)\s+sekretarz\w*\s+ambasady"
        r"|\b(?:erste|zweite|dritte)\w*\s+sekretar\w*\s+der\s+botschaft",
    ),
    (
        "party-vice-chairman",
        "party vice-chairman",
        r"\b(?:vice|deputy)[\s-]*chairman\w*\s+of\s+the\s+(?:[\w'-]+\s+){0,3}(?:cc|central\s+committee)"
        r"|\b(?:замести\w+|зам\.)\s+председател\w+\s+цк",
    ),
    (
        "party-chairman",
        "party chairman",
        r"\bchairman\s+of\s+the\s+(?:[\w'-]+\s+){0,3}(?:cc|central\s+committee)\b|\bпредседател\w+\s+цк",
    ),
    (
        "politburo-member",
        "member of the Politburo",
        r"\bmember\s+of\s+the\s+(?:[\w'-]+\s+)?(?:politburo|political\s+bureau|presidium\b(?!\s+of\s+the\s+(?:supreme|academy|great|people)))\b"
        r"|\bчлен\w*\s+(?:политбюро|президиума\b(?!\s+(?:верховного|академии|внс|всн)))|\bmitglied\w*\s+des\s+(?:politburos|prasidiums)"
        r"|\bclen\w*\s+(?:politbyra|predsednictva)|\bczlon\w*\s+biura\s+politycznego",
    ),
    (
        "deputy-head-of-department",
        "deputy head of department",
        r"\b(?:deputy|vice)[\s-]+(?:head|director|chief)\s+of\s+(?:the\s+)?(?:[\w'-]+\s+){0,5}(?:department|division)\b"
        r"|\bdeputy\s+(?:[\w-]+\s+)?head\b(?=.*\bdepartment\b)|\bзамести\w+\s+заведующ\w+|\bstellvertret\w+\s+(?:des\s+)?(?:leiters|abteilungsleiter)",
    ),
    (
        "head-of-department",
        "head of department",
        r"\b(?:head|chief|director)\s+of\s+(?:the\s+)?(?:[\w'-]+\s+){0,5}(?:department|division|office\s+of)\b"
        r"|\bзаведующ\w+\s+(?:[\w-]+\s+){0,4}отдел\w*|\bзав\.\s*(?:[\w-]+\s+){0,4}отдел\w*|\bзавотдел\w*"
        r"|\babteilungsleiter\w*|\bleiter\w*\s+der\s+(?:[\w.-]+\s+){0,4}abteilung\b"
        r"|\bvedouc\w+\s+(?:\w+\s+){0,4}odboru\b|\bdyrektor\w*\s+(?:\w+\s+){0,4}departamentu\b"
        r"|\bosztalyvezet\w*|\bsef\w*\s+(?:al\s+)?(?:\w+\s+){0,3}directie\w*",
    ),
    (
        "head-of-delegation",
        "head of a delegation",
        r"\b(?:head|leader)\s+of\s+(?:the\s+)?(?:[\w'-]+\s+){0,3}delegation\b|\bvedouc\w+\s+(?:\w+\s+)?delegace"
        r"|\bchief\s+delegate\b|\b(?:глав|руководител)\w*\s+(?:[\w-]+\s+)?делегации|\bleiter\w*\s+der\s+(?:\w+\s+)?delegation"
        r"|\bprzewodnicz\w+\s+delegacji|\bconducator\w*\s+delegatiei",
    ),
    (
        "delegate",
        "delegate",
        r"\bdelegate\w*|\bdelegue\w*|\bcommissioner\w*|\bделегат\w*|\bdelegat\b"
        r"|\bmember\s+of\s+the\s+(?:[\w'-]+\s+){0,3}delegation\b|\bчлен\w*\s+(?:[\w-]+\s+)?делегации",
    ),
    (
        "representative",
        "representative",
        r"\brepresentative\w*|\bпредставител\w*|\bplenipotentiar\w*|\bprzedstawiciel\w*",
    ),
    (
        "attache",
        "attaché",
        r"attache(?!d)\w*|\bатташе\b|\bаташе\b",
    ),
    (
        "consul",
        "consul",
        r"\bconsul(?:s|ul|ului)?\b|\bconsul[\s-]+general\w*|\bconsular\s+official|\bконсул(?!ьтант)\w*|\bkonsul(?!tant)\w*|\bkonzul(?!tant)\w*",
    ),
    (
        "desk-officer",
        "desk officer",
        r"\breferent\w*|\bреферент\w*",
    ),
    (
        "deputy-minister",
        "deputy minister",
        r"\b(?:first\s+)?deputy\s+minister\b|\bзамести\w+\s+министра\b|\bзамминистра\b|\bwiceminist\w*"
        r"|\bnamest\w+\s+ministra\b|\bstellvertret\w+\s+(?:des\s+)?ministers\b",
    ),
    (
        "minister",
        "minister",
        r"(?<!council\sof\s)(?<!cabinet\sof\s)\bminister(?!ium|stvo|stwo)\w*|\bминистр(?!ерств)\w*|\bministr(?:a|em|ovi|u|ul|ului|i|o)?\b"
        r"|\bminiszter(?!ium)\w*|\bministri\b|\bминистър\w*",
    ),
    (
        "military-commander",
        "military commander",
        r"\bcommander\w*|\bкомандующ\w*|\bкомандир\w*|\bbefehlshaber\w*|\bchief\s+of\s+(?:the\s+)?(?:general\s+)?staff\b",
    ),
    (
        "military-officer",
        "military officer",
        r"\bmarshal(?:s|a|om|u|e)?\b|\bмаршал\w*|\b(?:lt\.?|lieutenant|major|brig\.?|brigadier)[\s.-]*gen(?:eral|\.)?"
        r"|\bgeneral-(?:major|lieutenant|leutnant|polkovnik\w*|colonel|mayor|leytenant)\b"
        r"|\bgeneral\s+of\s+the\s+army\b|\bгенерал(?!ьн)\w*|\boberst\b|\boberstleutnant\w*|\bcolonel\w*|\bполковник\w*"
        r"|\badmiral(?:s|a|om)?\b|\bадмирал\w*",
    ),
)

_PATTERNS = tuple((slug, re.compile(stems)) for slug, _, stems in ROLE_KINDS)
# A deputy, an assistant, a secretary, a wife of the office holder is not the office holder: the
# principal kinds below are not given after one of these words ("заместитель посла", "Assistant
# Foreign Minister", "жена посла", "külügyminiszterhelyettes"); the deputies' own kinds are tried first
_SUBORDINATE = re.compile(
    r"(?:^|[\s-])(?:deputy|vice|assistant|under|замести\w*|зам\.|помощни\w*|секретар\w*|жен[аыеуо]\w*|супруг\w*"
    r"|wife|вице|stellvertret\w*|stellv\.|namest\w*|wice|adjunct\w*|zevendes\w*)(?=[\s-]|$)|helyettes"
)
_PRINCIPAL = frozenset(
    "ambassador envoy charge-d-affaires foreign-minister premier head-of-state minister head-of-department"
    " head-of-delegation military-commander consul counsellor".split()
)
# an adviser, not an embassy's counsellor: "главный военный советник", "советник ЦК", a city's councillor
_NOT_COUNSELLOR = re.compile(r"военн|\bцк\b|(?:state|city|town|municipal)\s+council+or")


def _plain(text: str) -> str:
    """Lower case without diacritics (Cyrillic kept as Cyrillic), ß as ss, apostrophes gone."""
    text = unicodedata.normalize("NFKD", text.replace("ß", "ss").replace("ł", "l").replace("Ł", "L"))
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    return re.sub(r"[’'ʼ`‘]", " ", text)


@lru_cache(maxsize=8192)
def role_kind(label: str) -> str | None:
    """The slug of the role's kind ("ambassador", "counsellor", …), or None when no stem of the
    lexicon is in the label ("First Secretary of the Embassy", "member of the delegation")."""
    plain = _plain(label)
    for slug, pattern in _PATTERNS:
        m = pattern.search(plain)
        if m is None:
            continue
        if slug in _PRINCIPAL and _SUBORDINATE.search(plain[: m.end()]):
            return None
        if slug == "counsellor" and _NOT_COUNSELLOR.search(plain):
            return None
        return slug
    return None


SCHEME_FILE = "ontology/roles.ttl"


def scheme_turtle() -> str:
    """`ontology/roles.ttl`: the kinds as a SKOS concept scheme of `org:Role`s, one concept per kind,
    in the order they are tried (regenerate with `python -m kg1956.role_kinds`)."""
    lines = [
        "# Generated from src/kg1956/role_kinds.py by `python -m kg1956.role_kinds`: do not edit by hand.",
        "@prefix kgrole:  <https://w3id.org/kg1956/roles#> .",
        "@prefix dcterms: <http://purl.org/dc/terms/> .",
        "@prefix org:     <http://www.w3.org/ns/org#> .",
        "@prefix rdfs:    <http://www.w3.org/2000/01/rdf-schema#> .",
        "@prefix skos:    <http://www.w3.org/2004/02/skos/core#> .",
        "",
        "kgrole:",
        "    a skos:ConceptScheme ;",
        '    dcterms:title "kg1956 kinds of role"@en ;',
        '    rdfs:comment "The kind of each role as the notes write it, in any language and case: a role'
        " attestation's org:role. Its kg:roleLabel keeps the words as written; a label the lexicon does not"
        ' know has no kind."@en .',
    ]
    for slug, label, _ in ROLE_KINDS:
        lines += [
            "",
            f"kgrole:{slug}",
            "    a skos:Concept , org:Role ;",
            f'    skos:prefLabel "{label}"@en ;',
            "    skos:inScheme kgrole: ;",
            "    skos:topConceptOf kgrole: .",
        ]
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    from pathlib import Path

    Path(__file__).parents[2].joinpath(SCHEME_FILE).write_text(scheme_turtle(), encoding="utf-8")
