"""Checking files: walking paths, reading bytes safely, and linting each file with its config.

`check_file` is a plain function of picklable arguments so a process pool can run it.
"""
from __future__ import annotations

import os
import stat
from dataclasses import dataclass, field
from pathlib import Path

from ..core.alert import Alert
from ..core.document import Document
from ..core.engine import lint_text
from ..core.readability import words_and_grade
from ..core.markup import (ASCIIDOC_EXTENSIONS, HTML_EXTENSIONS, MARKDOWN_EXTENSIONS, MDX_EXTENSIONS, ORG_EXTENSIONS,
                           RST_EXTENSIONS, TEXT_EXTENSIONS, MarkupError, syntax_for)
from ..project.config import Config
from ..project.discovery import config_for
from ..project.errors import ConfigError
from ..project.rules import ProjectRules
from .decoding import DecodeError, DocxError, decode

WORD_EXTENSION = ".docx"
WALKED_EXTENSIONS = {f".{e}" for e in MARKDOWN_EXTENSIONS | MDX_EXTENSIONS | ORG_EXTENSIONS | HTML_EXTENSIONS
                     | TEXT_EXTENSIONS | RST_EXTENSIONS | ASCIIDOC_EXTENSIONS} | {WORD_EXTENSION}
SKIPPED_DIRS = {".git", "node_modules", ".hg", ".svn", "__pycache__", ".venv", ".tox"}
MAX_BYTES = 200 * 1024 * 1024


@dataclass
class Options:
    config: str | None = None  # --config
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    min_level: str | None = None
    syntax: str | None = None  # for stdin: md, html or txt
    keep_lines: bool = True  # only the text format shows source lines; others need not hold them


@dataclass
class FileResult:
    path: str
    alerts: list[Alert] = field(default_factory=list)
    lines: dict[int, str] = field(default_factory=dict)  # source lines that alerts point at
    error: str | None = None  # one-line reason the file could not be checked
    fail_level: str = "error"
    text: str | None = None  # kept only when fixing
    encoding: str = "utf-8"
    bom: bytes = b""
    read_digest: str | None = None  # of the bytes read, kept with the text: a fix checks it
    size: tuple | None = None  # (words, reading grade or None), for the text format's header
    untested: list[str] = field(default_factory=list)  # skipped rules that might have applied


def iter_files(paths: list[str], unreadable: list | None = None):
    """Files to check, in a stable order: explicit files as given, directories walked sorted.
    Folders that cannot be listed are appended to `unreadable` as (path, reason)."""
    def report(error: OSError):
        if unreadable is not None:
            unreadable.append((error.filename, error.strerror or str(error)))

    for raw in paths:
        path = Path(raw)
        try:
            is_dir = path.is_dir()
        except OSError:  # e.g. inside a folder we may not enter: the file check reports it
            is_dir = False
        if is_dir:
            for root, dirs, files in os.walk(path, onerror=report):
                dirs[:] = sorted(d for d in dirs if d not in SKIPPED_DIRS and not d.startswith("."))
                for name in sorted(files):
                    if Path(name).suffix.lower() in WALKED_EXTENSIONS:
                        yield str(Path(root) / name)
        else:
            yield raw


def config_of(path: str, options: Options) -> Config:
    """The configuration of a file: --config, else the nearest one, else the built-in packs."""
    return config_for(Path(path), Path(options.config) if options.config else None)


_RULES: dict = {}  # (config, options) -> ProjectRules, so each process builds rules once


def rules_of(config: Config, options: Options) -> ProjectRules:
    key = (id(config), options.select, options.ignore, options.min_level)
    if key not in _RULES:
        _RULES[key] = (ProjectRules(config, options.select, options.ignore, options.min_level), config)
    return _RULES[key][0]


def check_file(path: str, options: Options, keep_text: bool = False) -> FileResult | None:
    """The result of checking one file (None: the configuration ignores it)."""
    result = FileResult(path)
    file_path = Path(path)
    try:
        config = config_of(path, options)
        if config.is_ignored(file_path):
            return None
        # Build the rules first: a configuration or option error stops the run before any
        # draft is read (both are memoised, so this costs nothing after the first file).
        rules_of(config, options).for_path(config.relpath(file_path))
        result.fail_level = config.fail_level
        if file_path.is_symlink() and not file_path.exists():
            raise OSError("broken symbolic link")
        info = file_path.stat()
        if not stat.S_ISREG(info.st_mode):  # a pipe would block, a device never ends
            raise OSError("not a regular file, skipped")
        size = info.st_size
        if size > MAX_BYTES:
            raise DecodeError(f"file is larger than {MAX_BYTES // 2**20} MB, skipped")
        if file_path.suffix.lower() == WORD_EXTENSION:
            return lint_word(result, file_path, config, options, keep_text)
        data = file_path.read_bytes()
        decoded = decode(data)
    except IsADirectoryError:
        result.error = "is a directory"
        return result
    except FileNotFoundError:
        result.error = "no such file"
        return result
    except PermissionError:
        result.error = "permission denied"
        return result
    except OSError as exc:
        result.error = exc.strerror or str(exc)
        return result
    except (DecodeError, DocxError) as exc:
        result.error = str(exc)
        return result
    if keep_text:
        import hashlib
        result.read_digest = hashlib.sha256(data).hexdigest()
    return lint_decoded(result, decoded.text, config, options, keep_text, decoded.encoding, decoded.bom)


def lint_decoded(result: FileResult, text: str, config: Config, options: Options, keep_text=False,
                 encoding="utf-8", bom=b"") -> FileResult:
    rules = rules_of(config, options)
    syntax = options.syntax or syntax_for(result.path)
    try:
        alerts = lint_text(text, rules=rules, syntax=syntax, path=config.relpath(Path(result.path)))
    except MarkupError as exc:  # a file its reader cannot render: an error for this file
        result.error = str(exc)
        return result
    result.alerts = alerts
    if config.untested:
        result.untested = config.untested_in(text)
    if options.keep_lines and alerts:
        result.size = words_and_grade(text, syntax)
    if options.keep_lines:
        document = Document(text)
        for alert in alerts:
            for line in range(alert.line, alert.end_line + 1):
                result.lines[line] = document.line_text(line)
    if keep_text:
        result.text, result.encoding, result.bom = text, encoding, bom
    return result


def lint_word(result: FileResult, path: Path, config: Config, options: Options, keep_text=False,
              document=None) -> FileResult:
    """A Word document is linted as HTML built from its paragraphs; its alerts are reported by
    paragraph and character (docx_text explains the scheme)."""
    from .docx_text import WordText, open_document, paragraphs

    word = WordText(paragraphs(document if document is not None else open_document(path)))
    html_options = Options(**{**options.__dict__, "syntax": "html", "keep_lines": False})
    lint_decoded(result, word.html, config, html_options)
    result.alerts = [word.remap(alert) for alert in result.alerts]
    if options.keep_lines:
        for alert in result.alerts:
            for number in range(alert.line, alert.end_line + 1):
                result.lines[number] = word.paragraphs[number - 1].text if word.paragraphs else ""
    if keep_text:  # for the report; fixes never apply (remap drops them)
        result.text = word.plain
    return result


def safe_check(path: str, options: Options, keep_text: bool) -> FileResult | None:
    """check_file, with a crash on one file turned into an error for that file only."""
    try:
        return check_file(path, options, keep_text)
    except Exception as exc:  # noqa: BLE001 - one bad file must not stop the run
        if isinstance(exc, ConfigError) or os.environ.get("STYLELINT_DEBUG"):
            raise
        return FileResult(path, error=f"stylelint failed on this file: {type(exc).__name__}: {exc}")
