"""Issue 10, cause 2: attribution beyond the sentence, built as variants.

A claim is sourced when a named source stands in its sentence, in the sentence before or after
it in the same paragraph (the rule's `window`), or when a definite noun phrase ("the
researchers", "the study") points back to a source the story named earlier. A vague crowd is
nobody, and a source in another paragraph does not reach across the break.
"""
from __future__ import annotations

import pytest

from stylelint.core.context import Context
from stylelint.core.markup import parse

from conftest import lint

RULE = r"""
extends: attribution
message: "'%s': who says so?"
level: warning
category: sourcing
window: {window}
triggers:
  - name: vague crowd
    patterns: ['\b(?:researchers|experts|critics|analysts)\s+(?:say|believe|argue)\b']
"""

CLAIMS = ["Researchers say the drug halves deaths",
          "Experts believe the dam will fail within a decade",
          "Critics argue the plan favours large farms"]
SOURCES = ["the health ministry", "Dr Ana Silva", "police", "the Environment Agency", "Ms Okafor"]
SAME_SENTENCE = ["{claim}, {source} said.", "{claim}, according to {source}.",
                 "According to {source}, {claim_lower}.", "{claim}, {source} told reporters on Monday.",
                 "{claim}, {source} said in a statement.", "{claim}, said {source}."]
NEIGHBOUR = ["{source_cap} said so in a report on Monday.", "{source_cap} told reporters the work took years.",
             "The team at the University of Leeds tested it on 2,000 patients.",
             "A study by {source} found the same."]


@pytest.fixture
def rule(make_pack):
    def make(window=1):
        return make_pack({"Claim": RULE.replace("{window}", str(window))})
    return make


def flagged(config, text):
    return [a.match for a in lint(config, text, "story.md") if a.rule == "Test.Claim"]


def cap(text):
    return text[:1].upper() + text[1:]


@pytest.mark.parametrize("claim", CLAIMS)
def test_an_unattributed_claim_is_flagged(rule, claim):
    assert len(flagged(rule(), f"{claim}.\n")) == 1


@pytest.mark.parametrize("claim", CLAIMS)
@pytest.mark.parametrize("source", SOURCES)
@pytest.mark.parametrize("template", SAME_SENTENCE)
def test_source_in_the_same_sentence(rule, claim, source, template):
    text = template.format(claim=claim, claim_lower=claim[0].lower() + claim[1:], source=source)
    assert flagged(rule(), cap(text) + "\n") == []


@pytest.mark.parametrize("claim", CLAIMS)
@pytest.mark.parametrize("source", SOURCES)
@pytest.mark.parametrize("template", NEIGHBOUR)
@pytest.mark.parametrize("where", ["next", "previous"])
def test_source_in_the_next_or_previous_sentence(rule, claim, source, template, where):
    sourced = template.format(source=source, source_cap=cap(source))
    text = f"{claim}. {sourced}" if where == "next" else f"{sourced} {claim}."
    assert flagged(rule(window=1), text + "\n") == []
    if "{source_cap}" in template:  # a source of another kind: only the window reaches it
        assert len(flagged(rule(window=0), text + "\n")) == 1


@pytest.mark.parametrize("claim,beside", [
    ("Analysts believe the index will rise", '"It could reach 27,000," said Ana Silva, an economist at Banco Norte.'),
    ("Analysts believe the index will rise", "Ana Silva, a strategist at Banco Norte, told clients the same."),
    ("Researchers say games help pupils learn", "Academics from the Institute of Education found that games literacy matters."),
    ("Critics argue the plan favours large farms", "Opponents led by Tom Reid said the plan would fail."),
])
@pytest.mark.parametrize("where", ["next", "previous"])
def test_a_named_source_of_the_same_kind_beside_the_crowd_covers_it(rule, claim, beside, where):
    """A crowd ("analysts") with one of its kind named and quoted beside it is not vague, even
    with no window; a named source of another kind is no help without one."""
    text = f"{claim}. {beside}" if where == "next" else f"{beside} {claim}."
    assert flagged(rule(window=0), text + "\n") == []
    other = "Police said the road would reopen on Monday."
    text = f"{claim}. {other}" if where == "next" else f"{other} {claim}."
    assert len(flagged(rule(window=0), text + "\n")) == 1


@pytest.mark.parametrize("claim", CLAIMS)
@pytest.mark.parametrize("source", SOURCES)
def test_a_source_in_another_paragraph_does_not_reach(rule, claim, source):
    text = f"{cap(source)} said the work took years.\n\n{claim}.\n"
    assert len(flagged(rule(window=3), text)) == 1


@pytest.mark.parametrize("claim", CLAIMS)
@pytest.mark.parametrize("vague", ["Some officials said so on Monday.", "Many observers agree.",
                                   "It is believed the figures are right.", "A source said the same.",
                                   # an adverb between the crowd and its verb is not its subject
                                   "Critics have long argued the same.",
                                   "Opponents have consistently maintained it is unsafe.",
                                   "Campaigners still say the figures are wrong.",
                                   "Residents now claim it floods.",
                                   "Rivals have already warned it will not work."])
def test_a_vague_neighbour_is_not_a_source(rule, claim, vague):
    assert len(flagged(rule(window=1), f"{claim}. {vague}\n")) == 1


@pytest.mark.parametrize("intro,later", [
    ("A study by the University of Leeds tracked 2,000 tenants.", "The researchers say rents rose"),
    ("Researchers at Imperial College London tested the drug.", "The researchers say the drug halves deaths"),
    ("Experts from the Dam Safety Board inspected the wall.", "The experts believe the dam will fail"),
])
@pytest.mark.parametrize("gap", [0, 1, 3])
def test_a_definite_noun_phrase_points_back_to_a_named_source(rule, intro, later, gap):
    filler = "".join("The town has grown since then.\n\n" for _ in range(gap))
    text = f"{intro}\n\n{filler}{later}.\n"
    assert flagged(rule(window=0), text) == []
    # without the introduction, "the researchers" name nobody
    assert len(flagged(rule(window=0), f"{filler}{later}.\n")) == 1


@pytest.mark.parametrize("claim", CLAIMS)
@pytest.mark.parametrize("source", SOURCES)
@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_a_source_at_the_end_of_a_long_sentence_across_a_line_break(rule, claim, source, newline):
    text = f"{claim}, and that the cost to the public{newline}will be high, {source} said on Monday.\n"
    assert flagged(rule(), text) == []


@pytest.mark.parametrize("claim", CLAIMS)
def test_inside_a_quotation_the_claim_is_the_speakers(rule, claim):
    assert flagged(rule(window=0), f'"{claim}," the minister said.\n') == []
    assert flagged(rule(window=0), f'The minister said: "{claim}."\n') == []


def analysis(text):
    return Context(text, parse(text, "md"), "md").analysis


def test_the_analysis_names_the_source_and_its_kind():
    a = analysis("Researchers say the drug works. The team at Imperial College London tested it.\n\n"
                 "The researchers say it is safe.\n\nSome experts believe it is not.\n")
    sources = [a.attribution(i, window=1) for i in range(len(a.sentences))]
    # "Researchers say" is covered by the team named next to it; "the researchers" later by
    # the same team; "some experts" names nobody
    assert [s and s.kind for s in sources] == ["back-reference", "named", "back-reference", None]
    assert sources[0].text == "Researchers" and "Imperial College London" in sources[1].text
    assert a.attribution(3, window=0) is None and a.attribution(3, window=1) is None


# Conventions that attribute without a reporting verb of the source's own: court reporting
# gives what a party said in open court to the hearing, and a newsroom gives what its sources
# told it to itself ("the BBC understands"); police do the same ("police understand").
CONVENTIONS = ["{claim}, the court heard.", "{claim}, the jury was told.", "{claim}, jurors were told.",
               "{claim}, the inquest has heard.", "{claim}, the tribunal heard on Tuesday.",
               "The court heard {claim_lower}.", "Magistrates heard that {claim_lower}.",
               "The jury was told that {claim_lower}.", "{claim}, Leeds Crown Court heard.",
               "{claim}, the trial heard.", "The committee was told {claim_lower}.",
               "The BBC understands {claim_lower}.", "The Guardian has learned that {claim_lower}.",
               "Sky News has been told that {claim_lower}.", "Reuters has learnt {claim_lower}.",
               "Police understand {claim_lower}.", "{claim}, the Financial Times has learned."]
NOT_CONVENTIONS = ["{claim}, the crowd heard.", "{claim}, residents were told.", "The court will hear the case. {claim}.",
                   "Officials have been told that {claim_lower}.", "They understand that {claim_lower}.",
                   "He learned to drive after {claim_lower}.", "Residents were told {claim_lower}."]


@pytest.mark.parametrize("claim", CLAIMS)
@pytest.mark.parametrize("template, attributed", [(t, True) for t in CONVENTIONS] + [(t, False) for t in NOT_CONVENTIONS])
def test_court_reporting_and_newsroom_formulas(rule, claim, template, attributed):
    text = template.format(claim=claim, claim_lower=claim[0].lower() + claim[1:])
    assert len(flagged(rule(window=0), cap(text) + "\n")) == (0 if attributed else 1)


def test_court_reporting_in_the_packs():
    from stylelint import lint_text, load_rules
    text = ("The defendant lied to police about where he had been, the court heard.\n\n"
            "He was behind the attack on the convoy, the jury was told.\n\n"
            "At least 12 people were killed in the blaze, the inquest heard.\n\n"
            "Magistrates heard that the man had covered up the extent of the losses.\n\n"
            "The defendant lied to police about where he had been.\n")
    alerts = [a for a in lint_text(text, rules=load_rules(), syntax="md") if a.rule.startswith("Sourcing.")]
    assert [(a.line, a.match) for a in alerts] == [(9, "lied to")]


@pytest.mark.parametrize("lead, attributed", [
    ("The Office for National Statistics report found that:", True),
    ("Key findings of the survey by YouGov:", True),
    ("Dr Ana Silva told the BBC:", True),
    ("The health ministry said", True),     # a sentence the list finishes
    ("What we know so far:", False),
    ("Here is the plan in brief:", False),
    ("The health ministry said so on Monday.", False),  # a finished sentence: the items are new
])
@pytest.mark.parametrize("bullet", ["- ", "* ", "1. "])
def test_list_items_under_a_lead_in_are_its_sources(rule, lead, attributed, bullet):
    items = "\n".join(f"{bullet}{claim}" for claim in CLAIMS)
    found = flagged(rule(window=0), f"{lead}\n\n{items}\n")
    assert found == ([] if attributed else [c.split(" ")[0] + " " + c.split(" ")[1] for c in CLAIMS])
