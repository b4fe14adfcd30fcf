"""The sovereigns' names are data (data/sovereigns.toml), each with its source, and only they make
"King"/"Queen" a title."""

from pathlib import Path

import pytest

from kg1956.errors import SourceError
from kg1956.extract.names import parse_participant
from kg1956.extract.sovereigns import SOVEREIGNS_FILE, load_sovereign_names


def test_every_entry_of_the_shipped_file_has_names_and_a_source():
    import tomllib

    entries = tomllib.loads(SOVEREIGNS_FILE.read_text(encoding="utf-8"))["sovereign"]
    assert entries and all(e["names"] and e["source"].strip() and e["reign"] for e in entries)
    assert "Hussein" in load_sovereign_names() and "Gordon" not in load_sovereign_names()


@pytest.mark.parametrize(
    ("phrase", "name", "role"),
    [
        ("King Hussein", "Hussein", "King"),
        ("Queen Juliana", "Juliana", "Queen"),
        ("King Gordon", "King Gordon", None),  # a man's name: Gordon reigned nowhere
        ("King George Street", "King George Street", None),  # named after one: no title
    ],
)
def test_king_is_a_title_only_before_a_listed_name(phrase, name, role):
    mention = parse_participant(phrase, 0)
    assert (mention.text if mention else None, mention.role if mention else None) == (name, role)


def test_names_come_longest_first_then_alphabetical(tmp_path: Path):
    listed = tmp_path / "s.toml"
    listed.write_text(
        '[[sovereign]]\nnames = ["Olav"]\nsource = "x"\n[[sovereign]]\nnames = ["Baudouin", "Zog", "Abc"]\nsource = "y"\n',
        encoding="utf-8",
    )
    assert load_sovereign_names(listed) == ("Baudouin", "Olav", "Abc", "Zog")


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ('[[sovereign]]\nnames = ["Olav"]\n', "needs a 'source'"),
        ('[[sovereign]]\nnames = []\nsource = "x"\n', "needs 'names'"),
        ("[[sovereign]\n", "cannot read"),
    ],
)
def test_a_broken_file_is_named_in_one_line(tmp_path: Path, text, says):
    broken = tmp_path / "broken.toml"
    broken.write_text(text, encoding="utf-8")
    with pytest.raises(SourceError) as raised:
        load_sovereign_names(broken)
    assert str(broken) in str(raised.value) and says in str(raised.value) and "\n" not in str(raised.value)
