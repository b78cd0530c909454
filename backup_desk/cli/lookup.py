"""Turning what a person typed (an id, a name, a path) into catalog objects, with hints when not found."""

from __future__ import annotations

from backup_desk.errors import NotFoundError, UserInputError
from backup_desk.messages import Text
from backup_desk.services import configs, history
from backup_desk.services.context import AppContext
from backup_desk.services.models import BackupView, ConfigView


def find_config(ctx: AppContext, ref: str) -> ConfigView:
    """By id when `ref` is a number (falling back to a configuration *named* like that), else by name."""
    ref = ref.strip()
    try:
        if ref.isdigit():
            try:
                return configs.get_config(ctx, int(ref))
            except NotFoundError:
                return configs.get_config(ctx, ref)
        return configs.get_config(ctx, ref)
    except NotFoundError:
        raise NotFoundError(Text("No configuration has the id or name {0!r}.", ref),
                            Text("Run `backup-desk config list` to see the configurations.")) from None


def backup_id(ref: str) -> int:
    ref = ref.strip().lstrip("#")
    if not ref.isdigit():
        raise UserInputError(Text("{0!r} is not a backup id.", ref),
                             Text("Backup ids are numbers; run `backup-desk list` to see them."))
    return int(ref)


def find_backup(ctx: AppContext, ref: str) -> BackupView:
    bid = backup_id(ref)
    try:
        return history.get_backup(ctx, bid)
    except NotFoundError:
        raise NotFoundError(Text("No backup has the id {0}.", bid),
                            Text("Run `backup-desk list` to see the backups and their ids.")) from None
