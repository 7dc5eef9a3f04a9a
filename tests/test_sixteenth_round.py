"""What the sixteenth round on unseen news (eval/UNSEEN.md) read from judged false alarms: a tag
that ends the sentence with what describes its source, a source reported "with officials warning
that", a named speaker joined to a crowd, a poll dated "in 2014", a speaker "quick to point out",
people the reporter counted, and a band of people at a scene. Each behaviour is tested both ways,
over variants built here; the word senses are the rules' own examples."""
from __future__ import annotations

import pytest

from stylelint import lint_text, load_rules

RULES = load_rules()


def warned(text: str, rule: str) -> list[str]:
    return [a.match for a in lint_text(text + "\n", rules=RULES, path="s.md")
            if a.rule == rule and a.severity in ("warning", "error")]


def noted(text: str, rule: str) -> list[str]:
    """Every alert's words, suggestions too (a share of the people is one since the seventeenth round)."""
    return [a.match for a in lint_text(text + "\n", rules=RULES, path="s.md") if a.rule == rule]


@pytest.mark.parametrize("described", [
    "who spoke to the Associated Press on condition of anonymity",
    "familiar with the operation",
    "speaking on condition of anonymity because the information was not yet public",
    "briefed on the raid by the defense ministry",
])
def test_a_closing_tag_with_its_source_described_covers_the_whole_sentence(described):
    head = "Korkie is believed to have died during the flight, while Somers died on the ship"
    assert warned(f"{head}, according to senior U.S. officials {described}.", "Sourcing.WeaselWords") == []
    assert warned(f"{head}, and the raid {described.split()[0]} nothing to save them.",
                  "Sourcing.WeaselWords") == ["is believed to"]


@pytest.mark.parametrize("source", ["state public health officials", "health officials", "the state health department",
                                    "Governor Andrew Cuomo"])
@pytest.mark.parametrize("verb", ["cautioning", "warning", "saying"])
def test_a_source_reported_with_its_words_names_the_claim(source, verb):
    text = f"The actual number of cases is thought to be higher, with {source} {verb} that testing has been limited."
    assert warned(text, "Sourcing.WeaselWords") == []


@pytest.mark.parametrize("crowd", ["many experts", "some doctors"])
def test_a_vague_crowd_reported_with_its_words_names_nobody(crowd):
    text = f"The actual number of cases is thought to be higher, with {crowd} warning that testing has been limited."
    assert warned(text, "Sourcing.WeaselWords") in (["is thought to"], [f"{crowd} warning"])


def test_a_poll_share_reported_with_its_words_leaves_the_poll_to_source_it():
    text = ("And many Americans believe he has mismanaged the pandemic, with 61% of swing voters saying so "
            "in a May poll by the Kaiser Family Foundation.")
    assert warned(text, "Sourcing.WeaselWords") == []


@pytest.mark.parametrize("name", ["Callaghan", "Alice Callaghan", "Maria Lopez"])
def test_a_named_speaker_joined_to_a_crowd_speaks_for_it(name):
    story = "Alice Callaghan has taught for decades near Skid Row.\n\n"
    text = f"{name} and critics of bilingual instruction say it delays the ability of children to read."
    assert warned(story + text, "Sourcing.WeaselWords") == []
    assert warned(story + "Critics of bilingual instruction say it delays the ability of children to read.",
                  "Sourcing.WeaselWords") == ["Critics of bilingual instruction say"]


@pytest.mark.parametrize("text, crowd", [
    ("The French were also captivated by his wife Raisa and political pundits widely believed that he "
     "would have a PR advantage.", "political pundits widely believed"),
    ("Fighting has hit the headlines in France and analysts feared that it could destabilise the group.",
     "analysts feared"),
    ("Her chances have dimmed in Iowa, where she has not campaigned since September and where polls show "
     "Mr. Trump ahead.", "polls show"),
])
def test_a_name_that_is_no_subject_does_not_speak_for_the_crowd_after_it(text, crowd):
    assert warned(text, "Sourcing.WeaselWords") == [crowd]


@pytest.mark.parametrize("dated", ["A Florida International University poll in 2014 found",
                                   "A Pew Research Center survey in 2019 found",
                                   "A Gallup poll since 2010 has found"])
def test_a_poll_dated_by_its_year_is_named_after_the_crowd_of_surveys(dated):
    text = (f"Surveys suggest younger Cubans are more open to normalizing relations. {dated} that majorities "
            "of Cuban Americans supported unrestricted travel.")
    assert warned(text, "Sourcing.WeaselWords") == []
    assert warned("Surveys suggest younger Cubans are more open to normalizing relations. Trade rose in 2014 "
                  "as travel grew.", "Sourcing.WeaselWords") == ["Surveys suggest"]


@pytest.mark.parametrize("ready", ["quick to point out", "eager to note", "keen to stress", "careful to note",
                                   "happy to point out"])
def test_a_speaker_quick_to_point_out_says_it(ready):
    tail = "polls continue to show a tight race, with Scott failing to gain much traction."
    assert warned(f"Race\n\nBut Democrats are {ready} that {tail}", "Sourcing.WeaselWords") == []
    assert warned(f"Race\n\nBut the trouble for Republicans is that {tail}", "Sourcing.WeaselWords") == \
        ["polls continue to show"]


@pytest.mark.parametrize("tail", ["adding that it is common for officers to barge into the wrong address",
                                  "saying that such raids are now routine in most states"])
def test_a_closing_tag_that_goes_on_in_the_speakers_voice_covers_the_sentence(tail):
    claim = ("People think that SWAT raids may be an occasional event, but it is actually much more common than "
             "many believe")
    assert warned(f"{claim}, Mr. Lynch said, {tail}.", "Sourcing.WeaselWords") == []
    assert warned(f"{claim}, and {tail.split(' ', 1)[1]}.", "Sourcing.WeaselWords") == ["People think"]


@pytest.mark.parametrize("counted", ["Two law enforcement officials", "Three officials", "2 federal officials"])
@pytest.mark.parametrize("verb", ["say", "told CNN", "confirm"])
def test_people_the_reporter_counted_source_their_sentence(counted, verb):
    text = f"{counted} {verb} that it's believed the two men drove from Phoenix to Garland."
    assert warned(text, "Sourcing.WeaselWords") == []


@pytest.mark.parametrize("subject", ["Many officials", "Officials close to the case"])
def test_uncounted_officials_in_the_present_are_no_source(subject):
    text = f"{subject} say that it's believed the two men drove from Phoenix to Garland."
    assert warned(text, "Sourcing.WeaselWords") == ["it's believed"]


@pytest.mark.parametrize("band", ["a group of protesters", "a crowd of fans", "a handful of residents"])
def test_some_of_a_band_at_the_scene_are_people_the_reporter_saw(band):
    text = (f"Scuffles broke out after an injured man was held by {band}. Some claimed he was an undercover "
            "agent and refused to let him leave.")
    assert warned(text, "Sourcing.WeaselWords") == []


@pytest.mark.parametrize("held", ["by police", "by a group of 20 officers in the square", "for an hour"])
def test_some_with_no_band_before_them_hide_who(held):
    text = (f"Scuffles broke out after an injured man was held {held}. Some claimed he was an undercover "
            "agent and refused to let him leave.")
    assert warned(text, "Sourcing.WeaselWords") == ["Some claimed"]


_POLL_TOP = "{headline}\n\nUSA TODAY\n\nWASHINGTON — {lede}\n\nThe decision was announced on Sunday."


# (a headline read as one is quiet anyway: a headline's verb is the desk's shorthand; this
# first line of two sentences reads as the story's top)
@pytest.mark.parametrize("headline", ["Can our friends trust the US as an ally? Most Americans say Trump's Syria move has hurt"])
@pytest.mark.parametrize("poll", ["a new USA TODAY/Ipsos Poll finds", "according to a new Gallup poll"])
def test_a_headline_over_a_lede_that_names_the_poll_is_sourced_by_it(headline, poll):
    lede = f"Most Americans believe that President Trump's decision has damaged America's reputation as an ally, {poll}."
    assert warned(_POLL_TOP.format(headline=headline, lede=lede), "Sourcing.WeaselWords") == []
    lede = "President Trump's decision has damaged America's reputation as an ally."
    assert warned(_POLL_TOP.format(headline=headline, lede=lede), "Sourcing.WeaselWords") == ["Most Americans say"]


_EXIT_POLL = ("{headline}\n\n(MANCHESTER, N.H.) -- Who turned out for the primaries and what moved them?\n\n"
              "{lede}\n\nIdeological divisions are sharper than ever.\n\n"
              "More than four in 10 Republican voters decided on their candidate in the last few days.")


@pytest.mark.parametrize("lede", ["Here's the ABC News Analysis Desk's first look at the preliminary exit poll results.",
                                  "Exit polls tell a story of a divided electorate."])
def test_the_figures_of_an_exit_poll_story_are_the_exit_polls(lede):
    text = _EXIT_POLL.format(headline="New Hampshire Primary Exit Poll Analysis", lede=lede)
    assert noted(text, "Sourcing.UnsourcedClaim") == []
    text = _EXIT_POLL.format(headline="New Hampshire votes", lede="Here's a first look at the results.")
    assert noted(text, "Sourcing.UnsourcedClaim") == ["four in 10 Republican voters"]


@pytest.mark.parametrize("poll", ["An ABC News-Washington Post poll released on Monday",
                                  "A Quinnipiac University survey out this week"])
@pytest.mark.parametrize("verb", ["indicated", "indicates"])
def test_a_named_poll_that_indicates_a_figure_sources_it(poll, verb):
    text = f"Reaction\n\n{poll} {verb} only 28 percent of Americans approved of the approach."
    assert noted(text, "Sourcing.UnsourcedClaim") == []
    assert noted(f"Reaction\n\nA poll released on Monday {verb} only 28 percent of Americans approved of the approach.",
                  "Sourcing.UnsourcedClaim") == ["28 percent of Americans"]


@pytest.mark.parametrize("poll", ["a new CNN survey shows", "a Gallup poll released Tuesday indicates"])
@pytest.mark.parametrize("crowd", ["many", "younger people"])
def test_a_polls_respondents_after_with_are_its_finding(poll, crowd):
    tail = f"a partisan divide, with {crowd} saying legal status should be the top priority."
    assert warned(f"Immigration\n\nAs expected, {poll} {tail}", "Sourcing.WeaselWords") == []
    assert warned(f"Immigration\n\nAs expected, there is {tail}", "Sourcing.WeaselWords") != []
    assert warned(f"Immigration\n\nAs expected, {poll} a partisan divide, with many critics saying legal status "
                  "should be the top priority.", "Sourcing.WeaselWords") == ["many critics saying"]


@pytest.mark.parametrize("exit_poll", ["in exit polls", "according to exit polls released on Monday",
                                       "in the network exit poll"])
def test_an_exit_poll_named_in_the_sentence_sources_its_shares(exit_poll):
    text = f"Results\n\nIn a state where 73 percent of voters identified as evangelical {exit_poll}, Cruz won."
    assert noted(text, "Sourcing.UnsourcedClaim") == []
    assert noted(text.replace(f" {exit_poll}", ""), "Sourcing.UnsourcedClaim") == ["73 percent of voters"]


def severities(text: str, rule: str) -> list[tuple[str, str]]:
    return [(a.match, a.severity) for a in lint_text(text + "\n", rules=RULES, path="s.md") if a.rule == rule]


_SIDE = ("Council backs the tower plan\n\n" + "\n\n".join(f"The council met for the {n} time on the plan."
                                                          for n in ("first", "second", "third")) +
         "\n\nThe tower will rise to 40 floors, and {crowd} it will crowd the old town.\n\n{below}")


@pytest.mark.parametrize("crowd", ["critics say", "opponents argue", "supporters insist", "detractors say"])
def test_a_side_whose_next_sentence_names_a_source_is_a_suggestion(crowd):
    below = "Ana Ruiz, a councillor who voted against it, said the vote had been rushed."
    assert [s for _, s in severities(_SIDE.format(crowd=crowd, below=below), "Sourcing.WeaselWords")] == ["suggestion"]
    answer = "But Ana Ruiz, the mayor, said the tower would fit in."
    assert [s for _, s in severities(_SIDE.format(crowd=crowd, below=answer), "Sourcing.WeaselWords")] == ["warning"]
    plain = "The vote was 7-2."
    assert [s for _, s in severities(_SIDE.format(crowd=crowd, below=plain), "Sourcing.WeaselWords")] == ["warning"]


@pytest.mark.parametrize("tagged", ["But one of the most disturbing aspects of the attacks, many experts say, is that they "
                                    "cross every boundary.",
                                    "The attacks were disturbing, critics say.",
                                    "The attacks were disturbing, some residents argued, and the police were slow."])
def test_a_crowds_tag_makes_the_verdict_theirs_and_the_crowd_the_note(tagged):
    text = f"Attacks\n\nThe police met on Monday. {tagged}"
    assert warned(text, "Neutrality.Emotive") == []
    assert warned(text, "Sourcing.WeaselWords") != []
    # ... not when the crowd's verb opens a clause of its own after the verdict
    untagged = "Attacks\n\nThe police met on Monday. The attacks were disturbing, and critics say the police did little."
    assert warned(untagged, "Neutrality.Emotive") == ["disturbing"]


@pytest.mark.parametrize("span", ["going back to 1975", "from 1990 through 2019"])
def test_a_survey_dated_by_its_span_is_named_after_the_polling(span):
    text = (f"Abortion\n\nFor decades, polling has found that most Americans take no side. In fact, Gallup's survey "
            f"data {span} shows that about half of Americans hold a middle view.")
    assert warned(text, "Sourcing.WeaselWords") == []


@pytest.mark.parametrize("crowd", ["Some", "Many", "Others", "Many economists"])
@pytest.mark.parametrize("verb", ["see", "saw"])
def test_a_crowd_that_sees_something_as_a_verdict_holds_a_view(crowd, verb):
    text = f"Talks\n\nThe council met on Monday. {crowd} {verb} the move as a betrayal of the voters."
    assert warned(text, "Sourcing.WeaselWords") == [f"{crowd} {verb}"]
    for plain in (f"{crowd} {verb} the storm as it hit the coast.", f"{crowd} {verb} little change in the figures."):
        assert warned(f"Talks\n\nThe council met on Monday. {plain}", "Sourcing.WeaselWords") == []


@pytest.mark.parametrize("crowd", ["Observers", "Critics have", "Others"])
def test_a_crowd_that_notes_a_clause_voices_a_view(crowd):
    text = f"Talks\n\nThe council met on Monday. {crowd} noted that the vote was unusually close."
    assert warned(text, "Sourcing.WeaselWords") == [f"{crowd} noted"]
    assert warned(f"Talks\n\nThe council met on Monday. {crowd} noted the time of the vote.", "Sourcing.WeaselWords") == []


@pytest.mark.parametrize("whose", ["Some estimates", "Other figures", "Projections"])
def test_a_figure_put_by_nobodys_estimate_wants_its_source(whose):
    text = f"Blast\n\nThe test shook the region on Monday. {whose} put the yield at 100 kilotons."
    assert warned(text, "Sourcing.WeaselWords") == [f"{whose} put the yield at"]
    named = text.replace(whose, "The ministry's estimates")
    assert warned(named, "Sourcing.WeaselWords") == []


@pytest.mark.parametrize("share", ["Four out of 10 voters", "Nine in 10 Americans", "Two out of three voters", "9 in 10 voters"])
def test_a_share_of_the_people_in_any_form_wants_its_poll(share):
    text = f"Race\n\nThe debate was held on Monday. {share} think neither would make a good president."
    assert noted(text, "Sourcing.UnsourcedClaim") == [share]
    assert noted(text.replace("president.", "president, a Gallup poll found."), "Sourcing.UnsourcedClaim") == []
    # ... and a poll named after the quotation it gives, with a dash after the tag
    quoted = text.replace("think neither would make a good president.",
                          'say the media fails "to report the news fully," according to a Gallup poll this month '
                          "-- which notes this is a record low.")
    assert noted(quoted, "Sourcing.UnsourcedClaim") == []
