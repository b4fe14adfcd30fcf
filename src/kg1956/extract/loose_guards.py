"""What the loose reading (loose_talks.py) must leave alone: a clause that tells a talk not held
(planned, proposed, requested, refused, rumoured, hypothetical), told from memoirs, counted and
not dated, or written (a letter, a telegram); a "with" that belongs to a fixed phrase ("in
connection with", "в связи с"); a date that another word governs ("before the uprising of …",
"the telegram of …"); a party that is a medium, a crowd or a body rather than a person."""

from __future__ import annotations

import re

from kg1956.extract.bodies import BODY_DESCRIBING_WORDS

# a talk that did not take place, was only planned or asked for, is hearsay or hypothetical,
# is told from memoirs, or is counted and not dated (the dates near it are the reports')
NOT_HELD = re.compile(
    r"(?:не\s+состоял|не\s+провод|запланирован|перенесен|перенесл|отмен[её]н|отклон[её]н|намеченн|назначенн|планировавш"
    r"|предполагавш|предполагал|предлож|просьб|отказ|якобы|слух|намерева|если\b"
    r"|\bdid\s+not\s+take\s+place|\bnever\s+(?:took\s+place|happened|held|answered)|\bcancell?ed|\bcanceled"
    r"|\bpostponed|\bcalled\s+off|\bplanned|\bproposed|\bproposals?\b|\brequest(?:s|ed)?\b|\brefus(?:al|ed)"
    r"|\brumou?r(?:s|ed)?\b|\bintended|\bexpected|\balleged(?:ly)?\b|\bscheduled|\bdesired|\bimagined|\bhoped"
    r"|\bwould\b|\bcould\b|\bmight\b|\bshould\b|\bif\b|\bwhether\b|^\s*(?:Had|Were)\s|\bheard\s+that|\bsupposedly"
    r"|\binvitation|\binvited|\boffer(?:ed)?\b|\bsought\b|\bwanted"
    r"|proponowan|planowan|nie\s+doszł|zaproponowa|prośb|odmow|\bczy\b|geplant|abgesagt|vorgesehen|beabsichtigt"
    r"|vorgeschlagen|navrhovan|plánovan|odmít|\bpropus|planiran|predložen"
    r"|namechenn|naznachenn|planirovav|otmenen|perenesen|predlozh|pros'b|otkaz"
    r"|memoirs?|recollections?|reminiscences|воспоминани|мемуар|wspomnie|Erinnerungen|pamětech|vzpomín|memorii"
    r"|\b(?:two|three|four|five|several|many|a\s+few)\s+times\b|несколько\s+раз|\b\d+\s+раз\b)",
    re.IGNORECASE,
)
# a message, not a talk: "told X in a letter of", "сообщил … в письме", "by note"
WRITTEN = re.compile(
    r"\b(?:in|by)\s+(?:a\s+|his\s+|her\s+|their\s+)?(?:letters?|telegrams?|cables?|messages?|notes?|memorand\w*)\b"
    r"|\bby\s+letter|в\s+(?:своём\s+|своем\s+)?(?:письм|телеграмм|послани|записк)\w*|письмом|телеграммой"
    r"|\bw\s+liście|\blistem\b|\bim\s+Brief|\bbrieflich|\bdopisem|\bv\s+dopise|\bîn\s+scrisoare",
    re.IGNORECASE,
)
# the word before a "with" that makes it a fixed phrase, not a party: "in connection with", "в связи с"
FIXED_BEFORE_WITH = re.compile(
    r"(?:connection|together|along|help|aid|assistance|regard|respect|comparison|accordance|contrast|line"
    r"|связи|вместе|наряду|сравнении|соответствии|помощью|związku|wraz|razem|porównaniu|pomocą|souvislosti|spolu"
    r"|vezi|zajedno|povodom|sviazi|vmeste|Zusammenhang|zusammen|Hilfe|Verbindung|ocazia|împreună|legătură"
    r"|заедно|връзка)\s*$",
    re.IGNORECASE,
)
# words between the people and a date that make the date another thing's: an event, a record, a limit
OTHER_DATE = re.compile(
    r"\b(?:after|before|until|till|by|eve|from|since|preceded|prior|ahead|telegram|cable|report(?:ed)?"
    r"|records?|minutes|letter|dated|made|fall|uprising|plenum|arrived|returned|waited"
    r"|would|will|and|but|while|when|according|through|via|через|przez|durch|prin|prek|pres|that|что|że|dass|že|că|"
    r"до|после|перед|накануне|запис\w*|zapis'?|ot|от|przed|po|vor"
    r"|nach|před|dopo|avant|après|pleno|plenum)\b",
    re.IGNORECASE,
)
# a medium, a crowd, a body: never a person the talk was with
NO_PERSON_WORDS = BODY_DESCRIBING_WORDS | frozenset(
    """
    assembly congress plenum пленум parliament conference party press presse presidium politburo pravda borba
    monde welt tass radio voice pact kremlin delegates correspondents journalists journalisten leaders crew
    representatives vertretern dolmetschers interpreter genossen bezirksleitung zentralkomitees
    pravdy pravdě pravdu правда правды правде borbe borbom borbu тасс радио trybuna trybuny trybunie
    népszabadság scînteia scinteia renmin izvestia izvestiia известия rudé rudého rudým rudému neues deutschland
    agency bureau news генсек
    """.split()
)
# words that open a clause and are no one's name: "Тогда", "Затем Андропов", "Then"
FUNCTION_WORDS = frozenset(
    """
    тогда затем потом позднее позже уже ещё еще именно однако также вновь снова впервые
    then later also thus however still yet afterwards subsequently meanwhile
    dann danach später también potem później wtedy
    """.split()
)
# a paper for a talk, not the talk: "Справка к беседе X с Y", "briefing for the talks with"
FOR_A_TALK = re.compile(
    r"(?:\bк|\bдля|\bпо|\bперед|\bfor|\bbefore|\bahead\s+of|\bpreparation\s+for|\bzur|\bfür|\bprzed|\bpro)"
    r"(?:\s+(?:the|a|предстоящей|предстоящим|the\s+forthcoming|forthcoming))?\s*$",
    re.IGNORECASE,
)
# a talk quoted from someone else's book: its source is a work, not the archive
QUOTED = re.compile(
    r"\b(?:quoted|cited)\s+(?:in|by)\b|цит\.\s*по|приводится\s+по|zit\.\s*nach|cyt\.\s*za"
    r"|упоминается|в\s+литературе|\bmentioned\s+in|\bdiscussed\s+in|\bin\s+the\s+literature",
    re.IGNORECASE,
)
# a message or a record that reports the talk the clause before it tells: "; see his report to …, 22 March",
# "; the conversation is reported in szyfrogram nr 1310 …, 4 February 1959"
REPORTED_IN = re.compile(
    r"report|record|telegram|cable|szyfrogram|minutes|memorandum|letter|note\b|запис|телеграмм|донесени|письм"
    r"|notatk|záznam|vermerk|aufzeichnung|bericht|feljegyzés|jelentés|zabeleška|telegrama|informa",
    re.IGNORECASE,
)
# a German dative plural or abstract noun after "mit": "mit Journalisten", "mit Jugendfunktionären"
GERMAN_COMMON_NOUN = re.compile(r"(?:en|ern|ären|nen|ungen|ung|keit|heit|schaft|ionen|ität)$")


def another_events_date(gap: str) -> bool:
    """Whether the words between a talk's people and a date make the date another thing's, or are
    too many to be a place and a preposition ("at Malik's summer residence on Long Island on")."""
    if _TOPIC_OF.search(gap):
        return True  # "… to Kádár on the Soviet declaration of 30 October 1956": the topic's date
    return OTHER_DATE.search(gap) is not None or sum(any(c.isalpha() for c in w) for w in gap.split()) > 8


# what a talk was about, dated after "of": "on the Soviet declaration of", "about the note of"
_TOPIC_OF = re.compile(r"\b(?:on|about|concerning|regarding)\s+(?:the\s+)?[^,;()]*\bof\s*$", re.IGNORECASE)
