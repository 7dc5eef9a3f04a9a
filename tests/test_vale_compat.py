"""Vale configurations and styles load as Vale loads them: a rule Vale would ignore (an id no
loaded style has, a type stylelint cannot run) is skipped, and what would have run is named on
stderr; `.stylelint.yaml` stays strict."""
from __future__ import annotations

import textwrap
from pathlib import Path

import pytest
from click.testing import CliRunner

from stylelint import ConfigError, lint_text, load_rules
from stylelint.cli.command import main
from conftest import found, lint

WORDY = """\
extends: existence
message: "Say '%s' more simply."
level: warning
tokens: [utilise, commence]
"""
SEQUENCE = """\
extends: sequence
message: "'%[1]s' here reads as a verb."
tokens:
  - tag: NN
  - pattern: meet
"""
SCRIPT = """\
extends: script
message: "Links are checked elsewhere."
script: |
  matches := []
"""


def vale_project(root: Path, ini: str) -> Path:
    style = root / "styles" / "Desk"
    style.mkdir(parents=True)
    (style / "Wordy.yml").write_text(WORDY, encoding="utf-8")
    (style / "Meetup.yml").write_text(SEQUENCE, encoding="utf-8")
    (style / "Links.yml").write_text(SCRIPT, encoding="utf-8")
    ini_path = root / ".vale.ini"
    ini_path.write_text(textwrap.dedent(ini), encoding="utf-8")
    return ini_path


def run_check(root: Path, text: str):
    (root / "story.md").write_text(text, encoding="utf-8")
    return CliRunner().invoke(main, ["check", "--format", "line", str(root / "story.md")])


def test_a_style_with_rules_stylelint_cannot_run_loads_the_rest(tmp_path):
    ini = vale_project(tmp_path, "StylesPath = styles\n[*]\nBasedOnStyles = Desk\n")
    rules = load_rules(config=ini)
    found = [a.match for a in lint_text("We will commence at noon and utilise the hall.\n", rules=rules)]
    assert found == ["commence", "utilise"]
    with pytest.raises(KeyError):
        rules.rule("Desk.Meetup")


def test_the_skipped_rules_that_would_run_are_named_in_one_line_on_stderr(tmp_path):
    vale_project(tmp_path, "StylesPath = styles\n[*]\nBasedOnStyles = Desk\nDesk.Links = NO\n"
                           "Desk.Gone = YES\n")
    result = run_check(tmp_path, "They commence today.\n")
    assert result.exit_code == 0  # Desk.Wordy is a warning; the run is not refused
    assert "story.md:1:6:Desk.Wordy:" in result.stdout
    warnings = [ln for ln in result.stderr.splitlines() if "skipped" in ln]
    # Desk.Links is turned off, so skipping it loses nothing and is not mentioned; nor is the
    # sequence rule Desk.Meetup, which needs the word "meet" that this draft does not have.
    assert len(warnings) == 1 and "Desk.Gone" in warnings[0] and "no such rule" in warnings[0]
    assert "Desk.Links" not in warnings[0] and "Meetup" not in result.stderr


@pytest.mark.parametrize("text, might", [
    ("The team will meet the mayor.\n", True),
    ("MEET THE CANDIDATES\n", True),  # Vale's tokens are matched whatever the case
    ("A meeting is set for noon.\n", True),  # could be a false "might": never a missed one
    ("The team will see the mayor.\n", False),
    ("The mayor's aide met them.\n", False),
])
def test_a_sequence_rule_is_named_only_for_drafts_that_have_its_words(tmp_path, text, might):
    vale_project(tmp_path, "StylesPath = styles\n[*]\nBasedOnStyles = Desk\nDesk.Links = NO\n")
    result = run_check(tmp_path, text)
    assert result.exit_code == 0, result.stderr
    said = [ln for ln in result.stderr.splitlines() if "Desk.Meetup" in ln]
    if might:
        assert len(said) == 1 and "sequence" in said[0] and said[0].endswith(f"might apply in {tmp_path / 'story.md'}")
    else:
        assert said == []


def test_a_sequence_rule_turned_off_is_never_named(tmp_path):
    vale_project(tmp_path, "StylesPath = styles\n[*]\nBasedOnStyles = Desk\nDesk.Meetup = NO\n")
    result = run_check(tmp_path, "The team will meet the mayor.\n")
    assert "Meetup" not in result.stderr


@pytest.mark.parametrize("setting, said", [("NO", False), ("YES", True), ("error", True)])
def test_a_rule_id_no_loaded_style_has_is_skipped(tmp_path, setting, said):
    vale_project(tmp_path, f"""\
        StylesPath = styles
        [*]
        BasedOnStyles = Desk
        Desk.Missing = {setting}
        Gone.Rule = {setting}
        """)
    result = run_check(tmp_path, "Please utilise it.\n")
    assert result.exit_code == 0, result.stderr
    assert "Desk.Wordy" in result.stdout
    assert ("Desk.Missing" in result.stderr) == said
    assert ("Gone.Rule" in result.stderr) == said


def test_a_based_on_style_that_does_not_exist_still_stops_the_run(tmp_path):
    # Vale stops here too (E100): every rule of a named style would be missing.
    ini = vale_project(tmp_path, "StylesPath = styles\n[*]\nBasedOnStyles = Desk, Nowhere\n")
    with pytest.raises(ConfigError, match=r"E100 \[loadStyles\] Runtime error: style 'Nowhere'"):
        load_rules(config=ini)


def test_stylelint_yaml_stays_strict(tmp_path):
    vale_project(tmp_path, "StylesPath = styles\n[*]\nBasedOnStyles = Desk\n")
    config = tmp_path / ".stylelint.yaml"
    config.write_text("packs: [styles/Desk]\nrules:\n  Desk.Missing: off\n", encoding="utf-8")
    with pytest.raises(ConfigError):
        load_rules(config=config)
    config.write_text("packs: [styles/Desk]\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="is not supported"):
        lint_text("Meet up.\n", rules=load_rules(config=config))


# --------------------------------------------------------------------------------------------
# Vale's built-in style `Vale`
# --------------------------------------------------------------------------------------------

def vocab_project(root: Path, based_on: str, accept="", reject="", ignore="") -> Path:
    vocab = root / "styles" / "config" / "vocabularies" / "Desk"
    vocab.mkdir(parents=True)
    (vocab / "accept.txt").write_text(accept, encoding="utf-8")
    (vocab / "reject.txt").write_text(reject, encoding="utf-8")
    if ignore:
        (root / "styles" / "config" / "ignore").mkdir(parents=True)
        (root / "styles" / "config" / "ignore" / "names.txt").write_text(ignore, encoding="utf-8")
    ini = root / ".vale.ini"
    ini.write_text(f"StylesPath = styles\nVocab = Desk\n[*]\nBasedOnStyles = {based_on}\n", encoding="utf-8")
    return ini


def vale_alerts(ini: Path, text: str):
    return [(a.rule, a.match, a.message) for a in lint_text(text, rules=load_rules(config=ini))]


def test_vale_terms_and_avoid_come_from_the_vocabulary(tmp_path):
    ini = vocab_project(tmp_path, "Vale", accept="# house spellings\nMykolaiv\n[Oo]nline\n",
                        reject="Kiev\n")
    assert vale_alerts(ini, "From kiev to mykolaiv, Kiev and ONline.\n") == [
        ("Vale.Terms", "mykolaiv", "Use 'Mykolaiv' instead of 'mykolaiv'."),
        ("Vale.Avoid", "Kiev", "Avoid using 'Kiev'."),
        ("Vale.Terms", "ONline", "Use '[Oo]nline' instead of 'ONline'."),
    ]
    # Spelled as accepted (either case the pattern allows): nothing to say.
    assert vale_alerts(ini, "From Mykolaiv, online and Online.\n") == []


def test_vale_terms_and_avoid_exist_only_with_vocabulary(tmp_path):
    ini = vocab_project(tmp_path, "Vale")
    rules = load_rules(config=ini)
    for rule_id in ("Vale.Terms", "Vale.Avoid"):
        with pytest.raises(KeyError):
            rules.rule(rule_id)
    assert rules.rule("Vale.Repetition").level == "error"


def test_vocabulary_without_the_vale_style_adds_no_rule(tmp_path):
    # Vale loads the vocabulary either way, but Vale.Terms and Vale.Avoid run only in the style.
    ini = vocab_project(tmp_path, "Desk", accept="Mykolaiv\n", reject="Kiev\n")
    (tmp_path / "styles" / "Desk").mkdir()
    (tmp_path / "styles" / "Desk" / "Wordy.yml").write_text(WORDY, encoding="utf-8")
    assert [rule for rule, _, _ in vale_alerts(ini, "In kiev and mykolaiv we commence.\n")] == ["Desk.Wordy"]


def test_vale_repetition_and_spelling(tmp_path):
    ini = vocab_project(tmp_path, "Vale", accept="Zelenskyy\n", ignore="Kharkiv\n")
    text = "The the envoy from Kharkiv met Zelenskyy and their budgett-cutting aide on on Monday.\n"
    assert vale_alerts(ini, text) == [
        ("Vale.Repetition", "The the", "'the' is repeated!"),
        ("Vale.Repetition", "on on", "'on' is repeated!"),
    ]
    # Vale splits words on spaces, so a hyphenated word passes its filters whole; a lone
    # misspelling is flagged with Vale's message, a capitalised one too.
    assert vale_alerts(ini, "The budgett passed. Budgett again.\n") == [
        ("Vale.Spelling", "budgett", "Did you really mean 'budgett'?"),
        ("Vale.Spelling", "Budgett", "Did you really mean 'Budgett'?"),
    ]


def test_the_vale_style_is_not_a_default_pack(tmp_path):
    rules = load_rules()
    with pytest.raises(KeyError):
        rules.rule("Vale.Repetition")
    config = tmp_path / ".stylelint.yaml"
    config.write_text("packs: [Vale]\nvocab:\n  accept: [Mykolaiv]\n", encoding="utf-8")
    assert [a.rule for a in lint_text("In mykolaiv.\n", rules=load_rules(config=config))] == ["Vale.Terms"]


# --------------------------------------------------------------------------------------------
# Rule files Vale accepts
# --------------------------------------------------------------------------------------------

@pytest.mark.parametrize("scope", ["text.frontmatter.title", "title", "[heading, title]",
                                   "~title & heading"])
def test_vale_style_scopes_may_name_front_matter_keys(tmp_path, scope):
    ini = vale_project(tmp_path, "StylesPath = styles\n[*]\nBasedOnStyles = Desk\n")
    (tmp_path / "styles" / "Desk" / "Headline.yml").write_text(
        f"extends: existence\nmessage: \"'%s' in a headline.\"\nscope: {scope}\ntokens: [commence]\n",
        encoding="utf-8")
    text = "---\ntitle: We commence\nauthor: They commence\n---\n# We commence\n\nWe commence.\n"
    found = [a.line for a in lint_text(text, syntax="md", rules=load_rules(config=ini))
             if a.rule == "Desk.Headline"]
    # Vale scopes a front matter value by its key (text.frontmatter.title.md), and lints every key.
    assert found == {"[heading, title]": [2, 5], "~title & heading": [5]}.get(scope, [2])
    everywhere = [a.line for a in lint_text(text, syntax="md", rules=load_rules(config=ini))
                  if a.rule == "Desk.Wordy"]
    assert 3 in everywhere and 7 in everywhere  # the author's value too (one alert per span)


def test_our_packs_still_refuse_a_misspelt_scope(tmp_path):
    pack = tmp_path / "Desk"
    pack.mkdir()
    (pack / "Headline.yml").write_text("extends: existence\nmessage: x\nscope: headng\ntokens: [a]\n",
                                       encoding="utf-8")
    config = tmp_path / ".stylelint.yaml"
    config.write_text("packs: [Desk]\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="headng"):
        lint_text("A b.\n", rules=load_rules(config=config))


@pytest.mark.parametrize("raw", ["'\\bcommence\\b'", "['\\bcom', 'mence\\b']"])
def test_raw_may_be_one_string_or_a_list(tmp_path, raw):
    ini = vale_project(tmp_path, "StylesPath = styles\n[*]\nBasedOnStyles = Desk\nDesk.Wordy = NO\n")
    (tmp_path / "styles" / "Desk" / "Raw.yml").write_text(
        f"extends: existence\nmessage: \"'%s' again.\"\nraw: {raw}\n", encoding="utf-8")
    found = [a.match for a in lint_text("They commence and commenced.\n", rules=load_rules(config=ini))]
    assert found == ["commence"]


# --------------------------------------------------------------------------------------------
# .vale.ini ignore keys
# --------------------------------------------------------------------------------------------

@pytest.mark.parametrize("ext", ["md", "rst"])
@pytest.mark.parametrize("key", ["TokenIgnores", "BlockIgnores", "IgnorePatterns"])
def test_token_and_block_ignores_are_not_linted(tmp_path, key, ext):
    patterns = {"TokenIgnores": r"(\$[^\n$]+\$), (:\w+:)",
                "BlockIgnores": r"(?s)({{< note >}}.*?{{< /note >}})",
                "IgnorePatterns": r"(?s)({{< note >}}.*?{{< /note >}})"}[key]
    ini = vale_project(tmp_path, f"StylesPath = styles\n[*.{{md,rst}}]\nBasedOnStyles = Desk\n{key} = {patterns}\n")
    text = ("We commence $commence$ and :commence: here.\n\n"
            "{{< note >}}\nThey utilise it.\n{{< /note >}}\n\nThey utilise it.\n")
    rules = load_rules(config=ini)
    found = [(a.line, a.column, a.match) for a in lint_text(text, rules=rules, path=f"story.{ext}")]
    if key == "TokenIgnores":
        assert found == [(1, 4, "commence"), (4, 6, "utilise"), (7, 6, "utilise")]
    else:
        assert found == [(1, 4, "commence"), (1, 14, "commence"), (1, 29, "commence"), (7, 6, "utilise")]
    # The section is for Markdown and reStructuredText files: plain text is not linted.
    assert len(lint_text(text, rules=rules, path="story.txt")) == 0  # no BasedOnStyles for .txt


def test_a_broken_ignore_pattern_names_the_ini_line(tmp_path):
    ini = vale_project(tmp_path, "StylesPath = styles\n[*.md]\nBasedOnStyles = Desk\nTokenIgnores = (a\n")
    with pytest.raises(ConfigError, match=r"\.vale\.ini:4: TokenIgnores"):
        load_rules(config=ini)


def test_a_section_glob_with_one_choice_in_braces(tmp_path):
    # Vale reads `[*.{md}]` as `[*.md]`.
    ini = vale_project(tmp_path, "StylesPath = styles\n[*.{md}]\nBasedOnStyles = Desk\n")
    assert [a.match for a in lint_text("We commence.\n", rules=load_rules(config=ini), path="a.md")] == ["commence"]


def test_vale_rules_read_inline_markup_rendered_away_at_exact_positions(make_pack):
    # Vale lints the text its renderer produces: `the **Project** field` reads `the Project
    # field`, so a spacing rule does not see the spaces the markup left; matches still land on
    # their exact place in the file.
    rules = make_pack({
        "Spacing": "extends: existence\nmessage: \"'%s'\"\nnonword: true\ntokens: ['[a-z] {2,}[A-Z]']\n",
        "Acronym": "extends: existence\nmessage: \"'%s'\"\nnonword: true\ntokens: ['\\([A-Z]{3}\\)']\n",
        "Dash": "extends: existence\nmessage: \"'%s'\"\nnonword: true\ntokens: ['\\s—|—\\s']\n",
    })
    for text, expected in [
        ("In the **Project** field, type.\n", []),
        ("In the <b>Project</b> field, type.\n", []),
        ("In the  Project field, _also_ here.\n", [(1, 6, "e  P")]),
        ("The Interface ([API](https://example.com/api)) works.\n", [(1, 15, "([API](https://example.com/api))")]),
        ("Bold **term**—joined, and a spaced — dash.\n", [(1, 35, " —")]),
        ("A [linked term](./url)—joined.\n", []),
    ]:
        assert found(lint(rules, text, "story.md")) == expected, text
    html = "<p>The Interface (<a href='x'>API</a>) works; caf&eacute;s&nbsp;open.</p>\n"
    alerts = lint(rules, html, "story.html")
    assert found(alerts) == [(1, 18, "(<a href='x'>API</a>)")]
    assert alerts[0].message == "'(API)'"


def test_vale_headings_keep_their_inline_code_and_numbers(make_pack):
    rules = make_pack({
        "Sentence": "extends: capitalization\nmessage: \"'%s'\"\nscope: heading\nmatch: $sentence\n",
        "Long": "extends: occurrence\nmessage: \"%d\"\nscope: heading\nmax: 30\ntoken: .\n",
    })
    # Inline code opens the heading as Vale reads it (masked, as its `*`), so the lower-case
    # word after it does not open a sentence; the number of a numbered heading does not
    # count as its first word; code counts towards a heading's length.
    text = ("## `config` is set here\n\n# 1. An important heading\n\n"
            "## `a rather long code span` and words\n\n## Short `code` here\n\n# this one Fails\n")
    assert [(a.rule, a.line, a.column) for a in lint(rules, text, "story.md")] == [
        ("Test.Long", 5, 30), ("Test.Sentence", 9, 3)]


def test_vale_rules_read_urls_in_plain_text_ours_do_not(make_pack):
    vale = make_pack({"Todo": "extends: existence\nmessage: \"'%s'\"\ntokens: [TODO]\n"})
    ours = make_pack({"Todo": "extends: existence\nmessage: \"'%s'\"\ncategory: style\ntokens: [TODO]\n"})
    text = "See https://TODO.example.com/page for TODO items.\n"
    assert found(lint(vale, text, "notes.txt")) == [(1, 13, "TODO"), (1, 39, "TODO")]
    assert found(lint(ours, text, "notes.txt")) == [(1, 39, "TODO")]
    assert found(lint(vale, text, "notes.md")) == [(1, 39, "TODO")]  # Markdown: a link, masked


SKIPPING = """\
StylesPath = styles
SkippedScopes = script, style, pre, blockquote
IgnoredClasses = aside
IgnoredScopes = code, strong
[*]
BasedOnStyles = Desk
"""


@pytest.mark.parametrize("name, text, lines", [
    ("story.md", "We utilise it.\n\n> We utilise quotes.\n\nA **utilise** and "
                 "<span class=\"aside note\">utilise</span> and *utilise*.\n", [1, 5]),
    ("story.html", "<p>We utilise it.</p><blockquote><p>We utilise quotes.</p></blockquote>\n"
                   "<p class=\"aside\">We utilise asides.</p>\n"
                   "<p>A <strong>utilise</strong> and <em>utilise</em>.</p>\n", [1, 3]),
    ("story.rst", "We utilise it.\n\n    We utilise quotes.\n\nA **utilise** and *utilise*.\n\n"
                  ".. class:: aside\n\nWe utilise asides.\n", [1, 5]),
])
def test_vale_skipped_scopes_ignored_classes_and_scopes(tmp_path, name, text, lines):
    # SkippedScopes skips blocks whole, IgnoredClasses skips elements of those classes, and
    # IgnoredScopes masks the words of those inline tags (each as in Vale).
    vale_project(tmp_path, SKIPPING)
    (tmp_path / name).write_text(text, encoding="utf-8")
    result = CliRunner().invoke(main, ["check", "--format", "line", str(tmp_path / name)])
    assert [int(line.split(":")[1]) for line in result.stdout.splitlines()
            if ":Desk.Wordy:" in line] == lines, result.stdout


def test_without_vale_skip_settings_blockquotes_and_bold_are_checked(tmp_path):
    vale_project(tmp_path, "StylesPath = styles\n[*]\nBasedOnStyles = Desk\n")
    result = run_check(tmp_path, "> We utilise quotes.\n\nA **utilise** here.\n")
    assert [line.split(":")[1] for line in result.stdout.splitlines()] == ["1", "3"]


def test_vale_styles_comment_leaves_only_the_listed_styles_on(tmp_path):
    ini = vale_project(tmp_path, "StylesPath = styles\n[*]\nBasedOnStyles = Desk, Other\n")
    other = tmp_path / "styles" / "Other"
    other.mkdir()
    (other / "Soon.yml").write_text("extends: existence\nmessage: x\ntokens: [soon]\n", encoding="utf-8")
    text = ("We commence soon.\n\n<!-- vale style = Other -->\n\nWe commence soon.\n\n"
            "<!-- vale styles = Desk -->\n\nWe commence soon.\n\n<!-- vale on -->\n\nWe commence soon.\n")
    alerts = lint_text(text, syntax="md", rules=load_rules(config=ini))
    assert [(a.line, a.rule) for a in alerts] == [
        (1, "Desk.Wordy"), (1, "Other.Soon"), (5, "Other.Soon"), (9, "Desk.Wordy"),
        (13, "Desk.Wordy"), (13, "Other.Soon")]


def test_vale_match_toggles_are_one_per_listed_match(tmp_path):
    ini = vale_project(tmp_path, "StylesPath = styles\n[*]\nBasedOnStyles = Desk\n")
    text = ('<!-- vale Desk.Wordy["utilise", "commence"] = NO -->\n\nWe utilise and commence.\n\n'
            '<!-- vale Desk.Wordy["utilise"] = YES -->\n\nWe utilise and commence.\n')
    alerts = lint_text(text, syntax="md", rules=load_rules(config=ini))
    assert [(a.line, a.match) for a in alerts] == [(7, "utilise")]


def test_under_a_vale_ini_block_scalar_front_matter_is_linted_line_by_line(tmp_path):
    ini = vale_project(tmp_path, "StylesPath = styles\n[*]\nBasedOnStyles = Desk\n")
    text = ("---\ntitle: Plans\ndescription: |\n  We commence the work\n  and utilise it.\n"
            "tags:\n  - commence\n---\nBody.\n")
    alerts = lint_text(text, syntax="md", rules=load_rules(config=ini))
    assert [(a.line, a.column, a.match) for a in alerts] == [(4, 6, "commence"), (5, 7, "utilise")]
