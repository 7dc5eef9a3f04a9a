"""A word's slips of the keyboard, pruned by the heads and tails of a word list: the pruned
slips hold every listed slip, for any list and any word (property-tested against all slips)."""
from hypothesis import given, settings, strategies as st

from stylelint.core.slips import SlipIndex, _longest_head, slips_of

# Few letters, so that random words and lists share heads, tails and slips often.
WORDS = st.text(alphabet="abcde", min_size=1, max_size=9)


@settings(max_examples=400, deadline=None)
@given(listed=st.lists(WORDS, min_size=1, max_size=60), word=WORDS)
def test_pruned_slips_hold_every_listed_slip(listed, word):
    index = SlipIndex(listed)
    pruned = set(index.slips(word))
    assert pruned <= set(slips_of(word))
    assert pruned & set(listed) == set(slips_of(word)) & set(listed)


@settings(max_examples=200, deadline=None)
@given(word=WORDS, data=st.data())
def test_a_listed_slip_is_found_whatever_slip_made_it(word, data):
    """Each kind of slip (dropped, swapped, mistyped, doubled letter, a pair typed once) is
    kept when the list holds that slip among unrelated words."""
    slip = data.draw(st.sampled_from(sorted(set(slips_of(word)))))
    index = SlipIndex(["zzz", slip, "q" + slip[::-1]])
    assert slip in set(index.slips(word))


def test_slips_of_a_word_are_the_keyboard_slips():
    slips = set(slips_of("cat"))
    assert {"at", "ct", "ca"} <= slips  # a letter dropped
    assert {"act", "cta"} <= slips  # two swapped
    assert {"bat", "cut", "cab"} <= slips  # one mistyped
    assert {"ccat", "cart", "cats"} <= slips  # one too many
    assert "announcement" in set(slips_of("announcecement"))  # a doubled pair typed once


def test_a_list_with_no_shared_head_or_tail_leaves_no_slip_to_look_up():
    index = SlipIndex(["xylophone", "quartz"])
    assert set(index.slips("rebranded")) == set()


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text("abcz", max_size=6), max_size=30), st.text("abcz", max_size=7))
def test_longest_head_is_the_longest_start_any_listed_word_has(listed, word):
    """The head found from the word's neighbours in the sorted list is the longest start of
    the word that any listed word begins with."""
    ordered = sorted(listed)
    longest = max((k for k in range(len(word) + 1) if any(w.startswith(word[:k]) for w in ordered)), default=0)
    assert _longest_head(ordered, word) == longest
