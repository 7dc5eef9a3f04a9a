"""Property tests (issue 5: never crash, never hang, never lose a word).

Random Unicode, random Markdown and HTML structures, very long lines, deep nesting, unbalanced
quotation marks, mixed line endings and control characters go through the whole pipeline,
`lint_text`, with every built-in rule enabled (and, separately, with one rule of every type).
For every input:

- no exception escapes;
- every alert's line and column (start and end) are inside the document and agree with its
  character offsets, counted here character by character (independently of `Document`);
- `text[alert.start:alert.end] == alert.match`;
- the result is deterministic (the same alerts twice, also for an equal but distinct string);
- `markup.parse(text, syntax).prose` is exactly as long as the text and keeps every line break
  character (CR and LF) at the same offsets, and nowhere else.
"""
from __future__ import annotations

import functools
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from conftest import write_pack
from stylelint import lint_text, load_rules
from stylelint.core.markup import parse, syntax_for

SETTINGS = dict(deadline=None, print_blob=True,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                       HealthCheck.large_base_example, HealthCheck.filter_too_much,
                                       HealthCheck.function_scoped_fixture])
PATHS = ["x.md", "x.html", "x.txt"]
NEWLINES = ["\n", "\r\n", "\r"]


@functools.lru_cache(maxsize=1)
def builtin():
    """Every built-in rule, as with no configuration at all."""
    rules = load_rules()
    ids = {rule.id for rule, _ in rules.for_path(None)}
    assert ids == set(rules.config.registry), "every built-in rule runs by default"
    return rules


# One rule of every type stylelint supports, so the properties cover every checker.
EVERY_TYPE = {
    "Marker": r"""
        extends: existence
        message: "Marker '%s'."
        tokens: [Kiev]
        """,
    "Exist": r"""
        extends: existence
        message: "Avoid '%s'."
        ignorecase: true
        tokens: [very, regimes?, so-called, 'e\.g\.', café]
        exceptions: [very well]
        """,
    "Raw": r"""
        extends: existence
        message: "Raw '%s'."
        scope: raw
        raw: ['\d+\s?percent', '\s{3,}']
        """,
    "Swap": r"""
        extends: substitution
        message: "Use '%s' instead of '%s'."
        ignorecase: true
        action:
          name: replace
        swap:
          Kiev: Kyiv
          utilise: use
          '(\d+) percent': $1%
          'e-?mail': email|e-mail
        """,
    "Commas": r"""
        extends: occurrence
        message: "%d commas."
        scope: sentence
        max: 3
        token: ','
        """,
    "Headings": r"""
        extends: occurrence
        message: "Only %s headings."
        scope: raw
        min: 2
        token: '(?m)^#'
        """,
    "Repeat": r"""
        extends: repetition
        message: "'%s' is repeated."
        alpha: true
        ignorecase: true
        tokens: ['[^\s.!?]+']
        """,
    "Either": r"""
        extends: consistency
        message: "Inconsistent spelling of '%s'."
        ignorecase: true
        either:
          advisor: adviser
          organize: organise
        """,
    "Acronym": r"""
        extends: conditional
        message: "'%s' has no definition."
        first: '\b([A-Z]{3,5})\b'
        second: '(?:\b[A-Z][a-z]+ )+\(([A-Z]{3,5})\)'
        exceptions: [NATO, USA]
        """,
    "Title": r"""
        extends: capitalization
        message: "'%s' should be in title case."
        scope: heading
        match: $title
        """,
    "Sentence": r"""
        extends: capitalization
        message: "'%s' should be in sentence case."
        scope: heading.h2
        match: $sentence
        """,
    "Grade": r"""
        extends: metric
        message: "Grade %s."
        formula: (0.39 * (words / sentences)) + (11.8 * (syllables / words)) - 15.59
        condition: "> 1"
        """,
    "Legacy": r"""
        extends: readability
        message: "Grade %s."
        metrics: [Flesch-Kincaid, Gunning Fog, Coleman-Liau, SMOG, Automated Readability]
        grade: 2
        """,
    "Spell": r"""
        extends: spelling
        message: "Did you really mean '%s'?"
        skip_names: true
        """,
    "Names": r"""
        extends: naming
        message: "Use '%s' instead of '%s'. %s"
        scope: ~quote
        groups:
          - forms: [Kyiv, Kiev]
            exceptions: [chicken Kiev]
          - forms: [Myanmar, Burma]
          - forms: [advisor, adviser]
            mode: consistent
        """,
    "Claims": r"""
        extends: attribution
        message: "Who says so? %s"
        window: 1
        triggers:
          - name: vague crowd
            patterns: ['(?:some|many) (?:experts|critics|people) (?:say|believe)', 'it is (?:said|believed)']
          - name: statistic
            patterns: ['\d+ (?:percent|per cent)']
        attributions: ['\bsaid\b', '\baccording to\b', '\btold\b']
        """,
}


@functools.lru_cache(maxsize=1)
def every_type():
    root = Path(tempfile.mkdtemp(prefix="stylelint-every-type-"))
    rules = load_rules(config=write_pack(root, EVERY_TYPE, pack="Every"))
    assert len(rules.for_path(None)) == len(EVERY_TYPE)
    return rules


# --------------------------------------------------------------------------------------------
# the invariants
# --------------------------------------------------------------------------------------------

def _lines(text: str) -> list[str]:
    """The lines of a text, each with its line break (LF, CRLF or a lone CR), walked by hand."""
    lines, current, i = [], "", 0
    while i < len(text):
        current += text[i]
        if text[i] == "\r" and text[i + 1:i + 2] == "\n":
            current += "\n"
            i += 1
        if text[i] in "\r\n":
            lines.append(current)
            current = ""
        i += 1
    return lines + [current]


def _position(text: str, lines: list[str], offset: int) -> tuple[int, int]:
    """1-based line and column of an offset: the line that holds it, and the characters before
    it on that line plus one (a BOM at the very start is not a column)."""
    seen = 0
    for number, line in enumerate(lines, 1):
        if offset < seen + len(line) or number == len(lines):
            column = offset - seen + 1
            if number == 1 and text.startswith("\ufeff") and offset > 0:
                column -= 1
            return number, column
        seen += len(line)
    raise AssertionError("unreachable")


def check_invariants(rules, text: str, path: str) -> list:
    alerts = lint_text(text, rules=rules, path=path)
    lines = _lines(text)
    for a in alerts:
        where = f"{a.rule} {a.start}:{a.end} {a.match!r} in {text!r:.300}"
        assert 0 <= a.start <= a.end <= len(text), where
        assert text[a.start:a.end] == a.match, where
        assert 1 <= a.line <= a.end_line <= len(lines), where
        assert 1 <= a.column <= len(lines[a.line - 1]) + 1, where
        assert 1 <= a.end_column <= len(lines[a.end_line - 1]) + 1, where
        assert (a.line, a.column) == _position(text, lines, a.start), where
        assert (a.end_line, a.end_column) == _position(text, lines, a.end), where
        assert a.severity in ("suggestion", "warning", "error"), where
        assert isinstance(a.message, str) and "\n" not in a.message, where
    assert [(a.start, a.end) for a in alerts] == sorted((a.start, a.end) for a in alerts)
    # The same text again, as an equal but distinct string object (caches must not key on
    # identity): the same alerts, in the same order.
    copy = "".join(list(text))
    assert lint_text(copy, rules=rules, path=path) == alerts, "not deterministic"
    return alerts


def check_prose(text: str, syntax: str) -> None:
    prose = parse(text, syntax).prose
    assert len(prose) == len(text), syntax
    breaks = [i for i, c in enumerate(text) if c in "\r\n"]
    assert [i for i, c in enumerate(prose) if c in "\r\n"] == breaks, (syntax, prose)
    assert all(prose[i] == text[i] for i in breaks), (syntax, prose)


def check_all(text: str) -> None:
    for path in PATHS:
        check_prose(text, syntax_for(path))
        check_invariants(builtin(), text, path)
        check_invariants(every_type(), text, path)


def test_configs_load():
    assert len(builtin().for_path(None)) >= 9
    assert len(every_type().for_path(None)) == len(EVERY_TYPE)


# --------------------------------------------------------------------------------------------
# strategies
# --------------------------------------------------------------------------------------------

CONTROL = "".join(chr(c) for c in range(0, 32)) + "\x7f\x85\u2028\u2029\ufeff\u200b\u200d\u202e\x1a"
unicode_text = st.text(st.characters(blacklist_categories=("Cs",)), max_size=300)
control_text = st.text(st.sampled_from(CONTROL + "ab \"'“”‘’.\n\r"), max_size=200)

# Words that trigger built-in rules, quotation marks, and odd characters.
WORDS = [
    "the", "the", "council", "said", "Kiev", "Kyiv", "legendary", "goverment", "recieve",
    "September", "21st", "percent", "61", "some", "experts", "say", "reportedly", "regime",
    "so-called", "very", "utilise", "advisor", "adviser", "NATO", "OSCE", "Burma", "chicken",
    "e.g.", "U.S.", "Dr.", "Sept.", "café", "Київ", "東京", "Rene\u0301", "ﬁne", "İstanbul",
    "ß", "\"", "“", "”", "'", "‘", "’", "«", "»", "(", ")", "[", "]", "*", "_", "`", "~", "#",
    "&amp;", "&#x27;", "<b>", "</b>", "<br/>", "&", "<", ">", "|", "\\", "-", "—", "...", ".",
    ",", ";", ":", "!", "?", "%", "$1", "{", "}", "http://example.org/a_b", "www.x.org",
    "a@b.c", "<!--", "-->", "\t", "\x1a", "\x00", "\u200b", "\ufeff",
]
word = st.one_of(st.sampled_from(WORDS), st.text(st.characters(blacklist_categories=("Cs",)),
                                                  min_size=1, max_size=8))
sentence = st.lists(word, min_size=1, max_size=14).map(" ".join)
newline = st.sampled_from(NEWLINES)

DIRECTIVES = [
    "<!-- stylelint-disable -->", "<!-- stylelint-enable -->", "<!-- stylelint-disable-file -->",
    "<!-- stylelint-disable Typos.Repeated, Naming -- reason -->",
    "<!-- stylelint-disable-next-line Typos.Spelling -->", "<!-- stylelint-disable-line -->",
    "<!-- stylelint-enable Typos -->", "<!-- vale off -->", "<!-- vale on -->",
    "<!-- vale Typos.Spelling = NO -->", "<!-- vale Typos.Spelling = YES -->",
    '<!-- vale Naming.Places["Kiev"] = NO -->', '<!-- vale Naming.Places["Kiev"] = YES -->',
    "<!-- vale Naming.Places[Kiev] = NO -->", '<!-- vale Naming.Places[["x"]] = NO -->',
    '<!-- vale A.B[{"a": 1}] = NO -->', "<!-- stylelint-disable-next-line -->",
    "<!-- unterminated comment", "<!---->", "<!-- -- -->",
]


def inline(draw) -> str:
    """A line of prose with inline Markdown/HTML syntax mixed in."""
    pieces = []
    for _ in range(draw(st.integers(1, 6))):
        kind = draw(st.integers(0, 11))
        text = draw(sentence)
        pieces.append([
            text,
            f"`{text}`",
            f"``{text}``",
            f"[{text}](http://example.org/{draw(st.sampled_from(['a', 'a b', '(x)', '']))})",
            f"[{text}][ref]",
            f"*{text}*",
            f"**{text}**",
            f"_{text}_",
            f"<span class=\"x\">{text}</span>",
            draw(st.sampled_from(DIRECTIVES)),
            f"\"{text}",  # an unbalanced quotation
            f"<https://example.org/{text[:5]}>",
        ][kind])
    return " ".join(pieces)


@st.composite
def markdown(draw) -> str:
    blocks = []
    if draw(st.booleans()):
        blocks.append(draw(st.sampled_from([
            "---\ntitle: \"A Kiev story\"\ndate: 2015-01-01\n---",
            "---\ndate: '2024'\n---", "---\nunclosed: front matter", "+++\ntoml = 1\n+++",
            "\ufeff---\ndate: 2001\n---",
        ])))
    for _ in range(draw(st.integers(1, 8))):
        kind = draw(st.integers(0, 13))
        if kind == 0:
            blocks.append("#" * draw(st.integers(1, 7)) + " " + inline(draw)
                          + draw(st.sampled_from(["", " ##", " #"])))
        elif kind == 1:
            depth = draw(st.integers(1, 6))
            items = []
            for level in range(depth):
                marker = draw(st.sampled_from(["-", "*", "+", "1.", "2)"]))
                items.append("  " * level * 2 + f"{marker} " + inline(draw))
            blocks.append("\n".join(items))
        elif kind == 2:
            depth = draw(st.integers(1, 6))
            lines = [">" * draw(st.integers(1, depth)) + " " + inline(draw)
                     for _ in range(draw(st.integers(1, 4)))]
            blocks.append("\n".join(lines))
        elif kind == 3:
            fence = draw(st.sampled_from(["```", "~~~", "````"]))
            close = draw(st.sampled_from([fence, "", "```"]))
            blocks.append(f"{fence}{draw(st.sampled_from(['', 'python', 'md']))}\n"
                          f"{draw(sentence)}\n{draw(sentence)}\n{close}")
        elif kind == 4:
            cols = draw(st.integers(1, 4))
            header = "| " + " | ".join(draw(sentence).replace("|", "") for _ in range(cols)) + " |"
            rule = "|" + "|".join(draw(st.sampled_from(["---", ":--", "--:", ":-:"]))
                                  for _ in range(cols)) + "|"
            rows = ["| " + " | ".join(draw(sentence) for _ in range(draw(st.integers(0, cols + 1))))
                    + draw(st.sampled_from([" |", ""])) for _ in range(draw(st.integers(0, 3)))]
            blocks.append("\n".join([header, rule, *rows]))
        elif kind == 5:
            blocks.append(draw(st.sampled_from(DIRECTIVES)))
        elif kind == 6:
            blocks.append(f"<div>\n{inline(draw)}\n</div>")
        elif kind == 7:
            blocks.append(f"{inline(draw)}\n{draw(st.sampled_from(['===', '---', '-', '= =']))}")
        elif kind == 8:
            blocks.append("    " + draw(sentence))  # indented code
        elif kind == 9:
            blocks.append("[ref]: http://example.org/ \"Title\"\n[^1]: A footnote " + draw(sentence))
        elif kind == 10:
            blocks.append(draw(st.sampled_from(["***", "---", "___", "* * *"])))
        elif kind == 11:
            # a list item holding a quote holding a fence
            blocks.append(f"- {draw(sentence)}\n\n  > {draw(sentence)}\n  > ```\n  > {draw(sentence)}\n  > ```")
        else:
            blocks.append(inline(draw) + draw(st.sampled_from(["", "  ", "\\"])) + "\n" + inline(draw))
    separator = draw(st.sampled_from(["\n\n", "\n", "\r\n\r\n", "\r\r", "\n\r\n", "\n \n"]))
    text = separator.join(blocks)
    nl = draw(newline)
    if nl != "\n":
        text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\n", nl)
    if draw(st.booleans()):
        text += nl
    return text


TAGS = ["p", "div", "span", "b", "i", "em", "a", "li", "ul", "ol", "blockquote", "h1", "h2", "h6",
        "table", "tr", "td", "th", "pre", "code", "script", "style", "textarea", "svg", "br", "hr",
        "img", "q", "figure", "figcaption", "caption", "head", "body", "html", "noscript", "P"]


@st.composite
def html(draw) -> str:
    out = []
    if draw(st.booleans()):
        out.append(draw(st.sampled_from(["<!DOCTYPE html>", "<?xml version='1.0'?>", "<![CDATA[x]]>"])))
    stack = []
    for _ in range(draw(st.integers(1, 25))):
        kind = draw(st.integers(0, 9))
        if kind in (0, 1):
            tag = draw(st.sampled_from(TAGS))
            attrs = draw(st.sampled_from(["", ' class="x"', " href='http://x.org/?a=1&b=2'",
                                          ' title="a > b"', " data-x=unquoted", ' alt="Kiev"', " disabled",
                                          ' x="unclosed']))
            out.append(f"<{tag}{attrs}>")
            stack.append(tag)
        elif kind == 2 and stack:
            out.append(f"</{stack.pop()}>")
        elif kind == 3:
            out.append(f"</{draw(st.sampled_from(TAGS))}>")  # stray end tag
        elif kind == 4:
            out.append(draw(st.sampled_from(["&amp;", "&nbsp;", "&#8217;", "&#x201C;", "&bogus;", "&", "&#;",
                                             "&#99999999;", "<", ">", "</", "<!", "<!-", "<?", "<a <b>"])))
        elif kind == 5:
            out.append(draw(st.sampled_from(DIRECTIVES)))
        elif kind == 6:
            out.append(draw(newline))
        else:
            out.append(draw(sentence))
    if draw(st.booleans()):
        while stack:
            out.append(f"</{stack.pop()}>")
    return draw(st.sampled_from(["", " ", "\n"])).join(out)


def mixed_newlines(draw_text):
    return st.tuples(st.lists(draw_text, min_size=1, max_size=8),
                     st.lists(newline, min_size=8, max_size=8)).map(
        lambda pair: "".join(t + pair[1][i] for i, t in enumerate(pair[0])))


# --------------------------------------------------------------------------------------------
# the properties
# --------------------------------------------------------------------------------------------

@settings(max_examples=60, **SETTINGS)
@given(text=unicode_text)
@example(text="")
@example(text="\ufeff")
@example(text="\r")
@example(text="\r\n\r\n\n\r")
@example(text="\x1a\x1a Kiev \x1a")
@example(text="\ufeffKiev the the goverment.\r\n")
@example(text="İİİ ǅ ﬃ ß ẞ the THE the")  # characters whose case mapping changes length
def test_random_unicode(text):
    check_all(text)


@settings(max_examples=40, **SETTINGS)
@given(text=control_text)
@example(text='"\'“”‘’"\'"')
@example(text="\x00\x01\x02\x1b[31mKiev\x1b[0m\x7f")
@example(text="a\x0bb\x0cc\x1cd\x1de\x1ef\x85g\u2028h\u2029i")
def test_control_characters_and_quotes(text):
    check_all(text)


@settings(max_examples=60, **SETTINGS)
@given(text=markdown())
@example(text="<!-- vale Naming.Places[[\"x\"]] = NO -->\n\nThe Kiev office.\n")
@example(text="<!-- vale A.B[{\"a\": 1}] = NO -->\n\nThe the Kiev office.\n")
@example(text="- a\n  - b\n    - c\n\n> > > The Kiev office\n>\n> the the\n")
@example(text="```\nKiev\n")
@example(text="| a | b |\n|---|---|\n| Kiev | the the |\n| x |\n")
@example(text="---\ndate: 2001\n---\n# Kiev\n\nThe Kiev office.\r\n")
@example(text="Setext Kiev\n===\n\nText\r\n---\r\n")
def test_random_markdown(text):
    check_all(text)


@settings(max_examples=50, **SETTINGS)
@given(text=html())
@example(text="<p>The Kiev office</p><script>the the Kiev</script><p>x</p>")
@example(text="<pre><p>Kiev</pre></p><p>Kiev</p>")
@example(text="<p>Kiev &amp; the the</p><!-- vale off --><p>Kiev</p><!-- vale on -->")
@example(text="<p title=\"a\nb\">Kiev\r\nthe the</p>\r<p>x</p>")
@example(text="<p>unterminated <!-- comment Kiev")
@example(text="<![CDATA[Kiev]]><p>Kiev</p>")
def test_random_html(text):
    check_all(text)


@settings(max_examples=25, **SETTINGS)
@given(pieces=mixed_newlines(sentence))
def test_mixed_line_endings(pieces):
    check_all(pieces)


@settings(max_examples=5, **SETTINGS)
@given(chunk=sentence, repeat=st.integers(200, 1500), nl=st.sampled_from(["", "\n", "\r\n"]))
# (thousands of findings in one long sentence: each was normalised the whole sentence again, and a
# run near the regex timeout came out different the second time)
@example(chunk="the the the", repeat=1148, nl="")
def test_very_long_lines(chunk, repeat, nl):
    text = (chunk + " ") * repeat + nl + "The Kiev office." + nl
    check_all(text)


@settings(max_examples=8, **SETTINGS)
@given(depth=st.integers(20, 150), kind=st.sampled_from(["list", "quote", "mixed", "ordered", "html"]),
       words=sentence)
@example(depth=150, kind="quote", words="The Kiev office")
@example(depth=150, kind="list", words="The Kiev office")
@example(depth=800, kind="html", words="The Kiev office")
@example(depth=2000, kind="mixed", words="The Kiev office")
def test_deep_nesting(depth, kind, words):
    if kind == "list":
        text = "\n".join("  " * i + f"- {words} {i}" for i in range(depth))
    elif kind == "ordered":
        text = "\n".join("   " * i + f"1. {words} {i}" for i in range(depth))
    elif kind == "quote":
        text = "\n".join(">" * i + f" {words} {i}" for i in range(1, depth + 1))
    elif kind == "mixed":
        text = "".join(("> " if i % 2 else "- ") for i in range(depth)) + words + "\n"
    else:
        text = "".join(f"<div><blockquote><p>{words}" for _ in range(depth)) + "</p>" * depth
    check_all(text + "\n\nThe the Kiev office.\n")


@settings(max_examples=20, **SETTINGS)
@given(quotes=st.lists(st.sampled_from(["\"", "“", "”", "'", "‘", "’", "«", "»", "„"]), min_size=1,
                       max_size=12), words=st.lists(sentence, min_size=1, max_size=12))
def test_unbalanced_quotation_marks(quotes, words):
    text = ""
    for i, w in enumerate(words):
        text += w + " " + quotes[i % len(quotes)]
    check_all(text + " The Kiev office was legendary, some experts say.\n")


# --------------------------------------------------------------------------------------------
# never lose a word: a flagged word in ordinary prose is found whatever surrounds it
# --------------------------------------------------------------------------------------------

SAFE_WORDS = ["the", "council", "met", "on", "Monday", "AT&T", "Q&A", "&", "&amp;", "&amp", "&#39;",
              "&#39", "&nbsp;", "&T", "R&D", "<b>", "</b>", "<i>", "</i>", "<br>", "<br/>", "*", "**",
              "_", "[", "]", "-", "—", ",", ";", ":", "(", ")", "%", "$", "café", "Київ", "東京",
              "50", "a < b", "c > d", "x&y", "&lt;", "&gt", "&#x201C;"]
safe_sentence = st.lists(st.sampled_from(SAFE_WORDS), min_size=0, max_size=10).map(" ".join)


def markers(text: str, path: str) -> list[int]:
    return [a.start for a in lint_text(text, rules=every_type(), path=path) if a.rule == "Every.Marker"]


@settings(max_examples=80, **SETTINGS)
@given(before=safe_sentence, after=safe_sentence, path=st.sampled_from(PATHS),
       nl=st.sampled_from(["", "\n", "\r\n", "\r"]))
@example(before="The AT&T", after="office opened.", path="x.html", nl="")
@example(before="Q&A", after="", path="x.html", nl="")
@example(before="&amp", after="&#39", path="x.html", nl="\n")
def test_a_flagged_word_is_never_lost(before, after, path, nl):
    body = f"{before}{nl} Kiev {nl}{after}"
    text = f"<p>{body}</p>\n" if path == "x.html" else body + "\n"
    where = text.index(" Kiev ") + 1
    assert markers(text, path) == [where], text


@pytest.mark.parametrize("kind", ["list", "quote", "ordered", "quote-list"])
@pytest.mark.parametrize("depth", [12, 30])
def test_no_word_is_lost_in_deeply_nested_markdown(kind, depth):
    if kind == "list":
        lines = ["  " * i + f"- Office {i} in Kiev." for i in range(depth)]
    elif kind == "ordered":
        lines = ["   " * i + f"1. Office {i} in Kiev." for i in range(depth)]
    elif kind == "quote":
        lines = [">" * i + f" Office {i} in Kiev." for i in range(1, depth + 1)]
    else:
        lines = ["> " * i + "- " + f"Office {i} in Kiev." for i in range(1, depth + 1)]
    text = "\n".join(lines) + "\n"
    found = markers(text, "x.md")
    assert len(found) == depth, f"{depth - len(found)} of {depth} nested lines were not checked"
