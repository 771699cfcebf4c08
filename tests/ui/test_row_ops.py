"""Every table's RowOps names core operations that exist, with the keywords they take."""

from __future__ import annotations

import inspect

import pytest

from desktop.core import actions, delivery, glossary, participants, signoff

TABLES = [
    (delivery, "service"),
    (delivery, "criterion"),
    (glossary, "term"),
    (signoff, "decision"),
    (signoff, "sign_off"),
    (participants, "participant"),
    (actions, "action"),
]


@pytest.mark.parametrize(("core", "noun"), TABLES, ids=[n for _c, n in TABLES])
def test_the_core_keeps_the_convention(core: object, noun: str) -> None:
    for verb, keyword in (("update", f"{noun}_id"), ("delete", f"{noun}_id"), ("restore", "data")):
        params = inspect.signature(getattr(core, f"{verb}_{noun}")).parameters
        assert keyword in params, f"{verb}_{noun} takes no {keyword}"
    assert callable(getattr(core, f"add_{noun}"))


def test_every_ops_of_the_tabs_is_listed_here() -> None:
    from desktop.ui.delivery_tab import commands as d
    from desktop.ui.glossary_tab import commands as g
    from desktop.ui.signoff_tab import commands as s
    from desktop.ui.workshop_tab import commands as w

    found = [n for m in (d, g, s, w) for n in vars(m) if n.endswith("_OPS")]
    assert len(found) == len(TABLES)
