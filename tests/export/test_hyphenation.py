"""Issue 17, item 3: words in narrow columns break at their syllables, marked with a hyphen,
in the document's language; e-mail addresses and CPV codes never break.

The PDFs are read back with pypdf: a table cell's lines come out one per line, so a word
broken across lines shows as its pieces, each but the last ending in the hyphen reportlab
added ("kontrakt-" / "opfølgning"); cut without one it shows as "kontraktopfølgni" / "ng".
"""

from __future__ import annotations

import io
import itertools
import json
import re
from pathlib import Path

import pyphen
import pytest
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate

from desktop.export import hyphenation
from desktop.export.hyphenation import hyphenator, protect
from desktop.export.styles import Styles, make_styles, table

from .pdf_reading import Pdf

GLOSSARIES = Path(__file__).resolve().parents[2] / "resources" / "glossaries"

# The issue's compounds and others of the vocabularies, with their proper breaks (checked by
# hand against Dansk Sprognævn's rules: at the compound's joint, the linking s with the first
# part, no piece of one letter).
PROPER = {
    "kontraktopfølgning": "kon-trakt-op-følg-ning",
    "virksomhedspraktik": "virk-som-heds-prak-tik",
    "Bostøttekoordinator": "Bo-støt-te-ko-or-di-na-tor",
    "tilbudsfrist": "til-buds-frist",
    "udbudspligt": "ud-buds-pligt",
    "jobafklaringsforløb": "job-af-kla-rings-for-løb",
    "konkurrenceudsættelse": "kon-kur-ren-ce-ud-sæt-tel-se",
    "ledighedsydelse": "le-dig-heds-ydel-se",
    "løntilskud": "løn-til-skud",
    "samværstilbud": "sam-værs-til-bud",
    "leverandørstyring": "le-ve-ran-dør-sty-ring",
    "voksenudredningsmetoden": "vok-sen-ud-red-nings-me-to-den",
    "socialområde": "so-ci-al-om-rå-de",
    "beskæftigelsesindsatsen": "be-skæf-ti-gel-ses-ind-sat-sen",
    "kontraktopfølgningen": "kon-trakt-op-følg-nin-gen",
    "mentorstøtte": "men-tor-støt-te",
    "danskundervisning": "dansk-under-vis-ning",
}

WIDTHS_MM = (20, 24, 28, 32)  # narrow columns; at each width the words break elsewhere


def _breaks(hyphenated: str) -> set[int]:
    at, found = 0, set()
    for piece in hyphenated.split("-")[:-1]:
        at += len(piece)
        found.add(at)
    return found


def render_column(
    texts: list[str], styles: Styles, width_mm: float, style: ParagraphStyle | None = None
) -> list[str]:
    """Each text in its own row of a one-column house table `width_mm` wide; the lines of
    the PDF as pypdf reads them."""
    out = io.BytesIO()
    doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm)
    doc.build([table([[styles.cell(t, style)] for t in texts], [width_mm * mm], header=False)])
    pdf = Pdf.of(out.getvalue())
    lines: list[str] = []
    for page in pdf.reader.pages:
        lines += [line.strip() for line in page.extract_text().splitlines() if line.strip()]
    return lines


def pieces_of(words: list[str], lines: list[str]) -> dict[str, list[str]]:
    """Each word's lines (one row holds one word): lines are taken until, with the hyphens
    at their ends taken off, they spell the word."""
    found: dict[str, list[str]] = {}
    rest = list(lines)
    for word in words:
        taken: list[str] = []
        while "".join(p[:-1] if p.endswith("-") else p for p in taken) != word:
            assert rest, f"{word!r} not found whole; its lines: {taken}"
            taken.append(rest.pop(0))
            spelled = "".join(p[:-1] if p.endswith("-") else p for p in taken)
            assert word.startswith(spelled) or spelled == word or taken[-1].endswith("-"), (
                f"{word!r} printed as {taken}"
            )
        found[word] = taken
    return found


def break_positions(pieces: list[str]) -> tuple[set[int], list[str]]:
    """Where the word broke (length of the head), and the pieces that end a line without the
    hyphen a break needs."""
    at, found, unmarked = 0, set(), []
    for piece in pieces[:-1]:
        if not piece.endswith("-"):
            unmarked.append(piece)
            at += len(piece)
        else:
            at += len(piece) - 1
        found.add(at)
    return found, unmarked


def _glossary_words(least: int = 10) -> list[str]:
    words: set[str] = set()
    for path in sorted(GLOSSARIES.glob("*.json")):
        for term in json.loads(path.read_text(encoding="utf-8"))["terms"]:
            words.update(w for w in re.findall(r"[^\W\d_]+", term["term_da"]) if len(w) >= least)
    return sorted(words)


# -- the hyphenator -------------------------------------------------------------------------


@pytest.mark.parametrize(("word", "proper"), sorted(PROPER.items()))
def test_danish_words_may_break_only_at_their_proper_breaks(word: str, proper: str) -> None:
    assert hyphenator("da").inserted(word) == proper


def test_danish_breaks_are_the_patterns_own_or_listed_corrections() -> None:
    """Every break the hyphenator allows is one of pyphen da_DK's, or one of a compound listed
    with its proper breaks; never a piece of one letter."""
    patterns = pyphen.Pyphen(lang="da_DK")
    listed = {c.replace("-", ""): _breaks(c) for c in hyphenation.DANISH_COMPOUNDS}
    for word in _glossary_words() + list(PROPER):
        allowed = set(patterns.positions(word))
        lower = word.lower()
        for stem, breaks in listed.items():
            start = lower.find(stem)
            if start >= 0:
                allowed |= {start + b for b in breaks}
        at = hyphenator("da").positions(word)
        assert set(at) <= allowed, (word, hyphenator("da").inserted(word))
        edges = [0, *at, len(word)]
        assert all(b - a >= 2 for a, b in itertools.pairwise(edges)), word


def test_one_hyphenator_per_language_and_it_remembers_words() -> None:
    assert hyphenator("da") is hyphenator("da")
    assert hyphenator("en") is not hyphenator("da")
    assert hyphenator("xx") is hyphenator("da")  # an unknown language prints Danish
    styles = make_styles("da")
    assert styles.td.hyphenationLang is hyphenator("da")
    assert make_styles("en").td.hyphenationLang is hyphenator("en")
    hyphenator("da").positions.cache_clear()
    first = hyphenator("da")("kontraktopfølgning")
    assert hyphenator("da")("kontraktopfølgning") is first
    assert hyphenator("da").positions.cache_info().misses <= 1
    assert first[0] == ("kontraktopfølg", "ning")  # the longest head first
    # What went to the next line breaks as part of the whole word, not as a word of its own.
    assert hyphenator("da")("traktopfølgning")[-1] == ("trakt", "opfølgning")


def test_short_names_are_not_hyphenated_long_capitalised_compounds_are() -> None:
    styles = make_styles("da")
    for width_mm in (32, 34):  # where "Kon-" would fit after "Kim"
        lines = render_column(["Forklaret af Kim Kontrakt"], styles, width_mm, styles.td_small)
        assert lines == ["Forklaret af Kim", "Kontrakt"], lines
    assert hyphenator("da")("Petersen") == ()
    for name in ("Aðalsteinn", "Šćepanović", "Christensen", "Papadopoulos"):
        assert hyphenator("da")(name) == () == hyphenator("en")(name), name
    assert hyphenator("da")("Wójcik-Kowalska") == ()  # reportlab may break at the hyphen


def test_a_run_of_letters_longer_than_any_word_is_not_hyphenated() -> None:
    assert hyphenator("da")("abcdefghijklmnopqrstuvwxyz" * 100) == ()


def test_words_with_hyphens_break_inside_a_part_never_next_to_a_hyphen() -> None:
    assert hyphenator("da").inserted("light-regimet") == "light-re-gi-met"
    assert hyphenator("da").inserted("IT-systemet") == "IT-sy-ste-met"
    assert hyphenator("da").inserted("EU-udbuddet") == "EU-ud-bud-det"
    assert hyphenator("da").inserted("a-kasserne") == "a-kas-ser-ne"
    # Capitalised parts under 13 letters are names to it: no break but reportlab's own.
    assert hyphenator("da").positions("Europa-Parlamentets") == ()


# -- narrow columns in the PDF --------------------------------------------------------------


@pytest.mark.parametrize("width_mm", WIDTHS_MM)
def test_issue_compounds_break_at_syllables_with_a_hyphen(width_mm: float) -> None:
    """Fails on the main before hyphenation: reportlab cut "kontraktopfølgni" / "ng"."""
    styles = make_styles("da")
    words = list(PROPER)
    lines = render_column(words, styles, width_mm)
    broken = 0
    for word, pieces in pieces_of(words, lines).items():
        at, unmarked = break_positions(pieces)
        assert not unmarked, f"{word!r} cut without a hyphen at {width_mm} mm: {pieces}"
        assert at <= _breaks(PROPER[word]), f"{word!r} broke wrongly at {width_mm} mm: {pieces}"
        broken += bool(at)
    assert broken >= 3  # the column is narrow enough to break them


# 26 mm holds a capitalised word of 12 letters, which is not hyphenated (NAME_LENGTH).
@pytest.mark.parametrize("width_mm", (26, 30))
def test_vocabulary_terms_break_at_syllables_in_every_style_of_a_cell(width_mm: float) -> None:
    styles = make_styles("da")
    words = _glossary_words()
    assert len(words) > 40
    for style in (styles.td, styles.td_bold, styles.td_small):
        lines = render_column(words, styles, width_mm, style)
        for word, pieces in pieces_of(words, lines).items():
            at, unmarked = break_positions(pieces)
            assert not unmarked, f"{word!r} cut without a hyphen: {pieces}"
            assert at <= set(hyphenator("da").positions(word)), (word, pieces)


def test_compounds_in_running_text_of_a_narrow_cell_break_at_syllables() -> None:
    styles = make_styles("da")
    text = (
        "Bostøttekoordinatoren står for kontraktopfølgningen, og virksomhedspraktikken "
        "aftales med jobcentrets virksomhedskonsulent"
    )
    for width_mm in WIDTHS_MM:
        lines = render_column([text], styles, width_mm)
        assert len(lines) >= 4
        words: list[tuple[str, set[int]]] = []  # each word as printed, and where it broke
        pending, breaks = "", set[int]()
        for line in lines:
            tokens = line.split()
            tokens[0] = pending + tokens[0]
            pending, carried, breaks = "", breaks, set()
            if tokens[-1].endswith("-"):
                pending = tokens.pop()[:-1]
                breaks = (carried if not tokens else set()) | {len(pending)}
            for i, token in enumerate(tokens):
                words.append((token, carried if i == 0 else set()))
        assert not pending
        assert [w for w, _ in words] == text.split(), lines
        for word, at in words:
            assert at <= set(hyphenator("da").positions(word.strip(","))), (word, lines)
        assert any(at for _, at in words)


def test_english_minutes_break_with_the_english_dictionary_where_danish_agrees() -> None:
    """English minutes of a Danish workshop: the labels are English, what people typed is
    mostly Danish, so a break must be right in both dictionaries."""
    styles = make_styles("en")
    words = [
        "procurement",
        "accommodation",
        "rehabilitation",
        "employment",
        "administration",
        "requirements",
        "danskundervisning",
        "kontraktopfølgning",
    ]
    english = pyphen.Pyphen(lang="en_GB", left=2, right=3)
    broken = 0
    for width_mm in (22, 26, 30):  # fewer breaks than in Danish: 18 mm cuts "danskund"
        lines = render_column(words, styles, width_mm)
        for word, pieces in pieces_of(words, lines).items():
            at, unmarked = break_positions(pieces)
            assert not unmarked, (word, pieces)
            assert at <= set(english.positions(word)), (word, pieces)
            assert at <= set(hyphenator("da").positions(word)), (word, pieces)
            broken += bool(at)
    assert broken >= 6
    assert hyphenator("en").inserted("procurement") == "pro-cure-ment"  # not Danish "cu-re"
    assert hyphenator("en").inserted("danskundervisning") == "danskunder-vis-ning"


# -- what never breaks ----------------------------------------------------------------------


ADDRESSES = ["mette.hansen@aarhus.dk", "jobcenter@kk.dk", "a.b-c@odense.dk"]
CODES = ["85312320-8", "80000000-4", "79620000-6"]


def test_protect_marks_addresses_and_cpv_codes_nobr() -> None:
    markup = "Skriv til mette.hansen@aarhus.dk om 85312320-8, ikke 2027-09-01 eller IT-system."
    assert protect(markup) == (
        "Skriv til <nobr>mette.hansen@aarhus.dk</nobr> om <nobr>85312320-8</nobr>, "
        "ikke 2027-09-01 eller <nobr>IT-system</nobr>."
    )
    assert protect("Helt almindelig tekst") == "Helt almindelig tekst"


def test_cells_of_user_text_keep_addresses_and_codes_nobr() -> None:
    styles = make_styles("da")
    cell = styles.cell("CPV 85312320-8, kontakt mette.hansen@aarhus.dk")
    assert isinstance(cell, Paragraph)
    kept = {f.text for f in cell.frags if getattr(f, "nobr", False)}
    assert kept == {"85312320-8", "mette.hansen@aarhus.dk"}


def _as_printed(expected: str) -> re.Pattern[str]:
    """`expected` as it may read in the PDF's flat text: broken at a line's end with an
    added hyphen ("forenin- ger") or after its own ("light- regimet")."""
    parts = []
    for c, after in zip(expected, expected[1:] + " ", strict=True):
        parts.append(re.escape(c))
        if re.match(r"[^\W\d_]", after):
            parts.append("(?:- )?" if re.match(r"[^\W\d_]", c) else " ?" if c == "-" else "")
    return re.compile("".join(parts))


def test_words_with_hyphens_keep_them_in_a_cell_of_several_lines() -> None:
    """reportlab breaks a word after its own hyphen where no syllable fits, and in a
    paragraph of several runs (a cell with line breaks) lays it out again with that hyphen
    lost: "lightre-gimet", "CPVko-den". Kept whole, it cannot."""
    styles = make_styles("da")
    text = (
        "Tjek først, om en eksisterende aftale dækker behovet.\n\nKontraktværdien "
        "12.000.000 kr. er på eller over tærskelværdien for sociale og andre specifikke "
        "tjenesteydelser, ca. 5,60 mio. kr. (omregnet fra EUR 750.000, 2026–27): "
        "light-regimet (udbudslovens afsnit III) gælder sandsynligvis. CPV-koden står i "
        "udbudslovens bilag 10.\n\nVejledende – ikke juridisk rådgivning"
    )
    for width_mm in range(40, 90, 3):
        text_read = " ".join(render_column([text], styles, width_mm, styles.td_small))
        for word in ("light-regimet (udbudslovens", "CPV-koden står"):
            assert _as_printed(word).search(text_read), (width_mm, text_read)


@pytest.mark.parametrize("lang", ("da", "en"))
@pytest.mark.parametrize("width_mm", (30, 45))
def test_addresses_and_cpv_codes_in_a_narrow_cell_never_break(lang: str, width_mm: int) -> None:
    """Each after a word that leaves too little of the line: it goes whole to the next."""
    styles = make_styles(lang)
    texts = [f"Koordinator {a}" for a in ADDRESSES if width_mm == 45 or len(a) < 18]
    texts += [f"Tjenesteydelser {code} ydelse" for code in CODES]
    texts += [f"Kontaktperson hos kommunen {code}" for code in CODES]
    for style in (styles.td, styles.td_small):
        lines = render_column(texts, styles, width_mm, style)
        tokens = " ".join(lines).split()
        for whole in [*ADDRESSES, *CODES]:
            if any(whole in t for t in texts):
                assert whole in tokens, (whole, lines)
            for token in tokens:
                piece = token.removesuffix("-")
                if piece != whole and len(piece) >= 2:
                    assert not whole.startswith(piece), (whole, lines)
                    assert not whole.endswith(piece), (whole, lines)
