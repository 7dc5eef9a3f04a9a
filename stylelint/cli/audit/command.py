"""`stylelint audit SOURCE... -o OUTDIR`: the whole archive on Dask, with trends for editors."""
from __future__ import annotations

import os

import click

SYNTAX = click.Choice(["md", "html", "txt"])


@click.command()
@click.argument("sources", nargs=-1, required=True)
@click.option("-o", "--output", "outdir", required=True, type=click.Path(file_okay=False),
              help="Folder for the results (created; a rerun resumes what is in it).")
@click.option("--scheduler", metavar="ADDRESS", help="Run on an existing Dask cluster "
              "(e.g. tcp://10.0.0.5:8786) instead of a local one.")
@click.option("--workers", type=click.IntRange(min=1), help="Local worker processes "
              "(default: one per CPU).")
@click.option("--config", "config_path", type=click.Path(dir_okay=False, exists=True),
              help="Rules from this configuration file (default: the one `check` would find for "
                   "the first source, else the built-in packs).")
@click.option("--syntax", type=SYNTAX, default="md", show_default=True,
              help="Markup of the text column in JSON Lines, CSV and Parquet sources.")
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv", "parquet"]),
              help="Read file sources as this format whatever their extension.")
@click.option("--text-column", default="text", show_default=True)
@click.option("--id-column", default="id", show_default=True)
@click.option("--date-column", default="date", show_default=True)
@click.option("--section-column", default="section", show_default=True,
              help="Section or desk (default: 'section', else 'desk').")
@click.option("--author-column", default="author", show_default=True)
@click.option("--url-column", default="url", show_default=True)
@click.option("--partition-size", type=click.IntRange(min=1), default=1000, show_default=True,
              help="Articles per partition (the unit of work and of resuming).")
@click.option("--progress/--no-progress", default=None, help="Progress bar (default: on a terminal).")
@click.option("--debug", is_flag=True, hidden=True)
def audit(sources, outdir, scheduler, workers, config_path, syntax, fmt, text_column, id_column,
          date_column, section_column, author_column, url_column, partition_size, progress, debug):
    """Audit a whole archive: alerts, trends and a page for the standards desk.

    SOURCE is a folder of drafts, or JSON Lines, CSV or Parquet files with one article a row
    (local paths or URLs such as s3://bucket/archive/*.parquet).
    """
    from . import job, page, summary
    from .sources import Columns, SourceError, plan
    from .work import Settings, built_rules

    config_path = config_path or _found_config(sources)
    config_text = ""
    if config_path:
        with open(config_path, encoding="utf-8", errors="replace") as f:
            config_text = f.read()
    settings = Settings(Columns(text_column, id_column, date_column, section_column, author_column,
                                url_column), syntax, config_path and os.path.abspath(config_path),
                        partition_size, fmt, config_text)
    rules, _ = built_rules(settings)  # a broken config stops here, before any cluster starts
    try:
        parts = plan(sources, partition_size, fmt)
    except (SourceError, OSError) as exc:
        _fail(str(exc))
    if not parts:
        _fail("no articles found in " + ", ".join(sources))
    parts = [_stamped(p, settings) for p in parts]
    os.makedirs(outdir, exist_ok=True)
    removed = summary.prune(outdir, [p.id for p in parts])
    if removed:
        click.echo(f"Removed {removed} partitions of an earlier audit of other sources or rules.", err=True)
    outcome = job.run(parts, settings, outdir, scheduler, workers, progress)
    s = summary.summarise(outdir, [p.id for p in parts])
    names = summary.write_tables(outdir, s)
    page.write(os.path.join(outdir, "index.html"), s, rules, sources)
    _report(outdir, parts, outcome, s, names)
    if outcome.failed:
        raise SystemExit(2)


def _found_config(sources) -> str | None:
    """The configuration `check` would use for the first local source, said on stderr."""
    from pathlib import Path

    from ...project.discovery import find_config

    local = next((s for s in sources if "://" not in s), None)
    found = find_config(Path(local).absolute()) if local else None
    if found:
        click.echo(f"Using the configuration in {found}", err=True)
    return str(found) if found else None


def _fail(message: str):
    """One line on stderr and exit code 2, as for every usage or input error."""
    click.echo(f"stylelint: error: {message}", err=True)
    raise SystemExit(2)


def _stamped(part, settings):
    """The partition with the settings folded into its identity, so that other rules or columns
    never reuse results computed with the old ones."""
    from dataclasses import replace

    return replace(part, stamp=f"{part.stamp}|{settings.fingerprint()}")


def _report(outdir, parts, outcome, s, names):
    echo = lambda line: click.echo(line, err=True)  # noqa: E731
    if outcome.done_before:
        echo(f"Resumed: {outcome.done_before} of {len(parts)} partitions were already done.")
    echo(f"Audited {s.articles:,} articles ({s.words:,} words): {s.alerts:,} alerts, "
         f"{1000 * s.alerts / max(s.words, 1):.2f} per 1,000 words.")
    if s.problem_count:
        echo(f"{s.problem_count:,} articles could not be audited; see {os.path.join(outdir, 'problems.csv')}.")
    for where, reason in outcome.failed[:5]:
        echo(f"stylelint: error: partition at {where} failed: {reason}")
    if outcome.failed:
        echo(f"{len(outcome.failed)} partitions failed; run the same command again to retry them.")
    echo(f"Results in {outdir}: index.html (open it in a browser), alerts/ (Parquet), "
         + ", ".join(names))
