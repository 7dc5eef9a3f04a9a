"""Fixes that never change meaning or markup (issues 11.1 and 16.1).

- Every fix has a safety class from its rule's YAML (`fix: safe | unsafe`, by default safe for
  typo, naming and style rules): `--fix` applies safe ones only, `--unsafe-fixes` the rest.
- A fix touches only the words it names: never what lies between a doubled word (an image, a
  link, emphasis, a tag, a form feed, NEL), never a gloss, never a quotation.
- `--fix` lists each change; the text output marks fixable findings; JSON carries the class.
- A property test over generated Markdown and HTML: the fixed file parses (with markdown-it and
  the standard library's HTML parser, not stylelint's reader) to the same markup structure.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
from html.parser import HTMLParser

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from conftest import write_pack
from stylelint import lint_text, load_rules


def run(cwd, *args):
    env = {**os.environ, "NO_COLOR": "1"}
    env.pop("GITHUB_ACTIONS", None)
    return subprocess.run([sys.executable, "-m", "stylelint", *args], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=120)


def fix(tmp_path, name, text, *flags):
    path = tmp_path / name
    path.write_bytes(text.encode("utf-8"))
    result = run(tmp_path, "check", "--fix", *flags, name)
    assert "Traceback" not in result.stderr, result.stderr
    return path.read_bytes().decode("utf-8"), result


# --- what lies between a doubled word stays (the issues' examples) -------------------------

BETWEEN = {
    "image tag": 'Photo of the <img src="photo.jpg"> the minister.\n',
    "link": "The report cited the [the](https://x.example/a) study.\n",
    "bold": "He said it was **the** the best.\n",
    "emphasis": "The *the* report.\n",
    "strikethrough": "It was the ~~the~~ plan.\n",
    "markdown image": "See the ![the](pic.png) map.\n",
    "span": 'It was the <span class="x">the</span> plan.\n',
    "anchor": 'Read the <a href="https://x.example">the</a> story.\n',
    "form feed": "It was the\x0cthe plan.\n",
    "next line": "It was the\x85the plan.\n",
    "two blank-free breaks": "It was the \x0b the plan.\n",
}


@pytest.mark.parametrize("name", sorted(BETWEEN))
def test_a_doubled_word_fix_never_deletes_what_lies_between(tmp_path, name):
    text = BETWEEN[name]
    after, result = fix(tmp_path, "a.md", text)
    assert after == text, f"{name}: --fix changed {text!r} into {after!r}"
    check = run(tmp_path, "check", "--format", "json", "a.md")
    repeated = [a for a in json.loads(check.stdout)["alerts"] if a["rule"] == "Typos.Repeated"]
    if repeated:  # still reported for a person to fix, without a fix
        assert all(a["fix"] is None for a in repeated)


def test_html_doubled_word_across_a_tag_is_left_alone(tmp_path):
    text = "<p>the <i>the</i> report</p>\n"
    after, _ = fix(tmp_path, "b.html", text)
    assert after == text


@pytest.mark.parametrize("text, fixed", [
    ("It was the the plan.\n", "It was the plan.\n"),
    ("The the plan was ready.\n", "The plan was ready.\n"),
    ("It was the\nthe plan.\n", "It was the plan.\n"),
    ("It was **the the** plan.\n", "It was **the** plan.\n"),
    ("<p>It was <b>the the</b> plan.</p>\n", "<p>It was <b>the</b> plan.</p>\n"),
])
def test_a_doubled_word_in_plain_words_is_fixed_and_listed(tmp_path, text, fixed):
    name = "a.html" if text.startswith("<") else "a.md"
    after, result = fix(tmp_path, name, text)
    assert after == fixed
    listed = [line for line in result.stderr.splitlines() if "Typos.Repeated" in line]
    assert len(listed) == 1 and listed[0].startswith(f"{name}:1:")
    assert listed[0].lower().endswith(" -> 'the'") and ": Typos.Repeated: 'the" in listed[0].replace("'The", "'the")


# --- safety classes --------------------------------------------------------------------------

UNSAFE = [
    # Neutrality.Presupposition is a grammar rule: it underlines and replaces the verb alone
    ("The chairman admitted that he had forged the invoices.", "said"),
    ("The senator revealed that the talks had stalled.", "said"),
    ("The minister claimed that the strike had failed.", "said"),
    ("The chairman insisted he had sold the shares in March.", "said"),
]


@pytest.mark.parametrize("sentence, replacement", UNSAFE)
def test_fixes_that_change_a_claim_need_unsafe_fixes(tmp_path, sentence, replacement):
    after, result = fix(tmp_path, "a.md", sentence + "\n")
    assert after == sentence + "\n", "--fix applied a fix that changes what the sentence claims"
    after, result = fix(tmp_path, "a.md", sentence + "\n", "--unsafe-fixes")
    assert replacement in after and after != sentence + "\n"
    assert "-> '" + replacement in result.stderr


def test_safe_fixes_still_apply_without_the_flag(tmp_path):
    after, result = fix(tmp_path, "a.md", "The goverment met in Kiev. Prices has went up.\n")
    assert after == "The government met in Kyiv. Prices has gone up.\n"
    lines = result.stderr.splitlines()
    assert "a.md:1:5: Typos.Misspellings: 'goverment' -> 'government'" in lines
    assert "a.md:1:22: Naming.Places: 'Kiev' -> 'Kyiv'" in lines


def test_a_rule_can_declare_its_class(tmp_path):
    write_pack(tmp_path, {"Tram": """
        extends: substitution
        message: "Use '%s'."
        category: typo
        fix: unsafe
        swap: {tramway: tram}
        """})
    after, _ = fix(tmp_path, "a.md", "The tramway runs.\n")
    assert after == "The tramway runs.\n"
    after, _ = fix(tmp_path, "a.md", "The tramway runs.\n", "--unsafe-fixes")
    assert after == "The tram runs.\n"


def test_an_unknown_class_is_a_rule_error(tmp_path):
    write_pack(tmp_path, {"Tram": """
        extends: substitution
        message: "Use '%s'."
        fix: maybe
        swap: {tramway: tram}
        """})
    (tmp_path / "a.md").write_text("The tramway runs.\n")
    result = run(tmp_path, "check", "a.md")
    assert result.returncode == 2
    assert "Tram.yml" in result.stderr and "fix must be safe or unsafe" in result.stderr
    assert "Traceback" not in result.stderr


def test_unsafe_fixes_alone_is_a_usage_error(tmp_path):
    (tmp_path / "a.md").write_text("Fine.\n")
    result = run(tmp_path, "check", "--unsafe-fixes", "a.md")
    assert result.returncode == 2 and "--unsafe-fixes" in result.stderr


def test_output_marks_fixable_findings_with_their_class(tmp_path):
    (tmp_path / "a.md").write_text("The minister claimed that the plan failed in Kiev.\n")
    text = run(tmp_path, "check", "a.md").stdout
    kiev = next(line for line in text.splitlines() if "Naming.Places" in line)
    claimed = next(line for line in text.splitlines() if "Neutrality.SaidSynonyms" in line)
    assert "[*] " in kiev and "[?] " in claimed
    assert "1 marked [*] can be fixed automatically with --fix" in text
    assert "1 marked [?] can be fixed with --unsafe-fixes" in text
    alerts = json.loads(run(tmp_path, "check", "--format", "json", "a.md").stdout)["alerts"]
    fixes = {a["rule"]: a["fix"] for a in alerts}
    assert fixes["Naming.Places"] == {"replacement": "Kyiv", "safety": "safe"}
    assert fixes["Neutrality.SaidSynonyms"] == {"replacement": "said", "safety": "unsafe"}


# --- glosses and quotations -------------------------------------------------------------------

GLOSSES = [
    "Artsakh, known internationally as Nagorno-Karabakh, voted on Sunday.",
    "Nagorno-Karabakh, which Armenians have long called Artsakh, voted on Sunday.",
    "Artsakh (the Armenian name for Nagorno-Karabakh) voted on Sunday.",
    "The region of Artsakh, or Nagorno-Karabakh to most maps, voted on Sunday.",
]


@pytest.mark.parametrize("sentence", GLOSSES)
@pytest.mark.parametrize("house", [None, "Artsakh"])
def test_a_fix_never_edits_a_gloss(tmp_path, sentence, house):
    if house:
        (tmp_path / ".stylelint.yaml").write_text(
            "packs: [Naming]\nrules:\n  Naming.Caucasus: {prefer: [%s]}\n" % house)
    for flags in ((), ("--unsafe-fixes",)):
        after, _ = fix(tmp_path, "a.md", sentence + "\n", *flags)
        assert after == sentence + "\n"


def test_a_lone_variant_outside_a_gloss_is_still_fixed(tmp_path):
    after, _ = fix(tmp_path, "a.md", "Artsakh voted on Sunday. Nagorno-Karabakh is calm.\n")
    assert after == "Nagorno-Karabakh voted on Sunday. Nagorno-Karabakh is calm.\n"


@pytest.mark.parametrize("text", [
    '"He claimed that the the deal was off," she said of Kiev.\n',
    "“The goverment has went too far,” the mayor said.\n",
])
def test_a_fix_never_edits_a_quotation(tmp_path, text):
    after, _ = fix(tmp_path, "a.md", text, "--unsafe-fixes")
    quoted = text.split(",", 1)[0] if text.startswith('"') else text.split("”")[0]
    assert after.startswith(quoted)


# --- property: the markup structure survives any fix ------------------------------------------

WORDS = ["the", "the the", "The the", "Kiev", "goverment", "has went", "admitted that",
         "claimed that", "September 21st", "5 percent", "report", "minister", "said", "Artsakh"]
SEPARATORS = [" ", " ", " ", "\n", "\x0c", "\x85", "\t"]


def _inline(draw, html: bool):
    words = " ".join(draw(st.lists(st.sampled_from(WORDS), min_size=1, max_size=4)))
    kind = draw(st.sampled_from(["plain", "plain", "em", "strong", "code", "link", "image",
                                 "strike", "span", "i"]))
    if html:
        return {"em": f"<em>{words}</em>", "strong": f"<strong>{words}</strong>",
                "code": f"<code>{words}</code>", "link": f'<a href="https://x.example/{len(words)}">{words}</a>',
                "image": f'<img src="p.jpg" alt="{words}">', "strike": f"<s>{words}</s>",
                "span": f'<span class="c">{words}</span>', "i": f"<i>{words}</i>"}.get(kind, words)
    return {"em": f"*{words}*", "strong": f"**{words}**", "code": f"`{words}`",
            "link": f"[{words}](https://x.example/a)", "image": f"![{words}](p.png)",
            "strike": f"~~{words}~~", "span": f"<span>{words}</span>", "i": f"<i>{words}</i>"
            }.get(kind, words)


@st.composite
def documents(draw, html: bool):
    blocks = []
    for _ in range(draw(st.integers(1, 4))):
        pieces = [_inline(draw, html) for _ in range(draw(st.integers(1, 5)))]
        seps = [draw(st.sampled_from(SEPARATORS)) for _ in pieces]
        body = "".join(p + s for p, s in zip(pieces, seps)).rstrip() + "."
        if html:
            tag = draw(st.sampled_from(["p", "p", "h2", "li", "blockquote"]))
            blocks.append(f"<{tag}>{body}</{tag}>" if tag != "li" else f"<ul><li>{body}</li></ul>")
        else:
            prefix = draw(st.sampled_from(["", "", "## ", "- ", "> ", "1. "]))
            blocks.append(prefix + body)
    return "\n\n".join(blocks) + "\n"


def _markdown_structure(text):
    """markdown-it's token tree without the words: types, tags, nesting, markup, link targets."""
    parser = MarkdownIt("commonmark").enable(["strikethrough"])

    def shape(tokens):
        return [(t.type, t.tag, t.nesting, t.markup, tuple(sorted((t.attrs or {}).items()))
                 if t.type != "image" else t.attrGet("src"),
                 shape(t.children or []) if t.type != "image" else None,
                 t.content if t.type in ("code_inline", "html_inline", "html_block", "fence") else "")
                for t in tokens if t.type != "text" and t.type != "softbreak"]

    return shape(parser.parse(text))


class _Tags(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=False)
        self.tags = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(("start", tag, tuple(attrs)))

    def handle_endtag(self, tag):
        self.tags.append(("end", tag))

    def handle_data(self, data):
        if self.tags and self.tags[-1][0] == "start" and self.tags[-1][1] == "code":
            self.tags.append(("code", data))


def _html_structure(text):
    reader = _Tags()
    reader.feed(text)
    reader.close()
    return reader.tags


@pytest.fixture(scope="module")
def fixer_for():
    from stylelint.cli.fixer import fix_text
    from stylelint.cli.structure import structure

    rules = load_rules()

    def run_fix(text, syntax):
        return fix_text(text, lambda t: lint_text(t, rules=rules, syntax=syntax), True,
                        lambda t: structure(t, syntax))
    return run_fix


PROPERTY = settings(max_examples=150, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])


@PROPERTY
@given(documents(html=False))
def test_property_fixed_markdown_keeps_its_markup(fixer_for, text):
    fixed, changes = fixer_for(text, "md")
    assert _markdown_structure(fixed) == _markdown_structure(text), (text, fixed)
    for sep in ("\x0c", "\x85", "\t"):
        assert fixed.count(sep) == text.count(sep), (text, fixed)


@PROPERTY
@given(documents(html=True))
def test_property_fixed_html_keeps_its_markup(fixer_for, text):
    fixed, changes = fixer_for(text, "html")
    assert _html_structure(fixed) == _html_structure(text), (text, fixed)
    for sep in ("\x0c", "\x85", "\t"):
        assert fixed.count(sep) == text.count(sep), (text, fixed)


def test_property_generator_produces_fixable_documents(fixer_for):
    """The generated drafts do get fixed (the properties above are not vacuous)."""
    text = "- It was the the plan in Kiev.\n\n**the** the *goverment*.\n"
    fixed, changes = fixer_for(text, "md")
    assert fixed == "- It was the plan in Kyiv.\n\n**the** the *government*.\n"
    assert len(changes) == 3
