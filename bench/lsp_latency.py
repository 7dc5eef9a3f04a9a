"""How responsive `stylelint lsp` stays: an editor's view of the language server.

Starts the server as an editor would, opens examples/draft.md, then a long draft (the example
repeated to --kb kilobytes), and while that long draft is checked in the background asks for
hovers on the short one and times the answers. Prints seconds; asserts nothing.

    python bench/lsp_latency.py [--kb 1000]
"""
from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import time
from pathlib import Path

from lsprotocol import types as t
from pygls.lsp.client import LanguageClient
from pygls.uris import from_fs_path

ROOT = Path(__file__).resolve().parents[1]


async def main(kb: int) -> None:
    client, published = LanguageClient("bench", "1"), {}

    @client.feature(t.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    def on_publish(params):
        published[params.uri] = (time.perf_counter(), params)

    await client.start_io(sys.executable, "-m", "stylelint", "lsp")
    await client.initialize_async(t.InitializeParams(capabilities=t.ClientCapabilities()))
    client.initialized(t.InitializedParams())

    async def open_and_wait(uri: str, text: str) -> float:
        start = time.perf_counter()
        client.text_document_did_open(t.DidOpenTextDocumentParams(t.TextDocumentItem(uri, "markdown", 1, text)))
        while uri not in published:
            await asyncio.sleep(0.005)
        return published[uri][0] - start

    draft = (ROOT / "examples" / "draft.md").read_text(encoding="utf-8")
    small = from_fs_path(str(ROOT / "examples" / "draft.md"))
    print(f"short draft ({len(draft)} chars): first findings after {await open_and_wait(small, draft):.2f} s "
          "(includes building the rules)")
    position = published[small][1].diagnostics[0].range.start

    big_text = draft * max(1, kb * 1024 // len(draft))
    big = from_fs_path(str(ROOT / "examples" / "long-draft.md"))  # never written to disk
    start = time.perf_counter()
    client.text_document_did_open(t.DidOpenTextDocumentParams(t.TextDocumentItem(big, "markdown", 1, big_text)))
    waits = []
    while big not in published:
        asked = time.perf_counter()
        await client.text_document_hover_async(t.HoverParams(t.TextDocumentIdentifier(small), position))
        waits.append(time.perf_counter() - asked)
        await asyncio.sleep(0.05)
    print(f"long draft ({len(big_text) / 1e6:.1f} M chars, {len(published[big][1].diagnostics)} findings): "
          f"findings after {published[big][0] - start:.2f} s")
    print(f"hovers answered while it was checked: {len(waits)}, median {statistics.median(waits) * 1000:.0f} ms, "
          f"slowest {max(waits) * 1000:.0f} ms")
    await client.shutdown_async(None)
    client.exit(None)
    await asyncio.sleep(0.2)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kb", type=int, default=1000, help="size of the long draft in KB")
    asyncio.run(main(parser.parse_args().kb))
