"""stylelint: an editorial style and neutrality linter for news writing.

The public Python API: build rules once, then lint any number of texts with them.

    import stylelint
    rules = stylelint.load_rules()            # the built-in packs; or config="path/.stylelint.yaml"
                                              # (or pyproject.toml, .vale.ini), or packs=["folder"]
    alerts = stylelint.lint_text(text, rules=rules, syntax="md")
    alert.to_dict(path)                       # the keys of the JSON output
    rules.rule("Naming.Places")               # .id .category .description .rationale .link .level

The package has three layers (see docs/architecture.md): `core` (text and built rules in,
alerts out), `project` (configuration and rule packs on disk -> built rules) and `cli`.
"""
from .core.alert import Alert
from .core.engine import lint_text
from .core.rules import RuleSet
from .project.errors import ConfigError
from .project.rules import ProjectRules, load_rules
from .version import __version__

__all__ = ["Alert", "ConfigError", "ProjectRules", "RuleSet", "__version__", "lint_text", "load_rules"]
