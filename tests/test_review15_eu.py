"""Counter-examples from the review of the head-lexicon rules (review15/eu): other authors' wording on
which a rule of the branch did harm. Each test fails without its fix."""

from __future__ import annotations

from conftest import note_communications, participant_roles

from kg1956.extract.citations import extract_note
from kg1956.models import Note


def _kinds(text: str) -> list[tuple[str, str | None, list[str]]]:
    return [
        (c.kind, c.date.iso if c.date else None, sorted(p.mention.text for p in c.participants))
        for cit in extract_note(Note("t", 1, text, 1)).citations
        for c in cit.communications
    ]


# 13. Romance months are written in lowercase: capitalised, "Marco" and "Juin" are names
def test_marco_is_a_given_name() -> None:
    text = (
        "Marco Vukmanović told Riddleberger on 5 March 1956 that Tito would go to Moscow "
        "(Riddleberger to Dulles, 6 March 1956, NARA, RG 59, 768.00/3-656)."
    )
    assert ("1956-03-05", ["Marco Vukmanović", "Riddleberger"]) in note_communications(text)


def test_capitalised_juin_before_a_year_is_the_marshal() -> None:
    text = "Memorandum of conversation between Eisenhower and Marshal Juin 1954, box 3."
    assert note_communications(text) == [("1954", ["Eisenhower", "Juin"])]
    assert note_communications("Lettre de Thorez à Khrouchtchev, 14 juin 1963.") == [
        ("1963-06-14", ["Khrouchtchev", "Thorez"])
    ]


# 1. An ordinal before an office noun is no sentence end after a locator's key, nor before English "Secretary"
def test_reel_number_then_secretary_ends_the_locator() -> None:
    text = "Dulles Papers, Reel 3. Secretary Dulles's memorandum for the President, 5 June 1956."
    assert participant_roles(text) == [("Dulles", "Secretary")]


def test_box_number_then_secretary_keeps_both_locators() -> None:
    from conftest import note_locators

    text = "NARA, RG 59, Lot 64 D 199, box 3. Secretary Dulles to Eisenhower, 3 May 1955, ibid., box 4."
    assert ("Dulles", "Secretary") in participant_roles(text)
    assert [fields.get("box") for _, fields in note_locators(text)] == ["3", "4"]


# 2. A German head dated before "über": not when the parties end in when the talk was held, nor when the
# talk has a date of its own
def test_dated_german_head_refuses_a_time_phrase_after_the_parties() -> None:
    loc = ", PA AA, MfAA, A 7131, Bl. 12."
    for tail in (
        "und Ri Jong Ok am Vortag",
        "in der vergangenen Woche",
        "und Pak Song Chol im Auftrag des Botschafters",
    ):
        text = f"Aktenvermerk vom 4.2.1963 über eine Unterredung mit Nam Il {tail}{loc}"
        assert not any(p in ("Vortag", "Woche", "Botschafters") for p, _ in participant_roles(text)), tail
        assert all(len(parts) != 1 or parts[0] == "Nam Il" for _, parts in note_communications(text)), tail


def test_dated_german_head_with_the_talks_own_date_is_not_dated_by_the_record() -> None:
    for text in (
        "Aktenvermerk vom 4.2.1963 über eine Unterredung mit Nam Il, die am 2.2.1963 stattfand, PA AA, MfAA, A 7131.",
        "Aktenvermerk vom 4.2.1963 über eine Unterredung mit Nam Il (am 2.2.1963), PA AA, MfAA, A 7131, Bl. 12.",
    ):
        assert ("1963-02-04", ["Nam Il"]) not in note_communications(text)


def test_dated_german_head_keeps_a_talk_held_in_a_city() -> None:
    text = "Information vom 3.8.1961 über die Unterredung zwischen Ulbricht und Chruschtschow in Moskau, SAPMO-BArch, NY 4182/1206."
    assert note_communications(text) == [("1961-08-03", ["Chruschtschow", "Ulbricht"])]
    text = "Aktenvermerk vom 4.2.1963 über eine Unterredung mit Nam Il in Pjöngjang, PA AA, MfAA, A 7131."
    assert note_communications(text) == [("1963-02-04", ["Nam Il"])]


# 3. An office in apposition before "Genossen X" is one person's: "A und dem Leiter …, Genossen X" is two;
# "Frau" and "Herrn" are no comrade's address and stay with the name
def test_apposed_comrade_after_und_is_a_second_person() -> None:
    text = (
        "Vermerk über ein Gespräch mit Botschafter Pak und dem Leiter der 1. Abteilung, Genossen Kim Jae Suk, "
        "am 5.3.1963, PA AA, MfAA, A 7130, Bl. 8."
    )
    assert participant_roles(text) == [("Pak", "Botschafter"), ("Kim Jae Suk", "Leiter der 1. Abteilung")]


def test_frau_and_herrn_stay_with_the_name() -> None:
    text = (
        "Vermerk über ein Gespräch mit der Ehefrau des Botschafters, Frau Pak, am 6.3.1963, PA AA, MfAA, A 7130.",
        "Vermerk über ein Gespräch mit dem Sohn des Botschafters, Herrn Pak, am 7.3.1963, PA AA, MfAA, A 7130.",
    )
    assert participant_roles(text[0]) == [("Frau Pak", "Ehefrau des Botschafters")]
    assert participant_roles(text[1]) == [("Herrn Pak", "Sohn des Botschafters")]


# 4. Romance articles before a side are lowercase: "Le Duan", "La Malfa", "Lo Jui-ching" are names
def test_capitalised_article_is_part_of_the_name() -> None:
    assert note_communications("Colloquio tra Luigi Longo e Le Duan, Hanoi, 5 marzo 1966.") == [
        ("1966-03-05", ["Le Duan", "Luigi Longo"])
    ]
    assert note_communications("Colloquio tra La Malfa e Lo Jui-ching, 5 marzo 1966.") == [
        ("1966-03-05", ["La Malfa", "Lo Jui-ching"])
    ]


# 5. A Romance talk's side ends at a lowercase preposition; places and states are no parties
def test_romance_talk_side_ends_at_a_preposition() -> None:
    text = "Note sur l'entretien de Waldeck Rochet avec Souslov en présence de Ponomarev, 14 juillet 1963."
    assert note_communications(text) == [("1963-07-14", ["Souslov", "Waldeck Rochet"])]
    assert note_communications("Colloquio tra Tito e Chruščëv a Jalta, 1 ottobre 1956.") == [
        ("1956-10-01", ["Chruščëv", "Tito"])
    ]


def test_romance_talk_between_states_is_no_talk_of_people() -> None:
    assert note_communications("Conversación entre Rusia y Estados Unidos, 5 de mayo de 1962.") == []


# 6. Writers joined by e/et/y are two
def test_romance_letter_of_two_writers() -> None:
    assert note_communications("Lettera di Longo e Berlinguer a Brežnev, 23 agosto 1968.") == [
        ("1968-08-23", ["Berlinguer", "Brežnev", "Longo"])
    ]
    text = "Carta de Fidel Castro y Che Guevara a Jruschov, 26 de octubre de 1962."
    assert ("Che Guevara", None) in participant_roles(text)
    assert ("Fidel Castro", None) in participant_roles(text)


# 7. A charter, a place or a body that says not whose is no letter's writer
def test_romance_message_from_a_place_or_body_is_none() -> None:
    for text in (
        "Carta de Punta del Este, 17 de agosto de 1961, in OEA, Documentos oficiales, p. 5.",
        "Carta de San Francisco, 26 de junio de 1945.",
        "Lettre de Genève, 21 juillet 1954.",
        "Lettre de Hongrie, 3 novembre 1956.",
        "Informe de la Embajada, 5 de mayo de 1962.",
    ):
        assert note_communications(text) == [], text


# 8. A report about a talk is not dated by the talk; a printed memo not by its paper
def test_romance_report_about_a_talk_is_not_dated_by_it() -> None:
    text = "Rapport de Waldeck Rochet sur son entretien avec Souslov du 14 juillet 1963, Moscou, 16 juillet 1963."
    assert ("report", "1963-07-14", ["Waldeck Rochet"]) not in _kinds(text)
    assert _kinds("Promemoria di Togliatti, in «Rinascita», 5 settembre 1964.") == []


def test_report_on_own_talk_with_two_joined_by_a() -> None:
    text = (
        "Informace s. Novotného o rozhovoru s Chruščovem a Brežněvem dne 3. 3. 1964, 5. 3. 1964, "
        "NA, KSČ-ÚV, f. 02/1, sv. 12, a.j. 14."
    )
    assert ("conversation", "1964-03-03", ["Brežněvem", "Chruščovem", "Novotného"]) in _kinds(text)


# 9. A place is no diarist: "Diario de Centro America" is a newspaper
def test_diario_of_a_place_is_no_diary() -> None:
    assert note_communications("Diario de Centro America, 5 de marzo de 1954, p. 1.") == []
    assert note_communications("Diario del Che en Bolivia, 7 de noviembre de 1966.") == []
    assert note_communications("Diario di Pietro Nenni, 5 marzo 1956.") == [("1956-03-05", ["Pietro Nenni"])]


# 10. Where a Serbo-Croatian pair's talk was held is no party
def test_serbo_croatian_pair_without_its_place() -> None:
    for where in (", Brioni", " na Brionima", " u Jalti"):
        text = f"Zabeleška o razgovoru Tita i Hruščova{where}, 19. septembra 1956, AJ, 837, KPR, I-3-a/101-11."
        assert note_communications(text) == [("1956-09-19", ["Hruščova", "Tita"])], where


# 11. A Hungarian cipher telegram's writer is no dative addressee, agency or state
def test_hungarian_writer_is_no_addressee_agency_or_state() -> None:
    loc = ", MOL, XIX-J-1-j, Kína, 1968, 5. doboz."
    for who in ("Péter Jánosnak, Peking", "MTI, Hanoi", "Kína, Peking"):
        assert note_communications(f"Rejtjeltávirat, {who}, 1968. április 3.{loc}") == [], who
    assert note_communications(f"Rejtjeltávirat, Szűrös Mátyás, Phenjan, 1968. április 3.{loc}") == [
        ("1968-04-03", ["Szűrös Mátyás"])
    ]


# 12. "Điện" without "của" (of) or "gửi" (to) is no telegram: Điện Biên Phủ
def test_dien_bien_phu_is_a_place() -> None:
    assert note_communications("Điện Biên Phủ, ngày 7 tháng 5 năm 1954.") == []
