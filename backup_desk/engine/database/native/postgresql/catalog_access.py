"""Owners and privileges of the dumped objects, as pg_dump writes them without --no-owner / --no-privileges.

Every backup records them (`DumpObject.access`, and `access.sql` for psql); a restore runs them only when
asked (`RestoreOptions.keep_owners`), since they name roles that must exist on the target. For an object
whose ACL is not the default, the statements revoke what CREATE gave and grant the source's ACL items in
their order, so the target ends with the same ACL array (pg_dump's own output of both is the same). As with
a superuser's GRANT, the grantor becomes the object's owner.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from backup_desk.engine.database.native.postgresql.context import ReadContext
from backup_desk.engine.database.native.postgresql.model import POST_DATA, DumpObject

# kind -> (ALTER … OWNER TO word, GRANT … ON word or None when the object has no ACL)
_WORDS: dict[str, tuple[str, str | None]] = {
    "schema": ("SCHEMA", "SCHEMA"),
    "collation": ("COLLATION", None),
    "type": ("TYPE", "TYPE"),
    "domain": ("DOMAIN", "DOMAIN"),
    "function": ("FUNCTION", "FUNCTION"),
    "procedure": ("PROCEDURE", "PROCEDURE"),
    "aggregate": ("AGGREGATE", "FUNCTION"),
    "table": ("TABLE", "TABLE"),
    "partitioned table": ("TABLE", "TABLE"),
    "view": ("VIEW", "TABLE"),
    "materialized view": ("MATERIALIZED VIEW", "TABLE"),
    "sequence": ("SEQUENCE", "SEQUENCE"),
    "statistics": ("STATISTICS", None),
}
# catalog -> (owner column, ACL column or None)
_COLUMNS = {
    "pg_namespace": ("nspowner", "nspacl"),
    "pg_collation": ("collowner", None),
    "pg_type": ("typowner", "typacl"),
    "pg_proc": ("proowner", "proacl"),
    "pg_class": ("relowner", "relacl"),
    "pg_statistic_ext": ("stxowner", None),
}
# The public schema is created with every database: its owner (from PostgreSQL 15) and ACL are compared
# with what a new database gives it, as pg_dump does.
_DATABASE_OWNER = "pg_database_owner"


_Item = tuple[str, str, list[str], bool]  # (quoted grantee or PUBLIC, raw grantee, privileges, grantable)
_ColumnItem = tuple[str, str, str, str, bool]  # (quoted column, grantee, raw grantee, privilege, grantable)


@dataclass
class _Acl:
    owner: str  # quoted role name
    owner_raw: str
    items: list[_Item] = field(default_factory=list)
    initial: bool = False  # equal to the object's initial privileges (pg_init_privs)
    has_acl: bool = False


# One ACL item per row, in the array's order: grantee as SQL names it (quoted role, or PUBLIC), its role name
# ("" for PUBLIC), privilege, grantable. `_exploded(acl)` goes in the FROM list beside the ACL's table.
_GRANTEE_COLUMNS = (
    "CASE WHEN x.grantee = 0 THEN 'PUBLIC' ELSE format('%I', pg_get_userbyid(x.grantee)) END, "
    "CASE WHEN x.grantee = 0 THEN '' ELSE pg_get_userbyid(x.grantee) END, x.privilege_type, x.is_grantable"
)


def _exploded(acl: str) -> str:
    return f"LATERAL aclexplode({acl}) WITH ORDINALITY x(grantor, grantee, privilege_type, is_grantable, n)"


def _read(ctx: ReadContext, catalog: str, oids: list[int]) -> dict[int, _Acl]:
    owner_col, acl_col = _COLUMNS[catalog]
    listed = ", ".join(map(str, oids))
    acl_sql = (
        f"o.{acl_col} IS NOT NULL, COALESCE(o.{acl_col} = (SELECT i.initprivs FROM pg_init_privs i WHERE "
        f"i.objoid = o.oid AND i.classoid = '{catalog}'::regclass AND i.objsubid = 0), false)"
        if acl_col
        else "false, false"
    )
    out = {
        int(oid): _Acl(str(q), str(raw), has_acl=bool(has), initial=bool(init))
        for oid, q, raw, has, init in ctx.q(
            f"SELECT o.oid, format('%I', pg_get_userbyid(o.{owner_col})), pg_get_userbyid(o.{owner_col}), "
            f"{acl_sql} FROM {catalog} o WHERE o.oid IN ({listed})"
        )
    }
    if acl_col:
        for oid, grantee, raw, priv, grantable in ctx.q(
            f"SELECT o.oid, {_GRANTEE_COLUMNS} FROM {catalog} o, {_exploded(f'o.{acl_col}')} "
            f"WHERE o.oid IN ({listed}) ORDER BY o.oid, x.n"
        ):
            _add(out[int(oid)].items, str(grantee), str(raw), str(priv), bool(grantable))
    return out


def _add(items: list[_Item], grantee: str, raw: str, priv: str, grant: bool) -> None:
    """Privileges of one grantee with the same grant option go in one GRANT (first-seen order kept)."""
    for g, _raw, privs, opt in items:
        if g == grantee and opt == grant:
            privs.append(priv)
            return
    items.append((grantee, raw, [priv], grant))


def _column_grants(ctx: ReadContext, oids: list[int]) -> dict[int, list[_ColumnItem]]:
    """Column privileges by relation oid, in column order."""
    out: dict[int, list[_ColumnItem]] = {}
    if not oids:
        return out
    for rel, col, grantee, raw, priv, grantable in ctx.q(
        f"SELECT a.attrelid, format('%I', a.attname), {_GRANTEE_COLUMNS} FROM pg_attribute a, "
        f"{_exploded('a.attacl')} WHERE a.attrelid IN ({', '.join(map(str, oids))}) AND a.attnum > 0 "
        "AND NOT a.attisdropped ORDER BY a.attrelid, a.attnum, x.n"
    ):
        item = (str(col), str(grantee), str(raw), str(priv), bool(grantable))
        out.setdefault(int(rel), []).append(item)
    return out


def _grant(privs: Iterable[str], on: str, grantee: str, grant: bool, columns: str = "") -> str:
    what = ", ".join(f"{p}{columns}" for p in privs)
    return f"GRANT {what} ON {on} TO {grantee}" + (" WITH GRANT OPTION;" if grant else ";")


def read_access(ctx: ReadContext, objects: list[DumpObject], sequence_tables: dict[str, str]) -> None:
    """Fill `access` and `access_roles` of every object that has an owner or privileges of its own."""
    by_catalog: dict[str, list[tuple[int, DumpObject]]] = {}
    for obj in objects:
        catalog, _, number = obj.id.partition(":")
        if catalog in _COLUMNS and obj.kind in _WORDS and number.isdigit():
            by_catalog.setdefault(catalog, []).append((int(number), obj))
    for catalog, pairs in by_catalog.items():
        acls = _read(ctx, catalog, [oid for oid, _ in pairs])
        columns = _column_grants(ctx, [oid for oid, o in pairs if _WORDS[o.kind][1] == "TABLE"])
        for oid, obj in pairs:
            acl = acls.get(oid)
            if acl is not None:
                _statements(ctx, obj, acl, columns.get(oid, []), owned=obj.name in sequence_tables)


def _statements(
    ctx: ReadContext, obj: DumpObject, acl: _Acl, columns: list[_ColumnItem], owned: bool
) -> None:
    alter, on_word = _WORDS[obj.kind]
    public_schema = obj.kind == "schema" and obj.name == "public"
    stmts: list[str] = []
    roles: list[str] = []
    # A sequence owned by a table column follows its table's owner (PostgreSQL refuses to change it alone).
    initial_owner = public_schema and (ctx.version < 150000 or acl.owner_raw == _DATABASE_OWNER)
    if not owned and not initial_owner:
        stmts.append(f"ALTER {alter} {obj.name} OWNER TO {acl.owner};")
        roles.append(acl.owner_raw)
    if on_word and acl.has_acl and not acl.initial:
        on = f"{on_word} {obj.name}"
        stmts.append(f"REVOKE ALL ON {on} FROM PUBLIC;")
        stmts.append(f"REVOKE ALL ON {on} FROM {acl.owner};")
        for grantee, raw, privs, grant in acl.items:
            stmts.append(_grant(privs, on, grantee, grant))
            if raw:
                roles.append(raw)
    for col, grantee, raw, priv, grant in columns:
        stmts.append(_grant([priv], f"TABLE {obj.name}", grantee, grant, columns=f" ({col})"))
        if raw:
            roles.append(raw)
    obj.access = stmts
    obj.access_roles = sorted(set(roles))


_DEFAULT_KINDS = {"r": "TABLES", "S": "SEQUENCES", "f": "FUNCTIONS", "T": "TYPES", "n": "SCHEMAS"}


def read_default_privileges(ctx: ReadContext) -> list[DumpObject]:
    """`ALTER DEFAULT PRIVILEGES` entries (pg_default_acl) as objects with access statements only. A global
    entry replaces the built-in defaults (revoked first, then granted item by item, as above); an entry
    for one schema adds to them (grants only)."""
    rows = ctx.q(
        "SELECT d.oid, d.defaclobjtype, format('%I', pg_get_userbyid(d.defaclrole)), "
        "pg_get_userbyid(d.defaclrole), CASE WHEN d.defaclnamespace = 0 THEN NULL ELSE "
        "format('%I', n.nspname) END FROM pg_default_acl d LEFT JOIN pg_namespace n ON "
        "n.oid = d.defaclnamespace ORDER BY 3, 5 NULLS FIRST, 2"
    )
    items: dict[int, list[_Item]] = {}
    for oid, grantee, raw, priv, grantable in ctx.q(
        f"SELECT d.oid, {_GRANTEE_COLUMNS} FROM pg_default_acl d, {_exploded('d.defaclacl')} "
        "ORDER BY d.oid, x.n"
    ):
        _add(items.setdefault(int(oid), []), str(grantee), str(raw), str(priv), bool(grantable))
    out = []
    for oid, objtype, role, role_raw, schema in rows:
        on = _DEFAULT_KINDS.get(str(objtype))
        if on is None:
            continue  # a kind this server knows and this release does not (large objects…)
        head = f"ALTER DEFAULT PRIVILEGES FOR ROLE {role}" + (f" IN SCHEMA {schema}" if schema else "")
        stmts = [] if schema else [f"{head} REVOKE ALL ON {on} FROM {who};" for who in ("PUBLIC", role)]
        roles = [str(role_raw)]
        for grantee, raw, privs, grant in items.get(int(oid), []):
            stmts.append(f"{head} {_grant(privs, on, grantee, grant)}")
            if raw:
                roles.append(raw)
        name = f"FOR ROLE {role}" + (f" IN SCHEMA {schema}" if schema else "") + f" ON {on}"
        out.append(
            DumpObject(f"pg_default_acl:{oid}", "default privileges", name, [], section=POST_DATA,
                       priority=90, access=stmts, access_roles=sorted(set(roles)))
        )
    return out
