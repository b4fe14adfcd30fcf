"""Rules read from blind sets 18 and 19 (issue #3), each checked on notes of its own: Romanian and
Bulgarian record heads with their bracketed translations, party committees and Chinese and Russian
names in Romanian, Bulgarian and German letters, German heads and call numbers after "ebd.", with
the namesakes and the prose that must stay as they were."""

from __future__ import annotations

from conftest import build_notes, note_communications, participant_roles, people_in, together

from kg1956.parties import party_committee
from kg1956.romanize import name_key
from kg1956.romanize_cross import chinese_readings


def _apart(people: list[set[str]], a: str, b: str) -> bool:
    return not any({a, b} <= p for p in people)


def _locators(built, number: int) -> list[dict[str, str]]:
    return [
        {"repository": loc.repository, **dict(loc.fields)}
        for ex in built.extractions
        if ex.note.number == number
        for cit in ex.citations
        for loc in cit.locators
    ]


def test_a_romanian_talk_head_quoted_with_its_translation():
    text = (
        '"Stenograma convorbirii tovarăşului Ion Vasilescu cu tovarăşul Wang Şu-ci, 14 mai 1961" '
        "[Transcript of Comrade Ion Vasilescu's conversation with Comrade Wang Shuqi, May 14, 1961], "
        "ANIC, fond CC al PCR – Relaţii Externe, dosar 55/1961, f. 3–20."
    )
    assert note_communications(text) == [("1961-05-14", ["Ion Vasilescu", "Wang Şu-ci"])]
    between = (
        '"Stenograma convorbirii dintre Ion Vasilescu şi Ciu Te, Moscova, 7 noiembrie 1961," ANIC, '
        "fond CC al PCR – Relaţii Externe, dosar 61/1961, f. 1–12."
    )
    assert note_communications(between) == [("1961-11-07", ["Ciu Te", "Ion Vasilescu"])]  # Moscova: where


def test_a_romanian_role_before_a_comma_and_the_name_and_a_delegations_two_talks():
    text = (
        '"Nota convorbirii tov. P. Dumitrescu cu ambasadorul R.P. Chineze, Li Ciun-min, 9 octombrie 1962," '
        "ANIC, fond CC al PCR – Relaţii Externe, dosar 70/1962, f. 2–7."
    )
    assert ("Li Ciun-min", "ambasadorul R.P. Chineze") in participant_roles(text)
    two = (
        '"Stenogramele convorbirilor delegaţiei PMR conduse de Ion Vasilescu cu Wang Şu-ci (8 mai 1963) '
        'şi cu Ciu Te (9 mai 1963)," ANIC, fond CC al PCR – Relaţii Externe, dosar 18/1963, f. 1–80.'
    )
    assert note_communications(two) == [
        ("1963-05-08", ["Ion Vasilescu", "Wang Şu-ci"]),
        ("1963-05-09", ["Ciu Te", "Ion Vasilescu"]),
    ]
    assert ("Ion Vasilescu", None) in participant_roles(two)  # "delegaţiei PMR conduse de" is no office


def test_romanian_messages_and_a_body_that_does_not_say_whose():
    letter = '"Scrisoarea lui L.I. Brejnev către Ion Vasilescu, 3 martie 1962," ANIC, fond X, dosar 12/1962, f. 1–4.'
    assert note_communications(letter) == [("1962-03-03", ["Ion Vasilescu", "L.I. Brejnev"])]
    telegram = (
        '"Telegrama nr. 31.207 a lui P. Dumitrescu către MAE, 11 aprilie 1962," AMAE, fond Telegrame, '
        "Beijing, 1962, dosar 9, f. 20–22."
    )
    assert note_communications(telegram) == [("1962-04-11", ["P. Dumitrescu"])]
    report = (
        '"Raport al tov. Ion Vasilescu, secretar al CC al PMR, către Biroul Politic, 5 iunie 1962," '
        "ANIC, fond X, dosar 30/1962, f. 6–9."
    )
    assert participant_roles(report) == [("Ion Vasilescu", "secretar al CC al PMR")]


def test_a_bulgarian_talk_head_with_the_role_before_the_name():
    text = (
        '"Информация за разговора на другаря Стоян Петков с китайския посланик Пън Сюмин, 12 януари 1962 г.", '
        "TsDA, f. 1-B, op. 64, a.e. 402, l. 1–6."
    )
    assert note_communications(text) == [("1962-01-12", ["Пън Сюмин", "Стоян Петков"])]
    assert ("Пън Сюмин", "китайския посланик") in participant_roles(text)
    assert ("Стоян Петков", None) in participant_roles(text)  # "другаря" (comrade) is no office


def test_the_translation_gives_the_same_peoples_spellings_but_never_crossed(tmp_path):
    people = people_in(
        tmp_path,
        """
1. "Stenograma convorbirii tovarăşului Ion Vasilescu cu tovarăşul Ciu Te, 14 mai 1961" [Transcript of Comrade Ion Vasilescu's conversation with Comrade Zhu De, May 14, 1961], ANIC, fond X, dosar 55/1961, f. 3–20.

2. "Информация за разговора на Стоян Петков с Пън Сюмин, 12 януари 1962 г." [Information on Stoyan Petkov's conversation with Peng Xiuming, January 12, 1962], TsDA, f. 1-B, op. 64, a.e. 402, l. 1–6.

3. "Stenograma convorbirii tovarăşului Mihai Ionescu cu tovarăşul Li Ming, 5 ianuarie 1964" [Transcript of Comrade Li Ming's conversation with Comrade Mihai Ionescu, January 5, 1964], ANIC, fond X, dosar 2/1964, f. 1–5.
""",
    )
    assert together(people, "Ciu Te", "Zhu De")
    assert together(people, "Стоян Петков", "Stoyan Petkov")
    assert together(people, "Пън Сюмин", "Peng Xiuming")
    assert _apart(people, "Mihai Ionescu", "Li Ming")  # the translation names them the other way round


def test_party_committees_in_romanian_and_bulgarian():
    assert party_committee("CC al PCUS") == "CPSU Central Committee"
    assert party_committee("CC al PMR") == "RWP Central Committee"
    assert party_committee("ЦК на БКП") == "BCP Central Committee"
    assert party_committee("ЦК на ККП") == "CCP Central Committee"
    assert party_committee("CC al PCR") is None  # the later party's name: not taken for the RWP


def test_chinese_names_in_german_romanian_and_bulgarian_letters():
    assert name_key("Zhou Enlai").strong in chinese_readings("Tschou En-lai")
    assert name_key("Liu Shaoqi").strong in chinese_readings("Liu Schao-tschi")
    assert name_key("Liu Shaoqi").strong in chinese_readings("Liu Şao-ci")
    assert name_key("Xu Jianguo").strong in chinese_readings("Hsü Cien-kuo")
    assert name_key("Mao Zedong").strong in chinese_readings("Mao Tzedun")
    assert name_key("Deng Xiaoping").strong in chinese_readings("Дън Сяопин")
    assert name_key("Peng Zhen").strong in chinese_readings("Пън Джън")
    assert name_key("Liu Shaoqi").strong not in chinese_readings("Liu Schao-ming")


def test_namesakes_in_other_letters_stay_apart(tmp_path):
    people = people_in(
        tmp_path,
        """
1. "Aktenvermerk über eine Unterredung des Genossen Kurt Bergmann mit Wang Schu-tschi am 2.6.1961," SAPMO-BArch, DY 30/IV 2/20/171, Bl. 4–9.

2. "Stenograma convorbirii tovarăşului Ion Vasilescu cu tovarăşul Wang Şu-ci, 14 mai 1961" [Transcript of Comrade Ion Vasilescu's conversation with Comrade Wang Shuqi, May 14, 1961], ANIC, fond X, dosar 55/1961, f. 3–20.

3. "Stenograma convorbirii tovarăşului Ion Vasilescu cu tovarăşul Wang Schu-ming, 3 decembrie 1963," ANIC, fond X, dosar 51/1963, f. 1–9.

4. "Информация за разговора на Стоян Петков с Пън Сюмин, 12 януари 1962 г." [Information on Stoyan Petkov's conversation with Peng Xiuming, January 12, 1962], TsDA, f. 1-B, op. 64, a.e. 402, l. 1–6.

5. "Информация за разговора на Стоян Петков с Пън Сюхуа, Пекин, 3 март 1964 г.," TsDA, f. 1-B, op. 64, a.e. 420, l. 1–3.
""",
    )
    assert together(people, "Wang Schu-tschi", "Wang Şu-ci", "Wang Shuqi")
    assert _apart(people, "Wang Schu-ming", "Wang Shuqi")  # another given name: another man
    assert _apart(people, "Wang Schu-ming", "Wang Schu-tschi")
    assert _apart(people, "Пън Сюхуа", "Peng Xiuming")
    assert _apart(people, "Пън Сюхуа", "Пън Сюмин")


def test_a_russian_surname_in_romanian_letters(tmp_path):
    people = people_in(
        tmp_path,
        """
1. "Scrisoarea lui L.I. Brejnev către Ion Vasilescu, 3 martie 1962," ANIC, fond X, dosar 12/1962, f. 1–4.

2. Brezhnev to Vasilescu, letter, 20 March 1962, RGANI, f. 2, op. 3, d. 61, ll. 4–6.

3. "Scrisoarea lui N.S. Hruşciov către Ion Vasilescu, 7 iulie 1963," ANIC, fond X, dosar 40/1963, f. 2–5.

4. "Информация за разговора на Стоян Петков с Н.С. Хрушчов, 20 май 1962 г.," TsDA, f. 1-B, op. 64, a.e. 296, l. 1–22.
""",
    )
    assert together(people, "L.I. Brejnev", "Brezhnev")
    assert together(people, "N.S. Hruşciov", "Н.С. Хрушчов")
    assert _apart(people, "L.I. Brejnev", "N.S. Hruşciov")


def test_german_heads_ocr_and_offices_after_the_name():
    ocr = (
        '"Vermerk über ein Gesprach des Genossen Botschafter Kurt Bergmann mit dem AuBenminister der KDVR, '
        'Ri Dong Gon, am 3.5.1964," PA AA, MfAA, A 9120, B1. 2–7.'
    )
    assert note_communications(ocr) == [("1964-05-03", ["Kurt Bergmann", "Ri Dong Gon"])]
    assert ("Ri Dong Gon", "AuBenminister der KDVR") in participant_roles(ocr)
    by = '"Information über ein Gespräch von Botschaftsrat Hans Krüger mit Ri Dong Gon, 9.5.1964," PA AA, MfAA, A 9121.'
    assert ("Hans Krüger", "Botschaftsrat") in participant_roles(by)
    apposed = (
        '"Vermerk über ein Gespräch des Genossen Paul Hentschel, Kandidat des Politbüros, mit dem Genossen Ri Dong '
        'Gon, Mitglied des Präsidiums des ZK der PdAK, am 2.9.1965," SAPMO-BArch, DY 30/IV A 2/20/260, Bl. 8–15.'
    )
    assert participant_roles(apposed) == [
        ("Paul Hentschel", "Kandidat des Politbüros"),
        ("Ri Dong Gon", "Mitglied des Präsidiums des ZK der PdAK"),
    ]
    received = (
        '"Aktenvermerk über den Empfang des Botschafters der DDR, Genossen Kurt Bergmann, durch den '
        'Ministerpräsidenten der KDVR, Genossen Kim Il Sung, am 4.10.1965," PA AA, MfAA, C 1200/73, Bl. 1–4.'
    )
    assert participant_roles(received) == [
        ("Kurt Bergmann", "Botschafters der DDR"),
        ("Kim Il Sung", "Ministerpräsidenten der KDVR"),
    ]
    letter = "Kurt Bergmann an Ri Dong Gon, Brief vom 14. Juni 1964, SAPMO-BArch, NY 4182/1240, Bl. 3–5."
    assert note_communications(letter) == [("1964-06-14", ["Kurt Bergmann", "Ri Dong Gon"])]


def test_a_new_file_after_ebd_and_a_bare_page_after_a_file_keyed_bl(tmp_path):
    built = build_notes(
        tmp_path,
        """
1. Kurt Bergmann an Ri Dong Gon, Brief vom 14. Juni 1964, SAPMO-BArch, NY 4182/1240, Bl. 3–5.

2. Ri Dong Gon an Bergmann, 20.6.1964 (Übersetzung), ebd., NY 4182/1241, Bl. 6–8.

3. "Information über ein Gespräch von Botschaftsrat Hans Krüger mit Ri Dong Gon, 9.5.1964," PA AA, MfAA, A 9120, Bl. 1–4.

4. "Jahresbericht 1964 der Botschaft," 15.1.1965, ibid., A 9121, Bl. 10–12.

5. Ibid., Bl. 13.

6. Bergmann's account is repeated almost word for word in Hollmann's book on Berlin and Pyongyang, 88.

7. Ibid., 91.

8. Record of conversation with Ri Dong Gon, 3 May 1966, AVPRF, f. 0102, op. 22, d. 5, p. 110, l. 7.

9. Ibid., l. 9.
""",
    )
    assert _locators(built, 2) == [{"repository": "SAPMO-BArch", "fond": "NY 4182", "file": "1241", "list": "6–8"}]
    assert _locators(built, 4) == [{"repository": "PA AA", "fond": "MfAA", "file": "A 9121", "list": "10–12"}]
    assert _locators(built, 5) == [{"repository": "PA AA", "fond": "MfAA", "file": "A 9121", "list": "13"}]
    assert _locators(built, 7) == []  # a page of the book the prose named, not a leaf of A 9121
    assert _locators(built, 9)[0]["list"] == "9"  # a keyed leaf after an Ibid. is as before


def test_the_stasi_archive():
    from kg1956.extract.locators import parse_locator

    loc = parse_locator("BStU, MfS, HA II Nr. 31455, Bl. 40–58", 0)
    assert loc is not None and loc.repository == "BStU"
    assert dict(loc.fields) == {"fond": "MfS", "file": "HA II Nr. 31455", "list": "40–58"}


def test_a_german_diary_quoted_for_a_span_of_days():
    from kg1956.extract.dates import find_dates

    found = find_dates("3.–17. Mai 1966")
    assert [(d.range_start.iso if d.range_start else None, d.value.iso) for d in found] == [
        ("1966-05-03", "1966-05-17")
    ]
    text = '"Tagebuch des Botschafters in Pjöngjang, Kurt Bergmann, 3.–17. Mai 1966," PA AA, MfAA, C 1310/74, Bl. 1–38.'
    assert note_communications(text) == [("1966-05", ["Kurt Bergmann"])]
    assert participant_roles(text) == [("Kurt Bergmann", "Botschafters in Pjöngjang")]


def test_remarks_made_to_someone_are_a_talk_of_the_one_named():
    text = (
        '"Information Nr. 17/66 über Äußerungen Ri Dong Gons gegenüber dem Botschafter der ČSSR, 21.6.1966," '
        "SAPMO-BArch, DY 30/IV A 2/20/262, Bl. 40–43."
    )
    assert note_communications(text) == [("1966-06-21", ["Ri Dong Gons"])]
    press = '"Information über Äußerungen in der Presse der KDVR, 30.6.1966," SAPMO-BArch, DY 30/IV A 2/20/262, Bl. 44.'
    assert note_communications(press) == []  # the press is no one


def test_a_quoted_report_with_its_author_in_brackets():
    text = '"Einschätzung der Lage in der DRV" (Verfasser: Attaché Werner Raabe), 14.8.1966, PA AA, MfAA, C 1322/74.'
    assert note_communications(text) == [("1966-08-14", ["Werner Raabe"])]
    assert participant_roles(text) == [("Werner Raabe", "Attaché")]
    copy = '"Information über die Lage in der DRV" (Übersetzung), 20.8.1966, PA AA, MfAA, C 1322/74, Bl. 20–24.'
    assert note_communications(copy) == []
