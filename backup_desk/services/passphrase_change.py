"""A passphrase is never lost while an archive needs it (issue 9).

When a configuration's passphrase changes, its encryption is turned off, or it is deleted, the archives
already made with the previous passphrase still need it. First the previous passphrase is **kept** in the
keyring (`retired-passphrase-<ref>`, listed in `kept_passphrases`, each history row pointing at it through
`backups.passphrase_ref`); then, when there is a new passphrase, every archive still on disk that needs a
kept passphrase (this change's, or one an interrupted earlier change left) is **re-wrapped** to it
(crash-safe: a temporary copy renamed over the archive) and its row forgets the reference. A kept
passphrase is dropped from the keyring once no row references it.

So at every moment each archive opens with a passphrase the app can find: the kept one until the row is
updated, and restore tries both when both exist (a crash between the rename and the catalog update). When
the previous passphrase was never stored (no keyring), nothing can be kept or re-wrapped: the person is
told, in plain words, that those archives still need it.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import delete, select, update

from backup_desk.catalog.models import Backup, KeptPassphrase
from backup_desk.errors import BackupDeskError, PassphraseError, WrongPassphraseError
from backup_desk.ops.logs import operations_logger
from backup_desk.ops.redaction import register_secret
from backup_desk.services.context import AppContext
from backup_desk.vocabulary import BackupStatus

Reason = str  # "changed", "encryption-off", "deleted"


@dataclass(frozen=True)
class PassphraseChange:
    archives: int  # completed encrypted archives made with the previous passphrase
    rewrapped: int  # now opened by the new passphrase
    kept: int  # still need the previous passphrase, which stays in the keyring
    unstored: int  # still need the previous passphrase, which is stored nowhere
    message: str  # what happened, in plain words ("" when nothing needed doing)


def _needing(session, config_id: int) -> list[int]:
    return list(session.scalars(select(Backup.id).where(
        Backup.configuration_id == config_id, Backup.status == BackupStatus.COMPLETED,
        Backup.encrypted.is_(True),
        Backup.passphrase_ref.is_(None))))


def keep_previous(ctx: AppContext, config_id: int, config_name: str, previous: str | None,
                  reason: Reason) -> tuple[str | None, list[int]]:
    """Before the configuration's passphrase is replaced or removed: stores `previous` as a kept passphrase
    and points the rows that need it at it. Returns (ref or None when it could not be kept, row ids)."""
    with ctx.catalog.read() as session:
        ids = _needing(session, config_id)
    if not ids or not previous:
        return None, ids
    ref = secrets.token_hex(8)
    try:
        ctx.secrets.set_kept_passphrase(ref, previous)
    except PassphraseError:
        return None, ids  # no (or a locked) keyring: reported as unstored
    with ctx.catalog.write(durable=True) as session:
        session.add(KeptPassphrase(ref=ref, configuration_name=config_name, reason=reason))
        session.execute(update(Backup).where(Backup.id.in_(ids)).values(passphrase_ref=ref))
    operations_logger().info("configuration %s: previous passphrase kept for %d archive(s) (%s)", config_id,
                             len(ids), reason)
    return ref, ids


def rewrap_to(ctx: AppContext, config_id: int, previous: str | None, new: str) -> int:
    """Re-wraps to `new` every archive of the configuration that needs a kept passphrase (this change's,
    and any an interrupted earlier change left), trying its kept passphrase then `previous`. Returns how
    many were; an archive missing, unreadable or opened by neither keeps its reference (and passphrase)."""
    from backup_desk.engine.archive.envelope import rewrap_passphrase
    from backup_desk.services.temp_registry import tracking

    log = operations_logger()
    with ctx.catalog.read() as session:
        rows = list(session.execute(select(Backup.id, Backup.file_path, Backup.passphrase_ref).where(
            Backup.configuration_id == config_id, Backup.passphrase_ref.is_not(None))))
    done = 0
    for backup_id, file_path, ref in rows:
        path = Path(file_path) if file_path else None
        if path is None or not path.is_file():
            continue
        kept = ctx.secrets.get_kept_passphrase(ref) if ref else None
        tries = [p for p in dict.fromkeys([kept, previous]) if p]
        register_secret(kept)
        result = None
        for old in tries:
            try:
                with tracking(ctx, backup_id):
                    result = rewrap_passphrase(path, old, new)
                break
            except WrongPassphraseError:
                continue
            except (BackupDeskError, OSError) as exc:
                log.warning("backup %s: archive not re-wrapped to the new passphrase (%s); the previous one "
                            "is kept", backup_id, getattr(exc, "message", None) or exc)
                break
        if result is None:
            continue
        with ctx.catalog.write(durable=True) as session:
            session.execute(update(Backup).where(Backup.id == backup_id).values(
                passphrase_ref=None, archive_sha256=result.sha256, file_size=result.size))
        done += 1
    release_unneeded(ctx)
    return done


def release_unneeded(ctx: AppContext) -> list[str]:
    """Drops kept passphrases no history row references any more (keyring entry first). Returns refs."""
    with ctx.catalog.read() as session:
        used = set(session.scalars(select(Backup.passphrase_ref).where(Backup.passphrase_ref.is_not(None))))
        refs = [r for r in session.scalars(select(KeptPassphrase.ref)) if r not in used]
    for ref in refs:
        ctx.secrets.set_kept_passphrase(ref, None)
        with ctx.catalog.write() as session:
            session.execute(delete(KeptPassphrase).where(KeptPassphrase.ref == ref))
    return refs


def finish(ctx: AppContext, config_id: int, ref: str | None, ids: list[int], previous: str | None,
           new: str | None, reason: Reason) -> PassphraseChange:
    """After the configuration is saved (`keep_previous` came before): re-wrap to `new` when there is one;
    says what happened."""
    rewrapped = rewrap_to(ctx, config_id, previous, new) if new else 0
    if not ids and not rewrapped:
        return PassphraseChange(0, 0, 0, 0, "")
    with ctx.catalog.read() as session:
        kept = len(list(session.scalars(select(Backup.id).where(
            Backup.id.in_(ids), Backup.passphrase_ref.is_not(None))))) if ref else 0
    unstored = 0 if ref else len(ids)
    return PassphraseChange(max(len(ids), rewrapped), rewrapped, kept, unstored,
                            _message(rewrapped, kept, unstored, reason))


def _archives(n: int) -> str:
    return f"{n} archive" + ("" if n == 1 else "s")


def _message(rewrapped: int, kept: int, unstored: int, reason: Reason) -> str:
    parts = []
    if rewrapped:
        parts.append(f"{_archives(rewrapped)} made with the previous passphrase now open with the new one.")
    if kept:
        why = {"changed": "could not be updated (missing or unreadable)",
               "encryption-off": "are still encrypted", "deleted": "remain in the history"}.get(reason, "")
        parts.append(f"{_archives(kept)} {why}: the previous passphrase is kept in the system keyring until "
                     "they are deleted, so restoring them does not ask for it.")
    if unstored:
        parts.append(f"{_archives(unstored)} still need the previous passphrase, which was never stored "
                     "(no keyring): keep it somewhere safe, restoring them will ask for it.")
    return " ".join(parts)
