"""The keyring wrapper: a real (test file) backend, and the `fail` backend of a machine without one."""

from __future__ import annotations

import keyring
import pytest
from keyring.backends import fail

from backup_desk.engine.progress import CancelToken
from backup_desk.errors import PassphraseError
from backup_desk.services.models import ConfigInput
from backup_desk.services.secrets import SecretStore


def cancelled() -> CancelToken:
    """A token cancelled before the run starts: execute_run closes the pending row and runs nothing."""
    token = CancelToken()
    token.cancel()
    return token



def test_round_trip_and_delete() -> None:
    store = SecretStore()
    assert store.available()
    store.set_source_password(7, "pw")
    store.set_passphrase(7, "pp")
    assert (store.get_source_password(7), store.get_passphrase(7)) == ("pw", "pp")
    assert store.get_passphrase(8) is None
    store.set_passphrase(7, None)
    assert store.get_passphrase(7) is None and store.get_source_password(7) == "pw"
    store.delete_all(7)
    store.delete_all(7)  # nothing left: no error
    assert store.get_source_password(7) is None


@pytest.fixture
def no_keyring():  # type: ignore[no-untyped-def]
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(previous)


def test_fail_backend_reads_none_and_writes_raise_with_hint(no_keyring) -> None:  # type: ignore[no-untyped-def]
    store = SecretStore()
    assert not store.available()
    assert store.get_passphrase(1) is None and store.get_source_password(1) is None
    with pytest.raises(PassphraseError) as err:
        store.set_passphrase(1, "secret-value")
    assert "BACKUP_DESK_PASSPHRASE" in err.value.hint and "--passphrase-file" in err.value.hint
    assert "secret-value" not in str(err.value)
    store.delete_all(1)  # no error


def test_without_keyring_config_keeps_canary_and_runs_use_env(ctx, no_keyring, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from backup_desk.errors import WrongPassphraseError
    from backup_desk.services import configs, runs

    view = configs.create_config(ctx, ConfigInput(name="E", source_url="sqlite:///x.db",
                                                  encryption_enabled=True,
                                                  passphrase="env-pass-1"))
    assert view.has_passphrase  # the canary is kept even though the passphrase could not be saved
    with pytest.raises(PassphraseError) as err:
        runs.prepare_run(ctx, view.id)
    assert "BACKUP_DESK_PASSPHRASE" in err.value.hint
    monkeypatch.setenv("BACKUP_DESK_PASSPHRASE", "wrong-one")
    with pytest.raises(WrongPassphraseError):
        runs.prepare_run(ctx, view.id)
    monkeypatch.setenv("BACKUP_DESK_PASSPHRASE", "env-pass-1")
    run = runs.prepare_run(ctx, view.id)
    assert run.request.passphrase == "env-pass-1"
    runs.execute_run(ctx, run, cancel=cancelled())
    # A source password cannot be kept anywhere: refused, never stored in plain text.
    with pytest.raises(PassphraseError):
        configs.create_config(ctx, ConfigInput(name="P", source_url="postgresql+psycopg://u:pw-x@h/db"))
    assert b"pw-x" not in ctx.paths.catalog_path.read_bytes()
    assert [c.name for c in configs.list_configs(ctx)] == ["E"]  # the half-made configuration is gone
