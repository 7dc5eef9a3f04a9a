"""The project layer: everything that turns a folder on disk into built rules.

Configuration discovery (`discovery`) and its model (`config`), the readers of
`.stylelint.yaml`, `pyproject.toml` and `.vale.ini` (`readers/`), globs, the pack loader
(`packs`, `loader`), word lists (`wordlists`) and the on-disk cache (`cache`). `rules.load_rules`
is the entry point.
"""
