"""The error of a rule definition."""
from __future__ import annotations


class RuleError(ValueError):
    """A problem in one rule definition; `key` lets the loader point at the right line."""

    def __init__(self, message: str, key: str | None = None, index: int | None = None):
        super().__init__(message)
        self.key = key
        self.index = index
