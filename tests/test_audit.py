"""`stylelint audit` on a small archive, on real Dask clusters: a LocalCluster of two workers that
the command starts, and a scheduler and workers started separately on 127.0.0.1."""
from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest

pytest.importorskip("distributed", reason="the audit needs the audit extra: pip install '.[audit]'")
pq = pytest.importorskip("pyarrow.parquet")

REPO = Path(__file__).resolve().parent.parent

# id, date, desk, author, text (Markdown). Written for these tests.
ARTICLES = [
    ("pol-1", "2024-03-04", "politics", "Ana Ruiz",
     "The minister met union leaders in Kyiv on Tuesday.\n\nSome experts believe the deal will "
     "collapse before summer."),
    ("pol-2", "2024-03-19", "politics", "Ana Ruiz",
     "Delegates flew to Kiev for a legendary summit.\n\nThe talks ended on September 21st, "
     "without a joint statement."),
    ("biz-1", "2024-04-02", "business", "Tom Beck",
     "The the bank raised its forecast for the third time this year.\n\nThe goverment is "
     "expected to cut fuel taxes, officials said."),
    ("biz-2", "2024-04-22", "business", "Tom Beck",
     "Shares of the ferry operator rose 4% after it reported higher bookings, the company said."),
    ("spo-1", "2025-01-10", "sport", "Lea Wong",
     "Interestingly, the iconic striker scored twice in Odessa on Saturday.\n\n\"It was a "
     "legendary night, and Kiev will remember it,\" the coach said."),
    ("spo-2", "2025-01-28", "sport", "Lea Wong",
     "The club confirmed that its goalkeeper will miss the final in Kyiv."),
    ("cul-1", "2025-02-14", "culture", "Sam Okoro",
     "Critics called the show a triumph, and it is widely believed to be the best of the decade."),
    ("cul-2", "2025-02-27", "culture", "Sam Okoro",
     "A cafe in Kyiv put chicken Kiev back on its menu on Friday, the owner said."),
]
KEYS = ["line", "column", "end_line", "end_column", "rule", "category", "severity", "message",
        "match", "suggestions", "link"]


def stylelint(*args, cwd, timeout=180):
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    return subprocess.run([sys.executable, "-m", "stylelint", *args], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=timeout)


def rows(articles=ARTICLES):
    return [{"id": i, "date": d, "desk": desk, "author": a, "url": f"https://news.example/{i}",
             "text": t} for i, d, desk, a, t in articles]


def write_jsonl(path: Path, records) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def alerts_by_article(outdir: Path) -> dict:
    table = pq.read_table(outdir / "alerts").to_pylist()
    out: dict = {}
    for row in table:
        out.setdefault(row["article_id"], []).append({k: row[k] for k in KEYS})
    return {k: sorted(v, key=lambda a: (a["line"], a["column"], a["rule"])) for k, v in out.items()}


def read_csv(path: Path) -> list[dict]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    """The articles as drafts (for `check`) and as JSON Lines, audited on a two-worker
    LocalCluster that the command starts itself; plus `check --format json` on the drafts."""
    root = tmp_path_factory.mktemp("archive")
    drafts = root / "drafts"
    drafts.mkdir()
    for article_id, *_, text in ARTICLES:
        (drafts / f"{article_id}.md").write_text(text, encoding="utf-8")
    source = write_jsonl(root / "archive.jsonl", rows())
    run = stylelint("audit", "archive.jsonl", "-o", "out", "--workers", "2", "--partition-size", "3",
                    cwd=root)
    assert run.returncode == 0, run.stderr
    check = stylelint("check", "--format", "json", "--no-exit", "drafts", cwd=root)
    expected: dict = {}
    for alert in json.loads(check.stdout)["alerts"]:
        expected.setdefault(Path(alert["path"]).stem, []).append({k: alert[k] for k in KEYS})
    expected = {k: sorted(v, key=lambda a: (a["line"], a["column"], a["rule"]))
                for k, v in expected.items()}
    return {"root": root, "out": root / "out", "source": source, "expected": expected,
            "stderr": run.stderr}


@pytest.fixture(scope="module")
def scheduler(tmp_path_factory):
    """A Dask scheduler and two workers started as separate processes on 127.0.0.1."""
    folder = tmp_path_factory.mktemp("dask")
    info = folder / "scheduler.json"
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    common = dict(cwd=folder, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    processes = [subprocess.Popen([sys.executable, "-m", "distributed.cli.dask_scheduler", "--host",
                                   "127.0.0.1", "--port", "0", "--no-dashboard",
                                   "--scheduler-file", str(info)], **common)]
    try:
        deadline, address = time.time() + 60, None
        while address is None and time.time() < deadline:
            time.sleep(0.2)
            try:  # the scheduler writes the file once it listens
                address = json.loads(info.read_text())["address"]
            except (OSError, ValueError, KeyError):
                pass
        processes.append(subprocess.Popen([sys.executable, "-m", "distributed.cli.dask_worker", address,
                                           "--nworkers", "2", "--nthreads", "1", "--host", "127.0.0.1",
                                           "--no-dashboard"], **common))
        from distributed import Client

        with Client(address, timeout="60s") as client:
            client.wait_for_workers(2, timeout=60)
        yield address
    finally:
        for process in reversed(processes):
            process.terminate()
            process.wait(timeout=30)


def test_alerts_parquet_holds_what_check_finds_with_each_articles_metadata(archive):
    found = alerts_by_article(archive["out"])
    assert found == archive["expected"]
    assert sum(map(len, found.values())) >= 8  # the articles trip rules of several categories
    assert {a["category"] for alerts in found.values() for a in alerts} >= {"naming", "neutrality", "typo"}
    table = pq.read_table(archive["out"] / "alerts").to_pylist()
    meta = {r["id"]: r for r in rows()}
    for row in table:
        source = meta[row["article_id"]]
        assert (row["date"], row["month"], row["section"], row["author"], row["url"]) == \
            (source["date"], source["date"][:7], source["desk"], source["author"], source["url"])


def test_csv_summaries_count_the_same_alerts_per_word(archive):
    out, expected = archive["out"], archive["expected"]
    words = {r["article_id"]: r["words"] for r in pq.read_table(out / "articles").to_pylist()}
    assert words["spo-2"] == 12  # "The club confirmed that its goalkeeper will miss the final in Kyiv."
    assert words["biz-2"] == 14  # "4%" is a number, not a word
    total = sum(words.values())
    by_rule = Counter(a["rule"] for alerts in expected.values() for a in alerts)
    rules = {r["rule"]: r for r in read_csv(out / "rules.csv")}
    assert {k: int(r["alerts"]) for k, r in rules.items()} == dict(by_rule)
    for rule_id, n in by_rule.items():
        assert float(rules[rule_id]["per_1000_words"]) == pytest.approx(1000 * n / total, abs=1e-3)
    meta = {i: (d[:7], desk) for i, d, desk, *_ in ARTICLES}
    cells = Counter((a["category"], *meta[i]) for i, alerts in expected.items() for a in alerts)
    table = read_csv(out / "categories_by_month_section.csv")
    assert {(r["category"], r["month"], r["section"]): int(r["alerts"]) for r in table
            if int(r["alerts"])} == dict(cells)
    for r in table:
        cell_words = sum(words[i] for i, (m, s) in meta.items() if (m, s) == (r["month"], r["section"]))
        assert int(r["words"]) == cell_words
    top = read_csv(out / "top_articles.csv")
    order = [(-int(r["alerts"]), int(r["words"])) for r in top]  # most findings, then densest
    assert order == sorted(order) and len(top) == len(ARTICLES)
    most = max(map(len, expected.values()))
    assert {r["article_id"] for r in top if int(r["alerts"]) == most} == \
        {i for i, alerts in expected.items() if len(alerts) == most}


def test_naming_forms_count_every_use_per_month_but_not_fixed_expressions(archive):
    forms = read_csv(archive["out"] / "naming_forms.csv")
    kyiv = {(r["month"], r["form"]): (int(r["uses"]), float(r["share"])) for r in forms
            if r["group"] == "Kyiv"}
    # 2024-03: Kyiv once, Kiev once. 2025-01: Kiev inside a quotation still counts as a use;
    # 2025-02: "chicken Kiev" is a dish, not the city.
    assert kyiv == {("2024-03", "Kyiv"): (1, 0.5), ("2024-03", "Kiev"): (1, 0.5),
                    ("2025-01", "Kiev"): (1, 0.5), ("2025-01", "Kyiv"): (1, 0.5),
                    ("2025-02", "Kyiv"): (1, 1.0)}
    odesa = [r for r in forms if r["group"] == "Odesa"]
    assert [(r["form"], r["house_form"]) for r in odesa] == [("Odessa", "False")]


def test_a_row_dated_before_a_name_changed_is_not_flagged_but_its_form_is_counted(tmp_path, scheduler):
    old = [("old-1", "2015-06-01", "world", "Ana Ruiz", "Officials in Kiev said the talks would resume."),
           ("new-1", "2023-06-01", "world", "Ana Ruiz", "Officials in Kiev said the talks would resume.")]
    write_jsonl(tmp_path / "a.jsonl", rows(old))
    run = stylelint("audit", "a.jsonl", "-o", "out", "--scheduler", scheduler, cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    flagged = {a["article_id"] for a in pq.read_table(tmp_path / "out" / "alerts").to_pylist()
               if a["rule"] == "Naming.Places"}
    assert flagged == {"new-1"}
    uses = {(r["month"], r["form"]): r["uses"] for r in read_csv(tmp_path / "out" / "naming_forms.csv")}
    assert uses == {("2015-06", "Kiev"): "1", ("2023-06", "Kiev"): "1"}


def test_csv_parquet_and_a_folder_of_drafts_give_the_same_alerts(archive, tmp_path, scheduler):
    import pyarrow as pa

    records = rows()
    with (tmp_path / "a.csv").open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=list(records[0]))  # quotes, commas, newlines in text
        writer.writeheader()
        writer.writerows(records)
    in_parquet = [{**r, "id": "pq-" + r["id"]} for r in records]
    pq.write_table(pa.Table.from_pylist(in_parquet), tmp_path / "a.parquet", row_group_size=3)
    run = stylelint("audit", "a.csv", "a.parquet", str(archive["root"] / "drafts"), "-o", "out",
                    "--partition-size", "2", "--scheduler", scheduler, cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    found = alerts_by_article(tmp_path / "out")
    expected = archive["expected"]
    assert {k: v for k, v in found.items() if k in expected} == expected  # CSV
    assert {k[3:]: v for k, v in found.items() if k.startswith("pq-")} == expected
    assert {k[:-3]: v for k, v in found.items() if k.endswith(".md")} == expected
    drafts = {r["article_id"]: r for r in pq.read_table(tmp_path / "out" / "articles").to_pylist()
              if r["article_id"].endswith(".md")}
    assert len(drafts) == len(ARTICLES) and drafts["pol-1.md"]["section"] == "unknown"


def test_a_folder_of_drafts_is_audited_with_the_configuration_check_finds(tmp_path, scheduler):
    desk = tmp_path / "desk"
    (desk / "opinion").mkdir(parents=True)
    (desk / ".stylelint.yaml").write_text(
        "rules:\n  Typos.Spelling: off\noverrides:\n  - files: ['opinion/**']\n"
        "    rules: {Neutrality.Puffery: off}\n", encoding="utf-8")
    text = "The legendary cafe in Kiev closed on Monday after 40 years.\n"
    (desk / "news.md").write_text(text, encoding="utf-8")
    (desk / "opinion" / "column.md").write_text(text, encoding="utf-8")
    run = stylelint("audit", "desk", "-o", "out", "--scheduler", scheduler, cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    assert f"Using the configuration in {desk / '.stylelint.yaml'}" in run.stderr
    check = json.loads(stylelint("check", "--format", "json", "--no-exit", "desk", cwd=tmp_path).stdout)
    expected = {(Path(a["path"]).relative_to("desk").as_posix(), a["rule"], a["match"])
                for a in check["alerts"]}
    found = {(a["article_id"], a["rule"], a["match"])
             for a in pq.read_table(tmp_path / "out" / "alerts").to_pylist()}
    assert found == expected
    assert {r for _, r, _ in found} == {"Naming.Places", "Neutrality.Puffery"}
    assert ("opinion/column.md", "Neutrality.Puffery", "legendary") not in found
    sections = {r["article_id"]: r["section"] for r in pq.read_table(tmp_path / "out" / "articles").to_pylist()}
    assert sections == {"news.md": "unknown", "opinion/column.md": "opinion"}


def test_malformed_articles_are_recorded_with_their_line_and_the_rest_audited(tmp_path, scheduler):
    good = json.dumps(rows()[1])
    lines = [good.encode(), b"{not json at all", b'["a", "list"]', b'{"id": "no-text"}',
             b'{"id": "n", "text": 42}', b'{"id": "u", "text": "caf\xe9 \xff"}', b"",
             json.dumps(rows()[4]).encode()]
    (tmp_path / "a.jsonl").write_bytes(b"\n".join(lines) + b"\n")
    (tmp_path / "b.csv").write_text('id,text\nc1,"The the vote is on Friday."\nc2,one,two\n',
                                    encoding="utf-8")
    run = stylelint("audit", "a.jsonl", "b.csv", "-o", "out", "--partition-size", "3", "--scheduler",
                    scheduler, cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    assert "6 articles could not be audited" in run.stderr
    problems = {(r["source"], r["reason"].split(" (")[0]) for r in read_csv(tmp_path / "out" / "problems.csv")}
    assert problems == {("a.jsonl:2", "not valid JSON"), ("a.jsonl:3", "not an object with named fields"),
                        ("a.jsonl:4", "no 'text' field"), ("a.jsonl:5", "the 'text' field is not text"),
                        ("a.jsonl:6", "not valid UTF-8 at byte 24 of the line"),
                        ("b.csv:3", "3 fields where the header has 2")}
    audited = {r["article_id"] for r in pq.read_table(tmp_path / "out" / "articles").to_pylist()}
    assert audited == {"pol-2", "spo-1", "c1"}


def test_a_rerun_skips_finished_partitions_and_redoes_only_the_unfinished(archive, tmp_path, scheduler):
    source = archive["source"]
    args = ("audit", str(source), "-o", "out", "--partition-size", "2", "--scheduler", scheduler)
    assert stylelint(*args, cwd=tmp_path).returncode == 0
    articles = sorted((tmp_path / "out" / "articles").iterdir())
    assert len(articles) == 4
    before = {p: p.stat().st_mtime_ns for p in (tmp_path / "out").glob("*/part-*.parquet")}
    unfinished = articles[1]
    unfinished.unlink()  # as if the run had been killed before this partition was written
    (tmp_path / "out" / "alerts" / (unfinished.name + ".tmp")).write_bytes(b"half a file")
    run = stylelint(*args, cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    assert "Resumed: 3 of 4 partitions were already done." in run.stderr
    after = {p: p.stat().st_mtime_ns for p in (tmp_path / "out").glob("*/part-*.parquet")}
    changed = {p.name for p in after if after[p] != before.get(p)}
    assert changed == {unfinished.name}
    assert not list((tmp_path / "out").glob("*/*.tmp"))
    assert alerts_by_article(tmp_path / "out") == archive["expected"]


def test_bad_sources_and_configs_are_one_line_errors(tmp_path):
    run = stylelint("audit", "missing.jsonl", "-o", "out", cwd=tmp_path)
    assert run.returncode == 2 and run.stderr.strip() == "stylelint: error: missing.jsonl: no such file or folder"
    (tmp_path / "notes.docx").write_bytes(b"PK")
    run = stylelint("audit", "notes.docx", "-o", "out", cwd=tmp_path)
    assert run.returncode == 2 and "not a folder, .jsonl, .csv or .parquet file" in run.stderr
    assert "Traceback" not in run.stderr


def test_the_page_draws_its_charts_in_a_real_browser_and_fetches_nothing(archive, browser_page):
    page = browser_page
    page.goto((archive["out"] / "index.html").as_uri())
    assert page.title() == "Style audit: 8 articles"
    charts = page.locator("svg.chart")
    categories = {a["category"] for alerts in archive["expected"].values() for a in alerts}
    assert charts.count() == len(categories) + 2 + 4  # trends, Kyiv and Odesa, 4 desks
    for i in range(charts.count()):
        box = charts.nth(i).bounding_box()
        assert box["width"] > 200 and box["height"] > 40
        assert charts.nth(i).locator("path, rect").count() >= 1
    naming = page.locator("figure", has_text="Kyiv / Kiev")
    assert naming.locator("rect title").first.text_content().startswith("2024-03: Kyiv 50%")
    sport = page.locator("figure", has=page.locator("figcaption", has_text="sport"))
    assert "alerts per 1,000 words" in sport.locator("rect title").first.text_content()
    assert page.locator("table").first.locator("tr").count() == 1 + len(ARTICLES)
    assert page.requests == [(archive["out"] / "index.html").as_uri()]
    assert page.script_errors == []
