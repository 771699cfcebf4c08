"""“Vis ord”: the glossary one term at a time in large type, for teaching the other side.

The slide is painted, not laid out with labels: each text gets the largest type that fits
the space it has, at any window size from a laptop to a 1080p projector.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QEvent, QRect, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QKeyEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.core.models import TermSide
from desktop.ui.glossary_tab.terms_model import STATUS_COLOURS
from desktop.ui.trf import trf

INK = QColor("#1b1f24")
MUTED = QColor("#5b6470")
PAPER = QColor("#ffffff")
# A strong colour for each side's words and a pale one behind the counterpart.
ACCENTS = {TermSide.PROCUREMENT.value: QColor("#1565a8"), TermSide.DOMAIN.value: QColor("#2e7d32")}
TINTS = {TermSide.PROCUREMENT.value: QColor("#e6f1fb"), TermSide.DOMAIN.value: QColor("#e9f5e3")}
WRAP = Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop

NEXT_KEYS = {
    Qt.Key.Key_Right,
    Qt.Key.Key_Down,
    Qt.Key.Key_PageDown,
    Qt.Key.Key_Space,
    Qt.Key.Key_Return,
    Qt.Key.Key_Enter,
}
PREVIOUS_KEYS = {Qt.Key.Key_Left, Qt.Key.Key_Up, Qt.Key.Key_PageUp, Qt.Key.Key_Backspace}
OWN_KEYS = NEXT_KEYS | PREVIOUS_KEYS | {Qt.Key.Key_Home, Qt.Key.Key_End, Qt.Key.Key_Escape}


@dataclass(frozen=True)
class SlideTexts:
    """What one slide says: tests and screen readers read it here."""

    kicker: str  # the side the term belongs to
    position: str  # "3 af 32"
    term: str
    explanation: str
    example: str
    counterpart_heading: str
    counterpart: str
    counterpart_explanation: str
    status: str
    details: str  # source and who taught it
    side: str
    status_value: str


class TermShowcase(QWidget):
    """The terms in the glossary's order, one at a time. Emits `closed(term_id)` on Esc or
    Close with the term shown last, so the table can select it."""

    closed = Signal(str)

    def __init__(
        self,
        side_titles: dict[str, str],
        status_labels: dict[str, str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("termShowcase")
        self.side_titles = side_titles
        self.status_labels = status_labels
        self.terms: list[dict[str, Any]] = []
        self.by_id: dict[str, dict[str, Any]] = {}
        self.names: dict[str, str] = {}
        self.index = 0
        self.filtered = False
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

        self.slide = TermSlide()
        self.previous_button = QPushButton(self.tr("‹ Previous"))
        self.next_button = QPushButton(self.tr("Next ›"))
        self.close_button = QPushButton(self.tr("Close"))
        self.hint = QLabel(self.tr("→ or Space: next term · ←: previous · Esc: back to the lists"))
        self.hint.setObjectName("hint")
        self.hint.setEnabled(False)  # a quiet hint, not a control
        for button, slot in (
            (self.previous_button, self.previous),
            (self.next_button, self.next),
            (self.close_button, self.close_showcase),
        ):
            # The keys stay with the showcase: a click must not move the focus away.
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(slot)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(8, 4, 8, 8)
        buttons.setSpacing(8)
        buttons.addWidget(self.previous_button)
        buttons.addWidget(self.next_button)
        buttons.addSpacing(12)
        buttons.addWidget(self.hint, 1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.slide, 1)
        layout.addLayout(buttons)
        self._update()

    # -- what is shown ---------------------------------------------------------------------

    def show_terms(
        self,
        terms: Sequence[dict[str, Any]],
        by_id: dict[str, dict[str, Any]],
        names: dict[str, str],
        *,
        start_id: str | None = None,
        filtered: bool = False,
    ) -> None:
        """Show `terms` (in order); start at `start_id`, else stay on the term shown (or
        where it was, if it is gone)."""
        current = start_id or self.current_id()
        self.terms = list(terms)
        self.by_id = by_id
        self.names = names
        self.filtered = filtered
        ids = [str(t["id"]) for t in self.terms]
        if current in ids:
            self.index = ids.index(current)
        self.index = max(0, min(self.index, len(self.terms) - 1))
        self._update()

    def current_term(self) -> dict[str, Any] | None:
        return self.terms[self.index] if self.terms else None

    def current_id(self) -> str | None:
        term = self.current_term()
        return str(term["id"]) if term else None

    def go_to(self, index: int) -> None:
        if self.terms:
            self.index = max(0, min(index, len(self.terms) - 1))
            self._update()

    def next(self) -> None:
        self.go_to(self.index + 1)

    def previous(self) -> None:
        self.go_to(self.index - 1)

    def close_showcase(self) -> None:
        self.closed.emit(self.current_id() or "")

    def texts(self) -> SlideTexts | None:
        return self.slide.texts

    def _update(self) -> None:
        term = self.current_term()
        self.previous_button.setEnabled(self.index > 0)
        self.next_button.setEnabled(self.index < len(self.terms) - 1)
        if term is None:
            self.slide.show_empty(
                self.tr("No terms match the search.")
                if self.filtered
                else self.tr("There are no terms in the glossary yet.")
            )
            return
        side = str(term["side"])
        other = next((s for s in ACCENTS if s != side), side)
        counterpart = self.by_id.get(str(term.get("counterpart_id") or ""))
        details = []
        if term.get("source"):
            details.append(trf(self.tr("Source: %1"), term["source"]))
        taught_by = self.names.get(str(term.get("taught_by") or ""))
        if taught_by:
            details.append(trf(self.tr("Explained by %1"), taught_by))
        heading = (
            self.tr("The professionals' counterpart")
            if other == TermSide.DOMAIN.value
            else self.tr("Procurement's counterpart")
        )
        self.slide.show_texts(
            SlideTexts(
                kicker=self.side_titles.get(side, ""),
                position=trf(self.tr("%1 of %2"), self.index + 1, len(self.terms)),
                term=str(term["term"]),
                explanation=str(term["explanation"]),
                example=str(term.get("example") or ""),
                counterpart_heading=heading if counterpart else "",
                counterpart=str(counterpart["term"]) if counterpart else "",
                counterpart_explanation=str(counterpart["explanation"]) if counterpart else "",
                status=self.status_labels.get(str(term["status"]), str(term["status"])),
                details=" · ".join(details),
                side=side,
                status_value=str(term["status"]),
            )
        )

    # -- keys ------------------------------------------------------------------------------

    def event(self, event: QEvent) -> bool:
        # Our keys before any window shortcut (PageDown switches tabs in presentation mode).
        if event.type() == QEvent.Type.ShortcutOverride:
            assert isinstance(event, QKeyEvent)
            if event.key() in OWN_KEYS and not _modified(event):
                event.accept()
                return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if _modified(event) or key not in OWN_KEYS:
            super().keyPressEvent(event)
            return
        if key in NEXT_KEYS:
            self.next()
        elif key in PREVIOUS_KEYS:
            self.previous()
        elif key == Qt.Key.Key_Home:
            self.go_to(0)
        elif key == Qt.Key.Key_End:
            self.go_to(len(self.terms) - 1)
        else:
            self.close_showcase()
        event.accept()


def _modified(event: QKeyEvent) -> bool:
    mods = event.modifiers() & ~(
        Qt.KeyboardModifier.KeypadModifier | Qt.KeyboardModifier.ShiftModifier
    )
    return mods != Qt.KeyboardModifier.NoModifier


class TermSlide(QWidget):
    """One term painted as a slide: side, term, explanation, example, counterpart, status."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.texts: SlideTexts | None = None
        self.empty_text = ""
        self.setMinimumSize(320, 200)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)

    def show_texts(self, texts: SlideTexts) -> None:
        self.texts = texts
        self.empty_text = ""
        self.setAccessibleName(texts.term)
        self.setAccessibleDescription(texts.explanation)
        self.update()

    def show_empty(self, text: str) -> None:
        self.texts = None
        self.empty_text = text
        self.setAccessibleName(text)
        self.setAccessibleDescription("")
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.fillRect(self.rect(), PAPER)
        width, height = self.width(), self.height()
        unit = min(height, width * 0.6)  # type follows the smaller of the two
        margin = int(max(24, width * 0.05))
        area = QRect(margin, int(max(16, height * 0.05)), width - 2 * margin, 0)
        area.setBottom(height - int(max(12, height * 0.04)))
        if self.texts is None:
            font = _font(self.font(), unit * 0.05)
            painter.setFont(font)
            painter.setPen(MUTED)
            painter.drawText(
                area, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self.empty_text
            )
            painter.end()
            return
        t = self.texts
        accent = ACCENTS.get(t.side, INK)
        painter.fillRect(QRect(0, 0, int(max(8, width * 0.008)), height), accent)
        top = area.top()

        # The side and where we are, in small type on one line.
        small = _font(self.font(), unit * 0.032, bold=True)
        painter.setFont(small)
        line = QFontMetrics(small).height()
        painter.setPen(MUTED)
        position_width = QFontMetrics(small).horizontalAdvance(t.position) + 8
        painter.drawText(
            QRect(area.left(), top, area.width(), line),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            t.position,
        )
        painter.setPen(accent)
        kicker_rect = QRect(area.left(), top, area.width() - position_width, line)
        painter.drawText(
            kicker_rect,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            QFontMetrics(small).elidedText(
                t.kicker, Qt.TextElideMode.ElideRight, kicker_rect.width()
            ),
        )
        top += int(line + unit * 0.02)

        # The term: as large as fits in two lines.
        term_box = QRect(area.left(), top, area.width(), int(unit * 0.26))
        term_font = _fit(self.font(), t.term, term_box, unit * 0.12, unit * 0.05, bold=True)
        painter.setFont(term_font)
        painter.setPen(INK)
        used = QFontMetrics(term_font).boundingRect(term_box, int(WRAP), t.term)
        painter.drawText(term_box, int(WRAP), t.term)
        top = used.bottom() + int(unit * 0.035)

        # From the bottom up: the status line, then the counterpart.
        footer_font = _font(self.font(), unit * 0.03)
        footer_height = QFontMetrics(footer_font).height() + int(unit * 0.02)
        bottom = area.bottom() - footer_height
        self._paint_footer(
            painter, QRect(area.left(), bottom + 1, area.width(), footer_height), footer_font
        )
        if t.counterpart:
            box_height = int(min(unit * 0.3, (bottom - top) * 0.45))
            box = QRect(
                area.left(), bottom - box_height - int(unit * 0.02), area.width(), box_height
            )
            self._paint_counterpart(painter, box, unit)
            bottom = box.top() - int(unit * 0.03)

        # The explanation (and the example) get the rest, in the largest type that fits.
        body = QRect(area.left(), top, area.width(), max(0, bottom - top))
        self._paint_body(painter, body, unit)
        painter.end()

    def _paint_body(self, painter: QPainter, body: QRect, unit: float) -> None:
        t = self.texts
        assert t is not None
        example = t.example
        size = unit * 0.058
        while True:
            font = _font(self.font(), size)
            example_font = _font(self.font(), size * 0.85, italic=True)
            needed = _text_height(font, body.width(), t.explanation)
            if example:
                needed += int(size * 0.6) + _text_height(example_font, body.width(), example)
            if needed <= body.height() or size <= unit * 0.024:
                break
            size *= 0.93
        painter.setPen(INK)
        painter.setFont(font)
        explanation = _elide_to(font, body, t.explanation)
        painter.drawText(body, int(WRAP), explanation)
        if example:
            y = body.top() + _text_height(font, body.width(), explanation) + int(size * 0.6)
            rest = QRect(body.left(), y, body.width(), body.bottom() - y)
            if rest.height() > QFontMetrics(example_font).height():
                painter.setFont(example_font)
                painter.setPen(MUTED)
                painter.drawText(rest, int(WRAP), _elide_to(example_font, rest, example))

    def _paint_counterpart(self, painter: QPainter, box: QRect, unit: float) -> None:
        t = self.texts
        assert t is not None
        other = next((s for s in ACCENTS if s != t.side), t.side)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(TINTS.get(other, PAPER))
        painter.drawRoundedRect(QRectF(box), unit * 0.015, unit * 0.015)
        painter.fillRect(
            QRect(box.left(), box.top(), int(max(4, unit * 0.008)), box.height()),
            ACCENTS.get(other, INK),
        )
        pad = int(unit * 0.025)
        inner = box.adjusted(pad + int(unit * 0.01), pad, -pad, -pad)
        heading_font = _font(self.font(), unit * 0.028, bold=True)
        painter.setFont(heading_font)
        painter.setPen(ACCENTS.get(other, INK))
        heading = "↔ " + t.counterpart_heading
        line = QFontMetrics(heading_font).height()
        painter.drawText(
            QRect(inner.left(), inner.top(), inner.width(), line),
            Qt.AlignmentFlag.AlignLeft,
            heading,
        )
        top = inner.top() + line + int(unit * 0.008)
        term_font = _font(self.font(), unit * 0.048, bold=True)
        painter.setFont(term_font)
        painter.setPen(INK)
        term_line = QFontMetrics(term_font).height()
        painter.drawText(
            QRect(inner.left(), top, inner.width(), term_line),
            Qt.AlignmentFlag.AlignLeft,
            QFontMetrics(term_font).elidedText(
                t.counterpart, Qt.TextElideMode.ElideRight, inner.width()
            ),
        )
        top += term_line + int(unit * 0.008)
        rest = QRect(inner.left(), top, inner.width(), inner.bottom() - top)
        if t.counterpart_explanation and rest.height() > 0:
            font = _fit(self.font(), t.counterpart_explanation, rest, unit * 0.034, unit * 0.024)
            painter.setFont(font)
            painter.setPen(MUTED)
            painter.drawText(rest, int(WRAP), _elide_to(font, rest, t.counterpart_explanation))

    def _paint_footer(self, painter: QPainter, line: QRect, font: QFont) -> None:
        t = self.texts
        assert t is not None
        painter.setFont(font)
        metrics = QFontMetrics(font)
        chip_width = metrics.horizontalAdvance(t.status) + metrics.height()
        chip = QRect(
            line.left(),
            line.top() + (line.height() - metrics.height() - 6) // 2,
            chip_width,
            metrics.height() + 6,
        )
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(STATUS_COLOURS.get(t.status_value, QColor(0, 0, 0, 30)))
        painter.drawRoundedRect(QRectF(chip), chip.height() / 2, chip.height() / 2)
        painter.setPen(INK)
        painter.drawText(chip, Qt.AlignmentFlag.AlignCenter, t.status)
        if t.details:
            rest = QRect(
                chip.right() + metrics.height(),
                line.top(),
                line.right() - chip.right() - metrics.height(),
                line.height(),
            )
            painter.setPen(MUTED)
            painter.drawText(
                rest,
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                metrics.elidedText(t.details, Qt.TextElideMode.ElideRight, rest.width()),
            )


def _font(base: QFont, pixels: float, *, bold: bool = False, italic: bool = False) -> QFont:
    font = QFont(base)
    font.setPixelSize(max(9, round(pixels)))
    font.setBold(bold)
    font.setItalic(italic)
    return font


def _text_height(font: QFont, width: int, text: str) -> int:
    if not text:
        return 0
    return QFontMetrics(font).boundingRect(QRect(0, 0, width, 100_000), int(WRAP), text).height()


def _fit(
    base: QFont, text: str, box: QRect, largest: float, smallest: float, *, bold: bool = False
) -> QFont:
    """The largest type (down to `smallest`) in which `text` fits `box`, wrapped at words."""
    size = largest
    while True:
        font = _font(base, size, bold=bold)
        metrics = QFontMetrics(font)
        fits = _text_height(font, box.width(), text) <= box.height()
        longest = max((metrics.horizontalAdvance(w) for w in text.split()), default=0)
        if (fits and longest <= box.width()) or size <= smallest:
            return font
        size *= 0.93


def _elide_to(font: QFont, box: QRect, text: str) -> str:
    """`text`, cut at a word with "…" if it does not fit `box` even in the smallest type."""
    if _text_height(font, box.width(), text) <= box.height():
        return text
    words = text.split(" ")
    low, high = 0, len(words)
    while low < high:
        middle = (low + high + 1) // 2
        if _text_height(font, box.width(), " ".join(words[:middle]) + " …") <= box.height():
            low = middle
        else:
            high = middle - 1
    return " ".join(words[:low]) + " …" if low else ""
