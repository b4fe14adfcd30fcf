"""Quoted East European record heads: the Polish year word after the date, Hungarian titles
with the date (and place) after the closing quote; titles of publications yield nothing."""

from kg1956.extract.citations import extract_note
from kg1956.models import Note


def _comms(text: str) -> list:
    ex = extract_note(Note(source="t", number=1, text=text, line=1))
    return [c for cit in ex.citations for c in cit.communications]


def test_polish_quoted_head_with_year_word():
    (comm,) = _comms(
        '"Notatka z rozmowy tow. Józefa Cyrankiewicza z ambasadorem ChRL Wang Bingnanem, 3 XII 1957 r.," AAN, KC PZPR.'
    )
    assert comm.date.iso == "1957-12-03"
    assert {p.mention.text for p in comm.participants} == {"Józefa Cyrankiewicza", "Wang Bingnanem"}


def test_hungarian_quoted_head_dated_after_quote_and_place():
    (comm,) = _comms(
        '"Feljegyzés Münnich Ferenc és Csou En-laj elvtársak megbeszéléséről," Peking, 1958. március 4., MOL.'
    )
    assert comm.date.iso == "1958-03-04"
    assert {p.mention.text for p in comm.participants} == {"Münnich Ferenc", "Csou En-laj"}


def test_publication_titles_yield_no_communication():
    for text in (
        "Beszélgetések Nagy Imrével (Budapest: Magvető, 1989), 77.",
        "Jan Rowiński, „Rozmowy z Chruszczowem”, Polityka, 12 marca 1990.",
        '"Gespräch mit Mao Zedong", Neues Deutschland, 3. Oktober 1959.',
    ):
        assert _comms(text) == []


def _parties(text: str) -> tuple[str | None, set[str]]:
    (comm,) = _comms(text)
    return (comm.date.iso if comm.date else None), {p.mention.text for p in comm.participants}


def test_german_kind_first_letter_is_no_party_named_brief():
    assert _parties("Brief Walter Ulbrichts an N.S. Chruschtschow, 3.11.1960, SAPMO-BArch.") == (
        "1960-11-03",
        {"Walter Ulbrichts", "N.S. Chruschtschow"},
    )


def test_role_taking_to_is_no_addressee():
    assert _parties(
        "Letter from Ri Sin-pal, DPRK ambassador to the GDR, to the Central Committee of the SED, 9 March 1958."
    ) == (
        "1958-03-09",
        {"Ri Sin-pal", "Central Committee of the SED"},
    )
    # a role-only sender still writes to the named addressee
    assert _parties("Letter from the Soviet ambassador to Kim Il Sung, 5 October 1956.") == (
        "1956-10-05",
        {"Kim Il Sung"},
    )


def test_russian_stenogram_and_split_word():
    assert _parties("Стенограмма беседы Н.С. Хрущева с Хо Ши Мином, 12 июля 1960 г. // РГАНИ.")[0] == "1960-07-12"
    assert _parties("Зап ись беседы А.М. Пузанова с Нам Иром, 14 марта 1958 r. // АВП РФ.")[0] == "1958-03-14"


def test_romanian_catre():
    assert _parties("Dumitru Gheorghiu către Corneliu Mănescu, telegramă, 12 iunie 1963, AMAE.") == (
        "1963-06-12",
        {"Dumitru Gheorghiu", "Corneliu Mănescu"},
    )


def test_ocr_letters_in_dates():
    from kg1956.extract.dates import find_dates

    assert [d.value.iso for d in find_dates("2l Aug. l958")] == ["1958-08-21"]
    assert [d.value.iso for d in find_dates("am 2O.1O.196l in Moskau")] == ["1961-10-20"]


def test_present_after_an_article_title_adds_no_conversation():
    assert (
        _comms(
            'Andrei Lankov, "The Talks of 1956," Korean Studies, 9 May 2004. Present were Kim Il Sung and Pak Chong-ae.'
        )
        == []
    )


def test_titled_pair_needs_a_record_date():
    assert (
        _comms(
            '"Razgovori sa Staljinom" [Conversations with Stalin], Milovan Djilas with Vladimir Dedijer, Beograd, 1962.'
        )
        == []
    )
    assert _parties(
        '"Notă de convorbire" [Note of conversation], Ion Gheorghe Maurer with Pham Van Dong, Bucharest, 14.IV.1965, ANIC.'
    ) == ("1965-04-14", {"Ion Gheorghe Maurer", "Pham Van Dong"})


def test_papers_laid_before_a_gathering_are_no_message():
    for text in (
        "Proposals presented by V.M. Molotov to the Geneva Conference, 10 November 1955.",
        "Speech handed by N.S. Khrushchev to the Central Committee plenum, 14 June 1957.",
        "Statement handed by Zhou Enlai to the press, 5 May 1957.",
    ):
        assert _comms(text) == []
    assert _parties("Aide-mémoire handed by Shigemitsu Mamoru to D.T. Shepilov, 13 August 1956.")[0] == "1956-08-13"


def test_diary_over_years_takes_no_publication_year():
    assert _parties("Diary of A.M. Puzanov, 1957–1960 (Moscow: ROSSPEN, 2010), 45.") == (None, {"A.M. Puzanov"})
    assert _parties("Diary of A.M. Puzanov, 3–9 March 1958, AVPRF.")[0] == "1958-03"


def test_diary_entry_naming_its_talk_keeps_the_call_number_after_the_bracket():
    ex = extract_note(
        Note(
            source="t",
            number=1,
            text="Pelishenko diary, entry of 9 April 1957 (conversation with Nam Il), AVPRF, f. 0102, op. 13, d. 5, l. 41.",
            line=1,
        )
    )
    (cit,) = ex.citations
    assert cit.locators and cit.locators[0].repository == "AVPRF"
    (comm,) = cit.communications
    assert comm.date.iso == "1957-04-09" and {p.mention.text for p in comm.participants} == {"Pelishenko", "Nam Il"}


def test_russian_pointer_to_a_talk():
    assert _parties("О беседе Хо Ши Мина с Мао Цзэдуном 16 мая 1965 г. см.: Лавренов С.Я. Указ. соч. С. 88.") == (
        "1965-05-16",
        {"Хо Ши Мина", "Мао Цзэдуном"},
    )
    assert _comms("О беседе Хо Ши Мина с Мао Цзэдуном писали многие авторы.") == []


def test_russian_record_kept_by():
    ex = extract_note(
        Note(
            source="t",
            number=1,
            text="Запись беседы И.С. Щербакова с Фам Ван Донгом, 3 декабря 1964 г. "
            "Запись вел первый секретарь посольства Р.Н. Ткаченко // АВП РФ. Ф. 079. Оп. 19. Д. 5. Л. 220.",
            line=1,
        )
    )
    (comm,) = [c for cit in ex.citations for c in cit.communications]
    assert [(t.text, t.role) for t in comm.note_takers] == [("Р.Н. Ткаченко", "первый секретарь посольства")]
