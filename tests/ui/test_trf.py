"""trf fills Qt's %1 markers in one pass, so typed text is never filled again."""

from desktop.ui.trf import trf


def test_fills_markers_in_any_order() -> None:
    assert trf("%2 af %1", "10", "3") == "3 af 10"


def test_typed_markers_are_not_filled_again() -> None:
    assert trf("Slet %1 og %2?", "50 %2 rabat", "Mentor") == "Slet 50 %2 rabat og Mentor?"


def test_missing_argument_leaves_the_marker() -> None:
    assert trf("%1 og %2", "a") == "a og %2"
