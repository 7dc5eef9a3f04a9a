"""Configuration: discovery, levels, overrides, ignore, vocabulary, .vale.ini, inline directives,
and one-line errors for bad rule and config files."""
from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from conftest import found, lint, matches, write_pack
from stylelint import ConfigError, ProjectRules, lint_text, load_rules
from stylelint.cli.runner import Options, check_file
from stylelint.project.discovery import config_for, find_config


def rule(token: str, level: str = "warning") -> str:
    return f"""
        extends: existence
        message: "Avoid '%s'."
        level: {level}
        tokens: [{token}]
        """


RULES = {"Kiev": rule("Kiev"), "Odessa": rule("Odessa", "suggestion"), "Lvov": rule("Lvov", "error")}
TEXT = "Kiev, Odessa and Lvov.\n"


def rule_levels(alerts):
    return [(a.rule, a.severity) for a in alerts]


# --------------------------------------------------------------------------------------------
# discovery
# --------------------------------------------------------------------------------------------

def test_config_is_found_walking_up_from_the_file(tmp_path):
    config_path = write_pack(tmp_path, RULES)
    nested = tmp_path / "desk" / "2024"
    nested.mkdir(parents=True)
    draft = nested / "draft.md"
    assert find_config(draft) == config_path.resolve()
    config = config_for(draft)
    assert config.path == config_path.resolve()
    assert rule_levels(lint_text(TEXT, rules=ProjectRules(config), path=str(draft))) == [
        ("Test.Kiev", "warning"), ("Test.Odessa", "suggestion"), ("Test.Lvov", "error")]


def test_nearest_config_wins(tmp_path):
    write_pack(tmp_path, RULES)
    inner = tmp_path / "opinion"
    inner.mkdir()
    inner_config = write_pack(inner, {"Only": rule("Odessa")}, pack="Inner")
    config = config_for(inner / "column.md")
    assert config.path == inner_config.resolve()
    assert [a.rule for a in lint_text(TEXT, rules=ProjectRules(config), path=str(inner / "column.md"))] == ["Inner.Only"]


def test_pyproject_tool_section(tmp_path):
    write_pack(tmp_path, RULES).unlink()
    (tmp_path / "pyproject.toml").write_text(textwrap.dedent("""
        [project]
        name = "newsroom"

        [tool.stylelint]
        packs = ["Test"]
        min_level = "warning"

        [tool.stylelint.rules]
        "Test.Kiev" = "error"
        """), encoding="utf-8")
    config = config_for(tmp_path / "a.md")
    assert config.path == (tmp_path / "pyproject.toml").resolve()
    assert rule_levels(lint_text(TEXT, rules=ProjectRules(config), path=str(tmp_path / "a.md"))) == [
        ("Test.Kiev", "error"), ("Test.Lvov", "error")]


def test_pyproject_without_tool_section_is_passed_over(tmp_path):
    config_path = write_pack(tmp_path, RULES)
    sub = tmp_path / "pkg"
    sub.mkdir()
    (sub / "pyproject.toml").write_text('[project]\nname = "x"\n', encoding="utf-8")
    assert find_config(sub / "a.md") == config_path.resolve()


def test_explicit_config_overrides_discovery(tmp_path):
    write_pack(tmp_path, RULES)
    other = tmp_path / "elsewhere"
    other.mkdir()
    explicit = write_pack(other, {"Only": rule("Lvov")}, pack="Other")
    config = config_for(tmp_path / "a.md", explicit)
    assert [a.rule for a in lint_text(TEXT, rules=ProjectRules(config), path=str(tmp_path / "a.md"))] == ["Other.Only"]


# --------------------------------------------------------------------------------------------
# levels and per-rule settings
# --------------------------------------------------------------------------------------------

def test_rule_off_and_level(make_pack):
    config = make_pack(RULES, config="rules:\n  Test.Kiev: off\n  Test.Odessa: error\n")
    assert rule_levels(lint(config, TEXT)) == [("Test.Odessa", "error"), ("Test.Lvov", "error")]


def test_whole_pack_off(make_pack):
    assert lint(make_pack(RULES, config="rules:\n  Test: off\n"), TEXT) == []


def test_rule_level_in_a_mapping(make_pack):
    config = make_pack(RULES, config="rules:\n  Test.Kiev: {level: error}\n")
    assert ("Test.Kiev", "error") in rule_levels(lint(config, TEXT))


def test_rule_options_in_a_mapping(make_pack):
    config = make_pack(RULES, config="rules:\n  Test.Kiev: {tokens: [Kharkov]}\n")
    assert matches(lint(config, "Kiev and Kharkov.\n"), "Test.Kiev") == ["Kharkov"]


def test_min_level_hides_lower_levels(make_pack):
    config = make_pack(RULES, config="min_level: warning\n")
    assert [a.rule for a in lint(config, TEXT)] == ["Test.Kiev", "Test.Lvov"]


def test_fail_level_is_read(make_pack):
    assert make_pack(RULES).config.fail_level == "error"
    assert make_pack(RULES, config="fail_level: warning\n").config.fail_level == "warning"


# --------------------------------------------------------------------------------------------
# overrides and ignore
# --------------------------------------------------------------------------------------------

def test_overrides_apply_per_glob_in_order(tmp_path):
    rules = load_rules(config=write_pack(tmp_path, RULES, textwrap.dedent("""
        overrides:
          - files: ["opinion/**"]
            rules: {Test.Kiev: off}
          - files: ["*.txt"]
            rules: {Test.Odessa: error}
          - files: ["opinion/letters/*.md"]
            rules: {Test.Kiev: error}
        """)))

    def levels(rel):
        return rule_levels(lint_text(TEXT, rules=rules, path=str(tmp_path / rel)))

    assert levels("news/a.md") == [("Test.Kiev", "warning"), ("Test.Odessa", "suggestion"),
                                   ("Test.Lvov", "error")]
    assert levels("opinion/a.md") == [("Test.Odessa", "suggestion"), ("Test.Lvov", "error")]
    assert levels("news/deep/a.txt") == [("Test.Kiev", "warning"), ("Test.Odessa", "error"),
                                         ("Test.Lvov", "error")]
    assert levels("opinion/letters/b.md")[0] == ("Test.Kiev", "error")
    # asked again (the relative path is remembered), and by the path relative to the configuration
    assert levels("opinion/a.md") == [("Test.Odessa", "suggestion"), ("Test.Lvov", "error")]
    assert rule_levels(lint_text(TEXT, rules=rules, path="opinion/a.md")) == levels("opinion/a.md")
    assert rule_levels(lint_text(TEXT, rules=rules, path="news/a.md")) == levels("news/a.md")


def test_ignore_globs_skip_files(tmp_path):
    config = load_rules(config=write_pack(tmp_path, RULES, 'ignore: ["archive/**", "*.draft.md"]\n')).config
    assert config.is_ignored(tmp_path / "archive" / "old.md")
    assert config.is_ignored(tmp_path / "archive" / "2019" / "old.md")
    assert config.is_ignored(tmp_path / "news" / "story.draft.md")
    assert not config.is_ignored(tmp_path / "news" / "story.md")
    for rel in ("archive/old.md", "news/story.md"):
        path = tmp_path / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(TEXT, encoding="utf-8")
    assert check_file(str(tmp_path / "archive" / "old.md"), Options()) is None
    assert len(check_file(str(tmp_path / "news" / "story.md"), Options()).alerts) == 3


# --------------------------------------------------------------------------------------------
# vocabulary
# --------------------------------------------------------------------------------------------

def test_vocab_reject_produces_vocab_avoid_alerts(make_pack):
    config = make_pack(RULES, config="vocab:\n  reject: [Kharkov, utilise]\n")
    alerts = [a for a in lint(config, "We utilise trains to Kharkov.\n") if a.rule == "Vocab.Avoid"]
    assert found(alerts) == [(1, 4, "utilise"), (1, 22, "Kharkov")]
    assert {a.severity for a in alerts} == {"error"}
    assert "utilise" in alerts[0].message


def test_vocab_accept_suppresses_existence_matches(make_pack):
    config = make_pack({"Caps": """
        extends: existence
        message: "%s"
        tokens: ['[A-Z]{4,}']
        """}, config="vocab:\n  accept: [OSCE]\n")
    assert matches(lint(config, "OSCE and UNHCR observers.\n")) == ["UNHCR"]


# --------------------------------------------------------------------------------------------
# .vale.ini
# --------------------------------------------------------------------------------------------

def _vale_project(root: Path, ini: str) -> None:
    styles = root / "styles"
    write_pack(styles, RULES, pack="House").unlink()
    write_pack(styles, {"Mykolaiv": rule("Nikolaev")}, pack="Other").unlink()
    vocab = styles / "config" / "vocabularies" / "News"
    vocab.mkdir(parents=True)
    (vocab / "reject.txt").write_text("# spellings we never use\nKharkov\n", encoding="utf-8")
    (root / ".vale.ini").write_text(textwrap.dedent(ini), encoding="utf-8")


VALE_INI = """\
StylesPath = styles
MinAlertLevel = warning
Vocab = News

[*]
BasedOnStyles = Vale, House
House.Lvov = NO

[opinion/*.md]
House.Kiev = NO
Other.Mykolaiv = error
"""
VALE_TEXT = "Kiev, Odessa, Lvov, Nikolaev and Kharkov.\n"


def test_vale_ini_is_honoured_without_a_stylelint_config(tmp_path):
    _vale_project(tmp_path, VALE_INI)
    news = tmp_path / "news" / "a.md"
    config = config_for(news)
    assert config.path == (tmp_path / ".vale.ini").resolve()
    # MinAlertLevel hides House.Odessa (suggestion); House.Lvov = NO; Other is not a base style;
    # the reject list is Vale's built-in Vale.Avoid.
    assert rule_levels(lint_text(VALE_TEXT, rules=ProjectRules(config), path=str(news))) == [
        ("House.Kiev", "warning"), ("Vale.Avoid", "error")]


def test_vale_ini_glob_sections(tmp_path):
    _vale_project(tmp_path, VALE_INI)
    opinion = tmp_path / "opinion" / "a.md"
    config = config_for(opinion)
    assert rule_levels(lint_text(VALE_TEXT, rules=ProjectRules(config), path=str(opinion))) == [
        ("Other.Mykolaiv", "error"), ("Vale.Avoid", "error")]


def test_vale_ini_section_based_on_styles_replaces_the_list(tmp_path):
    _vale_project(tmp_path, """\
        StylesPath = styles

        [*.md]
        BasedOnStyles = House

        [*.txt]
        BasedOnStyles = Other
        """)
    config = config_for(tmp_path / "a.md")
    assert [a.rule for a in lint_text(VALE_TEXT, rules=ProjectRules(config), path=str(tmp_path / "a.md"))] == [
        "House.Kiev", "House.Odessa", "House.Lvov"]
    assert [a.rule for a in lint_text(VALE_TEXT, rules=ProjectRules(config), path=str(tmp_path / "a.txt"))] == [
        "Other.Mykolaiv"]


def test_stylelint_config_is_preferred_to_vale_ini(tmp_path):
    _vale_project(tmp_path, VALE_INI)
    config_path = write_pack(tmp_path, {"Only": rule("Odessa")}, pack="Local")
    assert find_config(tmp_path / "a.md") == config_path.resolve()


# --------------------------------------------------------------------------------------------
# inline directives
# --------------------------------------------------------------------------------------------

DIRECTIVE_RULES = {"Kiev": rule("Kiev"), "Odessa": rule("Odessa")}


@pytest.fixture
def directive_config(make_pack):
    return make_pack(DIRECTIVE_RULES)


def where(alerts):
    return [(a.rule.split(".")[1], a.line) for a in alerts]


def test_disable_and_enable_one_rule(directive_config):
    text = ("Kiev one.\n\n<!-- stylelint-disable Test.Kiev -- quoting a 1990 report -->\n\n"
            "Kiev and Odessa two.\n\n<!-- stylelint-enable Test.Kiev -->\n\nKiev three.\n")
    assert where(lint(directive_config, text)) == [("Kiev", 1), ("Odessa", 5), ("Kiev", 9)]


def test_disable_all_and_enable_all(directive_config):
    text = ("Kiev one.\n\n<!-- stylelint-disable -->\n\nKiev and Odessa two.\n\n"
            "<!-- stylelint-enable -->\n\nKiev and Odessa three.\n")
    assert where(lint(directive_config, text)) == [("Kiev", 1), ("Kiev", 9), ("Odessa", 9)]


def test_disable_a_whole_pack(directive_config):
    text = "Kiev one.\n\n<!-- stylelint-disable Test -->\n\nKiev and Odessa two.\n"
    assert where(lint(directive_config, text)) == [("Kiev", 1)]


def test_enable_one_of_several_disabled_rules(directive_config):
    text = ("Kiev one.\n\n<!-- stylelint-disable Test.Kiev, Test.Odessa -->\n\n"
            "Kiev and Odessa two.\n\n<!-- stylelint-enable Test.Odessa -->\n\n"
            "Kiev and Odessa three.\n")
    assert where(lint(directive_config, text)) == [("Kiev", 1), ("Odessa", 9)]


def test_disable_next_line(directive_config):
    text = "Kiev one.\n<!-- stylelint-disable-next-line Test.Kiev -->\nKiev and Odessa two.\nKiev three.\n"
    assert where(lint(directive_config, text)) == [("Kiev", 1), ("Odessa", 3), ("Kiev", 4)]
    text = "Kiev one.\n<!-- stylelint-disable-next-line -->\nKiev and Odessa two.\nKiev three.\n"
    assert where(lint(directive_config, text)) == [("Kiev", 1), ("Kiev", 4)]


def test_disable_file(directive_config):
    assert lint(directive_config, "Kiev one.\n\n<!-- stylelint-disable-file -->\n\nOdessa.\n") == []


def test_vale_off_and_on(directive_config):
    text = "Kiev one.\n\n<!-- vale off -->\n\nKiev and Odessa two.\n\n<!-- vale on -->\n\nKiev three.\n"
    assert where(lint(directive_config, text)) == [("Kiev", 1), ("Kiev", 9)]


def test_vale_off_inside_a_paragraph(directive_config):
    text = "Kiev one. <!-- vale off --> Kiev two. <!-- vale on --> Kiev three.\n"
    assert found(lint(directive_config, text)) == [(1, 1, "Kiev"), (1, 56, "Kiev")]


def test_vale_rule_no_and_yes(directive_config):
    text = ("Kiev one.\n\n<!-- vale Test.Kiev = NO -->\n\nKiev and Odessa two.\n\n"
            "<!-- vale Test.Kiev = YES -->\n\nKiev three.\n")
    assert where(lint(directive_config, text)) == [("Kiev", 1), ("Odessa", 5), ("Kiev", 9)]


def test_directives_in_html(directive_config):
    text = ("<p>Kiev one.</p>\n<!-- stylelint-disable Test.Kiev -->\n<p>Kiev two.</p>\n"
            "<!-- stylelint-enable Test.Kiev -->\n<p>Kiev three.</p>\n")
    assert found(lint(directive_config, text, "x.html")) == [(1, 4, "Kiev"), (5, 4, "Kiev")]


def test_a_directive_inside_code_is_not_a_directive(directive_config):
    text = "Kiev one.\n\n```\n<!-- vale off -->\n```\n\nKiev two.\n"
    assert where(lint(directive_config, text)) == [("Kiev", 1), ("Kiev", 7)]


# --------------------------------------------------------------------------------------------
# bad configuration and rule files: ConfigError, one line, naming file and line
# --------------------------------------------------------------------------------------------

GOOD = rule("Kiev")

BAD_RULES = [
    ("yaml syntax", "extends: existence\nmessage: x\ntokens: [Kiev\n", 4, "YAML"),
    ("unknown key", "extends: existence\nmessage: x\ntokens: [Kiev]\ncolour: red\n", 4, "colour"),
    ("wrong type", "extends: existence\nmessage: x\ntokens: Kiev\n", 3, "tokens"),
    ("wrong bool", "extends: existence\nmessage: x\nignorecase: sometimes\ntokens: [Kiev]\n", 3,
     "ignorecase"),
    ("bad regex", "extends: existence\nmessage: x\nlevel: warning\ntokens:\n  - Kiev\n  - '(Odessa'\n",
     6, "(Odessa"),
    ("unknown type", "extends: existance\nmessage: x\ntokens: [Kiev]\n", 1, "existance"),
    ("bad level", "extends: existence\nmessage: x\nlevel: fatal\ntokens: [Kiev]\n", 3, "fatal"),
    ("missing message", "extends: existence\ntokens: [Kiev]\n", 1, "message"),
    ("not a mapping", "- extends\n- existence\n", 1, "mapping"),
]


@pytest.mark.parametrize("name, body, line, word", BAD_RULES, ids=[b[0] for b in BAD_RULES])
def test_bad_rule_file_is_a_one_line_config_error(tmp_path, name, body, line, word):
    config_path = write_pack(tmp_path, {"Good": GOOD})
    (tmp_path / "Test" / "Bad.yml").write_text(body, encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        lint(load_rules(config=config_path), "Kiev.\n")
    message = str(info.value)
    assert "\n" not in message
    assert message.startswith(f"{tmp_path / 'Test' / 'Bad.yml'}:{line}: ")
    assert word in message


def test_bad_swap_regex_names_the_file_and_a_line(tmp_path):
    config_path = write_pack(tmp_path, {"Bad": "extends: substitution\nmessage: x\nswap:\n"
                                               "  Kiev: Kyiv\n  '(Odessa': Odesa\n"})
    with pytest.raises(ConfigError) as info:
        lint(load_rules(config=config_path), "Kiev.\n")
    message = str(info.value)
    assert "\n" not in message
    assert message.startswith(f"{tmp_path / 'Test' / 'Bad.yml'}:")
    assert message.split(":")[1] in ("3", "5")


BAD_CONFIGS = [
    ("unknown key", "colour: red\n", 2, "colour"),
    ("unknown rule", "rules:\n  Test.Nope: off\n", 3, "Test.Nope"),
    ("bad rule setting", "rules:\n  Test.Good: loud\n", 3, "loud"),
    ("bad min_level", "min_level: loud\n", 2, "min_level"),
    ("missing pack", "", 1, "Missing"),
    ("yaml syntax", "rules: [\n", 3, "YAML"),
    ("vocab not a list", "vocab:\n  accept: Kiev\n", 3, "vocab"),
]


@pytest.mark.parametrize("name, extra, line, word", BAD_CONFIGS, ids=[b[0] for b in BAD_CONFIGS])
def test_bad_config_is_a_one_line_config_error(tmp_path, name, extra, line, word):
    config_path = write_pack(tmp_path, {"Good": GOOD}, extra)
    if name == "missing pack":
        config_path.write_text("packs: [Test, Missing]\n", encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        lint(load_rules(config=config_path), "Kiev.\n")
    message = str(info.value)
    assert "\n" not in message
    assert message.startswith(f"{config_path}:{line}: ")
    assert word in message


def test_missing_explicit_config_is_a_config_error(tmp_path):
    with pytest.raises(ConfigError) as info:
        config_for(tmp_path / "a.md", tmp_path / "nope.yaml")
    assert "nope.yaml" in str(info.value)
