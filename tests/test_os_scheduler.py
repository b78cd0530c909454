"""`backup-desk scheduler install|uninstall|status`: the systemd user timer written for real (into a
temporary XDG config home) and its command run; the crontab block; Windows task XML and launchd plist
checked against the elements their schemas require."""

from __future__ import annotations

import plistlib
import shlex
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from backup_desk.services.os_scheduler import choose_backend
from backup_desk.services.os_scheduler.launchd import LaunchdBackend
from backup_desk.services.os_scheduler.windows import TASK_NS, WindowsBackend
from tests.support.cli import cli_env, ok, run_cli


def _env(tmp_path: Path) -> dict[str, str]:
    return {"XDG_CONFIG_HOME": str(tmp_path / "xdg")}


def _exec_start(service: str) -> list[str]:
    line = next(li for li in service.splitlines() if li.startswith("ExecStart="))
    return shlex.split(line.removeprefix("ExecStart="))


def test_systemd_timer_is_written_runs_run_due_for_this_home_and_uninstalls_exactly(home: Path,
                                                                                     tmp_path: Path) -> None:
    env = _env(tmp_path)
    units = tmp_path / "xdg" / "systemd" / "user"
    units.mkdir(parents=True)
    (units / "someone-else.timer").write_text("[Timer]\nOnCalendar=daily\n")  # not ours: must survive
    status = ok(run_cli(home, "scheduler", "install", "--backend", "systemd", "--json", env=env)).json()
    assert status["installed"] is True and len(status["files"]) == 2
    service = next(Path(f) for f in status["files"] if f.endswith(".service"))
    timer = next(Path(f) for f in status["files"] if f.endswith(".timer"))
    assert service.parent == units and timer.stem == service.stem
    timer_text = timer.read_text()
    assert "OnCalendar=*:0/15" in timer_text and "Persistent=true" in timer_text
    assert f"Unit={service.name}" in timer_text and "WantedBy=timers.target" in timer_text
    if shutil.which("systemd-analyze"):  # systemd's own parser accepts both units
        check = subprocess.run(["systemd-analyze", "verify", str(service), str(timer)], capture_output=True,
                               text=True)
        assert check.returncode == 0, check.stderr
    # The command systemd would start: run-due for this very home.
    command = _exec_start(service.read_text())
    assert command[-4:] == ["run-due", "--quiet", "--home", str(home.resolve())]
    ran = subprocess.run(command, env=cli_env(), capture_output=True, text=True, timeout=120)
    assert ran.returncode == 0 and ran.stdout == "", ran.stderr  # nothing due, nothing said
    # Installing again replaces, never duplicates.
    ok(run_cli(home, "scheduler", "install", "--backend", "systemd", env=env))
    assert sorted(p.name for p in units.iterdir()) == sorted([service.name, timer.name, "someone-else.timer"])
    text = ok(run_cli(home, "scheduler", "status", "--backend", "systemd", env=env)).stdout
    if not shutil.which("systemctl") or subprocess.run(["systemctl", "--user", "show-environment"],
                                                      capture_output=True).returncode != 0:
        assert "no systemd user instance" in text and "do NOT run" in text
    gone = ok(run_cli(home, "scheduler", "uninstall", "--backend", "systemd", "--json", env=env)).json()
    assert gone["installed"] is False
    assert [p.name for p in units.iterdir()] == ["someone-else.timer"]


def test_crontab_block_is_added_once_and_removed_exactly(home: Path, tmp_path: Path) -> None:
    table = tmp_path / "crontab"
    original = "MAILTO=me@example.test\n0 3 * * * /usr/local/bin/rotate-logs\n"
    table.write_text(original)
    for _ in range(2):
        ok(run_cli(home, "scheduler", "install", "--crontab-file", str(table)))
    lines = table.read_text().splitlines()
    ours = [li for li in lines if "run-due" in li]
    assert len(ours) == 1 and ours[0].startswith("*/15 * * * * ")
    command = shlex.split(ours[0].split(" ", 5)[5])
    assert command[-6:-2] == ["run-due", "--quiet", "--home", str(home.resolve())]
    assert lines[:2] == original.splitlines()
    status = ok(run_cli(home, "scheduler", "status", "--crontab-file", str(table), "--json")).json()
    assert status["backend"] == "cron" and status["installed"] and status["active"]
    ok(run_cli(home, "scheduler", "uninstall", "--crontab-file", str(table)))
    assert table.read_text() == original


def test_windows_task_xml_has_what_the_task_schema_requires(tmp_path: Path) -> None:
    backend = WindowsBackend(tmp_path / "home", tmp_path / "state")
    path = backend.write_xml()
    raw = path.read_bytes()
    assert raw[:2] in (b"\xff\xfe", b"\xfe\xff")  # UTF-16 with a BOM, as its declaration says
    root = ET.fromstring(raw.decode("utf-16").split("?>", 1)[1].strip())
    ns = {"t": TASK_NS}
    assert root.tag == f"{{{TASK_NS}}}Task" and root.get("version") == "1.2"
    # Required by the Task Scheduler 1.2 schema: Actions with at least one Exec holding a Command; a
    # TimeTrigger's StartBoundary; a Principal's id matching the Actions' Context.
    exec_ = root.find("t:Actions/t:Exec", ns)
    assert exec_ is not None and (exec_.findtext("t:Command", namespaces=ns) or "").strip()
    assert "run-due --quiet --home" in (exec_.findtext("t:Arguments", namespaces=ns) or "")
    trigger = root.find("t:Triggers/t:TimeTrigger", ns)
    assert trigger is not None and trigger.findtext("t:StartBoundary", namespaces=ns)
    assert trigger.findtext("t:Repetition/t:Interval", namespaces=ns) == "PT15M"
    principal = root.find("t:Principals/t:Principal", ns)
    assert principal is not None and principal.get("id") == root.find("t:Actions", ns).get("Context")  # type: ignore[union-attr]
    settings = root.find("t:Settings", ns)
    assert settings is not None
    assert settings.findtext("t:MultipleInstancesPolicy", namespaces=ns) == "IgnoreNew"
    assert settings.findtext("t:StartWhenAvailable", namespaces=ns) == "true"  # a missed tick runs late
    order = [child.tag.split("}")[1] for child in root]
    assert order == ["RegistrationInfo", "Triggers", "Principals", "Settings", "Actions"]  # schema sequence
    backend.uninstall()
    assert not path.exists()


def test_launchd_plist_has_the_required_keys(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HOME", str(tmp_path / "user"))
    backend = LaunchdBackend(tmp_path / "home", tmp_path / "state")
    status = backend.install()
    path = Path(status.files[0])
    assert path.parent == tmp_path / "user" / "Library" / "LaunchAgents"
    assert path.name == f"{backend.label}.plist"
    data = plistlib.loads(path.read_bytes())
    # launchd.plist(5): Label (string) and ProgramArguments (array of strings) are required.
    assert isinstance(data["Label"], str) and data["Label"] == backend.label
    assert all(isinstance(a, str) for a in data["ProgramArguments"])
    home = str((tmp_path / "home").resolve())
    assert data["ProgramArguments"][-4:] == ["run-due", "--quiet", "--home", home]
    assert data["StartInterval"] == 900 and isinstance(data["RunAtLoad"], bool)
    assert b"<!DOCTYPE plist PUBLIC" in path.read_bytes()
    backend.uninstall()
    assert not path.exists()


def test_platform_choice(tmp_path: Path) -> None:
    assert choose_backend(None, tmp_path, platform="win32").name == "windows"
    assert choose_backend(None, tmp_path, platform="darwin").name == "launchd"
    assert choose_backend(None, tmp_path, platform="linux", crontab_file=tmp_path / "c").name == "cron"
    assert choose_backend(None, tmp_path, platform="linux").name in ("systemd", "cron")
