"""The kind of piece a document is: news, or a genre where the writer's judgement is the point.

A review, a signed column, an editorial, a preview or readers' letters may call a film
"brilliant" or a policy "disastrous": the verdict is what the piece is for, and neutrality
rules that say `opinion: skip` stay quiet there. The kind comes from the configuration (an
override's `genre:` for a folder of columns) or from the front matter keys CMSs use for it
(`genre: review`, `type: column`, `category: Opinion`). News analysis is not opinion: it
interprets the news in the reporter's voice, under the same neutrality rules; a desk that
treats it as comment says `genre: opinion` for those files.
"""
from __future__ import annotations

import re

KEYS = frozenset("genre type category kind section format".split())
# Words in a key's value -> the kind of piece; plural and compound forms as CMSs write them.
_KINDS = {
    "review": "review", "reviews": "review", "critique": "review",
    "column": "column", "columns": "column", "columnist": "column", "columnists": "column",
    "opinion": "opinion", "opinions": "opinion", "op-ed": "opinion", "oped": "opinion",
    "commentary": "opinion", "comment": "opinion", "essay": "opinion",
    "editorial": "editorial", "editorials": "editorial", "leader": "editorial",
    "letters": "letters", "letter": "letters", "readers": "letters",
    "preview": "preview", "previews": "preview",
    "analysis": "analysis", "explainer": "analysis",
    "news": "news", "report": "news", "article": "news", "story": "news", "wire": "news",
    "obituary": "news", "feature": "news",
}
NAMED = ("news", "analysis", "review", "column", "opinion", "editorial", "letters", "preview")
OPINION = frozenset("review column opinion editorial letters preview".split())
_WORD = re.compile(r"[a-z][a-z-]*")


def kind_of(value: str) -> str | None:
    """The kind a front matter value or a configured word names ("Reviews/Games" -> review),
    None if it names none we know. An opinion word wins over a news word ("opinion news")."""
    found = [_KINDS[w] for w in _WORD.findall(value.lower()) if w in _KINDS]
    return next((k for k in found if k in OPINION), found[0] if found else None)


def is_opinion(kind: str | None) -> bool:
    return kind in OPINION
