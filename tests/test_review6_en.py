"""Review 6 counter-examples to the English rules read from blind set 16: notes the rules were not
written for, on which they did harm (each test failed before its fix)."""

from __future__ import annotations

from conftest import people_in

from kg1956.extract.citations import extract_note
from kg1956.models import Note


def _comms(text: str):
    return [c for cit in extract_note(Note("t", 1, text, 1)).citations for c in cit.communications]


# F4: Russian-style 'Ai' for 애 is 애 only, never 우, 오 or 요 under the looser rules
def test_russian_style_ai_is_not_u_o_or_yo(tmp_path):
    people = people_in(
        tmp_path,
        """
1. Record of conversation between A.M. Puzanov and Pak Chen Ai, 4 May 1958, AVPRF, f. 0102, op. 14, p. 76, d. 7, ll. 3–5.

2. Record of conversation between V.I. Pelishenko and Pak Chong-u, 6 May 1958, AVPRF, f. 0102, op. 14, p. 76, d. 8, ll. 1–2.

3. Record of conversation between A.M. Puzanov and Kim Chang-o, 7 May 1958, AVPRF, f. 0102, op. 14, p. 76, d. 9, ll. 1–2.

4. Record of conversation between V.I. Pelishenko and Kim Chan Ai, 8 May 1958, AVPRF, f. 0102, op. 14, p. 76, d. 10, ll. 1–2.

5. Record of conversation between A.M. Puzanov and Ri Sin Ai, 9 May 1958, AVPRF, f. 0102, op. 14, p. 76, d. 11, ll. 1–2.

6. Record of conversation between V.I. Pelishenko and Ri Sin-yo, 10 May 1958, AVPRF, f. 0102, op. 14, p. 76, d. 12, ll. 1–2.
""",
    )
    for name in ("Pak Chen Ai", "Pak Chong-u", "Kim Chang-o", "Kim Chan Ai", "Ri Sin Ai", "Ri Sin-yo"):
        assert {name} in people, name


def test_russian_style_ai_and_mccune_reischauer_ae_do_not_chain_to_u(tmp_path):
    people = people_in(
        tmp_path,
        """
1. Запись беседы В.И. Пелишенко с Пак Чен У, 6 мая 1958 г. // АВП РФ. Ф. 0102. Оп. 14. П. 76. Д. 8. Л. 1–2.

2. Record of conversation between A.M. Puzanov and Pak Chen Ai, 7 May 1958, AVPRF, f. 0102, op. 14, p. 76, d. 7, ll. 3–5.

3. Record of conversation between A.M. Puzanov and Pak Chong-ae, 8 May 1958, AVPRF, f. 0102, op. 14, p. 76, d. 9, ll. 1–2.
""",
    )
    assert {"Pak Chen Ai", "Pak Chong-ae"} in people
    assert not any("Pak Chong-ae" in spellings and any("Пак" in s for s in spellings) for spellings in people)
