"""One column of the board: its header with count and totals, and its list of cards.

The list takes the keyboard: Ctrl+Left/Right moves the card to the next column,
Ctrl+Up/Down moves it within the column, Left/Right go to the neighbouring column,
Delete deletes, Enter opens the card in the detail panel.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QLabel,
    QListView,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.delivery_tab.board_model import ID_ROLE, BoardColumnModel
from desktop.ui.delivery_tab.card_delegate import CardDelegate, CardTexts


class CardListView(QListView):
    step_requested = Signal(str, int, int)  # service id, columns, rows
    neighbour_requested = Signal(int)  # -1 left, +1 right
    delete_requested = Signal(str)
    open_requested = Signal(str)

    def __init__(self, model: BoardColumnModel, texts: CardTexts) -> None:
        super().__init__()
        self.setModel(model)
        self.setItemDelegate(CardDelegate(self, texts))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setUniformItemSizes(False)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setMinimumWidth(150)

    def board_model(self) -> BoardColumnModel:
        model = self.model()
        assert isinstance(model, BoardColumnModel)
        return model

    def current_id(self) -> str | None:
        index = self.currentIndex()
        if not index.isValid() or not self.selectionModel().isSelected(index):
            return None
        return str(index.data(ID_ROLE))

    def select_row(self, row: int) -> None:
        index = self.model().index(row, 0)
        self.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        self.scrollTo(index)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        ctrl = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        service_id = self.current_id()
        steps = {
            Qt.Key.Key_Left: (-1, 0),
            Qt.Key.Key_Right: (1, 0),
            Qt.Key.Key_Up: (0, -1),
            Qt.Key.Key_Down: (0, 1),
        }
        if ctrl and key in steps:
            if service_id:
                columns, rows = steps[Qt.Key(key)]
                self.step_requested.emit(service_id, columns, rows)
            event.accept()
            return
        if not ctrl and key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            self.neighbour_requested.emit(-1 if key == Qt.Key.Key_Left else 1)
            event.accept()
            return
        if key == Qt.Key.Key_Delete and service_id:
            self.delete_requested.emit(service_id)
            event.accept()
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F2) and service_id:
            self.open_requested.emit(service_id)
            event.accept()
            return
        super().keyPressEvent(event)


class BoardColumn(QWidget):
    """Header and cards of one placement."""

    def __init__(
        self, placement: str, title: str, texts: CardTexts, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.placement = placement
        self.model = BoardColumnModel(placement, self)
        self.model.lang = texts.lang
        self.title = QLabel(title)
        self.title.setObjectName("sectionHeading")
        self.totals = QLabel()
        self.totals.setWordWrap(True)
        # Three lines in every column, so the cards start at the same height everywhere.
        self.totals.setMinimumHeight(3 * self.totals.fontMetrics().lineSpacing() + 2)
        self.totals.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.totals.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.view = CardListView(self.model, texts)
        self.view.setAccessibleName(title)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 0, 2, 0)
        layout.setSpacing(2)
        layout.addWidget(self.title)
        layout.addWidget(self.totals)
        layout.addWidget(self.view, 1)

    def set_header(self, title: str, totals: str, tooltip: str) -> None:
        self.title.setText(title)
        self.totals.setText(totals)
        self.totals.setToolTip(tooltip)
