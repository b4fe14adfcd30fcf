"""Czech records of talks: the genitive alone ("Záznam rozhovoru X s Y") and talks called
"jednání" ("Záznam z jednání X s Y"), as "Záznam z rozhovoru" was read; a body's meeting is none."""

import pytest
from conftest import note_communications


@pytest.mark.parametrize(
    "text",
    [
        "Záznam rozhovoru O. Černíka s A.N. Kosyginem, 3. 10. 1968, NA, f. KSČ-ÚV-07/15, kart. 3, inv. č. 41, l. 1–4.",
        "Záznam z jednání O. Černíka s A.N. Kosyginem, 3. 10. 1968, NA, f. KSČ-ÚV-07/15, kart. 3, l. 5–9.",
        "Záznam o jednání O. Černíka s A.N. Kosyginem dne 3. 10. 1968, NA, f. KSČ-ÚV-07/15, kart. 3.",
    ],
)
def test_a_czech_record_of_talks_names_both_sides(text):
    found = note_communications(text)
    assert len(found) == 1 and found[0][0] == "1968-10-03" and len(found[0][1]) == 2


def test_a_bodys_session_is_no_talk_of_two():
    assert note_communications("Záznam jednání předsednictva ÚV KSČ, 4. 5. 1968, NA, f. KSČ-ÚV-02/1, sv. 60.") == []
