"""A short real session of the app, offscreen, for the no-network tests to watch:

    python -m tests.reliability.smoke_app OUT_DIR

starts Tværs the way `tvaers --demo` does (desktop.app.run), and once the demo is open
adds a participant, undoes and redoes it, exports the glossary as CSV, and quits; then
writes the demo's minutes as PDF with `tvaers export`, in the same process. Prints one
JSON line: what happened, and which modules were imported.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from desktop import app, cli
from desktop.ui import dialogs
from desktop.ui.main_window import MainWindow
from desktop.ui.workshop_tab.commands import AddParticipant


def main(out: Path) -> int:
    report: dict[str, object] = {"errors": [], "steps": []}
    csv_path = out / "ordliste fra røgtesten.csv"
    dialogs.show_error = lambda _p, text: report["errors"].append(text)  # type: ignore[attr-defined]
    dialogs.show_info = lambda _p, text: None
    dialogs.ask_csv_save_path = lambda _p, _s: csv_path
    dialogs.confirm = lambda *_a: True

    def window() -> MainWindow | None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, MainWindow):
                return widget
        return None

    def session() -> None:
        main_window = window()
        if main_window is None or main_window.current is None:
            QTimer.singleShot(50, session)  # the demo is still opening
            return
        current = main_window.current
        steps = report["steps"]
        assert isinstance(steps, list)
        steps.append("opened the demo")
        current.push(AddParticipant(current, name="Røgtest Deltager"))
        current.undo_stack.undo()
        current.undo_stack.redo()
        steps.append("edited")
        assert main_window.glossary_tab is not None
        main_window.glossary_tab.export_csv()
        if csv_path.exists():
            steps.append("exported CSV")
        report["workshop"] = str(current.document.path)
        main_window.close()  # saves and closes the workshop, then the app quits

    app.make_application("da")  # run() below takes this instance; the timer needs it now
    QTimer.singleShot(0, session)
    code = app.run(demo=True, lang="da")
    report["exit_code"] = code
    pdf = out / "referat fra røgtesten.pdf"
    if cli.main(["export", str(report["workshop"]), "-o", str(pdf)]) == 0 and pdf.exists():
        steps = report["steps"]
        assert isinstance(steps, list)
        steps.append("exported PDF")
    report["modules"] = sorted(sys.modules)
    print(json.dumps(report))
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
