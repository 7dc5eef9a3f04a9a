"""One `stylelint check` run: gather files, lint them (in parallel when it pays), fix, report."""
from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from ..core.alert import LEVELS
from ..core.markup import syntax_for
from ..project.cache import flush_memos
from ..project.errors import ConfigError
from . import collector
from .decoding import DecodeError, decode
from .formats import render_chunks
from .formats.visible import display_path, visible
from .formats.text import summary_line
from .runner import FileResult, Options, config_of, iter_files, lint_decoded, rules_of, safe_check

PARALLEL_THRESHOLD = 16  # below this, starting worker processes costs more than it saves


def run_files(files, options, jobs, keep_text, progress=True):
    """Check files in order, in worker processes when there are enough to pay for them;
    `progress`: a bar may be shown (see _Progress)."""
    if jobs is None:
        jobs = os.cpu_count() or 1 if len(files) >= PARALLEL_THRESHOLD else 1
    jobs = max(1, min(jobs or os.cpu_count() or 1, len(files) or 1))
    bar = _Progress(len(files), progress)
    if jobs == 1:
        for path in files:
            yield safe_check(path, options, keep_text)
            collector.settled()  # the rules are built: start-up is over
            bar.step()
    else:
        from .parallel import run_parallel  # multiprocessing costs 15 ms to import: only when used

        yield from run_parallel(files, options, jobs, keep_text, bar.step)
    bar.done()


class _Progress:
    """A progress bar (tqdm) on stderr for long runs of a format people read, only on an
    interactive terminal: never in a pipe, a CI log, a pre-commit hook or machine output."""

    def __init__(self, total, wanted=True):
        self.bar = None
        if wanted and total >= 50 and sys.stderr.isatty() and not os.environ.get("PRE_COMMIT") \
                and not os.environ.get("CI"):
            from tqdm import tqdm  # imported only when shown

            self.bar = tqdm(total=total, unit="file", desc="Checking", file=sys.stderr,
                            leave=False, dynamic_ncols=True, mininterval=0.2)

    def step(self):
        if self.bar is not None:
            self.bar.update(1)

    def done(self):
        if self.bar is not None:
            self.bar.close()


def gather(paths, options: Options, jobs, keep_text=False, stdin_filename=None, progress=True):
    """Check the paths (files, folders, '-'); returns the results and the paths that do not exist."""
    results: list[FileResult] = []
    files = [p for p in paths if p != "-"]
    if "-" in paths:
        results.append(_check_stdin(options, stdin_filename))
    unlisted: list = []
    listed = list(iter_files(files, unlisted))
    missing = [p for p in files if not _exists(p)]
    for path in missing:
        click.echo(f"stylelint: error: {shown(path)}: no such file or folder", err=True)
    results += [FileResult(path, error=f"cannot list folder: {reason}") for path, reason in unlisted]
    results += [r for r in run_files([p for p in listed if p not in missing], options, jobs, keep_text,
                                     progress) if r is not None]
    return results, missing


def run_check(paths, options: Options, fmt, color, fail_level, fix, diff, jobs, stdin_filename,
              unsafe_fixes=False, baseline=None, changed=None) -> int:
    """`baseline` (a Baseline) hides known findings, `changed` (ChangedLines) those on lines
    not changed since --diff-base: both after fixing, so the report and exit code are about
    new problems only."""
    results, missing = gather(paths, options, jobs, fix or diff, stdin_filename,
                              progress=fmt in ("text", "statistics") and not diff)
    flush_memos()  # patterns first compiled while linting, for the next run
    readable = sum(1 for r in results if not r.error)  # before fixing: a failed write was checked
    _say_skipped(results, options)
    if fix or diff:
        _fix_all(results, options, diff, unsafe_fixes, [p for p in paths if p != "-"])
    hidden = []
    if baseline is not None:
        hidden.append((baseline.hide_known(results), f"in the baseline {baseline.path}"))
    if changed is not None:
        hidden.append((changed.keep_changed(results), f"on lines not changed since {changed.ref}"))
    checked = readable
    info = _rule_info(results, options) if fmt == "sarif" else None
    if not diff:
        _write(render_chunks(fmt, results, color=color, files_checked=checked, rule_info=info), color)
    if fmt not in ("text", "statistics") or diff:  # machine output stays parseable; people in CI logs still get the tally
        for result in results:  # formats that have no place for a file they could not read
            if result.error and (fmt in ("line", "gitlab") or diff):
                click.echo(f"{shown(result.path)}: cannot check: {visible(result.error)}", err=True)
        click.echo(summary_line(results, checked), err=True)
    for count, where in hidden:
        if count:
            click.echo(f"stylelint: {count} known finding{'s' if count != 1 else ''} {where} "
                       f"{'is' if count == 1 else 'are'} not shown", err=True)
    if any(r.error for r in results) or missing:
        return 2
    for result in results:
        threshold = LEVELS[fail_level or result.fail_level]
        if any(LEVELS[a.severity] >= threshold for a in result.alerts):
            return 1
    return 0


def _write(chunks, color) -> None:
    """Print the output piece by piece (a long run's report is never held whole), with a final
    newline if there was any."""
    written = False
    for chunk in chunks:
        if chunk:
            click.echo(chunk, nl=False, color=color)
            written = True
    if written:
        click.echo(color=color)


def shown(path: str) -> str:
    """A file name as printed for people: valid Unicode, control characters visible."""
    return visible(display_path(path))


def _say_skipped(results, options) -> None:
    """What each configuration skipped (Vale rules stylelint cannot run), once per run; a rule
    that applies only to drafts with certain words is named only when some draft had them."""
    said, untested = set(), {}
    for result in results:
        if result.error:  # its configuration may be what failed; that is reported already
            continue
        try:
            config = config_of(result.path if result.path != "stdin" else "stdin.txt", options)
        except (ConfigError, OSError):
            continue
        for note in config.notes:
            if note not in said:
                said.add(note)
                click.echo(f"stylelint: warning: {note}", err=True)
        for rule_id in result.untested:
            why = config.untested[rule_id][0]
            untested.setdefault((config.path.name, why), {}).setdefault(rule_id, []).append(result.path)
    for (name, why), rules in untested.items():
        paths = sorted({p for found in rules.values() for p in found})
        where = ", ".join(shown(p) for p in paths[:3]) + (f" and {len(paths) - 3} more" if len(paths) > 3 else "")
        click.echo(f"stylelint: warning: {name}: skipped {', '.join(sorted(rules))}: {why}; "
                   f"{'it' if len(rules) == 1 else 'they'} might apply in {where}", err=True)


def _exists(path: str) -> bool:
    try:
        return Path(path).exists() or Path(path).is_symlink()
    except OSError:  # inside a folder we may not read: let the file check report it
        return True


def _rule_info(results, options) -> dict:
    """Rule objects for the ids that produced alerts, from each file's configuration."""
    wanted = {a.rule for r in results for a in r.alerts}
    info = {}
    for result in results:
        if not result.alerts:
            continue
        config = config_of(result.path, options)
        for rule_id in wanted - set(info):
            if rule_id in config.registry:
                info[rule_id] = rules_of(config, options).rule(rule_id)
    return info


def _fix_all(results, options, diff_only: bool, unsafe: bool, paths) -> None:
    """Apply (or, for --diff, print) the fixes; each change is listed on stderr as
    `path:line:col: Rule.Id: 'before' -> 'after'`, and fixed files are re-checked for the report."""
    from .fixer import NotWritten, fix_text, roots_of, unified_diff, wanted, write_atomic  # only when fixing

    roots = roots_of(paths)
    for result in results:
        if result.error or result.text is None or not any(wanted(a, unsafe) for a in result.alerts):
            continue
        config = config_of(result.path, options)

        def relint(text, path=result.path, config=config):
            return lint_decoded(FileResult(path), text, config, options)

        syntax = options.syntax or syntax_for(result.path)
        from .structure import structure  # html.parser and markdown-it: only when fixing

        fixed, changes = fix_text(result.text, lambda text: relint(text).alerts, unsafe,
                                  lambda text: structure(text, syntax))
        if not changes:
            continue
        if diff_only:
            click.echo(unified_diff(result.path, result.text, fixed), nl=False)
            continue
        try:
            write_atomic(Path(result.path), fixed, result.encoding, result.bom, result.read_digest, roots)
        except NotWritten as exc:
            click.echo(f"stylelint: {shown(result.path)}: not fixed: {visible(str(exc))}", err=True)
            continue
        except OSError as exc:  # the original is intact; say so and go on with the rest
            result.error = f"could not write the fixes ({exc.strerror or exc}); the file is unchanged"
            click.echo(f"stylelint: error: {shown(result.path)}: {result.error}", err=True)
            continue
        for change in changes:
            click.echo(f"{shown(result.path)}:{change.line}:{change.column}: {change.rule}: "
                       f"{change.before!r} -> {change.after!r}", err=True)
        fresh = relint(fixed)
        result.alerts, result.lines = fresh.alerts, fresh.lines
        count = len(changes)
        click.echo(f"Fixed {count} problem{'s' if count != 1 else ''} in {shown(result.path)}", err=True)


def _check_stdin(options, stdin_filename):
    name = stdin_filename or "stdin.txt"
    result = FileResult(stdin_filename or "stdin")
    try:
        decoded = decode(sys.stdin.buffer.read())
    except DecodeError as exc:
        result.error = str(exc)
        return result
    config = config_of(name, options)
    result.fail_level = config.fail_level
    opts = Options(**{**options.__dict__, "syntax": options.syntax or syntax_for(name)})
    return lint_decoded(result, decoded.text, config, opts)
