"""The installer's parts that run here: resources/ found from a checkout, the icon files well formed, the
desktop entry and AppStream metadata readable, ICU slimming's choice of items, and the self-test itself
(end to end through `python -m backup_desk --self-test`, and failing when something differs)."""

from __future__ import annotations

import configparser
import os
import sqlite3
import struct
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from backup_desk.resources import resources_dir
from backup_desk.services.self_test import compare_folders, table_rows

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "packaging"))
from icu_slim import keep  # noqa: E402


def test_resources_found_from_the_checkout_and_well_formed() -> None:
    root = resources_dir()
    assert root == ROOT / "resources"
    icons = root / "icons"
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        data = (icons / f"backup-desk-{size}.png").read_bytes()
        assert data[:8] == b"\x89PNG\r\n\x1a\n"
        assert struct.unpack(">II", data[16:24]) == (size, size)  # IHDR width, height
    ico = (icons / "backup-desk.ico").read_bytes()
    assert struct.unpack("<HHH", ico[:6]) == (0, 1, 7)
    icns = (icons / "backup-desk.icns").read_bytes()
    assert icns[:4] == b"icns" and struct.unpack(">I", icns[4:8])[0] == len(icns)
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(root / "linux" / "backup-desk.desktop", encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert (desktop["Type"], desktop["Exec"], desktop["Icon"]) == (
        "Application", "backup-desk", "backup-desk")
    meta = ET.parse(next((root / "linux").glob("*.metainfo.xml"))).getroot()
    assert meta.findtext("launchable") == "backup-desk.desktop"


def test_icu_slimming_keeps_language_independent_data_english_and_french() -> None:
    kept = ["icudt73l/nfkc.nrm", "icudt73l/uts46.nrm", "icudt73l/cnvalias.icu", "icudt73l/coll/root.res",
            "icudt73l/coll/fr.res", "icudt73l/coll/ucadata.icu", "icudt73l/supplementalData.res",
            "icudt73l/zone/en_GB.res", "icudt73l/brkitr/root.res", "icudt73l/brkitr/word.brk",
            "icudt73l/curr/pool.res", "icudt73l/fr_CA.res"]
    dropped = ["icudt73l/coll/de.res", "icudt73l/lang/ja.res", "icudt73l/ibm-943_P15A-2003.cnv",
               "icudt73l/brkitr/cjdict.dict", "icudt73l/translit/root.res", "icudt73l/zh_Hant_TW.res"]
    assert all(keep(n) for n in kept), [n for n in kept if not keep(n)]
    assert not any(keep(n) for n in dropped), [n for n in dropped if keep(n)]


def test_self_test_comparisons_see_a_difference(tmp_path: Path) -> None:
    a, b = tmp_path / "a", tmp_path / "b"
    for d in (a, b):
        (d / "sub").mkdir(parents=True)
        (d / "sub" / "x.txt").write_text("same")
    assert compare_folders(a, b) is None
    (b / "sub" / "x.txt").write_text("changed")
    assert compare_folders(a, b) == "sub/x.txt differs"
    (b / "extra.txt").write_text("")
    assert "unexpected ['extra.txt']" in str(compare_folders(a, b))
    db1, db2 = tmp_path / "1.db", tmp_path / "2.db"
    for db, value in ((db1, "a"), (db2, "b")):
        with sqlite3.connect(db) as conn:
            conn.execute("create table t (v text)")
            conn.execute("insert into t values (?)", (value,))
    assert table_rows(db1) != table_rows(db2)


@pytest.mark.slow
def test_self_test_mode_passes_end_to_end(tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path))
    done = subprocess.run([sys.executable, "-m", "backup_desk", "--self-test"], capture_output=True,
                          text=True, env=env, timeout=240, cwd=ROOT)
    assert done.returncode == 0, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    assert lines[-1] == "self-test passed"
    steps = ("encrypted backup", "verify in a job process", "restore", "rows compared", "files compared",
             "window")
    for step in steps:
        assert any(line.startswith(f"ok   {step}") for line in lines), (step, lines)
