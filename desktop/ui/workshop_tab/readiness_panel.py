"""The readiness overview: step by step of the method, what exists and what is still missing
before the minutes go out; each missing thing is a link to it.

A read-only text browser, like a small web page: links take the mouse, Tab moves from link
to link and Enter follows one, and the page scrolls to the link that has focus.
"""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QLabel, QTextBrowser, QVBoxLayout, QWidget

from desktop.core.readiness import Check, Item, Step
from desktop.ui.trf import trf

OK_MARK = "✓"
TODO_MARK = "●"
EMPTY_MARK = "○"
OK_COLOUR = "#2e7d32"
TODO_COLOUR = "#c25e00"
SCHEME = "item"  # links are item:<kind>/<id>


def link_for(item: Item) -> str:
    return f"{SCHEME}:{item.kind}/{item.id}"


def parse_link(url: QUrl) -> tuple[str, str] | None:
    """(kind, id) of an item link, or None for anything else."""
    if url.scheme() != SCHEME:
        return None
    kind, _, item_id = url.path().partition("/")
    return (kind, item_id) if kind and item_id else None


class ReadinessPanel(QWidget):
    """Emits `item_chosen(kind, id)` when a link is followed (click, or Enter on it)."""

    item_chosen = Signal(str, str)

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.steps: list[Step] = []
        heading = QLabel(self.tr("Ready for the minutes?"))
        heading.setObjectName("sectionHeading")
        self.view = QTextBrowser()
        self.view.setOpenLinks(False)
        self.view.setFrameShape(QFrame.Shape.NoFrame)
        self.view.setAccessibleName(self.tr("Ready for the minutes?"))
        # Part of the page, not an input box: the window's colour behind it.
        # (A palette, not a style sheet: a style sheet on the browser drew its scroll bar's
        # handle black under Fusion.)
        palette = self.view.palette()
        palette.setColor(QPalette.ColorRole.Base, palette.color(QPalette.ColorRole.Window))
        self.view.setPalette(palette)
        self.view.document().setDocumentMargin(2)
        self.view.anchorClicked.connect(self._followed)
        heading.setBuddy(self.view)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading)
        layout.addWidget(self.view, 1)
        self._html = ""

    def show_steps(self, steps: Sequence[Step]) -> None:
        self.steps = list(steps)
        page = self._page()
        if page == self._html:
            return  # nothing changed: keep the scroll position and the focused link
        scrolled = self.view.verticalScrollBar().value()
        self._html = page
        self.view.setHtml(page)
        self.view.verticalScrollBar().setValue(scrolled)

    def text(self) -> str:
        """What the overview says, as plain lines: step, check, item, indented."""
        lines = []
        if self._all_done():
            lines.append(f"{OK_MARK} {self.tr('Nothing is missing.')}")
        for step in self.steps:
            lines.append(
                f"{self._mark(step)[0]} {step.title(self.lang)}: {step.summary(self.lang)}"
            )
            for check in step.checks:
                if check.ok:
                    continue
                lines.append(f"    {check.text(self.lang)}")
                for item in check.items:
                    detail = item.detail(self.lang)
                    label = item.label or self.tr("(no text)")
                    lines.append(f"        {label} ({detail})" if detail else f"        {label}")
                if check.more:
                    lines.append(f"        {self._more(check)}")
        return "\n".join(lines)

    def links(self) -> list[tuple[str, str]]:
        """(kind, id) of each link, in the order shown."""
        return [(i.kind, i.id) for s in self.steps for c in s.checks for i in c.items]

    def _followed(self, url: QUrl) -> None:
        target = parse_link(url)
        if target is not None:
            self.item_chosen.emit(*target)

    # -- the page ------------------------------------------------------------------------

    def _page(self) -> str:
        muted = self.palette().color(QPalette.ColorRole.PlaceholderText).name()
        parts = []
        if self._all_done():
            parts.append(_marked(OK_MARK, OK_COLOUR, html.escape(self.tr("Nothing is missing."))))
        parts.extend(self._step(step, muted) for step in self.steps)
        return "".join(parts)

    def _all_done(self) -> bool:
        return bool(self.steps) and all(s.ok and not s.empty for s in self.steps)

    def _mark(self, step: Step) -> tuple[str, str]:
        if not step.ok:
            return TODO_MARK, TODO_COLOUR
        if step.empty:  # nothing made in this step yet
            return EMPTY_MARK, self.palette().color(QPalette.ColorRole.PlaceholderText).name()
        return OK_MARK, OK_COLOUR

    def _more(self, check: Check) -> str:
        # The count picks the form ("og 1 mere", "og 15 flere"); %1 is the number as the
        # language writes it (1.234 or 1,234), which Qt's %n does not.
        return trf(self.tr("and %1 more", "", check.more), _number(check.more, self.lang))

    def _step(self, step: Step, muted: str) -> str:
        mark, colour = self._mark(step)
        title = html.escape(step.title(self.lang))
        summary = html.escape(step.summary(self.lang))
        body = [f"<b>{title}</b>&nbsp; <span style='color:{muted}'>{summary}</span>"]
        body.extend(self._check(check, muted) for check in step.checks if not check.ok)
        return _marked(mark, colour, "".join(body))

    def _check(self, check: Check, muted: str) -> str:
        out = [f"<p style='margin: 2px 0 0 0'>{html.escape(check.text(self.lang))}</p>"]
        lines = []
        for item in check.items:
            label = html.escape(item.label or self.tr("(no text)"))
            line = f"<a href='{link_for(item)}'>{label}</a>"
            detail = item.detail(self.lang)
            if detail:
                line += f" <span style='color:{muted}'>({html.escape(detail)})</span>"
            lines.append(line)
        if check.more:
            lines.append(f"<span style='color:{muted}'>{html.escape(self._more(check))}</span>")
        if lines:
            out.append(f"<p style='margin: 1px 0 0 16px'>{'<br>'.join(lines)}</p>")
        return "".join(out)


def _marked(mark: str, colour: str, body: str) -> str:
    """The mark in a column of its own, so wrapped lines keep clear of it."""
    return (
        "<table cellspacing='0' cellpadding='0' style='margin-top: 6px'><tr>"
        f"<td width='20' style='color:{colour}'>{mark}</td><td>{body}</td>"
        "</tr></table>"
    )


def _number(count: int, lang: str) -> str:
    text = f"{count:,}"
    return text.replace(",", ".") if lang == "da" else text
