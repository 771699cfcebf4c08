"""The values each enum column may hold: the models' `__choices__`, written out.

Generated from the models (`python -m desktop.storage.column_choices` rewrites the table
below); never edit the table by hand. The models stay the one place that says which column
takes which enum: `tests/storage/test_value_check.py` fails when this table and the models
differ, and says to run the command.

Why a copy at all: the value check of every opened file (`schema_check.check_values`) and
`tvaers check` need the choices, and the enums live in the table models, whose import
loads SQLModel, pydantic and SQLAlchemy (~0.45 s). `tvaers check` on the large workshop
must answer in 0.3 s (docs/PERFORMANCE.md), so the check reads this table and imports no
ORM. (Column types and NOT NULL need no copy: they come from the expected schema, built
from the migrations, which a test compares with the models.)
"""

from __future__ import annotations

# BEGIN GENERATED: table -> column -> the values its enum allows, in the enum's order
CHOICES: dict[str, dict[str, tuple[str, ...]]] = {
    "action_item": {
        "status": ("open", "in_progress", "done"),
    },
    "criterion": {
        "favours": ("internal", "external"),
    },
    "note": {
        "kind": ("need", "requirement", "root_problem", "question", "idea"),
        "side": ("procurement", "domain", "leadership", "other"),
        "priority": ("", "must", "should", "could"),
    },
    "participant": {
        "side": ("procurement", "domain", "leadership", "other"),
    },
    "service": {
        "placement": ("undecided", "internal", "external", "mixed", "not_buying"),
    },
    "sign_off": {
        "outcome": ("approved", "changes_requested", "rejected"),
    },
    "term": {
        "side": ("procurement", "domain"),
        "status": ("proposed", "agreed", "disputed"),
    },
}
# END GENERATED


def from_models() -> dict[str, dict[str, tuple[str, ...]]]:
    """The table as the models say it (imports SQLModel and every table model)."""
    from sqlmodel.main import default_registry

    from desktop.core import tables  # noqa: F401  (every table registered)

    found: dict[str, dict[str, tuple[str, ...]]] = {}
    for mapper in default_registry.mappers:
        cls = mapper.class_
        wanted = getattr(cls, "__choices__", {})
        if wanted:
            found[cls.__tablename__] = {
                column: tuple(member.value for member in enum) for column, enum in wanted.items()
            }
    return {table: found[table] for table in sorted(found)}


def render(choices: dict[str, dict[str, tuple[str, ...]]]) -> str:
    """The generated block for `choices`, as it stands in this file."""
    lines = [
        "# BEGIN GENERATED: table -> column -> the values its enum allows, in the enum's order",
        "CHOICES: dict[str, dict[str, tuple[str, ...]]] = {",
    ]
    for table, columns in choices.items():
        lines.append(f"    {_string(table)}: {{")
        for column, values in columns.items():
            shown = ", ".join(_string(v) for v in values) + ("," if len(values) == 1 else "")
            lines.append(f"        {_string(column)}: ({shown}),")
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
