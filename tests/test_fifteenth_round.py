"""What the fifteenth round on unseen news (eval/UNSEEN.md) read from judged false alarms: who
says a thing when the verb of saying is in the progressive or after "tried to", a poll named in
a clause after a colon or in a survey story's second paragraph, a set phrase of the reporter's
inside a speaker's paraphrase, and nouns read as tags or crowds. Each behaviour is tested both
ways, over variants built here."""
from __future__ import annotations

import pytest

from stylelint import lint_text, load_rules

RULES = load_rules()


def alerts(text: str, rule: str) -> list[tuple[str, str]]:
    return [(a.match, a.severity) for a in lint_text(text + "\n", rules=RULES, path="s.md")
            if a.rule == rule]


def warned(text: str, rule: str) -> list[str]:
    return [m for m, severity in alerts(text, rule) if severity in ("warning", "error")]


def noted(text: str, rule: str) -> list[str]:
    """Every alert's words, suggestions too (a share of the people is one since the seventeenth round)."""
    return [m for m, _ in alerts(text, rule)]


@pytest.mark.parametrize("subject", ["Russia and Iran have been", "Russia has been", "The opposition is", "Moscow was"])
@pytest.mark.parametrize("verb", ["insisting", "claiming", "arguing"])
def test_a_progressive_verb_of_saying_names_its_source(subject, verb):
    text = f"{subject} {verb} that the regime was behind the chemical weapons attack."
    assert warned(text, "Sourcing.UnsourcedClaim") == []
    assert warned("For weeks there has been talk that the regime was behind the chemical weapons attack.",
                  "Sourcing.UnsourcedClaim")


@pytest.mark.parametrize("text", [
    "Democrats are feeling emboldened to lay out a strident new strategy on gun control.",
    "Voters are expecting a strident campaign from both sides.",
])
def test_a_progressive_of_feeling_is_no_report(text):
    assert warned(text, "Neutrality.Emotive") == ["strident"]


@pytest.mark.parametrize("attempt", ["tried to emphasize", "sought to stress", "wanted to point out", "moved to insist"])
def test_who_tried_to_say_a_figure_is_its_source(attempt):
    text = f"The White House {attempt} Tuesday that 80 percent of Americans will keep their coverage."
    assert noted(text, "Sourcing.UnsourcedClaim") == []
    assert noted("On Tuesday 80 percent of Americans will keep their coverage.", "Sourcing.UnsourcedClaim")


def test_wanting_to_ask_is_no_source_for_the_sentence_before():
    text = ("The inquiry is widening. Reports have said the president took a direct role in the statement. "
            "Mueller is understood to want to ask Trump about his involvement.")
    assert warned(text, "Sourcing.WeaselWords") == ["Reports have said"]


@pytest.mark.parametrize("poll", ["the 2004 Election Day exit poll", "a Gallup survey last month",
                                  "the latest Quinnipiac poll"])
@pytest.mark.parametrize("mark", [":", ";"])
def test_a_poll_named_in_a_clause_after_a_colon_sources_its_figure(poll, mark):
    head = "Such a stance would have been squarely in the middle at the time"
    text = f"{head}{mark} in {poll}, 35 percent of Americans supported civil unions."
    assert noted(text, "Sourcing.UnsourcedClaim") == []
    assert noted(f"{head}{mark} by then 35 percent of Americans supported civil unions.", "Sourcing.UnsourcedClaim")


_SURVEY_STORY = """Obama leads on expectations

AP Photo

Registered voters by 2-1 think Barack Obama will win the debates. But the race remains close.

After a hard month for Romney, voters expect Obama to win, his widest lead in {poll} to date.

{filler}

Last February, 66 percent of registered voters said he had not paid his fair share of taxes."""


@pytest.mark.parametrize("poll", ["ABC News/Washington Post polls", "a CNN/ORC survey"])
def test_a_survey_story_names_its_poll_in_its_second_paragraph(poll):
    filler = " ".join(f"The campaign visited town number {n} on the tour." for n in range(14))
    text = _SURVEY_STORY.format(poll=poll, filler=filler)
    assert noted(text, "Sourcing.UnsourcedClaim") == []
    # a poll named only further down is not the story's survey, ten sentences on
    late = _SURVEY_STORY.format(poll="the race", filler=f"A {poll.split()[-2]} poll was cited once. " + filler)
    assert noted(late, "Sourcing.UnsourcedClaim") == ["66 percent of registered voters"]


# ("needless to say" is a suggestion since the sixteenth round, and "it should be noted", "it is
# worth remembering" and "it is important to note" since the twenty-first: set phrases that stay
# warnings here)
@pytest.mark.parametrize("phrase", ["It is interesting to note", "It is also interesting to note"])
@pytest.mark.parametrize("tag", ["he said", "Goldman said", "Ana Ruiz added"])
def test_a_set_phrase_inside_a_speakers_paraphrase_is_theirs(phrase, tag):
    text = f"{phrase}, {tag}, that the new order enables retaliation against foreign meddling."
    assert warned(text, "Neutrality.Editorializing") == []
    assert warned(f"{phrase}, the new order enables retaliation against foreign meddling.",
                  "Neutrality.Editorializing") == [phrase]


_EXPERT_QUOTED = ('"Generally, in open societies, I am more confident a virus can be contained," says Devi Sridhar, '
                  '{role}.\n\n')


@pytest.mark.parametrize("role", ["director of the global health programme at Edinburgh University",
                                  "a commodities strategist at Bank of America", "an economist at Oxford Economics"])
@pytest.mark.parametrize("crowd", ["analysts say", "experts say", "analysts warn"])
def test_experts_below_a_named_expert_quoted_on_the_point_include_them(role, crowd):
    claim = f"Openness can also be a major advantage, {crowd}, in handling an epidemic."
    assert warned(_EXPERT_QUOTED.format(role=role) + claim, "Sourcing.WeaselWords") == []
    # nobody named above, a speaker who is no expert, or a crowd set apart from the one quoted
    assert warned("The city closed its schools.\n\n" + claim, "Sourcing.WeaselWords")
    assert warned(_EXPERT_QUOTED.replace("says Devi Sridhar, {role}", "says Devi Sridhar, who runs a bakery")
                  + claim, "Sourcing.WeaselWords")
    other = f"Openness can also be a major advantage, other {crowd}, in handling an epidemic."
    assert warned(_EXPERT_QUOTED.format(role=role) + other, "Sourcing.WeaselWords")
    many = f"Many {crowd} openness can also be a major advantage."
    assert warned(_EXPERT_QUOTED.format(role=role) + many.replace(" say ", " say that "), "Sourcing.WeaselWords")


_POLL_STORY = "{headline}\n\nAs the president prepares to speak, {lede}\n\nEven so, {crowd} the United States should stay out of the war."


@pytest.mark.parametrize("headline,lede", [
    ("Fox News Poll: voters oppose action in Syria", "a majority of voters think the regime used chemical weapons."),
    ("Voters oppose action in Syria", "a new CNN/ORC poll finds a majority of voters think the regime used gas."),
])
@pytest.mark.parametrize("crowd", ["most say", "most voters think", "most Americans believe"])
def test_most_of_the_people_in_a_poll_story_are_its_respondents(headline, lede, crowd):
    assert warned(_POLL_STORY.format(headline=headline, lede=lede, crowd=crowd), "Sourcing.WeaselWords") == []
    # with no poll in the story, or a view the poll does not measure as a share
    plain = _POLL_STORY.format(headline="Voters oppose action in Syria", lede="the debate goes on.", crowd=crowd)
    assert warned(plain, "Sourcing.WeaselWords")
    for other in ("many claim", "some argue", "most experts believe", "most polls show"):
        assert warned(_POLL_STORY.format(headline=headline, lede=lede, crowd=other), "Sourcing.WeaselWords")


@pytest.mark.parametrize("papers", ["The new indictment, handed down by a federal grand jury in Alexandria, did not add charges.",
                                    "The lawsuit, filed by three former employees in Manhattan, seeks damages."])
@pytest.mark.parametrize("charge", ["Assange is alleged to have given the group a list of targets.",
                                    "He is accused of giving the group a list of targets."])
def test_a_charge_opening_the_paragraph_below_the_cases_papers_is_on_record(papers, charge):
    text = f"The Justice Department announced the case on Wednesday.\n\n{papers}\n\n{charge}"
    assert noted(text, "Sourcing.WeaselWords") == [] and noted(text, "Sourcing.UnsourcedClaim") == []
    # the same charge with no papers above it ("is accused of" is a suggestion since the seventeenth round)
    bare = f"The Justice Department announced the case on Wednesday.\n\nThe hearing is set for May.\n\n{charge}"
    assert noted(bare, "Sourcing.WeaselWords") + noted(bare, "Sourcing.UnsourcedClaim")


_THEY_GO_ON = ("{crowd} say there is plenty of precedent for amending international agreements. "
               "They argue that Iran could be brought back to the table.\n\n"
               '"There is an alternative to the current deal," says Mark Dubowitz, {role}.')


@pytest.mark.parametrize("crowd", ["Critics of the Iran deal", "Opponents of the agreement", "Some lawmakers"])
def test_a_crowd_that_goes_on_in_its_own_voice_is_answered_by_the_quote_below(crowd):
    role = "an international sanctions expert"
    assert warned(_THEY_GO_ON.format(crowd=crowd, role=role), "Sourcing.WeaselWords") == []
    # not when the paragraph goes on past "They argue", nor when the one quoted answers them
    longer = _THEY_GO_ON.replace("the table.", "the table. The talks resume in May.")
    assert warned(longer.format(crowd=crowd, role=role), "Sourcing.WeaselWords")
    assert warned(_THEY_GO_ON.format(crowd=crowd, role="a State Department spokesman"), "Sourcing.WeaselWords")


@pytest.mark.parametrize("tag", ["the ministry announced", "police said", "the Interior Ministry said on Sunday"])
def test_a_word_quoted_inside_a_paraphrase_leaves_it_the_speakers(tag):
    text = f'The committees had been "abused" by local thugs, {tag}.'
    assert warned(text, "Neutrality.Labels") == []
    assert warned(text.replace(f", {tag}", ""), "Neutrality.Labels") == ["thugs"]
    # a quotation of several words is the speech; the reporter's words beside it stay theirs
    assert warned(f'The senseless attack "was a disgrace to the whole city," {tag}.', "Neutrality.Emotive") == ["senseless"]
    assert warned(f'The attack had been "planned" and was senseless, {tag}.', "Neutrality.Emotive") == []


@pytest.mark.parametrize("frame", ["her claims to be the main", "his claim to be the", "She claims to be the",
                                   "The firm purports to be the"])
def test_what_somebody_claims_to_be_is_their_claim(frame):
    assert warned(f"Sources say {frame} brilliant mind behind the program.", "Neutrality.Puffery") == []
    assert warned(f"She was the brilliant mind behind the program.", "Neutrality.Puffery") == ["brilliant"]


@pytest.mark.parametrize("furniture", ["Advertisement Continue reading the main story", "Continue reading the main story",
                                       "ADVERTISEMENT"])
def test_a_pages_furniture_between_a_crowd_and_its_member_is_passed_over(furniture):
    claim = "To win this state, analysts say, he needs to keep his losses among these voters small."
    quote = '"Women are the volatile vote at the end," said Celinda Lake, a Democratic pollster.'
    assert warned(f"{claim}\n\n{furniture}\n\n{quote}", "Sourcing.WeaselWords") == []
    assert warned(f"{claim}\n\n{furniture}\n\nThe rally ended at noon.", "Sourcing.WeaselWords") == ["analysts say"]


@pytest.mark.parametrize("verb", ["showed", "also showed", "show", "suggested", "have shown"])
@pytest.mark.parametrize("noun", ["Exit polls", "Exit polling"])
def test_election_nights_exit_polls_are_a_typed_source(noun, verb):
    if noun == "Exit polling":
        verb = {"show": "shows", "have shown": "has shown"}.get(verb, verb)
    text = f"{noun} {verb} that trade weighed on the minds of Republican voters."
    assert alerts(text, "Sourcing.WeaselWords") == [(f"{noun} {verb}", "suggestion")]
    plain = text.replace(noun, noun.split()[1].capitalize())
    if plain.startswith("Polls showed"):  # a past campaign's "polls showed" is a suggestion anyway (nineteenth round)
        assert alerts(plain, "Sourcing.WeaselWords") == [("Polls showed", "suggestion")]
    else:
        assert warned(plain, "Sourcing.WeaselWords")


_NUT_GRAF = ("{crowd} the president must win back these voters to carry the state.\n\n"
             "The campaign opened two offices on Monday.\n\n"
             '"Women are the volatile vote at the end," said Celinda Lake, {role}.')


@pytest.mark.parametrize("crowd", ["Analysts say", "Some experts believe", "Experts warn", "Some economists believe"])
def test_experts_the_story_names_right_below_are_a_suggestion(crowd):
    found = alerts(_NUT_GRAF.format(crowd=crowd, role="a Democratic pollster and political analyst"),
                   "Sourcing.WeaselWords")
    assert found and all(severity == "suggestion" for _, severity in found)
    found = alerts(_NUT_GRAF.format(crowd=crowd, role="a professor at Rice University"), "Sourcing.WeaselWords")
    assert found and all(severity == "suggestion" for _, severity in found)
    # no expert below: a speaker with no expert's role, or nobody quoted
    assert warned(_NUT_GRAF.format(crowd=crowd, role="a voter in Akron"), "Sourcing.WeaselWords")
    assert warned(_NUT_GRAF.format(crowd=crowd, role="").split("\n\n")[0], "Sourcing.WeaselWords")
    # an expert who answers them is the other side
    answer = _NUT_GRAF.format(crowd=crowd, role="a pollster").replace(
        '"Women are the volatile vote at the end," said Celinda Lake, a pollster.',
        'But Celinda Lake, a Democratic pollster, said: "Women will decide it."')
    assert warned(answer, "Sourcing.WeaselWords")


def test_a_crowd_that_is_no_experts_stays_a_warning_above_a_named_expert():
    text = _NUT_GRAF.format(crowd="Critics say", role="a professor at Rice University")
    assert warned(text, "Sourcing.WeaselWords") == ["Critics say"]


@pytest.mark.parametrize("frame", ["is remembered as", "was remembered by friends as", "will be remembered as"])
def test_how_others_remember_somebody_is_theirs(frame):
    assert warned(f"The victim {frame} an amazing artist and a loyal friend.", "Neutrality.Puffery") == []
    assert warned("The victim was an amazing artist and a loyal friend.", "Neutrality.Puffery") == ["amazing"]


@pytest.mark.parametrize("poll", ["the latest ABC News/Washington Post poll", "a new Gallup survey"])
def test_a_poll_named_in_an_opening_among_phrase_sources_its_figure(poll):
    text = f"Among other results in {poll}, a near-record 78 percent of Americans are dissatisfied."
    assert noted(text, "Sourcing.UnsourcedClaim") == []
    assert noted("Among other things, a near-record 78 percent of Americans are dissatisfied.",
                  "Sourcing.UnsourcedClaim")


def test_an_expert_of_another_crowd_brought_in_below_leaves_the_crowd_a_warning():
    lede = "Bee numbers have fallen. Scientists agree that pesticides and habitat loss are the main causes."
    own = "Prof Mark Ruiz of the University of Leeds said the bees might behave differently in the wild."
    assert warned(f"{lede}\n\n{own}", "Sourcing.WeaselWords") == []
    other = f"Independent experts welcomed the study but urged caution. {own}"
    assert warned(f"{lede}\n\n{other}", "Sourcing.WeaselWords") == ["Scientists agree"]


@pytest.mark.parametrize("voiced", ['She has also previously expressed "skepticism" that', "The ministry voiced concern that",
                                    "Gabbard expressed doubt that"])
def test_a_view_a_named_speaker_voiced_is_theirs(voiced):
    assert warned(f"{voiced} the Assad regime is behind chemical weapons attacks in Syria.",
                  "Sourcing.UnsourcedClaim") == []
    assert warned("Many believe the Assad regime is behind chemical weapons attacks in Syria.",
                  "Sourcing.UnsourcedClaim") == ["is behind chemical weapons attacks"]


def test_a_view_voiced_is_no_source_for_the_sentence_beside_it():
    text = ("Reports say Standard Life may seek a shareholder vote on the issue. "
            "Fellow shareholders Atticus Capital and TCI have also expressed doubts.")
    assert warned(text, "Sourcing.WeaselWords") == ["Reports say"]


def _levels_txt(text, rule):
    return [(a.match, a.severity) for a in lint_text(text + "\n", rules=RULES, path="s.txt") if a.rule == rule]


@pytest.mark.parametrize("label", ["Analysis: Trump is gaining ground heading into 2020",
                                   "News analysis: Trump is gaining ground", "ANALYSIS: Trump gains ground"])
def test_a_piece_labelled_analysis_takes_its_colour_one_level_down(label):
    body = "The president had a stunning week, and undeniably a good one."
    found = _levels_txt(f"{label}\n\n{body}", "Neutrality.Puffery") + _levels_txt(f"{label}\n\n{body}", "Neutrality.Editorializing")
    assert sorted(found) == [("stunning", "suggestion"), ("undeniably", "suggestion")]
    plain = f"Trump is gaining ground heading into 2020\n\n{body}"
    assert _levels_txt(plain, "Neutrality.Puffery") == [("stunning", "warning")]


def test_a_correspondents_analysis_box_runs_to_the_next_heading():
    text = ("Trump wins again\n\nThe vote was counted on Monday.\n\n"
            "Analysis by Anthony Zurcher, BBC News, Washington\n\nIt was a stunning week for the president.\n\n"
            "What happens next\n\nIt was a stunning week for Ana Ruiz.")
    assert _levels_txt(text, "Neutrality.Puffery") == [("stunning", "suggestion"), ("stunning", "warning")]


@pytest.mark.parametrize("after", [" — issuing a plea for people to avoid crowds and wear masks",
                                   "; he also asked people to avoid crowds and wear masks"])
def test_a_tag_that_closes_a_paraphrase_before_a_dash_covers_it(after):
    text = (f"The next few weeks are critical to tamping down a disturbing coronavirus surge, "
            f"Dr. Anthony Fauci told Congress on Tuesday{after}.")
    assert warned(text, "Neutrality.Emotive") == []
    assert warned(f"The next few weeks are critical to tamping down a disturbing coronavirus surge{after}.",
                  "Neutrality.Emotive") == ["disturbing"]


def test_a_place_hit_early_in_the_pandemic_was_not_criticised():
    assert noted("States that were slammed early in the pandemic are reporting good metrics.",
                 "Neutrality.SaidSynonyms") == []
    assert noted("Trump slammed Democrats in a storm of tweets.", "Neutrality.SaidSynonyms") == ["slammed"]
