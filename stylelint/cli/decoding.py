"""File bytes to text and back: a BOM decides the encoding, otherwise strict UTF-8, so --fix
writes a file back exactly as it was except for the fixed words."""
from __future__ import annotations

import codecs
from typing import NamedTuple

BOMS = (  # UTF-32 first: its little-endian BOM begins with UTF-16's
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


class DocxError(Exception):
    """The file is not a Word document we can read (one line, for the user). Defined here, with
    the other reasons a file cannot be read, so a run without Word files never loads docx_text."""


class DecodeError(Exception):
    """A file that is not text we can read; the message is one line for the user."""


class Decoded(NamedTuple):
    text: str
    encoding: str
    bom: bytes


def decode(data: bytes) -> Decoded:
    """Decode file bytes: a BOM decides the encoding, otherwise strict UTF-8.

    Binary data and invalid UTF-8 raise DecodeError naming the byte offset, so the caller can
    report the file and move on instead of guessing and corrupting it on --fix.
    """
    for bom, encoding in BOMS:
        if data.startswith(bom):
            body = data[len(bom):]
            try:
                return Decoded(body.decode(encoding), encoding, bom)
            except UnicodeDecodeError as exc:
                raise DecodeError(f"invalid {encoding} at byte {exc.start + len(bom)}") from None
    if b"\x00" in data[:8192]:
        raise DecodeError("binary file (contains NUL bytes), skipped")
    try:
        return Decoded(data.decode("utf-8"), "utf-8", b"")
    except UnicodeDecodeError as exc:
        raise DecodeError(
            f"not valid UTF-8 at byte {exc.start} (save the file as UTF-8), skipped"
        ) from None


def encode(text: str, encoding: str, bom: bytes) -> bytes:
    return bom + text.encode(encoding)
