"""What a Dask worker does with one partition: read it, lint every article through the public
API with rules built once per worker process, and return four small Arrow tables.

Nothing here knows about Dask: `audit_part` is a plain function of picklable arguments, so the
same code runs in a local loop, on a Dask cluster, or inside Spark's `mapPartitions`.
"""
from __future__ import annotations

import re
import threading
from dataclasses import dataclass, field

import pyarrow as pa

import stylelint

from .sources import Columns, Part, read_part

S, I = pa.string(), pa.int32()
SCHEMAS = {
    "alerts": pa.schema([("article_id", S), ("source", S), ("date", S), ("month", S), ("section", S),
                         ("author", S), ("url", S), ("line", I), ("column", I), ("end_line", I),
                         ("end_column", I), ("rule", S), ("category", S), ("severity", S),
                         ("message", S), ("match", S), ("suggestions", pa.list_(S)), ("link", S)]),
    "articles": pa.schema([("article_id", S), ("source", S), ("date", S), ("month", S),
                           ("section", S), ("author", S), ("url", S), ("words", I), ("alerts", I),
                           ("errors", I), ("warnings", I), ("suggestions", I)]),
    "forms": pa.schema([("article_id", S), ("month", S), ("section", S), ("rule", S), ("group", S),
                        ("form", S), ("house", pa.bool_()), ("count", I)]),
    "problems": pa.schema([("source", S), ("reason", S)]),
}
UNKNOWN = "unknown"  # month or section of an article that does not say
_WORD = re.compile(r"[^\W\d_]+(?:['\u2019][^\W\d_]+)*")
_TAG = re.compile(r"<[^>]*>")


@dataclass(frozen=True)
class Settings:
    columns: Columns = field(default_factory=Columns)
    syntax: str = "md"  # markup of the text column in row sources
    config: str | None = None  # a .stylelint.yaml, pyproject.toml or .vale.ini; None: built-in packs
    size: int = 1000  # articles per partition
    fmt: str | None = None  # force the row format of file sources
    config_text: str = ""  # the config's contents: a changed config redoes every partition

    def fingerprint(self) -> str:
        return f"{stylelint.__version__}|{self!r}"


_BUILT: dict = {}
_LOCK = threading.Lock()


def built_rules(settings: Settings):
    """Rules and naming-form matchers, built once per worker process (and per config)."""
    with _LOCK:
        if settings.config not in _BUILT:
            rules = stylelint.load_rules(config=settings.config)
            _BUILT[settings.config] = (rules, naming_matchers(rules))
        return _BUILT[settings.config]


def audit_part(part: Part, settings: Settings) -> dict:
    rules, matchers = built_rules(settings)
    articles, problems = read_part(part, settings.columns)
    rows = {name: [] for name in SCHEMAS}
    rows["problems"] = problems
    for article, (date, month) in zip(articles, _dates([a["date"] for a in articles])):
        try:
            alerts = _lint(article, date, rules, settings.syntax)
        except Exception as exc:  # noqa: BLE001 - one article must never stop the archive
            problems.append({"source": article["source"],
                             "reason": f"stylelint failed on this article: {type(exc).__name__}: {exc}"})
            continue
        meta = {"article_id": article["id"], "source": article["source"], "date": date,
                "month": month, "section": article["section"] or UNKNOWN,
                "author": article["author"], "url": article["url"]}
        rows["alerts"] += [{**meta, **alert} for alert in alerts]
        levels = [a["severity"] for a in alerts]
        rows["articles"].append({**meta, "words": count_words(article["text"], article["syntax"]),
                                 "alerts": len(alerts), "errors": levels.count("error"),
                                 "warnings": levels.count("warning"),
                                 "suggestions": levels.count("suggestion")})
        for (rule, group, form, house), count in count_forms(article["text"], matchers).items():
            rows["forms"].append({"article_id": article["id"], "month": month,
                                  "section": meta["section"], "rule": rule, "group": group,
                                  "form": form, "house": house, "count": count})
    return {name: pa.Table.from_pylist(rows[name], schema=schema) for name, schema in SCHEMAS.items()}


def _lint(article: dict, date: str | None, rules, default_syntax: str) -> list[dict]:
    """Alerts as the JSON output's dicts. A dated Markdown row gets the date as front matter,
    so rules that know when a name changed (naming `since`) judge it by its own date; the
    lines are shifted back, so they point into the text as stored."""
    syntax = article["syntax"] or default_syntax
    text, shift = article["text"], 0
    if date and syntax == "md" and article["path"] is None and not text.startswith("---"):
        text, shift = f"---\ndate: {date}\n---\n" + text, 3
    out = []
    for alert in stylelint.lint_text(text, rules=rules, syntax=syntax, path=article["path"]):
        row = alert.to_dict(None)
        del row["path"]
        row["line"], row["end_line"] = max(1, row["line"] - shift), max(1, row["end_line"] - shift)
        out.append(row)
    return out


def _dates(raw: list):
    """(ISO date, YYYY-MM month) for each raw date value; unreadable dates are unknown."""
    import pandas as pd

    parsed = pd.to_datetime(pd.Series(raw, dtype=object), errors="coerce", utc=True, format="mixed")
    for value in parsed:
        yield (None, UNKNOWN) if pd.isna(value) else (value.strftime("%Y-%m-%d"), value.strftime("%Y-%m"))


def count_words(text: str, syntax: str | None) -> int:
    if syntax == "html":
        text = _TAG.sub(" ", text)
    return sum(1 for _ in _WORD.finditer(text))


# -- naming forms ---------------------------------------------------------------------------
def naming_matchers(rules) -> list:
    """For each naming rule: its id, one pattern over every form, and form -> (group, house).
    The house form follows the configuration (`prefer`), as the rule itself does."""
    matchers = []
    for rule, _ in rules.for_path(None):
        groups = getattr(rule, "groups", None)
        if rule.category != "naming" or not groups:
            continue
        fold = bool(getattr(rule, "ignorecase", False))
        forms, exceptions = {}, []
        for group in groups:
            for form in group["forms"]:
                forms[form.lower() if fold else form] = (group["house"], form, form == group["house"])
            exceptions.append(group.get("exceptions"))
        alternatives = sorted((re.escape(f) for g in groups for f in g["forms"]), key=len, reverse=True)
        pattern = re.compile(r"\b(?:%s)\b" % "|".join(alternatives), re.I if fold else 0)
        matchers.append((rule.id, pattern, forms, fold, [e for e in exceptions if e is not None]))
    return matchers


def count_forms(text: str, matchers) -> dict:
    """(rule, group, form, is house form) -> occurrences, every whole-word use including
    quotations, except inside a group's fixed expressions ("chicken Kiev")."""
    counts: dict = {}
    for rule_id, pattern, forms, fold, exceptions in matchers:
        hits = list(pattern.finditer(text))
        if not hits:
            continue
        excused = [(m.start(), m.end()) for e in exceptions for m in e.finditer(text)]
        for m in hits:
            if any(lo <= m.start() and m.end() <= hi for lo, hi in excused):
                continue
            group, form, house = forms[m.group(0).lower() if fold else m.group(0)]
            key = (rule_id, group, form, house)
            counts[key] = counts.get(key, 0) + 1
    return counts
