"""Built-in patterns and markup readers on hostile drafts (issue 16, items 5 and 6).

Each draft below hung the command for a minute or more. The failure signal is the generous
subprocess timeout, never a timed assertion: on a loaded machine the cases still pass, and on the
old code they time out. Each case also checks that the draft was read right.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

LIMIT = 90  # seconds: each case takes a few seconds now and minutes before


def check(cwd, name, text, *args):
    (cwd / name).write_text(text, encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "GITHUB_ACTIONS", "STYLELINT_DEBUG")}
    result = subprocess.run([sys.executable, "-m", "stylelint", "check", "--format", "json", *args, name],
                            cwd=cwd, capture_output=True, text=True, timeout=LIMIT, env=env)
    assert "Traceback" not in result.stderr, result.stderr
    assert result.returncode in (0, 1), result.stderr
    return json.loads(result.stdout)["alerts"]


def rules_of(alerts):
    return [(a["rule"], a["line"]) for a in alerts]


def test_front_matter_then_thousands_of_blank_lines(tmp_path):
    # The front-matter date regex backtracked over every blank line (10,000: over 300 s).
    alerts = check(tmp_path, "a.md", "---\n" + "\n" * 10000 + "Kiev is a city.\n", "--select", "Naming")
    assert ("Naming.Places", 10002) in rules_of(alerts)


def test_front_matter_date_is_still_read(tmp_path):
    dated = "---\ntitle: Old story\ndate: 2005-03-01\n---\n\nKiev is a city.\n"
    assert check(tmp_path, "a.md", dated, "--select", "Naming") == []
    assert rules_of(check(tmp_path, "b.md", dated.replace("2005", "2021"), "--select", "Naming")) \
        == [("Naming.Places", 6)]
    # A `date:` below the front matter is body text, not the story's date.
    late = "---\ntitle: x\n---\n\ndate: 2005\n\nKiev is a city.\n"
    assert rules_of(check(tmp_path, "c.md", late, "--select", "Naming")) == [("Naming.Places", 7)]


def test_vale_match_directive_on_a_long_comment(tmp_path):
    # `(.+\..+)(\[.+\])` was cubic on "a.[" repeated (101 s for 6,000).
    text = "<!-- vale " + "a.[" * 20000 + " = MAYBE -->\n\nKiev is a city.\n"
    assert rules_of(check(tmp_path, "a.md", text, "--select", "Naming")) == [("Naming.Places", 3)]


def test_vale_directives_still_work(tmp_path):
    text = ('<!-- vale Naming.Places["Kiev"] = NO -->\n\nKiev and Odessa.\n\n'
            '<!-- vale Naming.Places["Kiev"] = YES -->\n\nKiev again.\n\n'
            "<!-- vale Naming = NO -->\n\nKiev once more.\n\n<!-- vale Naming = YES -->\n\nKiev.\n")
    assert rules_of(check(tmp_path, "a.md", text, "--select", "Naming")) == [
        ("Naming.Places", 3), ("Naming.Places", 7), ("Naming.Places", 15)]


def test_a_long_run_of_full_stops(tmp_path):
    # The sentence boundary regex rescanned the run from every dot (50 KB: 47 s).
    alerts = check(tmp_path, "a.md", "." * 200000 + "x\n\nKiev is a city. Kiev is big.\n")
    assert [a for a in rules_of(alerts) if a[0] == "Naming.Places"] == [("Naming.Places", 3)] * 2


@pytest.mark.parametrize("name", ["a.txt", "a.md"])
def test_unclosed_comment_openers(tmp_path, name):
    # `<!--.*?-->` rescanned to the end from every unclosed opener ('<!--' * 40000: 53 s).
    never_closed = "<!--" * 100000 + "\n\nKiev is a city.\n"
    assert rules_of(check(tmp_path, name, never_closed, "--select", "Naming")) == [("Naming.Places", 3)]
    # The first opener runs to the first closer, as in HTML: only the Kiev after it is prose.
    closed_later = "<!--" * 100000 + "\n\nKiev is a city. <!-- a note --> Kiev again.\n"
    alerts = check(tmp_path, name, closed_later, "--select", "Naming")
    assert [(a["line"], a["column"]) for a in alerts] == [(3, 33)]


def test_a_disable_comment_with_a_hundred_thousand_spaces(tmp_path):
    text = ("<!-- stylelint-disable Naming.Places," + " " * 100000 + "Typos" + " " * 100000
            + "-->\n\nKiev is a city.\n\n<!-- stylelint-enable -->\n\nKiev.\n")
    assert rules_of(check(tmp_path, "a.md", text, "--select", "Naming")) == [("Naming.Places", 7)]


def test_unclosed_tags_in_html(tmp_path):
    # html.parser rescans to the end from every "<" that never closes ('<a ' * 40000: 140 s).
    text = "<p>Kiev is a city.</p>\n<p>" + "<a " * 100000 + "Kiev</p>"
    alerts = check(tmp_path, "a.html", text, "--select", "Naming")
    assert rules_of(alerts)[0] == ("Naming.Places", 1)


def test_text_after_the_last_tag_is_still_checked_in_html(tmp_path):
    text = "<p>Fine.</p>\n a < b and Kiev is a city <span"
    assert rules_of(check(tmp_path, "a.html", text, "--select", "Naming")) == [("Naming.Places", 2)]


def test_thirty_thousand_disable_next_line_comments(tmp_path):
    # Each alert was compared with every suppressed range (30,000: 65 s).
    text = "<!-- stylelint-disable-next-line -->\nKiev is a city.\n" * 30000 + "Kiev.\n"
    assert rules_of(check(tmp_path, "a.md", text, "--select", "Naming")) == [("Naming.Places", 60001)]


def test_text_output_on_one_long_line(tmp_path):
    # Every alert measured the whole line for display: quadratic (74 s for 4,000 in text).
    words = ["".join(chr(97 + int(d)) for d in f"{i:04d}") for i in range(8000)]  # aaaa, aaab, ...
    line = "".join(f"Kiev said the plan{w} plan{w} was set. " for w in words)
    (tmp_path / "a.md").write_text(line + "\n", encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "stylelint", "check", "--select", "Naming,Typos.Repeated",
                             "a.md"], cwd=tmp_path, capture_output=True, text=True, timeout=LIMIT)
    assert result.returncode == 1, result.stderr
    shown = [l for l in result.stdout.splitlines() if "plan" in l and "said" in l]
    assert len(shown) == 8001  # each distinct doubled word, and the Kiev group once
    assert max(len(l) for l in shown) < 200  # a window around each match, not the 300 KB line
    assert "Kiev -- 8000 times: line 1" in result.stdout
    assert "8000 errors and 8000 warnings" in result.stdout


def test_a_long_match_is_shown_cut_but_reported_whole(tmp_path):
    from stylelint.cli.formats.text import _excerpt

    line = "x" * 10 + "y" * 5000 + "z" * 10
    before, match, after = _excerpt(line, 10, 5010)
    assert before == "x" * 10 and len(match) == 200 and after.endswith("…")


@pytest.mark.parametrize("name, hostile", [
    ("a.mdx", "<A>" * 60000),     # a component never closed: each one scanned the whole line
    ("a.org", "*a " * 60000),     # emphasis never closed
    ("a.org", "=a " * 60000),     # verbatim never closed
    ("a.org", "[[a" * 60000),     # links never closed
], ids=["mdx-components", "org-emphasis", "org-verbatim", "org-links"])
def test_unclosed_markup_in_mdx_and_org(tmp_path, name, hostile):
    text = "Kiev is a city.\n\n" + hostile + "\n\nKiev again.\n"
    alerts = check(tmp_path, name, text, "--select", "Naming")
    assert [line for rule, line in rules_of(alerts) if rule == "Naming.Places"] == [1, 5]


def test_asciidoc_that_asciidoc_py_cannot_finish_is_refused_and_the_next_file_read(tmp_path):
    # asciidoc-py is quadratic on a table of 30,000 one-letter cells (six minutes): past its
    # time budget the file is one error, and the next file is read by a fresh renderer.
    (tmp_path / "b.adoc").write_text("Kiev is a city.\n", encoding="utf-8")
    (tmp_path / "a.adoc").write_text("|===\n" + "|a " * 30000 + "\n|===\n", encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "stylelint", "check", "--format", "line",
                             "--select", "Naming", "-j", "1", "a.adoc", "b.adoc"], cwd=tmp_path,
                            capture_output=True, text=True, timeout=LIMIT)
    assert "Traceback" not in result.stderr + result.stdout
    errors = [line for line in (result.stderr + result.stdout).splitlines() if "a.adoc" in line]
    assert len(errors) == 1 and "took over 10 s" in errors[0], result.stderr + result.stdout
    assert "b.adoc:1:1:Naming.Places" in result.stdout
