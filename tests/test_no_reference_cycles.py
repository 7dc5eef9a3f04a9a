"""A linted document leaves no reference cycle behind: everything made for it (its analysis,
tokens, sentences, the rules' memories) is freed by reference counting as soon as the
document is done. A cycle would keep each document alive until the cyclic collector walked
it, which cost a tenth of a long run's time."""
from __future__ import annotations

import gc

import pytest

from stylelint import lint_text, load_rules

STORY = (
    "Critics have long argued that the new bridge in Port Carrow is a waste of money. "
    "\"We were never asked,\" said Mara Ellison, who runs a bakery on Quay Street. "
    "Officials believe the work will finish in March, it is understood. "
    "The the council met on Monday. Experts say the plan is truly shocking."
)
SHAPES = {
    "story.txt": f"Bridge plan criticised\n\n{STORY}\n",
    "story.md": f"# Bridge plan criticised\n\n{STORY}\n\n- A list item, which **officials** say is fine.\n",
    "story.html": f"<h1>Bridge plan criticised</h1><p>{STORY}</p><blockquote>Some say it is.</blockquote>",
}


@pytest.fixture(scope="module")
def rules():
    return load_rules()


@pytest.mark.parametrize("path", sorted(SHAPES))
def test_a_linted_document_leaves_no_reference_cycle(rules, path):
    text = SHAPES[path]
    assert lint_text(text, rules, path=path)  # the story has alerts: the analysis was built
    gc.collect()
    gc.disable()
    try:
        lint_text(text, rules, path=path)
        assert gc.collect() == 0
    finally:
        gc.enable()
