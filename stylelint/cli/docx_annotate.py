"""A reviewed copy of a Word document: each finding becomes a Word comment by "stylelint",
anchored on exactly the offending words, the way an editor marks up copy.

Runs are split at the finding's first and last character (each half keeps the run's formatting),
so a comment covers the words and nothing else, even when they span bold and plain text.
"""
from __future__ import annotations

import copy
import os
import tempfile
from pathlib import Path

from .docx_text import _CONTENT, WordParagraph, _local, run_text, runs

AUTHOR, INITIALS = "stylelint", "SL"
_XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"


def comment_text(alert, rule=None) -> str:
    """What the comment says: the message, the suggestion, why it matters, the rule."""
    lines = [alert.message]
    if alert.suggestions:
        lines.append("Suggestion: " + " or ".join(f"\u201c{s}\u201d" for s in alert.suggestions))
    why = " ".join((getattr(rule, "rationale", "") or "").split())
    if why:
        first = why.split(". ")[0].rstrip(".")
        lines.append(f"Why it matters: {first}.")
    lines.append(f"{alert.severity.capitalize()} \u00b7 {alert.rule}")
    return "\n".join(lines)


def annotate(document, paras: list[WordParagraph], alerts, rules: dict) -> int:
    """Add one comment per alert (positions as in docx_text) to `document`; returns the count."""
    added = 0
    for alert in alerts:
        first, last = paras[alert.line - 1], paras[alert.end_line - 1]
        start, end = alert.column - 1, alert.end_column - 1
        if alert.end <= alert.start:  # about the whole piece: on its first paragraph
            first = last = paras[0]
            start, end = 0, len(first.text)
        anchored = _runs_between(first, start, last, end) or _runs_between(first, 0, first, len(first.text))
        from docx.text.run import Run

        document.add_comment([Run(anchored[0], None), Run(anchored[-1], None)],
                             text=comment_text(alert, rules.get(alert.rule)),
                             author=AUTHOR, initials=INITIALS)
        added += 1
    return added


def _runs_between(first: WordParagraph, start: int, last: WordParagraph, end: int) -> list:
    """The runs that hold exactly [start of `first`, end of `last`), after splitting runs at
    both ends."""
    _split_at(first.element, start)
    _split_at(last.element, end)
    chosen = []
    for para, lo, hi in ((first, start, end if last is first else len(first.text)),) + (
            ((last, 0, end),) if last is not first else ()):
        position = 0
        for r in runs(para.element):
            length = len(run_text(r))
            if length and position >= lo and position + length <= hi:
                chosen.append(r)
            position += length
    return chosen


def _split_at(p, offset: int) -> None:
    """Make `offset` a run boundary in paragraph `p` (no-op if it already is one)."""
    position = 0
    for r in runs(p):
        length = len(run_text(r))
        if position < offset < position + length:
            _split_run(r, offset - position)
            return
        position += length


def _split_run(r, at: int) -> None:
    """Cut run `r` after `at` characters: `r` keeps the first part, a copy with the same
    properties (bold, italic, style...) placed after it takes the rest."""
    right = copy.deepcopy(r)
    position = 0
    for left_child, right_child in zip(list(r), list(right)):
        name = _local(left_child)
        if name == "rPr":
            continue
        length = len(str(left_child)) if name in _CONTENT else 0
        if position + length <= at and not (length == 0 and position >= at):
            right.remove(right_child)
        elif position >= at:
            r.remove(left_child)
        else:  # a w:t that straddles the cut
            text = left_child.text or ""
            left_child.text, right_child.text = text[:at - position], text[at - position:]
            for child in (left_child, right_child):
                child.set(_XML_SPACE, "preserve")
        position += length
    r.addnext(right)


def save_copy(document, target: Path) -> None:
    """Write atomically next to the target: a crash leaves no half-written document."""
    target = Path(target)
    handle, temporary = tempfile.mkstemp(prefix=".stylelint-", suffix=".docx", dir=target.parent or ".")
    os.close(handle)
    try:
        document.save(temporary)
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def annotate_file(path: Path, output: Path, options) -> int:
    """Write `output`, a copy of the Word document `path` with a comment per finding; the
    original is only read. Returns the number of comments. Raises DocxError or OSError."""
    from .docx_text import open_document, paragraphs
    from .runner import FileResult, config_of, lint_word
    from .session import _rule_info

    if output.resolve() == path.resolve():
        raise OSError(f"will not write over the original; choose another name than {output}")
    config = config_of(str(path), options)
    document = open_document(path)
    result = lint_word(FileResult(str(path)), path, config, options, document=document)
    count = annotate(document, paragraphs(document), result.alerts, _rule_info([result], options))
    save_copy(document, output)
    return count


def reviewed_name(path: Path) -> Path:
    """story.docx -> story.reviewed.docx, next to it."""
    return path.with_name(f"{path.stem}.reviewed{path.suffix}")
