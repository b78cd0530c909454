"""Naming a database without typing an address: a kind, then a file picker (SQLite) or server fields
(PostgreSQL, MariaDB/MySQL), with "Test connection". The raw URL stays one choice away ("Advanced").
The URL itself is built by services/connection.py."""

from __future__ import annotations

from typing import Literal

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from backup_desk.jobs import Key, Kind, manager_for
from backup_desk.messages import Text
from backup_desk.services.connection import (
    DEFAULT_PORTS,
    MASK,
    BuiltUrl,
    ConnectionFields,
    DatabaseKind,
    build_url,
)
from backup_desk.ui.controllers.errors import tr_text

_PAGES: dict[DatabaseKind, int] = {"sqlite": 0, "postgresql": 1, "mariadb": 1, "url": 2}


class ConnectionFieldsWidget(QWidget):
    """`changed` fires on every edit; `url()` gives the built URL or what is missing. `mode` says whether
    the SQLite file is an existing one (a source) or may be a new one (a restore target)."""

    changed = Signal()

    def __init__(self, mode: Literal["open", "save"] = "open", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.mode = mode
        self._stored_password = False
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.kind = QComboBox()
        self.kind.addItem(self.tr("SQLite file"), "sqlite")
        self.kind.addItem(self.tr("PostgreSQL server"), "postgresql")
        self.kind.addItem(self.tr("MariaDB / MySQL server"), "mariadb")
        self.kind.addItem(self.tr("Advanced: database URL"), "url")
        outer.addWidget(self.kind)
        self.pages = QStackedWidget()
        self.pages.addWidget(self._sqlite_page())
        self.pages.addWidget(self._server_page())
        self.pages.addWidget(self._url_page())
        self.pages.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        outer.addWidget(self.pages)
        test_row = QHBoxLayout()
        self.test_button = QPushButton(self.tr("Test connection"))
        self.test_button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setVisible(False)
        test_row.addWidget(self.test_button, 0, Qt.AlignmentFlag.AlignLeft)
        test_row.addWidget(self.status, 1)
        outer.addLayout(test_row)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        for edit in (self.path, self.host, self.database, self.user, self.password, self.raw_url):
            edit.textChanged.connect(self._edited)
        self.port.valueChanged.connect(self._edited)
        self.choose.clicked.connect(self._choose_file)
        self._kind_changed()

    # -- layout --------------------------------------------------------------------------------------
    def _sqlite_page(self) -> QWidget:
        page = QWidget()
        row = QHBoxLayout(page)
        row.setContentsMargins(0, 0, 0, 0)
        self.path = QLineEdit()
        self.path.setPlaceholderText(self.tr("Choose the database file…"))
        self.choose = QPushButton(self.tr("Choose…"))
        row.addWidget(self.path, 1)
        row.addWidget(self.choose)
        return page

    def _server_page(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        form.setContentsMargins(0, 0, 0, 0)
        self.host = QLineEdit("localhost")
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(DEFAULT_PORTS["postgresql"])
        self.database = QLineEdit()
        self.user = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_note = QLabel(self.tr("Kept in the system keyring, never in the catalog."))
        self.password_note.setProperty("role", "muted")
        self.password_note.setWordWrap(True)
        form.addRow(self.tr("Server"), self.host)
        form.addRow(self.tr("Port"), self.port)
        form.addRow(self.tr("Database"), self.database)
        form.addRow(self.tr("User"), self.user)
        form.addRow(self.tr("Password"), self.password)
        form.addRow("", self.password_note)
        return page

    def _url_page(self) -> QWidget:
        page = QWidget()
        row = QVBoxLayout(page)
        row.setContentsMargins(0, 0, 0, 0)
        self.raw_url = QLineEdit()
        self.raw_url.setPlaceholderText("sqlite:////path/app.db · postgresql+psycopg://user@host/db")
        row.addWidget(self.raw_url)
        return page

    # -- values --------------------------------------------------------------------------------------
    def current_kind(self) -> DatabaseKind:
        return self.kind.currentData()

    def fields(self) -> ConnectionFields:
        kind = self.current_kind()
        password = self.password.text() or (MASK if self._stored_password else "")
        return ConnectionFields(
            kind=kind, path=self.path.text().strip(), host=self.host.text().strip(), port=self.port.value(),
            database=self.database.text().strip(), user=self.user.text().strip(), password=password,
            url=self.raw_url.text().strip(),
        )

    def set_fields(self, fields: ConnectionFields) -> None:
        widgets = (self.kind, self.path, self.host, self.port, self.database, self.user, self.password,
                   self.raw_url)
        for w in widgets:
            w.blockSignals(True)
        self.kind.setCurrentIndex(max(0, self.kind.findData(fields.kind)))
        self.path.setText(fields.path)
        self.host.setText(fields.host)
        self.port.setValue(fields.port or DEFAULT_PORTS.get(fields.kind, 5432))
        self.database.setText(fields.database)
        self.user.setText(fields.user)
        self._stored_password = fields.password == MASK
        self.password.setText("" if self._stored_password else fields.password)
        self.password.setPlaceholderText(
            self.tr("Unchanged (stored in the keyring)") if self._stored_password else "")
        self.raw_url.setText(fields.url)
        for w in widgets:
            w.blockSignals(False)
        self._show_page(_PAGES[self.current_kind()])
        self.changed.emit()

    def url(self) -> BuiltUrl:
        return build_url(self.fields())

    def problem_text(self, built: BuiltUrl) -> str:
        """What is missing, in the person's language."""
        texts = {
            "file": self.tr("Choose the database file."),
            "address": self.tr("Give the database address."),
            "not_a_url": self.tr("This is not a database address (e.g. sqlite:////home/me/app.db)."),
            "server": self.tr("Fill in the server."),
            "database": self.tr("Fill in the database name."),
            "user": self.tr("Fill in the user name."),
        }
        return texts.get(built.problem or "", "")

    def show_status(self, ok: bool | None, text: str) -> None:
        """ok True: green; False: red; None: in progress (the button waits)."""
        color = "" if ok is None or not text else ("#1f8a4c" if ok else "#d9434f")
        self.status.setStyleSheet(f"color: {color};" if color else "")
        self.status.setText(text)
        self.status.setVisible(bool(text))
        self.test_button.setEnabled(ok is not None)

    # -- reactions -----------------------------------------------------------------------------------
    def _show_page(self, index: int) -> None:
        """Only the shown page takes room (a stacked widget otherwise keeps the tallest page's height)."""
        for i in range(self.pages.count()):
            vertical = QSizePolicy.Policy.Preferred if i == index else QSizePolicy.Policy.Ignored
            page = self.pages.widget(i)
            if page is not None:
                page.setSizePolicy(QSizePolicy.Policy.Preferred, vertical)
        self.pages.setCurrentIndex(index)
        self.pages.adjustSize()

    def _kind_changed(self) -> None:
        kind = self.current_kind()
        self._show_page(_PAGES[kind])
        if kind in DEFAULT_PORTS and self.port.value() in DEFAULT_PORTS.values():
            self.port.blockSignals(True)
            self.port.setValue(DEFAULT_PORTS[kind])
            self.port.blockSignals(False)
        self._edited()

    def _edited(self) -> None:
        if self.status.isVisible():  # an earlier answer is about other values: clear it
            self.show_status(True, "")
        self.changed.emit()

    def _choose_file(self) -> None:
        if self.mode == "open":
            path, _f = QFileDialog.getOpenFileName(
                self, self.tr("Choose the SQLite database"), self.path.text(),
                self.tr("SQLite databases (*.sqlite *.sqlite3 *.db *.db3);;All files (*)"))
        else:
            path, _f = QFileDialog.getSaveFileName(
                self, self.tr("New SQLite database"), self.path.text(),
                self.tr("SQLite databases (*.sqlite *.sqlite3 *.db *.db3)"))
        if path:
            self.path.setText(path)


class ConnectionTester(QObject):
    """Tests the widget's database on a worker thread and shows the answer under it. A failure of the
    check itself is shown too: the status never stays on "Connecting…"."""

    tested = Signal(object)  # None when connected, else the reason

    def __init__(self, widget: ConnectionFieldsWidget) -> None:
        super().__init__(widget)
        self.widget = widget
        widget.test_button.clicked.connect(self.test)

    @property
    def busy(self) -> bool:
        return manager_for(self).is_busy(Key(Kind.CONNECTION_TEST), self)

    def test(self) -> None:
        built = self.widget.url()
        if built.url is None:
            self.widget.show_status(False, self.widget.problem_text(built))
            return
        from backup_desk.services.connection import test_connection

        url = built.url
        self.widget.show_status(None, self.tr("Connecting…"))
        manager_for(self).query(Key(Kind.CONNECTION_TEST), lambda: test_connection(url), owner=self,
                                on_done=self._answered,
                                on_error=lambda exc: self._answered(str(getattr(exc, "message", exc))))

    def _answered(self, reason: object) -> None:
        if reason is None:
            self.widget.show_status(True, self.tr("Connected."))
        else:
            self.widget.show_status(False, tr_text(reason) if isinstance(reason, Text) else str(reason))
        self.tested.emit(reason)
