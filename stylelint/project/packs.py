"""Rule packs: folders of YAML rule files, one rule a file; the id is `Pack.FileStem`."""
from __future__ import annotations

from pathlib import Path

from .errors import ConfigError


def builtin_rules_dir() -> Path:
    """Packs shipped in the wheel (stylelint/rules), or rules/ beside the package in a checkout."""
    package = Path(__file__).resolve().parent.parent
    for candidate in (package / "rules", package.parent / "rules"):
        if candidate.is_dir():
            return candidate
    raise ConfigError(package, "built-in rules are missing from this installation; reinstall stylelint")


# Vale's built-in style, for Vale configurations (and configs that name it): not a default pack.
NOT_DEFAULT = ("Vale",)


def default_pack_names() -> list[str]:
    """The built-in packs that run when a configuration names none."""
    return sorted(p.name for p in builtin_rules_dir().iterdir()
                  if p.is_dir() and not p.name.startswith(".") and p.name not in NOT_DEFAULT)


def pack_registry(folders: list[Path]) -> dict[str, Path]:
    found: dict[str, Path] = {}
    for folder in folders:
        for rule_id, rule_path in pack_rules(folder):
            if rule_id in found:
                raise ConfigError(rule_path, f"duplicate rule id '{rule_id}' (also {found[rule_id]})")
            found[rule_id] = rule_path
    return found


def pack_rules(folder: Path) -> list[tuple[str, Path]]:
    """(rule id, file) for every rule in a pack folder; the id is `Pack.FileStem`."""
    if not folder.is_dir():
        raise ConfigError(folder, "rule pack folder does not exist")
    found = []
    for path in sorted(folder.rglob("*")):
        if path.suffix in (".yml", ".yaml") and not path.name.startswith(".") and path.is_file():
            found.append((f"{path.parent.name}.{path.name.split('.')[0]}", path))
    return found


def check_pack_folder(folder: Path, config_path: Path) -> str | None:
    """Why a folder cannot be a pack, or None. A pack is a folder of rule files: the root, a
    home folder or the configuration's own folder would load every YAML file below them (the
    whole file system, or the configuration itself as a rule)."""
    resolved = folder.resolve()
    home = Path.home().resolve()
    if resolved == Path(resolved.anchor) or resolved == home or resolved in home.parents:
        return f"'{resolved}' is the root or a home folder, not a folder of rules"
    if resolved == config_path.resolve().parent:
        return "that is the folder of this configuration itself; put the rules in a sub-folder"
    return None
