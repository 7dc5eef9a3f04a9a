"""Files stylelint cannot read (issue 5), run through the CLI as a user would.

Binary files, invalid UTF-8, unreadable files, broken symlinks, special files (a FIFO, a socket,
a device, /proc files), oversized files: each is ONE line naming the file, the run goes on with
the other files (a good file's finding is still reported) and the exit code is 2. Files that are
fine but unusual (UTF-16 with a BOM, empty files, a very large file) are checked correctly, in
bounded time and memory.
"""
from __future__ import annotations

import json
import re
import os
import shutil
import socket
import subprocess
import sys
import textwrap

import pytest

GOOD = "The council met in Kiev on Monday.\n"  # Naming.Places flags "Kiev" at 1:20
GOOD_AT = ("good.md", 1, 20, "Kiev")


def run(cwd, *args, timeout=60, prefix=(), env=None, preexec_fn=None):
    environment = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "GITHUB_ACTIONS")}
    environment.update(env or {})
    return subprocess.run([*prefix, sys.executable, "-m", "stylelint", "check", *args], cwd=cwd,
                          capture_output=True, text=True, timeout=timeout, env=environment,
                          preexec_fn=preexec_fn)


def lines_naming(result, name):
    return [line for line in (result.stdout + result.stderr).splitlines() if name in line]


def assert_one_line_error(result, name, *words):
    """Exit 2, exactly one output line names the file, it gives the reason, no traceback."""
    assert result.returncode == 2, (result.returncode, result.stdout, result.stderr)
    named = lines_naming(result, name)
    assert len(named) == 1, f"expected one line naming {name}, got {named!r}\n{result.stderr}"
    for word in words:
        assert word.lower() in named[0].lower(), named[0]
    assert "Traceback" not in result.stdout + result.stderr


def assert_good_file_reported(result, name="good.md", line=1, column=20):
    """The good file's finding is in the output (text format: a path line with its word count
    and reading grade in brackets, then `line:col`; line format: `path:line:col:Rule:message`)."""
    text = re.search(rf"^{re.escape(name)}  \([^\n]*\bwords?\b[^\n]*\)\n(?:\s+.*\n)*?\s+{line}:{column}\s+warning\s.*Naming\.Places",
                     result.stdout, re.M)
    plain = f"{name}:{line}:{column}:Naming.Places:" in result.stdout
    assert text or plain, result.stdout


@pytest.fixture
def folder(tmp_path):
    (tmp_path / "good.md").write_text(GOOD, encoding="utf-8")
    return tmp_path


# --------------------------------------------------------------------------------------------
# unreadable contents: binary, invalid UTF-8, invalid UTF-16
# --------------------------------------------------------------------------------------------

BAD_CONTENTS = {
    "binary": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4, ["binary"]),
    "nul-in-text": (b"The council met.\x00\nIn Kiev.\n", ["binary"]),
    "latin-1": (b"The caf\xe9 in Kiev.\n", ["byte 7"]),
    "truncated-utf8": (b"The council met in Kyiv \xe2\x80", ["byte 24"]),
    "surrogate-in-utf8": (b"Text \xed\xa0\x80 more.\n", ["byte 5"]),
    "overlong-utf8": (b"ab\xc0\xafcd\n", ["byte 2"]),
    "odd-utf16": (b"\xff\xfeK\x00i\x00e\x00v\x00\n", ["utf-16"]),
    "lone-surrogate-utf16": (b"\xff\xfeK\x00\x00\xd8i\x00", ["utf-16"]),
}


@pytest.mark.parametrize("fmt", ["text", "line", "github"])
def test_undecodable_files_are_one_line_each_and_the_run_goes_on(folder, fmt):
    for case, (data, _) in BAD_CONTENTS.items():
        (folder / f"bad-{case}.md").write_bytes(data)
    result = run(folder, "--format", fmt, ".")
    for case, (_, words) in BAD_CONTENTS.items():
        assert_one_line_error(result, f"bad-{case}.md", *words)
    if fmt == "github":
        assert "file=good.md,line=1,col=20" in result.stdout
    else:
        assert_good_file_reported(result)


def test_invalid_utf8_names_the_byte_offset(folder):
    (folder / "bad.md").write_bytes("Zürich ok\n".encode() + b"and then \xff here\n")
    result = run(folder, "good.md", "bad.md")
    assert_one_line_error(result, "bad.md", "utf-8", f"byte {len('Zürich ok'.encode()) + 1 + 9}")
    assert_good_file_reported(result)


def test_json_lists_the_unreadable_file(folder):
    (folder / "bad.md").write_bytes(b"\x00\x01\x02")
    result = run(folder, "--format", "json", "good.md", "bad.md")
    assert result.returncode == 2
    document = json.loads(result.stdout)
    assert [a["path"] for a in document["alerts"]] == ["good.md"]
    (entry,) = document["summary"]["unreadable"]
    assert entry["path"] == "bad.md" and "binary" in entry["reason"]


def test_binary_data_on_stdin(folder):
    result = subprocess.run([sys.executable, "-m", "stylelint", "check", "-"], cwd=folder,
                            input=b"\x00\x01\x02binary", capture_output=True, timeout=60)
    assert result.returncode == 2
    out = (result.stdout + result.stderr).decode()
    assert len([line for line in out.splitlines() if "binary" in line]) == 1
    assert "Traceback" not in out


# --------------------------------------------------------------------------------------------
# text that is fine: UTF-16 with a BOM, UTF-8 with a BOM, empty files
# --------------------------------------------------------------------------------------------

UTF16_TEXT = "Title line\r\n\r\nThe council met in Zürich.\r\nThe goverment said no.\r\n"


@pytest.mark.parametrize("encoding,bom", [("utf-16-le", b"\xff\xfe"), ("utf-16-be", b"\xfe\xff"),
                                          ("utf-8", b"\xef\xbb\xbf")])
def test_files_with_a_bom_are_read_correctly(tmp_path, encoding, bom):
    (tmp_path / "story.md").write_bytes(bom + UTF16_TEXT.encode(encoding))
    result = run(tmp_path, "--format", "json", "story.md")
    assert result.returncode in (0, 1), result.stderr
    alerts = json.loads(result.stdout)["alerts"]
    typo = [a for a in alerts if a["match"] == "goverment"]
    assert typo, alerts
    assert (typo[0]["line"], typo[0]["column"], typo[0]["end_column"]) == (4, 5, 14)
    assert all(a["match"] != "\ufeff" for a in alerts)


@pytest.mark.parametrize("content", [b"", b"\xef\xbb\xbf", b"\xff\xfe", b"\n", b"\r\n\r\n", b"   \t  "])
def test_empty_files_are_fine(tmp_path, content):
    for ext in ("md", "txt", "html"):
        (tmp_path / f"empty.{ext}").write_bytes(content)
    result = run(tmp_path, "--format", "json", ".")
    assert result.returncode == 0, (result.stdout, result.stderr)
    document = json.loads(result.stdout)
    assert document["files"] == 3 and document["alerts"] == []
    assert "Traceback" not in result.stderr


# --------------------------------------------------------------------------------------------
# files that cannot be opened
# --------------------------------------------------------------------------------------------

def _unprivileged():
    """A command prefix under which chmod 000 really denies reading (root bypasses it)."""
    if os.geteuid() != 0:
        return ()
    setpriv = shutil.which("setpriv")
    if setpriv:
        probe = subprocess.run([setpriv, "--bounding-set", "-dac_override,-dac_read_search", "true"],
                               capture_output=True)
        if probe.returncode == 0:
            return (setpriv, "--bounding-set", "-dac_override,-dac_read_search")
    capsh = shutil.which("capsh")
    if capsh:
        prefix = (capsh, "--drop=cap_dac_override,cap_dac_read_search", "--")
        if subprocess.run([*prefix, "-c", "true"], capture_output=True).returncode == 0:
            return (capsh, "--drop=cap_dac_override,cap_dac_read_search", "--", "-c",
                    'exec "$0" "$@"')
    pytest.fail("running as root without setpriv or capsh: cannot make a file unreadable")


@pytest.mark.parametrize("how", ["explicit", "walked"])
def test_unreadable_file(folder, how):
    secret = folder / "secret.md"
    secret.write_text("The council met in Kiev.\n", encoding="utf-8")
    secret.chmod(0)
    try:
        prefix = _unprivileged()
        args = ["good.md", "secret.md"] if how == "explicit" else ["."]
        result = run(folder, *args, prefix=prefix)
    finally:
        secret.chmod(0o644)
    assert_one_line_error(result, "secret.md", "permission denied")
    assert "Usage:" not in result.stderr
    assert_good_file_reported(result)


@pytest.mark.parametrize("how", ["explicit", "walked"])
def test_unreadable_folder_inside_a_walked_folder(folder, how):
    inner = folder / "locked"
    inner.mkdir()
    (inner / "story.md").write_text("The council met in Kiev.\n", encoding="utf-8")
    inner.chmod(0)
    try:
        args = ["good.md", "locked/story.md"] if how == "explicit" \
            else ["."]
        result = run(folder, *args, prefix=_unprivileged())
    finally:
        inner.chmod(0o755)
    assert result.returncode == 2, (result.stdout, result.stderr)
    assert len(lines_naming(result, "locked")) == 1, result.stdout + result.stderr
    assert "Traceback" not in result.stderr and "Usage:" not in result.stderr
    assert_good_file_reported(result)


@pytest.mark.parametrize("how", ["explicit", "walked"])
def test_broken_symlink(folder, how):
    (folder / "gone.md").symlink_to(folder / "missing-target.md")
    args = ["good.md", "gone.md"] if how == "explicit" else ["."]
    result = run(folder, *args)
    assert_one_line_error(result, "gone.md")
    named = lines_naming(result, "gone.md")[0].lower()
    assert "symbolic link" in named or "symlink" in named or "no such file" in named
    assert_good_file_reported(result)


def test_symlink_loop(folder):
    (folder / "a.md").symlink_to(folder / "b.md")
    (folder / "b.md").symlink_to(folder / "a.md")
    result = run(folder, "good.md", "a.md", timeout=30)
    assert_one_line_error(result, "a.md")
    assert_good_file_reported(result)


def test_a_folder_named_like_a_file_is_walked_not_read(folder):
    (folder / "chapter.md").mkdir()
    (folder / "chapter.md" / "inner.md").write_text("Fine text.\n", encoding="utf-8")
    result = run(folder, "--format", "json", ".")
    assert result.returncode == 0, (result.stdout, result.stderr)  # a warning does not fail the run
    document = json.loads(result.stdout)
    assert document["files"] == 2 and document["summary"]["unreadable"] == []


def test_a_fifo_does_not_hang_the_run(folder):
    """A named pipe, given on the command line or found in a folder, is not a file to read:
    opening it for reading blocks until some other process writes to it."""
    os.mkfifo(folder / "pipe.md")
    (folder / "sub").mkdir()
    os.mkfifo(folder / "sub" / "walked.md")
    try:
        result = run(folder, "good.md", "pipe.md", "sub", timeout=15)
    except subprocess.TimeoutExpired:
        pytest.fail("stylelint blocked reading a named pipe (FIFO)")
    assert_one_line_error(result, "pipe.md")
    assert_one_line_error(result, "walked.md")
    assert_good_file_reported(result)


def test_a_socket_file(folder):
    sock = socket.socket(socket.AF_UNIX)
    try:
        sock.bind(str(folder / "sock.md"))
        result = run(folder, "good.md", "sock.md", timeout=30)
    finally:
        sock.close()
    assert_one_line_error(result, "sock.md")
    assert_good_file_reported(result)


@pytest.mark.skipif(not os.path.exists("/proc/self/mem"), reason="needs Linux /proc")
def test_a_file_that_fails_with_an_io_error(folder):
    (folder / "mem.md").symlink_to("/proc/self/mem")  # exists, but read() fails with EIO
    result = run(folder, "good.md", "mem.md", timeout=30)
    assert_one_line_error(result, "mem.md")
    assert_good_file_reported(result)


MEASURE = textwrap.dedent("""
    import json, resource, subprocess, sys, time
    limit = int(sys.argv[1])
    def cap():
        if limit:
            resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    start = time.monotonic()
    try:
        r = subprocess.run(sys.argv[2:], capture_output=True, text=True, timeout=240, preexec_fn=cap)
        out, err, code = r.stdout, r.stderr, r.returncode
    except subprocess.TimeoutExpired:
        out, err, code = "", "TIMEOUT", -999
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024  # KiB on Linux
    print(json.dumps({"code": code, "stdout": out, "stderr": err, "peak": peak,
                      "seconds": time.monotonic() - start}))
""")


def measured(cwd, *args, address_limit=0):
    """Run the CLI in a wrapper that reports the child's peak RSS (only that child's)."""
    wrapper = subprocess.run([sys.executable, "-c", MEASURE, str(address_limit), sys.executable, "-m",
                              "stylelint", "check", *args], cwd=cwd, capture_output=True, text=True,
                             timeout=300)
    assert wrapper.returncode == 0, wrapper.stderr
    return json.loads(wrapper.stdout)


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="needs /dev/zero")
def test_a_device_file_is_not_read_forever(folder):
    (folder / "zero.md").symlink_to("/dev/zero")  # st_size is 0, reading never ends
    result = measured(folder, "good.md", "zero.md", address_limit=int(1.5 * 2**30))
    assert result["code"] == 2, result
    named = [line for line in (result["stdout"] + result["stderr"]).splitlines() if "zero.md" in line]
    assert len(named) == 1, result
    assert result["peak"] < 600 * 2**20, f"read {result['peak'] / 2**20:.0f} MB of /dev/zero"
    assert "Naming.Places" in result["stdout"]


def test_an_oversized_file_is_refused_without_reading_it(folder):
    huge = folder / "huge.md"
    with open(huge, "wb") as handle:  # sparse: 201 MB on paper, nothing on disk
        handle.truncate(201 * 2**20)
    result = run(folder, "good.md", "huge.md")
    assert_one_line_error(result, "huge.md", "MB")
    assert_good_file_reported(result)


def test_the_run_goes_on_after_many_bad_files(folder):
    (folder / "a-bin.md").write_bytes(b"\x00" * 10)
    (folder / "b-latin.md").write_bytes(b"caf\xe9\n")
    (folder / "c-link.md").symlink_to(folder / "nowhere.md")
    (folder / "z-good.md").write_text("More text from Kiev.\n", encoding="utf-8")
    result = run(folder, ".")
    assert result.returncode == 2
    for name in ("a-bin.md", "b-latin.md", "c-link.md"):
        assert len(lines_naming(result, name)) == 1, (name, result.stdout, result.stderr)
    assert_good_file_reported(result)
    assert_good_file_reported(result, "z-good.md", 1, 16)


# --------------------------------------------------------------------------------------------
# a very large file: finishes, memory stays bounded, the last line's finding is right
# --------------------------------------------------------------------------------------------

def test_large_file_finishes_with_bounded_memory(tmp_path):
    lines = ["# Council budget", "", "The council met in Kiev on Monday.", "", "```csv"]
    row = "2024-01-01,1234,5678,council,budget,schools,roads,hospitals,the the,goverment\n"
    rows = (22 * 2**20) // len(row)
    body = "\n".join(lines) + "\n" + row * rows + "```\n\n"
    prose = "".join(f"Paragraph {i} says the council met on Monday to agree the budget.\n\n"
                    for i in range(200))
    tail = "The goverment said the plan was ready.\n"
    text = body + prose + tail
    (tmp_path / "big.md").write_text(text, encoding="utf-8")
    last_line = text.count("\n")
    result = measured(tmp_path, "--format", "line", "big.md")
    assert result["code"] in (0, 1), result["stderr"][:2000]
    assert result["peak"] < 1.5 * 2**30, f"peak RSS {result['peak'] / 2**20:.0f} MB"
    assert result["seconds"] < 180
    out = result["stdout"].splitlines()
    assert any(line.startswith("big.md:3:20:Naming.Places:") for line in out), out[:5]
    assert any(line.startswith(f"big.md:{last_line}:5:Typos.Misspellings:") for line in out), out[-5:]
    # nothing inside the fenced data block is reported
    assert all(not (6 <= int(line.split(":")[1]) <= 5 + rows) for line in out)


@pytest.mark.parametrize("before, after", [
    ("a ", " b the the c"), ("<p>Kiev ", " x the the"), ("<p>x</p>\n", "\nthe the"),
])
@pytest.mark.parametrize("section", ["<![<p>", "<![ x\n y >", "<![", "<![CDATA[ok]]>"])
def test_malformed_marked_sections_in_html_keep_positions(before, after, section):
    """html.parser gives up on '<![' followed by no name (it raised AssertionError, and moved its
    position first); the section is skipped like a browser's bogus comment and the words after
    it are still checked at their own offsets."""
    from stylelint import lint_text, load_rules

    text = before + section + after
    alerts = lint_text(text, rules=load_rules(), syntax="html")
    repeated = [a for a in alerts if a.rule == "Typos.Repeated"]
    assert [text[a.start:a.end] for a in repeated] == ["the the"]
    assert repeated[0].start == text.rindex("the the")
