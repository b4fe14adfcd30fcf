"""`kg1956 report site`: a static website of the seed build that works from file://."""

from __future__ import annotations

import re
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
import typer
from typer.testing import CliRunner

CHROMIUM = shutil.which("chromium") or ("/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else None)
KURDIUKOV_DATES = ("1956-06-16", "1956-08-09", "1956-11-28")


@pytest.fixture(scope="module")
def site(seed_build_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """`kg1956 report site` run through its Typer command on the seed build."""
    from kg1956.cli_site import register

    app = typer.Typer()
    report = typer.Typer()
    register(report)
    app.add_typer(report, name="report")
    out = tmp_path_factory.mktemp("site")
    result = CliRunner().invoke(app, ["report", "site", "--out", str(out), "--data", str(seed_build_dir)])
    assert result.exit_code == 0, result.output
    assert result.output.startswith("wrote ")
    return out


def _pages(site: Path) -> list[Path]:
    return sorted(site.rglob("*.html"))


class _Structure(HTMLParser):
    """Hrefs/srcs, the html lang, and a stack check of the landmark and block elements."""

    CHECKED = {"html", "head", "body", "main", "nav", "header", "footer", "section", "article", "ul", "ol", "table"}

    def __init__(self) -> None:
        super().__init__()
        self.links: list[str] = []
        self.lang = None
        self.stack: list[str] = []
        self.errors: list[str] = []
        self.mains = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag == "html":
            self.lang = a.get("lang")
        if tag == "main":
            self.mains += 1
        for key in ("href", "src"):
            if a.get(key):
                self.links.append(a[key])
        if tag in self.CHECKED:
            self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in self.CHECKED:
            if not self.stack or self.stack[-1] != tag:
                self.errors.append(f"</{tag}> closes {self.stack[-1] if self.stack else 'nothing'}")
            else:
                self.stack.pop()


def test_site_has_every_kind_of_page(site: Path) -> None:
    assert (site / "index.html").is_file() and (site / "site.css").is_file()
    assert (site / "people" / "yi-sang-cho.html").is_file()
    assert len(list((site / "notes").glob("*.html"))) == 62
    assert list((site / "records").glob("*.html"))


def test_every_relative_link_resolves(site: Path) -> None:
    broken = []
    for page in _pages(site):
        parser = _Structure()
        parser.feed(page.read_text(encoding="utf-8"))
        for link in parser.links:
            parts = urlsplit(link)
            assert not parts.scheme and not parts.netloc, f"{page}: external link {link}"
            if not parts.path:
                continue
            if not (page.parent / unquote(parts.path)).resolve().is_file():
                broken.append(f"{page.relative_to(site)} → {link}")
    assert not broken, broken[:10]


def test_every_page_is_well_formed_html5(site: Path) -> None:
    """html5lib's strict parser when installed; else html.parser with doctype, lang and tag-balance checks."""
    try:
        import html5lib
    except ImportError:
        html5lib = None
    for page in _pages(site):
        text = page.read_text(encoding="utf-8")
        assert text.startswith("<!DOCTYPE html>"), page
        if html5lib is not None:
            parser = html5lib.HTMLParser(strict=True)
            parser.parse(text)  # raises ParseError on any HTML5 parse error
        structure = _Structure()
        structure.feed(text)
        structure.close()
        assert structure.lang == "en", page
        assert structure.mains == 1, page
        assert not structure.errors and not structure.stack, (page, structure.errors, structure.stack)
        assert re.search(r"<title>[^<]+</title>", text), page
        assert re.search(r"<h1[ >]", text), page


def test_yi_sang_cho_page_lists_his_kurdiukov_conversations(site: Path) -> None:
    text = (site / "people" / "yi-sang-cho.html").read_text(encoding="utf-8")
    for date in KURDIUKOV_DATES:
        assert re.search(
            rf'<time datetime="{date}">{date}</time> · conversation with <a href="../people/i-f-kurdiukov.html">I\.F\. Kurdiukov</a>',
            text,
        ), date
    assert "<td>Li Sang-cho</td>" in text
    assert '<mark class="mention">Yi Sang-jo</mark>' in text
    assert "AVPRF, fond 0102, opis 12, delo 4, papka 68" in text
    dates = re.findall(r'<time datetime="([\d-]+)">', text)
    assert dates == sorted(dates)


def test_record_page_shows_the_archival_hierarchy(site: Path) -> None:
    page = site / "records" / "conversation-1956-06-16-i-f-kurdiukov--yi-sang-cho.html"
    text = page.read_text(encoding="utf-8")
    crumbs = re.findall(
        r"<li[^>]*>(?:<abbr[^>]*>)?([^<]+)", text.split('aria-label="Archival location"')[1].split("</nav>")[0]
    )
    assert crumbs == ["AVPRF", "fond 0102", "opis 12", "delo 4", "papka 68"]
    assert "note 15" in text and "Translation" in text


def test_note_page_links_its_mentions(site: Path) -> None:
    text = (site / "notes" / "lankov-selivanov-2018-15.html").read_text(encoding="utf-8")
    assert '<a class="person" href="../people/yi-sang-cho.html">Yi Sang-jo</a>' in text
    assert 'class="record" href="../records/conversation-1956-06-16-i-f-kurdiukov--yi-sang-cho.html"' in text


def test_site_is_deterministic(site: Path, seed_build_dir: Path, tmp_path: Path) -> None:
    from kg1956.datasource import open_source
    from kg1956.site import write_site

    write_site(open_source(seed_build_dir), tmp_path)
    first = {p.relative_to(site): p.read_bytes() for p in site.rglob("*") if p.is_file()}
    second = {p.relative_to(tmp_path): p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()}
    assert first == second


def _chromium(args: list[str], profile: Path) -> subprocess.CompletedProcess:
    base = [
        CHROMIUM,
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        f"--user-data-dir={profile}",
    ]
    return subprocess.run(base + args, capture_output=True, text=True, timeout=120, check=False)


@pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed")
def test_pages_render_in_a_headless_browser(site: Path, tmp_path: Path) -> None:
    person = (site / "people" / "yi-sang-cho.html").resolve().as_uri()
    dom = _chromium(["--dump-dom", person], tmp_path / "profile").stdout
    for date in KURDIUKOV_DATES:
        assert date in dom
    assert "Li Sang-cho" in dom
    for name, page in (("person", person), ("index", (site / "index.html").resolve().as_uri())):
        shot = tmp_path / f"{name}.png"
        _chromium([f"--screenshot={shot}", "--window-size=1280,1600", page], tmp_path / "profile")
        assert shot.is_file() and shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
