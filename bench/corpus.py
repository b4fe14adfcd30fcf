"""Write a synthetic notes file in the genre, for benchmarks and stress tests.

    python bench/corpus.py N [--seed S] [--out FILE]

N notes drawn from a generated pool of people (Soviet diplomats with initials, Korean and
Chinese leaders in several romanisations) so that names repeat realistically: conversation
records in English and Russian, letters, telegrams, diaries, Ibid., books and archival
locators. The same N and seed give the same file.
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

SURNAMES_RU = [
    "Ivanov",
    "Petrov",
    "Puzanov",
    "Pelishenko",
    "Kurdiukov",
    "Fedorenko",
    "Vereshchagin",
    "Samsonov",
    "Shesterikov",
    "Torbenkov",
    "Pimenov",
    "Lazarev",
    "Suzdalev",
    "Yudin",
    "Chervonenko",
    "Shtykov",
    "Razuvaev",
    "Makarov",
    "Sokolov",
    "Belov",
    "Orlov",
    "Zaitsev",
    "Volkov",
    "Kozlov",
    "Morozov",
]
RU_CYR = {"Ivanov": "Иванов", "Petrov": "Петров", "Puzanov": "Пузанов", "Sokolov": "Соколов", "Orlov": "Орлов"}
INITIALS = "ABVGDEIKLMNOPRSTFY"
KOREAN_FAMILY = ["Kim", "Pak", "Yi", "Ch'oe", "Nam", "Ko", "Ki", "Han", "Chŏng", "Song", "Kang", "Yun"]
KOREAN_SYLLABLES = [
    "Il",
    "Sŏng",
    "Chang",
    "Ok",
    "Ch'ang",
    "Ik",
    "Tu",
    "Bong",
    "Sang",
    "Cho",
    "Yong",
    "Kŏn",
    "Hŭi",
    "Man",
    "Chu",
    "Yŏn",
    "Kil",
    "Ŭi",
    "Wan",
    "Hyŏn",
    "Mo",
    "Sŏk",
    "Pok",
    "Ch'ŏl",
    "Su",
]
ROLES = [
    "Counsellor of the Embassy",
    "First Secretary of the Embassy",
    "chargé d'affaires",
    "Head of the Far Eastern Department",
    "Deputy Foreign Minister",
    "Minister of Foreign Affairs",
    "Vice-Premier",
    "head of the Consular Department",
]
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
RU_MONTHS = [
    "января",
    "февраля",
    "марта",
    "апреля",
    "мая",
    "июня",
    "июля",
    "августа",
    "сентября",
    "октября",
    "ноября",
    "декабря",
]


def _people(rng: random.Random, n: int) -> tuple[list[str], list[str]]:
    soviets = sorted({f"{rng.choice(INITIALS)}.{rng.choice(INITIALS)}. {rng.choice(SURNAMES_RU)}" for _ in range(n)})
    koreans = sorted(
        {
            f"{rng.choice(KOREAN_FAMILY)} {rng.choice(KOREAN_SYLLABLES)}-{rng.choice(KOREAN_SYLLABLES).lower()}"
            for _ in range(n)
        }
    )
    return soviets, koreans


def _date(rng: random.Random) -> tuple[int, int, int]:
    return rng.randint(1950, 1962), rng.randint(1, 12), rng.randint(1, 28)


def _locator(rng: random.Random) -> str:
    return (
        f"AVPRF, f. 0102, op. {rng.randint(6, 18)}, d. {rng.randint(1, 40)}, p. {rng.randint(20, 90)}, "
        f"ll. {(a := rng.randint(1, 300))}–{a + rng.randint(1, 9)}."
    )


def note_text(rng: random.Random, soviets: list[str], koreans: list[str]) -> str:
    """One note of a randomly chosen convention."""
    y, m, d = _date(rng)
    s, k = rng.choice(soviets), rng.choice(koreans)
    kind = rng.random()
    if kind < 0.40:
        return (
            f"Memo of Conversation of {s} ({rng.choice(ROLES)}) with {k} ({rng.choice(ROLES)}), "
            f"{d} {MONTHS[m - 1]} {y}. {_locator(rng)}"
        )
    if kind < 0.50:
        return f"Record of conversation, {s.split()[-1]}–{k}, {MONTHS[m - 1]} {d}, {y}, {_locator(rng)}"
    if kind < 0.60:
        return (
            f"Letter by {k} to {s}, {d} {MONTHS[m - 1]} {y}. RGANI, f. 5, op. 28, d. {rng.randint(100, 600)}, ll. 1–4."
        )
    if kind < 0.67:
        return f"Telegram from {s} to the CPSU Central Committee, {d}.{m:02d}.{y}. RGANI, f. 3, op. 12, d. 1005, l. 7."
    if kind < 0.75:
        return (
            f"Diary of the Soviet Ambassador {s}, 1 {MONTHS[m - 1]} to 28 {MONTHS[m - 1]} {y}, entry {d} "
            f"{MONTHS[m - 1]}. {_locator(rng)}"
        )
    if kind < 0.83:
        surname = s.split()[-1]
        cyr = RU_CYR.get(surname, surname)
        return (
            f"Запись беседы {s.split()[0]} {cyr}а с {k}. {d} {RU_MONTHS[m - 1]} {y} г. // АВП РФ. Ф. 0102. "
            f"Оп. {rng.randint(6, 18)}. Д. {rng.randint(1, 40)}. П. {rng.randint(20, 90)}. Л. {rng.randint(1, 300)}."
        )
    if kind < 0.90:
        return f"Ibid., l. {rng.randint(1, 300)}."
    if kind < 0.96:
        return (
            f"Andrei Lankov, Crisis in North Korea: the Failure of De-Stalinization, 1956 (Honolulu: University "
            f"of Hawaii Press, 2005), {rng.randint(1, 250)}."
        )
    return f"On the background of these talks see the discussion in chapter {rng.randint(1, 9)} above."


def write_corpus(n: int, seed: int, out) -> None:  # noqa: ANN001 - a text stream
    """Write `n` notes to `out` (a text stream), deterministic for `seed`."""
    rng = random.Random(seed)
    soviets, koreans = _people(rng, max(20, n // 40))
    out.write(f"# title: Synthetic corpus of {n} notes (seed {seed})\n# year: 2026\n\n")
    for i in range(1, n + 1):
        out.write(f"{i} {note_text(rng, soviets, koreans)}\n\n")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int, help="number of notes")
    parser.add_argument("--seed", type=int, default=1956)
    parser.add_argument("--out", type=Path, help="file to write (default: standard output)")
    args = parser.parse_args(argv)
    if args.out:
        with args.out.open("w", encoding="utf-8") as fh:
            write_corpus(args.n, args.seed, fh)
    else:
        write_corpus(args.n, args.seed, sys.stdout)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
