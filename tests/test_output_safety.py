"""Output that stays valid and harmless whatever the draft or its file name holds
(issue 16, items 10 and 12): control characters are shown, never sent to the terminal; file
names that are not UTF-8 or hold a newline keep every format valid."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap

import pytest

ESCAPES = ["\x1b[2J", "\x1b]0;owned\x07", "\x1b]8;;https://x.example/\x1b\\", "\x1b]52;c;aGk=\x07",
           "\x9b2J", "\u202e"]


def run(cwd, *args):
    env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "GITHUB_ACTIONS", "STYLELINT_DEBUG")}
    return subprocess.run([sys.executable, "-m", "stylelint", *args], cwd=cwd, capture_output=True,
                          timeout=120, env=env)


@pytest.mark.parametrize("escape", ESCAPES)
@pytest.mark.parametrize("fmt", ["text"])
def test_escape_sequences_in_a_draft_are_shown_not_sent(tmp_path, escape, fmt):
    (tmp_path / "a.md").write_text(f"The team left Kiev{escape} on Monday.\n\nKi{escape}ev too.\n",
                                   encoding="utf-8")
    result = run(tmp_path, "check", "--format", fmt, "--color", "a.md")
    out = result.stdout.decode("utf-8")
    assert result.returncode in (0, 1), result.stderr
    sent = [ch for ch in out if (ord(ch) < 32 and ch not in "\n") or 0x7f <= ord(ch) <= 0x9f
            or ch == "\u202e"]
    # --color paints with ESC [ ... m and nothing else.
    assert set(sent) <= {"\x1b"}, sent
    assert "\x1b]" not in out and "\x1b[2J" not in out and "\x07" not in out
    assert "Kiev" in out
    if escape.startswith("\x1b") and fmt == "text":
        assert "^[" in out
    if fmt == "line":
        assert all(line.startswith("a.md:") for line in out.splitlines())


@pytest.mark.parametrize("fmt", ["text", "line", "github"])
def test_a_file_name_with_escapes_and_a_newline(tmp_path, fmt):
    name = "x\x1b]0;t\x07\ny.md"
    (tmp_path / name).write_text("Kiev is a city.\n", encoding="utf-8")
    result = run(tmp_path, "check", "--format", fmt, "--no-color", name)
    out = result.stdout.decode("utf-8")
    assert "\x1b" not in out and "\x07" not in out
    if fmt == "line":
        assert out.strip().splitlines() == [out.strip()]  # one alert, one line
        assert out.startswith("x^[]0;t^G^Jy.md:1:1:")


def test_explain_shows_a_hostile_rule_file_visibly(tmp_path):
    pack = tmp_path / "Evil"
    pack.mkdir()
    (pack / "Rule.yml").write_text(textwrap.dedent("""\
        extends: existence
        message: "Avoid '%s'."
        description: "Clears your screen \\e[2J and sets a title \\e]0;hi\\a"
        tokens: [foo]
        """), encoding="utf-8")
    (tmp_path / ".stylelint.yaml").write_text("packs: [Evil]\n", encoding="utf-8")
    for args in (["explain", "Evil.Rule"], ["rules"]):
        result = run(tmp_path, *args)
        assert result.returncode == 0, result.stderr
        out = result.stdout.decode("utf-8")
        assert "\x1b" not in out and "\x07" not in out and "^[[2J" in out


@pytest.fixture
def bad_name(tmp_path):
    name = b"caf\xe9 \xff.md"
    with open(os.path.join(os.fsencode(tmp_path), name), "wb") as f:
        f.write("Kiev is a city. He said it was was fine.\n".encode())
    return os.fsdecode(name)


@pytest.mark.parametrize("fmt", ["json", "sarif", "gitlab"])
def test_a_file_name_that_is_not_utf8_keeps_json_valid(tmp_path, bad_name, fmt):
    result = run(tmp_path, "check", "--format", fmt, ".")
    assert result.returncode == 1, result.stderr
    assert b"Traceback" not in result.stderr
    document = json.loads(result.stdout.decode("utf-8"))  # strict UTF-8, valid JSON
    text = json.dumps(document)
    assert "caf\\\\xe9 \\\\xff.md" in text


@pytest.mark.parametrize("fmt", ["text", "line", "github"])
def test_a_file_name_that_is_not_utf8_in_human_formats(tmp_path, bad_name, fmt):
    result = run(tmp_path, "check", "--format", fmt, ".")
    assert result.returncode == 1 and b"Traceback" not in result.stderr
    assert "caf\\xe9 \\xff.md" in result.stdout.decode("utf-8")


def test_a_failed_write_is_still_a_checked_file(tmp_path, monkeypatch):
    """After a fix could not be written, the summary must not say "1 of 0 files"."""
    from click.testing import CliRunner

    from stylelint.cli import fixer, main

    def disk_full(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(fixer, "write_atomic", disk_full)  # session imports it when fixing
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.md").write_text("It was was fine in Kiev.\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["check", "--fix", "--no-color", "a.md"])
    assert "of 0 files" not in result.output
    assert "in 1 of 1 file checked" in result.output
    assert (tmp_path / "a.md").read_text(encoding="utf-8") == "It was was fine in Kiev.\n"
