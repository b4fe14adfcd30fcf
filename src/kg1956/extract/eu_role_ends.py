"""Where an office written before a name in Czech, Polish, German or Hungarian ends: a state's
name in that language's case closes it ("ministrem zahraničních věcí Egypta Mahmúdem Fauzím",
"ministra spraw zagranicznych Syrii Chalida al-Azma"), as a state's acronym does ("KLDR");
the capitalised word is the state's, not the first word of the name."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

# states' names as Czech, Polish and German decline them after an office, as written (a closed
# list: a stem with any ending would take Czech surnames such as Kubát, Kubík or Koren, and
# English ones such as Jordan, for states)
_STATE_FORMS = frozenset(
    # Czech
    "Egypta Egyptu Sýrie Syrie Iráku Íránu Iránu Indie Indonésie Kuby Číny Japonska Jugoslávie Albánie"
    " Afghánistánu Libanonu Jemenu Jordánska Vietnamu Koreje Mongolska Turecka Tuniska Alžírska Maroka"
    " Súdánu Etiopie Ghany Guineje Kambodže Laosu Barmy"
    " Francie Anglie Británie Kanady Itálie Německa Švédska Belgie Holandska Rakouska Švýcarska Španělska"
    " Řecka Dánska Norska Finska Maďarska Rumunska Bulharska Thajska Pákistánu Cejlonu Nepálu Brazílie Mexika"
    # Polish
    " Egiptu Syrii Iraku Iranu Indii Indonezji Chin Japonii Jugosławii Albanii Afganistanu Libanu"
    " Jordanii Wietnamu Korei Mongolii Turcji Tunezji Algierii Maroka Sudanu Etiopii Gwinei Kambodży Birmy"
    " Francji Anglii Kanady Szwecji Belgii Holandii Austrii Szwajcarii Hiszpanii Grecji Danii Norwegii"
    " Finlandii Czechosłowacji Węgier Rumunii Bułgarii Laosu Tajlandii Pakistanu Cejlonu Nepalu Kuby Brazylii"
    " Meksyku Argentyny"
    # German
    " Ägyptens Syriens Iraks Irans Indiens Indonesiens Kubas Chinas Japans Jugoslawiens Albaniens"
    " Afghanistans Libanons Jemens Jordaniens Vietnams Koreas Tunesiens Algeriens Marokkos Äthiopiens"
    " Ghanas Guineas Kambodschas Burmas"
    " Frankreichs Englands Großbritanniens Kanadas Italiens Schwedens Belgiens Hollands Österreichs Spaniens"
    " Griechenlands Dänemarks Norwegens Finnlands Polens Ungarns Rumäniens Bulgariens Thailands Pakistans"
    " Ceylons Nepals Brasiliens Mexikos"
    # Russian in Library of Congress letters, the genitive after an office ("prem'er-ministrom Afganistana")
    " Afganistana Indii Kitaia V'etnama Vetnama Pol'shi Vengrii Rumynii Bolgarii Iugoslavii Chekhoslovakii"
    " Mongolii Iaponii Indonezii Egipta Sirii Iraka Irana Livana Iemena Kambodzhi Laosa Birmy Turtsii Frantsii"
    " Anglii Germanii Italii Ispanii Avstrii Finliandii Shvetsii Norvegii".split()
)
# an English title before the word: "Ambassador Jordan", "Minister Tunisi" are people
_ENGLISH_TITLE = re.compile(
    r"(?:^|\s)(?:the\s+)?(?:ambassador|minister|secretary|premier|president|chairman|counsellor|consul|envoy"
    r"|director|deputy|prime|vice|general|attach[eé]|charg[eé]|mr|mrs|dr|comrade|governor|senator|adviser)\.?$",
    re.IGNORECASE,
)


def _fold(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c)).lower()


def latin_state_ends_role(words: list[str], i: int, is_role_word: Callable[[str], bool]) -> bool:
    """Whether words[i] is a state's name in a Czech, Polish, German or Hungarian case closing
    a lower-case office before it, with a name still to follow."""
    if i + 1 >= len(words) or i == 0:
        return False
    word, before = words[i], words[i - 1]
    if not re.fullmatch(r"[^\W\d_][^\W\d_]+", word) or not word[0].isupper() or not word[1:].islower():
        return False
    if not before[:1].islower() or not any(is_role_word(w) for w in words[:i]):
        return False
    return word in _STATE_FORMS


def ends_with_english_title(text: str) -> bool:
    """Whether the words end with an English office or title ("the Portuguese Foreign Minister")."""
    return bool(_ENGLISH_TITLE.search(text.strip(" ,")))


def is_latin_state_word(word: str, lead_role: str | None = None) -> bool:
    """Whether one capitalised word is a state's name in a Czech, Polish or German case
    ("Indonezji", "Egypta", "Sýrie"): after an office ("z ambasadorem Indonezji") it names no one.
    Never after an English title ("Ambassador Jordan")."""
    if lead_role is not None and _ENGLISH_TITLE.search(lead_role.strip(" ,")):
        return False
    return word in _STATE_FORMS
