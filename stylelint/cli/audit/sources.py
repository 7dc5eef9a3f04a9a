"""Archive sources: planning them into partitions, and reading one partition into articles.

A source is a folder tree of drafts (walked as `check` walks it), or a JSON Lines, CSV or Parquet
file with one article a row, on a local path or any URL fsspec opens. Planning runs on the
client and reads only what it must to cut a file into partitions of about `size` articles: record
boundaries for JSON Lines and CSV (one pass over the bytes), row-group sizes for Parquet, the file
list for folders. Reading a partition runs on a worker and yields article dicts plus the rows it
could not use, so one malformed article never stops the run.
"""
from __future__ import annotations

import csv
import hashlib
import io
import json
import os
from dataclasses import dataclass, field, replace

import fsspec

from ...core.markup import syntax_for
from ..decoding import DecodeError, decode  # the same reading rules as `check`
from ..runner import WALKED_EXTENSIONS as WALKED, iter_files

ROW_FORMATS = {".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "jsonl", ".csv": "csv",
               ".parquet": "parquet", ".pq": "parquet"}
SCAN_CHUNK = 1 << 24


@dataclass(frozen=True)
class Columns:
    """Names of the metadata columns in row sources (the --*-column options)."""
    text: str = "text"
    id: str = "id"
    date: str = "date"
    section: str = "section"  # "desk" is used when there is no "section" column
    author: str = "author"
    url: str = "url"


@dataclass(frozen=True)
class Part:
    kind: str  # files | jsonl | csv | parquet
    url: str
    start: int = 0  # byte range for jsonl/csv; row offset in the row group for parquet
    end: int = 0
    first_line: int = 1  # line of `start` (jsonl/csv) or number of the first row (parquet)
    row_group: int = 0
    header_end: int = 0  # csv: bytes of the header record
    files: tuple = ()  # folder parts: (path, relative path) pairs
    rows: int = 0  # articles in the partition, for the progress bar
    stamp: str = ""  # size and modification time of the source, so a changed file is redone
    name: str = field(default="", repr=False)  # the source as the user wrote it, for messages

    @property
    def id(self) -> str:
        return hashlib.sha1(repr(self).encode()).hexdigest()[:16]


class SourceError(Exception):
    """A source that cannot be planned at all; the message is one line naming it."""


def plan(sources, size: int, fmt: str | None = None) -> list[Part]:
    parts: list[Part] = []
    for name, kind in expand(sources):
        kind = fmt if fmt and kind != "files" else kind
        source = _absolute(name)  # workers may run in another folder
        if kind == "files":
            planned = _plan_folder(source, size)
        elif kind == "parquet":
            planned = _plan_parquet(source, size)
        else:
            planned = _plan_lines(source, size, kind)
        parts += [replace(p, name=name) for p in planned]
    return parts


def _absolute(source: str) -> str:
    return source if "://" in source else os.path.abspath(source)


def expand(sources) -> list[tuple[str, str]]:
    """(source, kind) pairs: globs expanded, and a folder holding only row files (as Spark and
    Dask write them) taken as those files."""
    out = []
    for source in sources:
        fs, path = fsspec.core.url_to_fs(source)
        if any(c in path for c in "*?["):
            matches = sorted(fs.glob(path))
            if not matches:
                raise SourceError(f"{source}: no file matches")
            out += [(_url(fs, m), _kind(_url(fs, m))) for m in matches]
        elif fs.isdir(path):
            found = sorted(fs.find(path))
            rows = [m for m in found if _row_kind(m)]
            if rows and not any(m.lower().endswith(tuple(WALKED)) for m in found):
                out += [(_url(fs, m), _row_kind(m)) for m in rows]
            else:
                out.append((source, "files"))
        elif not fs.exists(path):
            raise SourceError(f"{source}: no such file or folder")
        else:
            out.append((source, _kind(source)))
    return out


def _url(fs, path: str) -> str:
    """A path fsspec found, as the user would write it: plain for local files."""
    return path if "file" in fs.protocol else fs.unstrip_protocol(path)


def _row_kind(path: str) -> str | None:
    return next((k for s, k in ROW_FORMATS.items() if path.lower().endswith(s)), None)


def _kind(source: str) -> str:
    fs, path = fsspec.core.url_to_fs(source)
    if _row_kind(path):
        return _row_kind(path)
    if not fs.exists(path):
        raise SourceError(f"{source}: no such file or folder")
    raise SourceError(f"{source}: not a folder, .jsonl, .csv or .parquet file (use --format)")


def _stamp(fs, path) -> str:
    info = fs.info(path)
    return f"{info.get('size')}:{info.get('mtime') or info.get('LastModified') or info.get('created')}"


def _plan_folder(source: str, size: int) -> list[Part]:
    files = [(p, os.path.relpath(p, source)) for p in iter_files([source])]
    parts = []
    for i in range(0, len(files), size):
        chunk = tuple(files[i:i + size])
        stamp = hashlib.sha1(repr([(p, _file_stamp(p)) for p, _ in chunk]).encode()).hexdigest()
        parts.append(Part("files", source, files=chunk, rows=len(chunk), stamp=stamp))
    return parts


def _file_stamp(path: str) -> tuple | None:
    try:
        info = os.stat(path)
        return info.st_size, info.st_mtime_ns
    except OSError:
        return None


def _plan_lines(source: str, size: int, kind: str) -> list[Part]:
    """Cut a JSON Lines or CSV file at record boundaries every `size` records."""
    fs, path = fsspec.core.url_to_fs(source)
    stamp = _stamp(fs, path)
    quoted = kind == "csv"
    parts, start, first_line, header_end, count, end = [], 0, 1, 0, 0, 0
    with fs.open(path, "rb") as f:
        for end, line in _record_ends(f, quoted):
            if quoted and not header_end:
                header_end = start = end
                first_line = line
                continue
            count += 1
            if count == size:
                parts.append(Part(kind, source, start, end, first_line, header_end=header_end,
                                  rows=count, stamp=stamp))
                start, first_line, count = end, line, 0
    if count:
        parts.append(Part(kind, source, start, end, first_line, header_end=header_end,
                          rows=count, stamp=stamp))
    return parts


def _record_ends(f, quoted: bool):
    """Yield (byte offset, next line number) after every record. In CSV a newline ends a record
    only outside quotes; RFC 4180 doubles quotes inside fields, so quote parity says where we are."""
    offset, line, parity, tail = 0, 1, 0, False
    while chunk := f.read(SCAN_CHUNK):
        pos = 0
        while (nl := chunk.find(b"\n", pos)) >= 0:
            if quoted:
                parity ^= chunk.count(b'"', pos, nl) & 1
            line, pos = line + 1, nl + 1
            if not parity:
                yield offset + pos, line
        if quoted:
            parity ^= chunk.count(b'"', pos) & 1
        offset += len(chunk)
        tail = pos < len(chunk)
    if tail:
        yield offset, line + 1


def _plan_parquet(source: str, size: int) -> list[Part]:
    import pyarrow.parquet as pq

    fs, path = fsspec.core.url_to_fs(source)
    stamp = _stamp(fs, path)
    try:
        with fs.open(path, "rb") as f:
            meta = pq.ParquetFile(f).metadata
    except Exception as exc:  # noqa: BLE001 - pyarrow raises several kinds for a bad file
        raise SourceError(f"{source}: not a readable Parquet file ({exc})") from None
    parts, row = [], 1
    for group in range(meta.num_row_groups):
        rows = meta.row_group(group).num_rows
        for offset in range(0, rows, size):
            n = min(size, rows - offset)
            parts.append(Part("parquet", source, offset, offset + n, row + offset, row_group=group,
                              rows=n, stamp=stamp))
        row += rows
    return parts


# -- reading one partition (on a worker) ----------------------------------------------------
class Malformed(Exception):
    """One article that cannot be audited; the message says why."""


def read_part(part: Part, columns: Columns):
    """(articles, problems) of one partition. An article is a dict with id, date, section,
    author, url, text, source (file:line) and, for drafts, path and syntax."""
    articles, problems = [], []

    def add(where, make):
        try:
            articles.append(make())
        except Malformed as exc:
            problems.append({"source": where, "reason": str(exc)})

    if part.kind == "files":
        for path, rel in part.files:
            add(_join(part.name, rel), lambda: _draft(path, rel, columns, _join(part.name, rel)))
        return articles, problems
    if part.kind == "parquet":
        for where, record in _parquet_rows(part, columns):
            add(where, lambda: _article(record, columns, where))
        return articles, problems
    fs, path = fsspec.core.url_to_fs(part.url)
    with fs.open(path, "rb") as f:
        header = f.read(part.header_end)
        f.seek(part.start)
        data = f.read(part.end - part.start)
    rows = _csv_rows(part, header, data, problems) if part.kind == "csv" else _jsonl_rows(part, data)
    for where, record in rows:
        add(where, lambda: _article(record, columns, where))
    return articles, problems


def _jsonl_rows(part: Part, data: bytes):
    for i, raw in enumerate(data.split(b"\n")):
        where = f"{part.name}:{part.first_line + i}"
        if not raw.strip():
            continue
        try:
            record = json.loads(raw)
        except UnicodeDecodeError as exc:
            record = Malformed(f"not valid UTF-8 at byte {exc.start} of the line")
        except ValueError as exc:
            record = Malformed(f"not valid JSON ({getattr(exc, 'msg', exc)})")
        yield where, record


def _csv_rows(part: Part, header: bytes, data: bytes, problems: list):
    try:
        text = (header + data).decode("utf-8-sig")
    except UnicodeDecodeError:
        text = (header + data).decode("utf-8-sig", errors="replace")
    csv.field_size_limit(1 << 30)
    reader = csv.DictReader(io.StringIO(text, newline=""))
    header_lines = header.count(b"\n")
    try:
        reader.fieldnames  # noqa: B018 - reads the header
        before = reader.line_num
        for record in reader:
            where = f"{part.name}:{part.first_line + before - header_lines}"
            before = reader.line_num
            if None in record or None in record.values():
                record = Malformed(f"{len(record) - (None not in record)} fields where the header has "
                                   f"{len(reader.fieldnames)}" if None in record else
                                   f"fewer fields than the header's {len(reader.fieldnames)}")
            elif any("\ufffd" in v for v in record.values()):
                record = Malformed("not valid UTF-8")
            yield where, record
    except csv.Error as exc:
        problems.append({"source": f"{part.name}:{part.first_line + reader.line_num - header_lines}",
                         "reason": f"CSV could not be read from here to the end of the partition ({exc})"})


def _parquet_rows(part: Part, columns: Columns):
    import pyarrow.parquet as pq

    fs, path = fsspec.core.url_to_fs(part.url)
    with fs.open(path, "rb") as f:
        parquet = pq.ParquetFile(f)
        names = set(parquet.schema_arrow.names)
        wanted = [c for c in dict.fromkeys(_names(columns)) if c in names]
        position = 0
        for batch in parquet.iter_batches(batch_size=max(1, part.end - part.start),
                                          row_groups=[part.row_group], columns=wanted):
            lo, hi = max(part.start, position), min(part.end, position + batch.num_rows)
            if lo < hi:
                for i, record in enumerate(batch.slice(lo - position, hi - lo).to_pylist()):
                    yield f"{part.name}:row {part.first_line + lo - part.start + i}", record
            position += batch.num_rows
            if position >= part.end:
                break


def _names(columns: Columns):
    return [columns.text, columns.id, columns.date, columns.section, "desk", columns.author,
            columns.url]


def _article(record, columns: Columns, where: str) -> dict:
    if isinstance(record, Malformed):
        raise record
    if not isinstance(record, dict):
        raise Malformed("not an object with named fields")
    text = record.get(columns.text)
    if text is None:
        raise Malformed(f"no '{columns.text}' field (name the text column with --text-column)")
    if not isinstance(text, str):
        raise Malformed(f"the '{columns.text}' field is not text")
    section = record.get(columns.section)
    if section is None and columns.section == "section":
        section = record.get("desk")
    return {"id": _value(record.get(columns.id)) or where, "date": _value(record.get(columns.date)),
            "section": _value(section), "author": _value(record.get(columns.author)),
            "url": _value(record.get(columns.url)), "text": text, "source": where,
            "path": None, "syntax": None}


def _value(value) -> str | None:
    if value is None or value == "":
        return None
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return str(value)


def _join(folder: str, rel: str) -> str:
    return os.path.join(folder, rel)


def _draft(path: str, rel: str, columns: Columns, where: str) -> dict:
    try:
        with open(path, "rb") as f:
            decoded = decode(f.read())
    except OSError as exc:
        raise Malformed(exc.strerror or str(exc)) from None
    except DecodeError as exc:
        raise Malformed(str(exc)) from None
    meta = _front_matter(decoded.text)
    folders = rel.replace("\\", "/").split("/")[:-1]
    section = meta.get(columns.section) or meta.get("desk") or (folders[0] if folders else None)
    return {"id": _value(meta.get(columns.id)) or rel, "date": _value(meta.get(columns.date)),
            "section": _value(section), "author": _value(meta.get(columns.author)),
            "url": _value(meta.get(columns.url)), "text": decoded.text, "source": where,
            "path": path, "syntax": syntax_for(path)}  # absolute: selects the config's overrides


def _front_matter(text: str) -> dict:
    """The YAML front matter of a Markdown draft, or {} (a broken block is just prose)."""
    import yaml

    if not text.startswith("---"):
        return {}
    end = text.find("\n---", 3)
    if end < 0:
        return {}
    try:
        data = yaml.safe_load(text[3:end])
    except yaml.YAMLError:
        return {}
    return data if isinstance(data, dict) else {}
