"""Draws a service as a card: title, target group, cost, score and suggestion, the
procurement badge (external and mixed cards) and the number of needs it answers. A title
word wider than the card breaks inside rather than being cut off (a narrow column at
960×540), and the title keeps clear of the ⚠ mark."""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QPen
from PySide6.QtWidgets import QListView, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from desktop.core import business_case
from desktop.core.delivery import Card, contract_years_text
from desktop.core.delivery_models import Placement
from desktop.core.money import format_dkk
from desktop.core.thresholds import Regime
from desktop.ui.delivery_tab.board_model import CARD_ROLE, MARK_ROLE
from desktop.ui.trf import trf
from desktop.ui.wrapped_text import draw_wrapped, wrapped

Index = QModelIndex | QPersistentModelIndex

PAD = 8
GAP = 3
TITLE_LINES = 3

# The column's colour on the card's left edge: soft enough for a projector's washed-out wall.
ACCENTS = {
    Placement.UNDECIDED.value: QColor(140, 140, 140),
    Placement.INTERNAL.value: QColor(45, 110, 190),
    Placement.EXTERNAL.value: QColor(214, 120, 20),
    Placement.MIXED.value: QColor(130, 80, 170),
    Placement.NOT_BUYING.value: QColor(90, 90, 90),
}
BADGES = {
    Regime.BELOW: QColor(46, 160, 67, 70),
    Regime.LIGHT: QColor(240, 180, 0, 110),
    Regime.FULL_EU: QColor(220, 60, 50, 90),
}
NEUTRAL_BADGE = QColor(128, 128, 128, 60)
MARK = QColor(200, 60, 40)  # a card's warning mark
MARK_ROOM = 20  # the mark's place at the title's right


@dataclass(frozen=True)
class CardTexts:
    """The card's words in the UI language, given by the tab (which can translate)."""

    lang: str
    placements: dict[str, str]
    per_year: str  # "%1/yr"
    no_cost: str
    years: str  # "%1 yrs"
    whole_years: Callable[[int], str]  # "1 yr", "4 yrs": Qt's plural forms
    score: str  # "Score %1"
    not_scored: str
    suggestion: str  # "Suggests: %1"
    needs: Callable[[int], str]  # "1 need", "2 needs": Qt's plural forms
    no_needs: str


class CardDelegate(QStyledItemDelegate):
    def __init__(self, view: QListView, texts: CardTexts) -> None:
        super().__init__(view)
        self.view = view
        self.texts = texts
        self._sizes: dict[tuple[object, ...], QSize] = {}
        # A card's lines by the card object: the board gives an unchanged card back as the
        # same object, and a list lays out every card of a column again after each move.
        self._lines_of: dict[int, tuple[Card, list[str]]] = {}

    # -- size ----------------------------------------------------------------------------

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont]:
        title = QFont(option.font)
        title.setBold(True)
        small = QFont(option.font)
        small.setPointSizeF(max(7.0, option.font.pointSizeF() * 0.9))
        return title, small

    def _inner_width(self) -> int:
        return max(60, self.view.viewport().width() - 2 * PAD - 6)

    def _title_height(self, card: Card, font: QFont, width: int) -> int:
        _layout, height = wrapped(str(card.service["title"]) or "–", font, width)
        return min(math.ceil(height), QFontMetrics(font).lineSpacing() * TITLE_LINES)

    def _lines(self, card: Card) -> list[str]:
        known = self._lines_of.get(id(card))
        if known is not None and known[0] is card:
            return known[1]
        lines = self._card_lines(card)
        if len(self._lines_of) > 5000:  # cards of boards gone by
            self._lines_of.clear()
        self._lines_of[id(card)] = (card, lines)
        return lines

    def _card_lines(self, card: Card) -> list[str]:
        t = self.texts
        lines = []
        if card.service["target_group"]:
            lines.append(str(card.service["target_group"]))
        cost = card.service["annual_cost_dkk"]
        years = card.service["contract_years"]
        money = trf(t.per_year, format_dkk(cost, lang=t.lang)) if cost is not None else t.no_cost
        if years is not None:
            typed = str(card.service["contract_years_typed"])
            if not typed and float(years).is_integer():
                length = t.whole_years(int(years))
            else:  # as typed ("2+1+1"), or a part of a year ("2,5")
                length = trf(t.years, contract_years_text(typed, years, lang=t.lang))
            money += " · " + length
        lines.append(money)
        score = card.score
        if score.value is None:
            lines.append(t.not_scored)
        else:
            shown = f"{score.value:.1f}"
            lines.append(trf(t.score, shown.replace(".", ",") if t.lang == "da" else shown))
            if score.suggestion:
                suggested = t.placements.get(score.suggestion, score.suggestion)
                lines.append(trf(t.suggestion, suggested))
        # The business case's difference, where both ways are known (the Business case page
        # and the minutes give the whole case).
        difference = business_case.compute(card.service).difference_short(t.lang)
        if difference:
            lines.append(difference)
        return lines

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        card = index.data(CARD_ROLE)
        if not isinstance(card, Card):
            return super().sizeHint(option, index)
        width = self._inner_width()
        marked = bool(index.data(MARK_ROLE))
        # A list relayouts every card after each move: measuring wrapped titles again and
        # again would cost more than the move itself (tests/bench/test_delivery_speed.py).
        key = (
            width,
            option.font.key(),
            str(card.service["title"]),
            len(self._lines(card)),
            marked,
        )
        size = self._sizes.get(key)
        if size is None:
            title_font, small_font = self._fonts(option)
            small = QFontMetrics(small_font).lineSpacing()
            title_width = width - (MARK_ROOM if marked else 0)
            height = PAD + self._title_height(card, title_font, title_width) + GAP
            height += key[3] * small + GAP + small + 6 + PAD  # lines, then the badge row
            size = QSize(width + 2 * PAD, height + 6)
            if len(self._sizes) > 5000:
                self._sizes.clear()
            self._sizes[key] = size
        return size

    # -- painting ------------------------------------------------------------------------

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        card = index.data(CARD_ROLE)
        if not isinstance(card, Card):
            super().paint(painter, option, index)
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = option.palette
        box = option.rect.adjusted(3, 3, -3, -3)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid), 1))
        painter.setBrush(palette.color(QPalette.ColorRole.Base))
        painter.drawRoundedRect(box, 6, 6)
        accent = ACCENTS.get(str(card.service["placement"]), ACCENTS["undecided"])
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(accent)
        painter.drawRoundedRect(QRect(box.left(), box.top(), 5, box.height()), 2, 2)
        if selected:
            pen = QPen(palette.color(QPalette.ColorRole.Highlight), 3)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(box.adjusted(1, 1, -1, -1), 6, 6)

        title_font, small_font = self._fonts(option)
        text_colour = palette.color(QPalette.ColorRole.Text)
        left = box.left() + PAD + 2
        width = box.width() - 2 * PAD - 2
        y = box.top() + PAD - 2
        painter.setFont(title_font)
        painter.setPen(text_colour)
        marked = bool(index.data(MARK_ROLE))
        title_width = width - (MARK_ROOM if marked else 0)  # the title never runs under ⚠
        title_height = self._title_height(card, title_font, title_width)
        title = str(card.service["title"]) or "–"
        layout, _height = wrapped(title, title_font, title_width)
        draw_wrapped(painter, QRectF(left, y, title_width, title_height), title, layout)
        y += title_height + GAP
        painter.setFont(small_font)
        metrics = QFontMetrics(small_font)
        line = metrics.lineSpacing()
        muted = palette.color(QPalette.ColorRole.PlaceholderText)
        for i, text in enumerate(self._lines(card)):
            painter.setPen(muted if i == 0 and card.service["target_group"] else text_colour)
            painter.drawText(
                QRect(left, y, width, line),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                metrics.elidedText(text, Qt.TextElideMode.ElideRight, width),
            )
            y += line
        y += GAP
        self._paint_footer(painter, card, QRect(left, y, width, line + 4), metrics, text_colour)
        if marked:  # equal treatment in the market dialogue: the tooltip says
            painter.setPen(MARK)
            painter.drawText(
                QRect(box.right() - 22, box.top() + 2, 20, line + 2),
                int(Qt.AlignmentFlag.AlignCenter),
                "⚠",
            )
        painter.restore()

    def _paint_footer(
        self, painter: QPainter, card: Card, row: QRect, metrics: QFontMetrics, colour: QColor
    ) -> None:
        t = self.texts
        needs = t.no_needs if card.needs == 0 else t.needs(card.needs)
        needs_width = metrics.horizontalAdvance(needs) + 4
        painter.setPen(colour)
        painter.drawText(
            row, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), needs
        )
        if card.hint is None:
            return
        badge = card.hint.badge(t.lang)
        room = row.width() - needs_width - 8
        text = metrics.elidedText(badge, Qt.TextElideMode.ElideRight, max(0, room - 10))
        badge_rect = QRect(
            row.left(), row.top(), metrics.horizontalAdvance(text) + 10, row.height()
        )
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(BADGES.get(card.hint.regime, NEUTRAL_BADGE))
        painter.drawRoundedRect(badge_rect, 4, 4)
        painter.setPen(colour)
        painter.drawText(badge_rect, int(Qt.AlignmentFlag.AlignCenter), text)
