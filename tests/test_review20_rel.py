"""Review 20 of the RELDATE branch (wt16-rel): the harms a reviewer found in the relative-date rules,
each a case of the review's cases-rel notes (id in the comment) and what must not be read, with the
readings that must stay. H1: a relative word counted from another event ("the day before the
plenum"); H2: "his/a/the" message given to the last record's writer; H3: a later sentence's subject
taken for the writer; H4: a visit with no talk, hearsay, a cancelled talk, another's day; H5: a
further talk planned, refused, cancelled, rumoured, or of two others; H6: another's talk after the
day ("беседу Мао Цзэдуна с Хрущёвым"); H7: a body, a parliament or a broadcast as a talk; H8: the
wrong day counted from; H9: one document counted twice; H10: a negated message; H11: a rumoured or
postponed meeting. X: two more of the same kind (a name's possessive before the talk word)."""

from __future__ import annotations

import pytest

from kg1956.extract.citations import extract_note
from kg1956.extract.rel_day_words import NEXT_DAY, REL_DAY
from kg1956.models import Note


def comms(text: str) -> list[tuple[str, str | None, list[str]]]:
    return sorted(
        (c.kind, c.date.iso if c.date else None, sorted(p.mention.text for p in c.participants))
        for cit in extract_note(Note("t", 1, text, 1)).citations
        for c in cit.communications
    )


@pytest.mark.parametrize(
    ("case", "text", "wrong"),
    [
        # H1 a2
        (
            "a2",
            "Cable, Puzanov to Gromyko, 14 March 1958, AVPRF, f. 0102, op. 14, p. 75, d. 6, ll. "
            "40–43, on his talk with Nam Il the day before the plenum.",
            [["conversation", "1958-03-13", ["Nam Il", "Puzanov"]]],
        ),
        # H1 a3
        (
            "a3",
            "Fernschreiben Botschafter Wandel an Außenminister Bolz, 7.3.1957, PA AA, MfAA, A 6814, "
            "Bl. 11–14, über seine Unterredung mit Kim Il Sung am Vorabend des Parteitags.",
            [["conversation", "1957-03-06", ["Kim Il Sung", "Wandel"]]],
        ),
        # H1 a4
        (
            "a4",
            "Szyfrogram ambasadora Kiryluka z Pekinu, 18 IX 1957, AMSZ, z. 8/44, w. 12, t. 80, k. "
            "3–5, o rozmowie z Zhou Enlaiem w przeddzień zjazdu partii.",
            [["conversation", "1957-09-17", ["Kiryluka", "Zhou Enlaiem"]]],
        ),
        # H1 a5
        (
            "a5",
            "Télégramme de l'ambassadeur Maurice Dejean au ministre, 28 février 1957, AMAE, Europe "
            "URSS 1956–1960, vol. 261, f. 14–17, sur son entretien avec Khrouchtchev la veille du "
            "plénum.",
            [["conversation", "1957-02-27", ["Khrouchtchev", "Maurice Dejean"]]],
        ),
        # H1 c4
        (
            "c4",
            "Cable, Puzanov to Gromyko, 14 March 1958, AVPRF, f. 0102, op. 14, p. 75, d. 6, ll. "
            "40–43. Puzanov had met Nam Il the day before the delegation arrived in Pyongyang.",
            [["conversation", "1958-03-13", ["Nam Il", "Puzanov"]]],
        ),
        # H1 d6
        (
            "d6",
            "Cable, Gromyko to Khrushchev, 10 August 1955, AVPRF, f. 06, op. 14, p. 12, d. 170, ll. "
            "5–9. Gromyko had conferred with Molotov the day before the session of the Presidium.",
            [["conversation", "1955-08-09", ["Gromyko", "Molotov"]]],
        ),
        # H1 b10
        (
            "b10",
            "Record of conversation, Gromyko with Selwyn Lloyd, 8 May 1957, AVPRF, f. 069, op. 44, p. "
            "201, d. 3, ll. 1–9; a further talk between the two the day after the debate in the "
            "Commons.",
            [["conversation", "1957-05-09", ["Gromyko", "Selwyn Lloyd"]]],
        ),
        # H1 b18
        (
            "b18",
            "Rejtjeltávirat, Peking, 1959. március 4., MOL, XIX-J-1-j, Kína, 4. doboz, on a talk "
            "between Kim Il Sung and Peng Dehuai the day before the congress.",
            [["conversation", "1959-03-03", ["Kim Il Sung", "Peng Dehuai"]]],
        ),
        # H2 b1
        (
            "b1",
            "Record of conversation, Kim Il Sung with Puzanov, 24 August 1957, AVPRF, f. 0102, op. "
            "13, p. 72, d. 5, ll. 70–75; the ambassador summarised it in his cable of the same day, "
            "ibid., ll. 76–78.",
            [["telegram", "1957-08-24", ["Kim Il Sung"]]],
        ),
        # H2 b2
        (
            "b2",
            "Record of conversation, Puzanov with Kim Il Sung, 24 August 1957, AVPRF, f. 0102, op. "
            "13, p. 72, d. 5, ll. 70–75; a letter of the same day from Mao Zedong to Kim is in the "
            "Chinese archives.",
            [["letter", "1957-08-24", ["Puzanov"]]],
        ),
        # H2 b3
        (
            "b3",
            "Record of conversation, Gromyko with Kadar, 2 May 1958, AVPRF, f. 077, op. 38, p. 190, "
            "d. 12, ll. 1–6; see also the report of the same day in MOL, XIX-J-1-j, 4. doboz.",
            [["report", "1958-05-02", ["Gromyko"]]],
        ),
        # H2 c16
        (
            "c16",
            "Memorandum of conversation, Dulles with Selwyn Lloyd, 2 April 1957, FRUS 1955–1957, vol. "
            "27, doc. 45; the memorandum of the same day by Dulles's assistant is doc. 46.",
            [["memo", "1957-04-02", ["Dulles"]]],
        ),
        # H2 c14
        (
            "c14",
            "Fernschreiben Botschafter Wandel an Außenminister Bolz, 21.9.1961, PA AA, MfAA, A 6820, "
            "Bl. 40–45; Ulbricht antwortete mit seinem Schreiben vom selben Tag, SAPMO-BArch, DY "
            "30/3386, Bl. 9.",
            [["letter", "1961-09-21", ["Wandel"]]],
        ),
        # H2 c15
        (
            "c15",
            "Шифртелеграмма А.М. Пузанова в МИД СССР, 14 марта 1958 г. // АВП РФ. Ф. 0102. Оп. 14. П. "
            "75. Д. 6. Л. 40–43; Ким Ир Сен изложил это в своей записке того же дня.",
            [["memo", "1958-03-14", ["А.М. Пузанова"]]],
        ),
        # H2 c24
        (
            "c24",
            "Szyfrogram ambasadora Kiryluka z Pekinu, 18 IX 1957, AMSZ, z. 8/44, w. 12, t. 80, k. "
            "3–5; Gomułka odpowiedział swoim listem z tego samego dnia.",
            [["letter", "1957-09-18", ["Kiryluka"]]],
        ),
        # H3 a11
        (
            "a11",
            "Cable, Puzanov to Gromyko, 14 March 1958, AVPRF, f. 0102, op. 14, p. 75, d. 6, ll. "
            "40–43. Kim Il Sung had just returned from Beijing. He had seen Mao Zedong the day "
            "before.",
            [["conversation", "1958-03-13", ["Mao Zedong", "Puzanov"]]],
        ),
        # H3 a14
        (
            "a14",
            "Telegram, Thompson to Rusk, 23 March 1962, NA, RG 59, 611.61/3-2362. Mrs Thompson had "
            "lunched with Nina Khrushcheva the previous day.",
            [["conversation", "1962-03-22", ["Nina Khrushcheva", "Thompson"]]],
        ),
        # H3 a15
        (
            "a15",
            "Cable, Puzanov to Gromyko, 14 March 1958, AVPRF, f. 0102, op. 14, p. 75, d. 6, ll. "
            "40–43. Puzanov's deputy had met Nam Il the day before.",
            [["conversation", "1958-03-13", ["Nam Il", "Puzanov"]]],
        ),
        # H4 a16
        (
            "a16",
            "Cable, Puzanov to Gromyko, 14 March 1958, AVPRF, f. 0102, op. 14, p. 75, d. 6, ll. "
            "40–43. He had called on Nam Il the day before, only to be told that the minister was "
            "ill.",
            [["conversation", "1958-03-13", ["Nam Il", "Puzanov"]]],
        ),
        # H4 a18
        (
            "a18",
            "Cable, Puzanov to Gromyko, 14 March 1958, AVPRF, f. 0102, op. 14, p. 75, d. 6, ll. "
            "40–43. He had heard from Nam Il that Kim Il Sung had met Peng Dehuai the day before.",
            [["conversation", "1958-03-13", ["Peng Dehuai", "Puzanov"]]],
        ),
        # H4 a19
        (
            "a19",
            "Telegram, Thompson to Rusk, 9 March 1959, NA, RG 59, 761.00/3-959, on the meeting with "
            "Khrushchev, cancelled the previous evening.",
            [["conversation", "1959-03-08", ["Khrushchev", "Thompson"]]],
        ),
        # H4 a24
        (
            "a24",
            "Cable, Puzanov to Gromyko, 14 March 1958, AVPRF, f. 0102, op. 14, p. 75, d. 6, ll. "
            "40–43, on his talk with Nam Il, whom Kim Il Sung had received that morning.",
            [["conversation", "1958-03-14", ["Nam Il", "Puzanov"]]],
        ),
        # H4 d9
        (
            "d9",
            "Telegram, Thompson to Rusk, 9 March 1959, NA, RG 59, 761.00/3-959. He had seen "
            "Khrushchev at the Bolshoi the evening before, but they did not speak.",
            [["conversation", "1959-03-08", ["Khrushchev", "Thompson"]]],
        ),
        # H5 b8
        (
            "b8",
            "Record of conversation, Gromyko with Selwyn Lloyd, 8 May 1957, AVPRF, f. 069, op. 44, p. "
            "201, d. 3, ll. 1–9; a second meeting the next day was cancelled.",
            [["conversation", "1957-05-09", ["Gromyko", "Selwyn Lloyd"]]],
        ),
        # H5 b9
        (
            "b9",
            "Record of conversation, Gromyko with Selwyn Lloyd, 8 May 1957, AVPRF, f. 069, op. 44, p. "
            "201, d. 3, ll. 1–9; Lloyd declined another meeting the following day.",
            [["conversation", "1957-05-09", ["Gromyko", "Selwyn Lloyd"]]],
        ),
        # H5 d2
        (
            "d2",
            "Record of conversation, Puzanov with Kim Il Sung, 24 August 1957, AVPRF, f. 0102, op. "
            "13, p. 72, d. 5, ll. 70–75; Kim asked for another meeting the next day.",
            [["conversation", "1957-08-25", ["Kim Il Sung", "Puzanov"]]],
        ),
        # H5 b12
        (
            "b12",
            "Record of conversation, Puzanov with Kim Il Sung, 24 August 1957, AVPRF, f. 0102, op. "
            "13, p. 72, d. 5, ll. 70–75. Rumours that the two met again the next day are unfounded.",
            [["conversation", "1957-08-25", ["Kim Il Sung", "Puzanov"]]],
        ),
        # H5 c6
        (
            "c6",
            "Record of conversation, Puzanov with Kim Il Sung, 24 August 1957, AVPRF, f. 0102, op. "
            "13, p. 72, d. 5, ll. 70–75. Kim then summoned Choe Yong-gon and Pak Chang-ok; the two "
            "met again the next day.",
            [["conversation", "1957-08-25", ["Kim Il Sung", "Puzanov"]]],
        ),
        # H6 a6
        (
            "a6",
            "Шифртелеграмма П.Ф. Юдина в МИД СССР, 30 сентября 1957 г. // АВП РФ. Ф. 0100. Оп. 50. П. "
            "423. Д. 9. Л. 101–106. Посол пересказывал состоявшуюся накануне беседу Мао Цзэдуна с "
            "Хрущёвым.",
            [["conversation", "1957-09-29", ["П.Ф. Юдина", "Хрущёвым"]]],
        ),
        # H6 a7
        (
            "a7",
            "Fernschreiben Botschafter Wandel an Außenminister Bolz, 14.6.1958, PA AA, MfAA, A 9021, "
            "Bl. 1–4. Wandel berichtete über das am Vortag geführte Gespräch Ulbrichts mit "
            "Chruschtschow.",
            [["conversation", "1958-06-13", ["Chruschtschow", "Wandel"]]],
        ),
        # H6 a8
        (
            "a8",
            "Telegram velvyslance Komzaly z Pekingu, 11. 5. 1959, AMZV, TO-T Čína 1955–1959, k. 3, o "
            "předchozího dne uskutečněném rozhovoru Novotného s Čou En-lajem.",
            [["conversation", "1959-05-10", ["Komzaly", "Čou En-lajem"]]],
        ),
        # H6 a9
        (
            "a9",
            "Szyfrogram ambasadora Gajewskiego z Hanoi, 3 III 1960, AMSZ, z. 8/52, w. 20, t. 301, k. "
            "9–11. Ambasador relacjonował odbytą poprzedniego dnia rozmowę Ho Chi Minha z Pham Van "
            "Dongiem.",
            [["conversation", "1960-03-02", ["Gajewskiego", "Pham Van Dongiem"]]],
        ),
        # H7 b14
        (
            "b14",
            "Cable, Beam to the Department of State, 4 March 1959, NA, RG 59, 611.93/3-459, on Mao's "
            "meeting with the Politburo the day before.",
            [["conversation", "1959-03-03", ["Mao"]]],
        ),
        # H7 c10
        (
            "c10",
            "Cable, Benediktov to Moscow, 4 March 1959, AVPRF, f. 090, op. 21, p. 60, d. 4, ll. 3–5, "
            "on Nehru's briefing of the Lok Sabha the previous day.",
            [["conversation", "1959-03-03", ["Lok Sabha", "Nehru"]]],
        ),
        # H7 c11
        (
            "c11",
            "Telegram, Menshikov to Gromyko, 23 October 1962, AVPRF, f. 0129, op. 46, p. 350, d. 5, "
            "ll. 1–3, on Kennedy's television talk the day before.",
            [["conversation", "1962-10-22", ["Kennedy"]]],
        ),
        # H7 c12
        (
            "c12",
            "Szyfrogram, Warszawa, 20 October 1956, AMSZ, z. 8/44, w. 12, t. 80, k. 3–5, reporting on "
            "Gomułka's meeting with the party aktiv the day before.",
            [["conversation", "1956-10-19", ["Gomułka"]]],
        ),
        # H8 b4
        (
            "b4",
            "Memorandum of conversation, Dulles with Selwyn Lloyd, 2 April 1957, NA, RG 59, "
            "611.41/4-257; see the New York Times, 4 April 1957; Lloyd's report to Macmillan of the "
            "same evening, TNA, PREM 11/1828.",
            [["report", "1957-04-04", ["Lloyd", "Macmillan"]]],
        ),
        # H8 b5
        (
            "b5",
            "Memorandum of conversation, Dulles with Selwyn Lloyd, 2 April 1957, NA, RG 59, "
            "611.41/4-257; Lloyd's report to Macmillan, April 1957, TNA, PREM 11/1828; Macmillan's "
            "letter to Eisenhower of the same day, ibid.",
            [["letter", "1957-04-02", ["Eisenhower", "Macmillan"]]],
        ),
        # H8 d1
        (
            "d1",
            "Record of conversation, Puzanov with Kim Il Sung, 2 June 1959, AVPRF, f. 0102, op. 15, "
            "p. 81, d. 7, ll. 40–49; Puzanov's talks with Nam Il on 4 and 9 June 1959 are described "
            "in his letters of the same days, ibid., ll. 50–61.",
            [["letter", "1959-06-02", ["Puzanov"]]],
        ),
        # H9 b23
        (
            "b23",
            "Telegram, Chervonenko to Gromyko, 11 October 1960, AVPRF, f. 0100, op. 53, p. 454, d. 8, "
            "ll. 36–38; Chervonenko's report of the same day, ll. 39–40, is its enclosure.",
            [["report", "1960-10-11", ["Chervonenko"]]],
        ),
        # H9 b24
        (
            "b24",
            "Cable, Bohlen to Dulles, 12 February 1955, NA, RG 59, 661.00/2-1255; Bohlen's despatch "
            "of the same day, NA, RG 59, 661.00/2-1255, repeats it.",
            [["report", "1955-02-12", ["Bohlen"]]],
        ),
        # H10 b7
        (
            "b7",
            "Letter, Ulbricht to Khrushchev, 5 March 1959, SAPMO-BArch, DY 30/3386, Bl. 5–8. Neither "
            "Grotewohl nor Rau wrote to Mikoyan the same day.",
            [["letter", "1959-03-05", ["Mikoyan", "Rau"]]],
        ),
        # H11 b15
        (
            "b15",
            "Cable, Beam to the Department of State, 4 March 1959, NA, RG 59, 611.93/3-459, reporting "
            "on rumours about a meeting between Kim Il Sung and Peng Dehuai the day before.",
            [["conversation", "1959-03-03", ["Kim Il Sung", "Peng Dehuai"]]],
        ),
        # H11 b16
        (
            "b16",
            "Cable, Beam to the Department of State, 4 March 1959, NA, RG 59, 611.93/3-459, on the "
            "meeting between Kim Il Sung and Peng Dehuai, postponed the day before.",
            [["conversation", "1959-03-03", ["Kim Il Sung", "Peng Dehuai"]]],
        ),
        # X a10
        (
            "a10",
            "Cable, Puzanov to Gromyko, 14 March 1958, AVPRF, f. 0102, op. 14, p. 75, d. 6, ll. "
            "40–43, forwarding Nam Il's account of his talk with Peng Dehuai the day before.",
            [["conversation", "1958-03-13", ["Peng Dehuai", "Puzanov"]]],
        ),
        # X c2
        (
            "c2",
            "Cable, Thompson to Rusk, 9 March 1959, NA, RG 59, 761.00/3-959, on Khrushchev's "
            "complaint about the conversation with Nixon the day before.",
            [["conversation", "1959-03-08", ["Nixon", "Thompson"]]],
        ),
    ],
)
def test_harm_not_read(case, text, wrong):
    got = comms(text)
    for kind, day, people in wrong:
        assert (kind, day, people) not in got, case


@pytest.mark.parametrize(
    ("case", "text", "right"),
    [
        # b4
        (
            "b4",
            "Memorandum of conversation, Dulles with Selwyn Lloyd, 2 April 1957, NA, RG 59, "
            "611.41/4-257; see the New York Times, 4 April 1957; Lloyd's report to Macmillan of the "
            "same evening, TNA, PREM 11/1828.",
            [["report", "1957-04-02", ["Lloyd", "Macmillan"]]],
        ),
        # d1
        (
            "d1",
            "Record of conversation, Puzanov with Kim Il Sung, 2 June 1959, AVPRF, f. 0102, op. 15, "
            "p. 81, d. 7, ll. 40–49; Puzanov's talks with Nam Il on 4 and 9 June 1959 are described "
            "in his letters of the same days, ibid., ll. 50–61.",
            [["letter", "1959-06-04", ["Puzanov"]], ["letter", "1959-06-09", ["Puzanov"]]],
        ),
        # c7
        (
            "c7",
            "Record of conversation, Gromyko with Selwyn Lloyd, 8 May 1957, AVPRF, f. 069, op. 44, p. "
            "201, d. 3, ll. 1–9. Lloyd saw Eden the next day.",
            [["conversation", "1957-05-09", ["Eden", "Selwyn Lloyd"]]],
        ),
        # c17
        (
            "c17",
            "Telegram, Chervonenko to Gromyko, 11 October 1960, AVPRF, f. 0100, op. 53, p. 454, d. 8, "
            "ll. 36–38. Chervonenko had conferred with Liu Xiao, the ambassador in Beijing, that "
            "morning.",
            [["conversation", "1960-10-11", ["Chervonenko", "Liu Xiao"]]],
        ),
        # c21
        (
            "c21",
            "Telegram, Bohlen to Dulles, 12 February 1955, NA, RG 59, 661.00/2-1255, on his "
            "discussions with Molotov and Malenkov that evening.",
            [["conversation", "1955-02-12", ["Bohlen", "Malenkov", "Molotov"]]],
        ),
        # c22
        (
            "c22",
            "Letter, Malik to Molotov, 3 June 1955, AVPRF, f. 06, op. 14, p. 12, d. 170, ll. 5–9. "
            "Malik had lunched with Shigemitsu and Hatoyama two days earlier.",
            [["conversation", "1955-06-01", ["Hatoyama", "Malik", "Shigemitsu"]]],
        ),
        # d4
        (
            "d4",
            "Telegram, Bohlen to Dulles, 28 February 1956, NA, RG 59, 661.00/2-2856. Bohlen had been "
            "received by Bulganin the previous night.",
            [["conversation", "1956-02-27", ["Bohlen", "Bulganin"]]],
        ),
        # d5
        (
            "d5",
            "Шифртелеграмма А.М. Пузанова в МИД СССР, 14 марта 1958 г. // АВП РФ. Ф. 0102. Оп. 14. П. "
            "75. Д. 6. Л. 40–43. Посол сообщал о своей беседе с Нам Иром днём ранее.",
            [["conversation", "1958-03-13", ["А.М. Пузанова", "Нам Иром"]]],
        ),
        # d7
        (
            "d7",
            "Cable, Puzanov to Gromyko, 14 March 1958, AVPRF, f. 0102, op. 14, p. 75, d. 6, ll. "
            "40–43, on his conversation the previous day with Nam Il.",
            [["conversation", "1958-03-13", ["Nam Il", "Puzanov"]]],
        ),
        # d10
        (
            "d10",
            "Telegram, Thompson to Rusk, 9 March 1959, NA, RG 59, 761.00/3-959. Thompson had met "
            "Khrushchev that morning, according to Izvestiia.",
            [["conversation", "1959-03-09", ["Khrushchev", "Thompson"]]],
        ),
        # d11
        (
            "d11",
            "Memorandum, Dulles to Eisenhower, 4 April 1957, DDEL, Dulles Papers, box 5. Dulles had "
            "talked with Lloyd the previous day, not with Eden.",
            [["conversation", "1957-04-03", ["Dulles", "Lloyd"]]],
        ),
        # b27
        (
            "b27",
            "Record of conversation, Puzanov with Kim Il Sung, 31 December 1957, AVPRF, f. 0102, op. "
            "13, p. 72, d. 5, ll. 70–75; a second talk between the two the next day.",
            [["conversation", "1958-01-01", ["Kim Il Sung", "Puzanov"]]],
        ),
    ],
)
def test_right_reading_kept(case, text, right):
    got = comms(text)
    for kind, day, people in right:
        assert (kind, day, people) in got, case


@pytest.mark.parametrize(
    "text",
    [
        "x the day before the plenum",
        "x la veille du plénum",
        "x am Vorabend des Parteitags",
        "x w przeddzień zjazdu partii",
        "x the day before Kim left",
        "x the day before he left",
    ],
)
def test_day_counted_from_another_event(text):
    assert REL_DAY.search(text) is None


@pytest.mark.parametrize("text", ["x the day before.", "x the day before, y", "x la veille.", "x w przeddzień, z"])
def test_day_before_alone(text):
    assert REL_DAY.search(text) is not None


def test_day_after_another_event():
    assert NEXT_DAY.search("a further talk the day after the debate in the Commons") is None
    assert NEXT_DAY.search("a further talk the day after.") is not None


def test_another_office_is_not_the_writer():
    # H3 a12, in a variant whose head gives the writer his office (the case itself gives none, and
    # "Cable, Ivan Benediktov to V.V. Kuznetsov …. The ambassador had talked with …" is the writer's)
    deputy = (
        "Cable, Deputy Foreign Minister Kuznetsov to Gromyko, 19 January 1961, AVPRF, f. 090, op. 23, p. 71, "
        "d. 5, ll. 2–4. The ambassador had called on Nehru the day before and found him tired."
    )
    assert [c for c in comms(deputy) if c[0] == "conversation"] == []
    envoy = (
        "Cable, Ambassador Benediktov to Kuznetsov, 19 January 1961, AVPRF, f. 090, op. 23, p. 71, d. 5, "
        "ll. 2–4. The ambassador had talked with Nehru that morning."
    )
    assert ("conversation", "1961-01-19", ["Benediktov", "Nehru"]) in comms(envoy)
