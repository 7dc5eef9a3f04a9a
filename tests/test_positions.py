"""Exact positions (1-based line, column in code points) across markups, encodings and scripts;
what each markup skips; sentence splitting and quotation detection."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import found, lint
from stylelint.cli.decoding import decode
from stylelint.core import nlp

TERMS = """
extends: existence
message: "Avoid '%s'."
tokens: [Kiev, flagged, Київ, Türkiye, Արցախ, café, 東京]
"""


@pytest.fixture
def terms(make_pack):
    return make_pack({"Terms": TERMS})


def spans(alerts):
    return [(a.line, a.column, a.end_line, a.end_column, a.match) for a in alerts]


# --------------------------------------------------------------------------------------------
# line endings, BOM, tabs, Unicode
# --------------------------------------------------------------------------------------------

@pytest.mark.parametrize("path", ["x.md", "x.txt", "x.html"])
@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_line_endings_do_not_shift_positions(terms, path, newline):
    lines = ["<p>First line.</p>", "<p>The Kiev office.</p>", "", "<p>It was flagged.</p>"]
    if path != "x.html":
        lines = [line[3:-4] for line in lines]
    text = newline.join(lines) + newline
    col = 5 + (3 if path == "x.html" else 0)
    flagged = 8 + (3 if path == "x.html" else 0)
    assert spans(lint(terms, text, path)) == [
        (2, col, 2, col + 4, "Kiev"),
        (4, flagged, 4, flagged + 7, "flagged"),
    ]


@pytest.mark.parametrize("path", ["x.md", "x.txt"])
def test_utf8_bom_is_not_a_column(terms, path):
    data = "\ufeffKiev is first.\r\nThen flagged.\r\n".encode("utf-8")
    decoded = decode(data)
    assert decoded.bom == b"\xef\xbb\xbf"
    assert decoded.text.startswith("Kiev")
    assert found(lint(terms, decoded.text, path)) == [(1, 1, "Kiev"), (2, 6, "flagged")]


@pytest.mark.parametrize("path", ["x.md", "x.txt", "x.html"])
def test_bom_left_in_the_text_is_not_a_column_either(terms, path):
    text = "\ufeffKiev is first.\nThen flagged.\n"
    if path == "x.html":
        text = "\ufeff<p>Kiev is first.</p>\n<p>Then flagged.</p>\n"
    shift = 3 if path == "x.html" else 0
    assert found(lint(terms, text, path)) == [(1, 1 + shift, "Kiev"), (2, 6 + shift, "flagged")]


def test_front_matter_after_a_bom_is_still_front_matter(terms):
    # Its title is prose checked at its place; a key that is not prose stays skipped.
    text = "\ufeff---\ntitle: Kiev\nplace: Kiev\n---\n\nText about Kiev.\n"
    assert found(lint(terms, text)) == [(2, 8, "Kiev"), (6, 12, "Kiev")]


def test_utf16_bom_decodes(terms):
    decoded = decode("\ufeffSee Kiev.\n".encode("utf-16-le"))
    assert decoded.encoding == "utf-16-le"
    assert found(lint(terms, decoded.text)) == [(1, 5, "Kiev")]


def test_a_tab_counts_as_one_column(terms):
    assert found(lint(terms, "A\tKiev\tflagged.\n")) == [(1, 3, "Kiev"), (1, 8, "flagged")]


def test_non_ascii_columns_count_code_points(terms):
    text = "Le café de Kiev. Türkiye, Արցախ and Київ were flagged.\n"
    alerts = lint(terms, text, "x.txt")
    assert spans(alerts) == [
        (1, 4, 1, 8, "café"),
        (1, 12, 1, 16, "Kiev"),
        (1, 18, 1, 25, "Türkiye"),
        (1, 27, 1, 32, "Արցախ"),
        (1, 37, 1, 41, "Київ"),
        (1, 47, 1, 54, "flagged"),
    ]


def test_combining_characters_count_as_columns(terms):
    # "Cafe" + COMBINING ACUTE is 5 code points; "e" + COMBINING ACUTE twice is 4.
    text = "Cafe\u0301 e\u0301e\u0301 Kiev flagged.\n"
    assert found(lint(terms, text)) == [(1, 12, "Kiev"), (1, 17, "flagged")]


def test_wide_cjk_characters_are_one_column_each(terms):
    text = "東京 and Kiev were flagged.\n"
    assert spans(lint(terms, text, "x.txt")) == [
        (1, 1, 1, 3, "東京"), (1, 8, 1, 12, "Kiev"), (1, 18, 1, 25, "flagged")]


def test_cjk_token_needs_a_word_boundary(terms):
    # の is a word character, so \b東京\b does not match in 東京の.
    assert found(lint(terms, "東京の Kiev.\n")) == [(1, 5, "Kiev")]


# --------------------------------------------------------------------------------------------
# Markdown: what is skipped, what is linted, and with which scope
# --------------------------------------------------------------------------------------------

MD_SKIPPED = """---
title: Kiev news
tags: [Kiev]
---

Code `Kiev` span and [the Kiev link](https://kiev.example.com/Kiev) and https://example.org/Kiev path.
Also <https://kiev.example/Kiev> and [a ref][kiev-ref].
<!-- Kiev in a comment -->

```
Kiev in a fence
```

~~~text
Kiev in a tilde fence
~~~

    Kiev indented code

[kiev-ref]: https://example.com/Kiev "Kiev title"

Plain Kiev paragraph.
"""


def test_markdown_skips_code_urls_link_targets_comments_and_front_matter_that_is_not_prose(terms):
    # The front matter's title is prose (checked at its place); its tags list is not.
    assert found(lint(terms, MD_SKIPPED)) == [(2, 8, "Kiev"), (6, 27, "Kiev"), (22, 7, "Kiev")]


def test_markdown_html_comment_spanning_lines_is_skipped(terms):
    text = "Before.\n\n<!--\nKiev hidden\n-->\n\nAfter Kiev.\n"
    assert found(lint(terms, text)) == [(7, 7, "Kiev")]


MD_SCOPES = """Setext Kiev heading
===================

## Kiev heading

Some *Kiev* and **Kiev** text.

1. First Kiev
   continued Kiev
2. Second
   - nested Kiev

> quote Kiev
> > nested Kiev

| Kiev head | B |
|---|---|
| `Kiev` | Kiev cell |
"""


def _scope_rule(scope: str) -> dict:
    return {"Scoped": f"""
        extends: existence
        message: "%s"
        scope: '{scope}'
        tokens: [Kiev]
        """}


@pytest.mark.parametrize("scope, expected", [
    ("text", [(1, 8), (4, 4), (6, 7), (6, 19), (8, 10), (9, 14), (11, 13), (13, 9), (14, 12),
              (16, 3), (18, 12)]),
    ("heading", [(1, 8), (4, 4)]),
    ("heading.h1", [(1, 8)]),
    ("heading.h2", [(4, 4)]),
    ("list", [(8, 10), (9, 14), (11, 13)]),
    ("blockquote", [(13, 9), (14, 12)]),
    ("table", [(16, 3), (18, 12)]),
    ("table.header", [(16, 3)]),
    ("table.cell", [(18, 12)]),
    ("sentence", [(6, 7), (6, 19)]),
    ("paragraph", [(6, 7), (6, 19)]),
    ("~list & ~blockquote & ~table", [(1, 8), (4, 4), (6, 7), (6, 19)]),
])
def test_markdown_blocks_have_vale_scopes(make_pack, scope, expected):
    config = make_pack(_scope_rule(scope))
    assert [(a.line, a.column) for a in lint(config, MD_SCOPES)] == expected


def test_markdown_crlf_list_quote_and_table_positions(terms):
    text = ("# Title\r\n\r\n- one Kiev\r\n- two\r\n\r\n> Kiev quote\r\n\r\n"
            "| a | b |\r\n|---|---|\r\n| x | Kiev |\r\n")
    assert found(lint(terms, text)) == [(3, 7, "Kiev"), (6, 3, "Kiev"), (10, 7, "Kiev")]


def test_markdown_lone_cr_list_and_quote_positions(terms):
    text = "# Title\r\rA list:\r\r- one Kiev\r- two\r\r> Kiev quote\r"
    assert found(lint(terms, text)) == [(5, 7, "Kiev"), (8, 3, "Kiev")]


# --------------------------------------------------------------------------------------------
# HTML
# --------------------------------------------------------------------------------------------

HTML = """<html><head><title>Kiev title</title><style>.Kiev { color: red }</style></head>
<body>
<h2>Kiev heading</h2>
<p>First <b>Kiev</b> paragraph with <code>Kiev</code> code &amp; Kiev.</p>
<pre>Kiev preformatted</pre>
<script>var Kiev = 1;</script>
<ul><li>Kiev item</li></ul>
<blockquote>Kiev quoted</blockquote>
<!-- Kiev comment -->
<table><tr><th>Kiev th</th></tr><tr><td>Kiev td</td></tr></table>
<p><a href="https://kiev.example/Kiev">Kiev link</a></p>
</body></html>
"""


def test_html_skips_head_script_style_pre_code_comments_and_attributes(terms):
    assert found(lint(terms, HTML, "x.html")) == [
        (3, 5, "Kiev"), (4, 13, "Kiev"), (4, 66, "Kiev"), (7, 9, "Kiev"), (8, 13, "Kiev"),
        (10, 16, "Kiev"), (10, 41, "Kiev"), (11, 40, "Kiev"),
    ]


@pytest.mark.parametrize("scope, expected", [
    ("heading", [(3, 5)]),
    ("list", [(7, 9)]),
    ("blockquote", [(8, 13)]),
    ("table", [(10, 16), (10, 41)]),
    ("sentence", [(4, 13), (4, 66), (11, 40)]),
])
def test_html_blocks_have_vale_scopes(make_pack, scope, expected):
    config = make_pack(_scope_rule(scope))
    assert [(a.line, a.column) for a in lint(config, HTML, "x.html")] == expected


def test_html_multiline_paragraph_positions(terms):
    text = '<article>\n  <p>The <em>Kiev</em>\n  office was <a href="/x">flagged</a>.</p>\n</article>\n'
    assert found(lint(terms, text, "x.html")) == [(2, 14, "Kiev"), (3, 27, "flagged")]


# --------------------------------------------------------------------------------------------
# plain text
# --------------------------------------------------------------------------------------------

def test_plain_text_skips_urls_and_splits_paragraphs(make_pack):
    # Our rules skip URLs in plain text; a Vale style's rules read them, as Vale does.
    ours = make_pack({"Scoped": _scope_rule("paragraph")["Scoped"] + "category: naming\n"})
    vale = make_pack(_scope_rule("paragraph"))
    text = "Kiev first para.\nStill Kiev.\n\n  Second Kiev para. See https://x.org/Kiev here.\n"
    assert [(a.line, a.column) for a in lint(ours, text, "x.txt")] == [(1, 1), (2, 7), (4, 10)]
    assert [(a.line, a.column) for a in lint(vale, text, "x.txt")] == [(1, 1), (2, 7), (4, 10), (4, 39)]


def test_plain_text_has_no_headings(make_pack):
    config = make_pack(_scope_rule("heading"))
    assert lint(config, "# Kiev\n\nKiev text.\n", "x.txt") == []


# --------------------------------------------------------------------------------------------
# sentences and quotations (stylelint.nlp)
# --------------------------------------------------------------------------------------------

def sentences(text):
    return [text[s:e] for s, e in nlp.sentences(text, 0, len(text))]


def quotations(text):
    from stylelint.core.context import Context
    from stylelint.core.markup import parse
    analysis = Context(text, parse(text, "txt"), "txt").analysis
    return [text[q.start:q.end] for q in analysis.quotes]


@pytest.mark.parametrize("text, expected", [
    ("The vote is on Sept. 21 in the capital. It will be close.",
     ["The vote is on Sept. 21 in the capital.", "It will be close."]),
    ("The U.S. economy grew. Officials agreed.", ["The U.S. economy grew.", "Officials agreed."]),
    ("He moved to the U.S. The move was quick.", ["He moved to the U.S.", "The move was quick."]),
    ("Dr. Smith arrived at noon. She spoke first.", ["Dr. Smith arrived at noon.", "She spoke first."]),
    ("Mr. and Mrs. Jones left. They drove home.", ["Mr. and Mrs. Jones left.", "They drove home."]),
    ("Is it over? Yes! It is.", ["Is it over?", "Yes!", "It is."]),
    ('"We will win," he said. "It is certain."', ['"We will win," he said.', '"It is certain."']),
    ("It cost $5.50 on No. 5 Street. Prices rose.", ["It cost $5.50 on No. 5 Street.", "Prices rose."]),
    ("First paragraph without a stop\n\nSecond one", ["First paragraph without a stop", "Second one"]),
])
def test_sentence_splitting(text, expected):
    assert sentences(text) == expected


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_a_wrapped_sentence_stays_whole_with_every_line_ending(newline):
    # One line break inside a sentence is wrapping; a blank line ends the paragraph. A draft
    # saved on Windows ("\r\n") once had every wrapped line cut into a sentence of its own.
    text = newline.join(["The plan, which critics say is", "flawed, will go ahead. Work starts",
                         "in May.", "", "A second", "paragraph.", " ", "", "A third."])
    assert [" ".join(s.split()) for s in sentences(text)] == [
        "The plan, which critics say is flawed, will go ahead.", "Work starts in May.",
        "A second paragraph.", "A third."]


@pytest.mark.parametrize("newline", ["\r\n", "\r"])
def test_plain_text_paragraphs_and_long_sentences_do_not_depend_on_line_endings(newline):
    from stylelint import lint_text, load_rules
    words = ("The council said it would consider the matter again next week after members of the "
             "public raised concerns about the cost of the new bridge over the river and the effect "
             "it might have on traffic in the town centre during the long summer months ahead.").split()
    lines = [" ".join(words[i:i + 9]) for i in range(0, len(words), 9)]
    unix = "\n".join(lines) + "\n\nA short second paragraph.\n"
    other = unix.replace("\n", newline)
    rules = load_rules()
    expected = [(a.line, a.column, a.rule) for a in lint_text(unix, rules=rules, syntax="txt")]
    assert ("Readability.LongSentences" in {rule for _, _, rule in expected})
    assert [(a.line, a.column, a.rule) for a in lint_text(other, rules=rules, syntax="txt")] == expected


_PIECES = ["U.S.", "Dr.", "Sept.", "No.", "J.", "inc.", "a", "Zed", "x_1", "É", "1.5", ".", "..", "?", "!",
           "…", "?.", "'", '"', "”", ")", "]", " ", "  ", "\n", "-", "The", "it"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=40))
def test_the_word_before_a_stop_is_read_as_from_forty_characters_back(pieces):
    # `_is_boundary` searches for the word before a stop from the start of its run of word
    # characters and dots, not from 40 characters back: the sentences must be the same.
    text = "".join(pieces)
    fast = nlp.sentences(text, 0, len(text))
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(nlp, "_run_start", lambda prose, at, floor: floor)
        assert nlp.sentences(text, 0, len(text)) == fast


@pytest.mark.parametrize("text", ["x" * 50 + ". The end.", "a." * 30 + " The end.", "U.S" + "." * 45 + " The",
                                  "e_g. the end. " + "ab.cd" * 12 + ". It"])
def test_a_long_run_before_a_stop_is_read_within_forty_characters(text):
    fast = nlp.sentences(text, 0, len(text))
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(nlp, "_run_start", lambda prose, at, floor: floor)
        assert nlp.sentences(text, 0, len(text)) == fast


def test_sentence_spans_are_offsets_into_the_text():
    text = "  Dr. Smith spoke.   Then she left.  "
    spans = nlp.sentences(text, 0, len(text))
    assert spans == [(2, 18), (21, 35)]


@pytest.mark.parametrize("text, expected", [
    ('He said "we will rebuild the city" and left.', ['"we will rebuild the city"']),
    ("He said “we will rebuild the city” and left.", ["“we will rebuild the city”"]),
    ("She said ‘the plan is dead’ on Monday.", ["‘the plan is dead’"]),
    ("The “so-called” plan failed.", []),  # scare quotes are not speech
    ("The minister's plan isn't ready, officials' notes say.", []),  # apostrophes
    ('"The plan is dead. We will start again," she said. Then silence.',
     ['"The plan is dead. We will start again,"']),
    ('He said: "It is over. Nothing remains', ['"It is over. Nothing remains']),  # runs on
])
def test_quotation_detection(text, expected):
    assert quotations(text) == expected


@pytest.mark.parametrize("syntax", ["txt", "md", "html"])
@pytest.mark.parametrize("address", ["letters@eastfieldgazzete.co.uk", "eastfieldgazzete.com",
                                     "www.eastfieldgazzete.com/tram", "https://eastfieldgazzete.org",
                                     "news.desk+tips@eastfieldgazzete.example"])
def test_web_and_mail_addresses_are_not_spell_checked(syntax, address):
    import stylelint
    text = f"Readers can write to {address} with their views on the tram.\n"
    if syntax == "html":
        text = f"<p>{text}</p>\n"
    words = [a.match for a in stylelint.lint_text(text, rules=stylelint.load_rules(), path=f"x.{syntax}")
             if a.rule == "Typos.Spelling"]
    assert words == []
    # the same made-up word in prose is still checked
    prose = text.replace(address, "the eastfieldgazzete office")
    assert [a.match for a in stylelint.lint_text(prose, rules=stylelint.load_rules(), path=f"x.{syntax}")
            if a.rule == "Typos.Spelling"] == ["eastfieldgazzete"]
