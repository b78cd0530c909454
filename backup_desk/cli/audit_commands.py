"""`backup-desk audit [--json] [--limit N] [--action A]`: who changed what, newest first."""

from __future__ import annotations

import argparse
from typing import Any

from backup_desk.cli.common import CliContext, add_json_flag
from backup_desk.cli.formatting import fmt_dt, render_table
from backup_desk.ops.audit import list_events


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("audit", parents=[common], help="show the audit trail",
                       description="Configuration changes, restores, deletions, verifications and "
                                   "maintenance, newest first (secrets are never recorded).")
    p.add_argument("--limit", type=int, default=50, metavar="N", help="how many events (default 50)")
    p.add_argument("--action", metavar="ACTION", help="only this action (e.g. config.update, restore)")
    add_json_flag(p)
    p.set_defaults(handler=cmd_audit)


def cmd_audit(args: argparse.Namespace, cli: CliContext) -> int:
    with cli.app.catalog.read() as session:
        events = list_events(session, limit=args.limit, action=args.action)
    if cli.json:
        cli.emit_json(events)
        return 0
    if not events:
        cli.out("No audit event yet.")
        return 0
    rows = [(e.id, fmt_dt(e.at), e.actor, e.action, f"{e.target_type} {e.target_id}".strip(), e.summary)
            for e in events]
    cli.out(render_table(("ID", "WHEN", "WHO", "ACTION", "TARGET", "SUMMARY"), rows))
    return 0
