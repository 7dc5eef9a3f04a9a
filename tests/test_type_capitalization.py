"""The capitalization: headings and other text in a house case style.

Run through the public API (`lint_text` on rules built by `load_rules`) on short sentences."""
from __future__ import annotations



from conftest import found, lint

def test_capitalization_title_on_headings_only(make_pack):
    config = make_pack({"Title": """
        extends: capitalization
        message: "'%s' should be '%s'."
        level: warning
        match: $title
        action:
          name: replace
        """})
    text = "# Council votes on the new budget\n\nthis body text is not checked.\n\n" \
           "## Council Votes on the New Budget\n"
    alerts = lint(config, text)
    assert found(alerts) == [(1, 3, "Council votes on the new budget")]
    assert alerts[0].message == ("'Council votes on the new budget' should be "
                                 "'Council Votes on the New Budget'.")
    assert alerts[0].suggestions == ("Council Votes on the New Budget",)


def test_capitalization_sentence_case_with_exceptions(make_pack):
    config = make_pack({"Sentence": """
        extends: capitalization
        message: "'%s' should be in sentence case."
        scope: heading
        match: $sentence
        exceptions: [European Union]
        """})
    text = ("# Council Votes On The New Budget Today\n\n"
            "## Council votes on the European Union budget\n\n"
            "## council votes today\n")
    assert found(lint(config, text)) == [
        (1, 3, "Council Votes On The New Budget Today"),
        (5, 4, "council votes today"),
    ]
