"""Notes files → Source records.

Two formats: a captured article web page with a notes section under a heading such as
"Notes", "Endnotes" or "Примечания" (title, pages and date read from the page; a
`<stem>.meta.toml` sidecar fills what the page lacks), and a plain notes file (optional
`# key: value` header lines, then numbered notes, apart or line by line).
Text is normalised to NFC with Unix line ends, so offsets are stable.
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from pathlib import Path

from kg1956.errors import SourceError
from kg1956.models import Note, Source
from kg1956.romanize import slugify

# "12 Text", "12. Text", "12.Text", "12) Text", "[12] Text"; a number alone on its line starts a note
# whose text follows on the next lines
_NOTE_START = re.compile(r"^[ \t]*(?:\[(\d{1,6})\][ \t]*|(\d{1,6})(?:[.)]?[ \t]+|\.(?=[A-ZА-ЯЁ«\"“„'‘])))(?=\S)")
_NUMBER_ALONE = re.compile(r"^[ \t]*(?:\[(\d{1,6})\]|(\d{1,6})[.)]?)[ \t]*$")
# the heading of a page's notes section, in the languages of the genre
_NOTES_HEADING = re.compile(
    r"^(?:notes|endnotes|footnotes|notes and references|примечания|сноски|anmerkungen|"
    r"fußnoten|jegyzetek|przypisy|poznámky)\s*:?$",
    re.IGNORECASE,
)
_HEADER = re.compile(r"^#\s*([A-Za-z_-]+)\s*:\s*(.*)$")
_SECTION_END = re.compile(
    r"^(?:Additional information|Funding|Notes on contributors|References|Bibliography|"
    r"Acknowledg(?:e)?ments|Log in via your institution)\s*$"
)
_PAGES = re.compile(r"Pages\s+(\d+\s*[-–]\s*\d+)")
_PUBLISHED = re.compile(r"Published online:\s*(\d{1,2}\s+\w+\s+\d{4})")
MAX_BYTES = 200 * 1024 * 1024


def notes_files(paths: list[Path]) -> list[Path]:
    """The notes files named: a folder stands for the .txt files in it, in name order."""
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            inside = sorted(p for p in path.glob("*.txt") if p.is_file())
            if not inside:
                raise SourceError(f"{path}: a folder with no .txt notes file in it")
            files += inside
        else:
            files.append(path)
    return files


def read_text(path: Path, encoding: str = "utf-8") -> str:
    """Read a notes file as text; raise SourceError with a fix for every problem."""
    if not path.exists():
        raise SourceError(f"{path}: no such file")
    if path.is_dir():
        raise SourceError(f"{path}: is a directory, expected a notes file")
    size = path.stat().st_size
    if size == 0:
        raise SourceError(f"{path}: the file is empty")
    if size > MAX_BYTES:
        raise SourceError(f"{path}: {size} bytes is larger than the {MAX_BYTES} byte limit")
    data = path.read_bytes()
    if b"\x00" in data[:8192]:
        raise SourceError(f"{path}: looks like a binary file, expected UTF-8 text")
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise SourceError(
            f"{path}:{line}: not valid {encoding} text (byte {exc.start}); "
            "if it is Latin-1 or CP1251, pass --encoding latin-1 or --encoding cp1251"
        ) from None
    except LookupError:
        raise SourceError(f"unknown encoding {encoding!r}") from None
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    return unicodedata.normalize("NFC", text)


def _clean(text: str) -> str:
    text = re.sub(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]", " ", text)
    return re.sub(r"[ \t]*\n[ \t]*", " ", text).strip()


def _note_number(match: re.Match[str]) -> int:
    return int(match.group(1) or match.group(2))


def parse_notes(
    lines: list[str], first_line: int, slug: str, path: Path, warnings: list[str] | None = None
) -> tuple[Note, ...]:
    """Numbered notes from lines. A note starts where a line begins with its number
    (`12`, `12.`, `12)` or `[12]`) after a blank line, or with the next number in sequence
    when notes follow each other line by line; a number alone on its line starts a note
    whose text follows. A note runs until the next one starts.

    Notes out of order are kept, with a warning; a number used twice is an error."""
    notes: list[Note] = []
    current: list[str] = []
    number = line_no = 0
    seen: dict[int, int] = {}
    highest = 0  # the largest number so far (max(seen) each time made reading quadratic)
    previous_blank = True
    started = False

    def close() -> None:
        if any(line.strip() for line in current):  # kept even if nothing printable is left
            notes.append(Note(slug, number, _clean("\n".join(current)), line_no))
        elif started and warnings is not None:
            warnings.append(f"{path}:{line_no}: note {number} has no text")

    for offset, line in enumerate(lines):
        m = _NOTE_START.match(line)
        alone = None if m else _NUMBER_ALONE.match(line)
        found = m or alone
        if found:
            n = _note_number(found)
            # a number alone, or without a blank line before it, must be the next in sequence
            in_sequence = n == highest + 1
            opens = in_sequence if alone else (previous_blank or not started or in_sequence)
        if found and opens:
            close()
            number, line_no, started = n, first_line + offset, True
            if number in seen:
                raise SourceError(f"{path}:{line_no}: note {number} appears twice (first at line {seen[number]})")
            if seen and number < highest and warnings is not None:
                warnings.append(f"{path}:{line_no}: note {number} comes after note {highest}")
            seen[number] = line_no
            highest = max(highest, number)
            current = [line[m.end() :]] if m else []
        elif line.strip() and started:
            current.append(line)
        previous_blank = not line.strip()
    close()
    return tuple(notes)


def _sidecar(path: Path) -> dict[str, object]:
    meta = path.with_name(path.stem + ".meta.toml")
    if not meta.exists():
        return {}
    try:
        return tomllib.loads(meta.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise SourceError(f"{meta}: not valid TOML ({exc})") from None


def _authors(value: object) -> tuple[str, ...]:
    if isinstance(value, list):
        return tuple(str(v).strip() for v in value if str(v).strip())
    if isinstance(value, str):
        return tuple(a.strip() for a in re.split(r";|\s+&\s+|\s+and\s+", value) if a.strip())
    return ()


def _notes_section(lines: list[str], slug: str, path: Path) -> tuple[int, tuple[Note, ...], list[str]] | None:
    """The notes under a page's "Notes" heading (or Endnotes, Примечания, Anmerkungen …),
    up to the next section; of several such headings, the one with the most notes."""
    best = None
    for at, line in enumerate(lines):
        if not _NOTES_HEADING.match(line.strip()):
            continue
        end = next((i for i in range(at + 1, len(lines)) if _SECTION_END.match(lines[i].strip())), len(lines))
        warnings: list[str] = []
        notes = parse_notes(lines[at + 1 : end], at + 2, slug, path, warnings)
        if notes and (best is None or len(notes) > len(best[1])):
            best = (at, notes, warnings)
    return best


def load_source(path: Path, encoding: str = "utf-8") -> Source:
    """Read one notes file (article page or plain notes) into a Source."""
    text = read_text(path, encoding)
    lines = text.split("\n")
    slug = slugify(path.stem)
    meta: dict[str, object] = dict(_sidecar(path))
    warnings: list[str] = []
    section = None if _HEADER.match(lines[0]) else _notes_section(lines, slug, path)
    if section is not None:
        notes_at, notes, section_warnings = section
        warnings += section_warnings
        head = "\n".join(lines[:notes_at])
        if "title" not in meta:
            title_at = next((i for i, line in enumerate(lines[:notes_at]) if line.strip() == "Original Articles"), None)
            if title_at is not None:
                meta["title"] = next(line.strip() for line in lines[title_at + 1 :] if line.strip())
        if (m := _PAGES.search(head)) and "pages" not in meta:
            meta["pages"] = m.group(1)
        if (m := _PUBLISHED.search(head)) and "published" not in meta:
            meta["published"] = m.group(1)
    else:
        body_start = 0
        for i, line in enumerate(lines):
            h = _HEADER.match(line)
            if h:
                meta.setdefault(h.group(1).lower(), h.group(2).strip())
                body_start = i + 1
            elif line.strip():
                break
        notes = parse_notes(lines[body_start:], body_start + 1, slug, path, warnings)
    if not notes:
        raise SourceError(
            f"{path}: no numbered notes found "
            "(each note starts a line with its number: '12 Text', '12. Text' or '[12] Text')"
        )
    return Source(
        slug=slug,
        path=str(path),
        title=str(meta["title"]) if meta.get("title") else None,
        authors=_authors(meta.get("authors")),
        year=str(meta["year"]) if meta.get("year") else None,
        pages=str(meta["pages"]) if meta.get("pages") else None,
        published=str(meta["published"]) if meta.get("published") else None,
        publisher=str(meta["publisher"]) if meta.get("publisher") else None,
        notes=notes,
        warnings=tuple(warnings),
    )
