"""The spelling: words the dictionary does not know.

Run through the public API (`lint_text` on rules built by `load_rules`) on short sentences."""
from __future__ import annotations



from conftest import found, lint, matches

SPELLING = """
extends: spelling
message: "Did you really mean '%s'?"
level: error
"""


def test_spelling_flags_unknown_lowercase_words(make_pack):
    config = make_pack({"Spell": SPELLING})
    alerts = lint(config, "The councill met on a rainy evening.\n")
    assert found(alerts) == [(1, 5, "councill")]
    assert alerts[0].message == "Did you really mean 'councill'?"


def test_spelling_vocab_accept_suppresses_case_insensitively(make_pack):
    config = make_pack({"Spell": SPELLING}, config="vocab:\n  accept: [Councill]\n")
    assert lint(config, "The councill met.\n") == []


def test_spelling_skip_names_leaves_capitalised_words(make_pack):
    plain = make_pack({"Spell": SPELLING})
    names = make_pack({"Spell": SPELLING + "skip_names: true\n"})
    text = "Zelenskyy met the councill.\n"
    assert matches(lint(plain, text)) == ["Zelenskyy", "councill"]
    assert matches(lint(names, text)) == ["councill"]


def test_spelling_default_filters_skip_words_with_digits(make_pack):
    # Vale's default filter [^a-zA-Z_'] skips any word containing a digit.
    config = make_pack({"Spell": SPELLING})
    assert lint(config, "The covid19 wave ended.\n") == []


def test_a_hyphenated_prefix_the_dictionary_writes_closed_up_is_spelled_whole(make_pack):
    config = make_pack({"Spell": SPELLING})
    for word in ("pre-empted", "mis-steps", "re-entered", "co-authored", "non-existent", "pre-emptive"):
        assert lint(config, f"The bank {word} the plan.\n") == [], word
    # a misspelled part is still found, at its place in the compound
    assert found(lint(config, "The bank pre-emptted the plan.\n")) == [(1, 14, "emptted")]
    assert found(lint(config, "A budgett-cutting plan.\n")) == [(1, 3, "budgett")]


def test_an_accepted_phrase_covers_its_words_only_where_it_is_written(make_pack):
    config = make_pack({"Spell": SPELLING}, config="vocab:\n  accept: [flooberg plaza]\n")
    text = "A Flooberg Plaza opened. The flooberg plaza is new.\nA flooberg alone is not.\n"
    assert found(lint(config, text)) == [(2, 3, "flooberg")]


def test_the_first_and_last_words_of_an_html_paragraph_or_table_cell_are_checked(make_pack):
    config = make_pack({"Spell": SPELLING})
    html = "<p>Councill met the mayorr</p>\n<table><tr><td>budgett</td><td>the comittee</td></tr></table>\n"
    assert matches(lint(config, html, "story.html")) == ["Councill", "mayorr", "budgett", "comittee"]
    markdown = "| Wardd | Seat |\n|---|---|\n| one | the electorat |\n\n|nominee|candidat|\n|-|-|\n"
    assert matches(lint(config, markdown, "story.md")) == ["Wardd", "electorat", "candidat"]


def test_half_a_word_glued_to_code_or_an_entity_is_still_left_alone(make_pack):
    config = make_pack({"Spell": SPELLING})
    for text in ["The `config`urd value.\n", "It doesn&rsquo;t and won&#8217;t.\n",
                 "The <code>x</code>yz here.\n"]:
        path = "story.html" if "<code>" in text else "story.md"
        assert lint(config, text, path) == [], text


def test_roman_numerals_are_words_in_any_case(make_pack):
    config = make_pack({"Spell": SPELLING + "custom: true\n"})
    text = "Chapter xxx follows XIV and mcmxcix, but not xxxx or ivx.\n"
    assert matches(lint(config, text)) == ["xxxx", "ivx"]


def test_with_custom_filters_numbers_and_numbered_units_are_words(make_pack):
    config = make_pack({"Spell": SPELLING + "custom: true\nfilters: ['[A-Z]{2,}']\n"})
    text = ("At 11 am, 1,200 people and 0 dogs saw the 2020-21 figures, 0x1f and 0b101 codes, "
            "a 5am start, but not 12zz or a 4xyzzy.\n")
    assert matches(lint(config, text)) == ["12zz", "4xyzzy"]


def test_news_copy_words_the_word_list_spells_another_way_are_words(make_pack):
    """Names written inside out, French particles, contractions, plurals of short words and
    runs of underscores are not typos; a word run into the next ("ofTexas") still is."""
    names = make_pack({"Spell": SPELLING + "skip_names: true\n"})
    text = ("The new tools run on the iMac and on eBay, in Côte d'Ivoire and at the Bank of dell'Arte. "
            "There'll be more, and there’ll be fewer, she should've said. Sign here: ___ "
            "The budgett was passed ofTexas.\n")
    assert matches(lint(names, text)) == ["budgett", "ofTexas"]


def test_a_plural_of_a_three_letter_house_word_is_a_word():
    import stylelint
    alerts = stylelint.lint_text("The new apps and the old vlogs sold well.\n", rules=stylelint.load_rules(), path="s.md")
    assert [a.match for a in alerts if a.rule == "Typos.Spelling"] == ["vlogs"]


DERIVED = ["rebranded", "underpriced", "subnational", "megabanks", "noncompete", "hyperconnected", "snowpack", "workflows",
           "homeownership", "waterboarding", "smartcard", "middleware", "farmworkers"]
SLIPS = ["billlion", "fundmental", "announcecement", "testsimony", "capocity", "industory", "untill",
         "questionsmarks", "reserveshelped", "withthe", "refferal"]


def test_words_english_makes_from_listed_ones_are_words_and_slips_are_not(make_pack):
    """With `derived: true` (the house rule), a prefix before a word of five letters or more and
    two words of four letters or more closed up are words, unless a listed word is one slip away
    or the first half is a plural or a function word. Without it (Vale's Hunspell speller), only
    listed words are."""
    derived = make_pack({"Spell": SPELLING + "derived: true\n"})
    plain = make_pack({"Spell": SPELLING})
    for word in DERIVED:
        assert lint(derived, f"The {word} came up.\n") == [], word
        assert [a.match for a in lint(plain, f"The {word} came up.\n")] == [word]
    for word in SLIPS:
        assert [a.match for a in lint(derived, f"The {word} came up.\n")] == [word], word


def test_derived_words_keep_their_verdicts_once_slips_are_pruned(make_pack, monkeypatch):
    """A long run sorts the dictionary to make only the slips it could hold (core/slips.py):
    the same words are derived and the same slips flagged as when every slip is looked up."""
    from stylelint.core.checks import spelling

    monkeypatch.setattr(spelling, "_PRUNE_AFTER", 0)
    derived = make_pack({"Spell": SPELLING + "derived: true\n"})
    for word in DERIVED:
        assert lint(derived, f"The {word} came up.\n") == [], word
    for word in SLIPS:
        assert [a.match for a in lint(derived, f"The {word} came up.\n")] == [word], word
