"""`[tool.stylelint]` in pyproject.toml: the same schema as `.stylelint.yaml`."""
from __future__ import annotations

import re
from pathlib import Path

from ..config import Config
from ..errors import ConfigError
from .mapping import from_mapping


def load_pyproject(path: Path) -> Config:
    import tomllib

    try:
        text = path.read_text(encoding="utf-8")
        data = tomllib.loads(text).get("tool", {}).get("stylelint", {})
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(path, f"cannot read file: {exc}") from None
    except tomllib.TOMLDecodeError as exc:
        m = re.search(r"line (\d+)", str(exc))
        raise ConfigError(path, f"TOML syntax error: {exc}", int(m.group(1)) if m else None) from None

    def line(key):
        m = re.search(rf"^\s*\"?{re.escape(str(key))}\"?\s*=", text, re.M)
        return text.count("\n", 0, m.start()) + 1 if m else None

    return from_mapping(path, data, line)
