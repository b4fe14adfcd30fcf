"""English notes and European record titles first read from blind sets 34 and 35 (issue #3), on
notes of our own: a German letter with its writer's office in brackets; Polish and Czech heads with
abbreviated ranks, in the plural, dated by days of a Roman month, with the writer inside, a state
closing an office, a place after a gloss; an office alone for a German visit's visitor; a titled
first party of a list; a Hungarian note on a talk held with someone; a Serbo-Croatian capitalised
office and a place in the locative; a message reporting its writer's talk; comments made to someone;
talks counted. Each rule has negative cases."""

from __future__ import annotations

import pytest
from conftest import communication_kinds, participant_roles, sorted_communications

from kg1956.extract.dates import read_date_list


@pytest.mark.parametrize(
    ("text", "talks", "role"),
    [
        (
            "Hermann Axen (Sekretär des ZK der SED) an Otto Winzer, 14.2.1964, SAPMO-BArch, DY 30/IV A 2/20/55.",
            [("1964-02-14", ["Hermann Axen", "Otto Winzer"])],
            ("Hermann Axen", "Sekretär des ZK der SED"),
        ),
        (
            "Ulbricht (Erster Sekretär des ZK) an Grotewohl, Brief, 2.9.1960.",
            [("1960-09-02", ["Grotewohl", "Ulbricht"])],
            ("Ulbricht", "Erster Sekretär des ZK"),
        ),
    ],
)
def test_german_letter_with_office_in_brackets(text, talks, role):
    assert sorted_communications(text) == talks
    assert role in participant_roles(text)


@pytest.mark.parametrize(
    "text",
    [
        "Winzer (1902–1975) an Bolz, 7.7.1961.",  # life dates, no office
        "Botschaft Hanoi (Hanoi) an Winzer, 4.4.1962.",  # a place, no office
    ],
)
def test_bracket_without_office_reads_no_letter(text):
    assert sorted_communications(text) == []


@pytest.mark.parametrize(
    ("text", "talks"),
    [
        (
            "Notatka z rozmowy ambasadora J. Siedleckiego z kpt. Nguyen Van Vinh, 3 V 1965.",
            [("1965-05-03", ["J. Siedleckiego", "Nguyen Van Vinh"])],
        ),
        (
            "Notatka z rozmowy J. Michałowskiego z ks. Norodomem Sihanoukiem [Note on J. Michałowski's conversation "
            "with Prince Norodom Sihanouk], Siem Reap, 11 II 1964.",
            [("1964-02-11", ["J. Michałowskiego", "Norodomem Sihanoukiem"])],
        ),
        (
            "Notatki z rozmów ambasadora J. Siedleckiego z Pham Van Dongiem, 2, 7 i 19 IV 1965.",
            [
                ("1965-04-02", ["J. Siedleckiego", "Pham Van Dongiem"]),
                ("1965-04-07", ["J. Siedleckiego", "Pham Van Dongiem"]),
                ("1965-04-19", ["J. Siedleckiego", "Pham Van Dongiem"]),
            ],
        ),
        (
            "Záznamy o rozhovorech velvyslance A. Pecky s Ho Či Minem, 4 a 18. XI. 1958.",
            [("1958-11-04", ["A. Pecky", "Ho Či Minem"]), ("1958-11-18", ["A. Pecky", "Ho Či Minem"])],
        ),
        (
            "Notatka tow. J. Siedleckiego z rozmowy z płk. Ha Van Lau, 8 VI 1965.",
            [("1965-06-08", ["Ha Van Lau", "J. Siedleckiego"])],
        ),
        (
            "Záznam s. J. Nováka o rozhovoru s velvyslancem SSSR S. Červoněnkem, 12. 3. 1962.",
            [("1962-03-12", ["J. Nováka", "S. Červoněnkem"])],
        ),
        (
            "Notatka z rozmowy z ambasadorem Kanady J. Seaborne'em, 21 VI 1964.",
            [("1964-06-21", ["J. Seaborne'em"])],
        ),
        (
            "Notatka z rozmowy z przewodniczącym Komisji M. Raje'em, 9 IX 1963.",
            [("1963-09-09", ["M. Raje'em"])],
        ),
    ],
)
def test_polish_and_czech_record_heads(text, talks):
    assert sorted_communications(text) == talks


@pytest.mark.parametrize(
    ("text", "talks"),
    [
        # a department's note: no writer named
        ("Notatka Departamentu z rozmowy z Pham Van Dongiem, 3 VI 1964.", []),
        # a name apposed to an office after a comma is no place
        (
            "Aktenvermerk über ein Gespräch mit dem Außenminister der Republik Guinea, Louis Lansana Beavogui, "
            "am 3.3.1962.",
            [("1962-03-03", ["Louis Lansana Beavogui"])],
        ),
        # an unknown word after a comma without a gloss before it stays a party
        (
            "Notatka z rozmowy ambasadora S. Kiryluka z Chen Yi, Liu Shaoqi, 14 V 1958.",
            [("1958-05-14", ["Chen Yi", "Liu Shaoqi", "S. Kiryluka"])],
        ),
    ],
)
def test_record_heads_negatives(text, talks):
    assert sorted_communications(text) == talks


def test_roman_month_list_and_its_limits():
    assert [d.iso for d in read_date_list("9 i 25 IX 1963")[0]] == ["1963-09-09", "1963-09-25"]
    assert read_date_list("9 IX 1963") is None  # one day is no list
    assert read_date_list("12 i 30 XIII 1963") is None  # no thirteenth month


@pytest.mark.parametrize(
    ("text", "talks"),
    [
        (
            "Vermerk über den Abschiedsbesuch des Handelsrats bei Ministerpräsident Pham Van Dong am 5.6.1963.",
            [("1963-06-05", ["Pham Van Dong"])],
        ),
        (
            "Vermerk über den Antrittsbesuch des Generalkonsuls Kurt Schneidewind bei Prinz Souvanna Phouma am "
            "2.11.1962.",
            [("1962-11-02", ["Kurt Schneidewind", "Souvanna Phouma"])],
        ),
    ],
)
def test_german_visit_by_an_office(text, talks):
    assert sorted_communications(text) == talks


@pytest.mark.parametrize(
    ("text", "talks"),
    [
        (
            "Minutes of the meeting between Foreign Minister Chen Yi, Ambassador S. Kiryluk and Premier Zhou Enlai, "
            "8 April 1958.",
            [("1958-04-08", ["Chen Yi", "S. Kiryluk", "Zhou Enlai"])],
        ),
        (
            "Record of the talk between Marshal R.Ia. Malinovskii, A.A. Epishev and Kim Il Sung, 14 May 1965.",
            [("1965-05-14", ["A.A. Epishev", "Kim Il Sung", "R.Ia. Malinovskii"])],
        ),
        # an office apposed to the first name, and an office of a body: no more parties
        (
            "Record of conversation between Mao Zedong, Chairman of the CCP CC, and P.F. Yudin, 29 March 1958.",
            [("1958-03-29", ["Mao Zedong", "P.F. Yudin"])],
        ),
        (
            "Record of conversation between the Soviet Ambassador, N.T. Fedorenko, and Mao Zedong, 29 March 1953.",
            [("1953-03-29", ["Mao Zedong", "N.T. Fedorenko"])],
        ),
    ],
)
def test_titled_first_party_of_a_list(text, talks):
    assert sorted_communications(text) == talks


@pytest.mark.parametrize(
    ("text", "talks"),
    [
        (
            "Feljegyzés Pham Van Dong elvtárssal folytatott beszélgetésről, 1961. május 12.",
            [("1961-05-12", ["Pham Van Dong"])],
        ),
        (
            "Jelentés Ung Van Khiem külügyminiszterrel folytatott tárgyalásról, 1962. február 3.",
            [("1962-02-03", ["Ung Van Khiem"])],
        ),
        ("Feljegyzés a Külkereskedelmi Minisztériummal folytatott tárgyalásokról, 1962. február 5.", []),
        (
            "Szabó Imre, Feljegyzés Kim Ir Szen elvtárssal folytatott beszélgetésről, 1959. október 6., MOL.",
            [("1959-10-06", ["Kim Ir Szen", "Szabó Imre"])],
        ),
    ],
)
def test_hungarian_note_on_a_talk_held_with(text, talks):
    assert sorted_communications(text) == talks


@pytest.mark.parametrize(
    ("text", "talks"),
    [
        (
            "Zabilješka o razgovoru Predsjednika Vlade E. Kardelja s A. A. Epiševim u Beogradu, 4. X 1962.",
            [("1962-10-04", ["A. A. Epiševim", "E. Kardelja"])],
        ),
        (
            "Zabeleška o razgovoru J. B. Tita sa L. I. Brežnjevom na Brionima, 24. IX 1962.",
            [("1962-09-24", ["J. B. Tita", "L. I. Brežnjevom"])],
        ),
        (
            "Zabeleška o razgovoru J. B. Tita sa N. S. Hruščovom u Belom dvoru, 1. VI 1955.",
            [("1955-06-01", ["J. B. Tita", "N. S. Hruščovom"])],
        ),
    ],
)
def test_serbo_croatian_office_and_place(text, talks):
    assert sorted_communications(text) == talks


@pytest.mark.parametrize(
    ("text", "talks"),
    [
        (
            "Puzanov to Gromyko, cable, 4 May 1958, reporting a brief talk with Kim Il Sung on the evening of 3 May.",
            [("1958-05-03", ["Kim Il Sung", "Puzanov"]), ("1958-05-04", ["Gromyko", "Puzanov"])],
        ),
        (
            "Kiryluk to Rapacki, szyfrogram, 17 October 1959, reporting a long conversation with Chen Yi the "
            "previous evening.",
            [("1959-10-16", ["Chen Yi", "Kiryluk"]), ("1959-10-17", ["Kiryluk", "Rapacki"])],
        ),
        (
            "Shcherbakov to Moscow, 9 June 1965, reporting his meeting with Le Duan that morning.",
            [("1965-06-09", ["Le Duan", "Shcherbakov"]), ("1965-06-09", ["Shcherbakov"])],
        ),
        # talks with no one named: the message alone
        (
            "Suslov to Khrushchev, 11 November 1957, reporting the talks with the Chinese leaders.",
            [("1957-11-11", ["Khrushchev", "Suslov"])],
        ),
    ],
)
def test_message_reporting_its_writers_talk(text, talks):
    assert sorted_communications(text) == talks


def test_comments_to_someone_and_talks_counted():
    assert sorted_communications(
        "Mikoyan’s comments to Kádár on 2 November 1956 are quoted in the Hungarian record, MOL, XIX-J-1-j."
    ) == [("1956-11-02", ["Kádár", "Mikoyan"])]
    assert (
        sorted_communications("Ulbricht’s comments on the Soviet draft of 4 June 1961 are in SAPMO-BArch, DY 30/3386.")
        == []
    )
    assert communication_kinds(
        "Bohlen’s three conversations with Molotov on 2, 9 and 16 March 1955 are printed in FRUS."
    ) == [("conversation", "1955-03-02"), ("conversation", "1955-03-09"), ("conversation", "1955-03-16")]


@pytest.mark.parametrize(
    ("text", "talks"),
    [
        (
            "Notatka dla Biura Politycznego KC PZPR w sprawie Laosu [Memorandum for the Politburo of the PUWP CC on "
            "Laos], signed by Adam Rapacki, 18 March 1958, AAN, KC PZPR, sygn. 237/XXII-574.",
            [("1958-03-18", ["Adam Rapacki", "Biura Politycznego KC PZPR"])],
        ),
        (
            "Vorlage für das Politbüro des ZK der SED über die Lage in Laos, submitted by Hermann Axen, 5.9.1967.",
            [("1967-09-05", ["Hermann Axen", "Politbüro des ZK der SED"])],
        ),
        # signed by an office, no one named: the addressee alone
        (
            "Zpráva pro ÚV KSČ o situaci ve Vietnamu, signed by the ambassador, 12. 3. 1965, NA.",
            [("1965-03-12", ["ÚV KSČ"])],
        ),
    ],
)
def test_european_paper_signed_in_english(text, talks):
    assert sorted_communications(text) == talks


def test_office_of_two_bodies_is_one_mans():
    text = (
        "Nam Il, chief delegate of the Korean People's Army and the Chinese People's Volunteers, to Kim Il Sung, "
        "letter, 8 June 1953, AVPRF, f. 0102."
    )
    assert sorted_communications(text) == [("1953-06-08", ["Kim Il Sung", "Nam Il"])]
    assert sorted_communications("Kim Il Sung and Peng Dehuai to Ridgway, 1 July 1951, AVPRF, f. 0102.") == [
        ("1951-07-01", ["Kim Il Sung", "Peng Dehuai", "Ridgway"])
    ]


@pytest.mark.parametrize(
    ("text", "talks"),
    [
        (
            "Mao received Ambassador Iudin on 22 July 1958; see his record of the conversation, AVPRF, f. 0100, op. 51.",
            [("1958-07-22", ["Iudin", "Mao"])],
        ),
        (
            "Zhou Enlai received Ambassador Kiryluk on 3 May 1958; the conversation is recorded in szyfrogram nr 1310 "
            "z Pekinu, 4 May 1958, AMSZ, z. 8/64.",
            [("1958-05-03", ["Kiryluk", "Zhou Enlai"])],
        ),
        # no talk told before the semicolon, or no call number after it
        ("The Polish delegation left Hanoi on 3 February 1959; see their report, AMSZ, z. 8/64.", []),
        ("Mao received Ambassador Iudin on 22 July 1958; see his memoirs, pp. 12–14.", []),
    ],
)
def test_talk_told_with_its_record_after_a_semicolon(text, talks):
    assert sorted_communications(text) == talks


@pytest.mark.parametrize(
    ("text", "talks"),
    [
        (
            "Molotov to V.V. Kuznetsov for transmission to Mao Zedong, 3 April 1953, ciph. tel. no. 11027, AVPRF, "
            "f. 059a.",
            [("1953-04-03", ["Mao Zedong", "Molotov", "V.V. Kuznetsov"])],
        ),
        (
            "Gromyko's telegram to Puzanov for delivery to Kim Il Sung, 3 April 1958, AVPRF, f. 0102.",
            [("1958-04-03", ["Gromyko", "Kim Il Sung", "Puzanov"])],
        ),
        # a purpose, no one it is passed to
        (
            "Gromyko's telegram to Puzanov for his talks with Kim Il Sung, 3 April 1958, AVPRF, f. 0102.",
            [("1958-04-03", ["Gromyko", "Puzanov"])],
        ),
    ],
)
def test_message_passed_on_through_its_addressee(text, talks):
    assert sorted_communications(text) == talks
