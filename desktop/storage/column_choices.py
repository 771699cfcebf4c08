"""Which enum each enum column takes: the models' `__choices__`, written out.

Generated from the models (`python -m desktop.storage.column_choices` rewrites the table
below); never edit the table by hand. The models stay the one place that says which column
takes which enum, and the enums (desktop.core.values) the one place of their values:
`tests/storage/test_value_check.py` fails when this table and the models differ, and says
to run the command.

Why a copy at all: the value check of every opened file (`schema_check.check_values`) and
`tvaers check` need the choices, and `__choices__` lives on the table models, whose import
loads SQLModel, pydantic and SQLAlchemy (~0.45 s). `tvaers check` on the large workshop
must answer in 0.3 s (docs/PERFORMANCE.md), so the check reads this table, which imports
only the enums, and no ORM. (Column types and NOT NULL need no copy: they come from the
expected schema, built from the migrations, which a test compares with the models.)
"""

from __future__ import annotations

from enum import StrEnum

from desktop.core import values

# BEGIN GENERATED: table -> column -> its enum
CHOICES: dict[str, dict[str, type[StrEnum]]] = {
    "action_item": {
        "status": values.ActionStatus,
    },
    "criterion": {
        "favours": values.Leaning,
    },
    "note": {
        "kind": values.NoteKind,
        "side": values.NoteSide,
        "priority": values.Priority,
    },
    "participant": {
        "side": values.Side,
    },
    "service": {
        "placement": values.Placement,
        "agreement": values.Agreement,
    },
    "sign_off": {
        "outcome": values.Outcome,
    },
    "tender_lead_time": {
        "regime": values.TenderRegime,
        "step": values.TenderStep,
    },
    "term": {
        "side": values.TermSide,
        "status": values.TermStatus,
    },
}
# END GENERATED


def from_models() -> dict[str, dict[str, type[StrEnum]]]:
    """The table as the models say it (imports SQLModel and every table model)."""
    from sqlmodel.main import default_registry

    from desktop.core import tables  # noqa: F401  (every table registered)

    found: dict[str, dict[str, type[StrEnum]]] = {}
    for mapper in default_registry.mappers:
        cls = mapper.class_
        wanted = getattr(cls, "__choices__", {})
        if wanted:
            found[cls.__tablename__] = dict(wanted)
    return {table: found[table] for table in sorted(found)}


def render(choices: dict[str, dict[str, type[StrEnum]]]) -> str:
    """The generated block for `choices`, as it stands in this file."""
    lines = [
        "# BEGIN GENERATED: table -> column -> its enum",
        "CHOICES: dict[str, dict[str, type[StrEnum]]] = {",
    ]
    for table, columns in choices.items():
        lines.append(f"    {_string(table)}: {{")
        for column, enum in columns.items():
            # Only an enum of desktop.core.values can be named here without the ORM.
            assert getattr(values, enum.__name__, None) is enum, enum
            lines.append(f"        {_string(column)}: values.{enum.__name__},")
        lines.append("    },")
    lines += ["}", "# END GENERATED"]
    return "\n".join(lines) + "\n"


def _string(value: str) -> str:
    assert '"' not in value and "\\" not in value, value
    return f'"{value}"'


def main() -> None:
    """Rewrite the generated block of this file from the models."""
    from pathlib import Path

    path = Path(__file__)
    text = path.read_text(encoding="utf-8")
    start = text.index("# BEGIN GENERATED")
    end = text.index("# END GENERATED\n") + len("# END GENERATED\n")
    path.write_text(text[:start] + render(from_models()) + text[end:], encoding="utf-8")


if __name__ == "__main__":
    main()
