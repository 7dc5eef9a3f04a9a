"""The HTML report: one self-contained page (no network, no external files) built from the
report model. Every piece of draft text, path, message and rule text is escaped here."""
from __future__ import annotations

import base64
import hashlib
import re
from datetime import datetime, timezone
from html import escape
from importlib import resources

from .model import LEVEL_ORDER, Article

CATEGORIES = {  # display name and what the category is about, in the words of an editor
    "neutrality": ("Neutrality", "loaded, one-sided or promotional wording"),
    "sourcing": ("Sourcing", "claims that do not say who says so"),
    "naming": ("Naming", "the house name for places and people"),
    "typo": ("Typos", "misspellings and doubled words"),
    "style": ("Style", "house style for dates and numbers"),
    "readability": ("Readability", "long sentences and dense copy"),
}
LEVELS = {
    "error": ("Error", "fix before publication"),
    "warning": ("Warning", "an editor should look"),
    "suggestion": ("Suggestion", "worth considering"),
}
_CLASS_SAFE = re.compile(r"[^a-z0-9-]")


def _e(value) -> str:
    return escape(str(value), quote=True)


def _cat_class(category: str) -> str:
    return f"c-{category}" if category in CATEGORIES else "c-other"


def _cat_name(category: str) -> str:
    return CATEGORIES.get(category, (category.replace("_", " ").capitalize() or "Other", ""))[0]


def _plural(n: int, word: str) -> str:
    return f"{n:,} {word}{'' if n == 1 else 's'}"


def _level_counts(levels) -> str:
    parts = [f'<span class="count-{lvl}">{_plural(levels[lvl], lvl)}</span>'
             for lvl in LEVEL_ORDER if levels[lvl]]
    return ", ".join(parts) if parts else "nothing to check"


def render_report(articles: list[Article], version: str, now: datetime | None = None) -> str:
    template = resources.files(__package__).joinpath("template.html").read_text(encoding="utf-8")
    script = re.search(r"<script>(.*?)</script>", template, re.S).group(1)
    digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode()
    readable = [a for a in articles if a.error is None]
    title = (f"Style report: {readable[0].path}" if len(readable) == 1
             else f"Style report: {_plural(len(readable), 'article')}")
    body = "\n".join([
        _header(title, articles, now or datetime.now(timezone.utc)),
        '<main id="content">',
        _toolbar(readable),
        _index(readable) if len(readable) > 1 else "",
        *(_article(a, len(readable) > 1) for a in sorted(readable, key=lambda a: a.attention)),
        _unreadable([a for a in articles if a.error is not None]),
        f'<footer>Made by stylelint {_e(version)}. This page works offline and can be printed '
        f'or e-mailed as it is.</footer>',
        "</main>",
    ])
    values = {"SCRIPT_HASH": f"sha256-{digest}", "VERSION": _e(version), "TITLE": _e(title), "BODY": body}
    # One pass, so text that looks like a placeholder inside a draft is never substituted.
    return re.sub(r"\{\{([A-Z_]+)\}\}", lambda m: values[m.group(1)], template)


def _header(title, articles, now) -> str:
    levels = sum((a.levels for a in articles), start=type(articles[0].levels)()) if articles else {}
    total = sum(len(a.findings) for a in articles)
    stamp = now.strftime("%d %B %Y, %H:%M UTC")
    return (f'<header class="top"><h1>{_e(title)}</h1>'
            f'<p>{_plural(total, "finding")}: {_level_counts(levels) if total else "nothing to check"}'
            f' &middot; checked {stamp}</p></header>')


def _toolbar(articles) -> str:
    categories = sum((a.categories for a in articles), start=type(articles[0].categories)()) if articles else {}
    levels = sum((a.levels for a in articles), start=type(articles[0].levels)()) if articles else {}
    if not categories:
        return ""
    boxes = [f'<label class="{_cat_class(c)}"><input type="checkbox" checked data-filter="cat" '
             f'value="{_e(c)}"><span class="swatch"></span>{_e(_cat_name(c))} ({n})</label>'
             for c, n in sorted(categories.items(), key=lambda item: (-item[1], item[0]))]
    level_boxes = [f'<label><input type="checkbox" checked data-filter="level" value="{lvl}">'
                   f'{LEVELS[lvl][0]} ({levels[lvl]})</label>' for lvl in LEVEL_ORDER if levels[lvl]]
    legend = "; ".join(f"<b>{name.lower()}</b>: {meaning}" for name, meaning in LEVELS.values())
    return (f'<div class="toolbar" hidden><fieldset><legend>Show</legend>{"".join(boxes)}</fieldset>'
            f'<fieldset><legend>Level</legend>{"".join(level_boxes)}</fieldset>'
            f'<span class="shown" id="shown" aria-live="polite"></span></div>'
            f'<p class="legend"><span class="hint">Highlighted words are findings: hover, click or tab to '
            f'one to read what is wrong, why it matters and what to write instead. </span>'
            f'Levels: {legend}.</p>')


def _index(articles) -> str:
    rows = []
    for a in sorted(articles, key=lambda a: a.attention):
        total = len(a.findings) or 1
        bar = "".join(f'<span class="{_cat_class(c)}" style="width:{100 * n / total:.1f}%" '
                      f'title="{_e(_cat_name(c))}: {n}"></span>'
                      for c, n in sorted(a.categories.items()))
        levels = a.levels
        rows.append(
            f'<tr><td><a href="#article-{a.index}">{_e(a.path)}</a></td>'
            + "".join(f'<td class="num">{levels[lvl] or ""}</td>' for lvl in LEVEL_ORDER)
            + f'<td><div class="bar" aria-hidden="true">{bar}</div></td>'
            f'<td class="num">{a.words:,}</td><td class="num">{_grade(a.grade)}</td></tr>')
    return ('<section class="card" id="index" aria-labelledby="index-title">'
            '<h2 id="index-title">Articles, most in need of attention first</h2>'
            '<table class="index"><thead><tr><th>Article</th><th class="num">Errors</th>'
            '<th class="num">Warnings</th><th class="num">Suggestions</th><th>By category</th>'
            '<th class="num">Words</th><th class="num">Grade</th></tr></thead><tbody>'
            + "".join(rows) + "</tbody></table></section>")


def _grade(grade) -> str:
    return "&ndash;" if grade is None else f"{grade:.1f}"


def _article(a: Article, indexed: bool = False) -> str:
    cats = "".join(f'<li class="{_cat_class(c)}">{_e(_cat_name(c))}: {n}</li>'
                   for c, n in sorted(a.categories.items(), key=lambda item: (-item[1], item[0])))
    grade = ("" if a.grade is None else
             f'<span>Reading grade <b>{a.grade:.1f}</b> (Flesch-Kincaid; news aims for 10 or lower)</span>')
    whole = [f for f in a.findings if not f.inline]
    whole_html = ("" if not whole else '<ul class="whole">' + "".join(
        f'<li><a href="#{f.id}">{_e(f.alert.message)}</a></li>' for f in whole) + "</ul>")
    first_of_rule: dict = {}
    notes = "".join(_note(f, a, first_of_rule.setdefault(f.alert.rule, f.number)) for f in a.findings)
    return (f'<section class="card article" id="article-{a.index}" data-path="{_e(a.path)}" aria-labelledby="article-{a.index}-title">'
            f'<h2 id="article-{a.index}-title">{_e(a.path)}</h2>'
            f'<div class="summary"><span><b>{a.words:,}</b> words</span>{grade}'
            f'<span>{_level_counts(a.levels)}</span></div>'
            f'<ul class="chips" aria-label="Findings by category">{cats}</ul>{whole_html}'
            f'<div class="text{" html" if a.is_html else ""}">{_text(a)}</div>'
            + (f'<h3 class="notes-title">Findings in {_e(a.path)}</h3><ol class="notes">{notes}</ol>'
               if notes else '<p class="none">No findings: nothing in this article needs attention.</p>')
            + ('<p class="back"><a href="#index">Back to the list of articles</a></p>' if indexed else "")
            + "</section>")


def _text(a: Article) -> str:
    """The article as it reads, each finding a <mark> (split where findings overlap); the first
    piece of a finding takes the keyboard focus, the last carries its number for print."""
    findings = {f.id: f for f in a.findings}
    last = {}
    for c, chunk in enumerate(a.chunks):
        for s, (_, _, ids) in enumerate(chunk.segments):
            last.update((fid, (c, s)) for fid in ids)
    seen, out = set(), []
    for c, chunk in enumerate(a.chunks):
        inner = []
        for s, (text, style, ids) in enumerate(chunk.segments):
            html = _e(text)
            if style:
                html = f'<span class="{style}">{html}</span>'
            for fid in reversed(ids):  # innermost first, so the outermost finding wraps the rest
                html = _mark(findings[fid], html, fid not in seen, last[fid] == (c, s))
                seen.add(fid)
            inner.append(html)
        out.append(_block(chunk.kind, "".join(inner)))
    return "".join(out)


def _block(kind: str, inner: str) -> str:
    if kind == "raw":
        return f'<div class="raw-block">{inner}</div>'
    if kind.startswith("h") and kind[1:].isdigit():
        level = min(int(kind[1:]) + 2, 5)
        return f'<h{level} class="hd">{inner}</h{level}>'
    if kind in ("li", "quote"):
        return f'<p class="{kind}">{inner}</p>'
    return f"<p>{inner}</p>"


def _mark(finding, inner: str, first: bool, last: bool) -> str:
    alert, fid = finding.alert, finding.id
    attrs = (f' class="f {_cat_class(alert.category)} l-{_e(alert.severity)}" data-f="{fid}" '
             f'data-cat="{_e(alert.category)}" data-level="{_e(alert.severity)}"')
    if first:
        attrs += (f' id="{fid}-m" tabindex="0" role="button" aria-describedby="{fid}"')
    if last:
        attrs += f' data-n="{finding.number}"'
    return f"<mark{attrs}>{inner}</mark>"


def _note(f, a: Article, first_of_rule: int) -> str:
    """One finding in the article's list; the popup shows a copy of it. A rule's rationale is
    written out in the list once per article (later findings point back to it)."""
    alert, rule = f.alert, f.rule
    name, _ = LEVELS.get(alert.severity, (alert.severity.capitalize(), ""))
    where = (f"{a.units[0]} {alert.line}, {a.units[1]} {alert.column}" if f.inline
             else "the whole article")
    jump = f' <a class="jump" href="#{f.id}-m">show in text</a>' if f.inline else ""
    quoted = f' <span class="match">&ldquo;{_e(alert.match)}&rdquo;</span>' if alert.match else ""
    why = (getattr(rule, "rationale", "") or getattr(rule, "description", "")) if rule else ""
    parts = [
        f'<div class="nh"><span class="lvl lvl-{_e(alert.severity)}">{_e(name)}</span>'
        f'<span class="cat">{_e(_cat_name(alert.category))}</span>{quoted}'
        f'<span class="where">{where}</span>{jump}</div>',
        f'<p class="msg">{_e(alert.message)}</p>',
    ]
    if alert.suggestions:
        label = "Suggestion" if len(alert.suggestions) == 1 else "Suggestions"
        parts.append(f'<p class="sug"><b>{label}:</b> '
                     + " or ".join(f"&ldquo;{_e(s)}&rdquo;" for s in alert.suggestions) + "</p>")
    if why:
        parts.append(f'<p class="why"><b>Why it matters:</b> {_e(" ".join(why.split()))}</p>')
        if first_of_rule != f.number:
            parts.append(f'<p class="why-ref"><b>Why it matters:</b> see <a href="#a{a.index}-f{first_of_rule}">'
                         f'finding {first_of_rule}</a>.</p>')
    link = getattr(rule, "link", "") or alert.link
    more = (f' &middot; <a href="{_e(link)}" rel="noopener noreferrer">more about this rule</a>'
            if link.startswith(("https://", "http://")) else "")
    parts.append(f'<p class="rid">Rule <code>{_e(alert.rule)}</code>{more}</p>')
    repeat = " repeat" if first_of_rule != f.number else ""
    return (f'<li id="{f.id}" class="note{repeat} {_cat_class(alert.category)}" value="{f.number}" '
            f'data-rule="{_e(alert.rule)}" data-line="{alert.line}" data-col="{alert.column}" '
            f'data-cat="{_e(alert.category)}" data-level="{_e(alert.severity)}">{"".join(parts)}</li>')


def _unreadable(articles) -> str:
    if not articles:
        return ""
    items = "".join(f"<li><b>{_e(a.path)}</b>: {_e(a.error)}</li>" for a in articles)
    return (f'<section class="card unread"><h2>Files that could not be read</h2><ul>{items}</ul>'
            f"</section>")
