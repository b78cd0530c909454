"""How each column type is read back from COPY text for cross-engine restores, what such a restore loses of
it, and which types a backup refuses outright.

Readers (see copytext.py): int, float, numeric, bool, bytea, date, time, timestamp, timestamptz, interval,
json, uuid, text, and "array:<reader>". Every type has one: types without a portable equivalent are carried
as their exact text form, and say so (`loss`).
"""

from __future__ import annotations

from backup_desk.engine.database.native.postgresql.context import Query

_BUILTIN = {
    "int2": "int",
    "int4": "int",
    "int8": "int",
    "oid": "int",
    "float4": "float",
    "float8": "float",
    "numeric": "numeric",
    "bool": "bool",
    "bytea": "bytea",
    "date": "date",
    "time": "time",
    "timestamp": "timestamp",
    "timestamptz": "timestamptz",
    "interval": "interval",
    "json": "json",
    "jsonb": "json",
    "uuid": "uuid",
    "text": "text",
    "varchar": "text",
    "bpchar": "text",
    "name": "text",
    "char": "text",
}
_TEXT_FAMILY = {"text", "varchar", "bpchar", "name", "char", "citext"}
# Values that only mean something inside the cluster that produced them: a restore would hold other facts.
REFUSED = {"tid", "xid", "xid8", "cid", "txid_snapshot", "pg_snapshot"}


class TypeReaders:
    def __init__(self, q: Query) -> None:
        self._q = q
        self._info: dict[int, tuple[str, str, str, int, int, int, str, str]] = {}

    def _type(self, oid: int) -> tuple[str, str, str, int, int, int, str, str]:
        if oid not in self._info:
            row = self._q(
                "SELECT t.typtype, t.typname, n.nspname, t.typbasetype, t.typelem, t.typlen, t.typcategory, "
                "format_type(t.oid, NULL) FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace "
                f"WHERE t.oid = {oid}"
            )[0]
            self._info[oid] = (
                str(row[0]),
                str(row[1]),
                str(row[2]),
                int(row[3]),
                int(row[4]),
                int(row[5]),
                str(row[6]),
                str(row[7]),
            )
        return self._info[oid]

    def _is_array(self, oid: int) -> bool:
        typtype, _, _, _, elem, length, category, _ = self._type(oid)
        return typtype == "b" and elem != 0 and length == -1 and category == "A"

    def reader(self, oid: int) -> str:
        typtype, name, nsp, base, elem, _, _, _ = self._type(oid)
        if typtype == "d":
            return self.reader(base)
        if self._is_array(oid):
            return "array:" + self.reader(elem)
        if typtype == "b" and nsp == "pg_catalog":
            return _BUILTIN.get(name, "text")
        return "text"  # enums, composite, range types, and extension types (citext, geometry, …)

    def refused(self, oid: int) -> bool:
        typtype, name, nsp, base, elem, _, _, _ = self._type(oid)
        if typtype == "d":
            return self.refused(base)
        if self._is_array(oid):
            return self.refused(elem)
        return nsp == "pg_catalog" and name in REFUSED

    def loss(self, oid: int) -> str:
        typtype, name, nsp, base, _elem, _, _, shown = self._type(oid)
        if typtype == "d":
            inner = self.loss(base)
            return f"domain {shown}: its constraints are not kept" + (f"; {inner}" if inner else "")
        if self._is_array(oid):
            return f"array {shown} becomes JSON"
        if typtype == "e":
            return f"enum {shown} becomes text"
        if typtype in ("c", "r", "m"):
            kind = {"c": "composite type", "r": "range type", "m": "multirange type"}[typtype]
            return f"{kind} {shown} becomes its text form"
        if nsp == "pg_catalog" and (name in _BUILTIN or name in _TEXT_FAMILY):
            return ""
        if name == "citext":
            return "citext becomes text (case-sensitive)"
        return f"{shown} becomes its text form"
