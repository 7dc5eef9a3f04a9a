"""Markup readers: turn Markdown, HTML, reStructuredText, AsciiDoc, Org, MDX or plain text
into prose and blocks (one module per format; `prose` holds what they share). `parse` picks the reader for a syntax."""
from __future__ import annotations

from .frontmatter import DEFAULT_KEYS
from .prose import MASK, Block, Parsed, fill
from .skips import Skips
from .text import parse_text


class MarkupError(ValueError):
    """A file its markup reader cannot read (AsciiDoc that asciidoc-py refuses): one line for
    the user, with the line when known. Defined here so that catching it loads no reader."""


MARKDOWN_EXTENSIONS = {"md", "markdown", "mdown", "markdn", "mkd"}
HTML_EXTENSIONS = {"html", "htm", "xhtml", "shtml"}
TEXT_EXTENSIONS = {"txt", "text"}
RST_EXTENSIONS = {"rst", "rest"}
MDX_EXTENSIONS = {"mdx"}
ORG_EXTENSIONS = {"org"}
ASCIIDOC_EXTENSIONS = {"adoc", "asciidoc"}  # not ".asc": mostly PGP signatures

__all__ = ["MASK", "Block", "Parsed", "Skips", "fill", "parse", "syntax_for",
           "ASCIIDOC_EXTENSIONS", "MARKDOWN_EXTENSIONS", "MDX_EXTENSIONS", "ORG_EXTENSIONS", "HTML_EXTENSIONS", "TEXT_EXTENSIONS", "RST_EXTENSIONS"]

def syntax_for(path: str | None) -> str:
    ext = path.rsplit(".", 1)[-1].lower() if path and "." in path.rsplit("/", 1)[-1] else ""
    if ext in MARKDOWN_EXTENSIONS:
        return "md"
    if ext in MDX_EXTENSIONS:
        return "mdx"
    if ext in ORG_EXTENSIONS:
        return "org"
    if ext in HTML_EXTENSIONS:
        return "html"
    if ext in RST_EXTENSIONS:
        return "rst"
    if ext in ASCIIDOC_EXTENSIONS:
        return "adoc"
    return "txt"


def parse(text: str, syntax: str, front_matter=DEFAULT_KEYS, skips: Skips | None = None) -> Parsed:
    """`front_matter`: the front matter keys whose values are prose (Markdown, AsciiDoc); `skips`:
    what a Vale configuration says not to lint (none: stylelint's own choice).
    Each reader is imported when first needed: a run over plain text loads none of them."""
    if syntax == "md":
        from .markdown import parse_markdown

        return parse_markdown(text, front_matter, skips)
    if syntax == "mdx":
        from .mdx import parse_mdx

        return parse_mdx(text, front_matter, skips)
    if syntax == "org":
        from .org import parse_org

        return parse_org(text)
    if syntax == "html":
        from .html import HTMLReader

        return HTMLReader(text, skips).parse()
    if syntax == "rst":
        from .rst import parse_rst

        return parse_rst(text, skips)
    if syntax == "adoc":
        from .asciidoc import parse_asciidoc

        return parse_asciidoc(text, front_matter, skips)
    return parse_text(text)

