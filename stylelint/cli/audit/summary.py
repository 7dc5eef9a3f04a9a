"""Summary tables from the per-partition Parquet files, read one partition at a time so memory
depends on the number of rules, months and desks, never on the size of the archive."""
from __future__ import annotations

import heapq
import os
from collections import Counter
from dataclasses import dataclass, field

from .job import TABLES, part_file

TOP_ARTICLES = 100


@dataclass
class Summary:
    articles: int = 0
    words: int = 0
    alerts: int = 0
    words_by: Counter = field(default_factory=Counter)  # (month, section) -> words
    articles_by: Counter = field(default_factory=Counter)  # (month, section) -> articles
    by_rule: Counter = field(default_factory=Counter)  # (rule, category) -> alerts
    by_cms: Counter = field(default_factory=Counter)  # (category, month, section) -> alerts
    by_section_rule: Counter = field(default_factory=Counter)  # (section, rule) -> alerts
    forms: Counter = field(default_factory=Counter)  # (month, rule, group, form, house) -> uses
    top: list = field(default_factory=list)  # heap of (alerts, words, article row)
    problems: list = field(default_factory=list)  # first problems, for the page
    problem_count: int = 0

    @property
    def months(self) -> list:
        return sorted({m for m, _ in self.words_by})

    def section_words(self) -> Counter:
        out = Counter()
        for (_, section), words in self.words_by.items():
            out[section] += words
        return out


def summarise(outdir: str, part_ids) -> Summary:
    import pyarrow.parquet as pq

    s = Summary()
    problems_csv = _csv_writer(os.path.join(outdir, "problems.csv"), ["source", "reason"])
    for part_id in part_ids:
        if not os.path.exists(part_file(outdir, "articles", part_id)):
            continue  # failed this run; a rerun will do it
        articles = pq.read_table(part_file(outdir, "articles", part_id)).to_pylist()
        for a in articles:
            s.articles, s.words, s.alerts = s.articles + 1, s.words + a["words"], s.alerts + a["alerts"]
            s.words_by[(a["month"], a["section"])] += a["words"]
            s.articles_by[(a["month"], a["section"])] += 1
            item = (a["alerts"], -a["words"], a["article_id"] or "", s.articles, a)  # denser first
            if len(s.top) < TOP_ARTICLES:
                heapq.heappush(s.top, item)
            elif item[:3] > s.top[0][:3]:
                heapq.heapreplace(s.top, item)
        alerts = pq.read_table(part_file(outdir, "alerts", part_id),
                               columns=["rule", "category", "month", "section"])
        for (rule, category, month, section), n in _counts(alerts).items():
            s.by_rule[(rule, category)] += n
            s.by_cms[(category, month, section)] += n
            s.by_section_rule[(section, rule)] += n
        forms = pq.read_table(part_file(outdir, "forms", part_id),
                              columns=["month", "rule", "group", "form", "house", "count"])
        for row in forms.to_pylist():
            s.forms[(row["month"], row["rule"], row["group"], row["form"], row["house"])] += row["count"]
        for row in pq.read_table(part_file(outdir, "problems", part_id)).to_pylist():
            s.problem_count += 1
            problems_csv[1].writerow([row["source"], row["reason"]])
            if len(s.problems) < 50:
                s.problems.append(row)
    problems_csv[0].close()
    s.top = [item[4] for item in sorted(s.top, key=lambda i: i[:3], reverse=True)]
    return s


def _counts(table) -> Counter:
    frame = table.to_pandas()
    if frame.empty:
        return Counter()
    return Counter(frame.groupby(list(frame.columns), dropna=False).size().to_dict())


def _csv_writer(path: str, header: list):
    import csv

    f = open(path, "w", newline="", encoding="utf-8")  # noqa: SIM115 - closed by the caller
    writer = csv.writer(f)
    writer.writerow(header)
    return f, writer


def per_1000(alerts: int, words: int) -> float:
    return round(1000 * alerts / words, 3) if words else 0.0


def write_tables(outdir: str, s: Summary) -> list[str]:
    """The CSV summaries; returns their file names."""
    section_words = s.section_words()
    tables = {
        "rules.csv": (["rule", "category", "alerts", "words", "per_1000_words"],
                      [[r, c, n, s.words, per_1000(n, s.words)]
                       for (r, c), n in sorted(s.by_rule.items(), key=lambda kv: -kv[1])]),
        "categories_by_month_section.csv": (
            ["category", "month", "section", "articles", "alerts", "words", "per_1000_words"],
            [[c, m, sec, s.articles_by[(m, sec)], s.by_cms.get((c, m, sec), 0), w,
              per_1000(s.by_cms.get((c, m, sec), 0), w)]
             for c in sorted({c for _, c in s.by_rule})
             for (m, sec), w in sorted(s.words_by.items())]),
        "rules_by_section.csv": (["section", "rule", "alerts", "words", "per_1000_words"],
                                 [[sec, r, n, section_words[sec], per_1000(n, section_words[sec])]
                                  for (sec, r), n in sorted(s.by_section_rule.items())]),
        "naming_forms.csv": (["month", "rule", "group", "form", "house_form", "uses", "share"],
                             _form_rows(s)),
        "top_articles.csv": (["article_id", "date", "section", "author", "url", "words", "alerts",
                              "per_1000_words", "source"],
                             [[a["article_id"], a["date"], a["section"], a["author"], a["url"],
                               a["words"], a["alerts"], per_1000(a["alerts"], a["words"]), a["source"]]
                              for a in s.top]),
    }
    for name, (header, rows) in tables.items():
        f, writer = _csv_writer(os.path.join(outdir, name), header)
        writer.writerows(rows)
        f.close()
    return [*tables, "problems.csv"]


def _form_rows(s: Summary) -> list:
    totals = Counter()
    for (month, rule, group, _, _), n in s.forms.items():
        totals[(month, rule, group)] += n
    return [[m, r, g, f, h, n, round(n / totals[(m, r, g)], 4)]
            for (m, r, g, f, h), n in sorted(s.forms.items())]


def prune(outdir: str, keep_ids) -> int:
    """Remove partition files that the current sources and settings no longer produce."""
    keep = {f"part-{i}.parquet" for i in keep_ids}
    removed = 0
    for table in TABLES:
        folder = os.path.join(outdir, table)
        for name in os.listdir(folder) if os.path.isdir(folder) else ():
            if name.startswith("part-") and name not in keep:
                os.remove(os.path.join(folder, name))
                removed += name.endswith(".parquet") and table == "articles"
    return removed
