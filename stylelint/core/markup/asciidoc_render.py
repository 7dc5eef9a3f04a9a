"""asciidoc-py, run in a process of its own that the reader starts once and reuses.

Why a process: asciidoc-py keeps its document in module globals and swaps `sys.stdout` while it
renders, which must not touch the checker (the language server talks over stdout); it is
quadratic on some hostile drafts (a 30,000-cell table took six minutes), and only a process
can be stopped mid-render: past `BUDGET` seconds the file is refused and the process replaced.
And nothing in a file may run: filters (shell commands), system macros (`sys::`, `eval::`)
are disabled there. This file only imports the standard library and asciidoc-py, so the
process starts without stylelint.
"""
from __future__ import annotations

import json
import os
import re
import selectors
import subprocess
import sys
import threading
import time

BUDGET = 10.0  # seconds one file may take to render (a 200 KB story takes 2 s)
# This file, run with nothing of the current folder on the path (its `asciidoc.py` would
# shadow the library's).
_START = "import sys, runpy; sys.path.pop(0); runpy.run_path(sys.argv[1], run_name='__main__')"
_lock = threading.Lock()
_worker: subprocess.Popen | None = None
_owner = 0  # the process that started it


class AsciiDocError(ValueError):
    """asciidoc-py could not read the file: a one-line reason, with the line when it has one."""


def render(source: str) -> tuple[str, str]:
    """(HTML body, document title) of an AsciiDoc text, or AsciiDocError."""
    global _worker, _owner
    with _lock:
        # A forked process never shares its parent's worker: their replies would interleave.
        if _worker is None or _worker.poll() is not None or _owner != os.getpid():
            _owner = os.getpid()
            _worker = subprocess.Popen([sys.executable, "-c", _START, os.path.abspath(__file__)],
                                       stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                       stderr=subprocess.DEVNULL)
        worker = _worker
        try:
            _send(worker.stdin, json.dumps(source).encode())
            reply = json.loads(_receive(worker.stdout.fileno(), time.monotonic() + BUDGET))
        except (OSError, ValueError, TimeoutError) as exc:
            worker.kill()
            worker.wait()
            _worker = None
            if isinstance(exc, TimeoutError):
                raise AsciiDocError(f"rendering its AsciiDoc took over {BUDGET:.0f} s, so it was skipped") from None
            raise AsciiDocError("the AsciiDoc renderer (asciidoc-py) stopped on it") from None
    if reply.get("error"):
        raise AsciiDocError(f"not valid AsciiDoc ({reply['error']})")
    return reply["html"], reply["title"]


def _send(pipe, data: bytes) -> None:
    pipe.write(b"%d\n" % len(data) + data)
    pipe.flush()


def _receive(fd: int, deadline: float) -> bytes:
    """One framed message from the worker, or TimeoutError past the deadline."""
    chunks, size, length = [], 0, None
    with selectors.DefaultSelector() as selector:
        selector.register(fd, selectors.EVENT_READ)
        while length is None or size < length:
            if not selector.select(max(deadline - time.monotonic(), 0)):
                raise TimeoutError
            chunk = os.read(fd, 1 << 20)
            if not chunk:
                raise OSError("the worker ended")
            if length is None:  # the first chunk holds the header line
                header, _, chunk = chunk.partition(b"\n")
                length = int(header)
            chunks.append(chunk)
            size += len(chunk)
    return b"".join(chunks)


def _serve() -> None:
    """The worker: render each framed request from stdin, reply on the real stdout."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C stops the checker; this ends at EOF
    reply_to = os.fdopen(os.dup(1), "wb")
    os.dup2(os.open(os.devnull, os.O_WRONLY), 1)  # a stray print must not break the replies
    requests = sys.stdin.buffer
    while True:
        header = requests.readline()
        if not header:
            return
        source = json.loads(requests.read(int(header)))
        _send(reply_to, json.dumps(_render_here(source)).encode())


def _render_here(source: str) -> dict:
    import io

    from asciidoc import asciidoc as engine
    from asciidoc.api import AsciiDocAPI

    _disarm(engine)
    api = AsciiDocAPI()
    api.options("--no-header-footer")
    api.attributes["source-highlighter"] = "highlight"  # source blocks in <pre>; its filter never runs
    out = io.StringIO()
    try:
        api.execute(io.StringIO(source), out, backend="html5")
    except (Exception, SystemExit) as exc:  # it reports an error by exiting
        messages = engine.message.messages
        # An error it rendered past (a block never closed) leaves the rest readable, as
        # Asciidoctor reads it; only a failure (FAILED) stops the file.
        if not engine.document.has_errors or any("FAILED" in m for m in messages):
            return {"error": _reason(messages, exc)}
    return {"html": out.getvalue(), "title": engine.document.attributes.get("doctitle") or ""}


def _disarm(engine) -> None:
    """Filters run shell commands; system macros run commands or eval(): neither may run."""
    if getattr(engine, "_stylelint_disarmed", False):
        return
    import html

    allowed = engine.system

    def system(name, args, is_macro=False, attrs=None):
        if name in ("eval", "eval3", "sys", "sys2", "sys3", "include"):
            return None
        return allowed(name, args, is_macro, attrs)

    engine.system = system
    engine.filter_lines = lambda command, lines, attrs=None: [html.escape(line, False) for line in lines]
    engine._stylelint_disarmed = True


def _reason(messages: list[str], exc: BaseException) -> str:
    message = next((m for m in reversed(messages) if m.strip()), "") or str(exc) or type(exc).__name__
    return re.sub(r"^(?:FAILED: |ERROR: )?(?:<stdin>: )?", "", message.splitlines()[0].strip())


if __name__ == "__main__":
    _serve()
