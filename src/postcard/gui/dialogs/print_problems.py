"""The print dialog's list of problems: before printing, what stops a card (red) and what may keep it from arriving
(amber), each leading to its card; after printing, the cards left out."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from postcard.compose.printing import BatchPlan
from postcard.compose.problems import Problem

from postcard.gui.wording import problem_text


class WrappingDelegate(QStyledItemDelegate):
    """A row as tall as its text wrapped beside its icon (Qt's own measure wraps the text as if the icon took no
    room, so a sentence a little shorter than the list is cut off with "…" instead of taking a second line)."""

    def __init__(self, view: QListView) -> None:
        super().__init__(view)
        self.view = view

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:  # noqa: N802
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        style = self.view.style()
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, opt, self.view) + 1
        icon = opt.decorationSize if not opt.icon.isNull() else QSize(0, 0)
        width = max(self.view.viewport().width(), 100)
        text_width = width - icon.width() - 4 * margin - (margin if icon.width() else 0)
        text = opt.fontMetrics.boundingRect(QRect(0, 0, text_width, 100_000), Qt.TextFlag.TextWordWrap, opt.text)
        return QSize(width, max(text.height(), icon.height()) + 2 * margin)


class ProblemList(QWidget):
    """Signals:
    open_card(int): the user wants to fix this contact's card (double-click or Enter on a problem).
    """

    open_card = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel(self)
        self.heading.setObjectName("problemsHeading")
        self.heading.setWordWrap(True)
        self.heading.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.view = QListWidget(self)
        self.view.setObjectName("problemsList")
        self.view.setWordWrap(True)
        self.view.setResizeMode(QListView.ResizeMode.Adjust)  # rows wrap again when the dialog is resized
        self.view.setItemDelegate(WrappingDelegate(self.view))
        self.heading.setBuddy(self.view)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.view, 1)
        self.view.itemActivated.connect(self._activated)
        self.view.hide()
        self.heading.hide()
        self.hide()

    def count(self) -> int:
        return self.view.count()

    def texts(self) -> list[str]:
        return [self.view.item(row).text() for row in range(self.view.count())]

    def show_problems(self, problems: Sequence[Problem]) -> None:
        """The problems of a plan, what stops a card first."""
        self.view.clear()
        for problem in sorted(problems, key=lambda p: not p.blocking):
            item = self._item(problem)
            item.setToolTip(item.text() + "\n" + self.tr("Double-click or press Enter to open this card"))
            self.view.addItem(item)

    def show_checking(self, done: int, total: int) -> None:
        self.heading.setText(
            self.tr("Laying out every card to find what does not fit… %1 of %2")
            .replace("%1", str(done))
            .replace("%2", str(total))
        )
        self.heading.show()
        self._show_if_any()

    def show_heading(self, plan: BatchPlan | None, checked: bool = False) -> None:
        """The heading over the list: how many to look at, or (once every card is laid out) that all is well."""
        count = self.view.count()
        if count:
            self.heading.setText(
                self.tr("&Look at these before printing (%n); double-click one to open the card:", "", count)
            )
        elif plan is not None and plan.jobs and checked:
            self.heading.setText(self.tr("No problems found: every card fits and every address looks complete."))
        else:
            self.heading.clear()
        self.view.setVisible(count > 0)
        self.heading.setVisible(bool(self.heading.text()))
        self._show_if_any()

    def show_not_printed(self, left_out: Sequence[Problem]) -> None:
        """After printing, only the cards left out (to fix and print again)."""
        self.view.clear()
        for problem in left_out:
            self.view.addItem(self._item(problem))
        self.heading.setText(
            self.tr(
                "&Not printed (%n): fix them, then print them again; double-click one to open it:", "", len(left_out)
            )  # fmt: skip
        )
        self.heading.setVisible(bool(left_out))
        self.view.setVisible(bool(left_out))
        self._show_if_any()

    def _show_if_any(self) -> None:
        """Nothing to say takes no room (the feeding steps below get it)."""
        self.setVisible(not self.heading.isHidden() or not self.view.isHidden())

    def _item(self, problem: Problem) -> QListWidgetItem:
        item = QListWidgetItem(problem_text(problem, with_name=True))
        icon = QStyle.StandardPixmap.SP_MessageBoxCritical if problem.blocking else \
            QStyle.StandardPixmap.SP_MessageBoxWarning  # fmt: skip
        item.setIcon(self.style().standardIcon(icon))
        item.setData(Qt.ItemDataRole.UserRole, problem.contact_id)
        return item

    def _activated(self, item: QListWidgetItem) -> None:
        contact_id = item.data(Qt.ItemDataRole.UserRole)
        if contact_id:
            self.open_card.emit(int(contact_id))
