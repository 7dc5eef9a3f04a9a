"""`stylelint report`: the HTML page editors read, opened in a real headless Chromium."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap

import pytest

from conftest import write_pack

# Short drafts written for these tests: front matter, headings, a hard-wrapped paragraph, a
# finding across a line break, two rules on the same word, markup inside and around findings.
BUDGET = textwrap.dedent("""\
    ---
    title: Bridge vote
    ---

    # Council backs the brilliant bridge plan in Kiev

    The council voted on March 3rd to fund the bridge. Interestingly, the vote was close and the
    mayor, who had campaigned on the plan for two years and promised residents of both river banks a
    shorter commute, a new cycle lane, cheaper ferry fares and a market square, said the result
    showed that the city could still build things.

    Some experts
    believe the the cost will double. The goverment declined to comment on **brilliant** delays.

    - A list item about the [iconic tower](https://example.org/tower).
    """)
NOTES = "Critics say the mayor was warned.\nIt is widely believed that the ferry will close.\n"
PAGE = ('<html><body><h1>Harbour news</h1>\n<p>The <b>brilliant</b> captain sailed from Kiev on '
        'May 2nd.</p>\n<script>var x = "Kiev";</script></body></html>\n')
CLEAN = "The council met on Monday. It voted to build a bridge.\n"


def run(cwd, *args):
    return subprocess.run([sys.executable, "-m", "stylelint", *args], cwd=cwd, capture_output=True,
                          text=True, timeout=120, env={**os.environ, "NO_COLOR": "1"})


@pytest.fixture
def desk(tmp_path):
    folder = tmp_path / "desk"
    folder.mkdir()
    for name, text in {"budget.md": BUDGET, "notes.txt": NOTES, "page.html": PAGE, "clean.md": CLEAN}.items():
        (folder / name).write_text(text, encoding="utf-8")
    return tmp_path


def make_report(cwd, *paths, output="report.html"):
    result = run(cwd, "report", *paths, "-o", output)
    assert result.returncode == 0, result.stderr
    return cwd / output


def check_json(cwd, *paths):
    result = run(cwd, "check", "--format", "json", "--no-exit", *paths)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)["alerts"]


def open_report(page, path):
    page.goto(path.resolve().as_uri())
    page.wait_for_selector("#content")
    return page


def highlighted(page, note_id):
    """The text of all marks of one finding, in reading order, whitespace normalised."""
    return page.eval_on_selector_all(
        f'mark[data-f="{note_id}"]', "ms => ms.map(m => m.textContent).join('').split(/\\s+/).join(' ')")


def note_for(page, alert):
    return page.locator(f'section[data-path="{alert["path"]}"] li.note[data-rule="{alert["rule"]}"]'
                        f'[data-line="{alert["line"]}"][data-col="{alert["column"]}"]')


# --------------------------------------------------------------------------------------------

def test_every_finding_of_check_is_highlighted_on_its_words(desk, browser_page):
    alerts = check_json(desk, "desk")
    page = open_report(browser_page, make_report(desk, "desk"))
    assert {a["path"] for a in alerts} == {"desk/budget.md", "desk/notes.txt", "desk/page.html"}
    assert page.locator("li.note").count() == len(alerts)
    for alert in alerts:
        note = note_for(page, alert)
        assert note.count() == 1, alert
        note_id = note.get_attribute("id")
        assert highlighted(page, note_id) == " ".join(alert["match"].split()), alert
        assert alert["message"] in note.inner_text()
        first = page.locator(f'mark[data-f="{note_id}"][tabindex="0"]')
        assert first.count() == 1 and first.get_attribute("data-cat") == alert["category"]
    # Two rules on one word: both marks wrap it, the outer one around the inner one.
    nested = page.locator('mark[data-cat="neutrality"] > mark[data-cat="readability"]')
    assert nested.count() == 1 and nested.inner_text() == "Interestingly"
    assert page.script_errors == []


def test_a_finding_shows_message_rationale_suggestion_and_rule_on_hover_focus_and_click(desk, browser_page):
    page = open_report(browser_page, make_report(desk, "desk/budget.md"))
    popup = page.locator("#pop")
    kiev = page.locator('mark[data-cat="naming"][tabindex="0"]').first
    kiev.hover()
    assert popup.is_visible()
    text = popup.inner_text()
    for expected in ("Use 'Kyiv', the house name", "Why it matters:", "Suggestion:", "“Kyiv”",
                     "Naming.Places", "line 5, column 46"):
        assert expected in text
    page.mouse.move(1, 1)
    assert not popup.is_visible()
    # The list explains a rule once per article; the popup of a later finding still says why.
    later = page.locator('li.note[data-rule="Neutrality.Puffery"]').nth(1)
    assert "Why it matters: see finding 1." in later.inner_text()
    assert "Words such as" not in later.inner_text()
    page.locator(f'mark[data-f="{later.get_attribute("id")}"]').hover()
    assert "Why it matters: Words such as" in popup.inner_text() and "see finding" not in popup.inner_text()
    page.mouse.move(1, 1)
    # Keyboard: Tab walks the findings in reading order; Enter pins; Escape closes.
    page.locator("body").focus()
    page.keyboard.press("Tab")  # the skip link
    page.keyboard.press("Tab")
    tabbed = []
    for _ in range(4):
        page.keyboard.press("Tab")
        while page.evaluate("document.activeElement.tagName") != "MARK":
            page.keyboard.press("Tab")
        tabbed.append(page.evaluate("document.activeElement.textContent"))
        assert popup.is_visible()
    assert tabbed[:4] == ["brilliant", "Kiev", "March 3rd", "Interestingly"]
    page.keyboard.press("Enter")
    assert popup.is_visible() and "Interestingly" in popup.inner_text()
    assert "Neutrality" in popup.inner_text() and "Readability" in popup.inner_text()  # both findings
    page.keyboard.press("Escape")
    assert not popup.is_visible()
    assert page.evaluate("document.activeElement.textContent") == "Interestingly"
    # Click pins the popup until the close button.
    page.locator('mark[data-cat="typo"][tabindex="0"]').first.click()
    assert "'the' is repeated." in popup.inner_text()
    page.mouse.move(1, 1)
    assert popup.is_visible()
    popup.locator("button.close").click()
    assert not popup.is_visible()


def visible_marks(page, category=None, level=None):
    selector = "mark.f" + (f'[data-cat="{category}"]' if category else "") + (
        f'[data-level="{level}"]' if level else "")
    return page.eval_on_selector_all(
        selector, "ms => ms.filter(m => getComputedStyle(m).backgroundColor !== 'rgba(0, 0, 0, 0)').length")


def visible_notes(page, attribute=""):
    return page.eval_on_selector_all(f"li.note{attribute}", "ns => ns.filter(n => n.offsetParent).length")


def test_filters_hide_and_show_by_category_and_level(desk, browser_page):
    page = open_report(browser_page, make_report(desk, "desk"))
    total = page.locator("li.note").count()
    neutral = page.locator('li.note[data-cat="neutrality"]').count()
    errors = page.locator('li.note[data-level="error"]').count()
    assert neutral and errors and visible_notes(page) == total
    assert page.locator("#shown").inner_text() == f"Showing {total} of {total} findings"

    page.get_by_role("checkbox", name="Neutrality").uncheck()
    assert visible_marks(page, "neutrality") == 0 and visible_notes(page, '[data-cat="neutrality"]') == 0
    assert visible_marks(page, "naming") > 0
    assert visible_notes(page) == total - neutral
    assert page.locator("#shown").inner_text() == f"Showing {total - neutral} of {total} findings"
    assert page.locator('mark[data-cat="neutrality"][tabindex="-1"]').count() > 0  # out of Tab order

    page.get_by_role("checkbox", name="Error").uncheck()
    assert visible_marks(page, level="error") == 0
    assert visible_notes(page) == total - neutral - errors  # no neutrality rule here is an error

    page.get_by_role("checkbox", name="Neutrality").check()
    page.get_by_role("checkbox", name="Error").check()
    assert visible_notes(page) == total and visible_marks(page, "neutrality") > 0
    assert page.locator('mark[tabindex="-1"]').count() == 0


def test_index_lists_articles_by_how_much_needs_attention(desk, browser_page):
    page = open_report(browser_page, make_report(desk, "desk"))
    rows = page.locator("table.index tbody tr")
    assert [rows.nth(i).locator("td").first.inner_text() for i in range(rows.count())] == [
        "desk/budget.md", "desk/page.html", "desk/notes.txt", "desk/clean.md"]  # 2 errors first
    budget = page.locator('section[data-path="desk/budget.md"] .summary').inner_text()
    assert "words" in budget and "Reading grade" in budget and "2 errors" in budget
    assert "No findings" in page.locator('section[data-path="desk/clean.md"]').inner_text()
    rows.first.locator("a").click()
    assert page.evaluate("location.hash") == "#article-" + page.locator(
        'section[data-path="desk/budget.md"]').get_attribute("id").split("-")[1]


def test_the_report_reads_as_the_draft_and_prints(desk, browser_page, tmp_path):
    page = open_report(browser_page, make_report(desk, "desk"))
    budget = page.locator('section[data-path="desk/budget.md"] .text')
    assert budget.locator("h3").inner_text() == "# Council backs the brilliant bridge plan in Kiev"
    # A hard-wrapped paragraph reads as one paragraph; the list item keeps its own line.
    paragraph = budget.locator("p").nth(0).inner_text()
    assert "close and the mayor, who had campaigned" in paragraph
    # Front matter, now checked for its title, still reads as the YAML it is, not a paragraph.
    assert budget.locator(".raw-block").first.inner_text().startswith("---\ntitle: Bridge vote")
    assert page.locator('section[data-path="desk/page.html"] .text').inner_text().split() == [
        "Harbour", "news", "The", "brilliant", "captain", "sailed", "from", "Kiev", "on", "May", "2nd."]  # tags and scripts left out
    shot = tmp_path / "report.png"
    page.screenshot(path=str(shot), full_page=True)
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 20_000
    page.emulate_media(media="print")
    assert not page.locator(".toolbar").is_visible()
    assert page.eval_on_selector('mark[data-n="1"]', "m => getComputedStyle(m, '::after').content") == '"1"'
    assert page.requests == [page.url]  # self-contained: nothing else was ever loaded


HOSTILE = textwrap.dedent("""\
    # <script>window.pwned = "heading"</script>

    The brilliant <img src=x onerror="window.pwned = 'img'"> parade. </textarea></title></style>
    <svg onload="window.pwned = 'svg'"></svg> {{BODY}} {{SCRIPT_HASH}} ]]> <!-- and "quotes" & ampersands

    <iframe src="javascript:window.pwned = 'iframe'"></iframe><a href="javascript:alert(1)">Kiev</a>
    """)
HOSTILE_RULE = {
    "Bad": """
        extends: existence
        message: "<script>window.pwned = 'message'</script> '%s' <b onmouseover=alert(1)>x</b>"
        level: error
        category: typo
        description: <script>window.pwned = 'description'</script>
        rationale: "</li><script>window.pwned = 'rationale'</script>"
        link: "javascript:window.pwned = 'link'"
        tokens: [parade]
        """,
}


def test_a_hostile_draft_and_hostile_rules_show_as_text_and_run_nothing(tmp_path, browser_page):
    write_pack(tmp_path, HOSTILE_RULE, config="packs: [Test, Neutrality]\n")
    name = 'x<img src=y onerror="window.pwned=1">.md'
    (tmp_path / name).write_text(HOSTILE, encoding="utf-8")
    (tmp_path / "page.html").write_text(HOSTILE.replace("# ", "<h1>"), encoding="utf-8")
    page = open_report(browser_page, make_report(tmp_path, name, "page.html"))
    page.locator("mark.f").first.hover()
    for mark in page.locator("mark.f[tabindex='0']").all():
        mark.click()  # every popup opened once
    page.wait_for_timeout(200)
    assert page.evaluate("typeof window.pwned") == "undefined"
    assert page.dialogs == [] and page.script_errors == []
    shown = page.evaluate("name => [...document.querySelectorAll('section.article')]"
                          ".find(s => s.dataset.path === name).innerText", name)
    assert page.locator("h2", has_text=name).count() == page.locator("table.index a", has_text=name).count() == 1
    for literal in ('<script>window.pwned = "heading"</script>', "onerror=\"window.pwned = 'img'\"",
                    "</textarea></title></style>", "{{BODY}} {{SCRIPT_HASH}} ]]> <!--", '"quotes" & ampersands',
                    "<script>window.pwned = 'message'</script> 'parade'", "</li><script>window.pwned = 'rationale'"):
        assert literal in shown, literal
    assert page.locator("h1").inner_text() == f"Style report: 2 articles"
    assert page.locator("script").count() == 1  # the report's own
    assert page.locator("img, svg, iframe, [onerror], [onload], [onmouseover]").count() == 0
    assert page.locator('a[href^="javascript"]').count() == 0
    assert page.requests == [page.url]


def test_report_on_examples_and_bad_input(tmp_path):
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    report = make_report(tmp_path, os.path.join(root, "examples"))
    html = report.read_text(encoding="utf-8")
    assert "legendary" in html and "Kyiv" in html and "<link" not in html and " src=" not in html
    (tmp_path / "bad.md").write_bytes(b"caf\xe9 \xff\xfe")
    result = run(tmp_path, "report", "bad.md", os.path.join(root, "examples", "draft.md"), "-o", "r.html")
    assert result.returncode == 2
    assert any(line.startswith("stylelint: error: bad.md:") for line in result.stderr.splitlines())
    assert "Files that could not be read" in (tmp_path / "r.html").read_text(encoding="utf-8")
    missing = run(tmp_path, "report", "nowhere.md", "-o", "r.html")
    assert missing.returncode == 2 and missing.stderr.strip() == "stylelint: error: nowhere.md: no such file or folder"
    unwritable = run(tmp_path, "report", "bad.md", "-o", str(tmp_path / "no" / "dir" / "r.html"))
    assert unwritable.returncode == 2 and "cannot write the report" in unwritable.stderr
    assert "Traceback" not in unwritable.stderr
