"""The first-run guide: what to protect, where archives go, a passphrase, how often, then a first backup
that is verified before the guide says it is done. Nothing to type but a name and a passphrase: files and
folders come from pickers, databases from the connection fields."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from backup_desk.jobs import Key, Kind, WorkManager
from backup_desk.services import first_run
from backup_desk.services.context import AppContext
from backup_desk.services.models import Frequency
from backup_desk.ui.first_run.controller import GuideController
from backup_desk.ui.widgets.badges import ElidedLabel
from backup_desk.ui.widgets.connection_fields import ConnectionFieldsWidget, ConnectionTester
from backup_desk.ui.widgets.progress_panel import describe
from backup_desk.ui.widgets.strength_meter import StrengthMeter


def _note(text: str) -> QLabel:
    lab = QLabel(text)
    lab.setWordWrap(True)
    lab.setProperty("role", "muted")
    return lab


class WelcomePage(QWizardPage):
    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__()
        self.setTitle(self.tr("Welcome to Backup Desk"))
        layout = QVBoxLayout(self)
        text = QLabel(self.tr(
            "In five short steps you choose what to protect, where to keep the backups and how often. "
            "Then a first backup runs and is checked, so you know it can be restored."))
        text.setWordWrap(True)
        layout.addWidget(text)
        layout.addSpacing(12)
        self.demo_button = QPushButton(self.tr("Try the demonstration instead"))
        self.demo_button.setToolTip(self.tr(
            "Creates sample configurations over a small generated database and folder"))
        self.demo_button.clicked.connect(wizard.choose_demo)
        row = QHBoxLayout()
        row.addWidget(self.demo_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(1)


class SourcePage(QWizardPage):
    """A database (by kind) and/or folders."""

    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__()
        self.setTitle(self.tr("What to protect"))
        self.setSubTitle(self.tr("A database, folders, or both."))
        layout = QVBoxLayout(self)
        self.use_database = QCheckBox(self.tr("A database"))
        self.use_database.setChecked(True)
        layout.addWidget(self.use_database)
        self.connection = ConnectionFieldsWidget("open")
        self.tester = ConnectionTester(self.connection)
        layout.addWidget(self.connection)
        self.use_folders = QCheckBox(self.tr("Folders"))
        layout.addWidget(self.use_folders)
        row = QHBoxLayout()
        self.folders = QListWidget()
        self.folders.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.folders.setMaximumHeight(90)
        side = QVBoxLayout()
        self.add_folder = QPushButton(self.tr("Add a folder…"))
        self.remove_folder = QPushButton(self.tr("Remove"))
        side.addWidget(self.add_folder)
        side.addWidget(self.remove_folder)
        side.addStretch(1)
        row.addWidget(self.folders, 1, Qt.AlignmentFlag.AlignTop)
        row.addLayout(side)
        layout.addLayout(row)
        self.problem = _note("")
        layout.addWidget(self.problem)
        layout.addStretch(1)
        self.connected_url: str | None = None
        self.use_database.toggled.connect(self._changed)
        self.use_folders.toggled.connect(self._changed)
        self.connection.changed.connect(self._connection_edited)
        self.tester.tested.connect(self._tested)
        self.add_folder.clicked.connect(self._add_folder)
        self.remove_folder.clicked.connect(self._remove_folder)
        self._changed()

    def _connection_edited(self) -> None:
        self.connected_url = None
        built = self.connection.url()
        # A chosen SQLite file is checked at once; server fields wait for "Test connection".
        if built.url and self.connection.current_kind() == "sqlite":
            self.tester.test()
        self._changed()

    def _tested(self, reason: object) -> None:
        self.connected_url = self.connection.url().url if reason is None else None
        self._changed()

    def _add_folder(self) -> None:
        path = QFileDialog.getExistingDirectory(self, self.tr("Choose a folder to protect"))
        if path and not self.folders.findItems(path, Qt.MatchFlag.MatchExactly):
            self.folders.addItem(path)
            self.use_folders.setChecked(True)
        self._changed()

    def _remove_folder(self) -> None:
        for item in self.folders.selectedItems():
            self.folders.takeItem(self.folders.row(item))
        self._changed()

    def folder_list(self) -> tuple[str, ...]:
        if not self.use_folders.isChecked():
            return ()
        return tuple(self.folders.item(i).text() for i in range(self.folders.count()))

    def source_url(self) -> str | None:
        return self.connection.url().url if self.use_database.isChecked() else None

    def why_not(self) -> str:
        """Why Next is greyed out ("" when it is not)."""
        db, folders = self.use_database.isChecked(), self.folder_list()
        if not db and not folders:
            return self.tr("Choose a database or add a folder.")
        if self.use_folders.isChecked() and not folders:
            return self.tr("Add a folder, or untick “Folders”.")
        if db:
            built = self.connection.url()
            if built.url is None:
                return self.connection.problem_text(built)
            if self.connected_url != built.url:
                return (self.tr("Checking the database…") if self.tester.busy
                        else self.tr("Press “Test connection” to check the database."))
        return ""

    def _changed(self) -> None:
        self.connection.setEnabled(self.use_database.isChecked())
        for w in (self.folders, self.add_folder, self.remove_folder):
            w.setEnabled(True)
        self.problem.setText(self.why_not())
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return not self.why_not()


class DestinationPage(QWizardPage):
    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__()
        self.setTitle(self.tr("Where to keep the backups"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Backups will be saved in this folder on this computer:")))
        self.folder = ElidedLabel(str(first_run.default_destination(wizard.ctx)))
        self.folder.setProperty("role", "heading")
        layout.addWidget(self.folder)
        layout.addWidget(_note(self.tr(
            "For protection against a broken disk, choose a folder on another disk or a network share.")))
        row = QHBoxLayout()
        self.change = QPushButton(self.tr("Choose another folder…"))
        self.change.clicked.connect(self._choose)
        row.addWidget(self.change)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(1)

    def _choose(self) -> None:
        path = QFileDialog.getExistingDirectory(self, self.tr("Where to keep the backups"),
                                                self.folder.full_text)
        if path:
            self.folder.setText(path)

    def destination(self) -> str:
        return self.folder.full_text


class PassphrasePage(QWizardPage):
    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__()
        self.setTitle(self.tr("Lock the backups with a passphrase"))
        layout = QVBoxLayout(self)
        self.encrypt = QCheckBox(self.tr("Encrypt the backups (recommended)"))
        self.encrypt.setChecked(True)
        layout.addWidget(self.encrypt)
        form = QFormLayout()
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.again = QLineEdit()
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        self.again.setPlaceholderText(self.tr("Type it again"))
        form.addRow(self.tr("Passphrase"), self.passphrase)
        form.addRow(self.tr("Confirm"), self.again)
        self.meter = StrengthMeter()
        self.bar, self.strength = self.meter.bar, self.meter.label
        form.addRow(self.tr("Strength"), self.meter)
        layout.addLayout(form)
        warning = QLabel(self.tr(
            "Write it down and keep it somewhere safe. Without it nobody, not even us, can open these "
            "backups. It is kept in this computer's keyring so scheduled backups can run."))
        warning.setWordWrap(True)
        warning.setProperty("role", "warning")
        layout.addWidget(warning)
        self.written = QCheckBox(self.tr("I have written it down"))
        layout.addWidget(self.written)
        self.problem = _note("")
        layout.addWidget(self.problem)
        layout.addStretch(1)
        for w in (self.passphrase, self.again):
            w.textChanged.connect(self._changed)
        self.encrypt.toggled.connect(self._changed)
        self.written.toggled.connect(self._changed)
        self._changed()

    def why_not(self) -> str:
        if not self.encrypt.isChecked():
            return ""
        if len(self.passphrase.text()) < 8:
            return self.tr("Use at least 8 characters; a few unrelated words are best.")
        if self.again.text() != self.passphrase.text():
            return self.tr("Type the same passphrase in both fields.") if self.again.text() else ""
        if not self.written.isChecked():
            return self.tr("Tick “I have written it down” once you have.")
        return ""

    def _changed(self) -> None:
        on = self.encrypt.isChecked()
        for w in (self.passphrase, self.again, self.written, self.bar):
            w.setEnabled(on)
        self.meter.show_strength(self.passphrase.text())
        self.problem.setText(self.why_not())
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return not self.why_not() and (not self.encrypt.isChecked() or self.again.text() != "")

    def chosen(self) -> str | None:
        return self.passphrase.text() if self.encrypt.isChecked() else None


class SchedulePage(QWizardPage):
    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__()
        self.setTitle(self.tr("How often"))
        layout = QVBoxLayout(self)
        self.group = QButtonGroup(self)
        self.choices: dict[Frequency, QRadioButton] = {}
        texts = (self.tr("Every day (recommended)"), self.tr("Every week"), self.tr("Every month"),
                 self.tr("Only when I ask"))
        for key, text in zip(first_run.FREQUENCIES, texts, strict=True):
            button = QRadioButton(text)
            self.group.addButton(button)
            self.choices[key] = button
            layout.addWidget(button)
        self.choices[Frequency.DAILY].setChecked(True)
        form = QFormLayout()
        self.name = QLineEdit(first_run.unique_name(wizard.ctx, self.tr("My backup")))
        form.addRow(self.tr("Name of this backup"), self.name)
        layout.addSpacing(8)
        layout.addLayout(form)
        layout.addWidget(_note(self.tr("Backups older than 30 days are removed; this can be changed later.")))
        layout.addStretch(1)
        self.name.textChanged.connect(lambda _t: self.completeChanged.emit())

    def isComplete(self) -> bool:
        return bool(self.name.text().strip())

    def frequency(self) -> Frequency:
        return next(k for k in first_run.FREQUENCIES if self.choices[k].isChecked())


class FirstBackupPage(QWizardPage):
    """Saves the configuration, backs up, verifies; Finish only once the backup is proven."""

    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__()
        self.wizard_ = wizard
        self.setTitle(self.tr("First backup"))
        layout = QVBoxLayout(self)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)
        self.bar.setTextVisible(False)
        self.detail = ElidedLabel("")
        self.retry = QPushButton(self.tr("Try again"))
        self.retry.setVisible(False)
        self.retry.clicked.connect(wizard.controller.start)
        for w in (self.status, self.bar, self.detail):
            layout.addWidget(w)
        row = QHBoxLayout()
        row.addWidget(self.retry)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(1)
        c = wizard.controller
        c.step.connect(self._step)
        c.progressed.connect(lambda p: self.detail.setText(describe(p)))
        c.finished.connect(self._finished)
        c.failed.connect(self._failed)

    def initializePage(self) -> None:
        self.wizard_.controller.start()

    def _step(self, text: str) -> None:
        self.status.setText(text)
        self.bar.setVisible(True)
        self.retry.setVisible(False)
        self.completeChanged.emit()

    def _finished(self, result: first_run.FirstBackup) -> None:
        self.bar.setVisible(False)
        self.detail.setText("")
        b = result.backup
        if result.ok:
            counts = ", ".join((self.tr("%n table(s)", "", b.tables_count or 0),
                                self.tr("%n file(s)", "", b.files_count or 0), _size(b.file_size)))
            self.status.setText(self.tr("Your first backup is done and verified: it can be restored.")
                                + f" ({counts})")
        else:
            reason = (result.verified.message if result.verified is not None else b.error_message) or ""
            self.status.setText(self.tr("The first backup did not succeed: {0}").format(reason))
            self.retry.setVisible(True)
        self.completeChanged.emit()

    def _failed(self, text: str) -> None:
        self.bar.setVisible(False)
        self.status.setText(text)
        self.retry.setVisible(True)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        result = self.wizard_.controller.result
        return result is not None and result.ok


def _size(n: int | None) -> str:
    from backup_desk.ui.format import human_size

    return human_size(n or 0)


class FirstRunWizard(QWizard):
    """`demo_chosen` is True when the person picked the demonstration on the first page."""

    def __init__(self, ctx: AppContext, work: WorkManager, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.demo_chosen = False
        self.setWindowTitle(self.tr("Set up a backup"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.resize(640, 560)
        self.controller = GuideController(ctx, work, self._answers, self)
        self.welcome = WelcomePage(self)
        self.source = SourcePage(self)
        self.destination = DestinationPage(self)
        self.passphrase = PassphrasePage(self)
        self.schedule = SchedulePage(self)
        self.first_backup = FirstBackupPage(self)
        for page in (self.welcome, self.source, self.destination, self.passphrase, self.schedule,
                     self.first_backup):
            self.addPage(page)
        self.currentIdChanged.connect(lambda _i: self._explain_next())
        for page in (self.source, self.passphrase, self.schedule):
            page.completeChanged.connect(self._explain_next)

    def _answers(self) -> first_run.GuideAnswers:
        return first_run.GuideAnswers(
            name=self.schedule.name.text().strip(), source_url=self.source.source_url(),
            folders=self.source.folder_list(), destination=self.destination.destination(),
            passphrase=self.passphrase.chosen(), frequency=self.schedule.frequency(),
        )

    def _explain_next(self) -> None:
        """A greyed-out Next says why in its tooltip."""
        page = self.currentPage()
        why = page.why_not() if hasattr(page, "why_not") else ""
        self.button(QWizard.WizardButton.NextButton).setToolTip(why)

    def choose_demo(self) -> None:
        self.demo_chosen = True
        self.reject()

    def reject(self) -> None:
        if self.controller.busy:
            return  # the first backup is running: it finishes (or is cancelled from the main window)
        super().reject()




def open_guide(ctx: AppContext, window: QWidget, *, only_if_first: bool = False,
               shown: Callable[[FirstRunWizard], None] | None = None) -> FirstRunWizard | None:
    """Shows the guide over the main window; the demonstration stays one click away on its first page.
    With `only_if_first` (the first start) it first asks, off the GUI thread, whether there is no
    configuration yet, and shows the guide only then (returning None at once; `shown` gets the guide)."""
    work: WorkManager = window.work  # type: ignore[attr-defined]  # the MainWindow (typed QWidget: no import cycle)
    if only_if_first:
        work.query(Key(Kind.GUIDE_NEEDED), lambda: first_run.needs_guide(ctx), owner=window,
                   on_done=lambda needed: _open_if(needed, ctx, window, shown))
        return None
    wizard = FirstRunWizard(ctx, work, window)
    wizard.exec()
    if wizard.demo_chosen:
        from backup_desk.services.demo import ensure_demo

        work.job(Key(Kind.DEMO), lambda: ensure_demo(ctx), owner=window,
                 on_done=lambda _r: window.reload_all())  # type: ignore[attr-defined]  # MainWindow, as above
    else:
        window.reload_all()  # type: ignore[attr-defined]  # MainWindow, as above
    if shown is not None:
        shown(wizard)
    return wizard


def _open_if(needed: object, ctx: AppContext, window: QWidget,
             shown: Callable[[FirstRunWizard], None] | None) -> None:
    if needed:
        open_guide(ctx, window, shown=shown)
