"""Sources a paragraph below, or in a clause of their own, found on 2023-2025 web news.

- a tally added to at the next paragraph's opening ("Three others were killed") is the source's that
  ended the paragraph above; a new figure there is not;
- a count in the lede told again with its source right below ("Two people have been arrested" /
  "A woman and a man have been arrested, police said") is sourced; a reaction below is not;
- an accusation whose paragraph, or the next one's opening, cites the case's papers ("The lawsuit
  alleges", "According to court documents") is theirs; a denial below sources nothing;
- the subject of the main clause says what follows "after saying", "while saying";
- a speech tag set off mid-sentence ("Luckily, Fischer says, ...") gives its opening to the speaker;
- "people accused of a crime" are suspects, not a crowd with a view;
- a death toll is a figure only with its number;
- "terror attacks" in a list of hazards labels nobody; "illegal" names an act, not a person.
Every sentence here is written for the test.
"""
from __future__ import annotations

import pytest

from stylelint import lint_text, load_rules

RULES = load_rules()


def fired(text: str, rule_id: str) -> bool:
    rule = RULES.rule(rule_id)
    return bool(lint_text(text, rules=[(rule, rule.level)], syntax="md"))


COUNTS = [("Two people have been arrested", "arrested"), ("Three men were detained", "detained"),
          ("Four children were rescued", "rescued")]


@pytest.mark.parametrize("lede, verb", COUNTS)
@pytest.mark.parametrize("below, sourced", [
    ("A woman and a man have been {verb}, police said.", True),
    ("Police said the group had been {verb} near the summit.", True),
    ("The people {verb} were taken to hospital, the coastguard said.", True),
    # a reaction, a source telling something else, the act told again with no source
    ('"This is a disgrace," said Ana Ruiz, who runs the theatre.', False),
    ("Police said the road would reopen on Tuesday.", False),
    ("A woman and a man have been {verb} since the spring.", False)])
def test_a_count_is_sourced_by_the_act_told_again_below_with_its_source(lede, verb, below, sourced):
    text = f"{lede} after the protest on Monday.\n\n{below.format(verb=verb)}\n"
    assert fired(text, "Sourcing.UnsourcedClaim") is not sourced


@pytest.mark.parametrize("above", ["Eight people drowned in Samar, the civil defence office said.",
                                   "Police said 40 people were killed in the blast.",
                                   "At least 14 people died, according to the fire service."])
@pytest.mark.parametrize("tally", ["Three others were killed in Leyte.", "Another 12 people died in hospital.",
                                   "A further 12 people were killed on Sunday.", "Twelve more people died overnight."])
def test_a_tally_added_to_in_the_next_paragraph_is_the_sources_above(above, tally):
    assert not fired(f"{above}\n\n{tally}\n", "Sourcing.UnsourcedClaim")


@pytest.mark.parametrize("above, below", [
    # a figure of its own, not an addition to the tally
    ("Malaria kills more than 600,000 people a year, according to the WHO.",
     "In the northern districts the disease kills 2,000 people a year."),
    ("Eight people drowned in Samar, the civil defence office said.", "More than 30 people were killed in Leyte."),
    # a source on something else, a reaction, no source
    ("The company said it would cut 200 jobs.", "Three others were killed in Leyte."),
    ('"It was chaos," said Ana Ruiz, 34, who lost her home.', "Three others were killed in Leyte."),
    ("The storm flattened villages on Tuesday.", "Three others were killed in Leyte.")])
def test_a_new_figure_or_a_tally_under_no_source_stays_unsourced(above, below):
    assert fired(f"{above}\n\n{below}\n", "Sourcing.UnsourcedClaim")


ACCUSED = ["Speaker Tim Moore is accused of interfering in a councillor's marriage.",
           "Jon Kohl, 28, is accused of stabbing four students in November.",
           "The director stands accused of hiding losses from the board."]


@pytest.mark.parametrize("claim", ACCUSED)
@pytest.mark.parametrize("papers", ["The lawsuit alleges that he used his office to do it.",
                                    "According to court documents, the evidence was found in his car.",
                                    "The indictment says the scheme ran for six years.",
                                    "Prosecutors said the evidence was overwhelming."])
def test_an_accusation_is_the_case_papers_cited_below(claim, papers):
    assert not fired(f"{claim}\n\n{papers}\n", "Sourcing.UnsourcedClaim")


PAPERS_EARLIER = ["In their complaint, the plaintiffs alleged that the manager told racist jokes.",
                  "The lawsuit alleges that the manager ignored safety rules.",
                  "According to the indictment, the manager took cash from suppliers."]


@pytest.mark.parametrize("papers", PAPERS_EARLIER)
@pytest.mark.parametrize("between", ["", " The manager, who joined in 2010, ran the team for a decade.",
                                     " Two guards later sued the company for damages."])
@pytest.mark.parametrize("claim", ["He was also accused of ordering staff to lie.",
                                   "The manager is further accused of hiding injury reports."])
def test_an_accusation_in_a_paragraph_that_cites_the_case_papers_earlier_is_theirs(papers, between, claim):
    assert not fired(f"{papers}{between} {claim}\n", "Sourcing.UnsourcedClaim")


@pytest.mark.parametrize("earlier", ["Critics alleged that the manager was lazy.",
                                     "The manager, who joined in 2010, ran the team for a decade.",
                                     "The plaintiffs' lawyer said the case was strong."])
def test_an_accusation_after_a_crowd_or_no_case_papers_in_its_paragraph_stays_unsourced(earlier):
    text = f"{earlier} The manager took over the team in 2010. He was also accused of ordering staff to lie.\n"
    assert fired(text, "Sourcing.UnsourcedClaim")


def test_case_papers_in_the_paragraph_before_source_an_accusation():
    # changed in the tenth round (set P): "prosecutors allege." then, a paragraph down, "Manafort is
    # accused of obtaining $20 million" was judged a false alarm, as were 5 more of 7 like it: in
    # a story that has told of the case, "accused of" is the case's charge
    text = ("In their complaint, the plaintiffs alleged that the manager told racist jokes.\n\n"
            "The manager took over in 2010. He was accused of ordering staff to lie.\n")
    assert not fired(text, "Sourcing.UnsourcedClaim")


@pytest.mark.parametrize("claim", ACCUSED)
@pytest.mark.parametrize("below", ['"I have done nothing wrong," he said on Monday.',
                                   "His lawyer said he would fight the case.",
                                   "The lawsuit was filed in May."])
def test_a_denial_or_a_bare_mention_below_does_not_source_the_accusation(claim, below):
    assert fired(f"{claim}\n\n{below}\n", "Sourcing.UnsourcedClaim")


@pytest.mark.parametrize("opening", ["Health Minister Ana Ruiz came under fire", "Ana Ruiz was criticised",
                                     "After the vote, Ana Ruiz was criticised", "She came under fire",
                                     "The minister was criticised"])
@pytest.mark.parametrize("link", ["after saying", "before saying", "while saying", "when saying"])
def test_the_main_clause_subject_says_what_follows_after_saying(opening, link):
    text = f"{opening} {link} the rebels were behind the attack on the convoy.\n"
    assert not fired(text, "Sourcing.UnsourcedClaim")


@pytest.mark.parametrize("text", ["The ministry was criticised after the rebels were behind the attack on the convoy.",
                                  "After saying nothing for a week, the rebels were behind the attack on the convoy."])
def test_no_speaker_before_after_saying_leaves_the_claim_unsourced(text):
    assert fired(text + "\n", "Sourcing.UnsourcedClaim")


@pytest.mark.parametrize("word, rule", [("Luckily", "Neutrality.Editorializing"),
                                        ("Sadly", "Neutrality.Editorializing")])
@pytest.mark.parametrize("tag", ["Fischer says", "the mayor said", "she added", "Ms Ruiz told reporters"])
def test_a_tag_set_off_mid_sentence_gives_the_opening_to_its_speaker(word, rule, tag):
    assert fired(f"{word}, the bridge held through the storm.\n", rule)
    assert not fired(f"{word}, {tag}, the bridge held through the storm.\n", rule)
    assert not fired(f'{word}, {tag}, the bridge held "through the worst of it."\n', rule)


@pytest.mark.parametrize("opener", ["As Raleigh (2014) puts it,", "As Raleigh (2014: 5) put it,",
                                    "As the historian Ana Ruiz (1998) puts it,", "As the mayor put it,"])
def test_a_sentence_opened_as_somebodys_words_with_a_citation_is_theirs(opener):
    assert fired("One man's thug is another's guard.\n", "Neutrality.Labels")
    assert not fired(f"{opener} one man's thug is another's guard.\n", "Neutrality.Labels")


@pytest.mark.parametrize("claim", ["Green tea has been shown to lower blood pressure.",
                                   "The cream is clinically proven to reduce wrinkles.",
                                   "Fasting has been proven to help the immune system.",
                                   "Processed foods clinically have been proven to cause heart disease."])
def test_research_with_no_researcher_is_unnamed(claim):
    assert fired(claim + "\n", "Sourcing.WeaselWords")
    sourced = claim[:-1] + ", according to a review by the Cochrane Collaboration.\n"
    assert not fired(sourced, "Sourcing.WeaselWords")


@pytest.mark.parametrize("work", ["A CNN poll this week", "The latest Gallup survey", "A new Pew poll",
                                  "A University of Chicago study"])
@pytest.mark.parametrize("verb", ["has the mayor at 39 percent", "puts the mayor at 39 percent",
                                  "found the mayor at 39 percent"])
def test_a_work_named_by_its_maker_in_the_next_sentence_sources_the_research(work, verb):
    claim = "New polling suggests the mayor is closing the gap."
    assert fired(f"{claim}\n", "Sourcing.WeaselWords")
    assert not fired(f"{claim} {work} {verb}.\n", "Sourcing.WeaselWords")


@pytest.mark.parametrize("before", ["An Ofsted report published in March rated the support as poor.",
                                    "A report by the Audit Office rated the support as poor.",
                                    "The latest Gallup survey rated the support as poor."])
def test_a_named_report_before_other_studies_does_not_source_them(before):
    text = f"{before} Studies show that children who fall behind rarely catch up.\n"
    assert fired(text, "Sourcing.WeaselWords")


def test_a_passive_report_after_a_named_report_is_still_covered():
    text = ("Everasia is reported by Reuters to have won the first contract. "
            "A Canadian company is reported to have won the second.\n")
    assert not fired(text, "Sourcing.WeaselWords")


@pytest.mark.parametrize("record", ["She has pleaded not guilty to conspiracy to commit murder.",
                                    "She was charged with conspiracy on Tuesday.",
                                    "A grand jury indicted her on two counts in May."])
@pytest.mark.parametrize("between", ["", " The man survived his injuries."])
def test_an_accusation_followed_by_its_charge_is_on_record(record, between):
    text = f"She is now accused of ordering an attack on her partner.{between}\n\n{record}\n"
    assert not fired(text, "Sourcing.UnsourcedClaim")


@pytest.mark.parametrize("after", ["She has not been charged.", "She has never been charged with a crime.",
                                   '"I did nothing," she said.'])
def test_an_accusation_followed_by_no_charge_stays_unsourced(after):
    text = f"She is now accused of ordering an attack on her partner.\n\n{after}\n"
    assert fired(text, "Sourcing.UnsourcedClaim")


@pytest.mark.parametrize("who", ["chairman of consultancy firm Strategic Aviation", "a consultant at Arup",
                                 "an analyst at Jefferies"])
def test_an_expert_by_trade_quoted_below_is_one_of_the_experts(who):
    text = (f"Aviation experts believe the fuselage may be easily found.\n\n"
            f'"The debris appears fairly contained," said Neil Hansford, {who}.\n')
    assert not fired(text, "Sourcing.WeaselWords")


def test_an_official_quoted_below_critics_answers_them():
    text = ('Critics say the plan is unsafe.\n\n'
            '"The plan meets every standard," said Ana Ruiz, chairman of the port authority.\n')
    assert fired(text, "Sourcing.WeaselWords")


@pytest.mark.parametrize("source", ["according to a report in the Daily Post", "according to the Daily Post",
                                    "the Daily Post reported"])
@pytest.mark.parametrize("passive", ["The teachers are also said to have joined them.",
                                     "The head is reported to have resigned."])
def test_a_passive_of_saying_relays_the_source_just_before(source, passive):
    assert not fired(f"The students walked out, {source}. {passive}\n", "Sourcing.WeaselWords")


@pytest.mark.parametrize("source", ["Prosecutors said", "Police said", "The prosecution told the jury",
                                    "Officials said that"])
@pytest.mark.parametrize("subject", ["he", "she", "the suspect", "Smith"])
@pytest.mark.parametrize("passive", ["is said to have hidden them in a car", "is alleged to have hidden them in a car",
                                     "was reported to have hidden them in a car"])
def test_a_passive_of_saying_about_whom_a_body_told_relays_it(source, subject, passive):
    text = f"{source} {subject} had bought two knives. {subject[0].upper() + subject[1:]} {passive}.\n"
    assert not fired(text, "Sourcing.WeaselWords")


@pytest.mark.parametrize("text", [
    # the source itself, or as likely the source as anybody
    "The bourse said it may pay in cash. It is reported to be ready to bid.",
    "Smith said he was innocent. He is said to have hidden the knives.",
    "Ana Ruiz said she had left early. She is alleged to have taken the keys.",
    "The unions said they would strike. They are said to want a 10% rise.",
    # a belief is nobody's
    "Police said he had bought two knives. He is believed to have hidden them in a car."])
def test_a_passive_about_the_source_itself_or_another_relays_nothing(text):
    assert fired(text + "\n", "Sourcing.WeaselWords")


@pytest.mark.parametrize("source", ["Reporters from the Herald have reported that bottles were thrown.",
                                    "Bottles were thrown at officers, police said."])
@pytest.mark.parametrize("passive, goes_on", [("A fight is also said to have broken out.", True),
                                              ("Two cars are further reported to have been burned.", True),
                                              ("A fight is said to have broken out.", False)])
def test_a_passive_that_adds_to_the_account_above_relays_it_across_a_paragraph_break(source, passive, goes_on):
    assert fired(f"{source}\n\n{passive}\n", "Sourcing.WeaselWords") is not goes_on


@pytest.mark.parametrize("passive", ["The teachers are thought to have joined them.",
                                     "It is said that the head resigned."])
def test_a_belief_or_an_impersonal_passive_is_nobodys(passive):
    assert fired(f"The students walked out, according to the Daily Post. {passive}\n", "Sourcing.WeaselWords")


@pytest.mark.parametrize("crowd", ["military observers questioned the plan", "Analysts speculated there will be more deals"])
def test_a_long_quotation_below_with_its_named_speaker_at_its_end_holds_the_view(crowd):
    text = (f"Meanwhile, {crowd}.\n\n"
            '"They are a second land army. That is not a bad thing. What could be more American than a contest?" '
            "said Thomas Ricks, a senior fellow at the Center for a New American Security.\n")
    assert not fired(text, "Sourcing.WeaselWords")


def test_a_long_quotation_of_an_official_below_critics_answers_them():
    text = ("Critics say the plan is unsafe.\n\n"
            '"The plan meets every standard. We checked it twice. Nobody has found a fault," '
            "said Ana Ruiz, the port authority's spokeswoman.\n")
    assert fired(text, "Sourcing.WeaselWords")


@pytest.mark.parametrize("tag", ["John Doerr told Page that", "Doerr told the board that", "The chairman said that"])
def test_indirect_speech_with_a_partial_quotation_is_the_speakers(tag):
    text = f'{tag} a world-class chief would do "a much better job of building a team."\n'
    assert not fired(text, "Neutrality.Puffery")


W, U, P, L, E = ("Sourcing.WeaselWords", "Sourcing.UnsourcedClaim", "Neutrality.Puffery", "Neutrality.Labels",
                 "Neutrality.Editorializing")
# One sentence, and the rule that must stay quiet on it: another sense, a speaker's words, a
# figure that is not a claim.
QUIET = [
    # suspects, not a crowd with a view
    *[(W, f"{crowd} {passive} will now face a new probation system.")
      for crowd in ("People", "Young people", "Some people", "Many workers", "Critics")
      for passive in ("accused of a crime", "suspected of links to the gang", "blamed for the fire")],
    # what a crowd says, as a thing
    (W, "The positive things people say about your brand are amplified online."),
    (W, "Whatever critics say about the film, it made money."),
    (W, "Nothing experts say will change the vote."),
    # a condition or a showing, not a finding
    (W, "The drug can be sold only if it is shown to be safe."),
    (W, "The film was shown to reporters on Monday."),
    (W, "Guests are shown to their seats by the ushers."),
    (W, "Until it is proven to work, the scheme stays closed."),
    # a death toll with no number is not a figure
    (U, "Funeral homes struggle as the death toll from the virus continues to rise."),
    (U, "Aceh suffered the worst death toll in the region."),
    (U, "The spiking death toll has left workers exhausted."),
    # a small crowd the reporter can count
    *[(U, f"{count} {verb} outside the town hall on Friday.")
      for count in ("About 50 people", "Twelve residents", "Some 30 students", "40 protesters")
      for verb in ("had gathered", "gathered", "protested", "have rallied")],
    # a plot told with its cast is fiction
    *[(U, f"{who} ({actor}) is accused of {deed} ({other}).")
      for who, actor in (("Father Jud", "Josh O'Connor"), ("Nora", "Emma Stone"))
      for deed, other in (("murdering his boss", "Josh Brolin"), ("robbing her sister", "Ana Ruiz"))],
    # a hazard in a list labels nobody
    (L, "The booklet covers power cuts, terror attacks, disease outbreaks and extreme weather."),
    (L, "Insurers now price in terrorist attacks and natural disasters."),
    (L, "Cities must plan for floods or terror attacks."),
    # "illegal" of an act, or in a speaker's words
    (L, "Illegal immigration fell by a third last year."),
    (L, "Agents detained 40 people who had crossed the border illegally."),
    (L, '"They are illegals," the candidate told the rally.'),
    (L, "The candidate called them illegal aliens, a term the paper does not use."),
    # what a speaker adds with "that" is theirs
    (P, '"I have signed away my organs," he joked, adding that filming the iconic franchise was great.'),
    (P, "The actor spoke on Monday, saying that the iconic franchise was great."),
]
# ... and the variants of the same shapes that must still be flagged.
FLAGGED = [
    (W, "Many people accused the council of ignoring them."),
    (W, "Some experts suspect the dam will fail."),
    (W, "New polling suggests the mayor is closing the gap. A Monday poll had him at 39 percent."),
    (W, "Some experts believe the latest Gallup poll is wrong."),
    (W, "Critics say the new CNN poll was biased."),
    (U, "The death toll from the floods rose to 40 on Monday."),
    (U, "The death toll stands at more than 1,200."),
    (U, "The death toll, which rose again overnight, is now nine."),
    *[(U, f"{count} {verb} outside the town hall on Friday.")
      for count in ("About 2,000 people", "Hundreds of residents", "Tens of thousands of protesters",
                    "More than 150 students", "Dozens of workers")
      for verb in ("had gathered", "marched", "protested", "have rallied")],
    *[(U, f"{count} were killed outside the town hall on Friday.") for count in ("Two people", "Twelve residents", "40 protesters")],
    (U, "Ana Ruiz (Harvard Law School) is accused of plagiarism."),
    (U, "Smith (R-Texas) is accused of lying to Jones (D-Ohio)."),
    (L, "The terror attacks in the capital left 12 dead."),
    (L, "Terror attacks and riots shook the city last year."),
    (L, "After the terror attacks, floods of mourners came to the square."),
    # "illegal" of a person, in the writer's voice
    *[(L, f"The group {verb} {label}.") for verb in ("campaigns against benefits for", "wants to deport")
      for label in ("illegals", "illegal aliens", "an illegal alien", "the illegals in the city")],
    # a day or a month names no crowd; a crowd's indirect speech stays ours
    (P, "Critics met on Monday, saying that the iconic bridge would close."),
    (P, "Fans gathered in May, saying that the iconic stadium must stay."),
    (P, 'Critics said that a world-class chief would do "a much better job."'),
    (P, 'The world-class chief said that the club had "failed."'),
]


@pytest.mark.parametrize("rule, text", QUIET)
def test_quiet(rule, text):
    assert not fired(text + "\n", rule)


@pytest.mark.parametrize("rule, text", FLAGGED)
def test_flagged(rule, text):
    assert fired(text + "\n", rule)


@pytest.mark.parametrize("source", ["according to officials", "according to local officials",
                                    "according to state officials", "according to the local mayor",
                                    "according to market analysts"])
def test_according_to_a_kind_of_official_is_the_wires_plain_report(source):
    assert not fired(f"Two of the victims were believed to be a couple, {source}.\n", "Sourcing.WeaselWords")


@pytest.mark.parametrize("source", ["according to some experts", "according to critics", "according to many"])
def test_according_to_a_vague_crowd_is_still_nobody(source):
    assert fired(f"The dam is believed to be unsafe, {source}.\n", "Sourcing.WeaselWords")


@pytest.mark.parametrize("below, sourced", [
    ("The bodies were found on Tuesday, the fire service said.", True),
    ("Police said the victims were found in two villages north of the port.", True),
    ('"Our thoughts are with the victims," the mayor said.', False),
    ("The mayor said the roads would reopen on Tuesday.", False)])
@pytest.mark.parametrize("claim", ["Four people have died after a wildfire swept through the island.",
                                   "The death toll from the wildfire rose to four on Saturday."])
def test_a_toll_is_sourced_by_what_was_found_of_the_dead_below(claim, below, sourced):
    assert fired(f"{claim}\n\n{below}\n", "Sourcing.UnsourcedClaim") is not sourced
