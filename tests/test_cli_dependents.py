"""`restore --tables … --replace` through the CLI: dependents named and refused, --dry-run says so,
--allow-dependents lets the restore through without dropping them."""

from __future__ import annotations

import shutil
from pathlib import Path

from tests.support.cli import failed, ok, run_cli
from tests.support.sqlite_shop import make_shop, sqlite_cli


def test_dependents_refused_then_allowed(home: Path, tmp_path: Path) -> None:
    src = tmp_path / "shop.db"
    make_shop(src)
    row = ok(run_cli(home, "quick-backup", "--type", "full", "--name", "shop", "--source-url",
                     f"sqlite:///{src}", "--json", "-q")).json()
    live = tmp_path / "live.db"
    shutil.copyfile(src, live)
    for side in ("-wal", "-shm"):
        if Path(str(src) + side).exists():
            shutil.copyfile(str(src) + side, str(live) + side)
    args = ("restore", str(row["id"]), "--to-url", f"sqlite:///{live}", "--tables", "order", "--replace")
    plan = ok(run_cli(home, *args, "--dry-run"))
    assert "view order_totals (depends on order)" in plan.stdout and "--allow-dependents" in plan.stdout
    failed(run_cli(home, *args), 2, "order_totals", "foreign key order_line", "--allow-dependents")
    done = ok(run_cli(home, *args, "--allow-dependents"))
    assert "Restored 1 tables (55 rows)" in done.stdout
    schema = sqlite_cli(live, ".schema")
    assert "CREATE VIEW order_totals" in schema and "REFERENCES \"order\"(id)" in schema
    totals = "SELECT count(*) FROM order_totals"
    assert sqlite_cli(live, totals) == sqlite_cli(src, totals)
