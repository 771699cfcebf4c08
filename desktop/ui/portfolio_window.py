"""File › Library › Portfolio…: a window of its own for leadership, read from the organisation
library: every service by area and placement with totals in kroner, where the decisions stand
(approved, pending, changed after approval, rejected) and each published workshop. "Save as
PDF…" writes the same PDF as `tvaers library report` (export/portfolio_report.py).

The library is read in a worker thread (connection.py's rules and timeout); the portfolio
read is kept in the local cache, so while the library cannot be reached the window shows the
last one with when it was read. Everything from the library is untrusted text: shown only as
plain text (table cells and plain-text labels), control characters replaced.
"""

from __future__ import annotations

import logging
import threading
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.dates import format_date
from desktop.core.errors import TvaersError
from desktop.export.words import portfolio_count, words
from desktop.storage.paths import documents_dir
from desktop.ui import dialogs
from desktop.ui.glossary_tab.library_actions import untrusted
from desktop.ui.screen_fit import resize_to_fit
from desktop.ui.trf import trf

if TYPE_CHECKING:
    from decimal import Decimal

    from desktop.library.portfolio import Portfolio

log = logging.getLogger(__name__)

translate = QCoreApplication.translate  # lupdate finds translate("context", "text")
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
SHORT_TABLE_ROWS = 8  # rows the two short tables show before they scroll


def read_configured(lang: str) -> tuple[Portfolio, str]:
    """The portfolio of the configured library and where it was read (worker thread); a
    TvaersError with a plain sentence when it cannot be read. Kept in the cache when read."""
    from desktop.library import connection, portfolio
    from desktop.library.cache import LibraryCache
    from desktop.library.settings import load_library

    library = load_library()
    if library is None:
        raise NoLibrary()
    password = connection.login_password(library)  # None for single sign-on
    read = portfolio.read_library_portfolio(library, password)
    with LibraryCache() as cache:
        cache.save_portfolio(portfolio.to_json(read), read.read_at.isoformat())
    return read, where(library)


def where(library: object) -> str:
    """The library as messages show it: host:port/database (admin.where's form)."""
    host = getattr(library, "host", "") or "localhost"
    return f"{host}:{getattr(library, 'port', 5432)}/{getattr(library, 'database', '')}"


def last_read() -> tuple[Portfolio, str] | None:
    """The portfolio last read on this computer and where from, None if never (or unreadable)."""
    from desktop.library import portfolio
    from desktop.library.cache import LibraryCache
    from desktop.library.settings import load_library

    try:
        with LibraryCache() as cache:
            found = cache.last_portfolio()
        if found is None:
            return None
        library = load_library()
        return portfolio.from_json(found[0]), where(library) if library else ""
    except Exception:  # a damaged copy must not stop the window; the log says why
        log.warning("could not read the portfolio's copy", exc_info=True)
        return None


class NoLibrary(TvaersError):
    da = "Der er ikke sat et bibliotek op på denne computer (Indstillinger › Bibliotek…)."
    en = "No library is set up on this computer (Settings › Library…)."


def ask_pdf_path(parent: QWidget | None, suggested: Path) -> Path | None:
    """The system's save dialog for the portfolio's PDF. Tests replace it."""
    chosen, _ = QFileDialog.getSaveFileName(
        parent,
        translate("PortfolioWindow", "Save the portfolio as"),
        str(suggested),
        translate("PortfolioWindow", "PDF files (*.pdf);;All files (*)"),
    )
    if not chosen:
        return None
    path = Path(chosen)
    return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")


def read_at_text(moment: datetime) -> str:
    """dd.mm.yyyy hh.mm in this computer's time."""
    local = moment.astimezone() if moment.tzinfo else moment
    return f"{format_date(local.date())} {local:%H.%M}"


class _Relay(QObject):
    """Carries a finished read from the worker thread to the GUI thread (queued); its parent
    is the application, never the window (see PortfolioWindow.__init__)."""

    done = Signal(object)


class PortfolioWindow(QWidget):
    """The portfolio, in a window of its own."""

    read_done = Signal(object)  # the read's result, in the GUI thread (tests wait on it)

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.lang = lang
        self.setObjectName("portfolioWindow")
        self.setWindowTitle(self.tr("Portfolio – Tværs"))
        resize_to_fit(self, 900, 640)
        self.portfolio: Portfolio | None = None
        self.where = ""
        self._thread: threading.Thread | None = None
        # Owned by the application, not the window: a window closed meanwhile cannot delete
        # it under the emitting thread, and the worker never holds the last reference to it
        # (a Qt object freed in the worker, and what it reaches, would die in that thread).
        self._relay = _Relay(QCoreApplication.instance())
        self._relay.done.connect(self._finished)
        w = words(lang)
        self.state = self._label()
        self.state.setObjectName("portfolioState")
        self.counts = self._label()
        self.totals = self._table(
            [w["area"], w["placement_column"], w["services_count"], w["annual_cost"]]
        )
        self.totals.setObjectName("portfolioTotals")
        self.decisions = self._table([w["portfolio_state"], w["portfolio_count_column"]])
        self.decisions.setObjectName("portfolioDecisions")
        self.workshops = self._table(
            [w["portfolio_workshop_column"], w["area"], w["services_count"], w["annual_cost"]]
        )
        self.workshops.setObjectName("portfolioWorkshops")
        self.read_button = QPushButton(self.tr("&Read again"))
        self.read_button.clicked.connect(self.read)
        self.pdf_button = QPushButton(self.tr("Save as &PDF…"))
        self.pdf_button.setObjectName("portfolioPdf")
        self.pdf_button.clicked.connect(self.save_pdf)
        close = QPushButton(self.tr("&Close"))
        close.clicked.connect(self.close)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Close), self, self.close)
        QShortcut(QKeySequence("Esc"), self, self.close)
        buttons = QHBoxLayout()
        buttons.addWidget(self.read_button)
        buttons.addStretch(1)
        buttons.addWidget(self.pdf_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.state)
        layout.addWidget(self.counts)
        layout.addWidget(self._heading(w["portfolio_by_placement"]))
        # The two short tables are as tall as their rows (up to a limit, then they scroll);
        # the list of workshops, which grows with the organisation, takes the rest.
        layout.addWidget(self.totals)
        layout.addWidget(self._heading(w["portfolio_decision_states"]))
        layout.addWidget(self.decisions)
        layout.addWidget(self._heading(w["portfolio_workshops"]))
        layout.addWidget(self.workshops, 1)
        layout.addLayout(buttons)
        copy = last_read()
        if copy is not None:
            self.show_portfolio(*copy)
            self.state.setText(
                trf(self.tr("Read %1 (the copy on this computer)."), read_at_text(copy[0].read_at))
            )
        else:
            self.show_portfolio(None, "")

    # -- building ----------------------------------------------------------------------

    def _label(self) -> QLabel:
        label = QLabel()
        label.setTextFormat(Qt.TextFormat.PlainText)  # library text: never rich text
        label.setWordWrap(True)
        return label

    def _heading(self, text: str) -> QLabel:
        label = self._label()
        label.setText(text)
        font = label.font()
        font.setBold(True)
        label.setFont(font)
        return label

    def _table(self, heads: list[str]) -> QTableWidget:
        table = QTableWidget(0, len(heads))
        table.setHorizontalHeaderLabels(heads)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        table.setTabKeyNavigation(False)  # Tab moves on to the next table and the buttons
        return table

    @staticmethod
    def _fill(table: QTableWidget, rows: list[list[str]], right_from: int) -> None:
        table.setRowCount(0)
        for values in rows:
            row = table.rowCount()
            table.insertRow(row)
            for column, value in enumerate(values):
                item = QTableWidgetItem(untrusted(value).replace("\n", " "))  # plain text
                if column >= right_from:
                    item.setTextAlignment(RIGHT)
                table.setItem(row, column, item)
        table.resizeColumnsToContents()
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        table.resizeRowsToContents()
        if table.objectName() != "portfolioWorkshops":
            shown = min(table.rowCount(), SHORT_TABLE_ROWS)
            tall = sum(table.rowHeight(r) for r in range(shown))
            # The header's hint, not its height: before the window is shown it has none yet.
            frame = 2 * table.frameWidth() + table.horizontalHeader().sizeHint().height()
            table.setFixedHeight(frame + tall + (0 if shown == table.rowCount() else 8))

    # -- showing -----------------------------------------------------------------------

    def _money(self, amount: Decimal | None) -> str:
        from desktop.core.money import format_dkk
        from desktop.library.portfolio import kroner

        return format_dkk(None if amount is None else kroner(amount), lang=self.lang)

    def show_portfolio(self, portfolio: Portfolio | None, where: str) -> None:
        from desktop.library.portfolio import DECISION_GROUPS

        self.portfolio, self.where = portfolio, where
        self.pdf_button.setEnabled(portfolio is not None)
        w = words(self.lang)
        if portfolio is None:
            for table in (self.totals, self.decisions, self.workshops):
                table.setRowCount(0)
            self.counts.setText("")
            return
        if not portfolio.workshops:
            self.counts.setText(w["portfolio_no_workshops"])
        else:
            self.counts.setText(
                portfolio_count(
                    w,
                    len(portfolio.workshops),
                    len(portfolio.services),
                    self._money(portfolio.annual_cost_dkk),
                )
            )
        rows = [
            [
                t.area.strip() or w["portfolio_no_area"],
                w.get(f"placement_{t.placement}", t.placement),
                str(t.services),
                self._money(t.annual_cost_dkk),
            ]
            for t in portfolio.by_area_and_placement()
        ]
        rows.append(
            [w["totals"], "", str(len(portfolio.services)), self._money(portfolio.annual_cost_dkk)]
        )
        self._fill(self.totals, rows, 2)
        for column in range(self.totals.columnCount()):  # the total in bold, as in the PDF
            item = self.totals.item(self.totals.rowCount() - 1, column)
            assert item is not None  # _fill sets every cell
            font = item.font()
            font.setBold(True)
            item.setFont(font)
        counts = portfolio.decision_counts()
        self._fill(self.decisions, [[w[f"group_{g}"], str(counts[g])] for g in DECISION_GROUPS], 1)
        self._fill(
            self.workshops,
            [
                [
                    x.title,
                    x.area.strip() or w["portfolio_no_area"],
                    str(len(x.services)),
                    self._money(x.annual_cost_dkk),
                ]
                for x in portfolio.workshops
            ],
            2,
        )

    # -- reading, off the GUI thread ---------------------------------------------------

    @property
    def reading(self) -> bool:
        return self._thread is not None

    def read(self) -> bool:
        """Read the portfolio from the library in a worker thread; False if a read runs."""
        if self._thread is not None:
            return False
        lang, relay = self.lang, self._relay

        def work() -> None:
            try:
                result: object = read_configured(lang)
            except Exception as exc:  # never a crash in the thread: said in the window
                if not isinstance(exc, TvaersError):
                    log.warning("reading the portfolio failed", exc_info=True)
                result = exc
            try:
                relay.done.emit(result)
            except RuntimeError:  # the application is going away: nobody to tell
                log.info("portfolio read finished after its window closed")

        self.state.setText(self.tr("Reading the portfolio from the library…"))
        self.read_button.setEnabled(False)
        self._thread = threading.Thread(target=work, name="portfolio-read", daemon=True)
        self._thread.start()
        return True

    def _finished(self, result: object) -> None:
        thread, self._thread = self._thread, None
        if thread is not None:
            thread.join(1.0)
        self.read_button.setEnabled(True)
        if isinstance(result, tuple):
            self.show_portfolio(*result)
            self.state.setText(trf(self.tr("Read %1."), read_at_text(result[0].read_at)))
        else:
            if isinstance(result, TvaersError):
                reason = result.message(self.lang)
            else:
                reason = trf(self.tr("The library could not be read: %1"), type(result).__name__)
            if self.portfolio is not None:
                shown = trf(
                    self.tr("Shown: the portfolio as read %1."),
                    read_at_text(self.portfolio.read_at),
                )
            else:
                shown = self.tr("No portfolio has been read on this computer yet.")
            self.state.setText(reason + "\n" + shown)
        self.read_done.emit(result)

    # -- the PDF -----------------------------------------------------------------------

    def save_pdf(self) -> Path | None:
        """The portfolio shown, as `tvaers library report` writes it, to a file chosen."""
        portfolio = self.portfolio
        if portfolio is None:
            return None
        from desktop.export import files
        from desktop.export.portfolio_report import write_portfolio

        name = f"{words(self.lang)['portfolio']} {format_date(portfolio.read_at.date())}.pdf"
        path = ask_pdf_path(self, documents_dir() / name)
        if path is None:
            return None
        where, lang = self.where, self.lang
        try:
            files.write_pdf(path, lambda f: write_portfolio(portfolio, where, f, lang=lang))
        except TvaersError as exc:
            dialogs.show_error(self, exc.message(self.lang))
            return None
        dialogs.show_info(self, trf(self.tr("The portfolio is saved as PDF:\n%1"), str(path)))
        return path


def show_portfolio(parent: QWidget, lang: str) -> PortfolioWindow:
    """File › Library › Portfolio…: the window (one per main window), shown and read again."""
    window = parent.findChild(PortfolioWindow, "portfolioWindow")
    if window is None:
        window = PortfolioWindow(lang, parent)
    window.show()
    window.raise_()
    window.activateWindow()
    window.read()
    return window
