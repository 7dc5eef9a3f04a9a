"""Vale's own Cucumber scenarios, run by the shared harness against this checkout.

The scenarios and their fixtures are Vale's (MIT) and are never copied here: the test runs only
when `../shared/data/vale-testdata` and `../shared/tools/vale_conformance.py` sit beside the
repository (as in CI), and skips with the reason otherwise. It asserts the pass count this
checkout reached (README, "Vale compatibility"), so a change that loses a scenario fails, and
that no scenario ends in a traceback.
"""
from __future__ import annotations

import collections
import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
# Beside the repository (CI, /work/main), or beside the folder of worktrees (/work/wt/NAME).
SHARED = next((p / "shared" for p in (REPO.parent, REPO.parent.parent) if (p / "shared").is_dir()),
              REPO.parent / "shared")
HARNESS = SHARED / "tools" / "vale_conformance.py"
TESTDATA = SHARED / "data" / "vale-testdata" / "testdata"
PASSING_AT_LEAST = 75  # README "Vale compatibility": raise it when more scenarios pass


@pytest.mark.skipif(not HARNESS.is_file() or not TESTDATA.is_dir(),
                    reason="Vale's test data (../shared/data/vale-testdata) or the harness "
                           "(../shared/tools/vale_conformance.py) is not beside this repository")
def test_vale_scenarios(tmp_path):
    command = tmp_path / "stylelint"  # this checkout, whatever is installed
    command.write_text(f'#!/bin/sh\nexec "{sys.executable}" -m stylelint "$@"\n', encoding="utf-8")
    command.chmod(command.stat().st_mode | stat.S_IXUSR)
    report = tmp_path / "report.json"
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    run = subprocess.run([sys.executable, str(HARNESS), "--stylelint", str(command),
                          "--testdata", str(TESTDATA), "--json", str(report)],
                         capture_output=True, text=True, env=env, timeout=1800)
    assert report.is_file(), run.stderr[-2000:]
    records = json.loads(report.read_text(encoding="utf-8"))
    verdicts = collections.Counter(r["verdict"] for r in records)
    assert len(records) == 141, "the harness ran every scenario"
    assert not [r["name"] for r in records if r["crash"]], "no scenario ends in a traceback"
    assert verdicts["pass"] >= PASSING_AT_LEAST, run.stdout[-3000:]
