"""The Alert: one finding, immutable, with exact offsets and 1-based positions."""
from __future__ import annotations

from dataclasses import dataclass

LEVELS = {"suggestion": 0, "warning": 1, "error": 2}


@dataclass(frozen=True, slots=True)
class Alert:
    rule: str
    category: str
    severity: str
    message: str
    start: int  # character offsets into the original text
    end: int
    line: int  # 1-based; columns count Unicode code points
    column: int
    end_line: int
    end_column: int  # one past the last character
    match: str
    suggestions: tuple[str, ...] = ()
    link: str = ""
    fix: str | None = None  # the one replacement, when there is exactly one and it is fixable
    fix_safety: str = ""  # "safe" (--fix) or "unsafe" (--unsafe-fixes) when there is a fix
    fingerprint: str = ""  # rule + matched words + their sentence: stable across edits elsewhere

    def to_dict(self, path: str | None) -> dict:
        return {
            "path": path, "line": self.line, "column": self.column, "end_line": self.end_line,
            "end_column": self.end_column, "rule": self.rule, "category": self.category,
            "severity": self.severity, "message": self.message, "match": self.match,
            "suggestions": list(self.suggestions), "link": self.link,
            "fix": {"replacement": self.fix, "safety": self.fix_safety} if self.fix is not None else None,
            "fingerprint": self.fingerprint,
        }
