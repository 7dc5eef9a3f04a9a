"""The error of a rule, pack or configuration file."""
from __future__ import annotations


class ConfigError(Exception):
    """A rule, pack or configuration problem: one line naming the file (and line)."""

    def __init__(self, path, message: str, line: int | None = None):
        where = f"{path}:{line}" if line else f"{path}"
        super().__init__(f"{where}: {message}")
        self.args_for_pickle = (path, message, line)

    def __reduce__(self):  # so an error found in a worker process reaches the main one intact
        return (ConfigError, self.args_for_pickle)
