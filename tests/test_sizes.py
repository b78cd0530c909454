"""One size convention: decimal SI units in the CLI, the window and the services' messages."""

from __future__ import annotations

import pytest

from backup_desk.sizes import format_size


@pytest.mark.parametrize(
    ("n", "text"),
    [(None, "-"), (0, "0 B"), (999, "999 B"), (1000, "1.0 kB"), (1500, "1.5 kB"), (1_499_999, "1.5 MB"),
     (2_000_000_000, "2.0 GB"), (5 * 10**15, "5000.0 TB"), (-1500, "-1.5 kB")],
)
def test_decimal_units(n: int | None, text: str) -> None:
    assert format_size(n) == text


def test_window_units_and_separator_are_the_callers() -> None:
    assert format_size(1_500_000, units=("o", "ko", "Mo", "Go", "To"), decimal_point=",") == "1,5 Mo"
    assert format_size(None, unknown="—") == "—"


def test_cli_and_window_agree(qapp) -> None:
    from PySide6.QtCore import QLocale

    from backup_desk.ui.format import human_size

    QLocale.setDefault(QLocale(QLocale.Language.English))
    try:
        assert human_size(1_500_000) == format_size(1_500_000) == "1.5 MB"
    finally:
        QLocale.setDefault(QLocale.system())


def test_durations_in_the_window_take_whole_and_fractional_seconds(qapp) -> None:  # type: ignore[no-untyped-def]
    """A progress ETA can be a whole number of seconds (it crashed the progress panel's update)."""
    from backup_desk.ui.format import human_duration

    assert human_duration(9) == human_duration(9.0) == "9.0 s"
    assert human_duration(0.25) == "0.2 s" or human_duration(0.25) == "0.3 s"
    assert human_duration(42) == "42 s" and human_duration(None) == "—"
