"""One column of the board: its header with count and totals, and its list of cards.

The list takes the keyboard: Ctrl+Left/Right moves the card to the next column,
Ctrl+Up/Down moves it within the column, Left/Right go to the neighbouring column,
Delete deletes, Enter opens the card in the detail panel.

A card is dragged with the mouse across the whole board without Qt's drag and drop: the
column pressed keeps the mouse until the button is released (Qt's implicit grab), says where
the pointer is (`drag_moved`) and where the card was let go (`card_dropped`), and the tab
decides the column and place. The same mouse events work on every platform, in presentation
mode and in tests (QDrag is a no-op on the offscreen platform); Escape cancels a drag.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QPoint, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
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
    drag_moved = Signal(str, QPoint)  # service id, pointer in global coordinates
    card_dropped = Signal(str, QPoint)  # service id, where it was let go (global)
    drag_cancelled = Signal()

    def __init__(self, model: BoardColumnModel, texts: CardTexts) -> None:
        super().__init__()
        self.setModel(model)
        self.setItemDelegate(CardDelegate(self, texts))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # Cards are dragged by the board's own mouse handling (see the module docstring);
        # drops of Qt's kind (another program's, a test's mime data) still reach the model.
        self.setDragEnabled(False)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.card_drag = True  # False while the workshop is read-only
        self._pressed: tuple[str, QPoint] | None = None  # card and where it was pressed
        self._dragging = False
        self.drop_line: int | None = None  # y in the viewport where a drop would go
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

    # -- dragging a card ------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        super().mousePressEvent(event)
        self._pressed = None
        if event.button() != Qt.MouseButton.LeftButton or not self.card_drag:
            return
        index = self.indexAt(event.position().toPoint())
        if index.isValid():
            self._pressed = (str(index.data(ID_ROLE)), event.position().toPoint())

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._pressed is None or not event.buttons() & Qt.MouseButton.LeftButton:
            super().mouseMoveEvent(event)
            return
        service_id, start = self._pressed
        here = event.position().toPoint()
        if not self._dragging:
            if (here - start).manhattanLength() < QApplication.startDragDistance():
                return
            self._dragging = True
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
        self.drag_moved.emit(service_id, self.viewport().mapToGlobal(here))
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        pressed, dragging = self._pressed, self._dragging
        self._end_drag()
        if dragging and pressed is not None and event.button() == Qt.MouseButton.LeftButton:
            where = self.viewport().mapToGlobal(event.position().toPoint())
            self.card_dropped.emit(pressed[0], where)
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def _end_drag(self) -> None:
        if self._dragging:
            self.viewport().unsetCursor()
            self.setState(QAbstractItemView.State.NoState)
        self._pressed = None
        self._dragging = False

    def is_dragging(self) -> bool:
        return self._dragging

    def set_drop_line(self, y: int | None) -> None:
        if y != self.drop_line:
            self.drop_line = y
            self.viewport().update()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.drop_line is None:
            return
        painter = QPainter(self.viewport())
        pen = QPen(QColor(self.palette().highlight().color()))
        pen.setWidth(3)
        painter.setPen(pen)
        y = max(1, min(self.drop_line, self.viewport().height() - 2))
        painter.drawLine(4, y, self.viewport().width() - 4, y)
        painter.end()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key == Qt.Key.Key_Escape and self._dragging:
            self._end_drag()
            self.drag_cancelled.emit()
            event.accept()
            return
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
