"""Making draft text and file names safe to print to a terminal.

Drafts and file names come from anyone. An escape sequence copied into the output would run in
the reader's terminal (clear the screen, retitle the window, write the clipboard with OSC 52),
even when the output is piped into a log that someone later reads with `cat`. Every control
character is therefore shown, not sent: ESC as `^[`, other C0 controls in caret notation, C1
controls and the bidirectional overrides that reorder a line as `<U+XXXX>`.
"""
from __future__ import annotations

from ...core.lazyre import LazyRe

# C0 controls (tab included: shown as a space by callers that want it), DEL, C1 controls, the
# bidirectional embeddings, overrides and isolates, and the invisible characters that can hide
# inside a word (soft hyphen, zero-width space and joiners, word joiner, BOM).
_OTHERS = "\x7f-\x9f\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff"
_CONTROL = LazyRe(f"[\x00-\x1f{_OTHERS}]")
_CONTROL_BUT_NEWLINE = LazyRe(f"[\x00-\x09\x0b-\x1f{_OTHERS}]")


def _show(ch: str) -> str:
    code = ord(ch)
    if code < 0x20:
        return "^" + chr(code + 0x40)
    if code == 0x7F:
        return "^?"
    return f"<U+{code:04X}>"


def visible(text: str, newlines: bool = False) -> str:
    """`text` with every control character written out (ESC becomes `^[`); `newlines` keeps
    line feeds, for text that is several lines on purpose."""
    pattern = _CONTROL_BUT_NEWLINE if newlines else _CONTROL
    return pattern.sub(lambda m: _show(m.group(0)), text) if pattern.search(text) else text


def display_path(path: str) -> str:
    """A file name as valid Unicode: bytes that are not UTF-8 (kept by Python as lone
    surrogates) become `\\xNN`, so JSON, SARIF and GitLab reports stay valid."""
    try:
        path.encode("utf-8")
        return path
    except UnicodeEncodeError:
        return path.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace") \
            if _only_escaped(path) else path.encode("utf-8", "backslashreplace").decode("utf-8")


def _only_escaped(path: str) -> bool:
    try:
        path.encode("utf-8", "surrogateescape")
        return True
    except UnicodeEncodeError:
        return False
