"""Quotation spans, by the conventions news copy uses.

- Double quotes: straight, curly, ``wire style'' and guillemets. They pair within a paragraph;
  a quotation left open at the end of a paragraph runs to its end, and it continues only into
  a following paragraph that itself opens with a quote mark (the running-quote convention).
  State never carries further, so one unbalanced mark cannot invert the rest of the story. A
  straight mark opens only before a word and closes only after one (one typed with spaces
  between two sentences closes an open quote, else opens one), so a stray mark is ignored.
- Single quotes: quoted words and headline quotes (`'cosy deal'`), never apostrophes
  (`don't`, `players'`, `'90s`); one left open is dropped rather than guessed, except speech
  ("she said: '...") left open where the next paragraph opens with a mark: the running-quote
  convention of copy that quotes speech in single marks.
- Blockquotes (`>` in Markdown, `<blockquote>`) and `<q>` elements are quotations by markup, and
  so is an embedded social post above its signature ("— Name (@handle) November 3, 2019"), and a
  pull quote: a paragraph signed at its end with a dash and a person's name ("... It's just
  disgraceful. — Gavin Newsom", "— Joe Concha, The Hill").
The speaker and the reporting verb are read from the words around each quotation.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import islice

from . import nlp
from .lazyre import LazyRe
from .words import FUNCTION_WORDS, REPORTING, lemma

# (a double prime, ″, is a straight mark typed by a keyboard macro: 'told “Face the Nation″ on Sunday')
_DOUBLE = re.compile(r"``|''|[\"“”„«»″]")
_SINGLE = re.compile(r"[‘’']")
_OPENING, _CLOSING = ("``", "“", "„", "«"), ("''", "”", "»")
_WORD = re.compile(r"[^\W_]+(?:[-'’.][^\W_]+)*")
# What ends the stretch a speaker is read from: a sentence's end (not the dots of "U.S." or
# "Inc. said"), a clause mark, a quote mark, a paragraph break.
_STOP = re.compile(r"\.(?=\s+[^a-z\s]|\s*$|[\"”’')])|[;:!?()\[\]\"“”«»″]|''|``|\n\s*\n")
# Between two quotations of one speaker's words: "outrageous" and "shameful", "slow", "costly"
_JOINED = re.compile(r"\s*,?\s*(?:(?:and|or|but|nor|then|even|and even|and then|as well as)\s+)?")
MAX_SINGLE = 300  # characters: a single-quoted phrase is short; longer is a misread apostrophe


@dataclass(frozen=True, slots=True)
class Quote:
    start: int
    end: int
    speaker: str | None
    verb: str | None
    kind: str = "speech"  # speech | short | block | markup | turn; see Analysis for partial/scare/title
    words: int = 0


def find(prose: str, paragraphs: list[tuple[int, int, str]], markup: list[tuple[int, int]]) -> list[Quote]:
    """All quotations in paragraph order; `paragraphs` are (start, end, block kind)."""
    spans: list[tuple[int, int, str, bool]] = []  # start, end, kind, continues previous
    open_at_end = False
    single_left_open = None  # (start, end): a single-quoted speech still open at its paragraph's end
    for start, end, kind in paragraphs:
        if kind == "blockquote":
            spans.append((start, end, "block", False))
            open_at_end, single_left_open = False, None
            continue
        found, open_at_end_now = _double(prose, start, end)
        if found and open_at_end and found[0][0] == _first_mark(prose, start, end):
            found[0] = (found[0][0], found[0][1], True)  # a running quote continued
        spans += [(s, e, "speech", cont) for s, e, cont in found]
        first = _first_mark(prose, start, end)
        runs_on = single_left_open is not None and prose[first:first + 1] in ("‘", "'")
        if runs_on:  # the single-quote running convention: the next paragraph opens with a mark
            spans.append((*single_left_open, "speech", False))
        singles, single_left_open = _single(prose, start, end, found, first)
        spans += [(s, e, "speech", runs_on and s == first) for s, e in singles]
        open_at_end = open_at_end_now
    spans += [(s, e, "markup", False) for s, e in markup]
    spans += [(s, e, "block", False) for s, e in _posts(prose, paragraphs)]
    spans += [(s, e, "block", False) for s, e in _set_off(prose, paragraphs)]
    spans += [(s, e, "block", False) for s, e in _pull_quotes(prose, paragraphs)]
    spans += [(s, e, "block", False) for s, e in _repeated(prose, paragraphs, spans)]
    turns = _turns(prose, paragraphs)
    spans += [(s, e, "turn", False) for s, (_, e) in turns.items()]
    spans.sort()
    quotes: list[Quote] = []
    para_of = _paragraph_finder(paragraphs)
    for s, e, kind, continued in spans:
        n = len(_WORD.findall(prose, s, e))
        if kind == "speech" and n <= 3:
            kind = "short"
        if kind == "turn":
            speaker, verb = turns[s][0], None
        elif continued and quotes:
            speaker, verb = quotes[-1].speaker, quotes[-1].verb
            own = _speaker(prose, s, e, para_of(s))
            speaker, verb = own if own[1] else (speaker, verb)
        else:
            speaker, verb = _speaker(prose, s, e, para_of(s))
            if verb is None and quotes and _JOINED.fullmatch(prose, quotes[-1].end, s):
                # one speaker's run of quoted words: called it "outrageous" and "shameful"
                speaker, verb = quotes[-1].speaker, quotes[-1].verb
        quotes.append(Quote(s, e, speaker, verb, kind, n))
    return quotes


# A speaker's turn in an interview or a transcript: "A: No, the figures are wrong." or "Mayor
# Ruiz: Work starts in May." The paragraph after the label is the speaker's. Labels that are not
# speakers (a question, a note) are left alone, and only a conversation has turns: an answer
# ("A:") or a speaker who speaks twice. A dateline ("PARIS: ...") opens one paragraph, and a
# roundup's places ("Paris: ...", "Berlin: ...") each open one.
_TURN = re.compile(r"(A|Answer|(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*)\s*:\s+(?=\S)")
_NOT_SPEAKERS = frozenset("""Q Question Note Notes Update Updated Correction Clarification Editor Editor's Editors
    Warning Background Source Sources Photo Photos Picture Pictures Pictured Image Images Caption Related
    Read Watch Listen Analysis Timeline Context Summary Live Breaking Exclusive Opinion Comment Review Video
    Audio Credit Credits Disclaimer Advertisement Contact Location Date Time When Where Venue Tickets
    Price Topic Title Subject From To Tags Category Keywords Share Fact Key Why What How Who""".split())


def _turns(prose: str, paragraphs) -> dict[int, tuple[str, int]]:
    """Start of each turn's words -> (the speaker's label, end of the paragraph)."""
    found = []
    for start, end, kind in paragraphs:
        if kind in ("headline", "subheading", "blockquote"):
            continue
        m = _TURN.match(prose, _first_mark(prose, start, end), end)
        if m and m.group(1).split()[0].capitalize() not in _NOT_SPEAKERS:  # "UPDATE:" too
            found.append((m.group(1), m.end(), end))
    labels = [label for label, _, _ in found]
    conversation = any(label in ("A", "Answer") for label in labels) or len(set(labels)) < len(labels)
    return {s: (label, e) for label, s, e in found} if conversation else {}


# The signature under an embedded social post, as a page's text gives it: "— Josh Apte
# (@joshapte) November 3, 2019". The paragraph above it is the post (and the one above that
# too when the last is only a picture link or a few words).
_SIGNATURE = re.compile(r"[—–-]\s*[^\n]{1,80}\(@\w{1,30}\)\s+[A-Z][a-z]+\.? \d{1,2}, \d{4}\s*$")
# ... at the end of the post's own paragraph, as a text-only copy of the page often has it
_SIGNED = re.compile(r"\s[—–]\s*[^\n—–]{1,80}\(@\w{1,30}\)\s+[A-Z][a-z]+\.? \d{1,2}, \d{4}\s*$")


def _posts(prose: str, paragraphs) -> list[tuple[int, int]]:
    found = []
    for k, (start, end, _) in enumerate(paragraphs):
        signed = _SIGNED.search(prose, start, end) if prose.find("(@", start, end) >= 0 else None
        if signed is not None and signed.start() > _first_mark(prose, start, end):
            found.append((start, signed.start()))  # the post and its signature in one paragraph
            if k and paragraphs[k - 1][2] == "body" and _post_part(prose, *paragraphs[k - 1][:2]):
                found.append(paragraphs[k - 1][:2])  # ... and a first part above, unpunctuated as posts are
            continue
        if k and _SIGNATURE.match(prose, _first_mark(prose, start, end), end):
            s, e, _ = paragraphs[k - 1]
            found.append((s, e))
            if k > 1 and ("pic.twitter.com" in prose[s:e] or len(prose[s:e].split()) < 8):
                found.append(paragraphs[k - 2][:2])
    return found


# A social post a page embeds with a marker before it: "Skip Twitter post 2 by @realDonaldTrump
# Border Patrol Agents are not allowed ..." (the BBC's), the post's words up to the paragraph's end.
_SKIP_POST = re.compile(r"\s*Skip (?:Twitter|X|Instagram|Facebook|YouTube|TikTok|Bluesky) post\b")


def _repeated(prose: str, paragraphs, spans) -> list[tuple[int, int]]:
    """Paragraphs that give again, word for word, a quotation above them: an embedded post's text
    under the sentence that quoted it ('"... are beautiful American traditions," she tweeted.'
    then the tweet itself), and a post after a page's "Skip Twitter post" marker; and a pull
    quote, a short paragraph of words a quotation below gives with its speaker ("People feel
    that Washington will never control him." over '... "People feel that Washington will never
    control him. And that's what they want," Barletta said')."""
    found = []
    quoted = [(s, _words(prose, s, e)) for s, e, kind, _ in spans if kind == "speech"]
    if not quoted and "Skip " not in prose:
        return found
    # (words hold no line break: a paragraph's words are in one of the quotations iff in them all joined)
    everything = "\n".join(text for _, text in quoted)
    for start, end, kind in paragraphs:
        if kind in ("headline", "subheading", "blockquote"):
            continue
        if _SKIP_POST.match(prose, start, end):
            found.append((start, end))
            continue
        # (its first six words first: most paragraphs are read no further)
        opening = _words(prose, start, end, 6)
        if opening.count(" ") < 5 or opening not in everything:
            continue
        words = _words(prose, start, end)
        n = words.count(" ")
        if any((s < start or n < _PULL_QUOTE_WORDS) and words in text for s, text in quoted if s != start):
            found.append((start, end))
    return found


def _words(prose: str, start: int, end: int, limit: int | None = None) -> str:
    """The words of prose[start:end] (the first `limit` of them), in lower case, one space apart."""
    found = _WORD.findall(prose, start, end) if limit is None else \
        [m.group(0) for m in islice(_WORD.finditer(prose, start, end), limit)]
    return " ".join(found).lower()


_PULL_QUOTE_WORDS = 40


def _post_part(prose: str, start: int, end: int) -> bool:
    """A short paragraph that ends on no stop, as a post's first lines do ("... was completely
    outrageous and wrong") and a reporter's paragraph never does."""
    text = prose[start:end].strip()
    return 0 < len(text) <= 300 and text[-1:].isalnum() and "(@" not in text


# A pull quote's signature: a dash after the end of a sentence, then a name of two to four
# capitalised words (not a credit such as "— Reuters"), and perhaps a title after a comma.
_PULL_SIGNATURE = re.compile(r"(?<=[.!?\"”’])\s*[—–]\s*(?:[A-Z][\w.'’-]*\s+){1,3}[A-Z][\w'’-]+"
                             r"(?:,[^.!?\n—–]{1,80})?\s*$")


# ... or, with no dash, a name and the speaker's title after a comma ending the paragraph with no
# stop, as a page sets a pull quote's credit under it ("... will have long-term consequences.
# Ajai Sahni, Executive Director of the Institute of Conflict Management"), when the story
# quotes that name elsewhere
_CREDIT = LazyRe(r"(?<=[\w.!?\"”’])\s+((?:[A-Z][\w.'’-]*\s+){1,3}[A-Z][\w'’-]+),\s+[^.!?\n—–:]{3,100}(?<![.!?\"”’])\s*$")
_NOT_IN_TITLE = tuple(".!?—–:")  # so a paragraph that ends on one, after spaces, has no credit


def _pull_quotes(prose: str, paragraphs) -> list[tuple[int, int]]:
    """The words of a paragraph signed at its end by the person who said them, as pages set a
    pull quote or a roundup of opinion ("... Blame them first. — Tucker Carlson")."""
    found = []
    for start, end, kind in paragraphs:
        # (a line that ends on a name without a stop reads as a subheading)
        if kind not in ("body", "subheading"):
            continue
        if prose.find("—", start, end) < 0 and prose.find("–", start, end) < 0:
            credit = _credit(prose, start, end)
            if credit is not None:
                found.append((_first_mark(prose, start, end), credit))
            continue
        signed = _PULL_SIGNATURE.search(prose, start, end)
        if signed is not None and "(@" not in prose[signed.start():end]:
            found.append((_first_mark(prose, start, end), signed.start()))
    return found


def _credit(prose: str, start: int, end: int) -> int | None:
    """Where the credit under a pull quote starts in this paragraph (`_CREDIT`), or None."""
    if prose[start:end].rstrip().endswith(_NOT_IN_TITLE):
        return None  # (most paragraphs end on a stop, which a credit's title never holds: a cheap test first)
    credit = _CREDIT.search(prose, start, end)
    if credit is None:
        return None
    said = _WORD.findall(prose, start, credit.start())
    title = _WORD.findall(prose, credit.end(1), end)
    # (not a headline's Title Case, nor a photo's credit in brackets, nor a name a word such as
    # "on" leads to: "focused on Al Qaeda, before story changed")
    if len(said) < 6 or sum(w[0].isupper() for w in said) * 3 >= len(said) or said[-1].lower() in FUNCTION_WORDS \
            or _NOT_A_TITLE.intersection(w.lower() for w in title) or any(c in prose[credit.start():end] for c in "()[]"):
        return None
    return credit.start() if _speaks_elsewhere(prose, credit.group(1), start, end) else None


def _speaks_elsewhere(prose: str, name: str, start: int, end: int) -> bool:
    """Is `name` quoted as a speaker elsewhere in the story ('said Ajai Sahni', 'Michael Li, a
    voting rights expert ..., wrote this week:')?"""
    for m in re.finditer(re.escape(name), prose):
        if start <= m.start() < end:
            continue
        if _SAID.search(prose[max(0, m.start() - 12):m.start()]) or _SAID.search(prose, m.end(), m.end() + 160):
            return True
    return False


# Words no speaker's title holds: a clause goes on after the comma ("..., Iranian media say",
# "..., it is also known as")
_NOT_A_TITLE = frozenset("is are was were be been has have had will would can could may might do does did "
                         "say says said report reports rule rules and but or it its they he she we that this "
                         "these".split())
_SAID = LazyRe(r"\b(?:said|says|wrote|writes|told|tells|added|adds|argued|argues)\b")


# The last sentence of a paragraph, when it ends with a colon (a title's own mark inside it: 'in a
# 2015 article titled "Is Trump Our Last Chance?":').
_LEAD_IN = re.compile(r"(?m)(?:^|[.!?]\s+)((?:[^.!?]|[.!?][”\"’'])*:)\s*$")


def _set_off(prose: str, paragraphs) -> list[tuple[int, int]]:
    """A paragraph printed without quotation marks after a lead-in that names whose text it is
    and ends with a colon: "The campaign said in a statement:", "Response points were circulated
    by Democrats close to the campaign:", "Here is the letter in full:", or a speaker's name alone
    ("Barack Obama:"). It is their text, as a block quote would be on the page. (Not "The major
    companies are:", which names no one's text.)"""
    found = []
    for (start, end, kind), (s, e, next_kind) in zip(paragraphs, paragraphs[1:]):
        if kind != "body" or next_kind != "body" or not prose[start:end].rstrip().endswith(":") \
                or prose[_first_mark(prose, s, e)] in "\"“'‘«":
            continue
        speaker = _SPEAKER_LINE.fullmatch(prose, start, end)
        if speaker is not None and speaker.group(1) not in _NOT_SPEAKERS:
            found.append((s, e))  # a statement under its speaker's name: "Barack Obama:"
            continue
        lead = _LEAD_IN.search(prose, start, end)
        if lead is None:
            continue
        words = _WORD.findall(lead.group(1))
        if any(lemma(w.lower()) in REPORTING or lemma(w.lower()) in _A_TEXT for w in words) or any(
                a.lower() in ("from", "by") and b[:1].isupper() for a, b in zip(words, words[1:])):
            found.append((s, e))
    return found


# Somebody's text named by the lead-in: "This is the statement that spokesperson Alleigh Marré sent
# out (bolding my own):", "Here is the letter in full:"
_A_TEXT = frozenset("statement letter email e-mail memo memorandum tweet post message transcript excerpt "
                    "release remarks speech testimony".split())


# A paragraph that is only a name, two to five capitalised words, and a colon ("Barack Obama:",
# "Attorney General Eric Holder:"): a roundup's speaker over the words below
_SPEAKER_LINE = re.compile(r"\s*([A-Z][\w'’.-]*)(?:\s+[A-Z][\w'’.-]*){1,4}\s*:\s*")


def _first_mark(prose: str, start: int, end: int) -> int:
    i = start
    while i < end and prose[i].isspace():
        i += 1
    return i


def _double(prose: str, start: int, end: int):
    """(spans, open at the end) for the double quotes of one paragraph."""
    spans, open_at = [], None
    for m in _DOUBLE.finditer(prose, start, end):
        mark, i = m.group(0), m.start()
        before = prose[i - 1] if i > start else " "
        after = prose[m.end()] if m.end() < end else " "
        if mark in "\"″":
            # typed with spaces around it between two sentences: it closes what is open, else opens
            spaced = before.isspace() and _between_sentences(prose, i, start, end)
            opens = not before.isalnum() and not after.isspace() or spaced and open_at is None
            closes = not before.isspace() or spaced
        else:
            opens, closes = mark in _OPENING, mark in _CLOSING
            # a curly mark turned the wrong way by the keyboard: ' was ”doing', 'job.“ He'
            if mark == "”" and open_at is None and before.isspace() and after.isalnum():
                opens = True
            elif mark == "“" and open_at is not None and not before.isspace() and not after.isalnum():
                closes = True
            if mark == "''" and open_at is None:  # '' used as an opener: ''like this''
                opens = after.isalnum()
        if open_at is None:
            if opens:
                open_at = i
        elif closes:
            spans.append((open_at, m.end(), False))
            open_at = None
        elif opens:  # a second opener: the first was never closed; it ends here
            spans.append((open_at, i, False))
            open_at = i
    if open_at is not None:
        # a closing mark the writer forgot before the tag: '"... damages the economy, said Paul
        # Cicio of ...' -- the quotation ends at the tag's comma
        tag = _TAG_AFTER_UNCLOSED.search(prose, open_at, end)
        if tag is not None:
            spans.append((open_at, tag.start() + 1, False))
            return spans, False
        spans.append((open_at, end, False))
    return spans, open_at is not None


_TAG_AFTER_UNCLOSED = LazyRe(
    r",\s+(?:(?:said|says|added|wrote|told)\s+(?:[A-Z]|the\s|an?\s)"
    r"|(?:[A-Z][\w.'’-]*\s+){1,4}(?:said|says|added|wrote)\b|(?:he|she|they)\s+(?:said|says|added)\b)")


def _between_sentences(prose: str, i: int, start: int, end: int) -> bool:
    """A straight mark with a space after it, before a sentence: `wrote. " The course`."""
    head = prose[max(start, i - 2):i]
    return prose[i + 1:i + 2] == " " and prose[i + 2:i + 3].isupper() and i + 3 <= end \
        and (i == start or head in (". ", "? ", "! ") or head.endswith("\n"))


_INTRODUCED = re.compile(r"(?:[:,]|\b(?:said|says|told|added|asked|replied|wrote|writes))\s*$")


def _single(prose: str, start: int, end: int, doubles, first: int):
    """Single-quoted words and phrases outside double quotations; apostrophes are not quotes.
    Returns (spans, the speech left open at the paragraph's end or None). A quotation is short,
    or it is speech: introduced ("she said: '...") or opening its paragraph (at `first`); speech
    left open at the end of its paragraph runs on only if the next one opens with a mark."""
    spans, open_at, speech = [], None, False
    for m in _SINGLE.finditer(prose, start, end):
        i = m.start()
        if any(s <= i < e for s, e, _ in doubles):
            continue
        before = prose[i - 1] if i > start else " "
        after = prose[i + 1] if i + 1 < end else " "
        if open_at is None:
            # opens before a word that is not an elided year ('90s) and not after a letter
            if m.group(0) in "‘'" and not before.isalnum() and after.isalpha():
                open_at = i
                speech = i == first or _INTRODUCED.search(prose, max(start, i - 12), i) is not None
        elif not after.isalnum() and not before.isspace():
            if speech or i + 1 - open_at <= MAX_SINGLE:
                spans.append((open_at, i + 1))
            open_at = None
    return spans, ((open_at, end) if open_at is not None and speech else None)


def _paragraph_finder(paragraphs):
    starts = [p[0] for p in paragraphs]

    def find_paragraph(offset):
        import bisect
        k = bisect.bisect_right(starts, offset) - 1
        return paragraphs[k] if k >= 0 else (0, offset, "body")
    return find_paragraph


def _speaker(prose: str, start: int, end: int, paragraph) -> tuple[str | None, str | None]:
    """(speaker, reporting verb) from the words right after the quotation ("," the minister
    said / said Smith) or right before it (Smith said: / police called the raid)."""
    p_start, p_end = paragraph[0], paragraph[1]
    stop = _tag_stop(prose, end, min(p_end, end + 120))
    after = list(_WORD.finditer(prose, end, stop.start() if stop else min(p_end, end + 120)))[:12]
    for k, w in enumerate(after):
        word = w.group(0).lower()
        if k >= 8 and not all(x.group(0)[:1].isupper() or x.group(0) in _TITLE_JOINS for x in after[:k]):
            # past eight words, only a title and a name: '," Joint Chiefs of Staff Chairman Gen. Mark A. Milley said'
            break
        if lemma(word) in REPORTING:
            if k == 0 and word == lemma(word) and _modifies(prose, start, end, w.start()):
                break  # the noun a quoted word describes: 'the "legendary" show', 'a "damning" report'
            subject = after[:k] or after[k + 1:k + 5]
            return _join(prose, subject), w.group(0)
        if word in ("went", "goes", "go") and k + 1 < len(after) and after[k + 1].group(0) == "on":
            return _join(prose, after[:k] or after[k + 2:k + 6]), "went on"  # '," he went on.'
    # a name, a long title set off by commas, then the verb: '," Jeremy Lim, co-director of the
    # Institute for Global Health at the National University of Singapore, told HuffPost'
    if after and after[0].group(0)[:1].isupper():
        stop = _tag_stop(prose, end, min(p_end, end + _TITLE_REACH))
        far = list(_WORD.finditer(prose, end, stop.start() if stop else min(p_end, end + _TITLE_REACH)))
        for w in far[min(len(after), 8):40]:
            if lemma(w.group(0).lower()) in REPORTING and prose[max(0, w.start() - 3):w.start()].rstrip().endswith(","):
                return _join(prose, after[:2]), w.group(0)
    lo = max(p_start, start - 160)
    cut = None
    for m in _STOP.finditer(prose, lo, start):
        if m.group(0) != ":":
            cut = m.end()
    before = list(_WORD.finditer(prose, cut if cut is not None else lo, start))[-20:]
    for k in range(len(before) - 1, -1, -1):
        word = before[k].group(0).lower()
        base = lemma(word)  # (looked up once for the four tests)
        # a verb that names what it calls may stand far from the name ("called the plan to
        # end farm subsidies by 2000, proposed in July, 'visionary'"); other verbs stand near
        if (base in REPORTING or word == "according") and (len(before) - k <= 10 or base in _NAMING
                                                           or _reports_clause(before, k)):
            return _join(prose, before[max(0, k - 5):k]), before[k].group(0)
        # a word quoted just after words about words is mentioned, not used: "remarks she made
        # about "thugs"", "the term "illegals"", "a tweet calling them "losers""
        if base in _SPEECH_NOUNS and len(before) - k <= 5:
            return None, before[k].group(0)
        # a verdict quoted after "as", or close after a verb of criticism, is the critic's
        # word: 'denounced the plan as "outrageous"', 'ripped the senator for "despicable" remarks'
        if base in _CHARACTERISING and (len(before) - k <= 6 or _AS_BEFORE.search(prose, lo, start)):
            return _join(prose, before[max(0, k - 5):k]), before[k].group(0)
    if cut is not None and prose[cut - 1:cut] in '"”»\'':
        # a naming verb before an earlier quotation in the sentence: 'called a video of him saying
        # he served "in Vietnam" an "outrageous distortion"'
        sentence = max([m.end() for m in _SENTENCE_STOP.finditer(prose, lo, start)] or [lo])
        for w in reversed(list(_WORD.finditer(prose, sentence, start))[-40:]):
            if lemma(w.group(0).lower()) in _NAMING:
                return None, w.group(0)
    return None, None


def _modifies(prose: str, start: int, end: int, after: int) -> bool:
    """Does a short quotation stand right before a noun, as a quoted adjective does ('a
    "damning" report'), rather than end a line its tag follows ('"We won," said Smith')?"""
    inner = prose[start + 1:end - 1].rstrip()
    return not prose[end:after].strip() and inner[-1:].isalnum() and len(inner.split()) <= 3


def _reports_clause(before, k) -> bool:
    """Does the verb before[k] open the clause it reports ("said simply that the issue ... was
    'totally irrelevant'")? Its quoted words are the speaker's however far on in the sentence."""
    return any(w.group(0).lower() == "that" for w in before[k + 1:k + 4])


def _tag_stop(prose: str, start: int, limit: int):
    """The first stop in prose[start:limit] that ends the tag: not the point of a title, an
    initial or an abbreviation before or in a speaker's name ('," Mr. Dunlap said', '," said
    Stephen I. Vladeck', '," U.S. Treasury Secretary Steven Mnuchin said'), nor a short bracket
    after it ('," Rep. Tom Cole (R-Okla.) told The Hill')."""
    pos = start
    while (m := _STOP.search(prose, pos, limit)) is not None:
        if m.group(0) == "(" and (bracket := _SHORT_BRACKET.match(prose, m.start(), limit)) is not None:
            pos = bracket.end()
        elif m.group(0) == "." and _abbreviated(prose, max(start, m.start() - 12), m.start()):
            pos = m.end()
        else:
            return m
    return None


def _abbreviated(prose: str, lo: int, point: int) -> bool:
    word = _LAST_WORD.search(prose, lo, point)
    return word is not None and (len(word.group(0)) == 1 and word.group(0).isupper()
                                 or word.group(0).lower() in nlp.ABBREVIATIONS)


_TITLE_JOINS = frozenset("of and the for on".split())
_SHORT_BRACKET = re.compile(r"\([^()\n]{1,14}\)")
_LAST_WORD = re.compile(r"(?<![\w'’])[A-Za-z]+$")
_NAMING = frozenset("call describe term label dub brand".split())
# verbs that pass a verdict "as" something: the quoted verdict after "as" is their subject's
_CHARACTERISING = frozenset("""denounce decry deride dismiss blast slam lambast lambaste attack criticise
    criticize condemn reject ridicule mock castigate excoriate rip hail praise portray characterise
    characterize paint see view regard describe brand label herald tout refer""".split())
_SPEECH_NOUNS = frozenset("""remark comment statement tweet post word term phrase label description
    characterization characterisation slur insult epithet nickname reference language
    cry chant shout slogan refrain accusation claim""".split())
_AS_BEFORE = LazyRe(r"\bas(?:\s+(?:an?|the))?\s*[\"“'‘«]?$")
_SENTENCE_STOP = re.compile(r"\.(?=\s+[^a-z\s])|[;!?]|\n\s*\n")
_TITLE_REACH = 300  # characters after a quotation to the verb past a speaker's long title


def _join(prose: str, words) -> str | None:
    return prose[words[0].start():words[-1].end()] if words else None
