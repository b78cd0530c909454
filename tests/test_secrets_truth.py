"""Issue 9, items 3, 4, 5 and 7: where a secret is kept is told truthfully; the passphrase check value is as
costly to guess as an archive; plaintext files are private and never replace anything unasked; the final
state of a run is committed durably; progress to a closed stderr is dropped."""

from __future__ import annotations

import os
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail

from backup_desk.engine.archive.kdf import DEFAULT_KDF
from backup_desk.services import archives, configs, runs
from backup_desk.services.archive_copy import TargetExistsError
from backup_desk.services.canary import canary_kdf, check_canary, make_canary
from backup_desk.services.models import ConfigInput
from tests.support.cli import REPO_ROOT, cli_env, command, ok, run_cli

PASS = "a passphrase for item nine"


@pytest.fixture
def no_keyring():  # type: ignore[no-untyped-def]
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(previous)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    f = tmp_path / "docs"
    f.mkdir()
    (f / "secret-notes.txt").write_text("plaintext that must stay private\n" * 50)
    return f


def _encrypted(ctx, folder: Path, **extra):  # type: ignore[no-untyped-def]
    return configs.create_config(ctx, ConfigInput(name="Docs", include_files=True, folders=(str(folder),),
                                                  encryption_enabled=True, passphrase=PASS, **extra))


# -- 3. where the passphrase is kept --------------------------------------------------------------------
def test_without_keyring_the_save_says_so_and_the_card_says_it_asks(ctx, no_keyring, folder,  # type: ignore[no-untyped-def]
                                                                    qtbot) -> None:
    from backup_desk.ui.configurations.card import ConfigCard

    view = _encrypted(ctx, folder, frequency="daily")
    assert view.passphrase_store == ""
    assert "No system keyring" in view.notice and "scheduled runs cannot run unattended" in view.notice
    assert configs.get_config(ctx, view.id).passphrase_store == ""
    card = ConfigCard(configs.get_config(ctx, view.id), False)
    qtbot.addWidget(card)
    from tests.support.ui_helpers import visible_text

    card.show()
    assert "asks for the passphrase" in visible_text(card)


def test_a_private_file_only_on_explicit_choice(ctx, no_keyring, folder, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.delenv("BACKUP_DESK_PASSPHRASE", raising=False)
    view = _encrypted(ctx, folder, passphrase_in_file=True)
    assert view.passphrase_store == "file" and view.notice == ""
    secret_dir = ctx.paths.config_dir / "secrets"
    (secret_file,) = list(secret_dir.iterdir())
    assert stat.S_IMODE(secret_dir.stat().st_mode) == 0o700
    assert stat.S_IMODE(secret_file.stat().st_mode) == 0o600 and secret_file.read_text() == PASS
    run = runs.prepare_run(ctx, view.id)  # no prompt, no environment: unattended runs work
    assert runs.execute_run(ctx, run).status == "completed"
    configs.delete_config(ctx, view.id)
    assert not secret_file.exists()


def test_with_a_keyring_it_is_kept_there_and_nothing_else(ctx, folder) -> None:  # type: ignore[no-untyped-def]
    view = _encrypted(ctx, folder)
    assert view.passphrase_store == "keyring" and view.notice == ""
    assert not (ctx.paths.config_dir / "secrets").exists()


# -- 4. the check value costs what an archive costs -----------------------------------------------------
def test_canary_uses_the_archive_kdf_and_reads_old_canaries() -> None:
    canary = make_canary(PASS)
    assert canary_kdf(canary) == DEFAULT_KDF
    assert check_canary(canary, PASS) and not check_canary(canary, PASS + "!")
    # A v1 canary (scrypt 2^15) written by an earlier release still checks.
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    salt, nonce = os.urandom(16), os.urandom(12)
    key = Scrypt(salt=salt, length=32, n=2**15, r=8, p=1).derive(PASS.encode())
    old = b"BDC1" + salt + nonce + AESGCM(key).encrypt(nonce, b"backup-desk passphrase canary v1", b"BDC1")
    assert check_canary(old, PASS) and not check_canary(old, "other")


# -- 5. plaintext files ---------------------------------------------------------------------------------
def test_plaintext_files_are_private_and_never_replace_anything_unasked(ctx, folder, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    os.umask(0o022)
    view = _encrypted(ctx, folder)
    row = runs.execute_run(ctx, runs.prepare_run(ctx, view.id))
    assert stat.S_IMODE(Path(row.file_path).stat().st_mode) == 0o600
    out = tmp_path / "out"
    out.mkdir()

    plain = archives.save_copy(ctx, row.id, out / "plain.zip", decrypted=True)
    copy = archives.save_copy(ctx, row.id, out / "copy.bdarc")
    decrypted = archives.decrypt(ctx, Path(row.file_path), out / "decrypted.zip")
    for path in (plain, copy, decrypted):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path
    assert plain.read_bytes() == decrypted.read_bytes()

    # An existing file is refused, then replaced only when asked.
    before = copy.read_bytes()
    with pytest.raises(TargetExistsError):
        archives.save_copy(ctx, row.id, copy)
    with pytest.raises(TargetExistsError):
        archives.decrypt(ctx, Path(row.file_path), plain)
    assert archives.save_copy(ctx, row.id, copy, overwrite=True) == copy and copy.read_bytes() == before

    # A planted symlink is never written through, even with overwrite: the link itself is replaced.
    victim = tmp_path / "victim.txt"
    victim.write_text("do not touch")
    trap = out / "trap.zip"
    trap.symlink_to(victim)
    with pytest.raises(TargetExistsError):
        archives.save_copy(ctx, row.id, trap, decrypted=True)
    archives.save_copy(ctx, row.id, trap, decrypted=True, overwrite=True)
    assert victim.read_text() == "do not touch" and not trap.is_symlink()
    assert stat.S_IMODE(trap.stat().st_mode) == 0o600
    assert not [p for p in out.iterdir() if p.name.endswith(".bdtmp")]


def test_cli_decrypt_needs_overwrite_and_writes_0600(home: Path, folder: Path, tmp_path: Path) -> None:
    ok(run_cli(home, "config", "add", "--name", "Docs", "--type", "full", "--folder", str(folder),
               "--encrypt", passphrase=PASS))
    row = ok(run_cli(home, "backup", "Docs", "--json")).json()
    out = tmp_path / "plain.zip"
    out.symlink_to(tmp_path / "nowhere")  # a dangling link counts as existing
    refused = run_cli(home, "decrypt", row["file_path"], str(out))
    assert refused.code == 2 and "--overwrite" in refused.stderr
    ok(run_cli(home, "decrypt", row["file_path"], str(out), "--overwrite"))
    assert not out.is_symlink() and stat.S_IMODE(out.stat().st_mode) == 0o600
    assert not (tmp_path / "nowhere").exists()


# -- 7. durability and a closed stderr ------------------------------------------------------------------
def test_final_state_commits_use_synchronous_full(ctx) -> None:  # type: ignore[no-untyped-def]
    from sqlalchemy import text

    seen: list[int] = []
    with ctx.catalog.write(durable=True) as session:
        seen.append(session.execute(text("PRAGMA synchronous")).scalar_one())
    with ctx.catalog.write() as session:
        seen.append(session.execute(text("PRAGMA synchronous")).scalar_one())
    assert seen == [2, 1]  # FULL for a run's final state, NORMAL otherwise


def test_a_backup_with_stderr_closed_completes(home: Path, folder: Path) -> None:
    ok(run_cli(home, "config", "add", "--name", "Plain", "--type", "full", "--folder", str(folder)))
    # stderr is a pipe whose reader went away before the first progress line: writes raise EPIPE.
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        proc = subprocess.run(command(home, ("backup", "Plain")), cwd=REPO_ROOT, env=cli_env(),
                              stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=write_end, text=True,
                              timeout=180)
    finally:
        os.close(write_end)
    assert proc.returncode == 0, proc.stdout
    assert "completed" in proc.stdout
    con = sqlite3.connect(home / "data" / "catalog.sqlite3")
    assert con.execute("SELECT status FROM backups").fetchall() == [("completed",)]
    con.close()


def test_closed_stderr_in_process_is_dropped() -> None:
    code = ("import sys; from backup_desk.cli.progress_view import ProgressView;"
            "from backup_desk.engine.progress import Progress; sys.stderr.close();"
            "v = ProgressView(tty=False, interval=0); v(Progress(phase='files')); v.close(); print('ok')")
    out = subprocess.run([sys.executable, "-c", code], cwd=REPO_ROOT, capture_output=True, text=True,
                         timeout=60)
    assert out.returncode == 0 and out.stdout.strip() == "ok", out


def test_form_without_keyring_says_so_and_the_file_is_opt_in(ctx, no_keyring, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from backup_desk.ui.dialogs.config_form import ConfigFormDialog

    dialog = ConfigFormDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.encryption.setChecked(True)
    # the keyring is asked off the GUI thread: the note follows its answer
    qtbot.waitUntil(lambda: "No system keyring" in dialog.passphrase_note.text(), timeout=10_000)
    assert "Kept in the system keyring" not in dialog.passphrase_note.text()
    assert dialog.passphrase_in_file.isEnabled() and not dialog.passphrase_in_file.isChecked()
    assert dialog.read()[0].passphrase_in_file is False
    dialog.passphrase_in_file.setChecked(True)
    assert dialog.read()[0].passphrase_in_file is True
    dialog.grab().save(str(tmp_path / "form-no-keyring.png"))
