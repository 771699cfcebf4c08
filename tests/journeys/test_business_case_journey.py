"""A business case recorded by keyboard only on the whole window (issue 20, part 2): a
service placed Internal, Alt+3 to the Business case page, the figures by their Alt letters
and Tab, the sums and the room at once, a result to follow up added and filled in, saved
with Ctrl+S, opened again, and the minutes exported with "Business case og økonomisk
råderum" in them."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop.export.minutes import SECTIONS
from desktop.ui.main_window import MainWindow
from tests.export.pdf_reading import Pdf
from tests.journeys.conftest import FilePicker, read_saved
from tests.journeys.delivery_steps import (
    add_card,
    alt_for,
    export_minutes,
    new_workshop_on_delivery,
    reopen_on_delivery,
    titles,
)
from tests.journeys.real_input import Key, Mod, alt, ctrl, focused, press, type_text

KEEP = ("cover", "business_case")
SERVICE = "Jobsøgningskurser <CV> & samtale"
MEASURE = "Andel i job efter 6 mdr. <ca.> & mere"
# Years, today's cost a year, FTE, salary per FTE, overhead %, other costs, one-off (in-house),
# annual price, one-off (bought): the page's fields in their Tab order. Some with the unit the
# page and the card show beside them (»4 år« and »15 %« were refused).
TYPED = (
    "4 år",
    "700.000 kr./år",
    "1",
    "520.000",
    "15 %",
    "48.000 kr.",
    "40.000",
    "760.000",
    "25.000",
)


@pytest.mark.parametrize("lang", ["da"], indirect=True)
def test_a_business_case_by_keyboard_is_saved_reopened_and_in_the_minutes(
    journey_window: MainWindow,
    picker: FilePicker,
    qtbot: QtBot,
    tmp_path: Path,
    no_pdf_reader: list[str],
    lang: str,
) -> None:
    win = journey_window
    path = tmp_path / "Business case.tvaers"
    out = tmp_path / "referat.pdf"
    tab = new_workshop_on_delivery(win, picker, qtbot, path, "Jobsøgning")
    add_card(qtbot, tab, SERVICE)
    assert focused() is tab.editor.placement
    press(Key.Key_Down)  # Uafklaret -> Internt
    qtbot.waitUntil(lambda: titles(tab, "internal") == [SERVICE])

    alt("3")  # the panel's third page: Business case
    page = tab.case_page
    qtbot.waitUntil(page.isVisible)
    alt_for(page.edits["case_years"])
    for text in TYPED:
        type_text(text)
        press(Key.Key_Tab)
    assert focused() is page.scores_cost
    # The sums at once: in-house 2.624.000, bought 3.065.000, today 2.800.000 over 4 years.
    assert page.table.item(4, 1).text() == "2.624.000"
    assert page.difference.text() == "Intern levering er 441.000 kr. billigere end køb over 4 år."
    assert page.room.text().startswith("Råderum +176.000 kr. over 4 år")
    assert "Råderum +176.000 kr. over 4 år" in tab.board_room.text()
    press(Key.Key_Space)  # the cost criterion from the business case
    qtbot.waitUntil(lambda: page.score_reason.isVisible())

    ctrl("z")  # the box undone, exactly; then the last figure
    assert not page.scores_cost.isChecked()
    ctrl("z")
    assert page.edits["case_external_once_dkk"].text() == ""
    ctrl("y")
    ctrl("y")
    assert page.edits["case_external_once_dkk"].text() == "25.000"
    assert page.scores_cost.isChecked()

    alt_for(page.measures.add_button)
    qtbot.waitUntil(lambda: page.measures.model.rowCount() == 1)
    press(Key.Key_A, Mod.ControlModifier)  # the new measure's name, all of it
    type_text(MEASURE)
    press(Key.Key_Return)
    qtbot.waitUntil(lambda: page.measures.model.rows[0]["name"] == MEASURE)
    for field, text in (("baseline", "38 %"), ("target", "45 %")):
        press(Key.Key_Right)  # the next cell; typing opens it
        type_text(text)
        press(Key.Key_Return)
        qtbot.waitUntil(lambda f=field, t=text: page.measures.model.rows[0][f] == t)

    ctrl("s")
    assert read_saved(
        path,
        "SELECT case_years, case_baseline_dkk, case_fte, case_salary_dkk, "
        "case_overhead_percent, case_other_dkk, case_inhouse_once_dkk, case_external_dkk, "
        "case_external_once_dkk, case_scores_cost FROM service",
    ) == [(4, 700_000, 1.0, 520_000, 15.0, 48_000, 40_000, 760_000, 25_000, 1)]
    assert read_saved(path, "SELECT name, baseline, target, result FROM measure") == [
        (MEASURE, "38 %", "45 %", "")
    ]

    tab = reopen_on_delivery(win, picker, qtbot, path)
    tab.select_service(tab.board.columns["internal"][0].id)  # type: ignore[union-attr]
    page = tab.case_page
    assert tuple(page.edits[name].text() for name in page.edits) == (
        "4",
        "700.000",
        "1",
        "520.000",
        "15",
        "48.000",
        "40.000",
        "760.000",
        "25.000",
    )
    assert page.scores_cost.isChecked()
    assert [r["name"] for r in page.measures.model.rows] == [MEASURE]

    export_minutes(qtbot, KEEP, out)
    text = Pdf.of(out).text()
    assert SECTIONS["business_case"].title("da") in text
    assert SERVICE in text
    assert "Intern levering er 441.000 kr. billigere end køb over 4 år." in text
    assert "Hele tavlen +176.000 kr. over 4 år 1 0" in text
    assert f"{MEASURE} 38 % 45 %" in text
