"""What a Russian message is about or asks for, written after its parties: "Письмо М. Ракоши в
Президиум ЦК КПСС с просьбой разрешить ему вернуться в Венгрию", "Телеграмма X Y с предложением …",
"Записка X в ЦК КПСС относительно …", "… в связи с …". The phrase names the message's purpose
(an abstract noun in the instrumental after "с", or a preposition of subject), never a party; it is
cut off before the parties are read, as the subject after "о"/"об" is."""

from __future__ import annotations

import re

# what a talk was about, said between its date and the "//" of its call number ("… 19 июля 1958 г.
# о пролётах самолётов // АВП РФ …", "… по вопросу о границе // …", "… об экономической помощи // …";
# a title cut at its "//" ends with the topic)
# a noun phrase only: no comma, no "не", no verb ("… по вопросам Тайваня не состоялась //", "… о Тайване
# планировалась, но …", "… об этом упоминает только Ходжа …": the sentence's verb, not a topic;
# test_review19_ru H2; `topic_before_call`)
TOPIC_BEFORE_CALL = re.compile(r"^(?:о|об|обо|по)\s+(?P<topic>[^.,;:()\[\]\d/«»]{1,160}?)\s*(?://\s*|$)")
_TOPIC_VERB = re.compile(
    r"(?<![а-яё])(?:не|ни|но|был[аио]?|будет|[а-яё]+(?:л[аио]?с[ья]|[аяуе]ет|[аяу]ют|[иея]тся|ются|[иы]т|ят))(?![а-яё])"
)


def topic_before_call(tail: str) -> re.Match[str] | None:
    """The topic between a talk's date and the "//" of its call number (`TOPIC_BEFORE_CALL`; the head is
    often cut at its "//"), when it is a noun phrase; else None."""
    m = TOPIC_BEFORE_CALL.match(tail)
    if m is None or _TOPIC_VERB.search(m.group("topic")):
        return None
    return m


# what a talk was about, said as the sentence's verb after its date ("… была посвящена …", "… касалась …")
TALK_SUBJECT = re.compile(r"(?:был[аио]?\s+)?(?:[а-яё]+\s+){0,2}(?:посвящен|касал)")

# the nouns of a message's purpose, in the instrumental after "с"/"со" (their plural too)
_PURPOSE_NOUNS = (
    "просьб",
    "предложени",
    "жалоб",
    "протест",
    "приглашени",
    "благодарност",
    "поздравлени",
    "информаци",
    "изложени",
    "оценк",
    "сообщени",
    "приложени",
    "ответ",
    "согласи",
    "отказ",
    "требовани",
    "запрос",
    "разъяснени",
    "объяснени",
    "извинени",
    "заявлени",
    "проект",
    "текст",
    "рекомендаци",
    "замечани",
    "соображени",
    "анализ",
    "обзор",
    "отч[её]т",
    "напоминани",
    "уведомлени",
)
_SUBJECT = re.compile(
    r"(?:^|\s+)(?:(?:со?|(?:вместе\s+)?с\s+приложением)\s+(?:" + "|".join(_PURPOSE_NOUNS) + r")[а-яё]*"
    r"|относительно|касательно|в\s+связи\s+с[о]?)(?=\s|$).*$",
    re.S,
)


def cut_subject(body: str) -> str:
    """`body` (a message's parties up to its date) without the phrase of its purpose."""
    return _SUBJECT.sub("", body)


# a bracket left empty once the quotation in it was blanked, or holding only the word that introduced
# it: "Шифротелеграмма Андропова в Москву («Из Будапешта. Особая»)", "(гриф «Совершенно секретно»)",
# "(под заголовком «…»)": the message's heading, grif or title, no party
_EMPTIED_BRACKET = re.compile(
    r"\(\s*(?:(?:под|с)\s+)?(?:(?:гриф|заголов(?:ок|ком)|пометк(?:а|ой)|надпис(?:ь|ью))\s*[:—–-]?\s*)?\)",
    re.IGNORECASE,
)


def blank_emptied_brackets(text: str) -> str:
    """`text` with brackets whose quotation was blanked (see `records_ru._unquote`) blanked too
    (offsets stay)."""
    return _EMPTIED_BRACKET.sub(lambda m: " " * len(m.group(0)), text)
