"""Issue 10, precision of the neutrality and naming rules on copy they were not tuned on.

Each behaviour is built as variants (tense, determiners, adjectives between, plural, quoted),
and each test says what an editor would want: a warning where the word is loaded in almost
every news use, a suggestion where desks differ, nothing where the word is another sense, a
framed description, or the point of an opinion piece.
"""
from __future__ import annotations

import pytest

from stylelint import ConfigError, lint_text, load_rules

BUILTIN = load_rules()


def alerts(text, rule=None, rules=BUILTIN, path="story.md"):
    return [a for a in lint_text(text + "\n", rules=rules, path=path)
            if rule is None or a.rule == rule]


def levels(text, rule, rules=BUILTIN, path="story.md"):
    return [(a.match, a.severity) for a in alerts(text, rule, rules, path)]


# -- levels: how sure the rule is ---------------------------------------------------------------

CHECKABLE = ["award-winning", "acclaimed", "critically acclaimed", "famed", "renowned", "prestigious",
             "celebrated", "pioneering", "widely respected", "world-famous"]
# ("iconic": a suggestion since the tenth round; "groundbreaking", "unmatched" and the other claims
# of a record since the eleventh, test_news_conventions.py)
# ("legendary": a suggestion since the seventeenth round, tests/test_seventeenth_round.py;
# "breathtaking" since the eighteenth, tests/test_eighteenth_round.py)
LOADED = ["world-class", "superb", "stunning", "magnificent"]
FRAMES = ["The {w} architect designed the museum.", "It is a {w} school in the north.",
          "Visitors flock to the {w} gardens every summer."]


@pytest.mark.parametrize("word", CHECKABLE)
@pytest.mark.parametrize("frame", FRAMES)
def test_checkable_praise_is_a_suggestion(word, frame):
    text = frame.format(w=word)
    assert alerts(text, "Neutrality.Puffery") == []
    assert levels(text, "Neutrality.Praise") == [(word, "suggestion")]


@pytest.mark.parametrize("word", LOADED)
@pytest.mark.parametrize("frame", FRAMES)
def test_loaded_praise_is_a_warning(word, frame):
    assert levels(frame.format(w=word), "Neutrality.Puffery") == [(word, "warning")]


# -- word sense as data: the words an adjective modifies --------------------------------------

OTHER_SENSES = [
    "The legendary king is said to have founded the city.",
    "Tales tell of a legendary Greek hero who slew the beast.",
    "A text survives about the legendary Christian martyr.",
    "The book is full of fantastic creatures and beasts.",
    "A brilliant white light lit the valley.",
    "The merger ended in spectacular failure.",
    "The plan failed spectacularly within a year.",
    "Debt is one of the greatest threats to the economy.",
    "Drought is one of the greatest risks farmers face.",
    "It is one of the best known brands in Asia.",
    "Growth was less spectacular last year.",
    "The result was not spectacular.",
]


@pytest.mark.parametrize("text", OTHER_SENSES)
def test_another_sense_is_quiet(text):
    assert alerts(text, "Neutrality.Puffery") == []


@pytest.mark.parametrize("text", ["The legendary coach retired on Friday.",
                                  "Fans love the fantastic new stadium.",
                                  "It was a brilliant season for the club.",
                                  "Visitors come for the spectacular views.",
                                  "She is one of the greatest sprinters of her generation."])
def test_the_praise_sense_is_flagged(text):
    # (at any level: "one of the greatest" is a claim of a record, a suggestion)
    assert len(alerts(text, "Neutrality.Puffery")) == 1


@pytest.mark.parametrize("text", ["Banks must report suspected terrorist financing.",
                                  "Countering terrorist activities is the army's main task.",
                                  "The site monitors terrorist recruitment online.",
                                  "The church honours the early Christian martyrs.",
                                  "The filter blocks racist or bullying language."])
def test_generic_and_religious_uses_are_not_labels(text):
    assert alerts(text, "Neutrality.Labels") == []


@pytest.mark.parametrize("text", ["Terrorists attacked the police station.",
                                  "The terrorist fled north.",
                                  "The martyrs were buried in the village."])
def test_labels_of_people_are_still_flagged(text):
    assert len(alerts(text, "Neutrality.Labels")) == 1


def test_a_sense_mapping_is_validated(make_pack):
    rule = """
    extends: existence
    message: "'%s' is praise."
    level: warning
    category: neutrality
    tokens: [legendary]
    senses:
      legendary: {not_before: hero}
    """
    with pytest.raises(ConfigError, match="senses"):
        make_pack({"Bad": rule}).every_rule()


def test_a_sense_mapping_reads_lemmas(make_pack):
    rule = """
    extends: existence
    message: "'%s' is praise."
    level: warning
    category: neutrality
    tokens: [legendary]
    senses:
      legendary: {pos: adjective, not_before: [hero], not_after: [half]}
    """
    rules = make_pack({"Sense": rule})
    for quiet in ["The legendary heroes sailed west.", "A half legendary tale was told.",
                  "The legendary Greek hero sailed west."]:
        assert alerts(quiet, "Test.Sense", rules) == [], quiet
    assert len(alerts("The legendary coach retired.", "Test.Sense", rules)) == 1


# -- framed as somebody's description -----------------------------------------------------------

FRAMED = ["The tower is what critics call a masterpiece.",
          "The tower is what critics have called a masterpiece.",
          "The tower, which supporters call iconic, opened in May.",
          "Fans hailed the striker as a legendary talent.",
          "Critics have described the building as a masterpiece.",
          "Halo is considered by pundits to be a masterpiece.",
          "The phone was billed as world-class by its makers.",
          "Reviewers dubbed the show breathtaking.",
          # verbs of portrayal, "cast ... as" (a judge's miss on set B, thirteenth round)
          "The senator cast the deal as a masterpiece.",
          "Supporters painted the striker as a legendary talent.",
          "The memoir depicts the coach as a visionary.",
          "His aides characterized the speech as a masterpiece.",
          # ... whose object is a long phrase (set B, fourteenth round)
          "The senator also cast the choice of either major party candidate as a masterpiece.",
          "Critics described the decision by the board of the regional health authority as masterful.",
          "Halo is considered by many of the video game pundits to be one of the finest examples."]


@pytest.mark.parametrize("text", FRAMED)
def test_a_description_framed_as_somebodys_is_theirs(text):
    assert alerts(text, "Neutrality.Puffery") == []


@pytest.mark.parametrize("text", ["Apple's brand is iconic.", "The labels on the iconic bottles changed.",
                                  "The call came from a legendary coach.",
                                  "Some experts say the bridge is a masterpiece.",
                                  # a verb of portrayal in another clause frames nothing
                                  "The senator cast his vote on Tuesday after a long debate about the bridge, "
                                  "which stands as a masterpiece of design."])
def test_nouns_and_vague_crowds_frame_nothing(text):
    assert len(alerts(text, "Neutrality.Puffery")) == 1


# -- genre: opinion pieces from the front matter or the configuration -------------------------

REVIEW_BODY = "The legendary director returns with a breathtaking film. Fortunately, it is long."


@pytest.mark.parametrize("key,value", [("genre", "review"), ("type", "Reviews"), ("category", "Opinion"),
                                       ("section", "Columnists"), ("kind", "op-ed"), ("genre", "letters"),
                                       ("category", "Games/Preview"), ("type", '"editorial"'),
                                       ("categories", "[Reviews, Film]")])
def test_front_matter_names_an_opinion_piece(key, value):
    text = f"---\ntitle: A week of films\n{key}: {value}\n---\n\n{REVIEW_BODY}"
    found = {a.rule for a in alerts(text) if a.category == "neutrality"}
    assert not found & {"Neutrality.Puffery", "Neutrality.Editorializing"}


@pytest.mark.parametrize("value", ["news", "analysis", "Business", "feature", "[Politics, Business]"])
def test_news_and_analysis_keep_the_rules(value):
    text = f"---\ncategory: {value}\n---\n\n{REVIEW_BODY}"
    found = [a.rule for a in alerts(text) if a.category == "neutrality"]
    assert found.count("Neutrality.Puffery") == 2 and "Neutrality.Editorializing" in found


@pytest.mark.parametrize("headline", ["Review: The Quiet Shore is a debut", "Film review: The Long Field",
                                      "BOOK REVIEW: The Quiet Shore", "'Oppenheimer' review: a long film",
                                      "“The Quiet Shore” review: a debut", "Theatre review | Hamlet at the Globe",
                                      "The Quiet Shore review – a storm-tossed debut",
                                      "Hamlet at the Globe review - a triumph of nerve",
                                      # comment, as the desk labels it
                                      "Opinion: The Quiet Shore deserves its prize", "Editorial: a debut to cherish",
                                      "Comment | Why The Quiet Shore matters", "The Guardian view on The Quiet Shore",
                                      "Our view: a debut to cherish", "OP-ED: the novel we needed",
                                      # an unlabelled headline that argues in its own voice
                                      "Why The Quiet Shore should win the prize",
                                      "Why the council must fund its libraries", "We must read The Quiet Shore"])
@pytest.mark.parametrize("syntax", ["md", "txt"])
def test_a_headline_that_labels_a_review_or_comment(headline, syntax):
    text = (f"# {headline}\n\n" if syntax == "md" else f"{headline}\n\n") + REVIEW_BODY
    found = {a.rule for a in alerts(text, path=f"story.{syntax}") if a.category == "neutrality"}
    assert not found & {"Neutrality.Puffery", "Neutrality.Editorializing"}


@pytest.mark.parametrize("headline", ["Analysis: what the vote means", "Opinion poll puts Labour ahead",
                                      "Editorial staff strike at the Herald", "Letters from the front reach families",
                                      "Comment period on the bridge plan closes",
                                      # a report of somebody's "should", and service copy
                                      "Why the bank should cut rates, IMF says",
                                      "We must act now on climate - UN chief", "What you need to know about the storm",
                                      '"We must rebuild the levees by March": governor sets deadline',
                                      "Governor: We must rebuild the levees", "We must rebuild the levees, governor vows",
                                      "Why the bridge is closing"])
def test_a_headline_that_only_mentions_comment_is_news(headline):
    found = [a.rule for a in alerts(f"# {headline}\n\n{REVIEW_BODY}") if a.category == "neutrality"]
    assert found.count("Neutrality.Puffery") == 2 and "Neutrality.Editorializing" in found


@pytest.mark.parametrize("headline", ["Spending review: Reeves sets out cuts", "Review of police powers ordered",
                                      "Council orders review: bridge plan paused", "Ministers review the film ban",
                                      "Police to review 'Oppenheimer' screenings",
                                      "Spending review – what it means for you",
                                      "Judicial review - campaigners lose bridge challenge"])
def test_a_headline_about_a_review_is_news(headline):
    found = [a.rule for a in alerts(f"# {headline}\n\n{REVIEW_BODY}") if a.category == "neutrality"]
    assert found.count("Neutrality.Puffery") == 2 and "Neutrality.Editorializing" in found


@pytest.mark.parametrize("rating", ["★★★★☆", "★★★☆☆", "★★★★★"])
@pytest.mark.parametrize("syntax", ["md", "txt", "html"])
def test_a_star_rating_at_the_top_makes_a_review(rating, syntax):
    head = {"md": f"# The Quiet Shore\n\n{rating}\n\n", "txt": f"The Quiet Shore\n\n{rating}\n\n",
            "html": f"<h1>The Quiet Shore</h1>\n<p>{rating}</p>\n"}[syntax]
    body = REVIEW_BODY if syntax != "html" else "".join(f"<p>{p}</p>\n" for p in REVIEW_BODY.split("\n\n"))
    found = {a.rule for a in alerts(head + body, path=f"story.{syntax}") if a.category == "neutrality"}
    assert not found & {"Neutrality.Puffery", "Neutrality.Editorializing"}
    # stars inside a sentence rate nothing ("the ★★★★ hotel")
    assert len(alerts(f"# The Quiet Shore\n\nThe ★★★★ hotel opened.\n\n{REVIEW_BODY}", "Neutrality.Puffery")) == 2


def test_labels_still_apply_in_a_column_one_level_down():
    body = "The thugs fled north after the raid."  # (terrorists: a suggestion since the tenth round)
    assert [a.severity for a in alerts(f"---\ngenre: column\n---\n\n{body}", "Neutrality.Labels")] == ["suggestion"]
    assert [a.severity for a in alerts(f"---\ngenre: news\n---\n\n{body}", "Neutrality.Labels")] == ["warning"]


def test_a_columnists_doubt_is_the_argument_but_a_reporters_is_not():
    doubt = "This purported severance of the friendship took three days.\n"
    assert alerts("---\ngenre: column\n---\n\n" + doubt, "Neutrality.Doubt") == []
    assert len(alerts("---\ngenre: news\n---\n\n" + doubt, "Neutrality.Doubt")) == 1


@pytest.mark.parametrize("claim", ["Voters will punish the party for this in May.",
                                   "The minister lied to parliament about the contracts.",
                                   "The fire killed 40 people."])
@pytest.mark.parametrize("kind", ["column", "opinion", "editorial"])
def test_a_columns_charges_and_forecasts_are_its_argument_but_a_reporters_are_not(claim, kind):
    assert alerts(f"---\ngenre: {kind}\n---\n\n{claim}\n", "Sourcing.UnsourcedClaim") == []
    assert len(alerts(f"---\ngenre: news\n---\n\n{claim}\n", "Sourcing.UnsourcedClaim")) == 1


@pytest.mark.parametrize("weasel", ["Some say the bridge was never safe.", "Critics argue the tax is unfair.",
                                    "It is widely believed that the mayor will quit."])
def test_a_columns_weasel_words_are_one_level_below_a_reporters(weasel):
    # a columnist sets up "some say" to argue with it: a suggestion there (eval/UNSEEN.md, eighth round)
    assert [a.severity for a in alerts(f"---\ngenre: column\n---\n\n{weasel}\n", "Sourcing.WeaselWords")] == ["suggestion"]
    assert [a.severity for a in alerts(f"---\ngenre: news\n---\n\n{weasel}\n", "Sourcing.WeaselWords")] == ["warning"]


def test_a_nested_type_key_is_not_the_genre():
    text = "---\nimage:\n  type: review\n---\n\n" + REVIEW_BODY
    assert len(alerts(text, "Neutrality.Puffery")) == 2


def _config(tmp_path, body):
    (tmp_path / ".stylelint.yaml").write_text(body, encoding="utf-8")
    return load_rules(config=tmp_path / ".stylelint.yaml")


def test_the_configuration_names_the_genre_of_a_folder(tmp_path):
    rules = _config(tmp_path, 'overrides:\n  - files: ["columns/**"]\n    genre: column\n')
    assert alerts(REVIEW_BODY, "Neutrality.Puffery", rules, "columns/a.md") == []
    assert len(alerts(REVIEW_BODY, "Neutrality.Puffery", rules, "news/a.md")) == 2


def test_an_unknown_genre_is_a_config_error(tmp_path):
    with pytest.raises(ConfigError, match="genre"):
        _config(tmp_path, 'overrides:\n  - files: ["columns/**"]\n    genre: banana\n')


# -- naming: a usage desks differ on is one level down ----------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("Thousands of Azeris returned to the district.", [("Azeris", "suggestion")]),
    ("Ethnic Azeris make up a quarter of the population.", [("Azeris", "suggestion")]),
    ("The ethnic Azeri minority is large.", [("ethnic Azeri", "suggestion")]),
    ("Azeri troops crossed the line.", [("Azeri", "warning")]),
    ("Azeri forces shelled the town.", [("Azeri", "warning")]),
])
def test_the_ethnic_group_is_a_suggestion(text, expected):
    assert levels(text, "Naming.Demonyms") == expected


def test_a_milder_match_follows_the_configured_level_and_minimum(tmp_path):
    rules = load_rules(config=_write(tmp_path, "raised", "rules:\n  Naming.Demonyms: error\n"))
    assert levels("Thousands of Azeris returned.", "Naming.Demonyms", rules) == [("Azeris", "warning")]
    rules = load_rules(config=_write(tmp_path, "shown", "min_level: warning\n"))
    assert levels("Thousands of Azeris returned.", "Naming.Demonyms", rules) == []
    assert levels("Azeri troops crossed.", "Naming.Demonyms", rules) == [("Azeri", "warning")]


def _write(tmp_path, name, body):
    folder = tmp_path / name
    folder.mkdir()
    (folder / ".stylelint.yaml").write_text(body, encoding="utf-8")
    return folder / ".stylelint.yaml"


@pytest.mark.parametrize("text", ["Kievan Rus' was founded in the ninth century.",
                                  "In 1299 the metropolitan left Kiev for Vladimir.",
                                  "In medieval times Kiev was a trading hub.",
                                  "The ancient city of Kiev had many churches.",
                                  "The city, historically known as Bombay, grew fast.",
                                  "Mumbai (Bombay) is the financial capital."])
def test_history_and_glosses_keep_the_old_name(text):
    assert alerts(text, "Naming.Places") == []


@pytest.mark.parametrize("date,flagged", [("1987-03-02", 0), ("2005-06-01", 1), ("2021-01-04", 1)])
def test_dated_copy_uses_its_date(date, flagged):
    text = f"---\ndate: {date}\n---\n\nFlights to Bombay were cancelled on Monday."
    assert len(alerts(text, "Naming.Places")) == flagged


# -- so-called and admitted: grammar over the noun phrase and the verb --------------------------

SO_CALLED_LABELS = ["These so-called terrorists attacked the base.",
                    "The so-called pro-democracy activists were arrested.",
                    'The so-called "government" issued a decree.',
                    "The so called experts were wrong.",
                    'A so-called "referendum" was held in March.']
SO_CALLED_TERMS = ["Traders bought so-called junk bonds.",
                   "The inquiry looked at so-called related party transactions.",
                   "Ministers met under the so-called Louvre accord.",
                   "The details of the so-called Revolution console are secret.",
                   "The minister said the so-called referendum was a farce.",
                   '"This so-called referendum is a farce," the minister said.',
                   'Hong Kong has run under the so-called "one country, two systems" setup for years.',
                   'Guatemala signed a so-called "safe third country asylum agreement."']


@pytest.mark.parametrize("text", SO_CALLED_LABELS)
def test_so_called_before_a_label_is_doubt(text):
    assert [a.severity for a in alerts(text, "Neutrality.Doubt")] == ["warning"]


@pytest.mark.parametrize("text", ["Fighters of the so-called Islamic State held the town.",
                                  "The raid hit the so-called Islamic State group.",
                                  "Talks with the so-called Islamic Republic broke down."])
def test_so_called_before_a_name_is_a_house_style_suggestion(text):
    assert [a.severity for a in alerts(text, "Neutrality.Doubt")] == ["suggestion"]


@pytest.mark.parametrize("text", ["Leaders of the so-called breakaway republic met on Friday.",
                                  "A so-called referendum was held in March.",
                                  "The race will be decided by a handful of so-called battleground states.",
                                  "Fighters fled the so-called caliphate in March."])
def test_so_called_before_a_body_or_a_process_is_a_suggestion(text):
    # as often the way into a term as a sneer (twelfth round: none of ten judged on unseen news right)
    assert [a.severity for a in alerts(text, "Neutrality.Doubt")] == ["suggestion"]


@pytest.mark.parametrize("text", SO_CALLED_TERMS)
def test_so_called_introducing_a_term_or_in_speech_is_quiet(text):
    assert alerts(text, "Neutrality.Doubt") == []


@pytest.mark.parametrize("text,expected", [
    ("The capital of the self-proclaimed republic is small.", []),
    ("The self-proclaimed prophet spoke.", [("self-proclaimed", "suggestion")]),  # a hedge (sixth round)
    ("The self-styled prophet spoke.", [("self-styled", "suggestion")]),  # its twin (eighteenth round)
    ("The cash it supposedly held did not exist.", [("supposedly", "suggestion")]),
])
def test_self_declared_states_and_supposedly(text, expected):
    assert levels(text, "Neutrality.Doubt") == expected


ADMITS = ["The chairman admitted he had sold the shares.",
          "The chairman has since admitted that he sold the shares.",
          "The minister admits the figures were wrong.",
          "She later conceded the plan had failed.",
          "Smith, admitting that he had erred, resigned.",
          "The auditor revealed that two ledgers were missing.",
          "Officials are acknowledging that the dam leaked.",
          "The coach, pointing out that the team had won, smiled."]
# "admitted to taking bribes" names an admission of wrongdoing: mostly the plain fact
NOT_ADMITS = ["She was admitted to hospital on Monday.", "He admitted to taking bribes.", "The club admitted three new members.",
              "The goalkeeper conceded two goals.", "The company revealed its new logo.",
              "It is acknowledged that the dam leaked."]


@pytest.mark.parametrize("text", ADMITS)
def test_presupposing_verbs_in_any_form(text):
    assert [a.severity for a in alerts(text, "Neutrality.Presupposition")] == ["suggestion"]


@pytest.mark.parametrize("text", NOT_ADMITS)
def test_other_senses_of_admit_are_quiet(text):
    assert alerts(text, "Neutrality.Presupposition") == []


# -- the grammar rules keep the quotation conventions ----------------------------------------

QUOTED = {
    "curly": ("“These so-called terrorists are heroes,” he said.", "md"),
    "wire": ("``These so-called terrorists are heroes,'' he said.", "txt"),
    "entities": ("<p>&ldquo;These so-called terrorists are heroes,&rdquo; he said.</p>", "html"),
    "blockquote": ("> These so-called terrorists are heroes.\n\nHe said so on Monday.", "md"),
    "running": ("“These so-called terrorists are heroes.\n\n“They admitted that they won,” he said.", "md"),
}


@pytest.mark.parametrize("name", sorted(QUOTED))
def test_doubt_and_presupposition_stay_quiet_in_every_quotation_convention(name):
    text, syntax = QUOTED[name]
    found = [a.rule for a in lint_text(text + "\n", rules=BUILTIN, syntax=syntax)
             if a.rule in ("Neutrality.Doubt", "Neutrality.Presupposition", "Neutrality.Puffery")]
    assert found == [], name


# -- verbs of attack are warnings, verbs of doubt suggestions ----------------------------------

# (the verbs of attack are suggestions since the seventeenth round: 102 of 276 judged warnings
# right, 162 debatable; Neutrality.SaidTags still warns about a quotation's "claimed")
@pytest.mark.parametrize("text,expected", [
    ("The union blasted the decision.", "suggestion"),
    ("Farmers hit out at the new subsidy rules.", "suggestion"),
    ("The senator excoriates the bill in a letter.", "suggestion"),
    ("Opposition councillors have slammed the plan.", "suggestion"),
    ("The minister claimed that the strike had failed.", "suggestion"),
    ("The mayor insists the figures are wrong.", "suggestion"),
])
def test_said_synonyms_level_follows_how_loaded_the_verb_is(text, expected):
    assert [a.severity for a in alerts(text, "Neutrality.SaidSynonyms")] == [expected]


# ... and a verb of attack is a suggestion where its sentence quotes the words it sums up: the
# reader has them to judge (over twenty-two judged sets, 26 of 102 such warnings were right,
# 75 debatable; eval/UNSEEN.md, thirteenth round)
@pytest.mark.parametrize("text", ['Opposition councillors slammed the plan as "a disaster foretold".',
                                  '"This is a disgrace," Smith said, blasting the ruling.',
                                  "The senator excoriates the bill, calling it \u201ca giveaway\u201d.",
                                  'The union hit out at the rules, saying they had "lost control".'])
def test_a_verb_of_attack_beside_the_quoted_words_is_a_suggestion(text):
    assert [a.severity for a in alerts(text, "Neutrality.SaidSynonyms")] == ["suggestion"]


# A tag that describes the manner of a reply is a suggestion, one that doubts it or colours it
# with anger a warning (over twenty-four judged sets, 3 of 34 against 22 of 30 right)
@pytest.mark.parametrize("text,expected", [
    ('"We won the vote," he retorted.', "suggestion"), ('"We lost our way," she lamented.', "suggestion"),
    ('He asserted: "We won the vote."', "suggestion"), ('"We won," the mayor boasted.', "suggestion"),
    ('"Enough of this," he thundered.', "suggestion"), ('"We won the vote," he insisted.', "suggestion"),
    ('"We won the vote," he claimed.', "warning"),
    ('"This is a farce," the mayor fumed.', "warning")])
def test_said_tags_level_follows_what_the_verb_says_of_the_words(text, expected):
    assert [a.severity for a in alerts(text, "Neutrality.SaidTags")] == [expected]


@pytest.mark.parametrize("text", ["These so-called eco-warriors are an extremist fringe.",
                                  "The so-called activists are extremists."])
def test_so_called_is_no_attribution_for_a_label(text):
    assert len(alerts(text, "Neutrality.Labels")) == 1
    assert len(alerts(text, "Neutrality.Doubt")) == 1


@pytest.mark.parametrize("text,flagged", [
    ("In 1986 the reactor exploded. Crews were sent from Kiev within hours.", 0),
    ("The plant opened in 1975. Its power went to Kiev and Minsk.", 0),
    ("In 1986 the reactor exploded.\n\nToday crews in Kiev remember it.", 1),
    ("The plant opened in 1975. In 2023 officials in Kiev said it was safe.", 1),
])
def test_a_year_in_the_sentence_before_dates_the_old_name(text, flagged):
    dated = f"---\ndate: 2024-04-26\n---\n\n{text}"
    assert len(alerts(dated, "Naming.Places")) == flagged


@pytest.mark.parametrize("text", ["Freedom fighters, as the rebels call themselves, have held the town since May.",
                                  "The terrorists, as police described them, fled north.",
                                  "The regime, as the opposition calls the government, denied the charge.",
                                  "The masterpiece, as its makers billed it, opened in May."])
def test_a_name_given_after_the_words_is_the_namers(text):
    assert [a for a in alerts(text) if a.category == "neutrality" and a.severity != "suggestion"] == []


@pytest.mark.parametrize("text", ["Freedom fighters as young as 15 were seen at the checkpoint.",
                                  "The terrorists, as it is known, attacked at dawn.",
                                  "Terrorists attacked the base, as they did last year."])
def test_an_as_clause_that_names_nothing_frames_nothing(text):
    assert len([a for a in alerts(text, "Neutrality.Labels")]) == 1


def test_the_opinion_key_is_validated(make_pack):
    from stylelint import ConfigError

    with pytest.raises(ConfigError, match="opinion must be skip, lower or match"):
        make_pack({"Loud": "extends: existence\nmessage: loud\nlevel: warning\nopinion: sometimes\ntokens: [loud]\n"})


# What an allegation says is the alleger's: "allegations of broken promises, blatant lies or
# outright fraud" (set U, fourteenth round); the same words told as fact, or after a verb
# ("charged of"), are the reporter's.
@pytest.mark.parametrize("alleged, told", [
    ("The project produced allegations of blatant lies and outright fraud.", "The project produced blatant lies and outright fraud."),
    ("He faces accusations of heinous crimes against children.", "He committed heinous crimes against children."),
    ("The charges of blatant fraud were dropped in May.", "The blatant fraud was found in May."),
    ("Claims of a heinous attack spread online on Monday.", "News of a heinous attack spread online on Monday."),
    ("He was charged on Monday.", "He was charged of heinous crimes."),
])
def test_what_an_allegation_says_is_the_allegers(alleged, told):
    assert alerts(alleged, "Neutrality.Emotive") == []
    assert len(alerts(told, "Neutrality.Emotive")) == 1, told


# A verb of criticism gives its "as" phrase as the critic's verdict (set j, fourteenth round)
@pytest.mark.parametrize("verb", ["have slammed", "denounced", "condemned", "blasted", "dismissed", "derided"])
def test_a_verdict_after_a_verb_of_criticism_and_as_is_the_critics(verb):
    assert alerts(f"Republicans {verb} the material as outrageous.", "Neutrality.Emotive") == []
    assert len(alerts("The material was outrageous, and Republicans said so.", "Neutrality.Emotive")) == 1
    # (not "as soon as": no verdict framed)
    assert len(alerts("They attacked the camp as soon as the outrageous order came.", "Neutrality.Emotive")) == 1
