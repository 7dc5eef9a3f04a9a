"""Sport is news with a register of its own: the colour of a match report ("a stunning volley")
is the desk's style, not the reporter's slip, so Puffery and Emotive (`sport: lower`) report it
one level down there. A piece is sport when its configuration or front matter says so, or when
it uses enough of the field's terms; other news keeps the warning."""
from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from stylelint import lint_text, load_rules
from stylelint.core import analysis, genre
from stylelint.core.genre import looks_like_lifestyle, looks_like_sport, unattributed
from stylelint.core.words import PERSONAL

BUILTIN = load_rules()
COLOUR = "It was a stunning volley."


def puffery(text, rules=BUILTIN, path="story.md"):
    return [(a.match, a.severity) for a in lint_text(text, rules=rules, path=path)
            if a.rule == "Neutrality.Puffery"]


@pytest.mark.parametrize("report", [
    "Rovers beat Town 2-1 on Saturday. The striker scored in the 89th minute after the "
    "goalkeeper spilled a cross.",
    "Wales held on for an 11-9 win. The fly-half kicked four penalties and the scrum held firm.",
    "The third seed lost in straight sets, 6-3 6-4, in the quarter-final.",
    "The batsman was caught behind on 41; the bowler took five wickets in the second innings.",
    "The quarterback threw for a touchdown in the play-offs.",
    "He had 31 points, 12 rebounds and nine assists, and hit the go-ahead three-pointer in the fourth quarter.",
    # baseball and American football as the sites write them: plurals, an en dash in the score
    "The club traded one of its best pitchers, an All-Star, for two prospects before the postseason.",
    "The rookie QB went 32 for 36 in a 26–20 win, and the head coach praised his linebacker.",
    "The shortstop homered in the ninth inning, and the bullpen held on for a 4–3 win.",
    "The rookie linebacker made the Super Bowl roster; the Cowboys traded a draft pick for him.",
])
def test_a_match_report_reads_as_sport(report):
    assert looks_like_sport(report)
    assert puffery(f"{report} {COLOUR}\n") == [("stunning", "suggestion")]


@pytest.mark.parametrize("story", [
    "The Senate voted 77-19 to pass the bill, which won by a wide margin.",
    "Shares in the Premier League club rose 4% after it sold a striker to pay its debts.",
    "The fund lost money in the first quarter and its manager resigned.",
    "The network bid for NBA, NFL and NHL rights; a deal is no slam dunk, and the power play in the boardroom goes on.",
    # a vote is not a result, even with two of the field's words as metaphors
    "In the first inning of the talks, the board won a 3–2 vote and an all-star panel backed the plan.",
])
def test_other_news_keeps_the_warning(story):
    assert not looks_like_sport(story)
    assert puffery(f"{story} {COLOUR}\n") == [("stunning", "warning")]


def test_a_long_article_with_a_sports_section_is_not_a_sports_piece():
    history = "The city grew around its port and its railway, and its museums drew visitors. " * 160
    clubs = "Its club reached the quarter-final of a European cup, and the grand prix drew crowds to a podium."
    assert not looks_like_sport(history + clubs)


def test_the_front_matter_or_the_configuration_names_the_kind(tmp_path):
    assert puffery(f"---\nsection: Sport\n---\n\n{COLOUR}\n") == [("stunning", "suggestion")]
    # a kind named news keeps the warning, whatever the words
    report = "The striker scored after half-time; the goalkeeper was sent off with a red card."
    assert puffery(f"---\ncategory: news\n---\n\n{report} {COLOUR}\n") == [("stunning", "warning")]
    (tmp_path / ".stylelint.yaml").write_text('overrides:\n  - files: ["sport/**"]\n    genre: sport\n',
                                              encoding="utf-8")
    rules = load_rules(config=tmp_path / ".stylelint.yaml")
    assert puffery(f"{COLOUR}\n", rules, "sport/a.md") == [("stunning", "suggestion")]
    assert puffery(f"{COLOUR}\n", rules, "news/a.md") == [("stunning", "warning")]


@pytest.mark.parametrize("key", ["soft", "sport"])  # `sport:` is the key's older name
def test_the_rule_key_is_validated(make_pack, key):
    from stylelint import ConfigError

    with pytest.raises(ConfigError, match=f"{key} must be lower or match"):
        make_pack({"Loud": f"extends: existence\nmessage: loud\nlevel: warning\n{key}: sometimes\n"
                           "tokens: [loud]\n"})
    rules = make_pack({"Loud": f"extends: existence\nmessage: loud\nlevel: warning\n{key}: lower\n"
                               "tokens: [stunning]\n"})
    assert [a.severity for a in lint_text(f"{REPORT} {COLOUR}\n", rules=rules)] == ["suggestion"]


# -- arts, entertainment and lifestyle: soft news, like sport -----------------------------------

@pytest.mark.parametrize("piece", [
    "The actress wore a borrowed gown on the red carpet before the premiere of her biopic.",
    "The singer's third album debuts in May; the rapper joins her on the lead single and in the music video.",
    "The mid-century home has new decor, a floor plan open to the garden and a wardrobe in every room.",
    "The sitcom's season finale drew its biggest audience; the showrunner says a musical episode is next.",
])
def test_arts_entertainment_and_lifestyle_copy_is_soft_news(piece):
    assert looks_like_lifestyle(piece)
    assert puffery(f"{piece} {COLOUR}\n") == [("stunning", "suggestion")]


@pytest.mark.parametrize("story", [
    # a business story about a studio, or a house price story, names one or two such words
    "Shares in the studio fell after its blockbuster flopped at the box office, the company said.",
    "House prices rose 4% in May; a two-bedroom flat now costs 12 times the average salary.",
    "The singer's label was fined for breaching competition law, the regulator said.",
    # everyday senses of a field's words in hard news: an upstairs bedroom, a brutal episode, a
    # militant outfit, Broadway the street
    "Police said a gunman fired from an upstairs bedroom of a house on Broadway. The episode ended "
    "after a standoff. The gunman belonged to a militant outfit, officials said.",
    # hard news about an entertainer attributes in the past tense
    "The Grammy-winning singer pleaded guilty to assault on Monday, prosecutors said. The actress who "
    "accused him told the court the red carpet incident had ended her career.",
])
def test_news_about_the_industry_keeps_the_warning(story):
    assert not looks_like_lifestyle(story)
    assert puffery(f"{story} {COLOUR}\n") == [("stunning", "warning")]


def test_the_front_matter_names_lifestyle_copy():
    assert puffery(f"---\nsection: Entertainment\n---\n\n{COLOUR}\n") == [("stunning", "suggestion")]
    assert puffery(f"---\ncategories: [Homes, Style]\n---\n\n{COLOUR}\n") == [("stunning", "suggestion")]
    # an arts desk's news (a book deal, a museum's funding) is news
    for section in ("Arts", "Culture", "Books"):
        assert puffery(f"---\nsection: {section}\n---\n\n{COLOUR}\n") == [("stunning", "warning")]


REPORT = "Rovers beat Town 2-1 on Saturday. The striker scored in the 89th minute after the goalkeeper spilled a cross."


def test_the_colour_of_a_reaction_is_lowered_in_sport_but_a_loaded_verb_of_saying_is_not():
    """"A shocking decision" is the match report's register; "fumed the manager" still passes
    the reporter's verdict on what was said, in sport as anywhere."""
    def found(text, rule):
        return [(a.match.lower(), a.severity) for a in lint_text(text, rules=BUILTIN, path="story.md") if a.rule == rule]
    budget = "The council approved the budget on Monday after a long debate."
    colour = "It was a shocking decision by the referee."
    assert found(f"{REPORT} {colour}\n", "Neutrality.Emotive") == [("shocking", "suggestion")]
    assert found(f"{budget} {colour}\n", "Neutrality.Emotive") == [("shocking", "warning")]
    for text, rule, word in (('"It was a stonewall penalty," fumed the manager.', "Neutrality.SaidTags", "fumed"),
                             ('"It was never a penalty," the manager claimed.', "Neutrality.SaidTags", "claimed")):
        assert found(f"{REPORT} {text}\n", rule) == [(word, "warning")]


# -- a long piece that attributes nothing is a feature, an explainer, a list or a review ---------

_EXPLAINER = ("The new consoles arrive in spring, and the first games are already finished. The racing "
              "titles lead the list, with tracks built from satellite maps and cars modelled on real ones. "
              "Football games follow in the summer, with new leagues and licensed kits. ") * 12


def test_a_long_piece_that_attributes_nothing_is_soft_news():
    assert looks_like_sport(_EXPLAINER) is False and unattributed(_EXPLAINER)
    assert puffery(f"{_EXPLAINER}\n\n{COLOUR}\n") == [("stunning", "suggestion")]


@pytest.mark.parametrize("report", [
    # the same length with one attribution is a report
    _EXPLAINER + "\n\nThe makers said the consoles would cost less than the last ones.",
    # a short brief that attributes nothing is a report too: markets, results, weather
    "Shares in the carmaker rose 5% on Monday after sales beat forecasts. " * 10,
    # a court story attributes with the court's own verbs
    _EXPLAINER + "\n\nProsecutors alleged the makers had fixed prices; the judge ruled the case could go on.",
])
def test_a_report_keeps_the_warning(report):
    assert not unattributed(report)
    assert puffery(f"{report}\n\n{COLOUR}\n") == [("stunning", "warning")]


_ESSAY = _EXPLAINER * 4  # about 2,100 words: one or two sources are next to none


@pytest.mark.parametrize("sources", [1, 2])
def test_a_long_essay_that_names_a_source_once_or_twice_is_soft_news(sources):
    essay = _ESSAY + "\n\n" + "The makers said the consoles would cost less. " * sources
    assert unattributed(essay)
    assert puffery(f"{essay}\n\n{COLOUR}\n") == [("stunning", "suggestion")]


@pytest.mark.parametrize("sources", [3, 8])
def test_a_long_piece_that_names_its_sources_as_a_report_does_keeps_the_warning(sources):
    report = _ESSAY + "\n\n" + "The makers said the consoles would cost less. " * sources
    assert not unattributed(report)
    assert puffery(f"{report}\n\n{COLOUR}\n") == [("stunning", "warning")]


# -- service copy: telling the reader what to do -------------------------------------------------

_HOW_TO = ("Choose a vase that recedes, so the flowers lead. Place the gourds at different heights on the "
           "table. Mix pinecones, acorns and branches in a wide bowl. Keep the colours to two or three. "
           "Add a sprig of berries to each plate.")


def test_a_piece_that_tells_the_reader_what_to_do_is_soft_news():
    assert puffery(f"{_HOW_TO}\n\n{COLOUR}\n") == [("stunning", "suggestion")]


@pytest.mark.parametrize("story", [
    # the same instructions quoted from an official are news
    '"Keep the windows shut," the fire chief said. "Take the pets inside. Use the north road." '
    "The fire reached the ridge on Monday.",
    # one or two in a long report are not a how-to
    "The council spent 4 million pounds on the bridge last year, the auditors said. " * 20
    + "Consider the numbers. Take the north road, the police advised drivers.",
])
def test_a_report_with_an_instruction_or_two_keeps_the_warning(story):
    assert puffery(f"{story}\n\n{COLOUR}\n") == [("stunning", "warning")]


# The term lists are matched as alternations grouped by first letter (`genre.by_first_letter`,
# faster with `re`); they must find exactly what the plain alternation of the list finds.
_PLAIN = [(genre._SPORT_TERMS, r"(?i)(?<![\w-])(?:%s)(?![\w-])" % "|".join(genre._SPORT_WORDS)),
          (genre._LIFESTYLE_TERMS, r"(?i)(?<![\w-])(?:%s)(?![\w-])" % "|".join(genre._LIFESTYLE_WORDS)),
          (analysis._PERSONAL, r"(?i)(?<![\w'’])(?:%s)(?![\w'’])" % "|".join(sorted(
              (re.escape(w).replace("'", "['’]") for w in PERSONAL), key=len, reverse=True)))]
_WORDS = list(genre._SPORT_WORDS + genre._LIFESTYLE_WORDS) + sorted(PERSONAL)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(_WORDS), st.sampled_from([" ", "-", "'", "’", "s", "x", "\n", "İ", "K"])),
                max_size=30), st.randoms())
def test_grouped_term_lists_match_as_the_plain_lists_do(pieces, rng):
    text = "".join(p.upper() if rng.random() < 0.3 else p.title() if rng.random() < 0.3 else p for p in pieces)
    for grouped, plain in _PLAIN:
        assert [m.span() for m in grouped.finditer(text)] == [m.span() for m in re.compile(plain).finditer(text)]


def test_by_first_letter_keeps_the_order_within_a_letter():
    assert genre.by_first_letter(["albums", "album", "singer", "sitcom"]) == "a(?:lbums|lbum)|s(?:inger|itcom)"
    with pytest.raises(ValueError):
        genre.by_first_letter(["Album"])
