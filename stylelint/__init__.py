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
import gc as _gc

# Importing the package allocates only what lives as long as the process (modules, classes,
# compiled patterns): automatic collections meanwhile, and the first one after, only walk
# that heap (about 6 ms of a cold start; see cli/collector.py). So collection pauses, and what
# the import made goes to the oldest generation unwalked (freeze, then unfreeze: unless some
# other code froze objects, which must stay frozen).
_collecting = _gc.isenabled()
_gc.disable()
try:
    from .core.alert import Alert
    from .core.engine import lint_text
    from .core.rules import RuleSet
    from .project.errors import ConfigError
    from .project.rules import ProjectRules, load_rules
    from .version import __version__
finally:
    if _collecting:
        if not _gc.get_freeze_count():
            _gc.freeze()
            _gc.unfreeze()
        _gc.enable()

__all__ = ["Alert", "ConfigError", "ProjectRules", "RuleSet", "__version__", "lint_text", "load_rules"]
