"""Per-rule linearity: each built-in rule on 2,000 and on 10,000 short paragraphs, in each shape.

5x the paragraphs should cost about 5x the time, not 25x: a rule that re-scans the whole document
for every paragraph turns a long archive file into a hang. Timing belongs here, not in the test
suite (a loaded machine makes timed assertions flaky). Exits 1 when a rule looks super-linear.

    python bench/linearity.py [--small 2000] [--factor 5] [--shapes plain,figures,list,turns,...]
"""
from __future__ import annotations

import argparse
import sys
import time

from stylelint import lint_text, load_rules


# Shapes of long documents: plain paragraphs; figures that each ask whether the story gave them
# before; a long list under one lead-in (each item walks back to it); an interview's turns; a
# quotation in single marks running over every paragraph; a plain-text list of one paragraph;
# the newsroom's interviews each followed by "some fear".
SHAPES = {
    "plain": lambda n: "".join(f"The council met on day {i}.\n\n" for i in range(n)),
    "figures": lambda n: "".join(f"{i} people were killed in the blast.\n\n" for i in range(n)),
    "list": lambda n: "The report found that:\n\n" + "".join(f"- {i} people were killed\n" for i in range(n)),
    "turns": lambda n: "".join(f"{'Q' if i % 2 else 'A'}: Critics say {i} people were killed.\n\n" for i in range(n)),
    "quotes": lambda n: "".join(f"'Critics say {i} people were killed, and it's a legendary disgrace.\n\n"
                                for i in range(n)),
    "text-list": lambda n: "The report found that\n" + "".join(f"- {i} people were killed\n" for i in range(n)),
    "interviews": lambda n: "".join(f"We asked {i} residents on Monday. Some fear the plan.\n\n" for i in range(n)),
}
SYNTAX = {"text-list": "txt"}  # the others are Markdown


def timed(text: str, rule, syntax: str = "md") -> float:
    start = time.perf_counter()
    lint_text(text, rules=[rule], syntax=syntax)
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--small", type=int, default=2000)
    parser.add_argument("--factor", type=int, default=5)
    parser.add_argument("--shapes", default=",".join(SHAPES), help="comma-separated: " + ", ".join(SHAPES))
    args = parser.parse_args()
    rules = load_rules()
    slow = []
    for shape in args.shapes.split(","):
        small, large = SHAPES[shape](args.small), SHAPES[shape](args.small * args.factor)
        syntax = SYNTAX.get(shape, "md")
        lint_text(small, rules=rules, syntax=syntax)  # warm caches (compiled patterns)
        print(f"\n{shape}\n{'rule':36} {'small s':>8} {'large s':>8} {'ratio':>6}")
        for rule in rules.for_path(None):
            base = min(timed(small, rule, syntax) for _ in range(3))
            big = min(timed(large, rule, syntax) for _ in range(2))
            ratio = big / base if base else 0.0
            print(f"{rule[0].id:36} {base:8.3f} {big:8.3f} {ratio:6.1f}")
            if big > 2 * args.factor * base + 0.1:
                slow.append(f"{rule[0].id} ({shape})")
    if slow:
        print("super-linear:", ", ".join(slow))
    return 1 if slow else 0


if __name__ == "__main__":
    sys.exit(main())
