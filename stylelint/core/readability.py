"""A document's size and reading level, for the header of each file in the text output:
its word count and Flesch-Kincaid grade, from the same prose and statistics the metric rules
use (so the number matches what Readability.GradeLevel would say)."""
from __future__ import annotations

from .checks.metric import statistics
from .context import Context
from .markup import parse


def words_and_grade(text: str, syntax: str) -> tuple[int, float | None]:
    """(words, Flesch-Kincaid grade or None for a text too short to grade)."""
    stats = statistics(Context(text, parse(text, syntax), syntax))
    words = stats["words"]
    if words < 30:
        return words, None
    grade = 0.39 * (words / stats["sentences"]) + 11.8 * (stats["syllables"] / words) - 15.59
    return words, round(max(grade, 0.0), 1)
