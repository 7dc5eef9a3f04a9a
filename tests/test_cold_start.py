"""What a cold start reads from the cache folder instead of computing: parsed rule files,
pattern analyses and verb inflections. Each must give exactly what computing it gives, and a
lost, corrupt or foreign cache file only costs time."""
from __future__ import annotations

import os
import pickle
import subprocess
import sys

import pytest

from stylelint.core import wordclasses
from stylelint.core.patterns import compiling
from stylelint.project import cache, wordlists
from stylelint.project.yamlfile import read_yaml

pytestmark = pytest.mark.skipif(not hasattr(os, "getuid"), reason="POSIX permissions only")

RULE = """extends: existence
message: "Avoid '%s'."
level: warning
tokens:
  - very unique
  - most unique
"""


@pytest.fixture
def cache_home(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.delenv("STYLELINT_NO_CACHE", raising=False)
    return tmp_path


def test_a_memo_is_written_back_and_read_by_the_next_run(cache_home):
    first = cache.Memo("test-memo", key="k1")
    first.put(("a", True), ("re", True, [("abc",)]))
    first.flush()
    assert cache.Memo("test-memo", key="k1").get(("a", True)) == ("re", True, [("abc",)])
    assert cache.Memo("test-memo", key="k2").get(("a", True)) is None  # another library version


def test_a_corrupt_or_foreign_memo_is_ignored(cache_home):
    memo = cache.Memo("test-memo")
    memo.put("word", "value")
    memo.flush()
    (kept,) = cache.cache_dir().glob("test-memo-*.pickle")
    kept.write_bytes(b"garbage")
    assert cache.Memo("test-memo").get("word") is None
    kept.write_bytes(pickle.dumps({"word": "planted"}))
    kept.chmod(0o666)  # another user could have written it
    assert cache.Memo("test-memo").get("word") is None


def test_a_rule_file_parses_the_same_from_the_memo_and_an_edit_is_seen(tmp_path):
    path = tmp_path / "Rule.yml"
    path.write_text(RULE)
    first = read_yaml(path)
    again = read_yaml(path)
    assert again == first and again[0] is not first[0]  # fresh objects: callers may change them
    assert first[0]["tokens"] == ["very unique", "most unique"] and first[1]["tokens"] == 4
    path.write_text(RULE.replace("most unique", "quite unique"))
    assert read_yaml(path)[0]["tokens"] == ["very unique", "quite unique"]


@pytest.mark.parametrize("pattern, ignorecase, text", [
    (r"\bvery unique\b", False, "A very unique plan, a Very Unique one."),
    (r"\b(?:sources say|it is believed)\b", True, "Sources say it is believed to work."),
    (r"\b(?:%s)\b" % "|".join(f"word{i}" for i in range(40)), True, "Word7 and word39, not word40."),
    (r"\b(?:Mr|Gen)\.\s\p{Lu}\w+", False, "Gen. Smith met Mr. Jones."),  # `regex` syntax only
])
def test_a_pattern_known_from_the_memo_matches_as_a_fresh_one(monkeypatch, pattern, ignorecase, text):
    memo = compiling._Analyses()
    monkeypatch.setattr(compiling, "_ANALYSES", memo)
    fresh = compiling.compile_pattern(pattern, ignorecase)
    assert len(memo) == 1
    known = compiling.compile_pattern(pattern, ignorecase)
    assert isinstance(known, compiling.LazyPattern)
    spans = [m.span() for m in compiling.finditer(fresh, text)]
    assert spans and spans == [m.span() for m in compiling.finditer(known, text)]
    assert compiling.search(known, "nothing here") is None  # its anchors were registered


@pytest.mark.parametrize("verb", ["say", "believe", "argue", "lie", "pillory", "repute"])
def test_inflections_from_the_table_are_lemminflects(cache_home, monkeypatch, verb):
    table = wordlists.inflection_table()
    monkeypatch.setattr(wordclasses, "_INFLECTION_TABLE", table)
    assert wordclasses.inflections(verb) == wordclasses.lemminflect_inflections(verb)


def test_a_cold_run_does_not_load_lemminflect_or_pyyaml(cache_home, tmp_path):
    draft = tmp_path / "draft.txt"
    draft.write_text("Critics have long argued that the very unique plan was pilloried.\n")
    probe = ("import sys, runpy; sys.argv = ['stylelint', 'check', '--no-exit', sys.argv[1]]\n"
             "try:\n    runpy.run_module('stylelint', run_name='__main__')\n"
             "except SystemExit:\n    pass\n"
             "print(sorted(m for m in ('lemminflect', 'yaml', 'numpy') if m in sys.modules), file=sys.stderr)")
    env = {**os.environ, "XDG_CACHE_HOME": str(cache_home / "cache")}
    runs = [subprocess.run([sys.executable, "-c", probe, str(draft)], env=env, capture_output=True,
                           text=True, timeout=300) for _ in range(2)]
    assert runs[0].stdout == runs[1].stdout and "argued" in runs[0].stdout
    assert runs[1].stderr.strip().splitlines()[-1] == "[]"


def test_a_memo_entry_from_other_code_is_not_used(monkeypatch, tmp_path):
    """A memo written by another version of this code (same version number while developing)
    may hold anything under a known key: it is analysed or parsed again, never trusted."""
    memo = compiling._Analyses()
    monkeypatch.setattr(compiling, "_ANALYSES", memo)
    pattern = r"\bvery unique\b"
    memo.put((pattern, True), ("re", "yes", None))
    compiled = compiling.compile_pattern(pattern)
    assert not isinstance(compiled, compiling.LazyPattern)  # analysed again, and recorded
    assert [m.span() for m in compiling.finditer(compiled, "a very unique plan")] == [(2, 13)]
    assert memo[(pattern, True)][0] == "re"

    from stylelint.project import yamlfile

    path = tmp_path / "Rule.yml"
    path.write_text(RULE)
    digest = __import__("hashlib").sha1(RULE.encode()).hexdigest()
    monkeypatch.setattr(yamlfile, "PARSED", cache.Memo("test-yaml", key=str(tmp_path)))
    yamlfile.PARSED.put(digest, pickle.dumps(["not", "a", "parse"]))
    assert read_yaml(path)[0]["tokens"] == ["very unique", "most unique"]



GRAMMAR_RULE = {"extends": "grammar", "message": "'%s' hides who holds this view.", "level": "warning",
                "classes": {"CROWD": ["critics", "experts"], "OPINION": {"verbs": ["believe", "argue"]},
                            "ADV": ["long", "also", "have", "*ly"]},
                "triggers": [{"patterns": ["CROWD ADV* OPINION", "it is OPINION:participle"]}],
                "needs_source": True}
GRAMMAR_TEXT = ("Critics have long argued that the plan fails.\n\nExperts believe so, the minister said.\n\n"
                "It is believed the vote will pass.\n")


def _grammar_alerts(rule):
    from stylelint import lint_text
    return [(a.start, a.end, a.message) for a in lint_text(GRAMMAR_TEXT, rules=[(rule, "warning")], syntax="md")]


def test_a_grammar_rule_built_from_the_memo_works_as_a_fresh_one(monkeypatch):
    from stylelint.core.checks import grammar

    memo = grammar._Built()
    monkeypatch.setattr(grammar, "_BUILT", memo)
    builds = []
    real = grammar.Grammar._build.__func__
    monkeypatch.setattr(grammar.Grammar, "_build", classmethod(lambda cls, data: builds.append(1) or real(cls, data)))
    fresh = grammar.Grammar("Test.Crowd", dict(GRAMMAR_RULE))
    kept = grammar.Grammar("Test.Crowd", dict(GRAMMAR_RULE))
    assert len(builds) == 1 and len(memo) == 1
    found = _grammar_alerts(fresh)
    assert len(found) == 2 and found == _grammar_alerts(kept)
    # another rule (other keys) is built, not read
    grammar.Grammar("Test.Other", {**GRAMMAR_RULE, "classes": {**GRAMMAR_RULE["classes"], "CROWD": ["pundits"]}})
    assert len(builds) == 2


@pytest.mark.parametrize("planted", [["not", "a", "build"], {"triggers": "x"}, None,
                                     {"triggers": [], "needs_source": "yes", "window": 1, "_required": {},
                                      "_by_word": {}, "_unkeyed": [], "_verb_forms": {}}])
def test_a_grammar_memo_entry_from_other_code_is_built_again(monkeypatch, planted):
    from stylelint.core.checks import grammar

    memo = grammar._Built()
    monkeypatch.setattr(grammar, "_BUILT", memo)
    fresh = _grammar_alerts(grammar.Grammar("Test.Crowd", dict(GRAMMAR_RULE)))
    (key,) = memo
    memo[key] = planted
    assert _grammar_alerts(grammar.Grammar("Test.Crowd", dict(GRAMMAR_RULE))) == fresh
    assert grammar._well_built(memo[key])  # built again and recorded


def test_a_corrupt_grammar_memo_file_only_costs_time(cache_home, tmp_path):
    draft = tmp_path / "draft.txt"
    draft.write_text("Critics have long argued that the plan fails. It is believed the vote will pass.\n")
    env = {**os.environ, "XDG_CACHE_HOME": str(cache_home / "cache")}

    def run():
        return subprocess.run([sys.executable, "-m", "stylelint", "check", "--no-exit", str(draft)], env=env,
                              capture_output=True, text=True, timeout=300).stdout

    first = run()
    (kept,) = (cache_home / "cache" / "stylelint").glob("grammar-built-*.pickle")
    assert "argued" in first and run() == first
    kept.write_bytes(pickle.dumps({"not": "a build"})[:-3])  # truncated: unreadable
    assert run() == first


def _collecting_after(args, tmp_path):
    """Is automatic garbage collection on after `stylelint ARGS` ran in this process?"""
    import gc

    from click.testing import CliRunner

    from stylelint.cli.command import main

    assert gc.isenabled()
    run = CliRunner().invoke(main, args)
    return gc.isenabled(), run


@pytest.mark.parametrize("case", ["one file", "two files", "usage error", "missing file", "stdin"])
def test_check_turns_garbage_collection_back_on_however_it_ends(case, tmp_path):
    """`check` starts with automatic collection off (cli/collector.py); whatever happens, the
    process collects again afterwards (a test process or an API user importing the CLI)."""
    draft = tmp_path / "draft.txt"
    draft.write_text("Critics have long argued that the very unique plan was pilloried.\n")
    other = tmp_path / "other.txt"
    other.write_text("The council met on Tuesday.\n")
    args = {"one file": ["check", str(draft)], "two files": ["check", "-j1", str(draft), str(other)],
            "usage error": ["check", "--fix", "--diff", str(draft)],
            "missing file": ["check", str(tmp_path / "none.txt")], "stdin": ["check", "-"]}[case]
    collecting, run = _collecting_after(args, tmp_path)
    assert collecting
    assert run.exit_code == {"usage error": 2, "missing file": 2}.get(case, 0), run.output
    assert ("pilloried" in run.output) == (case in ("one file", "two files"))


def test_settled_freezes_the_start_up_heap_only_after_a_pause():
    import gc

    from stylelint.cli import collector

    frozen, thresholds = gc.get_freeze_count(), gc.get_threshold()
    collector.settled()  # not paused: nothing to do
    assert gc.isenabled() and gc.get_freeze_count() == frozen
    collector.pause()
    assert not gc.isenabled()
    kept = [[] for _ in range(100)]
    collector.settled()
    assert gc.isenabled() and gc.get_freeze_count() >= frozen + len(kept)
    collector.resume()  # the run is over: collections as often as before it
    assert gc.isenabled() and gc.get_threshold() == thresholds
    gc.unfreeze()  # leave this test process as it was


@pytest.mark.parametrize("before", ["", "import gc; gc.freeze(); frozen = gc.get_freeze_count(); "])
def test_importing_leaves_collection_on_and_what_others_froze_frozen(before):
    """Importing the package (and the command line) pauses collection while it runs; afterwards
    collection is on, every object can still be collected, and objects the program froze
    before stay frozen."""
    # (the frozen count may fall while importing: a frozen object that is freed leaves it; it must
    # not reach 0, which would mean the import unfroze them, nor grow)
    probe = (f"{before}import gc, stylelint.cli\n"
             "assert gc.isenabled()\n"
             "count = gc.get_freeze_count()\n"
             "assert (0 < count <= frozen) if 'frozen' in dir() else count == 0, count\n"
             "print('ok')")
    run = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=300)
    assert run.stdout.strip() == "ok", run.stderr
