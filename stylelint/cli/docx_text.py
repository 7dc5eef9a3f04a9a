"""Word documents (.docx) as drafts: their paragraphs in document order, the HTML the linter
reads for them, and the way back from an alert to a paragraph and the characters in it.

Positions in a .docx: line = the paragraph's number, counting every paragraph that has text in
document order (body paragraphs, headings and table cells as they come, then footnotes, then
endnotes);
column = the 1-based character in that paragraph's text, as Word shows it (a tab or a line
break counts as one character).
"""
from __future__ import annotations

import bisect
import dataclasses
from dataclasses import dataclass
from html import escape

from .decoding import DocxError

MAX_UNPACKED = 200 * 1024 * 1024  # a .docx is a zip: refuse one that unpacks into more than this
_CONTENT = ("br", "cr", "noBreakHyphen", "ptab", "t", "tab")  # run children that carry text
_HEADINGS = {"title": 1, "subtitle": 2}


@dataclass
class WordParagraph:
    number: int  # 1-based, see the module docstring
    kind: str  # "h1".."h6", "p", "cell" or "note" (a footnote or an endnote)
    element: object  # the w:p element (runs are re-read from it: annotating splits them)
    text: str
    cell: object = None  # the w:tc it sits in, to group a table's cells


def open_document(path):
    """python-docx's Document for `path`, or DocxError saying why not."""
    import zipfile  # only for Word documents

    try:
        with zipfile.ZipFile(path) as archive:
            if sum(info.file_size for info in archive.infolist()) > MAX_UNPACKED:
                raise DocxError(f"unpacks into more than {MAX_UNPACKED // 2**20} MB, skipped")
        _footnotes_as_xml()
        import docx

        return docx.Document(str(path))
    except DocxError:
        raise
    except zipfile.BadZipFile:
        raise DocxError("not a Word document (.docx files are zip archives; this one is not "
                        "or it is damaged)") from None
    except Exception as exc:  # noqa: BLE001 - python-docx and lxml raise many kinds
        raise DocxError(f"not a readable Word document ({type(exc).__name__}: "
                        f"{str(exc).splitlines()[0] if str(exc) else 'damaged'})") from None


def _footnotes_as_xml():
    """python-docx loads the footnotes and endnotes parts as opaque bytes; as XmlParts their
    paragraphs can be read, and annotated, like the body's (and are saved back)."""
    from docx.opc.constants import CONTENT_TYPE as CT
    from docx.opc.part import PartFactory, XmlPart

    for content_type in (CT.WML_FOOTNOTES, CT.WML_ENDNOTES):
        PartFactory.part_type_for.setdefault(content_type, XmlPart)


def paragraphs(document) -> list[WordParagraph]:
    """Every paragraph with text, numbered in document order; footnotes, then endnotes, after
    the body."""
    found: list = []
    _walk(document.element.body, found, None)
    for kind in ("footnote", "endnote"):
        for part in _note_parts(document, kind):
            for note in part.element.iterchildren(_qn(f"w:{kind}")):
                if note.get(_qn("w:type")) in (None, "normal"):  # not the separator lines
                    found += [(p, "note", None) for p in note.iter(_qn("w:p"))]
    result = []
    for element, kind, cell in found:
        text = paragraph_text(element)
        if text.strip():
            result.append(WordParagraph(len(result) + 1, kind if kind != "p" else _kind(element),
                                        element, text, cell))
    return result


def _walk(container, found, cell):
    for child in container.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            found.append((child, "cell" if cell is not None else "p", cell))
        elif tag == "tbl":
            for tc in child.iter(_qn("w:tc")):
                if _nearest(tc, "tbl") is child:
                    _walk(tc, found, tc)
        elif tag in ("sdt", "sdtContent", "customXml"):
            _walk(child, found, cell)


def _note_parts(document, kind: str):
    from docx.opc.constants import RELATIONSHIP_TYPE as RT

    reltype = RT.FOOTNOTES if kind == "footnote" else RT.ENDNOTES
    return [rel.target_part for rel in document.part.rels.values()
            if rel.reltype == reltype and hasattr(rel.target_part, "element")]


def _kind(p) -> str:
    style = p.find(f"{_qn('w:pPr')}/{_qn('w:pStyle')}")
    name = (style.get(_qn("w:val")) if style is not None else "").lower().replace(" ", "")
    if name in _HEADINGS:
        return f"h{_HEADINGS[name]}"
    if name.startswith("heading") and name[7:].isdigit():
        return f"h{min(int(name[7:]), 6)}"
    level = p.find(f"{_qn('w:pPr')}/{_qn('w:outlineLvl')}")
    if level is not None and level.get(_qn("w:val"), "").isdigit() and int(level.get(_qn("w:val"))) < 6:
        return f"h{int(level.get(_qn('w:val'))) + 1}"
    return "p"


def runs(p) -> list:
    """The w:r elements of a paragraph in reading order (inside hyperlinks, insertions, fields
    too), not those of paragraphs nested in text boxes."""
    return [r for r in p.iter(_qn("w:r")) if _nearest(r, "p") is p]


def run_text(r) -> str:
    return "".join(str(child) for child in r.iterchildren() if _local(child) in _CONTENT)


def paragraph_text(p) -> str:
    return "".join(run_text(r) for r in runs(p))


def _nearest(element, name):
    parent = element.getparent()
    while parent is not None and _local(parent) != name:
        parent = parent.getparent()
    return parent


def _local(element) -> str:
    return element.tag.rsplit("}", 1)[-1] if isinstance(element.tag, str) else ""


def _qn(name: str) -> str:
    from docx.oxml.ns import qn

    return qn(name)


# --- the text the linter reads, and the way back ---------------------------------------------

class WordText:
    """The paragraphs as an HTML document for the linter, and as plain text (paragraphs
    separated by blank lines) for the report; offsets of either map back to paragraphs."""

    def __init__(self, paras: list[WordParagraph]):
        self.paragraphs = paras
        pieces, self._html_starts, self._char_maps = [], [], []
        cursor, open_cell = 0, None

        def add(piece):
            nonlocal cursor
            pieces.append(piece)
            cursor += len(piece)

        for para in paras:
            if para.cell is not open_cell:
                add("</td></tr></table>\n" if open_cell is not None else "")
                add("<table><tr><td>" if para.cell is not None else "")
                open_cell = para.cell
            tag = para.kind if para.kind.startswith("h") else "p"
            add(f"<{tag}>")
            offsets = []
            for char in para.text:
                offsets.append(cursor)
                add(escape(char, quote=False))
            offsets.append(cursor)
            self._html_starts.append(offsets[0])
            self._char_maps.append(offsets)
            add(f"</{tag}>\n")
        add("</td></tr></table>\n" if open_cell is not None else "")
        self.html = "".join(pieces)
        self.plain = "\n\n".join(p.text for p in paras)
        self._plain_starts = []
        at = 0
        for para in paras:
            self._plain_starts.append(at)
            at += len(para.text) + 2

    def locate(self, offset: int, end: bool = False) -> tuple[int, int]:
        """(paragraph index, character index) of an offset into the HTML."""
        if not self.paragraphs:
            return 0, 0
        i = max(bisect.bisect_right(self._html_starts, offset) - 1, 0)
        chars = self._char_maps[i]
        if end:
            return i, min(bisect.bisect_left(chars, offset), len(chars) - 1)
        return i, max(bisect.bisect_right(chars, offset) - 1, 0)

    def remap(self, alert):
        """The alert with paragraph positions (see the module docstring) and offsets into the
        plain text; no fix is ever applied to a Word document."""
        if not self.paragraphs:
            return dataclasses.replace(alert, start=0, end=0, fix=None)
        first, start = self.locate(alert.start)
        last, end = self.locate(alert.end, end=True) if alert.end > alert.start else (first, start)
        if (last, end) < (first, start):
            last, end = first, start
        plain_start = self._plain_starts[first] + start
        plain_end = self._plain_starts[last] + end
        return dataclasses.replace(
            alert, start=plain_start, end=plain_end, line=first + 1, column=start + 1,
            end_line=last + 1, end_column=end + 1, match=self.plain[plain_start:plain_end], fix=None)
