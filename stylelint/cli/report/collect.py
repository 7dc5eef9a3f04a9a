"""Gather what the report needs for each file: its text, its alerts (from the same run as
`stylelint check`: same files, configuration and rules), its rules' explanations, its statistics."""
from __future__ import annotations

from ...core.checks.metric import statistics
from ...core.context import Context
from ...core.markup import Block, parse, syntax_for
from ..runner import Options, iter_files
from ..session import _rule_info, run_files
from .model import Article, build_article


def collect(paths: list[str], options: Options, jobs: int | None) -> list[Article]:
    """One Article per file, in the order `check` reports them; unreadable files carry .error."""
    unlisted: list = []
    files = list(iter_files(paths, unlisted))
    results = [r for r in run_files(files, options, jobs, True) if r is not None]
    rules = _rule_info(results, options)
    articles = [Article(0, path, error=f"cannot list folder: {reason}") for path, reason in unlisted]
    for number, result in enumerate(results, 1):
        if result.error or result.text is None:
            articles.append(Article(number, result.path, error=result.error or "could not be read"))
            continue
        articles.append(article_for(number, result.path, result.text, options.syntax or syntax_for(result.path),
                                    result.alerts, rules))
    return articles


def article_for(number, path, text, syntax, alerts, rules) -> Article:
    parsed = parse(text, syntax)
    stats = statistics(Context(text, parsed, syntax))
    word = path.lower().endswith(".docx")
    blocks = _word_headings(path, text) if word else parsed.blocks
    article = build_article(number, path, text, syntax, alerts, rules, parsed.prose, blocks, stats)
    if word:  # its text is its paragraphs, one after another
        article.units = ("paragraph", "character")
    return article


def _word_headings(path, text):
    """Blocks for a Word document's headings, so the report shows them as headings."""
    from ..docx_text import DocxError, open_document, paragraphs

    try:
        paras = paragraphs(open_document(path))
    except DocxError:
        return []
    blocks, at = [], 0
    for para in paras:
        if para.kind.startswith("h"):
            blocks.append(Block(at, at + len(para.text), f"text.heading.{para.kind}.txt"))
        at += len(para.text) + 2
    return blocks if at - 2 == len(text) else []  # the document changed since it was checked
