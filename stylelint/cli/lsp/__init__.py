"""`stylelint lsp`: findings as you type, in any editor that speaks the Language Server Protocol.

Nothing here imports pygls: the `check` command never pays for the server's dependencies."""
from __future__ import annotations


def serve() -> None:
    """Run the language server over standard input and output until the editor closes it."""
    import logging

    from .handlers import create_server

    logging.basicConfig(level=logging.WARNING, format="stylelint lsp: %(levelname)s %(message)s")
    create_server().start_io()
