"""eval/drafts/answers.tsv is well-formed: every row names a draft, a line on which its phrase
occurs, a valid expectation and category. Not a test of scores. A malformed row is reported as
one line naming answers.tsv and its line."""
import sys
from pathlib import Path

import pytest

EVAL = Path(__file__).resolve().parent.parent / "eval"
sys.path.insert(0, str(EVAL))

import drafts


def test_every_row_locates_its_phrase_on_its_line():
    rows = drafts.read_answers()
    assert len(rows) >= 300
    for row in rows:
        line = (drafts.DRAFTS / row.file).read_text(encoding="utf-8").splitlines()[row.line - 1]
        assert row.phrase in line
        assert row.expect in ("flag", "quiet") and row.category in drafts.CATEGORIES
        assert row.note.strip(), f"{row.file}:{row.line} needs a note"


def test_both_expectations_and_every_category_are_represented():
    rows = drafts.read_answers()
    for expect in ("flag", "quiet"):
        assert {r.category for r in rows if r.expect == expect} == set(drafts.CATEGORIES)


def test_every_draft_has_rows_and_formats_vary():
    rows = drafts.read_answers()
    files = set(drafts.draft_files())
    assert len(files) >= 30
    assert {r.file for r in rows} == files
    assert {Path(f).suffix for f in files} == {".md", ".html", ".txt"}


def test_unlisted_judgements_are_well_formed():
    drafts.read_unlisted()  # raises AnswersError on a bad row


GOOD = "x.md\t1\tcritics say\tflag\tsourcing\tvague crowd"


@pytest.mark.parametrize("row, message", [
    ("x.md\t1\tcritics say\tflag\tsourcing", "expected 6 tab-separated columns"),
    ("y.md\t1\tcritics say\tflag\tsourcing\tn", "no draft named 'y.md'"),
    ("x.md\t1\tcritics say\tmaybe\tsourcing\tn", "expect must be one of flag, quiet"),
    ("x.md\t1\tcritics say\tflag\tstyle\tn", "category must be one of"),
    ("x.md\t9\tcritics say\tflag\tsourcing\tn", "line '9' is not a line of x.md"),
    ("x.md\t2\tcritics say\tflag\tsourcing\tn", "phrase 'critics say' is not on line 2"),
])
def test_a_malformed_row_is_one_line_naming_file_and_line(tmp_path, row, message):
    (tmp_path / "x.md").write_text("Some critics say so.\nNothing here.\n", encoding="utf-8")
    answers = tmp_path / "answers.tsv"
    answers.write_text("\t".join(drafts.HEADER) + "\n" + GOOD + "\n" + row + "\n", encoding="utf-8")
    with pytest.raises(drafts.AnswersError) as caught:
        drafts.read_answers(answers)
    text = str(caught.value)
    assert text.startswith("answers.tsv:3:") and message in text and "\n" not in text


def test_a_good_row_gets_the_span_of_its_phrase(tmp_path):
    (tmp_path / "x.md").write_text("Some critics say so.\n", encoding="utf-8")
    answers = tmp_path / "answers.tsv"
    answers.write_text("\t".join(drafts.HEADER) + "\n" + GOOD + "\n", encoding="utf-8")
    [row] = drafts.read_answers(answers)
    assert (row.start, row.end) == (5, 16)
