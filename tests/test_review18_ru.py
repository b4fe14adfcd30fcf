"""The Russian rules of wt14-ru tried on other authors' wording (review 18): each harm the reviewer
found, as a note that must be read right (or not at all), beside a reading of the same rule that
must stay, so that narrowing a rule does not kill it. Harms: 1 = a short call number taken for a
remark on the date; 2 = "сообщал в <anything>" read as a report; 3 = any verb's object taken as a
letter's reader; 4 = an undeclined word in -о taken for a surname; 5 = a talk that did not happen;
6 = a range read as its last day; 7 = the man spoken about, a capital in Latin letters."""

from __future__ import annotations

from kg1956.extract.citations import extract_note
from kg1956.models import Note

_AVP = "АВП РФ. Ф. 0146. Оп. 39. П. 300. Д. 2. Л. 4"
_AVP2 = "АВП РФ. Ф. 0100. Оп. 49. П. 410. Д. 9. Л. 87"
_RGANI = "РГАНИ. Ф. 5. Оп. 30. Д. 100. Л. 3"


def _read(text: str) -> list[tuple[str, str | None, list[str]]]:
    """(kind, ISO date, sorted participant texts) of every communication the note yields."""
    return [
        (c.kind, c.date.iso if c.date else None, sorted(p.mention.text for p in c.participants))
        for cit in extract_note(Note("t", 1, text, 1)).citations
        for c in cit.communications
    ]


def _locators(text: str) -> list[str]:
    return [loc.repository for cit in extract_note(Note("t", 1, text, 1)).citations for loc in cit.locators]


# --- 1: a short call number in the bracket after "состоялась <day>" -------------------------------
def test_a_short_call_number_after_the_day_is_kept():
    for text in (
        f"Беседа Громыко с Мацумото состоялась 29 сентября 1956 г. ({_AVP}).",
        f"Беседа Громыко с Мацумото, отложенная с 27 сентября, состоялась 29 сентября 1956 г. ({_AVP}).",
        "Беседа Н.С. Хрущёва с Мао Цзэдуном, о которой писала «Правда», состоялась 3 августа 1958 г. "
        "(АП РФ. Ф. 3. Оп. 64. Д. 484. Л. 141).",
    ):
        assert len(_read(text)) == 1, text
        assert _locators(text), text


# --- 2: "сообщал в <word>" is a report only to a named body or a capital -----------------------------
def test_a_speech_the_press_memoirs_or_a_plenum_is_no_report():
    for where in ("в своей речи", "в печати", "в мемуарах", "на пленуме ЦК о слухах", "в Пхеньяне о слухах"):
        text = f"Посол СССР в КНР П.Ф. Юдин сообщал {where} 3 мая 1957 г. // {_AVP2}."
        assert _read(text) == [], where
    text = f"Ещё 3 мая 1957 г. посол А.М. Пузанов сообщал на пленуме ЦК о слухах // {_AVP}."
    assert _read(text) == []


def test_a_report_to_the_ministry_is_still_read():
    text = f"Посол В. Писарев сообщал в МИД СССР 9 февраля 1956 г. // {_AVP}."
    assert _read(text) == [("report", "1956-02-09", ["В. Писарев", "МИД СССР"])]


# --- 3: the object of a verb is the reader only after a verb addressed to him ----------------------------
def test_one_mentioned_quoted_or_praised_is_no_reader():
    for text in (
        f"Цэдэнбал упоминал Хрущёва в письме от 2 ноября 1961 г. // {_RGANI}.",
        f"Цэдэнбал цитировал Ленина в письме от 2 ноября 1961 г. // {_RGANI}.",
        f"Хрущёв хвалил Гомулку в речи и в письме от 3 мая 1957 г.: {_AVP}.",
    ):
        assert not any(len(ps) == 2 for _, _, ps in _read(text)), text


def test_the_reader_of_a_message_is_not_its_writer():
    assert _read(f"Хрущёв получил это в письме Цэдэнбала от 2 ноября 1961 г. // {_RGANI}.") == []
    assert _read(f"Хрущёв узнал об этом в телеграмме от 3 мая 1957 г.: {_AVP}.") == []


def test_one_thanked_or_written_to_is_still_the_reader():
    text = f"Цэдэнбал благодарил Хрущёва за поддержку в письме от 2 ноября 1961 г. // {_RGANI}."
    assert _read(text) == [("letter", "1961-11-02", ["Хрущёва", "Цэдэнбал"])]
    text = f"Ульбрихт просил о помощи в письме Н.С. Хрущёву от 18 января 1961 г. ({_RGANI})."
    assert _read(text) == [("letter", "1961-01-18", ["Н.С. Хрущёву", "Ульбрихт"])]


# --- 4: a place or a body in -о is no one spoken to --------------------------------------------------
def test_a_place_or_a_body_in_o_is_no_party():
    for word, verb in (("Осло", "сказал"), ("Киото", "сказал"), ("Бюро", "заявил"), ("Радио", "заявил")):
        assert _read(f"Громыко {verb} {word} 29 сентября 1956 г. ({_AVP}).") == [], word


def test_an_undeclined_surname_is_still_spoken_to():
    text = f"Громыко заявил Мацумото 29 сентября 1956 г. ({_AVP})."
    assert _read(text) == [("conversation", "1956-09-29", ["Громыко", "Мацумото"])]


# --- 5: a talk that did not happen (or is not known to have) ------------------------------------------
def test_a_rumoured_talk_is_none():
    text = "Беседа Н.С. Хрущёва с Мао Цзэдуном, по слухам, состоялась 3 августа 1958 г. в Пекине (АП РФ. Ф. 3. Оп. 64. Д. 484. Л. 141)."
    assert _read(text) == []


def test_met_without_a_talk_is_none():
    text = f"Н.С. Хрущёв и Ю. Цэдэнбал встречались в Пекине 2 октября 1959 г. на банкете, но не беседовали ({_RGANI})."
    assert _read(text) == []
    text = f"Н.С. Хрущёв и Ю. Цэдэнбал встречались в Пекине 2 октября 1959 г. ({_RGANI})."
    assert _read(text) == [("conversation", "1959-10-02", ["Н.С. Хрущёв", "Ю. Цэдэнбал"])]


def test_a_paper_adopted_is_no_talk():
    assert _read(f"Проект Юдина был принят Мао Цзэдуном 31 марта 1956 г. ({_AVP2}).") == []
    assert _read(f"Документ был принят Хрущёвым 1 ноября 1956 г. к сведению ({_RGANI}).") == []


def test_a_reception_without_a_talk_is_none():
    text = (
        f"1 ноября 1956 г. Андропов был принят Надем, но разговора не получилось. См. телеграмму Андропова: {_RGANI}."
    )
    assert not any(k == "conversation" for k, _, _ in _read(text))


def test_a_reception_is_still_a_talk():
    text = f"Посол П.Ф. Юдин был принят Мао Цзэдуном 31 марта 1956 г. ({_AVP2})."
    assert _read(text) == [("conversation", "1956-03-31", ["Мао Цзэдуном", "П.Ф. Юдин"])]


def test_an_unsent_or_merely_mentioned_enclosure_is_none():
    head = "Записка Б.Н. Пономарёва в ЦК КПСС, 30 декабря 1964 г., "
    text = head + f"с приложением письма Цэдэнбала на имя Брежнева (не отправлено) от 24 декабря 1964 г. // {_RGANI}."
    assert [k for k, _, _ in _read(text)] == ["memo"]
    text = head + f"и письмо Цэдэнбала, упомянутое 24 декабря 1964 г. в «Правде» // {_RGANI}."
    assert [k for k, _, _ in _read(text)] == ["memo"]
    text = head + f"с приложением письма Цэдэнбала на имя Брежнева от 24 декабря 1964 г. // {_RGANI}."
    assert ("letter", "1964-12-24", ["Брежнева", "Цэдэнбала"]) in _read(text)


# --- 6: a range is not its last day ------------------------------------------------------------------
def test_a_range_is_not_read_as_its_last_day():
    for text in (
        f"Посол В. Писарев сообщал в МИД СССР 9–12 февраля 1956 г. // {_AVP}.",
        f"Посол П.Ф. Юдин был принят Мао Цзэдуном 31 марта – 2 апреля 1956 г. ({_AVP2}).",
    ):
        assert not any(d in ("1956-02-12", "1956-04-02") for _, d, _ in _read(text)), text


# --- 7: the man spoken about; a capital in Latin letters -----------------------------------------------
def test_the_one_spoken_about_is_no_party():
    text = f"Шифртелеграмма посла СССР в КНДР о беседе с Ким Ир Сеном о визите Пэн Дэхуая 5 июня 1958 г. // {_AVP}."
    assert not any("Пэн Дэхуая" in ps for _, _, ps in _read(text))


def test_a_capital_in_latin_letters_is_no_party():
    text = (
        "The planned record in Firiubin's diary, headed “Zapis' besedy s Moskvoi” (5 October 1956): "
        "AVPRF, f. 0144, op. 40, p. 155, d. 5, l. 1."
    )
    assert not any("Moskvoi" in ps for _, _, ps in _read(text))
