"""The glossary as CSV: the bytes Excel gets, the files Excel and others write, and the plan
that turns imported rows into new terms without duplicating or rewriting what is there."""

from __future__ import annotations

import codecs
import csv
import importlib.util
import io
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlmodel import Session

from desktop.core import glossary
from desktop.core.models import Term, TermSide, TermStatus
from desktop.core.participants import add_participant
from desktop.export import glossary_csv as gc
from desktop.export.glossary_csv import GlossaryRow

SAMPLES = Path(__file__).resolve().parents[1] / "fixtures" / "csv"
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
PROCUREMENT, DOMAIN = TermSide.PROCUREMENT.value, TermSide.DOMAIN.value


def _excel_cells(data: bytes) -> list[list[str]]:
    """The cells as Excel reads the file: no `'` removed, nothing translated."""
    text = data.decode("utf-8-sig")
    return list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))


def _row(term: str, side: str = PROCUREMENT, **fields: str) -> GlossaryRow:
    return GlossaryRow(side=side, term=term, **fields)


# -- export: the bytes ------------------------------------------------------------------


def test_export_is_utf8_with_bom_and_crlf_after_every_record() -> None:
    data = gc.csv_bytes([_row("Udbud"), _row("Jobparat", DOMAIN)], "da")

    assert data.startswith(codecs.BOM_UTF8)
    assert not data.startswith(codecs.BOM_UTF8 * 2)
    body = data[len(codecs.BOM_UTF8) :].decode("utf-8")
    assert body.endswith("\r\n")
    assert body.count("\r\n") == 3
    assert "\n" not in body.replace("\r\n", "")


def test_export_quotes_every_field_and_separates_with_semicolons() -> None:
    data = gc.csv_bytes([_row("Udbud", explanation='Et "udbud"; kort sagt')], "da")

    record = data.decode("utf-8-sig").split("\r\n")[1]
    assert record == ('"Indkøb";"Udbud";"Et ""udbud""; kort sagt";"";"";"Foreslået";"";""')


@pytest.mark.parametrize(
    ("lang", "header", "words"),
    [
        (
            "da",
            '"Side";"Begreb";"Forklaring";"Eksempel";"Kilde";"Status";"Forklaret af";"Modstykke"',
            ["Indkøb", "Fagområde", "Foreslået", "Aftalt", "Omstridt"],
        ),
        (
            "en",
            '"Side";"Term";"Explanation";"Example";"Source";"Status";"Explained by";"Counterpart"',
            ["Procurement", "Professional side", "Proposed", "Agreed", "Disputed"],
        ),
    ],
)
def test_export_writes_headers_sides_and_statuses_in_the_chosen_language(
    lang: str, header: str, words: list[str]
) -> None:
    rows = [
        _row("a", PROCUREMENT, status=TermStatus.PROPOSED.value),
        _row("b", DOMAIN, status=TermStatus.AGREED.value),
        _row("c", DOMAIN, status=TermStatus.DISPUTED.value),
    ]

    cells = _excel_cells(gc.csv_bytes(rows, lang))

    assert ";".join(f'"{c}"' for c in cells[0]) == header
    assert [c[0] for c in cells[1:]] == [words[0], words[1], words[1]]
    assert [c[5] for c in cells[1:]] == words[2:]


def test_export_refuses_a_language_it_has_no_words_for() -> None:
    with pytest.raises(ValueError, match="sv"):
        gc.csv_bytes([], "sv")


@pytest.mark.parametrize("start", [*FORMULA_START, "'="])
def test_export_puts_an_apostrophe_before_a_cell_excel_would_run(start: str) -> None:
    text = f'{start}HYPERLINK("http://x.example")'

    cells = _excel_cells(gc.csv_bytes([_row("Udbud", example=text)], "en"))

    assert cells[1][3] == "'" + text


def test_export_leaves_an_apostrophe_not_before_a_formula_alone() -> None:
    cells = _excel_cells(gc.csv_bytes([_row("'t is", example="Kim's 'citat'")], "da"))

    assert cells[1][1:4] == ["'t is", "", "Kim's 'citat'"]


def test_write_csv_to_a_path_and_to_a_stream_gives_the_same_bytes(tmp_path: Path) -> None:
    rows = [_row("Udbud", explanation="æøå\nlinje 2")]
    stream = io.BytesIO()

    gc.write_csv(rows, tmp_path / "ud.csv", "da")
    gc.write_csv(rows, stream, "da")

    assert (tmp_path / "ud.csv").read_bytes() == stream.getvalue() == gc.csv_bytes(rows, "da")


def test_write_csv_into_a_missing_folder_fails_with_a_message_and_leaves_nothing(
    tmp_path: Path,
) -> None:
    target = tmp_path / "væk" / "ud.csv"

    with pytest.raises(gc.CsvFileError) as failed:
        gc.write_csv([_row("Udbud")], target, "da")

    assert "kan ikke skrives" in failed.value.message("da")
    assert str(target) in failed.value.message("en")
    assert not target.parent.exists()


def test_write_csv_over_an_earlier_file_replaces_it_whole(tmp_path: Path) -> None:
    target = tmp_path / "ud.csv"
    target.write_bytes(b"gammelt indhold, meget langere end det nye" * 100)

    gc.write_csv([_row("Udbud")], target, "da")

    assert target.read_bytes() == gc.csv_bytes([_row("Udbud")], "da")
    assert [p.name for p in tmp_path.iterdir()] == ["ud.csv"]


# -- round trip (property) -------------------------------------------------------------

PIECES = [
    ";",
    ",",
    '"',
    '""',
    "'",
    "\n",
    "\r\n",
    "\r",
    "\t",
    "=",
    "+",
    "-",
    "@",
    " ",
    "😀",
    "👩🏽‍⚕️",
    "مرحبا",  # Arabic, right to left
    "שלום",  # Hebrew, right to left
    "\u200f",  # right-to-left mark
    "æøå ÆØÅ",
    "§ 17, stk. 2",
    "\ufeff",
]
_piece = st.one_of(
    st.sampled_from(PIECES),
    st.text(st.characters(exclude_categories=("Cs",)), max_size=4),
)
_plain = st.lists(_piece, max_size=6).map("".join)
_cell = st.one_of(
    _plain,
    st.tuples(st.sampled_from([*FORMULA_START, "'", "''"]), _plain).map("".join),
)
_rows = st.lists(
    st.builds(
        GlossaryRow,
        side=st.sampled_from([PROCUREMENT, DOMAIN]),
        term=_cell.filter(lambda t: t.strip() != ""),
        explanation=_cell,
        example=_cell,
        source=_cell,
        status=st.sampled_from([s.value for s in TermStatus]),
        taught_by=_cell,
        counterpart=_cell,
    ),
    max_size=4,
)


@settings(max_examples=500, deadline=None)
@given(rows=_rows, lang=st.sampled_from(gc.LANGUAGES))
def test_export_then_import_gives_back_every_value_and_excel_runs_no_cell(
    rows: list[GlossaryRow], lang: str
) -> None:
    data = gc.csv_bytes(rows, lang)

    result = gc.parse_csv(data)

    assert result.problems == []
    assert result.ignored_columns == []
    assert result.rows == rows
    excel = _excel_cells(data)
    assert len(excel) == len(rows) + 1
    for cells in excel:
        assert len(cells) == len(gc.FIELDS)
        assert not [c for c in cells if c.startswith(FORMULA_START)]


def test_a_very_long_explanation_survives_export_and_import() -> None:
    rows = [_row("Udbud", explanation='æøå; "lang"\n' * 30_000)]  # 300,000 characters

    assert gc.parse_csv(gc.csv_bytes(rows, "da")).rows == rows


# -- import: what other programs write ---------------------------------------------------


def test_fixture_generator_still_writes_the_committed_samples() -> None:
    spec = importlib.util.spec_from_file_location("make_samples", SAMPLES / "make_samples.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)

    for name, data in module.SAMPLES.items():
        assert (SAMPLES / name).read_bytes() == data, name


def test_danish_excel_file_is_read_with_its_quoted_line_break_and_quotes() -> None:
    result = gc.read_csv(SAMPLES / "excel_da.csv")

    assert result.problems == []
    assert (result.encoding, result.delimiter) == ("utf-8-sig", ";")
    assert [(r.line, r.side, r.term, r.status) for r in result.rows] == [
        (2, PROCUREMENT, "Tærskelværdi", "agreed"),
        (4, PROCUREMENT, "Leverandør", "proposed"),
        (5, DOMAIN, "Anden aktør", "disputed"),
        (6, DOMAIN, "Jobparat", "agreed"),
    ]
    first, second, third, fourth = result.rows
    assert first.explanation == "Beløbsgrænsen; over den gælder EU's udbudsregler fuldt ud."
    assert first.example == "En kontrakt til 1,8 mio. kr.\nover fire år"
    assert first.taught_by == "Åse Ærenlund"
    assert second.explanation == 'Den, der leverer ydelsen – fx en "anden aktør".'
    assert (second.counterpart, third.counterpart) == ("Anden aktør", "Leverandør")
    assert third.taught_by == "Dr. Yasmin مرحبا"
    assert fourth.explanation.endswith("👍")


def test_an_older_export_with_the_header_laert_af_still_imports_who_explained_it() -> None:
    """Exports before issue 16 wrote "Lært af"; today's write "Forklaret af". Both are read."""
    assert "Forklaret af" in gc.HEADERS["da"] and "Lært af" not in gc.HEADERS["da"]
    old = "\ufeffSide;Begreb;Lært af\r\nIndkøb;Udbud;Ida Indkøb\r\n".encode()
    new = "\ufeffSide;Begreb;Forklaret af\r\nIndkøb;Udbud;Ida Indkøb\r\n".encode()
    for raw in (old, new):
        result = gc.parse_csv(raw)
        assert result.problems == [] and result.ignored_columns == []
        assert [(r.term, r.taught_by) for r in result.rows] == [("Udbud", "Ida Indkøb")]


def test_comma_separated_utf8_without_bom_is_read_in_its_own_column_order() -> None:
    result = gc.read_csv(SAMPLES / "komma_utf8.csv")

    assert result.problems == []
    assert (result.encoding, result.delimiter) == ("utf-8", ",")
    assert [(r.side, r.term, r.status) for r in result.rows] == [
        (PROCUREMENT, "Rammeaftale", "agreed"),
        (DOMAIN, "Løntilskud", "proposed"),
        (DOMAIN, "Mentorstøtte", "proposed"),
    ]
    assert result.rows[0].explanation == (
        "Aftale med en eller flere leverandører, som kommunen køber af."
    )
    assert result.rows[0].example == ""


def test_windows_1252_file_is_read_as_the_danish_text_it_is() -> None:
    result = gc.read_csv(SAMPLES / "windows1252.csv")

    assert result.problems == []
    assert result.encoding == "cp1252"
    udbud, sagsbehandler = result.rows
    assert udbud.explanation == "Når kommunen køber over tærskelværdien – og skal følge reglerne."
    assert udbud.example == "Ærø Kommunes indkøb af kørsel"
    assert udbud.source == "Udbudsloven § 2"
    assert sagsbehandler.side == DOMAIN
    assert sagsbehandler.explanation.endswith("befordring til 25 €.")
    assert sagsbehandler.example == "ØSTERGÅRD"
    everything = repr(result.rows)
    assert "Ã" not in everything and "Â" not in everything


def test_file_in_dos_code_page_is_refused_not_read_as_nonsense() -> None:
    raw = "Side;Begreb\r\nIndkøb;Udbud\r\nFagområde;Fællesskab\r\n".encode("cp850")

    result = gc.parse_csv(raw)

    assert result.rows == []
    [problem] = result.problems
    assert problem.line == 2
    assert "UTF-8" in problem.da and "Windows-1252" in problem.en


def test_file_mixing_utf8_and_windows_1252_is_refused_never_stored_as_mojibake() -> None:
    # Read as Windows-1252, the UTF-8 dash on line 3 would be stored as "â€“".
    raw = "Side;Begreb\r\nIndkøb;Udbud\r\n".encode("cp1252") + "Procurement;SKI – kort\r\n".encode()

    result = gc.parse_csv(raw)

    assert result.rows == []
    [problem] = result.problems
    assert problem.line == 3
    assert "CSV UTF-8" in problem.da


def test_excel_unicode_text_with_tabs_is_read() -> None:
    raw = codecs.BOM_UTF16_LE + "Begreb\tSide\r\nØkonomi\tIndkøb\r\n".encode("utf-16-le")

    result = gc.parse_csv(raw)

    assert result.problems == []
    assert [(r.side, r.term) for r in result.rows] == [(PROCUREMENT, "Økonomi")]


def test_malformed_rows_are_listed_with_the_line_they_start_on() -> None:
    result = gc.read_csv(SAMPLES / "to_fejl.csv")

    assert [(p.line, p.en) for p in result.problems] == [
        (4, "The row has no term."),
        (5, "The row has 5 fields, but the header has 4."),
    ]
    assert [(r.line, r.term) for r in result.rows] == [(2, "Option"), (7, "Fleksjob")]
    assert result.rows[0].explanation == "Ret til at forlænge\r\nkontrakten"


def test_unknown_columns_are_ignored_and_reported_and_english_headers_read() -> None:
    result = gc.read_csv(SAMPLES / "engelsk_ekstra_kolonne.csv")

    assert result.problems == []
    assert result.ignored_columns == ["Notes"]
    assert [(r.side, r.term, r.status, r.counterpart) for r in result.rows] == [
        (PROCUREMENT, "Framework agreement", "agreed", "Job-ready"),
        (DOMAIN, "Job-ready", "disputed", "Framework agreement"),
    ]
    assert "ask Kim" not in repr(result.rows)


@pytest.mark.parametrize(
    ("side", "status", "expected"),
    [
        ("Indkøb", "Foreslået", (PROCUREMENT, "proposed")),
        ("FAGOMRÅDE", "aftalt", (DOMAIN, "agreed")),
        ("Procurement", "Disputed", (PROCUREMENT, "disputed")),
        ("professional side", "AGREED", (DOMAIN, "agreed")),
        ("domain", "disputed", (DOMAIN, "disputed")),
        (" procurement ", "", (PROCUREMENT, "proposed")),
    ],
)
def test_side_and_status_are_read_in_either_language_or_as_stored(
    side: str, status: str, expected: tuple[str, str]
) -> None:
    raw = f"Side;Begreb;Status\r\n{side};Udbud;{status}\r\n".encode()

    [row] = gc.parse_csv(raw).rows

    assert (row.side, row.status) == expected


def test_unknown_side_and_status_are_problems_of_their_line() -> None:
    raw = "Side;Begreb;Status\r\nIndkøb;Udbud;Aftalt\r\nHR;Løn;Aftalt\r\nIndkøb;SKI;Måske\r\n"

    result = gc.parse_csv(raw.encode())

    assert [r.term for r in result.rows] == ["Udbud"]
    assert [(p.line, p.da) for p in result.problems] == [
        (3, "Ukendt side »HR«. Brug Indkøb eller Fagområde."),
        (4, "Ukendt status »Måske«. Brug Foreslået, Aftalt eller Omstridt."),
    ]


def test_a_header_without_the_term_column_is_refused_on_line_1() -> None:
    result = gc.parse_csv(b"Side;Forklaring\r\nIndk\xc3\xb8b;Noget\r\n")

    assert result.rows == []
    assert [(p.line, p.en) for p in result.problems] == [
        (1, "The column “Term” is missing from the header.")
    ]


@pytest.mark.parametrize("raw", [b"", codecs.BOM_UTF8, b"\r\n\r\n"])
def test_an_empty_file_is_a_problem_not_an_empty_import(raw: bytes) -> None:
    result = gc.parse_csv(raw)

    assert [(p.line, p.en) for p in result.problems] == [(1, "The file is empty.")]


def test_a_file_without_known_headers_is_refused() -> None:
    result = gc.parse_csv(b"Udbud;Indk\xc3\xb8b\r\n")

    assert [p.line for p in result.problems] == [1]
    assert "Side; Begreb" in result.problems[0].da


def test_blank_lines_and_rows_of_only_separators_are_skipped_silently() -> None:
    raw = b"Side;Begreb;Status\r\n\r\n;;\r\nIndk\xc3\xb8b;SKI;\r\n;;\r\n"

    result = gc.parse_csv(raw)

    assert result.problems == []
    assert [(r.line, r.term) for r in result.rows] == [(4, "SKI")]


def test_a_quote_never_closed_is_reported_where_it_opens() -> None:
    raw = b'Side;Begreb\r\nIndk\xc3\xb8b;SKI\r\nIndk\xc3\xb8b;"Udbud\r\nFagomr\xc3\xa5de;X\r\n'

    result = gc.parse_csv(raw)

    assert [r.term for r in result.rows] == ["SKI"]
    assert [(p.line, p.en) for p in result.problems] == [
        (3, "A quotation mark opened here is never closed.")
    ]


def test_text_after_a_closing_quote_is_a_problem_and_later_rows_still_read() -> None:
    raw = b'Side;Begreb\r\n"Indk\xc3\xb8b"x;SKI\r\nIndk\xc3\xb8b;Udbud\r\n'

    result = gc.parse_csv(raw)

    assert [p.line for p in result.problems] == [2]
    assert [r.term for r in result.rows] == ["Udbud"]


def test_data_under_a_column_without_header_is_reported_not_silently_lost() -> None:
    raw = b"Side;Begreb;\r\nIndk\xc3\xb8b;SKI;\r\nIndk\xc3\xb8b;Udbud;vigtigt\r\n"

    result = gc.parse_csv(raw)

    assert result.problems == []
    assert result.ignored_columns == ["(3)"]


@pytest.mark.parametrize(
    ("cell", "stored"),
    [
        ("'=SUM(A1:A3)", "=SUM(A1:A3)"),
        ("'-  punkt", "-  punkt"),
        ("''=x", "'=x"),
        ("'hej", "'hej"),
        ("Kim's", "Kim's"),
        ("=1+1", "=1+1"),  # typed without protection: kept as it is, it is only text here
    ],
)
def test_import_drops_the_apostrophe_that_protects_a_formula_and_no_other(
    cell: str, stored: str
) -> None:
    raw = f'Side;Begreb;Eksempel\r\nIndkøb;Udbud;"{cell}"\r\n'.encode()

    [row] = gc.parse_csv(raw).rows

    assert row.example == stored


def test_read_csv_of_a_missing_file_fails_with_a_message(tmp_path: Path) -> None:
    with pytest.raises(gc.CsvFileError) as failed:
        gc.read_csv(tmp_path / "væk.csv")

    assert "kan ikke læses" in failed.value.message("da")


# -- from a workshop, and into one --------------------------------------------------------


def _people(session: Session) -> dict[str, str]:
    return {
        name: add_participant(session, name=name).id for name in ("Ida Indkøb", "Jonas Jobcenter")
    }


def test_rows_from_workshop_name_the_teacher_and_the_counterpart(session: Session) -> None:
    people = _people(session)
    udbud = glossary.add_term(
        session, side=PROCUREMENT, term="Udbud", status="agreed", taught_by=people["Ida Indkøb"]
    )
    tilbud = glossary.add_term(session, side=DOMAIN, term="Tilbud", explanation="Et forløb")
    glossary.add_term(session, side=PROCUREMENT, term="SKI", source="Lov om SKI")
    glossary.link_terms(session, first_id=udbud.id, second_id=tilbud.id)

    rows = gc.rows_from_workshop(session)

    assert rows == [
        GlossaryRow(
            PROCUREMENT, "Udbud", status="agreed", taught_by="Ida Indkøb", counterpart="Tilbud"
        ),
        GlossaryRow(PROCUREMENT, "SKI", source="Lov om SKI"),
        GlossaryRow(DOMAIN, "Tilbud", explanation="Et forløb", counterpart="Udbud"),
    ]


def _apply(session: Session, rows: list[GlossaryRow]) -> gc.ImportPlan:
    plan = gc.import_rows(session, rows)
    glossary.add_terms(session, plan.rows)
    return plan


def _by_term(session: Session) -> dict[tuple[str, str], Term]:
    return {(t.side, t.term): t for t in glossary.list_terms(session)}


def test_import_finds_teachers_by_name_in_any_case(session: Session) -> None:
    people = _people(session)

    plan = _apply(session, [_row("Udbud", taught_by=" ida indkøb ")])

    assert plan.notices == []
    assert _by_term(session)[(PROCUREMENT, "Udbud")].taught_by == people["Ida Indkøb"]


def test_import_leaves_an_unknown_teacher_empty_with_a_notice(session: Session) -> None:
    _people(session)

    plan = _apply(session, [GlossaryRow(PROCUREMENT, "Udbud", taught_by="Ukendt Person", line=7)])

    assert _by_term(session)[(PROCUREMENT, "Udbud")].taught_by is None
    [notice] = plan.notices
    assert notice.da.startswith("linje 7: »Ukendt Person«")
    assert "Explained by" in notice.en


def test_import_links_counterparts_among_new_rows_and_to_existing_terms(
    session: Session,
) -> None:
    jobparat = glossary.add_term(session, side=DOMAIN, term="Jobparat")

    plan = _apply(
        session,
        [
            _row("Leverandør", counterpart="anden aktør"),  # named before it exists
            _row("Anden aktør", DOMAIN, counterpart="Leverandør"),
            _row("Mindstekrav", counterpart="JOBPARAT"),
        ],
    )

    assert plan.notices == []
    terms = _by_term(session)
    leverandor, aktor = terms[(PROCUREMENT, "Leverandør")], terms[(DOMAIN, "Anden aktør")]
    mindstekrav = terms[(PROCUREMENT, "Mindstekrav")]
    assert (leverandor.counterpart_id, aktor.counterpart_id) == (aktor.id, leverandor.id)
    assert mindstekrav.counterpart_id == jobparat.id
    assert terms[(DOMAIN, "Jobparat")].counterpart_id == mindstekrav.id


def test_import_looks_for_a_counterpart_only_on_the_other_side(session: Session) -> None:
    glossary.add_term(session, side=PROCUREMENT, term="Udbud")

    plan = _apply(session, [_row("SKI", counterpart="Udbud")])

    assert _by_term(session)[(PROCUREMENT, "SKI")].counterpart_id is None
    [notice] = plan.notices
    assert "not on the other side" in notice.en


def test_import_never_takes_an_existing_terms_counterpart_away(session: Session) -> None:
    udbud = glossary.add_term(session, side=PROCUREMENT, term="Udbud")
    tilbud = glossary.add_term(session, side=DOMAIN, term="Tilbud")
    glossary.link_terms(session, first_id=udbud.id, second_id=tilbud.id)

    plan = _apply(session, [_row("Indkøb", counterpart="Tilbud")])

    terms = _by_term(session)
    assert terms[(DOMAIN, "Tilbud")].counterpart_id == udbud.id
    assert terms[(PROCUREMENT, "Udbud")].counterpart_id == tilbud.id
    assert terms[(PROCUREMENT, "Indkøb")].counterpart_id is None
    [notice] = plan.notices
    assert "already has a counterpart" in notice.en


def test_two_imported_rows_naming_the_same_counterpart_link_only_the_first(
    session: Session,
) -> None:
    plan = _apply(
        session,
        [
            _row("Tilbud", DOMAIN),
            _row("Udbud", counterpart="Tilbud"),
            _row("Indkøb", counterpart="Tilbud"),
        ],
    )

    terms = _by_term(session)
    assert terms[(DOMAIN, "Tilbud")].counterpart_id == terms[(PROCUREMENT, "Udbud")].id
    assert terms[(PROCUREMENT, "Indkøb")].counterpart_id is None
    assert len(plan.notices) == 1


def test_import_skips_and_counts_terms_already_on_the_same_side(session: Session) -> None:
    glossary.add_term(session, side=PROCUREMENT, term="Udbud", explanation="vores egen")

    plan = _apply(
        session,
        [
            _row("UDBUD", explanation="fra filen"),
            _row("Udbud", DOMAIN),  # the other side's word: a term of its own
            _row("SKI"),
            _row("ski "),  # twice in the file: once in the workshop
        ],
    )

    assert [r.term for r in plan.skipped] == ["UDBUD", "ski "]
    terms = glossary.list_terms(session)
    assert sorted((t.side, t.term) for t in terms) == [
        (DOMAIN, "Udbud"),
        (PROCUREMENT, "SKI"),
        (PROCUREMENT, "Udbud"),
    ]
    assert _by_term(session)[(PROCUREMENT, "Udbud")].explanation == "vores egen"


def test_an_import_is_undone_by_deleting_its_terms_and_redone_by_restoring_them(
    session: Session,
) -> None:
    glossary.add_term(session, side=DOMAIN, term="Jobparat")
    before = gc.rows_from_workshop(session)
    plan = gc.import_rows(
        session,
        [
            _row("Mindstekrav", counterpart="Jobparat"),
            _row("SKI", counterpart="Aktør"),
            _row("Aktør", DOMAIN, counterpart="SKI"),
        ],
    )
    ids = glossary.add_terms(session, plan.rows)
    after = gc.rows_from_workshop(session)

    snapshots = glossary.delete_terms(session, term_ids=ids)
    assert gc.rows_from_workshop(session) == before
    assert _by_term(session)[(DOMAIN, "Jobparat")].counterpart_id is None

    glossary.restore_terms(session, snapshots=snapshots)
    assert gc.rows_from_workshop(session) == after


def test_a_workshops_glossary_survives_export_and_import_into_another(
    session: Session, tmp_path: Path
) -> None:
    from desktop.storage.document import create_document

    people = _people(session)
    a = glossary.add_term(session, side=PROCUREMENT, term="Udbud", taught_by=people["Ida Indkøb"])
    b = glossary.add_term(
        session,
        side=DOMAIN,
        term="Tilbud",
        example="=1+1",
        status="disputed",
        taught_by=people["Jonas Jobcenter"],
    )
    glossary.add_term(session, side=DOMAIN, term="Jobparat", explanation="linje 1\r\nlinje 2")
    glossary.link_terms(session, first_id=a.id, second_id=b.id)
    exported = gc.rows_from_workshop(session)
    data = gc.csv_bytes(exported, "en")

    other = create_document(tmp_path / "Anden.tvaers")
    try:
        with other.session() as target:
            _people(target)
            plan = _apply(target, gc.parse_csv(data).rows)
            assert plan.notices == [] and plan.skipped == []
            assert gc.rows_from_workshop(target) == exported
    finally:
        other.close(save=False)
