"""The "Fælles sprog" tab: procurement's words on the left, the professionals' on the right."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.core import glossary
from desktop.core.errors import TvaersError
from desktop.core.models import TermSide, TermStatus
from desktop.core.starter_vocabularies import available
from desktop.core.workshop import get_workshop
from desktop.export import glossary_csv
from desktop.storage.changes import Changes
from desktop.ui import dialogs
from desktop.ui.glossary_tab import commands
from desktop.ui.glossary_tab.library_actions import LibraryActions
from desktop.ui.glossary_tab.term_editor import TermEditor
from desktop.ui.glossary_tab.term_pane import TermPane
from desktop.ui.glossary_tab.term_showcase import TermShowcase
from desktop.ui.glossary_tab.terms_model import COUNTERPART, SideTermsModel
from desktop.ui.labels import domain_labels
from desktop.ui.new_workshop_dialog import file_name_for
from desktop.ui.open_workshop import OpenWorkshop
from desktop.ui.tab_pages import WorkshopPage
from desktop.ui.trf import trf

SIDES = (TermSide.PROCUREMENT.value, TermSide.DOMAIN.value)


class GlossaryTab(WorkshopPage):
    # The tables it reads: edits elsewhere leave it alone.
    SHOWS = (
        "term",
        "participant",
        "workshop",
    )

    def __init__(self, open_workshop: OpenWorkshop, lang: str, parent: QWidget | None = None):
        super().__init__(open_workshop, lang, parent)
        self.status_labels = domain_labels(TermStatus)
        headers = [
            self.tr("Term"),
            self.tr("Explanation"),
            self.tr("Status"),
            self.tr("Counterpart"),
        ]
        titles = {
            TermSide.PROCUREMENT.value: self.tr(
                "Procurement's terms, explained for the professionals"
            ),
            TermSide.DOMAIN.value: self.tr("The professionals' terms, explained for procurement"),
        }
        self.models: dict[str, SideTermsModel] = {}
        self.panes: dict[str, TermPane] = {}
        for side in SIDES:
            model = SideTermsModel(side, headers, self.status_labels, self._edit_from_table)
            pane = TermPane(titles[side], model)
            pane.add_button.clicked.connect(lambda _c=False, s=side: self.add_term(s))
            pane.delete_button.clicked.connect(lambda _c=False, s=side: self.delete_selected(s))
            pane.up_button.clicked.connect(lambda _c=False, s=side: self.move_selected(s, -1))
            pane.down_button.clicked.connect(lambda _c=False, s=side: self.move_selected(s, 1))
            pane.sort_button.clicked.connect(lambda _c=False, s=side: self.sort_side(s))
            pane.selected.connect(lambda term_id, s=side: self._selected(s, term_id))
            self.models[side], self.panes[side] = model, pane
            for keys, slot in (
                ("Ins", lambda s=side: self.add_term(s)),
                ("Del", lambda s=side: self.delete_selected(s)),
                ("Alt+Up", lambda s=side: self.move_selected(s, -1)),
                ("Alt+Down", lambda s=side: self.move_selected(s, 1)),
            ):
                shortcut = QShortcut(QKeySequence(keys), pane.view)
                shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
                shortcut.activated.connect(slot)

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search both sides (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.apply_filter)
        self.matches = QLabel()
        find = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        find.activated.connect(self._focus_search)

        self.link_button = QPushButton(self.tr("&Link as counterparts"))
        self.link_button.setToolTip(self.tr("Select a term on each side, then link (Ctrl+L)"))
        self.link_button.clicked.connect(self.link_selected)
        self.unlink_button = QPushButton(self.tr("U&nlink"))
        self.unlink_button.clicked.connect(self.unlink_current)
        link_key = QShortcut(QKeySequence("Ctrl+L"), self)
        link_key.activated.connect(self.link_selected)
        self.starter_button = QPushButton(self.tr("Add starter voc&abulary…"))
        self.starter_button.clicked.connect(self.add_starter_vocabulary)
        self.import_button = QPushButton(self.tr("&Import CSV…"))
        self.import_button.clicked.connect(self.import_csv)
        self.export_button = QPushButton(self.tr("Ex&port CSV…"))
        self.export_button.clicked.connect(self.export_csv)
        self.showcase_button = QPushButton(self.tr("Sh&ow term by term"))
        self.showcase_button.setToolTip(
            self.tr("One term at a time in large type, from the selected term (Shift+F5)")
        )
        self.showcase_button.setProperty("keepWhenPresenting", True)
        self.showcase_button.clicked.connect(lambda: self.open_showcase())
        showcase_key = QShortcut(QKeySequence("Shift+F5"), self)
        showcase_key.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        showcase_key.activated.connect(lambda: self.open_showcase())
        # Shown only when a library is configured (nothing of it loaded otherwise).
        self.library_actions = LibraryActions(self)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Search:")))
        top.addWidget(self.search, 2)
        top.addWidget(self.matches, 1)
        top.addWidget(self.link_button)
        top.addWidget(self.unlink_button)
        top.addWidget(self.starter_button)
        top.addWidget(self.import_button)
        top.addWidget(self.export_button)
        top.addWidget(self.showcase_button)
        for button in self.library_actions.buttons:
            top.addWidget(button)
        self.top_bar = top

        panes = QSplitter(Qt.Orientation.Horizontal)
        for side in SIDES:
            panes.addWidget(self.panes[side])
        panes.setChildrenCollapsible(False)
        self.editor = TermEditor(self.status_labels)
        self.editor.edit_requested.connect(self._edit_from_editor)
        self.editor.typing_finished.connect(open_workshop.end_typing_step)
        body = QSplitter(Qt.Orientation.Vertical)
        body.addWidget(panes)
        body.addWidget(self.editor)
        body.setStretchFactor(0, 4)
        body.setStretchFactor(1, 1)
        body.setChildrenCollapsible(False)
        lists = QWidget()
        lists_layout = QVBoxLayout(lists)
        lists_layout.addLayout(top)
        lists_layout.addWidget(body, 1)
        self.showcase = TermShowcase(titles, self.status_labels)
        self.showcase.closed.connect(self.close_showcase)
        self.pages = QStackedWidget()
        self.pages.addWidget(lists)
        self.pages.addWidget(self.showcase)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)  # the lists keep their margins, the slide none
        layout.addWidget(self.pages)

        self._current_side = SIDES[0]  # the side of the term shown in "Valgt begreb"
        self._chosen: dict[str, str | None] = {side: None for side in SIDES}
        self._names: dict[str, str] = {}
        self._by_id: dict[str, dict[str, Any]] = {}
        self.set_read_only(open_workshop.read_only)
        self.refresh()

    # -- showing ---------------------------------------------------------------------

    def show_changes(self, changes: Changes) -> None:
        if not changes.touches(*self.SHOWS):
            return
        ids = changes.ids("term")
        if not (changes.only("term") and ids and self._show_terms(ids, changes)):
            self.refresh()

    def _show_terms(self, ids: frozenset[str], changes: Changes) -> bool:
        """After an edit of some terms' fields, read and repaint only those: the lists,
        their selection and the term in "Valgt begreb" stay where the person left them.
        False when a term was added, removed, moved or changed side: read everything."""
        if not ids <= self._by_id.keys():
            return False
        terms = self.workshop.read(lambda s: glossary.terms_by_id(s, term_ids=ids))
        for term_id in ids:
            old, new = self._by_id[term_id], terms.get(term_id)
            if new is None or (new["side"], new["position"]) != (old["side"], old["position"]):
                return False
        self._by_id.update(terms)
        with self._panes_quiet():
            joined = [model.update_terms(terms) for model in self.models.values()]
            if any(joined):  # the lists were laid out again: their selections go back
                self._restore_selection()
        chosen = self._chosen.get(self._current_side)
        if changes.is_echo_of(self.editor):
            # Typed in "Valgt begreb": it gets the stored row back, and neither list
            # scrolls to light up the counterpart again while the person types.
            self._show_in_editor(chosen)
        elif chosen in ids or any(self._by_id[i]["counterpart_id"] == chosen for i in ids):
            self._show_chosen()
        self._update_counts()
        if self.showcase_open():
            self._feed_showcase()
        return True

    def refresh(self) -> None:
        """Show what is stored. The term in "Valgt begreb" and each side's selection stay
        what the person chose: putting a selection back is not choosing."""
        terms, names = self.workshop.read(
            lambda s: (glossary.term_rows(s), glossary.participant_names(s))
        )
        self._names = names
        self._by_id = {t["id"]: t for t in terms}
        counterpart_terms = {t["id"]: t["term"] for t in terms}
        with self._panes_quiet():
            for side in SIDES:
                rows = [t for t in terms if t["side"] == side]
                self.models[side].load(rows, names=names, counterpart_terms=counterpart_terms)
            self._restore_selection()
        self._update_counts()
        if self.showcase_open():
            self._feed_showcase()

    def apply_filter(self, text: str) -> None:
        with self._panes_quiet():
            for side in SIDES:
                self.models[side].set_filter(text)
            self._restore_selection()
        for side in SIDES:  # what was selected, in view again when the search lets it be
            row = self.models[side].row_of(self._chosen[side] or "")
            if row >= 0:
                self.panes[side].view.scrollTo(self.models[side].index(row, 0))
        self._update_counts()

    @contextmanager
    def _panes_quiet(self) -> Iterator[None]:
        with self.panes[SIDES[0]].quiet(), self.panes[SIDES[1]].quiet():
            yield

    def _restore_selection(self) -> None:
        """After the lists were reloaded or filtered: select again on each side what the
        person had selected, where the list still shows it, and show the chosen term in
        "Valgt begreb" (or say that the search hides it)."""
        for side in SIDES:
            chosen = self._chosen.get(side)
            pane = self.panes[side]
            shown = bool(chosen) and pane.select_id(str(chosen), announce=False)
            if not shown and pane.selected_id():
                pane.clear_selection()
        self._show_chosen()

    def _update_counts(self) -> None:
        filtering = bool(self.search.text().strip())
        for side in SIDES:
            self.panes[side].update_count(filtering)
        found = sum(m.match_count for m in self.models.values())
        self.matches.setText(trf(self.tr("Matches: %1"), found) if filtering else "")

    def _selected(self, side: str, term_id: str) -> None:
        """The person selected a term (or nothing) on one side: show it in full."""
        self._chosen[side] = term_id or None
        if term_id or side == self._current_side:
            self._current_side = side
        self._show_chosen()

    def _show_chosen(self) -> None:
        """The chosen term in the editor and its counterpart lit up on the other side."""
        side = self._current_side
        term_id = self._chosen.get(side)
        term = self._by_id.get(term_id or "")
        hidden = term is not None and self.panes[side].model.row_of(str(term_id)) < 0
        self._show_in_editor(None if hidden else term_id, hidden=hidden)
        other = SIDES[1] if side == SIDES[0] else SIDES[0]
        counterpart = term.get("counterpart_id") if term and not hidden else None
        self.panes[other].reveal(counterpart)
        self.models[side].set_highlight(None)

    def _show_in_editor(self, term_id: str | None, *, hidden: bool = False) -> None:
        term = self._by_id.get(term_id or "")
        counterpart = ""
        if term and term["counterpart_id"] in self._by_id:
            counterpart = self._by_id[term["counterpart_id"]]["term"]
        self.editor.show_term(term, self._names, counterpart, hidden=hidden)
        self.unlink_button.setEnabled(
            bool(term and term["counterpart_id"]) and not self.workshop.read_only
        )

    # -- "vis ord": one term at a time ----------------------------------------------------

    def showcase_open(self) -> bool:
        return self.pages.currentWidget() is self.showcase

    def open_showcase(self, term_id: str | None = None) -> None:
        """Shift+F5: the terms one at a time, from `term_id` (else the selected term)."""
        self.commit_typing()
        start = term_id or self.panes[self._current_side].selected_id()
        self._feed_showcase(start)
        self.pages.setCurrentWidget(self.showcase)
        self.showcase.setFocus()

    def close_showcase(self, term_id: str = "") -> None:
        """Back to the lists, with the term shown last selected."""
        self.pages.setCurrentIndex(0)
        term = self._by_id.get(term_id)
        if term is not None:
            side = str(term["side"])
            self.panes[side].select_id(term_id)
            self.panes[side].view.setFocus()

    def _feed_showcase(self, start_id: str | None = None) -> None:
        # The order of the lists, procurement's side first, and only what the search shows.
        terms = [
            self.models[side].term_at(row)
            for side in SIDES
            for row in range(self.models[side].rowCount())
        ]
        self.showcase.show_terms(
            terms,
            self._by_id,
            self._names,
            start_id=start_id,
            filtered=bool(self.search.text().strip()),
        )

    def reveal_term(self, term_id: str) -> None:
        """Show a term: selected and in view on its side, in the editor, the keyboard on it."""
        term = self._by_id.get(term_id)
        if term is None:
            return
        self.pages.setCurrentIndex(0)  # the lists, also from the one-term view
        pane = self.panes[str(term["side"])]
        if pane.model.row_of(term_id) < 0 and self.search.text():
            self.search.clear()  # the search hides it
        pane.select_id(term_id)
        pane.view.setFocus()

    def set_read_only(self, read_only: bool) -> None:
        for pane in self.panes.values():
            pane.set_read_only(read_only)
        self.editor.set_read_only(read_only)
        for button in (self.link_button, self.starter_button, self.import_button):
            button.setEnabled(not read_only)  # export stays: reading is always allowed
        self.library_actions.set_read_only(read_only)

    def reveal(self, _kind: str, item_id: str) -> None:
        self.reveal_term(item_id)

    def editing_parts(self) -> list[QWidget]:
        parts: list[QWidget] = [
            self.editor,
            self.link_button,
            self.unlink_button,
            self.starter_button,
            self.import_button,
            self.export_button,
        ]
        for pane in self.panes.values():
            parts += [
                pane.add_button,
                pane.delete_button,
                pane.up_button,
                pane.down_button,
                pane.sort_button,
            ]
        return parts

    def hidden_columns(self) -> list[tuple[QTableView, int]]:
        """The counterparts light up on selection and fill the one-term view, so the
        explanations get the width."""
        return [(pane.view, COUNTERPART) for pane in self.panes.values()]

    def commit_typing(self) -> None:
        self.editor.commit_pending()

    def _focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    # -- edits -----------------------------------------------------------------------

    def add_term(self, side: str) -> None:
        command = commands.AddTerm(self.workshop, side=side, term=self.tr("New term"))
        if self.workshop.push(command) and command.row_id:
            if self.search.text():
                self.search.clear()
            self.panes[side].select_id(command.row_id, edit=True)

    def delete_selected(self, side: str) -> None:
        term_id = self.panes[side].selected_id()
        if term_id and not self.workshop.read_only:
            self.workshop.push(commands.DeleteTerm(self.workshop, term_id))

    def move_selected(self, side: str, offset: int) -> None:
        term_id = self.panes[side].selected_id()
        if term_id and not self.workshop.read_only:
            self.workshop.push(commands.move_term(self.workshop, side, term_id, offset))
            self.panes[side].select_id(term_id)

    def sort_side(self, side: str) -> None:
        self.workshop.push(commands.sort_terms(self.workshop, side))

    def link_selected(self) -> None:
        first = self.panes[SIDES[0]].selected_id()
        second = self.panes[SIDES[1]].selected_id()
        if self.workshop.read_only:
            return
        if not first or not second:
            dialogs.show_info(self, self.tr("Select one term on each side first, then link them."))
            return
        if self._by_id.get(first, {}).get("counterpart_id") == second:
            return  # linked already: no empty step for Ctrl+Z to "undo"
        self.workshop.push(commands.LinkTerms(self.workshop, first, second))

    def unlink_current(self) -> None:
        term_id = self.editor.term_id
        if term_id and self._by_id.get(term_id, {}).get("counterpart_id"):
            self.workshop.push(commands.UnlinkTerm(self.workshop, term_id))

    def add_starter_vocabulary(self) -> None:
        vocabularies = available()
        chosen = dialogs.ask_starter_vocabulary(self, vocabularies, self.lang)
        if chosen is None:
            return
        minutes_lang = self.workshop.read(lambda s: glossary.workshop_language(s))
        rows = self.workshop.read(
            lambda s: glossary.starter_rows(s, vocabulary=chosen, lang=minutes_lang)
        )
        skipped = len(chosen.terms) - len(rows)
        if rows:
            self.workshop.push(commands.insert_starter(self.workshop, rows))
        added = self.tr("%n terms added.", "", len(rows))
        if skipped:
            added += " " + self.tr("%n already in the workshop, skipped.", "", skipped)
        dialogs.show_info(self, added)

    def export_csv(self) -> None:
        doc = self.workshop.document
        title = self.workshop.read(lambda s: get_workshop(s).title) or doc.path.stem
        name = trf(self.tr("%1 - glossary"), title)
        suggested = doc.path.parent / file_name_for(name, ".csv")
        target = dialogs.ask_csv_save_path(self, suggested)
        if target is None:
            return
        rows = self.workshop.read(glossary_csv.rows_from_workshop)
        try:
            glossary_csv.write_csv(rows, target, self.lang)
        except TvaersError as exc:
            dialogs.show_error(self, exc.message(self.lang))
            return
        dialogs.show_info(
            self,
            trf(self.tr("%n terms exported to %1.", "", len(rows)), target),
        )

    def import_csv(self) -> None:
        if self.workshop.read_only:
            return
        source = dialogs.ask_csv_open_path(self, self.workshop.document.path.parent)
        if source is None:
            return
        try:
            result = glossary_csv.read_csv(source)
        except TvaersError as exc:
            dialogs.show_error(self, exc.message(self.lang))
            return
        if result.problems:
            line = self.tr("Line %1:")
            listed = "\n".join(
                trf(line, p.line) + " " + (p.da if self.lang == "da" else p.en)
                for p in result.problems[:15]
            )
            if len(result.problems) > 15:
                listed += "\n…"
            if not result.rows:
                dialogs.show_error(
                    self,
                    self.tr("Nothing was imported. The file has these problems:") + "\n\n" + listed,
                )
                return
            question = (
                self.tr("%n rows cannot be imported:", "", len(result.problems))
                + "\n\n"
                + listed
                + "\n\n"
                + trf(self.tr("Import the valid rows (%1) anyway?"), len(result.rows))
            )
            if not dialogs.confirm(self, self.tr("Import terms"), question):
                return
        plan = self.workshop.read(lambda s: glossary_csv.import_rows(s, result.rows))
        if plan.rows:
            self.workshop.push(commands.import_terms(self.workshop, plan.rows))
        report = [
            self.tr("%n terms imported.", "", len(plan.rows)),
        ]
        if plan.skipped:
            report.append(self.tr("%n already in the workshop, skipped.", "", len(plan.skipped)))
        if result.ignored_columns:
            report.append(trf(self.tr("Columns ignored: %1"), ", ".join(result.ignored_columns)))
        report += [(n.da if self.lang == "da" else n.en) for n in plan.notices[:10]]
        dialogs.show_info(self, "\n".join(report))

    def _edit_from_table(self, term_id: str, field: str, old: Any, new: Any) -> None:
        self.workshop.push(commands.EditTerm(self.workshop, term_id, {field: old}, {field: new}))
        self.workshop.end_typing_step()

    def _edit_from_editor(self, term_id: str, old: dict[str, Any], new: dict[str, Any]) -> None:
        self.workshop.push(commands.EditTerm(self.workshop, term_id, old, new), origin=self.editor)
