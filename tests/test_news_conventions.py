"""Conventions of news copy that the eighth round on unseen news (eval/UNSEEN.md) read from the
judged record of every set: what a reporter at the scene may write without a source, and what
still needs one. Each behaviour is tested both ways, over variants built here."""
from __future__ import annotations

import pytest

from stylelint import lint_text, load_rules

RULES = load_rules()


def alerts(text: str, rule: str) -> list[tuple[str, str]]:
    return [(a.match, a.severity) for a in lint_text(text + "\n", rules=RULES, path="s.md")
            if a.rule == rule]


@pytest.mark.parametrize("crowd", ["Thousands of people", "Hundreds of protesters", "Tens of thousands of demonstrators",
                                   "Dozens of students", "Several hundred residents"])
@pytest.mark.parametrize("verb", ["marched through the capital on Sunday", "rallied outside the court",
                                  "have gathered in the square", "were protesting near the embassy",
                                  "gather every Friday at the gates"])
def test_a_crowd_the_reporter_sees_is_only_a_suggestion(crowd, verb):
    found = alerts(f"{crowd} {verb}.", "Sourcing.UnsourcedClaim")
    assert found and all(severity == "suggestion" for _, severity in found)


@pytest.mark.parametrize("crowd", ["About 2,000 people", "More than 15,000 protesters", "Some 3,000 demonstrators",
                                   "As many as 100,000 people", "About 1,000 people"])
@pytest.mark.parametrize("verb", ["marched through the capital on Sunday", "have gathered in the square",
                                  "rallied outside the court"])
def test_a_crowd_given_as_a_figure_in_thousands_is_an_estimate_to_source(crowd, verb):
    assert [s for _, s in alerts(f"{crowd} {verb}.", "Sourcing.UnsourcedClaim")] == ["warning"]


@pytest.mark.parametrize("crowd", ["More than 100 people", "About 150 people", "Some 300 demonstrators", "Nearly 900 residents"])
@pytest.mark.parametrize("verb", ["gathered at one end of the basketball courts", "have gathered in the square",
                                  "rallied outside the court"])
def test_a_crowd_of_hundreds_the_reporter_can_count_is_a_suggestion(crowd, verb):
    assert [s for _, s in alerts(f"{crowd} {verb}.", "Sourcing.UnsourcedClaim")] == ["suggestion"]
    assert alerts(f"{crowd} {verb} in 2019.", "Sourcing.UnsourcedClaim") == []


@pytest.mark.parametrize("text", [
    "Thousands of people marched through the capital on Sunday, police said.",
    "According to organisers, tens of thousands of people rallied outside the court.",
    "Hundreds of protesters gathered in the square in 2019.",
])
def test_a_crowd_with_its_source_or_its_date_is_quiet(text):
    assert alerts(text, "Sourcing.UnsourcedClaim") == []


@pytest.mark.parametrize("text", ["Thousands of people were killed in the fighting.",
                                  "Hundreds of migrants have died this year.",
                                  "At least 40 people were killed in the clashes.",
                                  "The virus has killed more than 9,000 people.",
                                  "More than 100,000 people have been killed since 2011.",
                                  "The death toll rose to 19 on Monday.",
                                  "The gunman killed at least 10 students."])
def test_a_toll_is_a_suggestion_to_source_it(text):
    # set P (tenth round): 1 toll warning in 17 judged on unseen news was one an editor wanted
    assert [s for _, s in alerts(text, "Sourcing.UnsourcedClaim")] == ["suggestion"]


@pytest.mark.parametrize("text", ["At least 40 people were killed in the clashes, the health ministry said.",
                                  "According to the WHO, the virus has killed more than 9,000 people."])
def test_a_toll_with_its_source_is_quiet(text):
    assert alerts(text, "Sourcing.UnsourcedClaim") == []


BODY = "The senator criticized the plan on Monday, saying it would cost jobs in the state."


@pytest.mark.parametrize("line", ["Senator slams Treasury over budget plan", "More: Trump blasts DACA decision",
                                  "MAYOR BLASTS COUNCIL OVER BIN COLLECTIONS", "Minister hits out at sale of the port",
                                  "Governor claims victory in budget fight"])
@pytest.mark.parametrize("rule", ["Neutrality.SaidSynonyms", "Neutrality.SaidTags"])
def test_a_line_set_as_a_headline_gets_the_desks_shorthand(line, rule):
    for text in (f"{line}\n\n{BODY}", f"{BODY}\n\n{line}\n\n{BODY}"):
        assert alerts(text, rule) == []


@pytest.mark.parametrize("sentence", ["The senator slammed the Treasury over the plan.",
                                      "The mayor blasted the council on Monday.",
                                      "Senator slams Treasury over budget plan, aides say."])
def test_the_same_verb_in_a_sentence_of_the_story_is_flagged(sentence):
    assert [s for _, s in alerts(f"{BODY}\n\n{sentence}", "Neutrality.SaidSynonyms")] == ["suggestion"]


COLUMN = ("Congress has passed three relief bills since March. {a} the fourth will be the hardest to pass. "
          "The first two bills were modest and the third was larger than any aid package in memory.\n\n"
          "{b} the states still wait for most of the money. {c} the plan is the most generous in decades. "
          "The House will vote on the bill next week, and the Senate may follow before the recess.\n")


def editorializing(text: str) -> list[str]:
    return [m for m, s in alerts(text, "Neutrality.Editorializing") if s != "suggestion"]


@pytest.mark.parametrize("a,b,c", [("Unfortunately,", "Interestingly,", "Arguably,"),
                                   ("Sadly,", "It's worth noting that", "Of course,"),
                                   ("Frankly,", "Ironically,", "To be sure,"),
                                   ("Regrettably,", "It is worth remembering that", "Admittedly,")])
def test_a_piece_strung_with_the_writers_comments_and_no_sources_is_a_column(a, b, c):
    assert editorializing(COLUMN.format(a=a, b=b, c=c)) == []


# ("arguably" and "ironically" are suggestions since the fourteenth round, "needless to say" since
# the sixteenth: not counted here)
@pytest.mark.parametrize("a,b,c", [("Unfortunately,", "Interestingly,", "Sadly,"),
                                   ("Sadly,", "Fortunately,", "Regrettably,")])
def test_the_same_comments_in_a_report_that_names_its_sources_are_flagged(a, b, c):
    sourced = COLUMN.format(a=a, b=b, c=c).replace(
        "in memory.", "in memory, the budget office said.").replace(
        "next week,", "next week, aides said,").replace("Congress has", "Congress has, the clerk's office said,")
    assert len(editorializing(sourced)) == 3


def test_two_comments_do_not_make_a_column():
    assert len(editorializing(COLUMN.format(a="Unfortunately,", b="Interestingly,", c="Yet"))) == 2


def test_comment_words_a_source_speaks_do_not_make_the_writers_column():
    text = COLUMN.format(a='"Unfortunately,', b='Interestingly, "arguably', c="Sadly,").replace(
        "hardest to pass.", 'hardest to pass," she wrote.').replace("money.", 'money."')
    assert editorializing(text) == ["Interestingly", "Sadly"]


def labels(text: str) -> list[str]:
    return [m for m, s in alerts(text, "Neutrality.Labels") if s != "suggestion"]


@pytest.mark.parametrize("text", [
    "The poll found rising anxiety over terror attacks and gun violence.",
    "The bill lets families sue nations that played a role in terrorist attacks that killed Americans.",
    "He opposed torture in the interrogation of terrorist suspects.",
    "The agency shares lists of terror suspects with airlines.",
    "Ports are preparing for threats from terrorist groups and smugglers.",
    "Since the 9/11 terror attacks, drones have been used more widely.",
    "The Sept. 11 terrorist attacks in New York changed airport security.",
    "A decade after the 9/11 terror attacks on America, the memorial opened.",
    "She referred to a non-existent terror attack in Sweden.",
    "Officials described a hypothetical terror plot in a training exercise.",
])
def test_terrorism_as_a_category_labels_nobody(text):
    assert labels(text) == []


@pytest.mark.parametrize("text,label", [
    ("Twelve people died in terrorist attacks in Brussels on Tuesday.", "terrorist"),
    ("The terror attacks in the capital left 12 dead.", "terror attacks"),
    ("He met terrorist groups in prison last year.", "terrorist"),
    ("The inquiry into the Sept. 11 terror attack in Benghazi resumed.", "terror attack"),
    ("Two years later, terrorist attacks hit the city again.", "terrorist"),
])
def test_an_act_or_a_group_the_sentence_names_is_still_labelled(text, label):
    # (an act -- an attack, a bombing -- as a suggestion since the ninth round; a group since the tenth)
    found = alerts(text, "Neutrality.Labels")
    assert len(found) == 1 and found[0][0].lower().startswith(label)
    assert found[0][1] == "suggestion"


@pytest.mark.parametrize("text", [
    "The plea deal was criticized as lenient.",
    "His remark has been widely criticised.",
    "The company has often been criticised for its moderation of posts.",
    "The nominee was widely praised on both sides.",
    "The treaty was hailed as a breakthrough.",
    "The elections were condemned as flawed.",
])
def test_criticism_or_praise_with_nobody_giving_it_is_a_suggestion(text):
    assert [s for _, s in alerts(text, "Sourcing.WeaselWords")] == ["suggestion"]


@pytest.mark.parametrize("text", [
    "The plea deal was criticized as lenient by victims' lawyers.",
    "The treaty was hailed as a breakthrough by the foreign minister.",
])
def test_criticism_with_its_critic_is_quiet(text):
    assert alerts(text, "Sourcing.WeaselWords") == []


@pytest.mark.parametrize("text", ["The plan is widely seen as a snub to the unions.",
                                  "The minister is thought to be planning a reshuffle.",
                                  "Critics say the plan will fail."])
def test_a_view_with_nobody_holding_it_stays_a_warning(text):
    assert [s for _, s in alerts(text, "Sourcing.WeaselWords")] == ["warning"]


@pytest.mark.parametrize("text", [
    "She was arrested at the time of the attack on the hotel that killed 57 people.",
    "He met children who wrote to him after the shooting in which 20 children were killed.",
    "Funds went to families of the blast which killed 14 people.",
])
def test_a_toll_in_a_relative_clause_is_a_suggestion(text):
    assert [s for _, s in alerts(text, "Sourcing.UnsourcedClaim")] == ["suggestion"]


@pytest.mark.parametrize("text", [
    "The storm killed 12 people and cut power to 40,000 homes.",
    "At least 40 people were killed in the fighting.",
    "A car bomb exploded in the market on Monday, killing at least 20 people.",
])
def test_a_toll_that_is_the_sentences_news_is_flagged(text):
    # a suggestion since set P (tenth round): a toll an editor wants sourced is rare on news
    assert [s for _, s in alerts(text, "Sourcing.UnsourcedClaim")] == ["suggestion"]


@pytest.mark.parametrize("text", ["The summit focused on fighting the Islamic State and other extremist groups.",
                                  "Islamist extremists have fought the army in the north for years.",
                                  "Extremists attacked the checkpoint on Monday."])
def test_extremist_is_a_suggestion(text):
    assert [s for _, s in alerts(text, "Neutrality.Labels")] == ["suggestion"]


@pytest.mark.parametrize("text", ["Thugs attacked the checkpoint on Monday.", "The bigots marched on the mosque.",
                                  "Illegals crossed the river at night.", "The cult moved to Oregon in 1981."])
def test_the_other_labels_of_the_list_stay_warnings(text):
    assert [s for _, s in alerts(text, "Neutrality.Labels")] == ["warning"]


@pytest.mark.parametrize("value", ["foo", "[1, 2]", "{a: b}"])
def test_lower_terms_must_be_a_list_of_words(tmp_path, value):
    from stylelint.project.loader import build_rule
    path = tmp_path / "Low.yml"
    path.write_text(f"extends: existence\nmessage: x\nlevel: warning\ntokens: [foo]\nlower_terms: {value}\n")
    with pytest.raises(Exception, match="'lower_terms' must be a list of strings"):
        build_rule("Test.Low", path)


@pytest.mark.parametrize("text", [
    "The country has been spared terrorist attacks at home for a decade.",
    "The new rules are meant to prevent terror attacks on trains.",
    "The rules keep guns out of the hands of terrorists, rebels and gangs.",
    "The agency tracks pirates and terrorists at sea.",
])
def test_terrorists_among_categories_or_attacks_prevented_label_nobody(text):
    assert labels(text) == []


@pytest.mark.parametrize("text", ["Opinion: The mayor must go\n\nCritics say the council failed him.",
                                  "Opinion: The mayor must go\n\nMost people believe the council failed him."])
def test_a_columns_verbs_and_crowds_are_its_writers_suggestions(text):
    found = [s for r in ("Neutrality.SaidSynonyms", "Sourcing.WeaselWords") for _, s in alerts("# " + text, r)]
    assert found == ["suggestion"]


@pytest.mark.parametrize("text", ["Critics say the council failed him.",
                                  "Most people believe the council failed him."])
def test_the_same_words_in_a_report_are_warnings(text):
    found = [s for r in ("Neutrality.SaidSynonyms", "Sourcing.WeaselWords") for _, s in alerts("# Mayor faces vote\n\n" + text, r)]
    assert found == ["warning"]


def test_an_agency_that_assessed_is_the_source():
    text = "The Army has assessed that the rebels can fire the rocket, though its accuracy is believed to be poor."
    assert [m for m, s in alerts(text, "Sourcing.WeaselWords") if s == "warning"] == []


# Ninth round (eval/UNSEEN.md): degree, not a crowd; "it" as a thing; an event that dates another.

@pytest.mark.parametrize("text", [
    "Female voters were most likely to say they were better off.",
    "Older voters are most likely to believe the economy is improving.",
    "Of all the groups polled, farmers were most worried about the drought.",
    "I was most worried about the children.",
])
def test_most_after_a_form_of_be_is_a_degree_not_a_crowd(text):
    assert alerts(text, "Sourcing.WeaselWords") == []


@pytest.mark.parametrize("text", ["Most believe the war is lost.", "In the north, most fear the worst.",
                                  "Most say the tax is unfair."])
def test_most_as_a_crowd_is_still_flagged(text):
    assert [s for _, s in alerts(text, "Sourcing.WeaselWords")] == ["warning"]


@pytest.mark.parametrize("text", [
    "The shutdown could last weeks, though it was not clear how much it would be felt.",
    "Nobody knows when the change takes effect or whether it will be noticed; what it costs is how much it is felt.",
    "The tremor was small, and few people said where it was felt.",
])
def test_it_as_a_thing_with_no_clause_after_is_not_a_hidden_source(text):
    assert alerts(text, "Sourcing.WeaselWords") == []


@pytest.mark.parametrize("text", ["It is felt that the minister should resign.", "It was believed the dam would hold.",
                                  "It is thought that the talks will fail."])
def test_the_impersonal_passive_with_its_clause_is_still_flagged(text):
    assert [s for _, s in alerts(text, "Sourcing.WeaselWords")] == ["warning"]


@pytest.mark.parametrize("text", [
    "The vote comes exactly one month after a gunman killed 20 children and six educators at the school.",
    "Schools reopened a year after the floods displaced 4,000 people.",
    "The law has been in force since a bomber killed 22 people at the arena.",
    "The ban was lifted two weeks before the virus infected 300 people on the ship.",
])
def test_an_event_that_dates_another_is_background(text):
    assert alerts(text, "Sourcing.UnsourcedClaim") == []


@pytest.mark.parametrize("text", ["A gunman killed 20 children and six educators at the school on Friday.",
                                  "The floods displaced 4,000 people, and the river is still rising."])
def test_the_same_toll_as_the_sentences_news_is_still_flagged(text):
    assert [s for _, s in alerts(text, "Sourcing.UnsourcedClaim")] == ["suggestion"]


# Experts, and one of them named at the top of the next paragraph, quoted or reported: the
# story's convention for "experts say" in a summary line.
EXPERTS = [
    "Fears about the senator's age are overblown, according to experts on ageing.",
    "The summit will do little to ease the region's troubles, experts say.",
]
MEMBERS = [
    "The senator's surgery left no damage, said Ana Ruiz, a professor of surgery at Yale.",
    "Most of the region's troubles are internal, Tom Wehrey, a fellow at the Carnegie Endowment, says.",
    "\"That is the dynamic this year,\" said Dave Beattie, a pollster in Florida.",
]


@pytest.mark.parametrize("claim", EXPERTS)
@pytest.mark.parametrize("member", MEMBERS)
def test_experts_one_of_whom_the_next_paragraph_names_are_sourced(claim, member):
    assert alerts(f"{claim}\n\n{member}", "Sourcing.WeaselWords") == []


@pytest.mark.parametrize("claim", EXPERTS)
def test_the_same_experts_with_nobody_named_below_are_flagged(claim):
    for below in ("The talks resume on Monday in the capital.", "But the plan went ahead, and the vote was held.",
                  "The plan falls short, said Ana Ruiz, a local shopkeeper."):
        assert [s for _, s in alerts(f"{claim}\n\n{below}", "Sourcing.WeaselWords")] == ["warning"]


@pytest.mark.parametrize("member", MEMBERS)
def test_a_speaker_below_sentences_that_go_on_with_the_paragraph_is_on_another_point(member):
    # (one sentence that goes on is the crowd's point, told again: the speaker below is its member)
    text = f"Industry insiders say the strategy has failed. Britain has lost several projects. Talks resume in June.\n\n{member}"
    assert [s for _, s in alerts(text, "Sourcing.WeaselWords")] == ["warning"]


def test_a_figure_below_is_not_one_of_the_experts():
    text = "Many experts say the worst is over for sellers.\n\nPrices fell 3.2% over the year, Northgate's figures show."
    assert [s for _, s in alerts(text, "Sourcing.WeaselWords")] == ["warning"]


@pytest.mark.parametrize("claim", ["The leak came from a website that some believe has ties to the army.",
                                   "The summit will do little, some say."])
def test_a_bare_some_is_not_covered_by_the_next_item_of_the_story(claim):
    below = "In one email, the minister complained about the leak, according to the Daily Post."
    assert [s for _, s in alerts(f"{claim}\n\n{below}", "Sourcing.WeaselWords")] == ["warning"]


def test_a_think_tanks_director_is_an_expert_not_the_other_side():
    text = ("The Gulf states are unlikely to embrace the deal, regional experts say.\n\n"
            "\"They think this is a pattern,\" says Jon Alterman, director of the Middle East program at "
            "the Center for Strategic and International Studies. \"It dates back millennia.\"")
    assert alerts(text, "Sourcing.WeaselWords") == []
    official = text.replace("director of the Middle East program at the Center for Strategic and International "
                            "Studies", "a spokesman for the ministry")
    assert [s for _, s in alerts(official, "Sourcing.WeaselWords")] == ["warning"]


@pytest.mark.parametrize("label", ["Opinion contributor", "Guest columnist", "Commentary", "Op-Ed",
                                   "Contributing columnist", "ANALYSIS/OPINION:", "Analysis / Opinion"])
def test_the_opinion_pages_label_by_the_byline_makes_a_column(label):
    text = f"Sports can help us unite again\n\nTim Wendel\n\n{label}\n\nSome contend that big money has changed sport."
    assert [s for _, s in alerts(text, "Sourcing.WeaselWords")] == ["suggestion"]
    news = text.replace(f"{label}\n\n", "")
    assert [s for _, s in alerts(news, "Sourcing.WeaselWords")] == ["warning"]


@pytest.mark.parametrize("line", ["Analysis", "Opinion polls in three states", "Columnist Jane Roe said the plan"])
def test_a_line_that_is_not_the_pages_label_does_not_make_a_column(line):
    text = f"Sports can help us unite again\n\n{line}\n\nSome contend that big money has changed sport."
    assert [s for _, s in alerts(text, "Sourcing.WeaselWords")] == ["warning"]


@pytest.mark.parametrize("first", ["OPINION: The mayor may not be able to stop the tram. So she is doing the next best thing.",
                                   "Opinion | The tram is a mistake.", "Review: a heist film that steals nothing new."])
def test_a_desk_label_on_a_first_line_of_two_sentences_makes_a_column(first):
    text = f"{first}\n\nSome contend that the tram will never pay for itself."
    assert [s for _, s in alerts(text, "Sourcing.WeaselWords")] == ["suggestion"]


@pytest.mark.parametrize("first", ["Opinion polls put the mayor ahead. The vote is on Sunday.",
                                   "The review of the tram found nothing new."])
def test_a_first_line_that_only_mentions_opinion_or_a_review_is_news(first):
    text = f"{first}\n\nSome contend that the tram will never pay for itself."
    assert [s for _, s in alerts(text, "Sourcing.WeaselWords")] == ["warning"]


@pytest.mark.parametrize("text", [
    "The vote comes a month after the mass shooting in Las Vegas which left 58 people dead.",
    "Schools reopened a year after the storm that left 2,000 people homeless.",
    "The law was passed after the fire at the Grenfell Tower block that killed 72 people.",
])
def test_a_toll_in_a_clause_that_dates_another_event_is_background(text):
    assert alerts(text, "Sourcing.UnsourcedClaim") == []


@pytest.mark.parametrize("text", ["The storm left 2,000 people homeless on Sunday.",
                                  "The shooting left 58 people dead and hundreds wounded."])
def test_a_toll_the_sentence_reports_is_flagged(text):
    assert [s for _, s in alerts(text, "Sourcing.UnsourcedClaim")] == ["suggestion"]


@pytest.mark.parametrize("text", ["Pattison and others say the cuts will hurt the states.",
                                  "Ana Ruiz, Tom Reed and others argue the plan is unfair.",
                                  "Republicans and others say the plan is unfair."])
def test_a_crowd_with_a_named_member_is_sourced(text):
    assert alerts(text, "Sourcing.WeaselWords") == []


@pytest.mark.parametrize("text", ["Some critics and other experts say the cuts will hurt the states.",
                                  "Some say the plan is unfair, and others argue it is too late."])
def test_a_crowd_of_crowds_is_still_vague(text):
    assert [s for _, s in alerts(text, "Sourcing.WeaselWords")] == ["warning"]


@pytest.mark.parametrize("text", ["The agency's record includes preventing another terrorist attack on the scale of 9/11.",
                                  "Officers worked to stop a future terror attack on the subway.",
                                  "The new law aims to deter any terrorist plot against the port."])
def test_an_attack_to_be_prevented_labels_nobody(text):
    assert labels(text) == []


@pytest.mark.parametrize("text", ["Another terrorist attack hit the city on Friday.",
                                  "Officers stopped the terrorists at the border on Friday."])
def test_an_attack_that_happened_is_still_labelled(text):
    assert alerts(text, "Neutrality.Labels") != []


def test_still_others_is_a_crowd_not_a_name():
    assert [s for _, s in alerts("Still, others insist that the plan will fail.", "Sourcing.WeaselWords")] == ["warning"]


@pytest.mark.parametrize("verb", ["countered", "retorted"])
def test_a_speakers_counter_is_reported_speech(verb):
    claim = "fewer migrants will arrive next year."
    assert alerts(f"The party leader {verb} that {claim}", "Sourcing.UnsourcedClaim") == []
    assert [s for _, s in alerts(claim.capitalize(), "Sourcing.UnsourcedClaim")] == ["suggestion"]  # a prediction


def test_a_column_writers_bio_above_it_makes_a_column():
    bio = "Zachary Roe is head of strategy at Envestnet. He is a contributing editor at the magazine."
    # (the body names no source below: a lede that sums up named voices is one level down too)
    body = "Some contend that the tram will never pay for itself.\n\n" + "The line opens in May.\n\n" * 4
    assert [s for _, s in alerts(f"Is the tram worth it?\n\n{bio}\n\n{body}", "Sourcing.WeaselWords")] == ["suggestion"]
    assert [s for _, s in alerts(f"Is the tram worth it?\n\n{body}", "Sourcing.WeaselWords")] == ["warning"]


# A column that talks with the reader ("we", "you", "I") and cites next to nobody; a report of the
# same length names its sources.
TALK = ("We are beginning to see what it will take to reopen the city. You cannot run a tram on hope, and I doubt it. "
        "The council has spent two years on the plan, and the costs have doubled since the first estimate. ")
FILLER = "The line would run from the station to the hospital, with twelve stops on the way. " * 30


def test_a_piece_that_talks_with_the_reader_and_cites_nobody_is_a_column():
    text = f"What the city needs to do\n\n{TALK}\n\n{FILLER}\n\nSome contend that the plan has failed."
    assert [s for _, s in alerts(text, "Sourcing.WeaselWords")] == ["suggestion"]


def test_the_same_talk_in_a_report_that_names_its_sources_is_news():
    sourced = " ".join(f"The line would run past stop {n}, the council said." for n in range(12))
    text = f"What the city needs to do\n\n{TALK}\n\n{sourced}\n\nSome contend that the plan has failed."
    assert [s for _, s in alerts(text, "Sourcing.WeaselWords")] == ["warning"]


def test_a_kings_numeral_is_not_the_writer_speaking():
    history = " ".join(["Shah Ismail I put down the revolt, and Selim I took the city, the historian Ana Ruiz said."] * 4)
    text = f"History of the region\n\n{history}\n\nUnfortunately, the archive was lost after World War I ended."
    assert editorializing(text) == ["Unfortunately"]


# Set K: the plain record of one incident, terrorism's acts, a label inside an argument reported.

@pytest.mark.parametrize("text", ["Two passengers died and 168 were injured.", "All three gunmen died.",
                                  "Four officers were shot in St. Louis on Monday.", "Two men were killed when the gunman opened fire."])
def test_a_small_exact_count_of_one_incident_is_only_a_suggestion(text):
    found = alerts(text, "Sourcing.UnsourcedClaim")
    assert found and all(s == "suggestion" for _, s in found)


@pytest.mark.parametrize("text", ["At least two people died in the fire.", "Forty people died in the fire.",
                                  "More than 100 people were killed in the fighting.", "Dozens of civilians were wounded."])
def test_an_approximate_or_large_count_is_still_a_figure_to_source(text):
    assert [s for _, s in alerts(text, "Sourcing.UnsourcedClaim")] == ["suggestion"]


@pytest.mark.parametrize("text", ["A year after the deadly terrorist bombing, security is heavy.",
                                  "The terrorist attacks in Madrid changed the election.",
                                  "Fears grew after terrorist killings in Paris earlier this month."])
def test_terrorisms_acts_are_a_suggestion(text):
    found = alerts(text, "Neutrality.Labels")
    assert found and all(s == "suggestion" for _, s in found)


@pytest.mark.parametrize("text", ["The terrorists who run the Guard ordered the drills.",
                                  "Zionist terrorist groups raided the village, killing 40."])
def test_people_or_groups_called_terrorists_are_a_suggestion(text):
    # a warning until the tenth round: over sets I-S, 3 of 56 judged "terrorist" warnings were right
    assert [s for _, s in alerts(text, "Neutrality.Labels")] == ["suggestion"]


@pytest.mark.parametrize("verb", ["argued", "warned", "contended"])
def test_a_label_inside_an_argument_reported_is_the_speakers(verb):
    text = f"But many opponents {verb} the changes would hamper the agency's ability to track terrorists."
    assert labels(text) == []


# Set O: "referred to as", terrorism's activities, "as many say", "brutally frank".

@pytest.mark.parametrize("text", ['The law is aimed at tackling secession and terrorist activities.',
                                  'Officials have often referred to the demonstrators as "terrorists."',
                                  "The ministry refers to the rebels as terrorists."])
def test_a_label_referred_to_or_terrorisms_activities_labels_nobody(text):
    assert alerts(text, "Neutrality.Labels") == []


def test_the_label_in_the_writers_own_sentence_stays():
    assert [m for m, _ in alerts("The terrorists fled the city after the raid.", "Neutrality.Labels")] == ["terrorists"]
    assert labels("The thugs fled the city after the raid.") == ["thugs"]


def test_as_many_is_a_comparison_not_a_crowd():
    text = "Seven in 10 say they would prefer Cruz, and as many say they would pick Rubio."
    assert alerts(text, "Sourcing.WeaselWords") == []
    assert [s for _, s in alerts("Many say they would pick Rubio.", "Sourcing.WeaselWords")] == ["warning"]


@pytest.mark.parametrize("text", ["She wrote a brutally frank op-ed.", "He was brutally honest about the losses."])
def test_brutally_frank_is_candour(text):
    assert alerts(text, "Neutrality.Emotive") == []


def test_brutally_of_violence_is_still_emotive():
    assert [s for _, s in alerts("The regime brutally crushed the protest.", "Neutrality.Emotive")] == ["warning"]


# Set P (tenth round): a quoted word whose speaker's tag comes later in the sentence.

@pytest.mark.parametrize("word,rule", [("despicable", "Neutrality.Emotive"), ("spectacular", "Neutrality.Puffery"),
                                       ("shameful", "Neutrality.Emotive")])
@pytest.mark.parametrize("frame", [
    'The attempts were "{w}" and have "no place in our country," Trump said on Friday.',
    'The plan is "{w}," "reckless" and "a gift to our rivals," the senator told reporters.',
    'Calling the ruling "{w}" and "a danger to us all," the mayor said she would appeal.',
    "His officials are ''{w},\" \"great patriots,\" the president went on.",
])
def test_a_quoted_word_is_the_speaker_whose_tag_ends_the_sentence(word, rule, frame):
    assert alerts(frame.format(w=word), rule) == []


@pytest.mark.parametrize("text,word,rule", [
    ('The attempts were "despicable" and the city was shaken.', "despicable", "Neutrality.Emotive"),
    ('The attempts were "despicable." "We will find them," the chief said.', "despicable", "Neutrality.Emotive"),
])
def test_a_scare_quote_with_no_speaker_in_its_sentence_is_the_writers(text, word, rule):
    assert [m for m, _ in alerts(text, rule)] == [word]


@pytest.mark.parametrize("before", ["Manafort falsified bank loans, prosecutors allege.",
                                    "Federal prosecutors said the loans were falsified.",
                                    "According to the indictment, the loans were falsified.",
                                    "Prosecutors charged him with fraud in October.",
                                    "North Korea accused the three men of hostile acts."])
@pytest.mark.parametrize("accused", ["Manafort is accused of obtaining $20 million from the loans.",
                                     "He was accused of committing unspecified criminal acts.",
                                     "He's accused of hiding the money abroad."])
def test_accused_of_in_a_story_of_the_case_is_its_charge(before, accused):
    assert alerts(f"{before}\n\n{accused}", "Sourcing.UnsourcedClaim") == []


@pytest.mark.parametrize("before", ["The company has grown fast in Europe.", "Manafort lives in Virginia.",
                                    "Police fired tear gas at the protesters, police said."])
def test_accused_of_with_no_case_told_is_an_accusation_to_source(before):
    text = f"{before}\n\nThe company has been accused of spying on its customers."
    assert [s for _, s in alerts(text, "Sourcing.UnsourcedClaim")] == ["warning"]


HIGHLIGHTS = ("Women of Nigeria made the world pay attention\n\n"
              "Story highlights Ghitis: Women got the world to pay attention to the kidnapping\n\n"
              "Ghitis: Women endure the worst of repression, and they are fighting back\n\n"
              "Frida Ghitis\n\nSome contend that the campaign changed nothing.")


def test_highlights_in_the_name_of_the_byline_make_a_column():
    assert [s for _, s in alerts(HIGHLIGHTS, "Sourcing.WeaselWords")] == ["suggestion"]


@pytest.mark.parametrize("change", [("Frida Ghitis\n\n", ""),  # no byline of that name: an expert quoted twice
                                    # named once, and not opening the highlights
                                    ("Story highlights Ghitis: Women got the world to pay attention to the kidnapping\n\n"
                                     "Ghitis: Women endure", "Women got the world to pay attention\n\nGhitis: Women endure"),
                                    ("Frida Ghitis", "By Tom Reed")])
def test_highlights_quoting_somebody_else_are_news(change):
    text = HIGHLIGHTS.replace(*change)
    assert [s for _, s in alerts(text, "Sourcing.WeaselWords")] == ["warning"]


# CNN's opinion pages open the highlights with the writer's name once, then "He says ...", and
# sign with the byline alone, a suffix and all (set E, thirteenth round)
ONCE = ("On immigration, the party offers fear\n\n"
        "Story highlights Ruben Roe: Party naysayers hammer at reform, but offer no ideas\n\n"
        "He says a few members voted yes, but at a high cost\n\n{byline}\n\n"
        "Some contend that the campaign changed nothing.")


@pytest.mark.parametrize("byline", ["Ruben Roe Jr.", "Ruben Roe", "Ruben A. Roe III"])
def test_the_writers_name_opening_the_highlights_with_the_byline_makes_a_column(byline):
    assert [s for _, s in alerts(ONCE.format(byline=byline), "Sourcing.WeaselWords")] == ["suggestion"]


@pytest.mark.parametrize("byline", ["By Tom Reed", "Tom Reed"])
def test_a_name_opening_the_highlights_without_its_byline_is_news(byline):
    assert [s for _, s in alerts(ONCE.format(byline=byline), "Sourcing.WeaselWords")] == ["warning"]


@pytest.mark.parametrize("note", ["The opinions expressed in this commentary are solely those of the author.",
                                  "Editor's note: Tom Reed writes on cities. The views expressed in this column are his own.",
                                  "Follow us on Twitter @CNNOpinion.", "Read CNNOpinion's new Flipboard magazine"])
def test_the_pages_disclaimer_makes_a_column(note):
    text = f"Cities need trams\n\n{note}\n\nSome contend that the tram will never pay for itself."
    assert [s for _, s in alerts(text, "Sourcing.WeaselWords")] == ["suggestion"]
    assert [s for _, s in alerts(text.replace(note + "\n\n", ""), "Sourcing.WeaselWords")] == ["warning"]


@pytest.mark.parametrize("noun", ["comments", "remarks", "allegations", "news", "admission", "claims"])
def test_stunning_of_what_was_said_is_astonishment_not_praise(noun):
    assert alerts(f"He apologised for the stunning {noun} that surfaced on Friday.", "Neutrality.Puffery") == []


@pytest.mark.parametrize("verb", ["nodded", "smiled", "shook his head", "looked", "sighed"])
def test_sadly_of_how_somebody_did_something_is_the_scene(verb):
    assert alerts(f"The lawyer {verb} sadly as the verdict was read.", "Neutrality.Editorializing") == []


@pytest.mark.parametrize("text", ["Sadly, the plan failed.", "The plan, sadly, failed.", "Sadly for the mayor, the plan failed."])
def test_sadly_as_the_writers_comment_is_still_flagged(text):
    assert [m.lower() for m, _ in alerts(text, "Neutrality.Editorializing")] == ["sadly"]


@pytest.mark.parametrize("text", ["Suspected terrorists are killed without trial.",
                                  "Officials fear homegrown terrorists more than ever.",
                                  "His staff had to assure reporters he was not comparing union members to terrorists."])
def test_a_kind_of_threat_or_a_comparison_labels_nobody(text):
    assert alerts(text, "Neutrality.Labels") == []


@pytest.mark.parametrize("owner", ["his", "her", "the campaign's", "their"])
def test_polls_with_their_owner_named_are_sourced(owner):
    assert alerts(f"Nobody doubted that {owner} internal polls showed him slipping.", "Sourcing.WeaselWords") == []


def test_internal_polls_of_nobody_are_still_vague():
    assert [m for m, _ in alerts("Internal polls show the mayor slipping.", "Sourcing.WeaselWords")] == ["Internal polls show"]


@pytest.mark.parametrize("crowd,speaker", [("death penalty supporters argued", "said the state senator Sharon Carson"),
                                           ("the plan's backers say", "said Fergus Cullen, a former state party chairman"),
                                           ("the mayor's allies argue", "said Councillor Ana Ruiz")])
def test_a_sides_own_official_quoted_below_is_one_of_the_crowd(crowd, speaker):
    text = f"But {crowd} that the courts will read the law differently.\n\n\"If you think the law stands, you are confused,\" {speaker}."
    assert alerts(text, "Sourcing.WeaselWords") == []


def test_an_official_quoted_below_critics_answers_them():
    text = ("But critics argue that the courts will read the law differently.\n\n"
            "\"If you think the law falls, you are confused,\" said Ana Ruiz, a ministry spokeswoman.")
    assert [s for _, s in alerts(text, "Sourcing.WeaselWords")] == ["warning"]


POPUP = ("\"We need the committee's approval,\" said Rep. Thomas Massie Thomas Harold MassieGOP lawmaker says "
         "Butina was jailed due to 'Russophobia' Scalise blasts Democratic legislation on gun reforms MORE (R-Ky.), "
         "who chairs the caucus.")


@pytest.mark.parametrize("after", [" (R-Ky.), who", "’s bill, which", ", who", " said on Monday"])
def test_a_pages_related_stories_glued_to_a_name_are_not_the_story(after):
    text = POPUP.replace(" (R-Ky.), who", after)
    assert alerts(text, "Neutrality.SaidSynonyms") == []


@pytest.mark.parametrize("text", ["The Organization for Black Struggle and MORE are also funded by donors. Scalise blasts the bill.",
                                  "Rep. Steve Scalise blasts the bill. NO MORE delays, he said.",
                                  "#BlackLivesMatter marchers met the mayor. Scalise blasts the bill, and MORE (the group) agrees."])
def test_copy_with_more_in_it_is_still_read(text):
    assert [m for m, _ in alerts(text, "Neutrality.SaidSynonyms")] == ["blasts"]


@pytest.mark.parametrize("furniture", ["ADVERTISEMENT", "Advertisement", "Story continues below advertisement",
                                       "Slideshow (12 Images)"])
def test_a_pages_furniture_between_a_crowd_and_its_speaker_is_skipped(furniture):
    text = (f"Critics say the mayor is seeking to install a loyalist.\n\n{furniture}\n\n"
            "\"The mayor wants a loyalist who will do his bidding and nothing else,\" said Ana Ruiz, a lawyer for the tenants.")
    assert alerts(text, "Sourcing.WeaselWords") == []
    story = text.replace(furniture, "The council meets on Monday.")
    assert [s for _, s in alerts(story, "Sourcing.WeaselWords")] == ["warning"]


@pytest.mark.parametrize("title", ["a former assistant secretary of state", "the former mayor of the town",
                                   "a former ministry spokesman", "a former White House and Treasury Department official"])
def test_a_former_official_quoted_below_experts_is_one_of_them(title):
    text = ("Experts say the ministry has failed the farmers.\n\n"
            f"\"It never had a plan for the drought years,\" said Ana Ruiz, {title}.")
    assert alerts(text, "Sourcing.WeaselWords") == []
    serving = text.replace(title, "a ministry spokeswoman")
    assert [s for _, s in alerts(serving, "Sourcing.WeaselWords")] == ["warning"]


def test_a_speaker_answering_a_question_below_is_not_one_of_the_crowd():
    text = ("The deal could create 10,000 jobs, an outcome industry experts say is unlikely.\n\n"
            "Asked on Tuesday whether he put his business first, Trump said: \"I have nothing to do with Saudi. "
            "I don't make deals with Saudi Arabia.\"")
    assert [s for _, s in alerts(text, "Sourcing.WeaselWords")] == ["warning"]


@pytest.mark.parametrize("verb", ["indicated", "suggested", "acknowledged", "maintained"])
def test_a_label_in_what_somebody_indicated_is_theirs(verb):
    text = f"On Monday Mr. Obama {verb} that the attack was the work of terrorists."
    assert alerts(text, "Neutrality.Labels") == []
    assert [m for m, _ in alerts("On Monday the attack was the work of terrorists.", "Neutrality.Labels")] == ["terrorists"]


@pytest.mark.parametrize("text", ["The amendment passed in 2018, with nearly 65 percent of voters choosing to restore voting rights.",
                                  "Fewer than two in five voters in Massie's district backed the president.",
                                  "About 52 percent of voters in the county voted for the levy."])
def test_how_voters_voted_is_the_counts_record(text):
    assert alerts(text, "Sourcing.UnsourcedClaim") == []


@pytest.mark.parametrize("text", ["Nearly 60 percent of voters said they thought the economy was worsening.",
                                  "About 70 percent of Americans believe the law should change.",
                                  "Two in five voters want a new leader."])
def test_what_voters_think_is_a_polls_figure_to_source(text):
    assert [s for _, s in alerts(text, "Sourcing.UnsourcedClaim")] == ["suggestion"]


@pytest.mark.parametrize("text,match", [
    ("The army allowed two rallies on bases — believed to be the only such events in the world.", "believed to be"),
    ("The painting, thought to be the oldest in Europe, was sold.", "thought to be"),
    ("The boat, believed to have sunk on Monday, carried 40 people.", "believed to have"),
])
def test_a_passive_set_off_without_its_is_still_nobodys_view(text, match):
    assert [m for m, _ in alerts(text, "Sourcing.WeaselWords")] == [match]


@pytest.mark.parametrize("text", ["Three men, believed to be missing since Monday, were found.",
                                  "The painting, thought to be the oldest in Europe, was sold, the museum said.",
                                  "The painting, thought to be the oldest in Europe by experts at the Louvre, was sold."])
def test_a_set_off_passive_with_its_holder_or_the_polices_wording_is_quiet(text):
    assert alerts(text, "Sourcing.WeaselWords") == []


@pytest.mark.parametrize("noun", ["studies", "polls", "surveys"])
def test_research_after_a_relative_that_is_still_unnamed(noun):
    text = f"He wants tax hikes that {noun} show won't work."
    assert [m for m, _ in alerts(text, "Sourcing.WeaselWords")] == [f"{noun} show"]
    assert alerts(f"He wants tax hikes that the Pew {noun} show won't work.", "Sourcing.WeaselWords") == []


@pytest.mark.parametrize("description", ["ad maker for George W. Bush's 2000 and 2004 campaigns",
                                         "co-founder of No Labels and a strategist for two Texas governors",
                                         "who made the ads for Bush in 2000 and 2004"])
def test_a_name_set_off_before_a_long_description_is_the_speaker(description):
    text = (f"Others say the controversy comes at a bad time for the party. Mark McKinnon, {description}, "
            "said the party had taken one step forward and two steps back.")
    assert alerts(text, "Sourcing.WeaselWords") == []
    assert [m for m, _ in alerts(text.split(". Mark")[0] + ".", "Sourcing.WeaselWords")] == ["Others say"]


def test_a_place_opening_the_sentence_is_not_its_speaker():
    text = "Others say the controversy comes at a bad time. In Washington, many said the party had erred."
    assert [m for m, _ in alerts(text, "Sourcing.WeaselWords")] == ["Others say"]


# Set Q (held out, judged once at the end of the round): the weather's verbs, a noun "blast",
# a headline that ends on a quoted word, a population's makeup.

@pytest.mark.parametrize("text", ["It mattered in 2005, when Hurricane Katrina slammed the Gulf Coast.",
                                  "The storm slammed the coast on Monday.", "Typhoon Haiyan blasted the islands."])
def test_the_weather_slamming_a_coast_reports_no_criticism(text):
    assert alerts(text, "Neutrality.SaidSynonyms") == []


@pytest.mark.parametrize("text", ["In an email blast this week, the committee said the plan was bad.",
                                  "A fundraising blast went out on Monday."])
def test_an_email_blast_is_a_noun(text):
    assert alerts(text, "Neutrality.SaidSynonyms") == []


@pytest.mark.parametrize("text", ["The senator slammed the plan on Monday.", "Senator Ana Ruiz blasts the ruling in a letter."])
def test_a_senator_slamming_a_plan_is_still_flagged(text):
    assert [s for _, s in alerts(text, "Neutrality.SaidSynonyms")] == ["suggestion"]  # (since the seventeenth round)


@pytest.mark.parametrize("headline", ["Bernie Sanders slams Elizabeth Warren as ‘capitalist’",
                                      "Trump blasts Holder over ‘kick ‘em’ comment: ‘Disgusting statement’",
                                      'Senator blasts "reckless" budget'])
def test_a_headline_that_ends_on_a_quoted_word_is_a_headline(headline):
    text = f"{headline}\n\nThe senator criticized his rival on Monday in a long speech in the capital."
    assert [a for a in lint_text(text + "\n", rules=RULES, path="s.txt") if a.rule == "Neutrality.SaidSynonyms"] == []


def test_a_first_line_that_ends_a_quoted_sentence_is_copy():
    text = "The senator blasted his rival: 'We will win.'\n\nThe vote is on Monday in the capital."
    assert [a.match for a in lint_text(text + "\n", rules=RULES, path="s.txt") if a.rule == "Neutrality.SaidSynonyms"] == ["blasted"]


@pytest.mark.parametrize("text", ["She seeks a district in which 54 percent of voters are African-American.",
                                  "Some 40 percent of residents are over 65."])
def test_a_populations_makeup_is_the_census(text):
    assert alerts(text, "Sourcing.UnsourcedClaim") == []


def test_what_a_share_of_voters_think_is_still_a_poll():
    assert [s for _, s in alerts("About 30 percent of voters are undecided.", "Sourcing.UnsourcedClaim")] == ["suggestion"]


# Set R (held out, judged once on both codes): a head of an organisation quoted below a crowd
# speaks for the crowd's side unless the claim names that organisation.

@pytest.mark.parametrize("crowd", ["Critics accused the mayor of", "Opponents fear the mayor is", "Critics say the mayor is"])
@pytest.mark.parametrize("title", ["executive director of America's Voice", "campaign director at Oceana",
                                   "president of the Tenants Union"])
def test_an_organisations_head_quoted_below_a_crowd_is_one_of_it(crowd, title):
    text = (f"{crowd} drumming up fears to rally his base.\n\n"
            f"\"At a moment we need a mayor who helps the city heal, we have one ripping us apart,\" said Ana Ruiz, {title}.")
    assert alerts(text, "Sourcing.WeaselWords") == []


@pytest.mark.parametrize("speaker", ["Ana Ruiz, president of Acme", "Ana Ruiz, an Acme spokeswoman",
                                     "Agriculture Minister Ana Ruiz"])
def test_the_head_or_spokesman_of_what_the_crowd_criticises_answers_it(speaker):
    text = ("Critics say the Acme board has failed the farmers.\n\n"
            f"\"We did everything we could for the farmers this year,\" said {speaker}.")
    assert [s for _, s in alerts(text, "Sourcing.WeaselWords")] == ["warning"]


@pytest.mark.parametrize("caption", [
    "Image copyright AP Image caption The monastery was believed to have been built in the 6th Century",
    "A study found the gene in air pollution. Experts say it is no reason to panic. (Photo: Getty Images)",
    "Images of debris believed to be from the flight. Hide Caption 1 of 13 Photos: Search underway",
    "CLOSE Trump and his supporters blamed protesters, while others say his comments are to blame. VPC",
])
def test_a_photos_or_videos_caption_sums_up_a_sourced_story(caption):
    text = f"Search goes on for the missing plane\n\n{caption}\n\nThe search resumed on Saturday, the army said."
    assert [a for a in lint_text(text + "\n", rules=RULES, path="s.txt") if a.category == "sourcing"] == []


@pytest.mark.parametrize("line", ["Experts say it is no reason to panic, and the photos were taken in May.",
                                  "The monastery was believed to have been built in the 6th Century."])
def test_the_same_words_in_the_story_are_flagged(line):
    text = f"Search goes on for the missing plane\n\n{line}\n\nThe search resumed on Saturday in the hills."
    assert [a.rule for a in lint_text(text + "\n", rules=RULES, path="s.txt") if a.category == "sourcing"] == ["Sourcing.WeaselWords"]


# Set S (held out, judged once at the end): a crowd with a named member, a crowd as a passive's
# object, "critics of what they say", "rigged up".

@pytest.mark.parametrize("text", ["Omar and other critics suggest that Aipac has too much sway.",
                                  "Trump and some supporters have long accused the companies of bias.",
                                  "Ana Ruiz and many residents argue that the tram is too slow.",
                                  # set C (thirteenth round): a possessive crowd, a pronoun for the named
                                  "Mr Maduro and his core supporters believe the sanctions caused it.",
                                  "The process, which he and other critics claim is less fair, was changed.",
                                  "She and others say the cuts will hurt the states."])
def test_a_crowd_with_a_named_member_in_its_subject_names_its_holder(text):
    assert alerts(text, "Sourcing.WeaselWords") == []


@pytest.mark.parametrize("text", ["Other critics suggest that Aipac has too much sway.",
                                  "Some supporters have long accused the companies of bias.",
                                  "His core supporters believe the sanctions caused it.",
                                  "Some insist the plan is unfair."])
def test_the_same_crowd_alone_is_still_vague(text):
    assert [s for _, s in alerts(text, "Sourcing.WeaselWords")] == ["warning"]


@pytest.mark.parametrize("text", ["Some have insisted on giving opening statements.",
                                  "Still others insisted on the restoration of the old ways.",
                                  "Many residents insist on a vote before work starts."])
def test_a_crowds_demand_is_no_view_it_hides(text):
    assert alerts(text, "Sourcing.WeaselWords") == []


@pytest.mark.parametrize("text", ["More than 6 million people were warned to leave their homes.",
                                  "Residents have been warned to boil their water.",
                                  "Many drivers were warned to avoid the bridge."])
def test_an_order_given_to_a_crowd_is_no_view_it_holds(text):
    assert alerts(text, "Sourcing.WeaselWords") == []


@pytest.mark.parametrize("text", ["Many experts warned that the bridge was unsafe.",
                                  "Some economists have warned of a recession."])
def test_a_crowds_own_warning_is_still_vague(text):
    assert [s for _, s in alerts(text, "Sourcing.WeaselWords")] == ["warning"]


@pytest.mark.parametrize("text", ["Officials raided seven plants, arresting about 680 people believed to be working illegally.",
                                  "Both have become outspoken critics of what they say is a rigged process."])
def test_a_crowd_that_holds_no_view_is_no_weasel(text):
    assert alerts(text, "Sourcing.WeaselWords") == []


def test_rigged_up_is_a_makeshift_connection():
    assert alerts("A neighbour tapped her in to a connection he rigged up via cables.", "Sourcing.UnsourcedClaim") == []
    assert [s for _, s in alerts("The officials rigged the vote.", "Sourcing.UnsourcedClaim")] == ["suggestion"]


# The end of the tenth round: two classes no judge wanted as warnings.

@pytest.mark.parametrize("text", ["The iconic cathedral burned on Monday.", "Freed's iconic photo of the march hangs there."])
def test_iconic_is_a_suggestion(text):
    assert [s for _, s in alerts(text, "Neutrality.Puffery")] == ["suggestion"]


@pytest.mark.parametrize("text", ["The magnificent coach retired.", "The world-class museum reopened."])
def test_the_rest_of_the_puffery_stays_a_warning(text):
    assert [s for _, s in alerts(text, "Neutrality.Puffery")] == ["warning"]


@pytest.mark.parametrize("source", ["A source close to the talks", "One source", "Two people close to the talks",
                                    "People close to the president"])
def test_an_anonymous_source_passing_a_view_on_is_a_suggestion(source):
    found = [a.severity for a in lint_text(f"{source} expects a deal by Friday.\n", rules=RULES, path="s.md")
             if a.category == "sourcing"]
    assert found and set(found) == {"suggestion"}
    rule = RULES.rule("Sourcing.UnsourcedClaim")
    alone = lint_text(f"{source} expects a deal by Friday.\n", rules=[(rule, rule.level)], path="s.md")
    assert [(a.severity, "anonymous source" in a.message) for a in alone] == [("suggestion", True)]


@pytest.mark.parametrize("text", ["The center said Irma was continuing to slam the north coast of Cuba on Saturday.",
                                  "The storm slammed the Gulf coast overnight.", "Waves blasted the islands for a week."])
def test_the_weather_slamming_a_coast_far_from_its_name_reports_no_criticism(text):
    assert alerts(text, "Neutrality.SaidSynonyms") == []


def test_a_governor_slamming_the_coast_guard_is_still_criticism():
    assert [s for _, s in alerts("The governor slammed the Coast Guard on Monday.", "Neutrality.SaidSynonyms")] \
        == ["suggestion"]


@pytest.mark.parametrize("link", ["SEE ALSO: Devil in details blocks agreement on the border fence",
                                  "PHOTOS: Conservatives in Hollywood", "Related: Key Senate races to watch",
                                  "READ MORE: The council's budget in five charts"])
def test_a_link_to_another_story_between_a_crowd_and_its_speaker_is_skipped(link):
    text = (f"Critics say the mayor is seeking to install a loyalist.\n\n{link}\n\n"
            "\"The mayor wants a loyalist who will do his bidding and nothing else,\" said Ana Ruiz, a lawyer for the tenants.")
    assert alerts(text, "Sourcing.WeaselWords") == []
    story = text.replace(link, "The council meets on Monday.")
    assert [s for _, s in alerts(story, "Sourcing.WeaselWords")] == ["warning"]


@pytest.mark.parametrize("crowd,speaker", [
    ("Some analysts say the president is campaigning for his legacy.",
     "\"He wants to protect what he built,\" said John Feehery, a Republican strategist."),
    ("Opponents of the law say the measure is not out of the legal woods yet.",
     "\"The subsidies are still open to challenge in court,\" said Michael Cannon of the Cato Institute."),
    ("Parental support does not stop young adults from becoming independent, experts say.",
     "\"It is a great thing overall that there is this closeness,\" said Jeffrey Arnett, a psychologist."),
])
def test_a_crowd_whose_paragraph_goes_on_a_sentence_is_sourced_by_the_speaker_opening_the_next(crowd, speaker):
    goes_on = "The problem goes back to the subsidies that help people afford cover."
    text = f"{crowd} {goes_on}\n\n{speaker}"
    assert alerts(text, "Sourcing.WeaselWords") == []
    # a paragraph that goes on longer, or a speaker who answers the crowd, leaves it vague (but
    # analysts or experts whose strategist or psychologist the story names right below are one
    # level down: see tests/test_fifteenth_round.py and tests/test_twentieth_round.py)
    longer = f"{crowd} {goes_on} The court will rule in June.\n\n{speaker}"
    expected = "suggestion" if "analysts" in crowd or "experts" in crowd else "warning"
    assert [s for _, s in alerts(longer, "Sourcing.WeaselWords")] == [expected]
    answered = f"{crowd} {goes_on}\n\nBut {speaker[0].lower()}{speaker[1:]}"
    assert [s for _, s in alerts(answered, "Sourcing.WeaselWords")] == ["warning"]
    # a speaker below who does not open with their own words is as often on another point, and
    # a sentence with a hedge of its own is a second claim, not the first one going on
    reported = f"{crowd} {goes_on}\n\nAna Ruiz, a partner at the fund, said it had \"real customers, not a slide deck\"."
    assert [s for _, s in alerts(reported, "Sourcing.WeaselWords")] == ["warning"]
    hedged = f"{crowd} The minister is widely thought to favour a delay.\n\n{speaker}"
    assert "warning" in [s for _, s in alerts(hedged, "Sourcing.WeaselWords")]


def test_research_whose_paragraph_goes_on_still_wants_its_study():
    text = ("Studies have shown that none of the recent shootings would have been prevented. The guns were bought "
            "from licensed dealers.\n\n\"The evidence is overwhelming,\" said Ana Ruiz, a senator.")
    assert [s for _, s in alerts(text, "Sourcing.WeaselWords")] == ["warning"]


@pytest.mark.parametrize("poll", ["the latest NBC News/Wall Street Journal poll that showed",
                                  "a Gallup survey that found", "the Pew Research Center poll that showed"])
def test_a_figure_given_by_the_poll_named_in_a_relative_clause_is_sourced(poll):
    text = f"The mood is gloomy, as seen in {poll} 68 percent of Americans believe the country is worse off."
    assert alerts(text, "Sourcing.UnsourcedClaim") == []
    unnamed = f"The mood is gloomy: 68 percent of Americans believe the country is worse off."
    assert [s for _, s in alerts(unnamed, "Sourcing.UnsourcedClaim")] == ["suggestion"]


@pytest.mark.parametrize("crowd", ["Most Americans believe", "Many Britons think", "Two-thirds of Republicans say",
                                   "A majority of Democrats say", "Some 60 percent of Canadians believe"])
def test_a_share_of_a_people_is_not_a_named_source_for_the_next_sentence(crowd):
    # the people counted are a poll's respondents or a vague crowd, not a speaker: the crowd
    # of the next sentence is as vague as before
    text = f"Critics say the minister has failed. {crowd} he should resign."
    assert "Critics say" in [m for m, _ in alerts(text, "Sourcing.WeaselWords")]
    named = text.replace(crowd, "Ana Ruiz, the senator from Ohio, says")
    assert alerts(named, "Sourcing.WeaselWords") == []


@pytest.mark.parametrize("text", ["Polls show a slight drop in support for Obama this year, says pollster Jim Gerstein.",
                                  "Studies suggest the drug works for most Americans, said Ana Ruiz, a doctor in Ohio.",
                                  "Critics argue the plan hurts farmers in Iowa, says Tom Reed, who farms near Ames."])
def test_a_crowd_clause_before_a_named_speakers_tag_is_the_speakers(text):
    # the clause before the comma has its own verb of saying: it is not a description of the
    # speaker, whom the tag after the verb names
    assert alerts(text, "Sourcing.WeaselWords") == []
    assert [s for _, s in alerts(text.split(",")[0] + ".", "Sourcing.WeaselWords")] == ["warning"]


@pytest.mark.parametrize("text", ['Claim: "Health care spending has grown under 4 percent for the first time in 50 years."',
                                  "Claims: “The new law has secured more than a billion dollars in refunds.”"])
def test_a_fact_checks_claim_label_is_not_a_speech_tag(text):
    assert alerts(text, "Neutrality.SaidTags") == []
    spoken = "The senator claimed:" + text.split(":", 1)[1]
    assert [m for m, _ in alerts(spoken, "Neutrality.SaidTags")] == ["claimed"]


@pytest.mark.parametrize("crowd", ["analysts say", "economists warn", "experts predict"])
def test_a_forecast_a_vague_crowd_makes_is_asked_about_once(crowd):
    text = f"Not nearly as many Americans will buy insurance without the mandate, {crowd}."
    assert alerts(text, "Sourcing.UnsourcedClaim") == []
    # unsourced, a forecast of what people will do is a suggestion (twelfth round: none of six judged was right)
    assert [s for _, s in alerts(text.replace(f", {crowd}", ""), "Sourcing.UnsourcedClaim")] == ["suggestion"]


@pytest.mark.parametrize("lead", ['In an interview with "The Daily Beast", Ana Ruiz replied to a question about the plan',
                                  "On Monday, Ana Ruiz responded to the report", "Ana Ruiz has written to the council"])
def test_a_participle_of_saying_after_a_comma_is_the_main_clauses_subjects(lead):
    text = f"Critics say the plan will fail. {lead}, saying the farmers will lose their land."
    assert alerts(text, "Sourcing.WeaselWords") == []


@pytest.mark.parametrize("text,rule", [("Syria's brutal civil war drove millions from their homes.", "Neutrality.Emotive"),
                                       ("A brutal confirmation fight would likely ensue.", "Neutrality.Emotive"),
                                       ("NBC stops running the racist ad after millions viewed it.", "Neutrality.Labels"),
                                       ("The flag is a reminder of a racist past.", "Neutrality.Labels"),
                                       ("Neo-Nazis marched through the town with torches.", "Neutrality.Labels"),
                                       ("The party was founded by a neo-Nazi in 1988.", "Neutrality.Labels"),
                                       ("After his disastrous news conference, he flew home.", "Neutrality.Emotive"),
                                       ("The botched rollout cost the party votes.", "Neutrality.Emotive"),
                                       ("The country has an abysmal human rights record.", "Neutrality.Emotive"),
                                       ("It was an alarming report.", "Neutrality.Emotive"),
                                       ("The dismal jobs market weighed on the shares.", "Neutrality.Emotive"),
                                       ("The brash billionaire won the primary.", "Neutrality.Emotive"),
                                       ("He made incendiary comments about the judge.", "Neutrality.Emotive")])
def test_brutal_racist_and_neo_nazi_are_suggestions_by_the_judged_record(text, rule):
    assert [s for _, s in alerts(text, rule)] == ["suggestion"]


@pytest.mark.parametrize("text,rule", [("The cowardly attack killed three guards.", "Neutrality.Emotive"),
                                       ("The regime brutally crushed the protest.", "Neutrality.Emotive"),
                                       ("The brutal junta drove them from the town.", "Neutrality.Emotive"),
                                       ("The brutal Azerbaijani regime fell in the spring.", "Neutrality.Emotive"),
                                       ("The cult leader was arrested on Monday.", "Neutrality.Labels")])
def test_the_rest_of_the_emotive_words_and_labels_stay_warnings(text, rule):
    assert [s for _, s in alerts(text, rule)] == ["warning"]


@pytest.mark.parametrize("poll", ["An Emerson College poll published at the end of last month showed",
                                  "A Wall Street Journal-NBC News poll published earlier this month showed",
                                  "A recent Monmouth University poll found"])
def test_a_named_poll_opening_the_next_paragraph_sources_polls_show(poll):
    text = f"Recent polls show Cruz in a neck-and-neck race.\n\n{poll} Cruz ahead by only a point."
    assert alerts(text, "Sourcing.WeaselWords") == []
    unnamed = text.replace(poll, "A poll published at the end of last month showed")
    assert [m for m, _ in alerts(unnamed, "Sourcing.WeaselWords")] == ["Recent polls show"]


@pytest.mark.parametrize("member", ["among them Grover Norquist, the anti-tax activist",
                                    "including Sen. Ana Ruiz of Ohio"])
def test_a_crowd_whose_members_the_sentence_names_is_sourced(member):
    text = f"The governor backed the plan on Monday. But others did not agree, {member}."
    assert alerts(text, "Sourcing.WeaselWords") == []
    # (not an example among the claim's own words)
    example = "The governor backed the plan. Critics say it will hurt farmers such as Ana Ruiz."
    assert [m for m, _ in alerts(example, "Sourcing.WeaselWords")] == ["Critics say"]


def test_reports_that_say_name_their_makers_as_the_next_sentences_source():
    text = ("Human rights groups say such secrecy prevents scrutiny of civilian casualties. Amnesty International "
            "and Human Rights Watch have released reports on Pakistan and Yemen that say the strikes could be illegal.")
    assert alerts(text, "Sourcing.WeaselWords") == []


@pytest.mark.parametrize("member", ["Sen. Jeff Sessions, R-Alabama, is leading the charge against it and is a tough critic.",
                                    "Ana Ruiz, a longtime critic of the plan, has tried to derail it at every turn.",
                                    "Tom Reed has been an opponent of the bill since it was drafted."])
def test_a_named_member_of_the_crowd_below_it_sources_it(member):
    text = f"Critics insist the proposed change amounts to amnesty.\n\n{member}"
    assert alerts(text, "Sourcing.WeaselWords") == []
    other = text.replace("critic", "senator").replace("opponent", "ally")
    assert [m for m, _ in alerts(other, "Sourcing.WeaselWords")] == ["Critics insist"]


CAMPAIGN_DAYS = " ".join(f"The campaign held event number {n} in Ohio on Monday." for n in range(12))


@pytest.mark.parametrize("lede", ["Negative views of Ana Ruiz have jumped to their highest in ABC News/Washington Post polls.",
                                  "Ruiz and Reed are dead even in the latest Washington Times/JZ Analytics Poll."])
@pytest.mark.parametrize("claim, level", [("While 21 percent of Americans see Ruiz strongly favorably, 39 percent do not.",
                                           "suggestion"),
                                          ("Voters are also increasingly enthusiastic about their pick.", "warning")])
def test_a_poll_the_lede_names_by_its_makers_sources_the_storys_figures(lede, claim, level):
    story = f"Ruiz goes under water\n\n{lede}\n\n{CAMPAIGN_DAYS}\n\n{claim}\n"
    assert alerts(story, "Sourcing.UnsourcedClaim") == []
    unnamed = story.replace(lede, "Negative views of Ana Ruiz have jumped to their highest in years.")
    assert [s for _, s in alerts(unnamed, "Sourcing.UnsourcedClaim")] == [level]


@pytest.mark.parametrize("text", ["Sanders entered the race with an unmatched ability to raise money.",
                                  "He built a political apparatus unrivalled in the field.",
                                  "The film brought dinosaurs to life with groundbreaking computer imagery.",
                                  "The building is one of the finest examples of French Gothic architecture.",
                                  "She turned a tedious hearing into must-see TV."])
def test_a_claim_of_a_record_readers_can_check_is_a_suggestion(text):
    assert [s for _, s in alerts(text, "Neutrality.Puffery")] == ["suggestion"]


@pytest.mark.parametrize("link,told,rule", [
    ("More:D-Day: 17 stunning photos from 1944 show how hard the invasion was",
     "The photos from 1944 are stunning.", "Neutrality.Puffery"),
    ("'Are you a spoiler?': why critics fear the bid may ensure a win Read more",
     "Critics fear the bid may ensure a win.", "Sourcing.WeaselWords"),
    ("RELATED: Critics say the plan is doomed", "Critics say the plan is doomed.", "Sourcing.WeaselWords"),
    ("(SEE RELATED: Let the cuts begin, some critics say)", "Some critics say the cuts should begin.",
     "Sourcing.WeaselWords"),
    ("JUST WATCHED Critics say the plan is doomed Replay More Videos ... MUST WATCH Critics say the plan is doomed 02:10",
     "Critics say the plan is doomed.", "Sourcing.WeaselWords")])
def test_a_line_linking_to_another_story_is_not_the_storys_copy(link, told, rule):
    story = f"The council met on Monday.\n\n{link}\n\nThe vote was 5-2, the clerk said."
    assert alerts(story, rule) == []
    assert alerts(story.replace(link, told), rule) != []


def test_a_fact_checks_claim_label_with_its_article_is_not_a_speech_tag():
    text = 'The claim: "We will find out exactly what happened," Obama said.'
    assert alerts(text, "Neutrality.SaidTags") == []


@pytest.mark.parametrize("tail", ["even if one more state ratifies the amendment", "after the report appeared in May",
                                  "until state attorneys general sued"])
def test_a_noun_that_is_also_a_verb_of_saying_is_no_source(tail):
    text = f"But some say it is not a done deal {tail}."
    assert [m for m, _ in alerts(text, "Sourcing.WeaselWords")] == ["some say"]


def test_the_verb_of_saying_before_a_copula_is_still_a_source():
    text = "Those arrested are accused of running the site, which investigators claim was a clearing house for fraud."
    assert alerts(text, "Sourcing.UnsourcedClaim") == []


# Twelfth round (eval/UNSEEN.md): sources the sentence gives in other shapes

@pytest.mark.parametrize("opening", ["In the latest New York Times-CBS News poll,", "In a Gallup poll released Monday,",
                                     "However, in a Pew Research Center survey last year,",
                                     "In a survey of 1,000 voters by YouGov,"])
def test_a_named_poll_opening_the_sentence_sources_its_figure(opening):
    text = f"{opening} only 4 percent of Americans picked foreign policy as their top concern."
    assert alerts(text, "Sourcing.UnsourcedClaim") == []
    unnamed = text.replace(opening, "In a recent poll,") if opening[0] == "I" else text.replace(opening, "However,")
    assert [s for _, s in alerts(unnamed, "Sourcing.UnsourcedClaim")] == ["suggestion"]


@pytest.mark.parametrize("made", ["not yet finalized conducted by Edison Research", "commissioned by the AARP",
                                  "published on Monday by Pew"])
def test_according_to_a_poll_reaches_the_name_of_its_maker(made):
    text = f"Ruiz won only 44 percent of voters older than 65, according to exit polls {made}."
    assert alerts(text, "Sourcing.UnsourcedClaim") == []
    # (election night's exit poll is one known survey, a source even unmade: tests/test_sixteenth_round.py)
    assert alerts(text.replace(f"exit polls {made}", "polls released on Monday"), "Sourcing.UnsourcedClaim") != []


@pytest.mark.parametrize("statement", ["Romney's remark that", "his call for cutting taxes for", "Ruiz's claim that"])
def test_a_figure_told_as_somebodys_statement_is_theirs(statement):
    text = f"Reed brought up {statement} 47% of Americans are dependent on government support."
    assert alerts(text, "Sourcing.UnsourcedClaim") == []
    assert alerts(text.replace(statement, "the fact that"), "Sourcing.UnsourcedClaim") != []


def test_a_statement_beside_a_claim_does_not_source_it():
    claim = "Reed is believed to have raised his offer."
    assert [m for m, _ in alerts(f"{claim} For his bid to succeed, he needs the board.", "Sourcing.WeaselWords")] \
        == ["is believed to"]
    assert [m for m, _ in alerts(f"{claim} His remark that the board backs him was denied.",
                                 "Sourcing.WeaselWords")] == ["is believed to"]


@pytest.mark.parametrize("name", ["May Chu", "Will Hurd", "Can Dundar"])
def test_a_speaker_whose_name_is_also_an_auxiliary_is_named(name):
    text = f'Experts warn that masks are no shield. "They are not magic," said {name}, an epidemiologist.'
    assert alerts(text, "Sourcing.WeaselWords") == []
    assert [m for m, _ in alerts(text.replace(f"said {name}, an epidemiologist", "one said"),
                                 "Sourcing.WeaselWords")] == ["Experts warn"]


def test_a_tag_that_asks_after_a_quotation_is_the_crowds_member_not_an_answer():
    text = ("Critics of the network say its hosts use the same rhetoric.\n\n"
            '"How does Fox square this with its primetime shows?" asked Jesse Lehrich, communications director '
            "for the group Organizing for America.")
    assert alerts(text, "Sourcing.WeaselWords") == []
    answer = text.replace('"How does Fox square this with its primetime shows?" asked', "Asked about it,") \
        .replace("for the group Organizing for America.", 'for the network, said: "We disagree."')
    assert [m for m, _ in alerts(answer, "Sourcing.WeaselWords")] == ["Critics of the network say"]


@pytest.mark.parametrize("marks", [("“", "”"), ('"', '"')])
@pytest.mark.parametrize("title", ["vice president of the group, who treated patients in Liberia", "a doctor"])
def test_a_tag_after_a_quotation_whose_comma_is_inside_the_marks_speaks_for_the_sentence(marks, title):
    o, c = marks
    text = f"People say that Ebola looks {o}so far away, it is so remote,{c} said Dr. J. Scott Ries, {title}."
    assert alerts(text, "Sourcing.WeaselWords") == []
    assert [m for m, _ in alerts(text.replace(f" said Dr. J. Scott Ries, {title}", ""), "Sourcing.WeaselWords")] \
        == ["People say"]


@pytest.mark.parametrize("subject", ["He also pointed", "She later pointed", "They then pointed"])
def test_a_participle_of_saying_belongs_to_the_pronoun_that_opens_the_sentence(subject):
    text = f'{subject} to the smoking debate, saying people thought Lautenberg was "crazy" for his ban.'
    assert alerts(text, "Sourcing.WeaselWords") == []
    assert [m for m, _ in alerts("In the smoking debate, people thought Lautenberg was crazy for his ban.",
                                 "Sourcing.WeaselWords")] == ["people thought"]


@pytest.mark.parametrize("supposed,stated", [
    ("Such conduct would not be impeachable even if Trump is guilty of coercing Ukraine.",
     "Trump is guilty of coercing Ukraine."),
    ("Sanctions will follow if the kingdom was responsible for the killing.",
     "The kingdom was responsible for the killing."),
    ("It is not yet known whether the militia was behind the bombing.", "The militia was behind the bombing."),
    ("There was no lead on who might have been responsible for the attacks.",
     "The militia might have been responsible for the attacks.")])
def test_guilt_supposed_in_a_condition_or_an_indirect_question_accuses_nobody(supposed, stated):
    assert alerts(supposed, "Sourcing.UnsourcedClaim") == []
    assert [s for _, s in alerts(stated, "Sourcing.UnsourcedClaim")] == ["warning"]


@pytest.mark.parametrize("tail", [', particularly in Roseburg, where "nothing really bad happens at all."',
                                  ', and that "nobody expected it here."'])
def test_a_speakers_account_goes_on_into_a_later_quotation(tail):
    text = f"Evan Hocker, who is studying computer science, says the violence was shocking{tail}"
    assert alerts(text, "Neutrality.Emotive") == []
    tagged_first = '"Nothing really bad happens here," Evan Hocker says of the shocking violence.'
    assert [m for m, _ in alerts(tagged_first, "Neutrality.Emotive")] == ["shocking"]


def test_a_pages_video_boxes_do_not_make_a_report_a_column():
    boxes = "\n\n".join(f"JUST WATCHED Is the {w} plan dead? Replay More Videos ... MUST WATCH Is the {w} plan dead? 02:10"
                        for w in ("tax", "rail"))
    days = " ".join(f"The council met on day {n} of the talks and adjourned without a vote." for n in range(60))
    story = f"Budget talks stall\n\n{boxes}\n\nCritics say the measures are unacceptable intrusions.\n\n{days}"
    assert [s for _, s in alerts(story, "Sourcing.WeaselWords")] == ["warning"]


# ("it should be noted" joined them at the twenty-first round: none of three judged right on long
# stories; the writer's own verdict opening the sentence stays a warning)
@pytest.mark.parametrize("signpost", ["It's worth noting", "It’s worth noting", "It is also worth noting"])
def test_worth_noting_is_a_signpost_suggestion_where_a_verdict_stays_a_warning(signpost):
    text = f"{signpost} that Nevada is the only state where the two campaigns have as many offices."
    assert alerts(text, "Neutrality.Editorializing") == [(signpost, "suggestion")]
    verdict = text.replace(f"{signpost} that", "Interestingly,")
    assert alerts(verdict, "Neutrality.Editorializing") == [("Interestingly", "warning")]


@pytest.mark.parametrize("text,match", [
    ("The agency came under fire for the decision, which critics described as politically motivated.",
     "which critics described as"),
    ("Protests spread against what some described as racial bias by the police.", "what some described as"),
    ("He apologised for what many saw as one of his worst moments.", "what many saw as")])
def test_a_relative_clause_that_gives_a_vague_crowds_verdict_is_a_weasel(text, match):
    assert alerts(text, "Sourcing.WeaselWords") == [(match, "warning")]
    named = text.replace(match.split()[1], "the inspector general", 1)
    assert alerts(named, "Sourcing.WeaselWords") == []


# Set C (thirteenth round): a verdict passed by a vague crowd, told in the passive, hides its
# holders as "critics say" does; a named member, or a named body, names them.
@pytest.mark.parametrize("text", ["The debate was widely panned by political observers.",
                                  "The plan has been criticized by experts.",
                                  "His choice was hailed by many conservatives as a serious one.",
                                  "The ruling was condemned by critics.",
                                  # the twelfth round's judges' misses
                                  "He was castigated by much of the party establishment.",
                                  "The deal, which many consider a betrayal, passed.",
                                  "It was what many consider the best option."])
def test_a_verdict_passed_by_a_vague_crowd_in_the_passive_is_flagged(text):
    assert [s for _, s in alerts(text, "Sourcing.WeaselWords")] == ["warning"]


@pytest.mark.parametrize("text", ["The plan was panned by some governors and Speaker Nancy Pelosi.",
                                  "The plan was criticized by experts at the IMF.",
                                  "The plan was criticized by the mayor.",
                                  "What some considered doing was against the rules."])
def test_a_verdict_passed_by_a_named_holder_in_the_passive_is_sourced(text):
    assert alerts(text, "Sourcing.WeaselWords") == []


# Set E (thirteenth round): a speaker's abbreviation in brackets between the name and the verb
# ("IS" is no "is"), as news writes every body it names the first time.
@pytest.mark.parametrize("speaker", ["Islamic State (IS)", "So-called Islamic State (IS)", "Hamas (HM)",
                                     "The Committee to Protect Journalists (CPJ)", "Sen. Ted Cruz (R-TX)"])
def test_a_name_with_its_abbreviation_in_brackets_is_the_source(speaker):
    assert alerts(f"{speaker} said it was behind the explosions.", "Sourcing.UnsourcedClaim") == []


def test_a_bracketed_name_with_no_verb_of_saying_is_still_unsourced():
    assert [s for _, s in alerts("Islamic State (IS) was behind the explosions.", "Sourcing.UnsourcedClaim")] == ["warning"]


# Set F (thirteenth round): the quotation that opens the next paragraph may begin with the
# speaker's own "Although ..." (a clause of theirs, not the reporter's "But", the other side).
@pytest.mark.parametrize("opening", ["Although", "Though"])
def test_a_quotation_below_opening_with_although_is_the_crowds_member(opening):
    text = (f"Legal experts say the court's request could suggest some interest in the case.\n\n"
            f'"{opening} the justices do not always listen, the fact that they asked is telling," said '
            f"Stephen Roe, a professor of law at American University.\n")
    assert alerts(text, "Sourcing.WeaselWords") == []


def test_the_reporters_but_below_is_still_the_other_side():
    text = ("Legal experts say the court's request could suggest some interest in the case.\n\n"
            "But Stephen Roe, a spokesman for the court, said the request was routine.\n")
    assert [s for _, s in alerts(text, "Sourcing.WeaselWords")] == ["warning"]


# Sets C, E and F (thirteenth round): a speaker's title or initial with its point ("Mr.",
# "Sen.", "Stephen I. Vladeck") no longer ends the quotation's tag before the name.
@pytest.mark.parametrize("tag", ["Mr. Dunlap said", "Sen. Bob Corker told reporters", "said Stephen I. Vladeck, a law professor",
                                 "Tennessee Republican Sen. Bob Corker told \"Fox News Sunday.\"", "Dr. Ana Ruiz said",
                                 "Rep. Tom Cole (R-Okla.) told The Hill", "Sen. Chuck Schumer (D., N.Y.) said on NBC",
                                 "U.S. economist Ana Ruiz said Sunday",
                                 "Target Corp. chief Brian Cornell said late Thursday",
                                 "Joint Chiefs of Staff Chairman Gen. Mark A. Milley said in a letter"])
def test_a_titled_speaker_quoted_below_is_the_crowds_member(tag):
    text = ("Observers say retired officers should be free to express their views on policy.\n\n"
            f'"Americans need to be able to consider the views of those who served," {tag}.\n')
    assert alerts(text, "Sourcing.WeaselWords") == []


def test_an_untagged_quotation_below_leaves_the_crowd_vague():
    text = ("Observers say retired officers should be free to express their views on policy.\n\n"
            '"Americans need to be able to consider the views of those who served." Mr. Dunlap agreed.\n')
    assert [s for _, s in alerts(text, "Sourcing.WeaselWords")] == ["warning"]


# Set F (thirteenth round): a quotation of two sentences opening the next paragraph after a few
# words of the reporter's, its tag in the second ('A Trump win "would ... party. I would not ...,"
# said Pete Roe'): its speaker is the crowd's member, as when the quotation opens the paragraph.
@pytest.mark.parametrize("lead", ["A Trump win ", "Defeat "])
def test_a_quotation_of_two_sentences_below_names_the_crowds_member(lead):
    text = ("Some fear the party will not get another chance to act on the advice.\n\n"
            f'{lead}"would precipitate the breakup of the party. I would not be a part of it," said '
            "Pete Roe, a Republican strategist.\n")
    assert alerts(text, "Sourcing.WeaselWords") == []


# A speaker whose name is hyphenated or has an apostrophe, or ends in "-ly", or who is followed
# by party and state in brackets, is the source of the sentence (an audit of 2,692 sentences of
# "Name said" in unseen news found 37 such speakers unread; thirteenth round).
@pytest.mark.parametrize("intro, speaker", [
    ("The group is run by Lauren Groh-Wargo, its chief.", "Groh-Wargo said"),
    ("The police chief, Sean O'Neil, spoke on Monday.", "O'Neil said"),
    ("The leader, Abdel Fattah El-Sisi, spoke on Monday.", "El-Sisi said"),
    ("The economist Tom Canally spoke on Monday.", "Canally said"),
    ("The lawmakers met on Monday.", "Rep. Tom Cole (R-Okla.) said"),
    ("The lawmakers met on Monday.", "Chairman Bob Goodlatte (R., Va.) said"),
])
def test_an_unusual_name_before_said_sources_the_claim(intro, speaker):
    text = f"{intro} {speaker} the militia was behind the bombing.\n"
    assert alerts(text, "Sourcing.UnsourcedClaim") == []


def test_a_capitalised_adverb_is_no_speaker():
    text = "The lawmakers met on Monday. Early estimates put the toll at 40. The militia was behind the bombing.\n"
    assert [s for _, s in alerts(text, "Sourcing.UnsourcedClaim")] == ["warning"]


# A tag set off mid-sentence ("It is harder, Smith said, to raise money") and a verb of saying
# with the one spoken to ("said to reporters that") name the speaker; "is said to be", "agreed
# to" and "responding to a video" do not.
@pytest.mark.parametrize("sentence", ["It is harder, Ana Ruiz said, to prove the militia was behind the bombing.",
                                      "Ana Ruiz said to reporters that the militia was behind the bombing.",
                                      "Ana Ruiz explained to the court that the militia was behind the bombing.",
                                      "Ana Ruiz wrote to the Jewish Journal that the militia was behind the bombing."])
def test_a_tag_mid_sentence_or_to_its_hearers_names_the_speaker(sentence):
    assert alerts(sentence, "Sourcing.UnsourcedClaim") == []


@pytest.mark.parametrize("sentence, rule", [
    ("The ship is said to be the largest afloat.", "Sourcing.WeaselWords"),
    ("The militia was behind the bombing, responding to a video made abroad.", "Sourcing.UnsourcedClaim")])
def test_to_after_a_verb_of_acting_names_nobody(sentence, rule):
    assert [s for _, s in alerts(sentence, rule)] == ["warning"]


# The deck (standfirst) under a headline summarises the story as the headline does, printed
# without a stop: a crowd there is sourced below, as in the headline (fourteenth round). The same
# words as the story's first paragraph, ending on a stop, are its lede and still flagged; so is
# a deck in a story with no headline above it.
@pytest.mark.parametrize("deck", [
    "Experts warned of mission creep after the president ordered special forces to take a more active role",
    "Some question whether the payments, due before most crops are harvested, will reach the farmers who need them",
    "Critics say the plan will fail; supporters say it is the only way to cut waiting lists",
])
@pytest.mark.parametrize("syntax", ["txt", "md"])
def test_a_deck_under_the_headline_is_sourced_below_it_as_the_headline_is(deck, syntax):
    headline = "# Obama changes tack on Syria" if syntax == "md" else "Obama changes tack on Syria"
    story = "The president spoke on Monday."
    rule = "Sourcing.WeaselWords"
    def found(text):
        return [m for m, severity in [(a.match, a.severity) for a in lint_text(
            text + "\n", rules=RULES, path=f"s.{syntax}") if a.rule == rule] if severity == "warning"]
    assert found(f"{headline}\n\n{deck}\n\n{story}") == []
    assert found(f"{headline}\n\n{deck}.\n\n{story}") != []
    assert found(f"{story}\n\n{deck}\n\n{story}") != []


# Who answers a crowd and who is one of it (fourteenth round): a legislator, a committee's chair,
# the official of a party, a union or a campaign, or an aide to presidents quoted below "critics
# say" is one of the critics (sets I-G: 6 such warnings, all false alarms); the spokesman of the
# government, or of the union or party the claim names, still answers them.
@pytest.mark.parametrize("title", ["Sen. Ana Ruiz, a Republican senator from Ohio",
                                   "Senate Armed Services Committee Chairman Ana Ruiz",
                                   "Ana Ruiz, an influential state party official",
                                   "Ana Ruiz, a spokeswoman for the controllers union",
                                   "Ana Ruiz, a campaign official",
                                   "Ana Ruiz, an aide to the last three Republican presidents"])
@pytest.mark.parametrize("crowd", ["Critics say", "Others fear", "Some aviation experts say"])
def test_a_legislator_or_a_sides_official_below_a_crowd_is_one_of_it(title, crowd):
    text = (f"{crowd} the new rules will leave the towers short of staff.\n\n"
            f"\"We have warned about this for years and nobody listened to us,\" said {title}.")
    assert alerts(text, "Sourcing.WeaselWords") == []


@pytest.mark.parametrize("title", ["Ana Ruiz, a ministry spokeswoman", "Ana Ruiz, a White House spokeswoman",
                                   "Ana Ruiz, a spokeswoman for the Air Traffic Controllers Union"])
def test_the_governments_or_the_named_unions_spokesman_below_a_crowd_answers_it(title):
    text = ("Critics say the ministry and the Air Traffic Controllers Union have left the towers short of staff.\n\n"
            f"\"We have done everything the rules ask of us,\" said {title}.")
    assert [s for _, s in alerts(text, "Sourcing.WeaselWords")] == ["warning"]


# A court's finding told with the court, and a figure in a condition, claim nothing unsourced
# (fourteenth round, set j); the same words alone still do.
# (a share of the people alone is a suggestion since the seventeenth round)
@pytest.mark.parametrize("sourced, bare, level", [
    ("The judge ruled that the athlete was guilty of firing a gun in a public place.",
     "The athlete was guilty of firing a gun in a public place.", "warning"),
    ("The jury found that the firm was guilty of fraud.", "The firm was guilty of fraud.", "warning"),
    ("The board must act if 5 percent of registered voters sign a petition.",
     "Some 5 percent of registered voters signed a petition.", "suggestion"),
    ("The law applies once 10% of residents ask for a vote.", "About 10% of residents want a vote.", "suggestion"),
])
def test_a_courts_finding_or_a_condition_claims_nothing_unsourced(sourced, bare, level):
    assert [s for _, s in alerts(sourced, "Sourcing.UnsourcedClaim")] == []
    assert [s for _, s in alerts(bare, "Sourcing.UnsourcedClaim")] == [level]


# Organisations by kind ("rights groups say") are the wire's kind of source, a suggestion; the
# same crowd accusing somebody is a grave charge with no accuser named, a warning (fourteenth round)
@pytest.mark.parametrize("crowd", ["Rights groups", "Human rights groups", "Environmental groups", "Aid organisations"])
def test_organisations_by_kind_are_a_suggestion_unless_they_accuse(crowd):
    assert [s for _, s in alerts(f"{crowd} say conditions in the camps are poor.", "Sourcing.WeaselWords")] == ["suggestion"]
    assert [s for _, s in alerts(f"{crowd} have long argued that the dam is unsafe.", "Sourcing.WeaselWords")] == ["suggestion"]
    assert [s for _, s in alerts(f"{crowd} accuse both sides of war crimes.", "Sourcing.WeaselWords")] == ["warning"]
    assert [s for _, s in alerts(f"{crowd} have blamed the army for the killings.", "Sourcing.WeaselWords")] == ["warning"]


def test_a_white_house_director_below_critics_still_answers_them():
    text = ("Critics say the White House has left the agencies short of staff.\n\n"
            "\"We have done everything the rules ask of us,\" said Ana Ruiz, the White House communications director.")
    assert [s for _, s in alerts(text, "Sourcing.WeaselWords")] == ["warning"]
