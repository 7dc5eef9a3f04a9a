"""The command line: the `stylelint` command (`command`), one run (`session`), finding and
reading files (`runner`, `decoding`), the worker pool (`parallel`), the fixer (`fixer`) and the
output formats (`formats/`). Front ends over the public API (report, docx, lsp, audit) go here.
"""
import gc

_collecting = gc.isenabled()
gc.disable()  # importing the command allocates only what lives for the whole run (collector.py)
from .command import main  # noqa: E402

if _collecting:
    if not gc.get_freeze_count():  # what importing made, to the oldest generation unwalked (../__init__.py)
        gc.freeze()
        gc.unfreeze()
    gc.enable()

__all__ = ["main"]
