"""stylelint: an editorial style and neutrality linter for news writing."""
__version__ = "0.1.0"


def lint_text(text, config=None, path=None, syntax=None):
    """Lint one document and return its alerts (see stylelint.engine.lint_text)."""
    from .engine import lint_text as _lint

    return _lint(text, config, path, syntax)
