"""`backup-desk prune [--dry-run]`: retention now, for every configuration and for the archives without one
(quick backups, deleted configurations). `--dry-run` lists exactly what the same command would delete."""

from __future__ import annotations

import argparse
from typing import Any

from backup_desk.cli.common import CliContext, add_json_flag
from backup_desk.cli.formatting import fmt_dt, render_table
from backup_desk.cli.lookup import find_config
from backup_desk.services.retention import PrunePlan, apply_prune, plan_prune


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "prune", parents=[common], help="apply retention now (--dry-run: only list what would go)",
        description="Delete archives past their configuration's retention. The newest N good archives of "
                    "each configuration are always kept (config --keep-last), nothing is pruned after a "
                    "suspicious empty backup, and archives without a configuration follow their own rule. "
                    "Every deletion is recorded in the audit trail.")
    p.add_argument("--dry-run", "-n", action="store_true", help="list what would be deleted; delete nothing")
    p.add_argument("--config", metavar="CONFIG", help="only this configuration (id or name)")
    add_json_flag(p)
    p.set_defaults(handler=cmd_prune)


def _print(cli: CliContext, plan: PrunePlan, verb: str) -> None:
    for warning in plan.warnings:
        cli.err(f"warning: {warning}")
    if not plan.items:
        cli.out(f"Nothing {verb}.")
        return
    rows = [[i.backup_id, i.configuration_name or "-", i.backup_name, fmt_dt(i.created_at), i.reason]
            for i in plan.items]
    cli.out(render_table(["ID", "Configuration", "Backup", "Created", "Why"], rows))
    cli.out(f"{len(plan.items)} backup(s) {verb} ({plan.bytes:,} bytes).")


def cmd_prune(args: argparse.Namespace, cli: CliContext) -> int:
    ctx = cli.app
    config_id = find_config(ctx, args.config).id if args.config else None
    if args.dry_run:
        plan = plan_prune(ctx.catalog, config_id)
    else:
        plan = apply_prune(ctx.catalog, config_id, trigger="prune command")
    if cli.json:
        cli.emit_json({"dry_run": args.dry_run, "items": plan.items, "kept": plan.kept,
                       "warnings": plan.warnings})
    else:
        _print(cli, plan, "would be deleted" if args.dry_run else "deleted")
    return 0
