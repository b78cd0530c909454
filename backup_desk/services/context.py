"""The application context every use-case receives: folders, catalog and secret store.

`AppContext.open()` is the one start-up path shared by the GUI and every CLI command: it creates the
folders, migrates the catalog to head, then closes rows interrupted by a crash and removes their
temporary files before anything else happens.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.exc import DBAPIError

from backup_desk.catalog.db import Catalog
from backup_desk.errors import CatalogUnavailableError
from backup_desk.messages import Text
from backup_desk.paths import AppPaths, resolve_paths
from backup_desk.services.secrets import SecretStore


@dataclass
class AppContext:
    paths: AppPaths
    catalog: Catalog
    secrets: SecretStore

    @classmethod
    def open(cls, home: str | os.PathLike[str] | None = None, *, recover: bool = True) -> AppContext:
        return cls.at(resolve_paths(home).ensure(), recover=recover)

    @classmethod
    def at(cls, paths: AppPaths, *, recover: bool = True) -> AppContext:
        """The context on these folders (a job process opens its window's, without start-up recovery:
        the window's other jobs are alive)."""
        from backup_desk.catalog.migrate import upgrade_to_head

        catalog = Catalog(paths.catalog_path)
        try:
            upgrade_to_head(catalog)
        except (DBAPIError, sqlite3.DatabaseError) as exc:
            catalog.dispose()
            raise CatalogUnavailableError(
                Text("The catalog {0} cannot be opened ({1}).", paths.catalog_path, _first_line(exc)),
                Text("Move it away to start with an empty catalog, or put back a copy saved beside it "
                     "(catalog.sqlite3.before-upgrade-…). Archives stay restorable without it."),
                cause=_first_line(exc),
            ) from None
        ctx = cls(paths=paths, catalog=catalog, secrets=SecretStore(paths.config_dir / "secrets"))
        if recover:
            from backup_desk.services.recovery import recover_interrupted

            recover_interrupted(ctx)
        return ctx

    def backups_dir_for(self, destination: str | None) -> Path:
        return Path(destination).expanduser() if destination else self.paths.default_backups_dir

    def close(self) -> None:
        self.catalog.dispose()


def _first_line(exc: BaseException) -> str:
    text = str(getattr(exc, "orig", None) or exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__
