"""The `grammar` rule type: patterns over word classes and lemmas (stylelint/core/grammar.py), and
the one-line errors a rule author gets for a broken pattern."""
from __future__ import annotations

import textwrap

import pytest
from click.testing import CliRunner

from stylelint import ConfigError, lint_text
from stylelint.cli import main
from stylelint.core.wordclasses import inflections
from stylelint.project.loader import build_rule


def make(tmp_path, body: str, name="Test.yml"):
    path = tmp_path / name
    path.write_text(textwrap.dedent(body), encoding="utf-8")
    return build_rule("Pack." + path.stem, path)


def matches(rule, text):
    return [a.match for a in lint_text(text, rules=[(rule, rule.level)], syntax="md")]


RULE = """\
    extends: grammar
    message: "'%s'"
    classes:
      CROWD: [critics, experts]
      ARGUE: {verbs: [argue, maintain]}
      AUX: [have, has, had, will, are]
      ADV: [long, "*ly"]
    phrases:
      VIEW: ADV* AUX* ADV* ARGUE
    triggers:
      - patterns: ["<!(the|its) [ CROWD ] VIEW"]
    """


def test_verbs_are_given_as_lemmas_and_match_in_every_inflection(tmp_path):
    rule = make(tmp_path, RULE)
    for phrase in ("argue", "argued", "argues", "are arguing", "have long argued", "will maintain",
                   "had consistently maintained", "have repeatedly argued", "will probably maintain"):
        assert matches(rule, f"Critics {phrase} the dam is unsafe.") == ["Critics"], phrase


@pytest.mark.parametrize("text,found", [
    ("Human rights groups argue the law is unfair.", ["Human rights groups argue"]),
    ("The law is unfair, civil society groups argue.", ["civil society groups argue"]),
    ("Women's groups argue the law is unfair.", ["Women's groups argue"]),
    ("Women’s groups argue the law is unfair.", ["Women’s groups argue"]),
    ("Consumer groups argue the law is unfair.", ["Consumer groups argue"]),
    # a part of a member alone is not the member
    ("Civil groups argue the law is unfair.", []),
    ("Rights groups argue the law is unfair.", []),
])
def test_a_word_class_member_of_several_words_matches_as_a_sequence(tmp_path, text, found):
    rule = make(tmp_path, """\
        extends: grammar
        message: "'%s'"
        classes:
          KIND: [consumer, "human rights", "civil society", "women's"]
          ARGUE: {verbs: [argue]}
        triggers:
          - patterns: ["KIND groups ARGUE"]
        """)
    assert matches(rule, text) == found


def test_quoted_marks_are_words_even_when_they_are_operators(tmp_path):
    rule = make(tmp_path, """\
        extends: grammar
        message: "'%s'"
        triggers:
          - patterns: ['<!(WORD|")"|"|") [ sources ] said']
        """)
    assert matches(rule, "Sources said the deal was close.") == ["Sources"]
    assert matches(rule, "The bank (MAS) sources said the deal was close.") == []
    assert matches(rule, "Bank sources said the deal was close.") == []


def test_a_quoted_dollar_or_caret_is_the_character_not_a_sentence_bound(tmp_path):
    rule = make(tmp_path, """\
        extends: grammar
        message: "'%s'"
        triggers:
          - patterns: ['<!("$" NUM) [ blasting ]', 'odd "^" $']
        """)
    assert matches(rule, "A PAC spent $500,000 blasting his record.") == []
    assert matches(rule, "A PAC spent 500,000 hours blasting his record.") == ["blasting"]
    assert matches(rule, "It was odd ^") == ["odd ^"]
    assert matches(rule, "It was odd ^ indeed") == []


def test_lookbehind_marks_and_sentence_bounds(tmp_path):
    rule = make(tmp_path, RULE)
    assert matches(rule, "The critics argue the dam is unsafe.") == []
    assert matches(rule, "Its experts have argued the point.") == []
    # a match never runs across a sentence boundary
    assert matches(rule, "The plan went to the experts. Argued points were noted.") == []


@pytest.mark.parametrize("behind, quiet, loud", [
    # one token wide: only the token just before is read
    ("(the|its)", ["The critics argue it.", "Its experts argue it."], ["Some critics argue it."]),
    ("(the|(its|their))", ["Their critics argue it."], ["Other critics argue it."]),
    # wider: every stretch that ends right before the match
    ("(of the|among (all|many) the)", ["Most of the critics argue it.", "Among all the experts argue it."],
     ["The critics argue it.", "Of the two, critics argue it."]),
    ("(of WORD{1,2})", ["Some of these experts argue it.", "Most of its fiercest critics argue it."],
     ["Some critics argue it."]),
])
def test_lookbehinds_one_token_wide_and_wider(tmp_path, behind, quiet, loud):
    rule = make(tmp_path, RULE.replace("<!(the|its)", f"<!{behind}"))
    for text in quiet:
        assert matches(rule, text) == [], text
    for text in loud:
        assert len(matches(rule, text)) == 1, text


def test_inflections_cover_verbs_the_dictionary_lacks():
    forms = inflections("excoriate")
    assert "excoriates" in forms["VBZ"] and "excoriated" in forms["VBN"]
    assert "insisted" in inflections("insist")["VBN"]  # lemminflect gives no VBN for it
    assert "xyzzifies" in inflections("xyzzify")["VBZ"]


@pytest.mark.parametrize("patterns,wording", [
    ('["CROWD ARGUE:future"]', "unknown form ':future'"),
    ('["CROWD SHOUT"]', "unknown word class SHOUT"),
    ('["WORD ARGUE"]', "must begin with"),
    ('["CROWD:past ARGUE"]', "lists words, not verbs"),
    ('["(CROWD ARGUE"]', "unclosed '('"),
    ('["argue:past"]', "needs a verb class"),
])
def test_broken_patterns_are_one_line_errors_naming_file_and_line(tmp_path, patterns, wording):
    pack = tmp_path / "Pack"
    pack.mkdir()
    (pack / "Rule.yml").write_text(textwrap.dedent(f"""\
        extends: grammar
        message: "'%s'"
        classes:
          CROWD: [critics]
          ARGUE: {{verbs: [argue]}}
        triggers:
          - patterns: {patterns}
        """), encoding="utf-8")
    (tmp_path / ".stylelint.yaml").write_text("packs: [Pack]\n", encoding="utf-8")
    (tmp_path / "draft.md").write_text("Critics argue.\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["check", str(tmp_path / "draft.md")])
    assert result.exit_code == 2
    lines = result.stderr.strip().splitlines() if result.stderr_bytes is not None else result.output.strip().splitlines()
    assert len(lines) == 1 and "Rule.yml:7" in lines[0] and wording in lines[0], lines


def test_unless_and_needs_source(tmp_path):
    rule = make(tmp_path, """\
        extends: grammar
        message: "'%s'"
        needs_source: true
        classes:
          BE: [is, was, has, been]
        triggers:
          - patterns: ["BE+ accused of"]
            unless: ["by (CAP|the)"]
        """)
    assert matches(rule, "The mayor was accused of fraud.") == ["was accused of"]
    assert matches(rule, "The mayor has been accused of fraud.") == ["has been accused of"]
    assert matches(rule, "The mayor was accused of fraud by the auditors.") == []
    assert matches(rule, "The mayor was accused of fraud, the auditors said.") == []


def test_yaml_booleans_in_a_word_class_are_a_clear_error(tmp_path):
    with pytest.raises(ConfigError, match="put them in quotes") as caught:
        make(tmp_path, """\
            extends: grammar
            message: "'%s'"
            classes:
              PLACE: [at, in]
              STOP: [at, on, in]
            triggers:
              - patterns: ["STOP"]
            """)
    assert ":5:" in str(caught.value)  # the line of the class at fault, not of "classes:"


def test_a_lookahead_that_must_match(tmp_path):
    rule = make(tmp_path, RULE.replace("ARGUE: {verbs: [argue, maintain]}", "ARGUE: {verbs: [view]}")
                .replace("<!(the|its) [ CROWD ] VIEW", "[ CROWD ] VIEW &(WORD{0,4} (as|with))"))
    assert matches(rule, "Critics view the plan as a threat.") == ["Critics"]
    assert matches(rule, "Critics have long viewed it with suspicion.") == ["Critics"]
    assert matches(rule, "Critics view pages on their phones.") == []
    assert matches(rule, "Critics view the long list of amendments to the plan as a threat.") == []  # too far


FIGURE_RULE = """\
    extends: grammar
    message: "'%s'"
    classes:
      PEOPLE: [people, villagers]
      HARM: {verbs: [arrest, kill]}
    triggers:
      - patterns: ["NUM PEOPLE (were)? HARM:participle", "HARM:past NUM PEOPLE"]
        unless_repeated: true
    """


@pytest.mark.parametrize("text, flagged", [
    # the figure with all its words, given before: a repeat, sourced where it was first given
    ("Police arrested 14 people.\n\nAll 14 people arrested were released.", ["arrested 14 people"]),
    ("Troops killed 60 villagers in May.\n\nThe 60 villagers killed were buried.", ["killed 60 villagers"]),
    # the same number with other words: another figure
    ("Police arrested 14 people.\n\nThe 14 villagers arrested were released.",
     ["arrested 14 people", "14 villagers arrested"]),
    ("Troops killed 60 villagers.\n\nRebels killed 60 people.", ["killed 60 villagers", "killed 60 people"]),
])
def test_a_figure_the_story_gave_before_is_not_a_new_claim(tmp_path, text, flagged):
    assert matches(make(tmp_path, FIGURE_RULE), text) == flagged
