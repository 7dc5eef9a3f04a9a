"""The `stylelint` command: check, report, annotate, rules, explain, lsp."""
from __future__ import annotations

import functools
import os
import sys
from pathlib import Path

import click

from ..project.discovery import config_for
from ..project.errors import ConfigError
from ..project.rules import ProjectRules
from ..version import __version__
from . import collector
from .formats import FORMATS
from .baseline import BaselineError
from .baseline_command import baseline_command, only_new
from .gitdiff import DiffBaseError
from .formats.visible import visible
from .runner import Options
from .session import run_check

LEVEL_CHOICE = click.Choice(["suggestion", "warning", "error"])


class Failure(Exception):
    """A one-line problem that ends the run with exit code 2."""


class Terminated(BaseException):
    """SIGTERM, raised in the main process so that temporary files and workers are cleaned up."""


def _raise_terminated(signum, frame):
    raise Terminated()


def _exit_now(code: int) -> None:
    """Leave at once after Ctrl-C or SIGTERM, once every `finally` (temporary files, the worker
    pool) has run: the interpreter's own exit would join the pool's manager thread, which a
    worker terminated mid-batch can leave waiting for ever."""
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):
            pass
    os._exit(code)


def _leave(code: int) -> None:
    """sys.exit, unless a stopped worker pool's manager thread is still winding down: the
    interpreter's exit would wait for it (or write to its closed pipe), so leave at once."""
    parallel = sys.modules.get("stylelint.cli.parallel")
    if parallel is not None and parallel.LEFT_RUNNING:
        _exit_now(code)
    sys.exit(code)


def _fail_on_errors(function):
    """Turn configuration and internal errors into one line on stderr and exit code 2."""
    @functools.wraps(function)
    def wrapper(*args, **kwargs):
        debug = kwargs.get("debug") or os.environ.get("STYLELINT_DEBUG")
        try:
            return function(*args, **kwargs)
        except (ConfigError, Failure, BaselineError, DiffBaseError) as exc:
            if debug:
                raise
            click.echo(f"stylelint: error: {visible(str(exc))}", err=True)
            _leave(2)
        except KeyboardInterrupt:
            click.echo("stylelint: interrupted", err=True)
            _exit_now(130)
        except Terminated:
            click.echo("stylelint: terminated", err=True)
            _exit_now(143)
        except (click.exceptions.Exit, click.ClickException, SystemExit):
            raise
        except Exception as exc:  # a bug in stylelint: one line, details with --debug
            if debug:
                raise
            click.echo(f"stylelint: internal error: {type(exc).__name__}: {visible(str(exc))} "
                       f"(run with --debug for the traceback)", err=True)
            _leave(2)

    return wrapper


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="stylelint")
def main():
    """An editorial style and neutrality linter for news writing."""


@main.command()
@click.argument("paths", nargs=-1, type=click.Path(readable=False))
@click.option("--format", "fmt", type=click.Choice(FORMATS), help="Output format "
              "(default: text; github when GITHUB_ACTIONS=true).")
@click.option("--config", "config_path", type=click.Path(dir_okay=False),
              help="Use this configuration file instead of looking for one.")
@click.option("--min-level", type=LEVEL_CHOICE, help="Lowest level to report.")
@click.option("--fail-level", type=LEVEL_CHOICE, help="Lowest level that makes the exit code 1 "
              "(default: the config's fail_level, else error).")
@click.option("--select", multiple=True, metavar="RULE", help="Only run these rules or packs.")
@click.option("--ignore", "ignore_rules", multiple=True, metavar="RULE", help="Do not run these rules or packs.")
@click.option("--no-exit", is_flag=True, help="Always exit 0 when the run completes.")
@click.option("--statistics", is_flag=True, help="Print how many findings each rule made instead "
              "of each finding (text format).")
@click.option("--fix", is_flag=True, help="Apply safe fixes in place, list them, and report the rest.")
@click.option("--unsafe-fixes", is_flag=True, help="With --fix or --diff, also apply fixes that can "
              "change what a sentence says (e.g. 'admitted' -> 'said').")
@click.option("--diff", is_flag=True, help="Print safe fixes as a unified diff; change nothing.")
@click.option("--baseline", "baseline_file", type=click.Path(dir_okay=False), default=None,
              help="Report and fail only on findings not in this baseline file "
              "(made with 'stylelint baseline').")
@click.option("--diff-base", metavar="REF", default=None,
              help="Report and fail only on findings on lines changed since this git ref "
              "(e.g. HEAD in a pre-commit hook, origin/main in CI).")
@click.option("--jobs", "-j", type=click.IntRange(min=0), default=None,
              help="Files checked in parallel (default: all CPUs for many files).")
@click.option("--stdin-filename", default=None, help="Name to use for text read from '-' "
              "(its extension picks the markup).")
@click.option("--color/--no-color", default=None, help="Colour the text output (default: on a terminal).")
@click.option("--debug", is_flag=True, hidden=True)
@_fail_on_errors
def check(paths, fmt, config_path, min_level, fail_level, select, ignore_rules, no_exit, statistics,
          fix, unsafe_fixes, diff, baseline_file, diff_base, jobs, stdin_filename, color, debug):
    """Check drafts (files, directories, or - for standard input)."""
    if debug:
        os.environ["STYLELINT_DEBUG"] = "1"  # worker processes see it too
    import signal

    signal.signal(signal.SIGTERM, _raise_terminated)
    if fix and diff:
        raise click.UsageError("use either --fix or --diff, not both")
    if unsafe_fixes and not (fix or diff):
        raise click.UsageError("--unsafe-fixes only goes with --fix or --diff")
    if not paths:
        raise click.UsageError("give the files or folders to check (or - for standard input)")
    if fmt is None:
        fmt = "github" if os.environ.get("GITHUB_ACTIONS") == "true" else "text"
    if color is None:
        color = sys.stdout.isatty() and not os.environ.get("NO_COLOR")
    if statistics:
        if fmt != "text":
            raise click.UsageError("--statistics is a view of the text format; drop --format")
        fmt = "statistics"
    options = Options(config=config_path, select=select, ignore=ignore_rules, min_level=min_level,
                      keep_lines=fmt == "text")
    baseline, changed = only_new(baseline_file, diff_base)  # their errors come before any draft is read
    collector.pause()  # until the first file is checked (collector.py)
    try:
        code = run_check(list(paths), options, fmt=fmt, color=color, fail_level=fail_level, fix=fix,
                         diff=diff, jobs=jobs, stdin_filename=stdin_filename, unsafe_fixes=unsafe_fixes,
                         baseline=baseline, changed=changed)
    finally:
        collector.resume()
    sys.exit(0 if no_exit and code == 1 else code)


@main.command()
@click.argument("paths", nargs=-1, type=click.Path(readable=False))
@click.option("-o", "--output", default="stylelint-report.html", show_default=True,
              type=click.Path(dir_okay=False), help="The HTML file to write.")
@click.option("--config", "config_path", type=click.Path(dir_okay=False),
              help="Use this configuration file instead of looking for one.")
@click.option("--min-level", type=LEVEL_CHOICE, help="Lowest level to show.")
@click.option("--select", multiple=True, metavar="RULE", help="Only run these rules or packs.")
@click.option("--ignore", "ignore_rules", multiple=True, metavar="RULE", help="Do not run these rules or packs.")
@click.option("--jobs", "-j", type=click.IntRange(min=0), default=None, help="Files checked in parallel.")
@click.option("--open", "open_it", is_flag=True, help="Open the report in the web browser.")
@click.option("--debug", is_flag=True, hidden=True)
@_fail_on_errors
def report(paths, output, config_path, min_level, select, ignore_rules, jobs, open_it, debug):
    """Write an HTML report to read in a browser: each article with its findings highlighted."""
    from .report.collect import collect
    from .report.render import render_report

    if not paths:
        raise click.UsageError("give the files or folders to report on")
    missing = [p for p in paths if not Path(p).exists()]
    if missing:
        raise Failure(f"{missing[0]}: no such file or folder")
    options = Options(config=config_path, select=select, ignore=ignore_rules, min_level=min_level,
                      keep_lines=False)
    articles = collect(list(paths), options, jobs)
    try:
        Path(output).write_text(render_report(articles, __version__), encoding="utf-8")
    except OSError as exc:
        raise Failure(f"{output}: cannot write the report: {exc.strerror or exc}") from None
    for article in articles:
        if article.error:
            click.echo(f"stylelint: error: {article.path}: {article.error}", err=True)
    read = [a for a in articles if not a.error]
    found = sum(len(a.findings) for a in read)
    click.echo(f"Wrote {output}: {len(read)} article{'s' if len(read) != 1 else ''}, "
               f"{found} finding{'s' if found != 1 else ''}. Open it in a web browser.", err=True)
    if open_it:
        import webbrowser

        webbrowser.open(Path(output).resolve().as_uri())
    sys.exit(2 if len(read) < len(articles) else 0)


@main.command()
@click.argument("paths", nargs=-1, type=click.Path(dir_okay=False))
@click.option("-o", "--output", type=click.Path(dir_okay=False),
              help="Where to write the reviewed copy (one document only; default: NAME.reviewed.docx).")
@click.option("--config", "config_path", type=click.Path(dir_okay=False),
              help="Use this configuration file instead of looking for one.")
@click.option("--min-level", type=LEVEL_CHOICE, help="Lowest level to comment on.")
@click.option("--select", multiple=True, metavar="RULE", help="Only run these rules or packs.")
@click.option("--ignore", "ignore_rules", multiple=True, metavar="RULE", help="Do not run these rules or packs.")
@click.option("--debug", is_flag=True, hidden=True)
@_fail_on_errors
def annotate(paths, output, config_path, min_level, select, ignore_rules, debug):
    """Write a copy of Word documents with each finding as a comment (the originals are kept)."""
    from .docx_annotate import annotate_file, reviewed_name
    from .docx_text import DocxError

    if not paths:
        raise click.UsageError("give the Word documents (.docx) to annotate")
    if output and len(paths) > 1:
        raise click.UsageError("--output names one copy: give one document, or leave it out")
    options = Options(config=config_path, select=select, ignore=ignore_rules, min_level=min_level)
    failed = False
    for raw in paths:
        path = Path(raw)
        target = Path(output) if output else reviewed_name(path)
        try:
            if path.suffix.lower() != ".docx":
                raise DocxError("only Word documents (.docx) can be annotated; "
                                "use 'stylelint check' or 'stylelint report' for other drafts")
            if not path.is_file():
                raise DocxError("no such file")
            count = annotate_file(path, target, options)
        except (DocxError, OSError) as exc:
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            click.echo(f"stylelint: error: {raw}: {reason}", err=True)
            failed = True
            continue
        click.echo(f"Wrote {target}: {count} comment{'s' if count != 1 else ''} by stylelint. "
                   f"{raw} is unchanged.", err=True)
    sys.exit(2 if failed else 0)


def _every_rule(config_path) -> list:
    """Every rule of the packs the configuration in force here names."""
    config = config_for(Path.cwd(), Path(config_path) if config_path else None)
    return ProjectRules(config).every_rule()


@main.command("rules")
@click.option("--config", "config_path", type=click.Path(dir_okay=False))
@click.option("--debug", is_flag=True, hidden=True)
@_fail_on_errors
def list_rules(config_path, debug):
    """List the rules with their category, level and what they flag."""
    config = config_for(Path.cwd(), Path(config_path) if config_path else None)
    project = ProjectRules(config)
    rules = sorted(project.every_rule(), key=lambda r: r.id)
    # The level the configuration gives each rule (outside any override), or "off".
    levels = {rule.id: level for rule, level in project.for_path(None)}
    width = max((len(r.id) for r in rules), default=10)
    for r in rules:
        first = (r.description or r.message).split(". ")[0].strip().rstrip(".")
        level = levels.get(r.id, "off")
        click.echo(visible(f"{r.id:<{width}}  {r.category:<11} {level:<10} {first}"))
    active = sum(1 for r in rules if r.id in levels)
    click.echo(f"\n{len(rules)} rules, {active} on under {config.path or 'the built-in defaults'}. "
               f"'stylelint explain RULE' shows why a rule exists and examples.")


@main.command()
@click.argument("rule_id")
@click.option("--config", "config_path", type=click.Path(dir_okay=False))
@click.option("--debug", is_flag=True, hidden=True)
@_fail_on_errors
def explain(rule_id, config_path, debug):
    """Explain one rule: what it flags, why, and examples."""
    rules = {r.id: r for r in _every_rule(config_path)}
    rule = rules.get(rule_id) or next((r for i, r in rules.items() if i.lower() == rule_id.lower()), None)
    if rule is None:
        import difflib  # only for a misspelt rule name

        close = difflib.get_close_matches(rule_id, list(rules), n=3)
        hint = f" Did you mean {', '.join(close)}?" if close else " Run 'stylelint rules' to list them."
        raise Failure(f"no rule named '{rule_id}'.{hint}")
    # Rule files come from anyone's pack: their text is shown, never sent to the terminal.
    say = lambda text="": click.echo(visible(text, newlines=True))  # noqa: E731
    say(f"{rule.id}  ({rule.category}, {rule.level}, type {rule.extends})\n")
    if rule.description:
        say(click.wrap_text(rule.description, 88) + "\n")
    if rule.rationale:
        say("Why: " + click.wrap_text(rule.rationale, 88, subsequent_indent="     ") + "\n")
    where = rule.by_genre() if hasattr(rule, "by_genre") else ""
    if where:
        say(click.wrap_text(where, 88) + "\n")
    lowered = sorted(getattr(rule, "lower_terms", None) or ())
    if lowered:  # why "terrorist" comes as a suggestion where "thugs" is a warning
        say(click.wrap_text("One level down, calls desks split on: " + ", ".join(lowered) + ".", 88) + "\n")
    for label, key in (("Flagged", "fail"), ("Fine", "pass")):
        for example in rule.examples.get(key, []) or []:
            say(f"  {label}: {example}")
    if rule.link:
        say(f"\nMore: {rule.link}")


@main.command()
@click.option("--stdio", is_flag=True, help="Talk over standard input and output (the default; "
              "accepted because many editors pass it).")
def lsp(stdio):
    """Run the language server for editors (findings as you type)."""
    from .lsp import serve

    serve()


def _add_baseline():
    baseline_command.callback = _fail_on_errors(baseline_command.callback)
    main.add_command(baseline_command)


_add_baseline()


def _add_audit():
    from .audit.command import audit  # click only; Dask is imported when an audit runs

    audit.callback = _fail_on_errors(audit.callback)
    main.add_command(audit)


_add_audit()
