"""Nouns that name a record of communication, and the kind of communication each names."""

from __future__ import annotations

import re
from collections.abc import Iterable

from kg1956.extract.pattern_build import trie_alternation

# noun (singular or plural as written) -> kind; "conversation" nouns make a conversation record.
KINDS = {
    "letter": "letter",
    "letters": "letter",
    "message": "letter",
    "reply": "letter",
    "answer": "letter",
    "cable": "telegram",
    "cables": "telegram",
    "telegram": "telegram",
    "telegrams": "telegram",
    "wire": "telegram",
    "telex": "telegram",  # "Fernschreiben [telex] Nr. 217": a teleprinter message
    "fernschreiben": "telegram",
    "cipher": "telegram",
    "instructions": "letter",  # "Rapacki's instructions to X, cable, date": written orders sent to X
    "report": "report",
    "reports": "report",
    "dispatch": "report",
    "information": "report",  # "Information on a conversation between X and Y": a conversation record
    "despatch": "report",
    "memo": "memo",
    "memorandum": "memo",
    "memoranda": "memo",
    "note": "memo",
    "notes": "memo",
    "record": "conversation",
    "memcon": "conversation",  # memorandum of conversation, as US and Cold War historians abbreviate it
    "records": "conversation",
    "minutes": "conversation",
    "transcript": "conversation",
    "transcripts": "conversation",
    "stenogram": "conversation",  # a verbatim record of talks, as East European archives call it
    "stenograms": "conversation",
    "summary": "conversation",
    "conversation": "conversation",
    "conversations": "conversation",
    "talk": "conversation",
    "talks": "conversation",
    "meeting": "conversation",
    "meetings": "conversation",
    "discussion": "conversation",
    "discussions": "conversation",
    "exchange": "conversation",
    # a sitting of two delegations or envoys: "X's sessions with Y on 3, 10 and 17 September", "the
    # sittings of 6 and 9 May"
    "session": "conversation",
    "sessions": "conversation",
    "sitting": "conversation",
    "sittings": "conversation",
    # what one said to another, named as a thing: "X's remarks to Y, date", "X's remark to Y at the reception
    # of D" (a talk of the two; "remarks at the plenum" names no one spoken to)
    "remarks": "conversation",
    "remark": "conversation",
    "comments": "conversation",  # "X's comments to Y on D": what X said to Y
    "comment": "conversation",
    # one's own telling of a talk: "X's account of his talk with Y on D", "Account of a conversation …"
    # (a memoir's "own account" is no record: `records_en` takes it only for a talk)
    "account": "report",
    "interview": "conversation",
    # French diplomatic records (Quai d'Orsay): a cable, a letter, a despatch
    "télégramme": "telegram",
    "télégrammes": "telegram",
    "lettre": "letter",
    "dépêche": "report",
    "письмо": "letter",
    "письма": "letter",
    "послание": "letter",  # a head of state's or a party's message: "Послание Н.С. Хрущева Д. Эйзенхауэру"
    "телеграммы": "telegram",
    "телеграмма": "telegram",
    "шифртелеграмма": "telegram",
    "шифротелеграмма": "telegram",
    "докладная записка": "memo",
    "записка": "memo",
    "справка": "report",
    # in the accusative, after "см.": "см. телеграмму В.И. Иванова от 3.IX.1956"
    "телеграмму": "telegram",
    "шифртелеграмму": "telegram",
    "шифротелеграмму": "telegram",
    "докладную записку": "memo",
    "записку": "memo",
    "справку": "report",
    "отчет": "report",
    "отчёт": "report",
    "донесение": "report",
    "доклад": "report",
    "информация": "report",  # "Информация ЦК КПСС для руководства братских партий …"
    "шифровка": "telegram",  # the historians' word for a cipher telegram: "Шифровка Ю.В. Андропова в МИД СССР"
    "шифровку": "telegram",
    "сообщение": "report",  # "Сообщение посла П.Ф. Юдина в МИД СССР"
    "рапорт": "report",
    "меморандум": "memo",
    # the same in Library of Congress transliteration
    "pis'mo": "letter",
    "pis'ma": "letter",
    "telegramma": "telegram",
    "telegrammy": "telegram",
    "shifrotelegramma": "telegram",
    "shifrtelegramma": "telegram",
    "dokladnaia zapiska": "memo",
    "dokladna zapiska": "memo",  # Bulgarian, transliterated
    "szyfrogram": "telegram",  # Polish cipher telegram
    "zapiska": "memo",
    "otchet": "report",
    "donesenie": "report",
    "doklad": "report",
    "informatsiia": "report",
    "spravka": "report",  # a Russian reference note, cited by its transliterated name
}
CONVERSATION_NOUNS = frozenset(k for k, v in KINDS.items() if v == "conversation") - {"record", "records", "summary"}
MODIFIERS = (
    "ciphered",
    "circular",  # "circular telegram to the missions abroad": sent to every mission
    "coded",
    "cipher",
    "secret",
    "top secret",
    "personal",
    "urgent",
    "draft",
    "full",
    "short",
    "brief",
    "official",
    "confidential",
    "strictly confidential",
    "undated",  # "Undated memorandum by X to Y": a record with no date (n.d.)
    "stenographic",  # "Stenographic record of the session of …"
    "verbatim",
    "soviet",  # "the Soviet record of the Ivanov–Nam Il conversation": whose record it is
    "chinese",
    "covering",  # "X's covering note of 11 March 1958": the note that sent a record on
    "cable",  # "Cable Telegram no. 59363 from X to Y": the Digital Archive's name for a cipher telegram
    "annual",  # "Annual report of the embassy for 1958, signed by X": a yearly report, its signer the sender
    # "X's annual political report for 1962", "Quarterly report of the embassy …": a periodic report
    "political",
    "quarterly",
    "monthly",
    "half-yearly",
    "untitled",  # "Untitled report from X, role, concerning …": the archive names an unheaded paper
    "valedictory",  # "X's valedictory report of 2 February 1957": an envoy's last report from his post
    "farewell",
    # the tone or length an author gives a message or talk: "Stalin's approving reply", "a curt answer",
    # "his lengthy report", "Mao's handwritten letter"
    "approving",
    "angry",
    "curt",
    "terse",
    "sharp",
    "cool",
    "cordial",
    "polite",
    "evasive",
    "conciliatory",
    "reassuring",
    "positive",
    "negative",
    "lengthy",
    "long",
    "detailed",
    "handwritten",
    "hand-written",
    # how many: "Kennan's two conversations with Malik on 31 May and 5 June 1951"
    "two",
    "three",
    "four",
    "several",
)


_BREAK = r"(?:-?\s)?"  # a break: "-" and a space, or a space (the same as "(?:-\s|\s)?")


def fuzzy(word: str) -> str:
    """A regex for `word` that also matches OCR's breaks ("Rec ord", "con- versation")
    digit-for-letter errors ("Mem0randum"), "rn" for "m" ("Memorandurn") and "e" for "c"
    ("Reeord of convcrsation")."""
    return _BREAK.join(_fuzzy_letters(word))


def _fuzzy_letters(word: str) -> list[str]:
    """The regex of each letter of `word`, OCR's misreadings of it included."""
    letters = []
    for ch in word:
        if ch == " ":
            letters.append(r"\s+")
        elif ch == "o":
            letters.append("[o0]")
        elif ch == "l":
            letters.append("[l1]")
        elif ch == "m":
            letters.append("(?:m|rn)")  # "Memorandurn"
        elif ch in "ce":
            letters.append("[ce]")  # a scan's "e" for "c" and back: "Reeord", "convcrsation"
        else:
            letters.append(re.escape(ch))
    return letters


def fuzzy_alternation(words: Iterable[str]) -> str:
    """ "|".join(fuzzy(w) for w in words), written as a trie ("r[ce][ce][o0]rd(?:s)?" with its
    breaks for "records|record"): the same matches in the same order, a third fewer nodes to
    compile. Kept flat when a word's reading begins another's and the trie would try them in
    another order than `words` gives."""
    words = list(dict.fromkeys(words))
    if not _trie_keeps_order(words):
        return "|".join(fuzzy(w) for w in words)
    return trie_alternation(words, _fuzzy_letters, _BREAK)


def _trie_keeps_order(words: list[str]) -> bool:
    """Whether a trie of `words` tries them in their order wherever the order matters. At one place
    two words' fuzzy forms can match different lengths only when one's reading (letters as OCR
    confuses them, breaks dropped) is a prefix of the other's; the trie tries the longer first
    when the shorter word is its prefix, so that must hold, and `words` must put the longer first."""
    places: dict[str, list[int]] = {}
    for i, word in enumerate(words):
        places.setdefault(_reading(word), []).append(i)
    for i, longer in enumerate(words):
        reading = _reading(longer)
        for end in range(1, len(reading)):
            for j in places.get(reading[:end], ()):
                if j < i or not longer.startswith(words[j]):
                    return False
    return True


def _reading(word: str) -> str:
    """What every text `fuzzy(word)` matches reads as, with its breaks and OCR's letters undone."""
    word = re.sub(r"[\s-]", "", word.lower()).replace("0", "o").replace("1", "l").replace("c", "e")
    return word.replace("m", "rn")


def kind_noun(noun: str) -> str:
    """The lexicon's word for a head noun `fuzzy` matched: OCR's breaks, digits and letter
    swaps undone ("Rec ord" and "Reeord" are "record", "Telegrarn" "telegram"); the word
    itself, lower-cased, when no reading of it is in KINDS."""
    word = re.sub(r"[\s-]", "", noun.lower()).replace("0", "o").replace("1", "l")
    if word in KINDS:
        return word
    for reading in _ocr_readings(word):
        if reading in KINDS:
            return reading
    return word


def _ocr_readings(word: str) -> list[str]:
    """Words `word` may stand for where a scan misread "m" as "rn" or swapped "c" and "e"."""
    bases = [word, word.replace("rn", "m")] if "rn" in word else [word]
    readings = []
    for base in bases:
        readings.append(base)
        swaps = [i for i, ch in enumerate(base) if ch in "ce"]
        for i in swaps:
            readings.append(base[:i] + ("e" if base[i] == "c" else "c") + base[i + 1 :])
    return readings
