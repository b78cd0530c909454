"""The Configurations tab: a grid of cards that reflows with the window width (its logic is in
configurations/controller.py)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from backup_desk.services.models import ConfigView
from backup_desk.ui.configurations.card import ConfigCard
from backup_desk.ui.configurations.controller import ConfigurationsController
from backup_desk.ui.icons import icon
from backup_desk.ui.widgets.flow_layout import FlowLayout


class ConfigurationsView(QWidget):
    def __init__(self, controller: ConfigurationsController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        controller.setParent(self)  # rebuilt with the view (a language change)
        self.cards: list[ConfigCard] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 8)
        top = QHBoxLayout()
        self.heading = QLabel(self.tr("Configurations"))
        self.heading.setProperty("role", "title")
        self.count = QLabel()
        self.count.setProperty("role", "muted")
        self.new_button = QPushButton(icon("plus", "#ffffff"), self.tr("New configuration"))
        self.new_button.setProperty("role", "primary")
        self.new_button.clicked.connect(controller.create)
        self.refresh_button = QPushButton(icon("refresh"), self.tr("Refresh"))
        self.refresh_button.clicked.connect(controller.reload)
        top.addWidget(self.heading)
        top.addWidget(self.count)
        top.addStretch(1)
        top.addWidget(self.refresh_button)
        top.addWidget(self.new_button)
        layout.addLayout(top)
        self.empty = QLabel(self.tr("No configuration yet. Create one to start protecting your data."))
        self.empty.setProperty("role", "muted")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setVisible(False)
        layout.addWidget(self.empty)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QScrollArea.Shape.NoFrame)
        self.grid_host = QWidget()
        self.grid = FlowLayout(self.grid_host, spacing=14)
        self.scroll_area.setWidget(self.grid_host)
        layout.addWidget(self.scroll_area, 1)
        controller.loaded.connect(self._show)
        controller.jobs_changed.connect(self._jobs_changed)

    def _jobs_changed(self) -> None:
        for card in self.cards:
            card.set_busy(self.controller.busy(card.view.id))

    def reload(self) -> None:
        self.controller.reload()

    def card(self, name: str) -> ConfigCard:
        return next(c for c in self.cards if c.view.name == name)

    def _show(self, views: list[ConfigView]) -> None:
        # Cards whose data did not change are kept: after a backup only its own card is rebuilt, so the
        # window does not stall re-creating every card.
        old = {c.view.id: c for c in self.cards}
        while self.grid.count():
            self.grid.takeAt(0)
        self.cards = []
        for view in views:
            card = old.pop(view.id, None)
            if card is None or card.view != view:
                if card is not None:
                    card.deleteLater()
                card = self._new_card(view)
            card.set_busy(self.controller.busy(view.id))
            self.grid.addWidget(card)
            self.cards.append(card)
        for gone in old.values():
            gone.deleteLater()
        self.count.setText(self.tr("%n configuration(s)", "", len(views)))
        self.empty.setVisible(not views)
        self.grid.invalidate()
        self.grid_host.updateGeometry()

    def _new_card(self, view: ConfigView) -> ConfigCard:
        c = self.controller
        card = ConfigCard(view, busy=c.busy(view.id))
        card.run_requested.connect(lambda i, n=view.name: c.run_now(i, n))
        card.toggle_requested.connect(c.toggle)
        card.edit_requested.connect(c.edit)
        card.duplicate_requested.connect(c.duplicate)
        card.delete_requested.connect(lambda i, n=view.name: c.delete(i, n))
        card.history_requested.connect(c.show_history)
        return card
