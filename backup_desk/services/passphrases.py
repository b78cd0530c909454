"""Where a passphrase comes from: the argument, then the keyring, then BACKUP_DESK_PASSPHRASE.

A configuration's passphrase is checked against its canary before any long job starts. Failed checks go
to security.log (never the passphrase itself).
"""

from __future__ import annotations

import os

from backup_desk.catalog.models import Configuration
from backup_desk.errors import PassphraseError, WrongPassphraseError
from backup_desk.messages import Text
from backup_desk.ops.logs import security_logger
from backup_desk.ops.redaction import register_secret
from backup_desk.services.canary import check_canary
from backup_desk.services.context import AppContext
from backup_desk.services.secrets import NO_KEYRING_HINT

PASSPHRASE_ENV = "BACKUP_DESK_PASSPHRASE"


def candidate_passphrase(ctx: AppContext, config_id: int | None, given: str | None) -> str | None:
    if given:
        chosen: str | None = given
    else:
        stored = ctx.secrets.get_passphrase(config_id) if config_id is not None else None
        chosen = stored or os.environ.get(PASSPHRASE_ENV) or None
    register_secret(chosen)
    return chosen


def config_passphrase(ctx: AppContext, cfg: Configuration, given: str | None) -> str:
    """The passphrase of an encrypting configuration, checked against its canary."""
    chosen = candidate_passphrase(ctx, cfg.id, given)
    if not chosen:
        hint = (Text("Enter it, or set BACKUP_DESK_PASSPHRASE / use --passphrase-file.")
                if ctx.secrets.available() else NO_KEYRING_HINT)
        raise PassphraseError(Text("Configuration “{0}” encrypts its archives and no passphrase is "
                                   "available.", cfg.name), hint)
    if cfg.passphrase_canary is not None and not check_canary(cfg.passphrase_canary, chosen):
        security_logger().warning("wrong passphrase given for configuration %s (%s)", cfg.id, cfg.name)
        raise WrongPassphraseError(
            Text("The passphrase does not match the one set for configuration “{0}”.", cfg.name),
            Text("Type it again, or set a new passphrase in the configuration (older archives keep the old "
                 "one)."),
        )
    return chosen
