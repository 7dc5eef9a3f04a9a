"""Compiling with `regex` without parsing the same pattern again in every process.

`regex` parses and optimises a pattern in Python and hands the result (a list of opcodes and
tables) to its C extension; for a large alternation that takes most of a cold run (a 4 KB rule
pattern: 14 ms, the whole lint of an article: 9 ms). What the C extension was given is a pure
function of the pattern, its flags and the `regex` version, so the project layer keeps it on
disk (`use_regex_codes`) and the next process goes straight to the C step. Anything unexpected
-- a memo from another `regex`, a changed internal interface -- means compiling normally.
"""
from __future__ import annotations

import threading

import regex
from regex import _main as _regex_main


class _Codes(dict):
    def put(self, key, value):
        self[key] = value


# (pattern, flags) -> the arguments `regex` gave its C `compile` for it; a memo with `get(key)`
# and `put(key, value)`, which the project layer keeps on disk.
_CODES = _Codes()
_RECORDING = threading.Lock()
_ARGUMENT_TYPES = (str, int, list, dict, dict, dict, list, int, tuple, int, int)


def use_regex_codes(memo) -> None:
    global _CODES
    _CODES = memo


def compile_regex(source: str, flags: int = 0):
    """`regex.compile(source, flags)`, from the kept C-level arguments when there are some;
    raises what `regex.compile` raises."""
    key = (source, int(flags))
    known = _CODES.get(key)
    if _well_formed(known, source):
        try:
            return _regex_main._regex.compile(*known)
        except Exception:  # another regex build after all: compile it the usual way
            pass
    compiled, recorded = _recorded_compile(source, flags)
    if _well_formed(recorded, source) and not recorded[5]:  # no named lists (they vary)
        _CODES.put(key, recorded)
    return compiled


def _recorded_compile(source: str, flags: int):
    """Compile with `regex` while noting what it passes to its C extension (this thread's
    call only: other threads go through untouched)."""
    real = _regex_main._regex
    if not hasattr(real, "compile"):
        return regex.compile(source, flags), None
    found = []
    owner = threading.get_ident()

    class _Recorder:
        def __getattr__(self, name):
            return getattr(real, name)

        @staticmethod
        def compile(*args):
            if threading.get_ident() == owner:
                found.append(args)
            return real.compile(*args)

    with _RECORDING:
        _regex_main._regex = _Recorder()
        try:
            compiled = regex.compile(source, flags, cache_pattern=False)
        finally:
            _regex_main._regex = real
    if len(found) != 1:
        return compiled, None
    args = found[0]
    return compiled, (args[0], int(args[1]), *args[2:])


def _well_formed(arguments, source: str) -> bool:
    return isinstance(arguments, tuple) and len(arguments) == len(_ARGUMENT_TYPES) \
        and all(isinstance(a, t) for a, t in zip(arguments, _ARGUMENT_TYPES)) \
        and arguments[0] == source and all(type(op) is int for op in arguments[2])
