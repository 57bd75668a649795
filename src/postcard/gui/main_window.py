"""The main window: events, contacts (searchable), and the real PDF of the selected person's card."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSortFilterProxyModel, Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from postcard.context import AppContext
from postcard.errors import PostcardError

from postcard.gui.contacts_model import ContactsModel

ALL_CONTACTS = -1


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setWindowTitle("postcard")
        self.resize(1200, 720)
        self.events = QListWidget()
        self.search = QLineEdit(placeholderText="Search name, reading, company, e-mail…")
        self.model = ContactsModel()
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # the book's reading order
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.status = QLabel()
        self.pdf = QPdfDocument(self)
        self.preview = QPdfView()
        self.preview.setDocument(self.pdf)
        self.preview.setPageMode(QPdfView.PageMode.MultiPage)
        self.preview.setZoomMode(QPdfView.ZoomMode.FitInView)
        self._buffer: QBuffer | None = None

        middle = QWidget()
        layout = QVBoxLayout(middle)
        layout.addWidget(self.search)
        layout.addWidget(self.table)
        layout.addWidget(self.status)
        splitter = QSplitter()
        splitter.addWidget(self.events)
        splitter.addWidget(middle)
        splitter.addWidget(self.preview)
        splitter.setSizes([220, 620, 360])
        self.setCentralWidget(splitter)

        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.events.currentRowChanged.connect(self.load_contacts)
        self.table.selectionModel().currentRowChanged.connect(self.show_preview)
        self.load_events()

    def load_events(self) -> None:
        self.events.clear()
        item = QListWidgetItem("All contacts")
        item.setData(Qt.ItemDataRole.UserRole, ALL_CONTACTS)
        self.events.addItem(item)
        counts = self.ctx.store.events.contact_counts()
        for event in self.ctx.store.events.list():
            date = event.date.isoformat() if event.date else ""
            item = QListWidgetItem(f"{event.name}\n{date}  ({counts.get(event.id or 0, 0)})")
            item.setData(Qt.ItemDataRole.UserRole, event.id)
            self.events.addItem(item)
        self.events.setCurrentRow(1 if self.events.count() > 1 else 0)

    def current_event_id(self) -> int | None:
        item = self.events.currentItem()
        value = item.data(Qt.ItemDataRole.UserRole) if item else ALL_CONTACTS
        return None if value == ALL_CONTACTS else int(value)

    def load_contacts(self) -> None:
        event_id = self.current_event_id()
        contacts = self.ctx.store.contacts.list(event_id=event_id)
        self.model.set_contacts(contacts)
        self.status.setText(f"{len(contacts)} contact(s)")
        if contacts:
            self.table.selectRow(0)

    def show_preview(self) -> None:
        from postcard.compose import build_job, layout_options, saved_offsets
        from postcard.render.batch import PrintSettings, render_preview

        index = self.table.currentIndex()
        if not index.isValid():
            return
        contact = self.model.contact(self.proxy.mapToSource(index).row())
        event_id = self.current_event_id()
        event = self.ctx.store.events.get(event_id) if event_id else None
        draft = self.ctx.store.cards.drafts_for_event(event_id).get(contact.id or 0)
        settings = PrintSettings(options=layout_options(self.ctx), offsets=saved_offsets(self.ctx))
        try:
            job = build_job(self.ctx, contact, event=event, sender=self.ctx.store.senders.default(), draft=draft)
            data = render_preview(job, settings, self.ctx.fonts)
        except PostcardError as exc:
            self.status.setText(str(exc))
            return
        self._buffer = QBuffer(self)  # setData copies: the PDF bytes must outlive this call
        self._buffer.setData(QByteArray(data))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.pdf.load(self._buffer)
