"""End to end: the demo workshop (docs/SCENARIO.md) written to a file, its Danish
minutes exported headless by `python -m desktop export`, and every item of the scenario's
"What the minutes must show" checked in the PDF read back."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.core.canvas_templates import NEEDS_MAPPING, ROOT_PROBLEMS, load_template
from desktop.core.demo import ACTIONS, DEMO_TITLE
from desktop.core.demo_canvas import EMOJI_NOTE, MARKUP_NOTE
from desktop.core.demo_delivery import SERVICES
from desktop.core.demo_signoff import DECISIONS, DIRECTOR, EDITED_AFTERWARDS, HEAD_OF_CENTRE
from desktop.core.money import contract_value, format_dkk
from desktop.export.minutes import SECTIONS
from desktop.export.words import words
from tests.conftest import copy_workshop
from tests.export.pdf_reading import Pdf, flat


@pytest.fixture(scope="module")
def pdf(tmp_path_factory: pytest.TempPathFactory, demo_file: Path) -> Pdf:
    folder = tmp_path_factory.mktemp("e2e_minutes")
    env = {**os.environ, "TVAERS_DATA_DIR": str(folder / "data"), "PYTHONIOENCODING": "utf-8"}
    copy_workshop(demo_file, folder / "demo.tvaers")
    out = folder / "referat.pdf"
    result = subprocess.run(
        [sys.executable, "-m", "desktop", "export", str(folder / "demo.tvaers"), "-o", str(out)],
        cwd=folder,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return Pdf.of(Path(out))


def test_every_section_is_there_in_danish_and_in_order(pdf: Pdf) -> None:
    text = pdf.text()
    assert "Referat af workshop" in pdf.page_text(1)
    danish = words("da")
    titles = [danish[f"section_{key}"] for key in SECTIONS if key != "cover"]
    assert titles == [
        "Deltagere",
        "Fælles sprog",
        "Rodproblemer og behov",
        "Leveringsmodel",
        "Kontrakter og udbudskalender",
        "Business case og økonomisk råderum",
        "Markedsdialog",
        "Beslutninger og godkendelser",
        "Opfølgning",
    ]
    # Each section's title is in the PDF's outline, in the minutes' order, on the page
    # where the section starts (a section may start on the page where the last one ends).
    reader = pdf.reader
    entries = [e for e in reader.outline if not isinstance(e, list)]
    assert [e.title for e in entries] == ["Forside", *titles]
    starts = [reader.get_destination_page_number(e) + 1 for e in entries[1:]]
    assert starts == sorted(starts) and starts[0] >= 2
    for title, page in zip(titles, starts, strict=True):
        assert title in pdf.page_text(page)
    for what, *_ in ACTIONS:
        assert flat(what) in text


def test_the_notes_print_exactly_as_typed(pdf: Pdf) -> None:
    text = pdf.text()
    assert MARKUP_NOTE in text  # "<" and "&" literally
    without_emoji = EMOJI_NOTE.replace("🤔", "").strip()
    assert without_emoji in text


def test_each_canvas_is_drawn_on_a_landscape_page_of_its_own(pdf: Pdf) -> None:
    landscape = [n for n in range(1, pdf.pages + 1) if pdf.size(n)[0] > pdf.size(n)[1]]
    assert len(landscape) >= 2
    drawn = " ".join(pdf.page_text(n) for n in landscape)
    for key in (ROOT_PROBLEMS, NEEDS_MAPPING):
        template = load_template(key)
        assert template.title_da in drawn
        for zone in template.zones:
            assert zone.title_da in drawn


def test_totals_per_column_in_danish_format(pdf: Pdf) -> None:
    text = pdf.text()
    for placement in ("undecided", "internal", "external", "mixed", "not_buying"):
        cards = [s for s in SERVICES if s.placement.value == placement]
        annual = sum(s.annual_cost_dkk or 0 for s in cards)
        values = [contract_value(s.annual_cost_dkk, s.contract_years) for s in cards]
        known = [v for v in values if v is not None]
        contract = format_dkk(sum(known) if known else None, lang="da")  # no years: no value
        line = (
            f"Ydelser: {len(cards)} · anslået årlig udgift i alt: "
            f"{format_dkk(annual, lang='da')} · samlet kontraktværdi: {contract}"
        )
        assert line in text, placement
    for service in SERVICES:
        assert flat(service.title) in text


def test_the_stale_sign_off_is_marked_with_what_changed(pdf: Pdf) -> None:
    text = pdf.text()
    start = text.index("Beslutninger og godkendelser", text.index("Leveringsmodel ", 2000))
    section = text[start : text.index("Opfølgning", start)]
    for decision in DECISIONS:
        assert flat(decision.title) in section
    # Each decision in full, under its numbered heading (the titles are in the ranking above).
    first, second = f"1. {flat(EDITED_AFTERWARDS)}", f"2. {flat(DECISIONS[1].title)}"
    edited = section[section.index(first) : section.index(second)]
    assert "Ændret efter godkendelse" in edited
    assert "Beløb: fra »1.100.000 kr.« til »1.240.000 kr.«" in edited


def test_signature_lines_for_the_approvers(pdf: Pdf) -> None:
    text = pdf.text()
    # Each decision's lines, up to the next decision's sign-offs, the end of the page or the
    # next section (the follow-up actions name approvers too).
    parts = text.split("Navn Titel Dato Underskrift")[1:]
    blocks = [
        b.split("Godkendelser")[0].split(" Referat Side ")[0].split("Opfølgning")[0] for b in parts
    ]
    assert len(blocks) == len(DECISIONS)
    for block, decision in zip(blocks, DECISIONS, strict=True):
        approvers = {s.approver for s in decision.sign_offs}
        for name in (HEAD_OF_CENTRE, DIRECTOR):
            assert (name in block) == (name in approvers), (decision.title, name)


def test_side_x_af_y_on_every_page(pdf: Pdf) -> None:
    assert pdf.pages > 10
    for number in range(1, pdf.pages + 1):
        page = pdf.page_text(number)
        assert page.startswith(DEMO_TITLE), number
        assert f"Side {number} af {pdf.pages}" in page, number


def test_the_market_dialogue_marks_what_one_supplier_heard(pdf: Pdf) -> None:
    from desktop.core.demo_dialogue import INFOS, MEETINGS

    text = pdf.text()
    start = text.index("Markedsdialog", text.index("Leveringsmodel ", 2000))
    section = text[start : text.index("Beslutninger og godkendelser", start)]
    for _day, supplier, _attendees, questions in MEETINGS:
        assert flat(supplier) in section and flat(questions) in section
    one_sided = flat(INFOS[1][0])
    assert (
        f"»{one_sided}« er givet til Psykologhuset Nord ApS, men ikke til "
        "Trivselsklinikken A/S og Samtalerummet I/S."
    ) in section
    assert f"01.03.2027: {flat(INFOS[2][0])}" in section


def test_the_business_case_favours_in_house_and_lists_what_to_follow_up(pdf: Pdf) -> None:
    from desktop.core.demo_cases import MEASURES

    text = pdf.text()
    start = text.index("Business case og økonomisk råderum", text.index("Leveringsmodel ", 2000))
    section = text[start : text.index("Beslutninger og godkendelser", start)]
    assert "Jobsøgningskurser" in section
    assert "Intern levering er 441.000 kr. billigere end køb over 4 år." in section
    assert "Råderum +176.000 kr. over 4 år" in section
    assert "Hele tavlen +176.000 kr. over 4 år 1 5" in section
    follow_up = section[section.index("Resultater der skal følges op") :]
    for name, baseline, target in MEASURES:
        assert f"{flat(name)} {baseline} {target}" in follow_up
    # The delivery section says why each suggestion is what it is.
    delivery = text[text.index("Leveringsmodel ", 2000) : start]
    assert "Forslag: Internt — Intern kapacitet og kompetencer 5" in delivery
