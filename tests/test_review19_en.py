"""Review 19 of branch wt15-EN: the harms a reviewer found in the new European rules, each as a
regression test (what must and must not be read)."""

from __future__ import annotations

import pytest
from conftest import participant_roles, people_in, sorted_communications, together


# Group 1 — signed in the bloc's languages: a title that names a recipient, a person or a second
# record is left to the record readers; a signer is one person by name, never a body or a list.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # c10: the Czech letter's own reader keeps Novotný → Chruščov; the co-signer is no sole sender
        (
            "Dopis Antonína Novotného Chruščovovi, podepsaný Novotným i Širokým, 11. 5. 1963, NA, KSČ-ÚV, AN II, k. 4.",
            [("1963-05-11", ["Antonína Novotného", "Chruščovovi"])],
        ),
        # c4: no telegram from "Chivu Stoica [Gheorghe Gheorghiu-Dej și]"
        (
            "Telegramă de felicitare către Mao Zedong, semnată de Gheorghe Gheorghiu-Dej și Chivu Stoica, "
            "1 octombrie 1959, ANIC, fond CC al PCR, dosar 12/1959, f. 2.",
            [],
        ),
        # c3: the start tree's reading kept, never Christa Wolf alone
        (
            "Telegramm der Schriftsteller an das ZK, unterzeichnet von Stefan Heym und Christa Wolf, "
            "17. November 1976, SAPMO-BArch, DY 30/IV 2/2.024, Bl. 5.",
            [("1976-11-17", ["Schriftsteller", "ZK"])],
        ),
        # c16: no person "Delegationen"
        (
            "Komuniqué und Telegramm an Chruschtschow, unterzeichnet von den Delegationen, 12. Juni 1964, "
            "SAPMO-BArch, DY 30/3654, Bl. 1–9.",
            [],
        ),
        # c14: the embassy is no signer
        ("Telegramm aus Budapest, gezeichnet Botschaft, 4. November 1956, PA AA, MfAA, A 5512, Bl. 12–15.", []),
        # c2: an open, printed letter
        (
            "Offener Brief an Walter Ulbricht, unterzeichnet von Robert Havemann, 12. März 1964, BStU, MfS, "
            "AP 1234/64, Bl. 3.",
            [],
        ),
        # c11: no letter of "Hermann Axen [i.A.]" without its recipient
        (
            "Schreiben an das Politbüro, gez. i.A. Hermann Axen, 4. Juni 1964, SAPMO-BArch, DY 30/J IV 2/2J, Bl. 12–15.",
            [],
        ),
        # the Romanian ministry is no signer by name
        (
            "Informare asupra situației din Ungaria, semnată de Ministerul Afacerilor Interne, 3 noiembrie 1956, "
            "ACNSAS, fond D, dosar 13, f. 4.",
            [],
        ),
        # still read: the Polish envoy's telegram (c8)
        (
            "Szyfrogram z Moskwy, podpisany przez ambasadora Tadeusza Gede, 9 marca 1963 r., AMSZ, z. 7, w. 40, "
            "t. 512, k. 21–23.",
            [("1963-03-09", ["Tadeusza Gede"])],
        ),
    ],
)
def test_group1_signed_in_the_bloc(text, expected):
    assert sorted_communications(text) == expected


def test_group1_c11_on_behalf_is_no_office():
    text = "Telegramm aus Prag, gez. i.A. Hermann Axen, 4. Juni 1964, PA AA, MfAA, A 5512, Bl. 12."
    assert participant_roles(text) == [("Hermann Axen", None)]


# Group 2 — the subject of a message is cut on each side after the split at its recipient, and a
# second "către" joined by "și" is a second recipient.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # b1
            "Raportul lui Corneliu Mănescu despre convorbirea cu Dean Rusk, către Comitetul Executiv al CC al PCR, "
            "2 aprilie 1966, ANIC, fond CC al PCR – Cancelarie, dosar 47/1966, f. 3–10.",
            [("1966-04-02", ["Comitetul Executiv al CC al PCR", "Corneliu Mănescu"])],
        ),
        (  # b5
            "Доклад от Тодор Живков относно разговора с Хрушчов до Политбюро на ЦК на БКП, 30 септември 1963 г., "
            "ЦДА, ф. 1Б, оп. 5, а.е. 501, л. 1–16.",
            [("1963-09-30", ["Политбюро на ЦК на БКП", "Тодор Живков"])],
        ),
        (  # b7
            "Scrisoarea lui Gh. Gheorghiu-Dej către Nikita Hrușciov și, referitor la aceeași chestiune, către "
            "Mao Zedong, 15 mai 1963, ANIC, fond CC al PCR – Cancelarie, dosar 21/1963, f. 5–8.",
            [("1963-05-15", ["Gh. Gheorghiu-Dej", "Mao Zedong", "Nikita Hrușciov"])],
        ),
        (  # b13
            "Scrisoarea lui Gheorghe Gheorghiu-Dej către Nikita Hrușciov despre Tito și către Walter Ulbricht, "
            "15 mai 1963, ANIC, fond CC al PCR, dosar 21/1963, f. 5–8.",
            [("1963-05-15", ["Gheorghe Gheorghiu-Dej", "Nikita Hrușciov", "Walter Ulbricht"])],
        ),
        (  # b6 still right: the subject after the recipient is no party
            "Писмо от Тодор Живков до Никита Хрушчов по въпроса за срещата с Тито, 30 септември 1963 г., ЦДА, "
            "ф. 1Б, оп. 5, а.е. 501, л. 1–16.",
            [("1963-09-30", ["Никита Хрушчов", "Тодор Живков"])],
        ),
    ],
)
def test_group2_subject_cut_per_side(text, expected):
    assert sorted_communications(text) == expected


# Group 3 — a sovereign's title first only before a sovereign's own name, and that name joins no
# commoner who bears it as a surname.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "King Gordon to Pearson, 4 November 1956, LAC, RG 25, vol. 6108, file 50372-40, pt. 2.",
            ("King Gordon", None),
        ),  # e3
        (
            "Queen Mary College to the Foreign Office, 4 November 1956, TNA, FO 371/122380.",
            ("Queen Mary College", None),
        ),  # e5
        (
            "Letter from Queen Mother Elizabeth to Churchill, 3 March 1957, Churchill Papers, CHUR 2/144.",  # e9
            ("Queen Mother Elizabeth", None),
        ),
        (
            "Letter from King Features Syndicate to Khrushchev, 4 November 1957, RGANI, f. 5, op. 30, d. 233, l. 1.",  # e14
            ("King Features Syndicate", None),
        ),
        (
            "Memorandum of conversation between King Farouk and Caffery, 3 March 1951, FRUS, 1951, vol. V, 45–47.",
            ("Farouk", "King"),
        ),
    ],
)
def test_group3_sovereign_title_only_before_a_sovereigns_name(text, expected):
    assert participant_roles(text)[0] == expected


def test_group3_f1_f2_king_hussein_is_not_saddam_hussein(tmp_path):
    people = people_in(
        tmp_path,
        "1. Memorandum of conversation between King Hussein and Ambassador Mallory, 3 March 1957, FRUS, "
        "1955–1957, vol. XIII, 45–47.\n\n"
        "2. Memorandum of conversation between Saddam Hussein and Ambassador Glaspie, 25 July 1990, "
        "Wikileaks cable 90BAGHDAD4237.\n",
    )
    assert any("Saddam Hussein" in p for p in people) and any("Hussein" in p for p in people)
    assert not together(people, "Hussein", "Saddam Hussein")


# Group 4 — a German office's field never swallows a short name by its ending.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # d3
            "Vermerk über ein Gespräch des Botschafters mit dem Minister für Landwirtschaft Jung am 12.4.1961, "
            "PA AA, MfAA, A 8119, Bl. 30–32.",
            [("Jung", "Minister für Landwirtschaft")],
        ),
        (  # d10
            "Vermerk über ein Gespräch mit dem Minister für Auswärtige Angelegenheiten Hung am 12.4.1966, PA AA, "
            "MfAA, A 8119, Bl. 30–32.",
            [("Hung", "Minister für Auswärtige Angelegenheiten")],
        ),
        (  # e1
            "Vermerk über ein Gespräch mit dem Minister für Auswärtige Angelegenheiten Ung Van Khiem am 7.9.1962, "
            "PA AA, MfAA, A 8121, Bl. 5–8.",
            [("Ung Van Khiem", "Minister für Auswärtige Angelegenheiten")],
        ),
        (  # still read: a field of two words joined by "und"
            "Vermerk über ein Gespräch mit dem Minister für Handel und Versorgung Kurt Gregor am 12.4.1961, PA AA, "
            "MfAA, A 8119, Bl. 30–32.",
            [("Kurt Gregor", "Minister für Handel und Versorgung")],
        ),
    ],
)
def test_group4_german_field_keeps_a_short_name(text, expected):
    assert participant_roles(text) == expected


# Group 5 — a state in the Romanian genitive after an office is no person: the named side's talk alone.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a11
            "Notă de convorbire dintre însărcinatul cu afaceri al Iugoslaviei și Emil Bodnăraș, 14 mai 1962, AMAE, "
            "fond 220/Iugoslavia, dosar 318, f. 2–6.",
            [("1962-05-14", ["Emil Bodnăraș"])],
        ),
        (  # f9
            "Notă de convorbire între însărcinatul cu afaceri al Franței și Corneliu Mănescu, 3 iunie 1964, AMAE, "
            "fond 220/Franța, dosar 510, f. 34.",
            [("1964-06-03", ["Corneliu Mănescu"])],
        ),
        (  # f8
            "Notă de convorbire între ambasadorul Ungariei și Ion Gheorghe Maurer, 3 iunie 1964, AMAE, "
            "fond 220/Ungaria, dosar 510, f. 34.",
            [("1964-06-03", ["Ion Gheorghe Maurer"])],
        ),
    ],
)
def test_group5_state_in_the_genitive_is_no_party(text, expected):
    assert sorted_communications(text) == expected


# Group 6 — a talk refused, cancelled or never held is no talk, on the unnamed-office path.
@pytest.mark.parametrize(
    "text",
    [
        # a5
        "Notă de convorbire între Gheorghe Gheorghiu-Dej și ambasadorul sovietic, care nu a avut loc, 3 iunie 1964, "
        "AMAE, fond 220/URSS, dosar 510, f. 34.",
        # f7
        "Запис на разговор между съветника на посолството и Вълко Червенков, който не се състоя, 11 април 1963 г., "
        "ЦДА, ф. 1Б, оп. 64, а.е. 201, л. 3–7.",
        # f5
        "Notă de convorbire între ambasadorul sovietic și Gheorghe Gheorghiu-Dej, planificată pentru 3 iunie 1964 "
        "dar anulată, AMAE, fond 220/URSS, dosar 510, f. 34.",
    ],
)
def test_group6_talk_never_held_is_not_read(text):
    assert sorted_communications(text) == []


def test_group6_unnamed_office_still_read():
    text = (
        "Notă de convorbire între ambasadorul american la București și Corneliu Mănescu, 5 mai 1965, AMAE, "
        "fond 220/SUA, dosar 9, f. 1."
    )
    assert sorted_communications(text) == [("1965-05-05", ["Corneliu Mănescu"])]
