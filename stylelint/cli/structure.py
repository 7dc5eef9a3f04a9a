"""The markup structure of a draft without its words, as a full parser sees it.

`--fix` compares it before and after: a fix that would change it (close an emphasis early,
unbalance a tag, stop `*5%*` being emphasis because `%` now sits at its edge) is dropped.
Markdown goes through markdown-it with inline parsing on (the linter's own reader masks inline
syntax itself and does not apply CommonMark's delimiter rules); HTML through the standard
library's parser. Plain text has no structure but its paragraphs.
"""
from __future__ import annotations

from html.parser import HTMLParser

_MARKDOWN = None


def structure(text: str, syntax: str):
    if syntax == "md":
        return _markdown(text)
    if syntax == "html":
        return _html(text)
    return text.count("\n\n"), text.count("\x0c")


def _markdown(text: str):
    global _MARKDOWN
    if _MARKDOWN is None:
        from markdown_it import MarkdownIt
        from mdit_py_plugins.front_matter import front_matter_plugin

        _MARKDOWN = MarkdownIt("commonmark", {"maxNesting": 100}).enable(
            ["table", "strikethrough"]).use(front_matter_plugin)
    return _shape(_MARKDOWN.parse(text))


def _shape(tokens) -> list:
    shape = []
    for token in tokens:
        if token.type in ("text", "softbreak"):
            continue  # the words themselves, and line breaks inside a paragraph
        verbatim = token.content if token.type in (
            "code_inline", "code_block", "fence", "html_inline", "html_block") else ""
        if token.type == "front_matter":  # its prose fields may be fixed: compare the YAML's shape
            verbatim = _yaml_shape(token.content)
        attrs = tuple(sorted((k, v) for k, v in (token.attrs or {}).items() if k != "alt"))
        children = _shape(token.children) if token.children and token.type != "image" else []
        shape.append((token.type, token.tag, token.markup, attrs, verbatim, children))
    return shape


class _Tags(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=False)
        self.tags: list = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(("<", tag, tuple(attrs)))

    def handle_startendtag(self, tag, attrs):
        self.tags.append(("</>", tag, tuple(attrs)))

    def handle_endtag(self, tag):
        self.tags.append((">", tag))

    def handle_comment(self, data):
        self.tags.append(("!--", data))

    def handle_entityref(self, name):
        self.tags.append(("&", name))

    def handle_charref(self, name):
        self.tags.append(("&#", name))


def _yaml_shape(content: str):
    """The keys, nesting and non-text values of YAML front matter; text values count only as
    text (a fixed word in a title keeps the shape, a broken quote or a lost key does not)."""
    import yaml

    def shape(value):
        if isinstance(value, dict):
            return tuple(sorted((str(k), shape(v)) for k, v in value.items()))
        if isinstance(value, list):
            return tuple(shape(v) for v in value)
        return "text" if isinstance(value, str) else repr(value)

    try:
        return shape(yaml.safe_load(content))
    except (yaml.YAMLError, RecursionError, ValueError):
        return content


def _html(text: str):
    reader = _Tags()
    # As in the HTML reader: no "<" after the last ">" can start markup, and html.parser would
    # rescan to the end from each one (quadratic on '<a ' repeated).
    last = text.rfind(">") + 1
    text = text[:last] + text[last:].replace("<", " ")
    try:
        reader.feed(text)
        reader.close()
    except Exception:  # noqa: BLE001 - a parser failure means: compare the raw tags instead
        return text.count("<"), text.count(">"), text.count("&")
    return reader.tags
