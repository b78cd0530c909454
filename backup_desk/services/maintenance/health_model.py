"""Typed results of `check-backup-system` (turned into JSON by the CLI; the field order is the JSON order).

Exit status: 0 when every check is ok (or info), 1 when the worst is a warning, 2 when any check is an
error. Messages and details never contain a secret (they go through `redact`).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Literal

from backup_desk.ops.redaction import redact

Level = Literal["ok", "info", "warning", "error"]
_RANK: dict[str, int] = {"ok": 0, "info": 0, "warning": 1, "error": 2}
REPORT_FORMAT = 1  # bump when a field is renamed or removed (adding fields keeps the number)


@dataclass(frozen=True)
class HealthCheck:
    name: str  # stable machine name: "folders", "disk_space", "catalog", "stuck_operations", ...
    level: Level
    message: str  # one sentence for people
    details: tuple[str, ...] = ()
    hint: str = ""  # what to do (a command when there is one)
    fixable: bool = False  # `--fix` knows a safe repair
    fixed: bool = False  # `--fix` repaired it (level then says how things are after the repair)
    count: int = 0  # how many items the check found wrong (stuck rows, temp files, missing archives...)

    def cleaned(self) -> HealthCheck:
        return replace(self, message=redact(self.message), details=tuple(redact(d) for d in self.details),
                       hint=redact(self.hint))


@dataclass(frozen=True)
class DependencyVersion:
    name: str
    version: str | None  # None = not installed
    required: bool


@dataclass(frozen=True)
class HealthReport:
    format: int
    status: Level  # worst level of all checks ("info" counts as "ok")
    exit_code: int  # 0 healthy, 1 warnings, 2 errors
    generated_at: str  # ISO UTC
    tool_version: str
    home: str  # the data folder checked
    deep: bool
    fix: bool
    checks: tuple[HealthCheck, ...]
    dependencies: tuple[DependencyVersion, ...] = field(default_factory=tuple)

    def check(self, name: str) -> HealthCheck:
        return next(c for c in self.checks if c.name == name)


def worst(checks: tuple[HealthCheck, ...]) -> tuple[Level, int]:
    rank = max((_RANK[c.level] for c in checks), default=0)
    level: Level = "ok" if rank == 0 else ("warning" if rank == 1 else "error")
    return level, rank
