"""Configuration use-cases (specification: GET/POST/PUT/DELETE /api/backup/configurations/)."""

from __future__ import annotations

from backup_desk.services.context import AppContext
from backup_desk.services.models import ConfigInput, ConfigView, ValidationResult


def validate(ctx: AppContext, data: ConfigInput, *, config_id: int | None = None,
             check_source: bool = False) -> ValidationResult:
    """Field errors: name required and unique, retention 1-365, known type/frequency, folders exist when
    include_files, destination writable, encryption needs a passphrase (new or stored); with check_source,
    the source URL must connect (see test_source)."""
    raise NotImplementedError


def test_source(url: str, timeout_s: float = 5.0) -> str | None:
    """None when the source connects, else one sentence saying why not (no password in it)."""
    raise NotImplementedError


def list_configs(ctx: AppContext) -> list[ConfigView]:
    raise NotImplementedError


def get_config(ctx: AppContext, ref: int | str) -> ConfigView:
    """By id or exact name; NotFoundError otherwise."""
    raise NotImplementedError


def create_config(ctx: AppContext, data: ConfigInput) -> ConfigView:
    """Validates (UserInputError listing the field errors), stores secrets in the keyring, audits."""
    raise NotImplementedError


def update_config(ctx: AppContext, config_id: int, data: ConfigInput) -> ConfigView:
    raise NotImplementedError


def duplicate_config(ctx: AppContext, config_id: int) -> ConfigView:
    """An inactive copy named "<name> (copy)" (then "(copy 2)", ...), secrets copied too."""
    raise NotImplementedError


def toggle_config(ctx: AppContext, config_id: int) -> ConfigView:
    raise NotImplementedError


def delete_config(ctx: AppContext, config_id: int) -> None:
    """Deletes the configuration and its secrets; history rows keep their data (configuration set NULL)."""
    raise NotImplementedError
