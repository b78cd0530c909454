"""Dispatch between native formats and the portable path."""

from __future__ import annotations

from pathlib import Path

import pytest

from backup_desk.engine.database import restore_database, verify_database
from backup_desk.engine.database.native.formats import native_for_dialect, native_for_section
from backup_desk.engine.database.section import DatabaseSection
from backup_desk.errors import UnsupportedArchiveError


def test_unknown_native_format_is_refused_clearly(tmp_path: Path) -> None:
    section = DatabaseSection(dialect="sqlite", backup_type="full", native_format="from-the-future/9",
                              native={})
    with pytest.raises(UnsupportedArchiveError, match="from-the-future/9"):
        native_for_section(section)
    with pytest.raises(UnsupportedArchiveError):
        restore_database(None, section, f"sqlite:///{tmp_path / 'x.db'}")  # type: ignore[arg-type]
    with pytest.raises(UnsupportedArchiveError):
        verify_database(None, section, tmp_path)  # type: ignore[arg-type]
    assert not (tmp_path / "x.db").exists()


def test_portable_sections_and_unknown_dialects_have_no_native_format() -> None:
    assert native_for_section(DatabaseSection(dialect="sqlite", backup_type="full")) is None
    assert native_for_dialect("oracle") is None
