"""Fuzz: the command on generated hostile drafts, configurations and rule files (issue 16).

Each input runs as `stylelint check --fix` in its own forked child of a warm interpreter, under
a memory limit (RLIMIT_AS) and a CPU limit (RLIMIT_CPU) set in the child, with a wall-clock
limit on top. For every input: no traceback or internal error, an exit code of 0, 1 or 2, no
hang; for drafts, --fix changes words only (no markup, punctuation or layout character moves).

STYLELINT_FUZZ_SEED and STYLELINT_FUZZ_CASES pick the run (the suite uses a fixed seed; a
longer run: STYLELINT_FUZZ_CASES=500).
"""
from __future__ import annotations

import io
import os
import random
import re
import resource
import signal
import sys
import time
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

import pytest

SEED = int(os.environ.get("STYLELINT_FUZZ_SEED", "20261128"))
CASES = int(os.environ.get("STYLELINT_FUZZ_CASES", "16"))
MEMORY = 2 * 2**30  # bytes of address space an input may add to what the warm process has mapped
CPU = 60  # seconds of CPU per input
WALL = 150  # seconds per input, for a machine shared with other work

# Pieces that broke a reader, a directive, a pattern or an output format before.
DRAFT_PIECES = [
    "Kiev", "the the", "was was", "said", "terrorist", "<!--", "-->", "<a ", "<p>", "</p>", "**", "`",
    "[", "](", ")", "![", "~~", "_", "\x1b[2J", "\x1b]0;t\x07", "\u200b", "\u00ad", "\u202e", ".", "...",
    "\n", "\n\n", "---\n", "date: 2001\n", "title: Kiev the the\n", "> ", "- ", "1. ", "    ",
    "<!-- stylelint-disable-next-line -->\n", "<!-- stylelint-disable Naming.Places -->",
    "<!-- stylelint-enable -->", "<!-- vale a.[ = NO -->", "<!-- vale Naming.Places[\"Kiev\"] = NO -->",
    "&amp;", "&#", "é", "中文", "\r", "\r\n", "\t", "|", "# ", "http://x.example/Kiev", "\x0c", "\x85",
    "\"", "“", "”", "'", " ", "  ", "word", "Sept.", "U.S.", "?!", "<script>", "</script>",
]
HTML_PIECES = ["<a ", "<!--", "<![CDATA[", "<?", "</", "<br>", "<b>", "</b>", "&", "&#x", "'", "\""]
CONFIG_VALUES = [123, None, [None], [], {}, "x", ["[z-a]"], ["*" * 40 + "z"], ["**/" * 30 + "z"],
                 ["{a,A}" * 15], ["error"], "error", "off", {"prefer": "Kyiv"}, {"prefer": ["Kyiv"]},
                 {"level": ["error"]}, {"formula": "1+" * 3000 + "1"}, ["."], ["/"], ["Naming"]]
CONFIG_KEYS = ["packs", "min_level", "fail_level", "rules", "vocab", "ignore", "overrides", "bogus"]
PATTERN_PIECES = ["(", ")", "(?:", "(?>", "a", "aa", "*", "+", "?", "++", "*+", "{2}", "{1000}",
                  "{5000}", "|", "\\w", "\\s", ".", "[a-z]", "[^x]", "\\b", "^", "$", "\\1", "(?i)", "z"]


def _draft(rng: random.Random) -> tuple[str, str]:
    ext = rng.choice(["md", "md", "html", "txt"])
    pieces = DRAFT_PIECES + (HTML_PIECES if ext == "html" else [])
    parts = []
    for _ in range(rng.randint(5, 60)):
        piece = rng.choice(pieces)
        parts.append(piece * (rng.choice([1, 1, 1, 3, 50, 2000, 20000]) if len(piece) < 12 else 1))
    return ext, "".join(parts)[:400_000]


def _yaml(value) -> str:
    import json

    return json.dumps(value, ensure_ascii=False)  # JSON is YAML


def _config(rng: random.Random) -> str:
    lines = []
    for key in rng.sample(CONFIG_KEYS, rng.randint(1, 3)):
        value = rng.choice(CONFIG_VALUES)
        if key == "rules" and rng.random() < 0.7:
            value = {rng.choice(["Naming.Places", "Naming", "Typos.Repeated", "Readability.GradeLevel",
                                 "Nope.Rule"]): value}
        if key == "overrides" and rng.random() < 0.7:
            value = [{"files": rng.choice(CONFIG_VALUES), "rules": {"Naming": "off"}}]
        lines.append(f"{key}: {_yaml(value)}")
    return "\n".join(lines) + "\n"


def _rule(rng: random.Random) -> str:
    pattern = "".join(rng.choice(PATTERN_PIECES) for _ in range(rng.randint(1, 14)))
    kind = rng.choice(["tokens", "raw", "first"])
    if kind == "first":
        return (f"extends: conditional\nmessage: \"x '%s'\"\nfirst: {_yaml(pattern)}\n"
                f"second: {_yaml(pattern[::-1])}\n")
    return f"extends: existence\nmessage: \"x '%s'\"\nlevel: error\n{kind}: [{_yaml(pattern)}]\n"


def _skeleton(text: str) -> str:
    """What --fix may never change: every character that is not part of a word or spacing
    (markup, punctuation, control characters), in order. Invisible format characters inside a
    word are fixable typos, so they are left out too."""
    return re.sub(r"[\w\s\u00ad\u200b-\u200d\u2060\ufeff]", "", text)


def _address_space() -> int:
    """Bytes this process has mapped now. The limit is set above it, not as an absolute: in
    the full suite the test process has already mapped libraries, thread stacks and malloc
    arenas (dask, pyarrow) close to 2 GB, and an absolute 2 GB limit then left the child a few
    MB, so an ordinary allocation failed (in a C extension, as a SystemError)."""
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmSize:"):
                return int(line.split()[1]) * 1024
    return 0


def _run_limited(args, cwd: Path) -> tuple[int | str, str]:
    """`stylelint ARGS` in a forked child with memory and CPU limits: (exit code or 'hang', output)."""
    out_path = cwd / ".fuzz-output"
    pid = os.fork()
    if pid == 0:  # the child: limits, then the command in this warm interpreter
        code = 3
        try:
            limit = _address_space() + MEMORY
            resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
            resource.setrlimit(resource.RLIMIT_CPU, (CPU, CPU))
            os.chdir(cwd)
            from stylelint.cli import main

            buffer = io.StringIO()
            with redirect_stdout(buffer), redirect_stderr(buffer):
                try:
                    main.main(args, prog_name="stylelint", standalone_mode=True)
                    code = 0
                except SystemExit as exc:
                    code = exc.code if isinstance(exc.code, int) else 2
                except BaseException as exc:  # noqa: BLE001 - reported by the parent
                    buffer.write(f"Traceback (escaped the command): {type(exc).__name__}: {exc}")
                    code = 3
            out_path.write_text(buffer.getvalue(), encoding="utf-8", errors="backslashreplace")
        finally:
            os._exit(code)
    deadline = time.monotonic() + WALL
    while time.monotonic() < deadline:
        done, status = os.waitpid(pid, os.WNOHANG)
        if done:
            output = out_path.read_text(encoding="utf-8") if out_path.exists() else ""
            if os.WIFSIGNALED(status):
                return f"killed by signal {os.WTERMSIG(status)}", output
            return os.WEXITSTATUS(status), output
        time.sleep(0.05)
    os.kill(pid, signal.SIGKILL)
    os.waitpid(pid, 0)
    return "hang", ""


def _inputs():
    rng = random.Random(SEED)
    kinds = ["draft", "draft", "config", "rule"]
    return [(i, kinds[i % len(kinds)], random.Random(rng.random())) for i in range(CASES)]


@pytest.fixture(scope="module", autouse=True)
def warm():
    """Import and build the built-in rules once, so every forked child starts warm."""
    import stylelint

    stylelint.load_rules()


@pytest.mark.skipif(not (hasattr(os, "fork") and os.path.exists("/proc/self/status")),
                    reason="needs fork and /proc for the per-input limits")
@pytest.mark.parametrize("index, kind, rng", _inputs(), ids=lambda v: str(v) if isinstance(v, (int, str)) else "")
def test_hostile_input(tmp_path, index, kind, rng):
    draft_ext, draft = _draft(rng) if kind == "draft" else ("md", "It was was fine in Kiev, he said.\n")
    path = tmp_path / f"draft.{draft_ext}"
    path.write_text(draft, encoding="utf-8", newline="")
    if kind == "config":
        (tmp_path / ".stylelint.yaml").write_text(_config(rng), encoding="utf-8")
    if kind == "rule":
        (tmp_path / "Fuzz").mkdir()
        (tmp_path / "Fuzz" / "Rule.yml").write_text(_rule(rng), encoding="utf-8")
        (tmp_path / ".stylelint.yaml").write_text("packs: [Fuzz, Typos]\n", encoding="utf-8")
    code, output = _run_limited(["check", "--fix", "--no-color", path.name], tmp_path)
    assert code in (0, 1, 2), f"{kind} #{index}: {code}\n{output[-2000:]}"
    assert "Traceback" not in output and "internal error" not in output, output[-2000:]
    fixed = path.read_bytes().decode("utf-8")
    assert _skeleton(fixed) == _skeleton(draft), f"{kind} #{index}: --fix changed more than words"
    if code == 2 and kind == "draft":
        pytest.fail(f"a draft alone should never be a usage or config error:\n{output[-2000:]}")
