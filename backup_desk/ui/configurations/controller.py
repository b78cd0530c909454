"""The Configurations tab's logic: loading the configurations off the GUI thread when they change, which
ones a running backup holds, and the actions of their cards (the view only lays the cards out)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from backup_desk.jobs import Key, Kind
from backup_desk.services import configs
from backup_desk.services.models import HistoryFilter
from backup_desk.ui.bus import SignalBus
from backup_desk.ui.controllers.config_actions import ConfigActions
from backup_desk.ui.controllers.errors import one_line

LIST = Key(Kind.CONFIG_LIST)


class ConfigurationsController(QObject):
    loaded = Signal(object)  # list[ConfigView]
    jobs_changed = Signal()  # a backup started or ended: the cards' buttons follow

    def __init__(self, actions: ConfigActions, bus: SignalBus, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.actions, self.bus, self.work, self.ctx = actions, bus, actions.work, actions.ctx
        bus.configs_changed.connect(self.reload)
        self.work.job_started.connect(self._job_changed)
        self.work.job_ended.connect(self._job_changed)

    def _job_changed(self, _work: object) -> None:
        self.jobs_changed.emit()  # only the buttons change; the data reloads when the bus says so

    @property
    def busy_loading(self) -> bool:
        return self.work.is_busy(LIST, self)

    def reload(self) -> None:
        ctx = self.ctx
        self.work.query(LIST, lambda: configs.list_configs(ctx), owner=self, on_done=self.loaded.emit,
                        on_error=lambda exc: self.bus.error(one_line(exc)))

    def busy(self, config_id: int) -> bool:
        return self.actions.busy(config_id)

    # -- what the cards ask ------------------------------------------------------------------------------
    def create(self) -> None:
        self.actions.create()

    def run_now(self, config_id: int, name: str) -> None:
        self.actions.run_now(config_id, name)

    def toggle(self, config_id: int) -> None:
        self.actions.toggle(config_id)

    def edit(self, config_id: int) -> None:
        self.actions.edit(config_id)

    def duplicate(self, config_id: int) -> None:
        self.actions.duplicate(config_id)

    def delete(self, config_id: int, name: str) -> None:
        self.actions.delete(config_id, name)

    def show_history(self, config_id: int) -> None:
        self.bus.show_history.emit(HistoryFilter(configuration_id=config_id))
