#!/usr/bin/env python3
"""Benchmark stylelint against other prose linters on the shared news corpus.

Run from the repository root with the dev virtualenv active:

    python bench/bench.py                 # full run: 3 runs, all inputs, all tools
    python bench/bench.py --quick         # 1 run, article + corpus
    python bench/bench.py --only codespell,proselint --proselint-limit 200
    python bench/bench.py --rule-scaling-only --quick
    python bench/bench.py --runs 3 --proselint-limit 300   # the README's speed table

The single article is run --article-runs times (default 10) and its median is the cold time:
every run is a fresh process. After the table come the -j2/-j1 speed-up and the linearity
(corpus-x4 time over corpus time, target within 4.4).

Every tool runs as a subprocess over the same files, which live in a temporary
directory (never in the repository: the corpus text may not be committed).
The report (Markdown) goes to stdout; progress goes to stderr. Standard library only.
"""

from __future__ import annotations

import argparse
import datetime
import importlib.util
import json
import os
import platform
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
ENVS = REPO / "bench" / ".envs"  # tool virtualenvs, git-ignored
CORPUS = REPO.parent / "shared" / "data" / "corpus"
GNU_TIME = "/usr/bin/time"
MB = 1e6  # MB = 10^6 bytes throughout (input sizes and peak memory)
ALL_INPUTS = ["article", "corpus", "corpus-x2", "corpus-x4"]
FAMILIES = ["stylelint", "codespell", "proselint", "alex", "write-good"]
SCALING_SIZES = [10, 1_000, 20_000]
ARTICLE_RUNS = 10
# Cores we may actually use (respects taskset/cgroup affinity, unlike cpu_count).
NCPU = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


def log(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


# ---------------------------------------------------------------- inputs


@dataclass
class Input:
    name: str
    path: Path  # a directory holding only the input's .txt files
    files: list[str]  # paths relative to the temp root (our cwd for every run)
    nbytes: int

    @property
    def mb(self) -> float:
        return self.nbytes / MB


def link_or_copy(src: Path, dst: Path) -> None:
    dst.parent.mkdir(parents=True, exist_ok=True)
    try:
        os.link(src, dst)  # hard links: real files to every tool, no extra disk
    except OSError:
        shutil.copyfile(src, dst)


def build_inputs(root: Path, wanted: list[str]) -> tuple[dict[str, Input], str]:
    """Lay out the input sets under root; returns them and a note on the article."""
    sources = sorted(CORPUS.rglob("*.txt"))
    rel = [p.relative_to(CORPUS) for p in sources]
    sizes = {r: p.stat().st_size for r, p in zip(rel, sources)}

    # Every corpus set is built from one copy in root/corpus (also the source for x2/x4).
    for r, p in zip(rel, sources):
        link_or_copy(p, root / "corpus" / r)

    inputs: dict[str, Input] = {}

    def add(name: str, pairs: list[tuple[Path, Path]]) -> None:
        for src, dst in pairs:
            if not dst.exists():
                link_or_copy(src, dst)
        files = [str(dst.relative_to(root)) for _, dst in pairs]
        nbytes = sum((root / f).stat().st_size for f in files)
        inputs[name] = Input(name, root / name, files, nbytes)

    article = min(rel, key=lambda r: (abs(sizes[r] - 5_000), str(r)))
    note = f"{article} ({sizes[article]:,} bytes)"
    if "article" in wanted:
        add("article", [(root / "corpus" / article, root / "article" / article.name)])
    if "corpus" in wanted:
        add("corpus", [(root / "corpus" / r, root / "corpus" / r) for r in rel])
    for k in (2, 4):
        name = f"corpus-x{k}"
        if name in wanted:
            add(name, [(root / "corpus" / r, root / name / f"copy{i}" / r)
                       for i in range(1, k + 1) for r in rel])
    return inputs, note


# ---------------------------------------------------------------- tools


@dataclass
class Tool:
    name: str  # row label
    family: str  # what --only matches
    cmd: list[str] | None  # argv before the paths; None = not available
    ok_codes: tuple[int, ...] = (0, 1)  # exit codes that mean "ran fine" (findings or not)
    dirs: bool = True  # accepts a directory argument (else: file lists, chunked)
    json_out: bool = False  # stdout must parse as JSON (catches a half-working CLI)
    why_na: str = ""
    version: str = "?"


def first_line(text: str) -> str:
    """First non-empty line; for a Python traceback the last one, which names the error."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if not lines:
        return ""
    return (lines[-1] if lines[0].startswith("Traceback") else lines[0])[:120]


def tool_version(argv: list[str]) -> str:
    try:
        out = subprocess.run(argv, capture_output=True, text=True, timeout=60)
        return first_line(out.stdout or out.stderr) or "?"
    except (OSError, subprocess.SubprocessError) as e:
        return f"? ({e})"


def venv_script(name: str) -> str | None:
    """A console script of the active environment (even if it isn't on PATH)."""
    here = Path(sys.executable).parent / name
    return str(here) if here.exists() else shutil.which(name)


# The console scripts that run from the clean environment (see clean_env).
CLEAN_SCRIPTS: dict[str, str] = {}


def clean_env(root: Path) -> None:
    """A virtualenv in the scratch folder for stylelint and codespell, as proselint has its
    own: it sees the repository and this environment's packages (the same versions) as plain
    paths, without running this environment's site hooks (its .pth files). A machine may add
    one there that costs every start: this sandbox's imports certifi, about 0.03 s before any
    tool's code runs, which no user's fresh install pays (and proselint's venv never did). On
    failure the tools run from this environment."""
    env = root / ".env-clean"
    try:
        subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(env)], check=True,
                       capture_output=True, text=True, timeout=120)
        site_dir = next((env / "lib").glob("python*/site-packages"))
    except (OSError, subprocess.SubprocessError, StopIteration) as e:
        log(f"no clean environment ({first_line(str(e))}); tools run from this one")
        return
    import importlib.metadata
    import site

    paths = [str(REPO)] + [p for p in site.getsitepackages() if os.path.isdir(p)]
    (site_dir / "bench-paths.pth").write_text("\n".join(paths) + "\n")
    for name in ("stylelint", "codespell"):
        points = importlib.metadata.entry_points(group="console_scripts", name=name)
        if not points:
            continue
        module, _, attr = next(iter(points)).value.partition(":")
        script = env / "bin" / name
        script.write_text(f"#!{env / 'bin' / 'python'}\nimport sys\nfrom {module} import {attr}\n"
                          f"sys.exit({attr}())\n")
        script.chmod(0o755)
        CLEAN_SCRIPTS[name] = str(script)


def tool_script(name: str) -> str | None:
    return CLEAN_SCRIPTS.get(name) or venv_script(name)


def stylelint_tools() -> list[Tool]:
    exe = tool_script("stylelint")
    if exe:
        base = [exe]
    elif importlib.util.find_spec("stylelint") is not None:
        base = [sys.executable, "-m", "stylelint"]
    else:
        return [Tool("stylelint", "stylelint", None, why_na="stylelint is not installed")]
    version = tool_version(base + ["--version"])
    tools = []
    for jobs in sorted({1, NCPU}):
        cmd = base + ["check", "--format", "json", "--no-exit", "--jobs", str(jobs)]
        tools.append(Tool(f"stylelint -j{jobs}", "stylelint", cmd, json_out=True, version=version))
    return tools


def codespell_tool() -> Tool:
    exe = tool_script("codespell")
    if not exe:
        return Tool("codespell", "codespell", None, why_na="codespell is not installed")
    # codespell exits 65 (EX_DATAERR) when it finds typos.
    return Tool("codespell", "codespell", [exe], ok_codes=(0, 1, 65),
                version=tool_version([exe, "--version"]))


def proselint_tool() -> Tool:
    """proselint lives in its own venv so its dependencies never touch ours."""
    env = ENVS / "proselint"
    exe = env / "bin" / "proselint"
    if not exe.exists():
        log(f"creating {env} and installing proselint from PyPI ...")
        try:
            subprocess.run([sys.executable, "-m", "venv", str(env)], check=True,
                           capture_output=True, text=True)
            subprocess.run([str(env / "bin" / "pip"), "install", "-q", "proselint"], check=True,
                           capture_output=True, text=True, timeout=600)
        except (OSError, subprocess.SubprocessError) as e:
            err = getattr(e, "stderr", "") or str(e)
            return Tool("proselint", "proselint", None, why_na=f"install failed: {first_line(err)}")
    if not exe.exists():
        return Tool("proselint", "proselint", None, why_na="no proselint script after install")
    # 0.16+ has subcommands ("proselint check -o json PATHS"); older ones take "--json PATHS".
    help_text = subprocess.run([str(exe), "--help"], capture_output=True, text=True).stdout
    if re.search(r"^\s+check\b", help_text, re.M):
        cmd = [str(exe), "check", "-o", "json"]
        version = tool_version([str(exe), "version"])
    else:
        cmd = [str(exe), "--json"]
        version = tool_version([str(exe), "--version"])
    return Tool("proselint", "proselint", cmd, json_out=True, version=version)


def node_tools() -> list[Tool]:
    """alex and write-good from npm: a global install, or one in bench/.envs/node."""
    local = ENVS / "node" / "node_modules" / ".bin"
    if not (local / "alex").exists() and not (shutil.which("alex") and shutil.which("write-good")):
        if shutil.which("npm"):
            log(f"installing alex and write-good into {ENVS / 'node'} ...")
            try:
                subprocess.run(["npm", "install", "--prefix", str(ENVS / "node"), "--no-audit",
                                "--no-fund", "alex", "write-good"],
                               check=True, capture_output=True, text=True, timeout=600)
            except (OSError, subprocess.SubprocessError) as e:
                log(f"npm install failed: {first_line(getattr(e, 'stderr', '') or str(e))}")
    tools = []
    for name in ("alex", "write-good"):
        exe = str(local / name) if (local / name).exists() else shutil.which(name)
        if not exe:
            tools.append(Tool(name, name, None, why_na="not installed (needs npm)"))
        elif name == "alex":
            # --text: plain text, not Markdown; alex walks directories itself.
            tools.append(Tool(name, name, [exe, "--text"], version=tool_version([exe, "--version"])))
        else:
            # write-good wants file names (a directory is silently skipped); --parse makes the
            # exit code 0 / 255 instead of the number of findings.
            tools.append(Tool(name, name, [exe, "--parse"], ok_codes=(0, 255), dirs=False,
                              version=tool_version([exe, "--version"])))
    return tools


# ---------------------------------------------------------------- measuring


def parse_gnu_time(text: str) -> dict[str, float]:
    """Fields of `/usr/bin/time -v` output that we use."""
    out: dict[str, float] = {}
    for line in text.splitlines():
        if ": " not in line:
            continue
        key, val = line.strip().rsplit(": ", 1)
        if key == "User time (seconds)":
            out["user"] = float(val)
        elif key == "System time (seconds)":
            out["sys"] = float(val)
        elif key == "Maximum resident set size (kbytes)":
            out["rss_kb"] = float(val)
        elif key.startswith("Elapsed (wall clock)"):
            secs = 0.0
            for part in val.split(":"):  # h:mm:ss or m:ss.ss
                secs = secs * 60 + float(part)
            out["elapsed"] = secs
    return out


def use_bytecode(root: Path) -> None:
    """Every tool runs from compiled bytecode, as an installed package does. The other tools'
    site-packages hold it already; an editable stylelint under PYTHONDONTWRITEBYTECODE (as in
    the dev sandbox) would compile its 100 modules on every start (about 0.08 s), so bytecode
    goes to a scratch folder (PYTHONPYCACHEPREFIX) and is written by the first run."""
    if os.environ.pop("PYTHONDONTWRITEBYTECODE", None) is not None:
        os.environ.setdefault("PYTHONPYCACHEPREFIX", str(root / ".pycache"))


def run_once(argv: list[str], cwd: Path, scratch: Path, timeout: float) -> dict:
    """Run argv once; wall from perf_counter, CPU and max RSS from /usr/bin/time -v or wait4."""
    time_file = scratch / "time.txt"
    full = [GNU_TIME, "-v", "-o", str(time_file)] + argv if os.path.exists(GNU_TIME) else argv
    out_path, err_path = scratch / "stdout.txt", scratch / "stderr.txt"
    with open(out_path, "wb") as out, open(err_path, "wb") as err:
        t0 = time.perf_counter()
        try:
            # Own session, so a timeout can kill the tool's whole process tree.
            proc = subprocess.Popen(full, cwd=cwd, stdout=out, stderr=err,
                                    stdin=subprocess.DEVNULL, start_new_session=True)
        except OSError as e:
            return {"rc": None, "error": str(e)}
        timed_out = threading.Event()

        def kill() -> None:
            timed_out.set()
            try:
                os.killpg(proc.pid, signal.SIGKILL)
            except ProcessLookupError:  # it ended just now
                pass

        timer = threading.Timer(timeout, kill)
        timer.start()
        try:
            # wait4 gives this child's rusage, which includes its reaped descendants.
            _, status, ru = os.wait4(proc.pid, 0)
        except BaseException:
            os.killpg(proc.pid, signal.SIGKILL)
            raise
        finally:
            timer.cancel()
        wall = time.perf_counter() - t0
        proc.returncode = os.waitstatus_to_exitcode(status)

    res = {"rc": proc.returncode, "wall": wall, "user": ru.ru_utime, "sys": ru.ru_stime,
           "rss_kb": ru.ru_maxrss, "stdout": out_path, "stderr": err_path}
    if full is not argv and time_file.exists():
        res.update(parse_gnu_time(time_file.read_text(errors="replace")))
    if timed_out.is_set():
        res["error"] = f"timeout after {timeout:.0f} s"
    return res


def arg_chunks(files: list[str]) -> list[list[str]]:
    """Split a file list into as few command lines as the OS allows (with a safety margin)."""
    env_size = sum(len(k) + len(v) + 2 for k, v in os.environ.items())
    budget = max((os.sysconf("SC_ARG_MAX") - env_size) // 2, 16_384)
    chunks, cur, used = [], [], 0
    for f in files:
        cost = len(f.encode()) + 1 + 8  # the string, its NUL and its argv pointer
        if cur and used + cost > budget:
            chunks.append(cur)
            cur, used = [], 0
        cur.append(f)
        used += cost
    return chunks + ([cur] if cur else [])


def measure(tool: Tool, inp: Input, root: Path, runs: int, timeout: float) -> dict:
    """Median over runs; a run over several command lines sums wall/CPU and maxes RSS."""
    base = {"tool": tool.name, "input": inp.name, "files": len(inp.files), "mb": inp.mb,
            "runs": []}
    if tool.cmd is None:
        return {**base, "status": "n/a", "error": tool.why_na}
    arg_lists = ([[str(inp.path.relative_to(root))]] if tool.dirs else arg_chunks(inp.files))
    scratch = root / ".scratch"
    scratch.mkdir(exist_ok=True)
    if inp.name == "article":
        runs = max(runs, ARTICLE_RUNS)  # cold start: a median of many fresh processes
        # One untimed run first: it writes the bytecode and stylelint's cache (parsed rules,
        # word tables), which every later start reads, as on a user's machine after the first.
        run_once(tool.cmd + arg_lists[0], root, scratch, timeout)
    for i in range(runs):
        log(f"  {tool.name:15} {inp.name:10} run {i + 1}/{runs} ({len(arg_lists)} invocation(s))")
        total = {"wall": 0.0, "cpu": 0.0, "rss_mb": 0.0}
        for args in arg_lists:
            r = run_once(tool.cmd + args, root, scratch, timeout)
            error = r.get("error")
            if not error and r["rc"] not in tool.ok_codes:
                stderr = Path(r["stderr"]).read_text(errors="replace")
                error = f"exit {r['rc']}: {first_line(stderr) or '(no stderr)'}"
            if not error and tool.json_out and i == 0:
                error = check_json(tool, inp, Path(r["stdout"]), Path(r["stderr"]))
            if error:
                return {**base, "status": "failed", "error": error}
            total["wall"] += r["wall"]
            total["cpu"] += r["user"] + r["sys"]
            total["rss_mb"] = max(total["rss_mb"], r["rss_kb"] * 1024 / MB)
        base["runs"].append(total)
    med = {k: statistics.median(run[k] for run in base["runs"]) for k in ("wall", "cpu", "rss_mb")}
    return {**base, "status": "ok", **med, "invocations": len(arg_lists)}


def check_json(tool: Tool, inp: Input, stdout: Path, stderr: Path) -> str | None:
    """A JSON tool that printed no JSON did not really run (e.g. a Python traceback, exit 1)."""
    try:
        data = json.loads(stdout.read_text(errors="replace"))
    except ValueError:
        msg = first_line(stderr.read_text(errors="replace")) or "(no stderr)"
        return f"output is not JSON: {msg}"
    # stylelint's JSON says how many files it checked: they should all be there.
    if tool.family == "stylelint" and isinstance(data, dict) and "files" in data:
        if data["files"] != len(inp.files):
            log(f"  warning: {tool.name} checked {data['files']} files of {len(inp.files)}")
    return None


def proselint_sample(root: Path, limit: int) -> Input:
    """An evenly spread sample of corpus files, for extrapolating slow proselint runs."""
    corpus = sorted((root / "corpus").rglob("*.txt"))
    step = max(len(corpus) // limit, 1)
    pick = corpus[::step][:limit]
    files = []
    for p in pick:
        dst = Path("proselint-sample") / p.relative_to(root / "corpus")
        link_or_copy(p, root / dst)
        files.append(str(dst))
    return Input("proselint-sample", root / "proselint-sample", files,
                 sum(p.stat().st_size for p in pick))


def empty_input(root: Path) -> Input:
    """One empty .txt file: what a tool costs before it reads any text (start-up)."""
    path = root / "empty"
    path.mkdir(exist_ok=True)
    (path / "empty.txt").write_text("")
    return Input("empty", path, ["empty/empty.txt"], 0)


def extrapolate(sample: dict, startup: dict, inp: Input) -> dict:
    """Start-up + the sample's per-MB wall and CPU times the input's MB; RSS is the sample's."""
    out = {**sample, "input": inp.name, "files": len(inp.files), "mb": inp.mb}
    if sample["status"] == "ok":
        fixed = startup if startup["status"] == "ok" else {"wall": 0.0, "cpu": 0.0}
        factor = inp.mb / sample["mb"]
        out.update({k: fixed[k] + (sample[k] - fixed[k]) * factor for k in ("wall", "cpu")})
        out["extrapolated"] = {"from_files": sample["files"], "from_mb": sample["mb"],
                               "startup_wall": fixed["wall"]}
    return out


# ---------------------------------------------------------------- rule scaling


def scaling_terms(n: int) -> list[str]:
    """n misspellings from codespell's dictionary, spread over the alphabet."""
    spec = importlib.util.find_spec("codespell_lib")
    if spec is None or spec.origin is None:
        raise FileNotFoundError("codespell_lib is not installed")
    path = Path(spec.origin).parent / "data" / "dictionary.txt"
    words = sorted({line.split("->")[0] for line in path.read_text().splitlines() if "->" in line})
    words = [w for w in words if re.fullmatch(r"[a-z]+", w)]  # Vale tokens are regexes
    if n > len(words):
        raise ValueError(f"only {len(words)} terms available")
    step = len(words) // n
    return words[::step][:n]


def write_scale_pack(folder: Path, terms: list[str]) -> Path:
    """A one-rule Vale-style pack plus a config that runs only it; returns the config path."""
    pack = folder / "Scale"
    pack.mkdir(parents=True)
    tokens = "\n".join(f"  - {json.dumps(t)}" for t in terms)  # JSON strings are valid YAML
    (pack / "Terms.yml").write_text(
        "extends: existence\n"
        "message: \"'%s' found.\"\n"
        "level: warning\n"
        "ignorecase: true\n"
        "category: style\n"
        "description: Scaling test.\n"
        "rationale: Benchmark only.\n"
        f"tokens:\n{tokens}\n"
        "examples: {fail: [\"x\"], pass: [\"y\"]}\n")
    config = folder / ".stylelint.yaml"
    config.write_text(f"packs: [{json.dumps(str(pack))}]\n")
    return config


def rule_scaling(root: Path, corpus: Input, runs: int, timeout: float) -> list[dict]:
    base = next(t for t in stylelint_tools() if t.name in ("stylelint", "stylelint -j1"))
    results = []
    for n in SCALING_SIZES:
        row = {"terms": n}
        try:
            config = write_scale_pack(root / f"scale-{n}", scaling_terms(n))
        except (OSError, ValueError) as e:
            results.append({**row, "status": "failed", "error": str(e)})
            continue
        tool = Tool(f"stylelint N={n}", "stylelint", None, json_out=True, why_na=base.why_na)
        if base.cmd:
            # Swap in our config; keep the rest of the stylelint -j1 command.
            tool.cmd = base.cmd[:base.cmd.index("check") + 1] + ["--config", str(config)] + \
                base.cmd[base.cmd.index("check") + 1:]
        results.append({**row, **measure(tool, corpus, root, runs, timeout)})
    return results


# ---------------------------------------------------------------- report


def num(x: float | None, prefix: str = "") -> str:
    if x is None:
        return ""
    return prefix + (f"{x:.3f}" if x < 1 else f"{x:.2f}" if x < 100 else f"{x:.1f}")


def main_table(results: list[dict]) -> list[str]:
    ref = {(r["tool"], r["input"]): r for r in results if r["status"] == "ok"}
    lines = ["| tool | input | files | MB | wall s (median) | CPU s | peak MB | MB/s "
             "| x vs proselint | x of codespell |",
             "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for r in results:
        cells = [r["tool"], r["input"], str(r["files"]), num(r["mb"])]
        if r["status"] != "ok":
            msg = f"{r['status']}: {r.get('error', '')}".replace("|", "/")[:100]
            lines.append("| " + " | ".join(cells + [msg, "", "", "", "", ""]) + " |")
            continue
        ex = "~" if r.get("extrapolated") else ""  # "~": extrapolated, see footnote
        cells += [num(r["wall"], ex), num(r["cpu"], ex), num(r["rss_mb"]),
                  num(r["mb"] / r["wall"], ex)]
        pl, cs = ref.get(("proselint", r["input"])), ref.get(("codespell", r["input"]))
        corpus_row = r["input"].startswith("corpus")
        vs_pl = vs_cs = ""
        if corpus_row and pl:
            vs_pl = num(pl["wall"] / r["wall"], "~" if (ex or pl.get("extrapolated")) else "")
        if corpus_row and cs:
            vs_cs = num(r["wall"] / cs["wall"], ex)
        lines.append("| " + " | ".join(cells + [vs_pl, vs_cs]) + " |")
    return lines


def ratios(results: list[dict]) -> list[str]:
    """The parallel speed-up and the linearity in corpus size, from stylelint's rows."""
    ref = {(r["tool"], r["input"]): r for r in results if r["status"] == "ok"}
    lines = []
    one, many = ref.get(("stylelint -j1", "corpus")), ref.get((f"stylelint -j{NCPU}", "corpus"))
    if one and many and NCPU > 1:
        lines.append(f"- -j{NCPU} over -j1 on the corpus: {one['wall'] / many['wall']:.2f}x faster "
                     f"(wall), CPU {many['cpu']:.2f} s against {one['cpu']:.2f} s.")
    for tool in sorted({r["tool"] for r in results if r["tool"].startswith("stylelint")}):
        base = ref.get((tool, "corpus"))
        for k in (2, 4):
            big = ref.get((tool, f"corpus-x{k}"))
            if base and big:
                lines.append(f"- {tool}: corpus-x{k} takes {big['wall'] / base['wall']:.2f}x the "
                             f"corpus's wall time ({big['cpu'] / base['cpu']:.2f}x its CPU time).")
    return lines


def scaling_table(results: list[dict], corpus_mb: float) -> list[str]:
    lines = [f"Rule scaling: one `existence` rule with N terms, stylelint -j1 over the corpus "
             f"({corpus_mb:.2f} MB), config = that rule only.", "",
             "| N terms | wall s (median) | CPU s | peak MB | s per MB | x vs N=10 |",
             "|---:|---:|---:|---:|---:|---:|"]
    first = next((r for r in results if r["status"] == "ok"), None)
    for r in results:
        if r["status"] != "ok":
            msg = f"{r['status']}: {r.get('error', '')}".replace("|", "/")[:100]
            lines.append(f"| {r['terms']:,} | {msg} | | | | |")
            continue
        rel = num(r["wall"] / first["wall"]) if first and first["terms"] == 10 else ""
        lines.append(f"| {r['terms']:,} | {num(r['wall'])} | {num(r['cpu'])} | "
                     f"{num(r['rss_mb'])} | {num(r['wall'] / r['mb'])} | {rel} |")
    return lines


# ---------------------------------------------------------------- main


def parse_args() -> argparse.Namespace:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--runs", type=int, default=3, help="runs per measurement; median reported "
                    f"(the single article: at least {ARTICLE_RUNS}, its cold-start time)")
    ap.add_argument("--only", help=f"comma list of tools: {','.join(FAMILIES)}")
    ap.add_argument("--inputs", default=",".join(ALL_INPUTS),
                    help=f"comma list of inputs (default: {','.join(ALL_INPUTS)})")
    ap.add_argument("--quick", action="store_true", help="1 run, inputs article+corpus")
    ap.add_argument("--with-node", action="store_true",
                    help="also alex and write-good from npm (installed into bench/.envs/node)")
    ap.add_argument("--proselint-limit", type=int, default=0, metavar="FILES",
                    help="run proselint on an evenly spread sample of this many corpus files "
                         "and extrapolate per MB for larger inputs (0 = no sampling)")
    ap.add_argument("--rule-scaling", action="store_true",
                    help="also measure stylelint with a term-list rule of 10, 1,000, 20,000 terms")
    ap.add_argument("--rule-scaling-only", action="store_true",
                    help="only the rule-scaling section")
    ap.add_argument("--timeout", type=float, default=1800, help="seconds per invocation")
    ap.add_argument("--json", metavar="OUT", help="also save raw results as JSON")
    ap.add_argument("--corpus", type=Path, help="the news corpus folder (default: ../shared/data/corpus)")
    args = ap.parse_args()
    if args.quick:
        args.runs = 1
        args.inputs = "article,corpus"
    args.inputs = [i for i in args.inputs.split(",") if i]
    bad = [i for i in args.inputs if i not in ALL_INPUTS]
    if bad:
        ap.error(f"unknown input(s): {','.join(bad)}")
    args.only = args.only.split(",") if args.only else None
    if args.only and any(t not in FAMILIES for t in args.only):
        ap.error(f"--only takes: {','.join(FAMILIES)}")
    if args.rule_scaling_only:
        args.rule_scaling, args.inputs = True, []
    return args


def main() -> int:
    global CORPUS
    args = parse_args()
    CORPUS = args.corpus or CORPUS
    if not CORPUS.is_dir():
        print(f"bench: corpus not found at {CORPUS}; skipping the benchmark.")
        return 0

    wanted = lambda family: args.only is None or family in args.only  # noqa: E731
    with tempfile.TemporaryDirectory(prefix="stylelint-bench-") as tmp:
        root = Path(tmp)
        use_bytecode(root)
        clean_env(root)
        tools: list[Tool] = []
        if args.inputs:
            if wanted("stylelint"):
                tools += stylelint_tools()
            if wanted("codespell"):
                tools.append(codespell_tool())
            if wanted("proselint"):
                tools.append(proselint_tool())
            node_wanted = [f for f in ("alex", "write-good") if args.only and f in args.only]
            if node_wanted or (args.with_node and (args.only is None)):
                tools += [t for t in node_tools() if wanted(t.family)]
        need = set(args.inputs) | ({"corpus"} if args.rule_scaling else set())
        inputs, article_note = build_inputs(root, [i for i in ALL_INPUTS if i in need])

        results: list[dict] = []
        sample = startup = None
        for name in args.inputs:
            inp = inputs[name]
            for tool in tools:
                limit = args.proselint_limit
                if tool.family == "proselint" and tool.cmd and 0 < limit < len(inp.files):
                    if sample is None:  # one sample, measured once, reused per input
                        sample = measure(tool, proselint_sample(root, limit), root,
                                         args.runs, args.timeout)
                        startup = measure(tool, empty_input(root), root, args.runs, args.timeout)
                    results.append(extrapolate(sample, startup, inp))
                else:
                    results.append(measure(tool, inp, root, args.runs, args.timeout))

        scaling = []
        if args.rule_scaling:
            log("rule scaling ...")
            scaling = rule_scaling(root, inputs["corpus"], args.runs, args.timeout)

        meta = {
            "date": datetime.datetime.now().astimezone().isoformat(timespec="seconds"),
            "machine": platform.machine(),
            "cpus": NCPU,
            "python": platform.python_version(),
            "runs": args.runs,
            "article": article_note,
            "timer": "/usr/bin/time -v" if os.path.exists(GNU_TIME) else "os.wait4",
            "tools": {t.name: t.version for t in tools if t.cmd},
        }
        versions = "; ".join(f"{k}: {v}" for k, v in meta["tools"].items()) or "-"
        out = [f"Date: {meta['date']}  ",
               f"Machine: {meta['machine']}, {meta['cpus']} CPUs, Python {meta['python']}  ",
               f"Tools: {versions}  ",
               f"Article input: {article_note}; MB = 10^6 bytes; median of {args.runs} run(s); "
               f"CPU = user + sys incl. child processes; peak MB = max RSS of the largest single "
               f"process ({meta['timer']}).", ""]
        if results:
            out += main_table(results)
            ex = next((r for r in results if r.get("extrapolated")), None)
            if ex:
                e = ex["extrapolated"]
                out += ["", f"~ proselint extrapolated per MB from an evenly spread sample of "
                            f"{e['from_files']} corpus files ({e['from_mb']:.2f} MB) plus its "
                            f"start-up ({e['startup_wall']:.2f} s on an empty file); its peak MB "
                            f"is the sample's."]
            out += [""] + ratios(results)
        if scaling:
            out += [""] + scaling_table(scaling, inputs["corpus"].mb)
        print("\n".join(out))

        if args.json:
            with open(args.json, "w") as f:
                json.dump({"meta": meta, "results": results, "rule_scaling": scaling}, f,
                          indent=2, default=str)
            log(f"raw results saved to {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
