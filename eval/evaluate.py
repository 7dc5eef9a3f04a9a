"""Measure the built-in rule packs on real text: false alarms on edited news, detection on WNC.

    python eval/evaluate.py                 # print the report and write eval/RESULTS.md
    python eval/evaluate.py --no-write      # print only
    python eval/evaluate.py --show-words    # also print the words Typos.Spelling flags most
                                            # (stdout only: they are corpus words)

It reads the shared data at ../shared/data (relative to the repository root) and skips with a
one-line message when that folder is missing. The corpora are research-only or share-alike:
only counts and rates are printed or written, never corpus text. Matches are reported for rules
whose matches come from the rule's own term list; for sentence-level rules (attribution) the
name of the trigger group is reported instead of the matched words.

What it reports:
- false alarms on professionally edited news (Reuters-21578, BBC business/tech, GUM Wikinews),
  as alerts per 1,000 words by category and level, with the rules and terms that fire most;
  the Wikipedia Nagorno-Karabakh articles (encyclopedic, not news) are reported separately;
- detection on the WNC early pairs: the share of biased sentences that the neutrality and
  sourcing rules flag, against the share of their neutral rewrites.
Reuters and BBC files are de-duplicated by content hash (both folders hold byte-identical
duplicates). Acknowledgements: Reuters-21578, Distribution 1.0; Greene & Cunningham (2006) for
the BBC dataset; Wikinews (CC BY 2.5) through GUM; Pryzant et al. (2020) for WNC.
"""
from __future__ import annotations

import argparse
import collections
import csv
import datetime
import hashlib
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# ../shared/data from the repository root; from a worktree (/work/wt/NAME) it is one level further up.
DATA = next((p / "shared" / "data" for p in ROOT.parents if (p / "shared" / "data").is_dir()),
            ROOT.parent / "shared" / "data")
NEWS = [("reuters21578", "Reuters-21578"), ("bbc_business_tech", "BBC business/tech"),
        ("gum_wikinews", "GUM Wikinews")]
ENCYCLOPEDIC = [("wikipedia_nagorno_karabakh", "Wikipedia N-K (encyclopedic)")]
LEVELS = ("suggestion", "warning", "error")
CATEGORIES = ("neutrality", "sourcing", "naming", "typo", "style", "readability")
TARGET = ("neutrality", "sourcing")
WORD = re.compile(r"[^\W_]+(?:['’\-][^\W_]+)*")
# A date in front matter lets naming rules apply their `since` year (historical copy).
REUTERS_DATE = "---\ndate: 1987-06-01\n---\n"
PRECISION_MARK = "<!-- precision: written by eval/precision.py --write -->"


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DATA, help="shared data folder (default ../shared/data)")
    parser.add_argument("--output", type=Path, default=ROOT / "eval" / "RESULTS.md")
    parser.add_argument("--no-write", action="store_true", help="print the report only")
    parser.add_argument("--show-words", action="store_true",
                        help="print the words Typos.Spelling flags most (stdout only)")
    parser.add_argument("--top", type=int, default=15, help="rows in the top-rules and top-terms tables")
    args = parser.parse_args(argv)

    if not (args.data / "corpus").is_dir():
        print(f"evaluate: skipped, shared data not found at {args.data}")
        return 0
    sys.path.insert(0, str(ROOT))
    import stylelint

    builtin = stylelint.load_rules()
    rules = builtin.for_path(None)
    started = time.perf_counter()

    corpora = {}
    for folder, label in NEWS + ENCYCLOPEDIC:
        files = load_corpus(args.data / "corpus" / folder)
        if files:
            corpora[folder] = (label, run_corpus(files, builtin))
    historical = naming_with_date(load_corpus(args.data / "corpus" / "reuters21578"), rules)
    wnc = run_wnc(args.data / "wnc" / "wnc_early_pairs.tsv", rules)
    elapsed = time.perf_counter() - started

    report = render(corpora, wnc, historical, rules, args.top, elapsed)
    print(report)
    if args.show_words:
        print(spelling_words(corpora))
    if not args.no_write:
        command = "python eval/evaluate.py" + "".join(f" {a}" for a in (argv if argv is not None else sys.argv[1:])
                                                     if a not in ("--show-words",))
        header = (f"# Rule pack evaluation\n\nGenerated {datetime.date.today().isoformat()} by `{command}` "
                  f"(from the repository root; shared data at `../shared/data`). Counts and rates only: "
                  f"no corpus text is reproduced.\n\n")
        # Keep the hand-judged precision section that eval/precision.py --write appends.
        old = args.output.read_text(encoding="utf-8") if args.output.is_file() else ""
        kept = old[old.index(PRECISION_MARK):] if PRECISION_MARK in old else ""
        args.output.write_text(header + report + "\n" + ("\n" + kept if kept else ""), encoding="utf-8")
        print(f"\nwritten: {args.output.relative_to(ROOT) if args.output.is_relative_to(ROOT) else args.output}")
    return 0


# -- data -----------------------------------------------------------------------------------

def load_corpus(folder: Path) -> list[str]:
    """The folder's .txt files in name order, without byte-identical duplicates."""
    seen, texts = set(), []
    for path in sorted(folder.glob("*.txt")):
        data = path.read_bytes()
        digest = hashlib.md5(data).hexdigest()
        if digest in seen:
            continue
        seen.add(digest)
        texts.append(data.decode("utf-8"))
    return texts


def words(text: str) -> int:
    return len(WORD.findall(text))


def detokenize(sentence: str) -> str:
    """Undo WNC's tokenisation ("on - air", "hamdan ' s", spaced quotes and punctuation)."""
    tokens, out, open_quote = sentence.split(), [], False
    glue_next = False
    for token in tokens:
        if token == '"':
            if open_quote:
                if out:
                    out[-1] += '"'
                else:
                    out.append('"')
            else:
                out.append('"')
                glue_next = True
            open_quote = not open_quote
            continue
        if glue_next and out:
            out[-1] += token
            glue_next = False
        elif out and (re.fullmatch(r"[.,;:!?%)\]}]+|'s|'re|'ve|'ll|'d|'m|n't|-", token) or out[-1].endswith("-")):
            out[-1] += token
        elif out and token == "'" :
            out[-1] += token
        elif out and out[-1].endswith("'") and out[-1][:-1][-1:].isalpha() and token in ("s", "re", "ve", "ll", "d", "t", "m"):
            out[-1] += token
        elif out and out[-1] in ("(", "[", "$", "{"):
            out[-1] += token
        else:
            out.append(token)
    text = " ".join(out)
    return text[:1].upper() + text[1:]


def read_wnc(path: Path) -> list[tuple[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        header = next(reader)
        if "src_raw" in header:  # the full WNC layout: id, src_tok, tgt_tok, src_raw, tgt_raw, ...
            a, b = header.index("src_raw"), header.index("tgt_raw")
        else:  # the early pairs: split, biased_pre, neutral_post (lower-cased, tokenised)
            a, b = header.index("biased_pre"), header.index("neutral_post")
        return [(detokenize(row[a]), detokenize(row[b])) for row in reader if len(row) > max(a, b)]


# -- running --------------------------------------------------------------------------------

def run_corpus(texts, rules):
    from stylelint import lint_text

    stats = {"files": len(texts), "words": 0, "cells": collections.Counter(), "rules": collections.Counter(),
             "terms": collections.Counter(), "spelling": collections.Counter(), "files_flagged": 0}
    by_id = {rule.id: rule for rule, _ in rules.for_path(None)}
    for text in texts:
        stats["words"] += words(text)
        flagged = False
        for alert in lint_text(text, rules=rules, syntax="txt"):
            stats["cells"][(alert.category, alert.severity)] += 1
            stats["rules"][(alert.rule, alert.category, alert.severity)] += 1
            if alert.category in TARGET:
                stats["terms"][(alert.rule, alert.severity, term_of(by_id.get(alert.rule), alert.match, alert.message))] += 1
                flagged = flagged or alert.severity != "suggestion"
            if alert.rule == "Typos.Spelling":
                stats["spelling"][alert.match.lower()] += 1
        stats["files_flagged"] += flagged
    return stats


def term_of(rule, match: str, alert_message: str = "") -> str:
    """What to show for a match: the term itself, or the trigger group of a sentence rule."""
    triggers = getattr(rule, "triggers", None)
    if triggers and isinstance(triggers[0], dict):  # grammar rules: the trigger whose message it is
        for trigger in triggers:
            if rule.format_args(match, trigger) == alert_message:
                return f"[{trigger['name']}]"
        return "[trigger]"
    if triggers:
        for name, pattern, _ in triggers:
            if pattern.fullmatch(match):
                return f"[{name}]"
        return "[trigger]"
    return " ".join(match.lower().split())


def naming_with_date(texts, rules):
    """Naming alerts on Reuters when each story carries its 1987 date (historical copy)."""
    from stylelint import RuleSet, lint_text

    naming = RuleSet([(rule, level) for rule, level in rules if rule.category == "naming"])
    plain = dated = 0
    for text in texts:
        plain += sum(1 for _ in lint_text(text, rules=naming, syntax="txt"))
        dated += sum(1 for _ in lint_text(REUTERS_DATE + text, rules=naming, syntax="txt"))
    return plain, dated


def run_wnc(path: Path, rules):
    from stylelint import RuleSet, lint_text

    if not path.is_file():
        return None
    pairs = read_wnc(path)
    target = RuleSet([(rule, level) for rule, level in rules if rule.category in TARGET])
    result = {"pairs": len(pairs), "flag": collections.Counter(), "rule_removed": collections.Counter(),
              "rule_added": collections.Counter()}
    for biased, neutral in pairs:
        found = {}
        for side, text in (("biased", biased), ("neutral", neutral)):
            alerts = lint_text(text, rules=target, syntax="txt")
            found[side] = alerts
            any_level = bool(alerts)
            warning = any(a.severity != "suggestion" for a in alerts)
            result["flag"][(side, "any")] += any_level
            result["flag"][(side, "warning")] += warning
        for level in ("any", "warning"):
            b = _flagged(found["biased"], level)
            n = _flagged(found["neutral"], level)
            result["flag"][("separated", level)] += b and not n
            result["flag"][("reversed", level)] += n and not b
        before = collections.Counter(a.rule for a in found["biased"])
        after = collections.Counter(a.rule for a in found["neutral"])
        for rule in set(before) | set(after):
            if before[rule] > after[rule]:
                result["rule_removed"][rule] += 1
            elif after[rule] > before[rule]:
                result["rule_added"][rule] += 1
    return result


def _flagged(alerts, level):
    return any(level == "any" or a.severity != "suggestion" for a in alerts)


# -- report ---------------------------------------------------------------------------------

def per_k(count, total_words):
    return 1000 * count / total_words if total_words else 0.0


def fmt(x):
    return f"{x:.2f}" if x >= 0.005 or x == 0 else f"{x:.3f}"


def render(corpora, wnc, historical, rules, top, elapsed):
    lines = []
    news = [k for k, _ in NEWS if k in corpora]
    total_words = sum(corpora[k][1]["words"] for k in news)

    def target_rate(stats, warn_only=True):
        count = sum(v for (cat, level), v in stats["cells"].items()
                    if cat in TARGET and (level != "suggestion" or not warn_only))
        return per_k(count, stats["words"])

    lines.append("## False alarms on edited copy\n")
    lines.append("Alerts per 1,000 words. Target: at most 1.00 warning-or-error per 1,000 words in "
                 "neutrality + sourcing together on the news corpora.\n")
    lines.append("| corpus | files | words | N+S warning+ /1k | N+S all levels /1k | files with an N+S warning |")
    lines.append("|---|---:|---:|---:|---:|---:|")
    combined = collections.Counter()
    for key in list(news) + [k for k, _ in ENCYCLOPEDIC if k in corpora]:
        label, stats = corpora[key]
        lines.append(f"| {label} | {stats['files']:,} | {stats['words']:,} | **{fmt(target_rate(stats))}** | "
                     f"{fmt(target_rate(stats, False))} | {stats['files_flagged']:,} "
                     f"({100 * stats['files_flagged'] / max(stats['files'], 1):.1f}%) |")
        if key in news:
            combined.update(stats["cells"])
    news_target = per_k(sum(v for (c, l), v in combined.items() if c in TARGET and l != "suggestion"), total_words)
    news_all = per_k(sum(v for (c, l), v in combined.items() if c in TARGET), total_words)
    news_files = sum(corpora[k][1]["files"] for k in news)
    news_flagged = sum(corpora[k][1]["files_flagged"] for k in news)
    lines.append(f"| **news combined** | {news_files:,} | {total_words:,} | **{fmt(news_target)}** | "
                 f"{fmt(news_all)} | {news_flagged:,} ({100 * news_flagged / max(news_files, 1):.1f}%) |")
    verdict = "met" if news_target <= 1.0 else "NOT met"
    lines.append(f"\nTarget (N+S warning+ <= 1.00 per 1,000 words on news): **{verdict}** ({fmt(news_target)}).\n")

    lines.append("### By category and level (alerts per 1,000 words: suggestion / warning / error)\n")
    keys = list(news) + [k for k, _ in ENCYCLOPEDIC if k in corpora]
    lines.append("| category | " + " | ".join(corpora[k][0] for k in keys) + " |")
    lines.append("|---|" + "---:|" * len(keys))
    for cat in CATEGORIES:
        cells = []
        for k in keys:
            stats = corpora[k][1]
            cells.append(" / ".join(fmt(per_k(stats["cells"][(cat, lv)], stats["words"])) for lv in LEVELS))
        lines.append(f"| {cat} | " + " | ".join(cells) + " |")

    lines.append("\n### Rules that fire most on the news corpora (all categories)\n")
    lines.append("| rule | level | alerts | per 1k words | " + " | ".join(corpora[k][0] for k in news) + " |")
    lines.append("|---|---|---:|---:|" + "---:|" * len(news))
    rule_totals = collections.Counter()
    for k in news:
        for (rule, cat, level), v in corpora[k][1]["rules"].items():
            rule_totals[(rule, level)] += v
    for (rule, level), v in rule_totals.most_common(top):
        per_corpus = [str(sum(c for (r, _, lv), c in corpora[k][1]["rules"].items() if r == rule and lv == level))
                      for k in news]
        lines.append(f"| {rule} | {level} | {v:,} | {fmt(per_k(v, total_words))} | " + " | ".join(per_corpus) + " |")

    lines.append("\n### Neutrality and sourcing: rules on the news corpora\n")
    lines.append("| rule | level | alerts | per 1k words |")
    lines.append("|---|---|---:|---:|")
    ids = {r.id: (r.category, lv) for r, lv in rules}
    for rule_id in sorted(i for i, (c, _) in ids.items() if c in TARGET):
        v = sum(c for (r, lv), c in rule_totals.items() if r == rule_id)
        lines.append(f"| {rule_id} | {ids[rule_id][1]} | {v:,} | {fmt(per_k(v, total_words))} |")

    lines.append("\n### Neutrality and sourcing: what fires most on the news corpora\n")
    lines.append("Terms from the rules' own lists; `[name]` is the trigger group of a sentence-level rule.\n")
    lines.append("| rule | level | term or trigger | alerts |")
    lines.append("|---|---|---|---:|")
    terms = collections.Counter()
    for k in news:
        terms.update(corpora[k][1]["terms"])
    for (rule, level, term), v in terms.most_common(top):
        lines.append(f"| {rule} | {level} | {term} | {v} |")

    enc = [k for k, _ in ENCYCLOPEDIC if k in corpora]
    if enc:
        label, stats = corpora[enc[0]]
        lines.append(f"\n### {label}: neutrality and sourcing terms\n")
        lines.append("| rule | level | term or trigger | alerts |")
        lines.append("|---|---|---|---:|")
        for (rule, level, term), v in stats["terms"].most_common(10):
            lines.append(f"| {rule} | {level} | {term} | {v} |")
        naming = sum(v for (c, _), v in stats["cells"].items() if c == "naming")
        lines.append(f"\nNaming alerts on the Wikipedia articles: {naming} "
                     f"({fmt(per_k(naming, stats['words']))} per 1,000 words).")

    if "reuters21578" in corpora:
        lines.append("\n### Spelling and naming on historical wire copy\n")
        lines.append("| measure | Reuters | BBC | Wikinews |")
        lines.append("|---|---:|---:|---:|")
        row = []
        for k in news:
            s = corpora[k][1]
            n = sum(v for (r, _, _), v in s["rules"].items() if r == "Typos.Spelling")
            row.append(f"{fmt(per_k(n, s['words']))} ({n:,})")
        lines.append("| Typos.Spelling per 1k words (alerts) | " + " | ".join(row) + " |")
        plain, dated = historical
        lines.append(f"\nNaming on Reuters (1987 copy): {plain} alerts as plain text; {dated} when each story "
                     f"carries its 1987 date in front matter (a group whose name changed later, its "
                     f"`since` year, stays quiet on older copy).")

    if wnc:
        f = wnc["flag"]
        n = wnc["pairs"]
        lines.append("\n## Detection on WNC (biased sentence vs its neutral rewrite)\n")
        lines.append(f"{n:,} pairs (`wnc/wnc_early_pairs.tsv`, detokenised). Neutrality + sourcing rules only.\n")
        lines.append("| level | biased flagged | neutral rewrite flagged | pairs separated (biased only) | reversed (rewrite only) |")
        lines.append("|---|---:|---:|---:|---:|")
        for level, label in (("any", "any level"), ("warning", "warning+")):
            lines.append(f"| {label} | {pct(f[('biased', level)], n)} | {pct(f[('neutral', level)], n)} | "
                         f"{pct(f[('separated', level)], n)} | {pct(f[('reversed', level)], n)} |")
        lines.append("\nPer rule: pairs where the neutralising edit removed a hit (biased > neutral) or added "
                     "one.\n")
        lines.append("| rule | removed | added |")
        lines.append("|---|---:|---:|")
        for rule in sorted(set(wnc["rule_removed"]) | set(wnc["rule_added"]),
                           key=lambda r: (-wnc["rule_removed"][r], r)):
            lines.append(f"| {rule} | {wnc['rule_removed'][rule]} | {wnc['rule_added'][rule]} |")

    lines.append(f"\nRun time: {elapsed:.0f} s for {len(rules)} rules.")
    return "\n".join(lines)


def pct(count, total):
    return f"{100 * count / total:.1f}% ({count})" if total else "n/a"


def spelling_words(corpora):
    out = ["\nTypos.Spelling: most flagged words (not written to RESULTS.md)"]
    for key, (label, stats) in corpora.items():
        common = ", ".join(f"{w} {c}" for w, c in stats["spelling"].most_common(40))
        out.append(f"- {label}: {common}")
    return "\n".join(out)


if __name__ == "__main__":
    raise SystemExit(main())
