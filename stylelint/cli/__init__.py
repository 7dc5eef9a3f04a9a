"""The command line: the `stylelint` command (`command`), one run (`session`), finding and
reading files (`runner`, `decoding`), the worker pool (`parallel`), the fixer (`fixer`) and the
output formats (`formats/`). Front ends over the public API (report, docx, lsp, audit) go here.
"""
from .command import main

__all__ = ["main"]
