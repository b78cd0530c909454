"""Backup types, statuses and frequencies are written once, in backup_desk/vocabulary.py: an AST scan of
the package fails on any other string literal spelling one of them (alone, or quoted inside a longer string
such as an SQL fragment or a docstring), so a bare "completed" cannot come back."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

import backup_desk
from backup_desk.engine import contracts
from backup_desk.messages import Text
from backup_desk.vocabulary import ACTIVE_STATUSES, BackupStatus, BackupType, Frequency

PACKAGE = Path(backup_desk.__file__).parent
WORDS = {str(w) for enum in (BackupType, BackupStatus, Frequency) for w in enum}
QUOTED = re.compile(r"""["'](""" + "|".join(sorted(WORDS)) + r""")["']""")
# The definitions, and the migrations (they describe the schema of their day and keep their literals).
EXEMPT = ("vocabulary.py", "catalog/migrations/")
# The same spelling with another meaning: (file, literal) -> why it is not one of our words.
OTHER_MEANING = {
    ("paths.py", "data"): "the name of the application's data folder",
    ("engine/database/native/postgresql/layout.py", "data"): "a field name of the archive's layout JSON",
}


TRANSLATED = {"tr", "translate", "QT_TRANSLATE_NOOP"}  # English text for people, not a stored value


def _string_constants(tree: ast.AST) -> list[ast.Constant]:
    """Every string literal, except the sources given to Qt's translation functions."""
    texts = {id(a) for n in ast.walk(tree) if isinstance(n, ast.Call) for a in n.args
             if getattr(n.func, "attr", getattr(n.func, "id", "")) in TRANSLATED}
    return [n for n in ast.walk(tree)
            if isinstance(n, ast.Constant) and isinstance(n.value, str) and id(n) not in texts]


def offenders() -> tuple[list[str], set[tuple[str, str]]]:
    found, excused = [], set()
    for path in sorted(PACKAGE.rglob("*.py")):
        rel = path.relative_to(PACKAGE).as_posix()
        if rel.startswith(EXEMPT):
            continue
        for node in _string_constants(ast.parse(path.read_text(encoding="utf-8"))):
            value = node.value
            if value in WORDS and (rel, value) in OTHER_MEANING:
                excused.add((rel, value))
            elif value in WORDS or QUOTED.search(value):
                found.append(f"backup_desk/{rel}:{node.lineno}: {value[:60]!r}")
    return found, excused


def test_no_bare_type_status_or_frequency_outside_the_vocabulary() -> None:
    found, excused = offenders()
    assert found == [], "use backup_desk.vocabulary's members:\n" + "\n".join(found)
    assert excused == set(OTHER_MEANING), "an exception no longer needed: remove it"


def test_the_scan_sees_a_bare_word_and_a_quoted_one() -> None:
    tree = ast.parse('x = "completed"\ny = "WHERE status IN (\'pending\', \'running\')"\nz = "fully done"\n'
                     'w = self.tr("daily")')
    flagged = [n.value for n in _string_constants(tree) if n.value in WORDS or QUOTED.search(n.value)]
    assert flagged == ["completed", "WHERE status IN ('pending', 'running')"]


def test_members_are_their_stored_strings() -> None:
    assert BackupStatus("completed") is BackupStatus.COMPLETED
    assert f"{BackupType.METADATA}" == "metadata" and str(Frequency.WEEKLY) == "weekly"
    assert set(ACTIVE_STATUSES) == {BackupStatus.PENDING, BackupStatus.RUNNING}
    assert contracts.BackupStatus is BackupStatus  # the engine's contracts re-export them


@pytest.mark.parametrize("word", [*BackupType, *BackupStatus, *Frequency])
def test_every_word_has_an_english_label_template(word: BackupType | BackupStatus | Frequency) -> None:
    assert isinstance(word.label, Text) and not word.label.args
    assert str(word.label)[0].isupper()
