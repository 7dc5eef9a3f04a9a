"""`stylelint baseline`: record today's findings, or mark one finding as reviewed; and the
loading of `check --baseline` / `--diff-base`, so their errors come before any draft is read."""
from __future__ import annotations

import re

import click

from .baseline import DEFAULT_FILE, FINGERPRINT, BaselineError, load
from .runner import Options
from .session import gather

LEVEL_CHOICE = click.Choice(["suggestion", "warning", "error"])
_PLACE = re.compile(r"(?P<path>.+?):(?P<line>\d+)(?::(?P<column>\d+))?")


def only_new(baseline_file, diff_base):
    """The Baseline and ChangedLines a `check` run filters with (None when not asked for)."""
    baseline = load(baseline_file) if baseline_file else None
    changed = None
    if diff_base:
        from .gitdiff import changed_lines

        changed = changed_lines(diff_base)
    return baseline, changed


@click.command("baseline")
@click.argument("paths", nargs=-1, type=click.Path(readable=False))
@click.option("--file", "baseline_file", type=click.Path(dir_okay=False), default=DEFAULT_FILE,
              show_default=True, help="The baseline file to write or update.")
@click.option("--add", "additions", multiple=True, metavar="FINGERPRINT|PATH:LINE[:COL]",
              help="Mark one finding as reviewed: by its fingerprint (JSON and SARIF output show "
              "it) or by where it is. Repeatable.")
@click.option("--note", default=None, help="Why the findings given with --add are accepted.")
@click.option("--config", "config_path", type=click.Path(dir_okay=False),
              help="Use this configuration file instead of looking for one.")
@click.option("--min-level", type=LEVEL_CHOICE, help="Lowest level to record.")
@click.option("--select", multiple=True, metavar="RULE", help="Only these rules or packs.")
@click.option("--ignore", "ignore_rules", multiple=True, metavar="RULE", help="Not these rules or packs.")
@click.option("--jobs", "-j", type=click.IntRange(min=0), default=None, help="Files checked in parallel.")
@click.option("--debug", is_flag=True, hidden=True)
def baseline_command(paths, baseline_file, additions, note, config_path, min_level, select,
                     ignore_rules, jobs, debug):
    """Record the findings in PATHS as known, so that 'check --baseline FILE' reports only new
    ones; or, with --add, mark single findings as reviewed."""
    if not paths and not additions:
        raise click.UsageError("give the files or folders whose findings to record, or --add")
    options = Options(config=config_path, select=select, ignore=ignore_rules, min_level=min_level,
                      keep_lines=False)
    baseline = load(baseline_file, missing_ok=True)
    code = 0
    if paths:
        results, missing = gather(list(paths), options, jobs)
        for result in results:
            if result.error:
                click.echo(f"stylelint: error: {result.path}: cannot check: {result.error}", err=True)
        recorded, replaced = baseline.record(results)
        click.echo(f"Recorded {recorded} finding{'s' if recorded != 1 else ''} in {baseline.path} "
                   f"({replaced} earlier entr{'ies' if replaced != 1 else 'y'} for these files replaced).")
        code = 2 if missing or any(r.error for r in results) else 0
    for wanted in additions:
        _add(baseline, wanted, note, options)
    baseline.save()
    raise SystemExit(code)


def _add(baseline, wanted: str, note, options) -> None:
    if FINGERPRINT.fullmatch(wanted):
        added = baseline.add_reviewed(wanted, note)
        click.echo(f"{'Marked' if added else 'Already marked'} as reviewed: {wanted}")
        return
    place = _PLACE.fullmatch(wanted)
    if place is None:
        raise BaselineError(f"--add {wanted}: give a fingerprint (16 hex digits) or PATH:LINE[:COL]")
    path, line = place["path"], int(place["line"])
    column = int(place["column"]) if place["column"] else None
    results, missing = gather([path], options, None)
    if missing or not results or results[0].error:
        reason = results[0].error if results and results[0].error else "no such file"
        raise BaselineError(f"{path}: cannot check: {reason}")
    found = [a for a in results[0].alerts if a.line <= line <= a.end_line
             and (column is None or a.column == column)]
    if not found:
        raise BaselineError(f"{wanted}: no finding there (run 'stylelint check {path}' to see the "
                            "findings and where they are)")
    for alert in found:
        added = baseline.add_reviewed(alert.fingerprint, note, baseline.relative(path), alert)
        click.echo(f"{'Marked' if added else 'Already marked'} as reviewed: {path}:{alert.line}:"
                   f"{alert.column} {alert.rule} {alert.match!r} ({alert.fingerprint})")
