"""The pure engine: text and built rules in, alerts out. No file system, no printing.

`lint_text` is the public API every front end goes through (CLI, language server, tests).
"""
from __future__ import annotations

import regex

from .alert import LEVELS, Alert
from .context import Context
from .directives import Directives, unknown_names
from .document import Document
from .fingerprint import Sentences, fingerprint
from .markup import parse, syntax_for
from .markup.prose import mask_matches, mask_related_stories
from .patterns.compiling import regex_timeout
from .rules import RuleSet


def lint_text(text: str, rules: RuleSet | list, syntax: str | None = None,
              path: str | None = None) -> list[Alert]:
    """Lint one document with built rules (a RuleSet, or a list of (rule, level) pairs).

    `syntax` is "md", "mdx", "html", "rst", "adoc", "org" or "txt"; without it, `path`'s extension decides (else "txt").
    `path`, relative to the configuration's folder, selects a configuration's overrides.
    Alerts come sorted by position."""
    ruleset = rules if isinstance(rules, RuleSet) else RuleSet(rules)
    pairs = ruleset.for_path(path)
    syntax = syntax or syntax_for(path)
    document = Document(text)
    parsed = parse(text, syntax, ruleset.front_matter, ruleset.skips)
    parsed.prose = mask_related_stories(parsed.prose)  # a saved web page's pop-up headlines
    if syntax in ("md", "mdx", "org", "rst", "adoc"):  # Vale applies them to markup files only (not to HTML or plain text)
        parsed.prose = mask_matches(parsed.prose, text, ruleset.ignores_for(path))
    ctx = Context(text, parsed, syntax, ruleset.term_index(pairs), genre=ruleset.genre_for(path))
    directives = Directives(parsed.comments, document.line_starts, len(text))
    if directives.whole_file:
        return []
    minimum = LEVELS[ruleset.min_level]
    alerts, seen, sentences = [], set(), Sentences(ctx)
    timeout = regex_timeout.set(ruleset.regex_timeout)
    try:
        for rule, level in pairs:
            if LEVELS[level] >= minimum:
                alerts += _run_rule(rule, level, ctx, document, directives, seen, sentences, minimum)
    finally:
        regex_timeout.reset(timeout)
    alerts += _unknown_directive_names(document, directives, ruleset)
    return _one_per_span(alerts)


def _run_rule(rule, level: str, ctx: Context, document: Document, directives: Directives,
              seen: set, sentences: Sentences, minimum: int = 0) -> list[Alert]:
    """The alerts of one rule; a rule that fails on this text becomes one error alert. A hit
    the rule is less sure of (`Hit.lower`) comes one level below the rule's: a warning rule
    gives a suggestion there, and an error rule a warning."""
    alerts, count, text = [], 0, document.text
    lowered = _LOWER[level]
    if not rule.ours and all(alternative.unit in ("raw", "summary") for alternative in rule.scope):
        directives = directives.for_whole_file_rules()  # a Vale style's: Vale's comment timing
    try:
        for hit in rule.run(ctx):
            if hit.lower and LEVELS[lowered] < minimum:
                continue
            matched = text[hit.start:hit.end]
            if directives.suppressed(rule.id, hit.start, matched):
                continue
            alert = _alert(document, rule, lowered if hit.lower else level, hit, matched, ctx, sentences)
            key = (alert.line, alert.column, rule.id)
            if key in seen:
                continue
            seen.add(key)
            alerts.append(alert)
            count += 1
            if rule.limit and count >= rule.limit:
                break
    except TimeoutError:
        alerts.append(_rule_failure(document, rule, "its pattern took too long on this file "
                                                    "(catastrophic backtracking?) and was stopped"))
    except RecursionError:
        alerts.append(_rule_failure(document, rule, "it recursed too deeply on this file"))
    except regex.error as exc:  # a pattern compiled on first use that `regex` refuses
        alerts.append(_rule_failure(document, rule, f"its pattern is invalid ({exc})"))
    return alerts


_LOWER = {"error": "warning", "warning": "suggestion", "suggestion": "suggestion"}


def _unknown_directive_names(document: Document, directives: Directives, ruleset) -> list[Alert]:
    """A directive naming no rule (a typo such as Neutrality.Labelz) is an alert at its line."""
    if not directives.named:  # most documents name no rule: no need to list the known ones
        return []
    alerts = []
    for start, end, name, close in unknown_names(directives, ruleset.known_ids()):
        line, column = document.position(start)
        end_line, end_column = document.position(end)
        hint = f" Did you mean {close[0]}?" if close else ""
        alerts.append(Alert(
            rule="stylelint.Directive", category="directive", severity="warning",
            message=f"No rule or pack is named '{name}', so this comment disables nothing.{hint}",
            start=start, end=end, line=line, column=column, end_line=end_line,
            end_column=end_column, match=document.text[start:end]))
    return alerts


def _one_per_span(alerts: list[Alert]) -> list[Alert]:
    """Sorted alerts; where two rules of one category flag the same words (a misspelling that
    the dictionary also misses), only the more severe one is kept."""
    best: dict = {}
    for alert in alerts:
        key = (alert.start, alert.end, alert.category) if alert.end > alert.start else id(alert)
        kept = best.get(key)
        if kept is None or LEVELS[alert.severity] > LEVELS[kept.severity]:
            best[key] = alert
    return sorted(best.values(), key=lambda a: (a.start, a.end, a.rule))


def _alert(document: Document, rule, level: str, hit, matched: str, ctx: Context, sentences) -> Alert:
    line, column = document.position(hit.start)
    end_line, end_column = document.position(hit.end)
    # A fix is offered only where it is unambiguous, never inside quoted speech, and only on
    # plain words: a span that holds markup (emphasis, a link, a tag) is never rewritten.
    fixable = hit.fixable and len(hit.suggestions) == 1 and not ctx.in_quote(hit.start, hit.end) \
        and ctx.text[hit.start:hit.end] == ctx.prose[hit.start:hit.end]
    return Alert(
        rule=rule.id, category=rule.category, severity=level, message=rule.format(hit),
        start=hit.start, end=hit.end, line=line, column=column, end_line=end_line,
        end_column=end_column, match=matched, suggestions=tuple(hit.suggestions), link=rule.link,
        fix=hit.suggestions[0] if fixable else None, fix_safety=rule.fix_safety if fixable else "",
        fingerprint=fingerprint(rule.id, matched, sentences.around(hit.start, hit.end)),
    )


def _rule_failure(document: Document, rule, why: str) -> Alert:
    return Alert(rule=rule.id, category=rule.category, severity="error",
                 message=f"Rule {rule.id} was skipped: {why}. Fix the rule's pattern.",
                 start=0, end=0, line=1, column=1, end_line=1, end_column=1, match="",
                 fingerprint=fingerprint(rule.id, "", why))

