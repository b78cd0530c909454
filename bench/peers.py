"""The tools the benchmark runs: Backup Desk through its CLI, and the peers with their default settings.

Each tool backs up the dataset root's `app.db` and `files/` with encryption on, and restores into an empty
folder. Set-up that is not part of a backup (a repository `init`, a key file) is done untimed in
`prepare`. Every tool keeps its state under the run's folder (caches included), so runs do not share.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

PASSPHRASE = "bench-passphrase-not-a-secret"  # a benchmark fixture, not a secret
REPO_ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Command:
    argv: list[str]
    cwd: Path | None = None
    env: dict[str, str] = field(default_factory=dict)


def _quote(p: Path | str) -> str:
    return "'" + str(p).replace("'", "'\\''") + "'"


def _version(argv: list[str]) -> str:
    try:
        done = subprocess.run(argv, capture_output=True, text=True, timeout=30)
    except OSError:
        return "?"
    text = (done.stdout or done.stderr).strip().splitlines()
    return next((line.strip() for line in text if line.strip()), "?")


def tree_bytes(path: Path) -> int:
    """Size of a file, or of every file under a folder (a repository)."""
    if path.is_dir():
        return sum(Path(d, f).stat().st_size for d, _, fs in os.walk(path) for f in fs)
    return path.stat().st_size if path.exists() else 0


class Tool:
    key = ""
    label = ""
    programs: tuple[str, ...] = ()

    def missing(self) -> str | None:
        absent = [p for p in self.programs if shutil.which(p) is None]
        return f"not installed: {', '.join(absent)}" if absent else None

    def version(self) -> str:
        return "?"

    def prepare(self, run: Path) -> None:
        """Untimed set-up in the run's folder."""

    def backup(self, src: Path, run: Path) -> Command:
        raise NotImplementedError

    def archive_bytes(self, run: Path) -> int:
        raise NotImplementedError

    def restore(self, run: Path, target: Path) -> Command:
        raise NotImplementedError


def prepare_home(home: Path) -> None:
    """A new Backup Desk home with its catalog created (what a first start does once, like a repository's
    `init` for the peers)."""
    subprocess.run([sys.executable, "-m", "backup_desk", "--home", str(home), "stats"], cwd=REPO_ROOT,
                   env={**os.environ, "PYTHONPATH": str(REPO_ROOT)}, capture_output=True, check=True,
                   timeout=120)


class BackupDesk(Tool):
    key, label = "backup-desk", "Backup Desk"

    def missing(self) -> str | None:
        done = subprocess.run([sys.executable, "-m", "backup_desk", "--help"], cwd=REPO_ROOT,
                              capture_output=True, text=True, timeout=60)
        return None if done.returncode == 0 else f"`python -m backup_desk --help` fails: {done.stderr[-300:]}"

    def version(self) -> str:
        return _version([sys.executable, "-m", "backup_desk", "--version"])

    def _env(self, run: Path) -> dict[str, str]:
        return {"BACKUP_DESK_PASSPHRASE": PASSPHRASE, "BACKUP_DESK_HOME": str(run / "home"),
                "PYTHONPATH": str(REPO_ROOT)}

    def prepare(self, run: Path) -> None:
        # The home and its catalog are made untimed, as restic's and borg's repositories are (`init`).
        prepare_home(run / "home")

    def backup(self, src: Path, run: Path) -> Command:
        # Default settings (zstd compression) plus encryption, into the run's new home.
        argv = [sys.executable, "-m", "backup_desk", "--home", str(run / "home"), "quick-backup",
                "--type", "full", "--name", "bench", "--source-url", f"sqlite:///{src / 'app.db'}",
                "--folder", str(src / "files"), "--encrypt", "--quiet"]
        return Command(argv, cwd=REPO_ROOT, env=self._env(run))

    def archive(self, run: Path) -> Path:
        found = sorted((run / "home").rglob("*.bdarc"))
        if len(found) != 1:
            raise FileNotFoundError(f"expected one .bdarc under {run / 'home'}, found {len(found)}")
        return found[0]

    def archive_bytes(self, run: Path) -> int:
        return self.archive(run).stat().st_size

    def restore(self, run: Path, target: Path) -> Command:
        argv = [sys.executable, "-m", "backup_desk", "--home", str(run / "home"), "restore",
                str(self.archive(run)), "--to-url", f"sqlite:///{target / 'app.db'}",
                "--to-folder", str(target), "--quiet"]
        return Command(argv, cwd=REPO_ROOT, env=self._env(run))


class SevenZip(Tool):
    key, label, programs = "7zip", "7-Zip zip-AES", ("7zz",)

    def version(self) -> str:
        return _version(["7zz"]).split(":")[0].strip()

    def backup(self, src: Path, run: Path) -> Command:
        return Command(["7zz", "a", "-tzip", "-mem=AES256", f"-p{PASSPHRASE}", "-bso0", "-bsp0",
                        str(run / "archive.zip"), "app.db", "files"], cwd=src)

    def archive_bytes(self, run: Path) -> int:
        return tree_bytes(run / "archive.zip")

    def restore(self, run: Path, target: Path) -> Command:
        return Command(["7zz", "x", f"-p{PASSPHRASE}", "-bso0", "-bsp0", f"-o{target}",
                        str(run / "archive.zip")])


class Restic(Tool):
    key, label, programs = "restic", "restic", ("restic",)

    def version(self) -> str:
        return _version(["restic", "version"])

    def _env(self, run: Path) -> dict[str, str]:
        return {"RESTIC_PASSWORD": PASSPHRASE, "RESTIC_REPOSITORY": str(run / "repo"),
                "RESTIC_CACHE_DIR": str(run / "cache")}

    def prepare(self, run: Path) -> None:
        subprocess.run(["restic", "init", "-q"], env={**os.environ, **self._env(run)}, check=True,
                       capture_output=True)

    def backup(self, src: Path, run: Path) -> Command:
        return Command(["restic", "backup", "-q", "app.db", "files"], cwd=src, env=self._env(run))

    def archive_bytes(self, run: Path) -> int:
        return tree_bytes(run / "repo")

    def restore(self, run: Path, target: Path) -> Command:
        return Command(["restic", "restore", "latest", "-q", "--target", str(target)], env=self._env(run))


class Borg(Tool):
    key, label, programs = "borg", "borg", ("borg",)

    def version(self) -> str:
        return _version(["borg", "--version"])

    def _env(self, run: Path) -> dict[str, str]:
        return {"BORG_PASSPHRASE": PASSPHRASE, "BORG_REPO": str(run / "repo"),
                "BORG_BASE_DIR": str(run / "borg-base")}

    def prepare(self, run: Path) -> None:
        subprocess.run(["borg", "init", "--encryption=repokey"], env={**os.environ, **self._env(run)},
                       check=True, capture_output=True)

    def backup(self, src: Path, run: Path) -> Command:
        return Command(["borg", "create", "::bench", "app.db", "files"], cwd=src, env=self._env(run))

    def archive_bytes(self, run: Path) -> int:
        return tree_bytes(run / "repo")

    def restore(self, run: Path, target: Path) -> Command:
        return Command(["borg", "extract", "::bench"], cwd=target, env=self._env(run))


class TarZstdAge(Tool):
    """tar | zstd -3 -T0 | age. age's passphrase mode reads only from a terminal, so the archive is
    encrypted to an X25519 identity made by age-keygen (the same AEAD; no KDF on either side)."""

    key, label, programs = "tar-zstd-age", "tar | zstd -3 -T0 | age", ("tar", "zstd", "age", "age-keygen")

    def version(self) -> str:
        zstd = re.search(r"v\d+(\.\d+)+", _version(["zstd", "--version"]))
        return f"age {_version(['age', '--version'])}, zstd {zstd.group(0) if zstd else '?'}"

    def prepare(self, run: Path) -> None:
        subprocess.run(["age-keygen", "-o", str(run / "key.txt")], check=True, capture_output=True)

    def backup(self, src: Path, run: Path) -> Command:
        script = (f"set -o pipefail; tar -C {_quote(src)} -cf - app.db files | zstd -3 -T0 -q "
                  f"| age -e -i {_quote(run / 'key.txt')} -o {_quote(run / 'archive.tar.zst.age')}")
        return Command(["bash", "-c", script])

    def archive_bytes(self, run: Path) -> int:
        return tree_bytes(run / "archive.tar.zst.age")

    def restore(self, run: Path, target: Path) -> Command:
        script = (f"set -o pipefail; age -d -i {_quote(run / 'key.txt')} "
                  f"{_quote(run / 'archive.tar.zst.age')} | zstd -d -q | tar -C {_quote(target)} -xf -")
        return Command(["bash", "-c", script])


ALL_TOOLS: list[Tool] = [BackupDesk(), Restic(), TarZstdAge(), Borg(), SevenZip()]
REFERENCES = ("restic", "tar-zstd-age")  # the bar compares Backup Desk with these two
