"""The kind of piece a document is: news, or a genre where the writer's judgement is the point.

A review, a signed column, an editorial, a preview or readers' letters may call a film
"brilliant" or a policy "disastrous": the verdict is what the piece is for, and neutrality
rules that say `opinion: skip` stay quiet there. The kind comes from the configuration (an
override's `genre:` for a folder of columns) or from the front matter keys CMSs use for it
(`genre: review`, `type: column`, `category: Opinion`, `categories: [Reviews, Film]`), else
from a headline that labels a review or comment ("Review: ...", "'Oppenheimer' review: ...",
"Hamlet review – a triumph", "Opinion: ...", "The Guardian view on ..."), a star rating at the
top, or the writer's own voice (see `Analysis.opinion`). News analysis is not opinion: it
interprets the news in the reporter's voice, under the same neutrality rules; a desk that treats
it as comment says `genre: opinion` for those files.

Soft news -- sport, arts and entertainment, lifestyle, service copy, and features and essays
that attribute nothing or next to nothing -- is news with a register of its own: rules that say
`soft: lower` report one level down there (`Analysis.soft`).
"""
from __future__ import annotations

import re
from collections import Counter

from .lazyre import CaselessRe, LazyRe

KEYS = frozenset("genre type category categories kind section format".split())  # categories: Jekyll, Hugo
# Words in a key's value -> the kind of piece; plural and compound forms as CMSs write them.
_KINDS = {
    "review": "review", "reviews": "review", "critique": "review",
    "column": "column", "columns": "column", "columnist": "column", "columnists": "column",
    "opinion": "opinion", "opinions": "opinion", "op-ed": "opinion", "oped": "opinion",
    "commentary": "opinion", "comment": "opinion", "essay": "opinion",
    "editorial": "editorial", "editorials": "editorial", "leader": "editorial",
    "letters": "letters", "letter": "letters", "readers": "letters",
    "preview": "preview", "previews": "preview",
    "analysis": "analysis", "explainer": "analysis",
    "news": "news", "report": "news", "article": "news", "story": "news", "wire": "news",
    "obituary": "news", "feature": "news",
    "sport": "sport", "sports": "sport", "football": "sport", "soccer": "sport", "cricket": "sport",
    "rugby": "sport", "tennis": "sport", "golf": "sport", "athletics": "sport", "motorsport": "sport",
    # (not "arts", "culture", "books": an arts desk's news of a book deal is news)
    "lifestyle": "lifestyle", "entertainment": "lifestyle", "showbiz": "lifestyle", "celebrity": "lifestyle",
    "celebrities": "lifestyle", "travel": "lifestyle", "food": "lifestyle", "fashion": "lifestyle",
    "style": "lifestyle", "homes": "lifestyle",
}
NAMED = ("news", "analysis", "review", "column", "opinion", "editorial", "letters", "preview", "sport",
         "lifestyle")
SOFT = frozenset(("sport", "lifestyle"))  # soft news: the desk's own register of colour
OPINION = frozenset("review column opinion editorial letters preview".split())
_WORD = re.compile(r"[a-z][a-z-]*")


def kind_of(value: str) -> str | None:
    """The kind a front matter value or a configured word names ("Reviews/Games" -> review),
    None if it names none we know. An opinion word wins over a news word ("opinion news")."""
    found = [_KINDS[w] for w in _WORD.findall(value.lower()) if w in _KINDS]
    return next((k for k in found if k in OPINION), found[0] if found else None)


def is_opinion(kind: str | None) -> bool:
    return kind in OPINION


# A headline that says it heads a review of a work, as desks write them: "Review: ...", "Film
# review: ...", "'Oppenheimer' review: ..." (a quoted title). Not "Spending review: ..." or
# "Review of police powers ...": a government's review is news.
_REVIEW_HEADLINE = re.compile(
    r"(?i)^\s*(?:(?:film|movie|book|theatre|theater|album|music|gig|concert|opera|dance|tv|television|"
    r"game|restaurant|exhibition|art|podcast)\s+)?review\s*[:|]"
    r"|^\s*[\"“‘'].{1,80}?[\"”’']\s+review\b"
    # the Guardian's form: a title, "review", a dash and the verdict ("Hamlet review – a triumph")
    r"|^(?!.*\b(?:spending|judicial|defence|defense|strategic|annual|independent|case|rent|pay|"
    r"budget|safeguarding|comprehensive|government|policy|police|safety|serious|rapid)\s+review\b)"
    r".{1,80}?\sreview\s+[–—-]\s")
# A star rating standing as a paragraph of its own: "★★★★☆".
_RATING = re.compile(r"\s*[★☆✩✭✮]{3,5}\s*")


# A headline labelled as comment by the desk: "Opinion: ...", "Editorial | ...", "Comment: ...",
# "The Guardian view on ...", "Our view: ..." (not "Analysis: ...": news analysis is news).
_OPINION_HEADLINE = re.compile(
    r"(?i)^\s*(?:opinion|comment|column|editorial|op-ed|oped|letters?|viewpoint|our view|essay)\s*[:|]"
    r"|^\s*the [\w’' ]{2,30} view on\b"
    # ... or at the end, as USA Today labels its editorials and their replies ("Trump cements wall in
    # immigration plan: Our view", "...: Opposing view") and pages title a column ("... | Opinion")
    r"|(?::|\s\||\s[-–—])\s*(?:our view|opposing view|editorial|opinion|op-ed|column)\s*$")


# A headline that argues: "Why Jones should not be mayor", "We must stop the bypass" -- an
# editorial's or a column's; a report attributes the "should" ("Bank should cut rates, IMF says").
_ARGUING_HEADLINE = LazyRe(r"(?i)^\s*why\b.*\b(?:should|must|needs? to|ought to)\b"
                               r"|\b(?:we|you) (?:must|should|ought to)\b")
_ATTRIBUTED = LazyRe(r"(?i)\b(?:says?|said|according|urges?|warns?|vows?|pledges?|insists?|tells?|declares?"
                         r"|demands?)\b|\s[-–—]\s*[\w .'’]{1,30}$|[\"“”]|^[\w .'’-]{2,40}:\s")


def is_review_headline(headline: str) -> bool:
    return _REVIEW_HEADLINE.search(headline) is not None


def is_labelled_comment(line: str) -> bool:
    """A first line the desk labels as a review or comment ("Review: ...", "OPINION: ... ."),
    even one that ends with a full stop, as a headline of two sentences does."""
    return "\n" not in line.strip() and (is_review_headline(line) or _OPINION_HEADLINE.search(line) is not None)


# The desk's label for a correspondent's reading of the news: "Analysis: Trump is gaining ground",
# "News analysis: ...", or, over a box in a news story, "Analysis by Anthony Zurcher, BBC News".
_ANALYSIS_HEADLINE = re.compile(r"(?i)(?:news\s+)?analysis\s*[:|]\s*\S"
                                # the scorecard an analyst keeps: "3 winners and 5 losers from the
                                # debate", "Winners and losers in the tax bill" (Vox, The Hill, USA
                                # Today, the Washington Post: judging who won is the piece's point)
                                r"|(?:the\s+)?(?:\w+\s+)?(?:big(?:gest)?\s+)?winners?\s+and\s+(?:\w+\s+)?"
                                r"(?:big(?:gest)?\s+)?losers?\s+(?:from|in|of|at)\s")
_ANALYSIS_BOX = re.compile(r"Analysis(?: by |: )[A-Z][^\n.]{2,80}$")


def is_analysis_label(line: str, headline: bool, next_line: str = "") -> bool:
    """Does this line label what follows as analysis: a headline "Analysis: ..." or a scorecard
    ("3 winners and 2 losers from the debate"), or a line of
    its own naming the analyst ("Analysis by James Cook, BBC North America Correspondent"), or
    "Analysis" alone over the analyst's byline ("By Michelle Fleury, New York Business
    Correspondent")?"""
    line = line.strip()
    return headline and _ANALYSIS_HEADLINE.match(line) is not None or _ANALYSIS_BOX.match(line) is not None \
        or line == "Analysis" and _ANALYST_BYLINE.match(next_line.strip()) is not None


# A correspondent's byline under a box's "Analysis" ("Stephen McDonell, BBC China correspondent")
_ANALYST_BYLINE = re.compile(r"(?:By )?[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,3}, [^\n]{0,60}"
                             r"\b(?i:correspondent|editor|reporter|analyst)\b[^\n.]{0,40}$")


def is_box_byline(line: str) -> bool:
    """Is this line a correspondent's byline of its own ("By Martin Bashir, BBC religion
    editor")? Below a story's opening paragraphs it opens a box of the correspondent's reading,
    as "Analysis by ..." does."""
    line = line.strip()
    return line.startswith("By ") and _ANALYST_BYLINE.match(line) is not None


def is_opinion_headline(headline: str) -> bool:
    """A review's headline, one the desk labels as comment, or one that argues in its own voice."""
    return is_labelled_comment(headline) \
        or _ARGUING_HEADLINE.search(headline) is not None and _ATTRIBUTED.search(headline) is None


# What an opinion page prints under a column: the writer's role on the page ("Donald Lambro is a
# syndicated columnist", "..., is a member of USA TODAY's Board of Contributors") or the page's
# disclaimer ("The views expressed here are her own"), or its sign-off ("Follow us on Twitter
# @CNNOpinion"). A reporter's credit line ("Jane Roe is a Reuters correspondent") names no such role.
# (a paragraph's opening is matched there, the rest searched for anywhere: a search would try the
# opening's patterns at every position)
_COLUMN_FOOTER_START = LazyRe(
    # (the page's name may come first: "is a Washington Post columnist", "is Bloomberg Opinion's
    # Europe columnist"; not "Tom Roe, who is a former Times columnist, ...")
    r"(?i)^[^\n]{0,200}?(?<!who )(?<!which )\b(?:is|are) (?:an? |the )?(?:[\w'’-]+ ){0,4}?"
    r"(?:columnist|contributing (?:writer|editor|opinion writer)|opinion (?:writer|contributor))\b"
    # the writer's bio as one short line under the piece: "Rich Lowry is editor of National
    # Review.", "Ana Ruiz is the author of 'Borders'."
    r"|^\s*(?-i:(?:[A-Z][\w.'’-]*\s){1,3})is (?:an? |the )?(?:former |senior |executive |managing |co-)?"
    r"(?:editor|author|professor|fellow|host|founder)\b[^\n]{0,150}$"
    # ... or a longer one over it: "Josh Zeitz has taught history at Princeton and is the author of ..."
    r"|^\s*(?-i:(?:[A-Z][\w.'’-]*\s){1,3})(?:has|had) [^\n]{0,200}?\band is (?:an? |the )?"
    r"(?:former |senior |co-)?(?:editor|author|professor|fellow|host|founder)\b[^\n]{0,300}$"
    # ... or what the writer writes there: "Jack Pitney writes his Looking for Trouble blog
    # exclusively for the Monitor", "Michael Wolff writes about the modern media business."
    r"|^\s*(?-i:(?:[A-Z][\w.'’-]*\s){1,3})writes (?:(?:his|her|their|a|an|the) )?(?:[\w'’-]+ ){0,5}?"
    r"(?:column|blog|newsletter)\b[^\n]{0,150}$"
    r"|^\s*(?-i:(?:[A-Z][\w.'’-]*\s){1,3})writes about [^\n.]{3,80}\.[^\n]{0,300}$"
    # the page's letters line and disclaimer: "Send letters to letters@suntimes.com", "The views
    # expressed ...", and the byline "Opinion by Ana Ruiz"
    r"|^\s*send letters to\b|^\s*the views expressed\b"
    r"|^\s*opinion by (?-i:[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,3})\s*$")
_COLUMN_FOOTER = LazyRe(
    # (all but the handle open a word: `\b` tried once at each position, the phrases only where it holds)
    r"(?i)\b(?:"
    # the page's disclaimer: "This column does not necessarily reflect the opinion of the editorial board"
    r"does not necessarily reflect the (?:opinion|views?)\b"
    r"|(?:member of|serves on) [\w'’ ]{0,40}\b(?:editorial board|board of contributors)\b"
    r"|more columns like this\b"
    r"|(?:opinions|views) expressed in (?:this|these) (?:commentar(?:y|ies)|columns?|articles?|pieces?|essays?|op-eds?)\b"
    # ... and its other wordings: "The views are the writer's own", "The opinions in this article
    # belong to the author", "This is an opinion column"
    r"|(?<!their )(?<!his )(?<!her )(?:opinions|views|thoughts)(?: expressed)?(?: (?:in|on) (?:this|these) \w+| here)?"
    r" (?:are|is|belong to|remain) (?:solely |entirely )?(?:those of (?:just )?)?"
    r"(?:the (?:authors?|writers?|columnists?)\b|(?:his|her|their|the (?:author|writer|columnist)['’]s) own\b)"
    r"|this (?:article |piece |column )?is an? (?:opinion (?:column|piece|article)|commentary|op-ed)\b"
    # CNN's opinion section signs its columns off so: "Follow us on Twitter @CNNOpinion.", and
    # the Times: "Follow The New York Times Opinion section on Facebook, Twitter (@NYTopinion)"
    r"|CNNOpinion's\b|Opinion section\b"
    # ... and a column's own line: "... is a weekly column looking at issues that drive
    # business", Fox's "Click for more from Media Buzz" (not The Hill's "The Memo is a reported
    # column by ...": reported, and judged as news analysis -- its sourcing is still asked for)
    r"|is a (?:weekly |regular |monthly )?column (?:by|looking|about|on|that)\b|more from Media Buzz\b"
    # ... and the link to the rest of a syndicated column: "To continue reading Michael Goodwin's
    # column in the New York Post ..., click here."
    r"|(?:continue reading|read the rest of|read more of)\b[^\n]{0,60}\bcolumn\b"
    # a syndicated column's credit: "(c) 2019 Tribune Content Agency, LLC", "(c) 2019 by King
    # Features Syndicate", "Distributed by Creators Syndicate"
    r"|(?:Tribune Content Agency|King Features Syndicate|Creators Syndicate|Universal Press Syndicate"
    r"|Andrews McMeel Syndication|Washington Post Writers Group)\b)"
    r"|@\w{0,12}opinions?\b")


# The desk's note over or under a piece that names it comment: "Editor's note: The author's
# commentary below is based on ...", "Editor's note: This column has been corrected" (not "Editor's
# note: This story has been updated")
_COMMENT_NOTE = re.compile(r"(?i)\s*editor['’]?s note\b[^\n]{0,200}?\b(?:commentary|column|op-ed|opinion piece)\b")


def is_note_on_comment(paragraph: str) -> bool:
    """Does this paragraph open with an editor's note that calls the piece comment?"""
    return _COMMENT_NOTE.match(paragraph) is not None


def is_column_footer(paragraph: str) -> bool:
    """A paragraph an opinion page prints under a column (see `_COLUMN_FOOTER`): short, and
    reporting nobody's words ("Tom Roe, who is a columnist for the Post, said ..." is news)."""
    return len(paragraph) <= 600 \
        and (_COLUMN_FOOTER_START.match(paragraph) is not None or _COLUMN_FOOTER.search(paragraph) is not None) \
        and _REPORTS.search(paragraph) is None


# The writer's bio under a piece, by a name the piece never mentions otherwise ("Linda Gorman is
# director of the Health Care Policy Center at the Independence Institute", "Michael McConnell is
# a professor at Stanford Law School. He served as a judge ..."): a news story describes the
# people it has quoted, and its reporter's credit says so ("is a reporter for", "correspondent").
# (in the present: "Harry Truman was the last president to speak there" is history, but "Ameya
# Pawar was the first Indian American elected to ... and is a senior fellow" a bio)
_BIO = LazyRe(r"\s*(?:[A-Z][\w.'’-]*\s){1,3}?([A-Z][\w'’-]+)\s+(?:is|has been|serves|teaches|writes"
              r"|appears|contributes|blogs|was\b[^.]{0,200}\band is)\b")
_ROLE = LazyRe(r"(?i)\b(?:professor|director|fellow|chair|chairman|chairwoman|president|editor|author|"
               r"founder|columnist|analyst|commentator|lecturer|dean|scholar|economist|attorney|lawyer|"
               r"delegate|adviser|advisor|host|contributor|strategist|consultant|historian|writer|"
               r"associate|researcher|follow (?:him|her|them) on twitter)\b")
# ... or a blogger's or a freelance's ("Jack Pitney writes his 'Looking for Trouble' blog for
# Politics Voices", "Alex Massie writes for the Spectator, the Times and other publications"; not
# "Capitol Attitude is a weekly column written by members of the Fox News Capitol Hill team")
_WRITES_FOR = LazyRe(r"\b(?:writes|appears|contributes|blogs)\b[^.]{0,80}?\b(?:blog|column|newsletter|podcast"
                     r"|publications|for)\b")
_CREDIT = LazyRe(r"(?i)\b(?:reporter|correspondent|news bureau|staff writer|bureau chief|contributed)\b")
# (its quotation marks are titles: 'a founding member of "The McLaughlin Group," ... and CNN's "Crossfire."')
_SAYING = r"(?i)\b(?:said|says|told|tells)\b"


def is_writers_bio(paragraph: str, rest: str) -> bool:
    """Is this paragraph, under the piece or under its headline, the writer's bio (see `_BIO`)?
    `rest` is the rest of the piece, before or after it."""
    m = _BIO.match(paragraph)
    return m is not None and len(paragraph) <= 600 \
        and (_ROLE.search(paragraph, m.end()) is not None or _WRITES_FOR.search(paragraph, m.start(1)) is not None) \
        and _CREDIT.search(paragraph) is None and re.search(_SAYING, paragraph) is None \
        and re.search(r"\b%s\b" % re.escape(m.group(1)), rest) is None


# (a title in quotation marks after "of" is a book, not words reported: 'is author of "No They Can't!"')
_REPORTS = LazyRe(_SAYING + r"|(?<!\bof )[\"“](?=\w)")


# The opinion page's label, a line of its own by the byline: "Opinion contributor", "Guest
# columnist", "Commentary", "Op-Ed" (USA Today, the Hill and CNN print them so); not "Analysis",
# which is news.
_OPINION_LABEL = re.compile(
    r"(?i)\s*(?:(?:news\s+)?analysis\s*/\s*)?(?:(?:opinion|guest|contributing|syndicated|senior|regular)\s+)?"
    r"(?:opinion|columnist|column|contributor|commentary|op-ed|oped|editorial|guest essay"
    r"|(?:the\s+)?editorial\s+board)\s*:?\s*")


def is_opinion_label(paragraph: str) -> bool:
    """... also "ANALYSIS/OPINION:", as the Washington Times heads its columns."""
    return _OPINION_LABEL.fullmatch(paragraph) is not None


# A summary of the piece that puts its points in the writer's name ("Ghitis: Women got the world
# to pay attention", twice or more), with the writer's byline standing alone below: a column's
# highlights (on 37,000 AllSides stories, 120 such pieces, all opinion).
_NAMED_POINT = re.compile(r"(?:Story highlights\s+)?(?:[A-Z][\w'’-]+\s)?([A-Z][\w'’-]+):\s")


def summarises_writer(paragraphs: list[str]) -> bool:
    """... or once, opening CNN's "Story highlights" ("Story highlights Ruben Navarrette: GOP
    naysayers ...", then "He says ..."), when the byline stands alone too ("Ruben Navarrette Jr.")."""
    matches = [m for p in paragraphs[:8] for m in [_NAMED_POINT.match(p)] if m]
    named = Counter(m.group(1) for m in matches)
    writers = {name for name, count in named.items() if count >= 2} | \
        {m.group(1) for m in matches if m.group(0).startswith("Story highlights")}
    return bool(writers) and any(
        len(words) in (2, 3, 4) and words[-1] in writers and all(w[:1].isupper() for w in words)
        for words in ([w for w in p.split() if w not in _SUFFIXES] for p in paragraphs[:15]))


_SUFFIXES = frozenset({"Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV"})


def is_rating(paragraph: str) -> bool:
    return _RATING.fullmatch(paragraph) is not None


def by_first_letter(alternatives, after_first: str = "") -> str:
    """An alternation of `alternatives` (lower-case words or patterns opening with a lower-case
    letter or digit, in the order to try them) with those of one first character grouped:
    "a(?:lbums|lbum)|s(?:inger|itcom)". `re` tries each alternative at each position of the
    text; grouped, one per first character (three times faster on the sport terms). At one
    position only one group can match, and a group keeps their order: the same matches.
    `after_first` follows each first character: a look-behind there (that sees past it) in
    place of one before the alternation lets a search skip in C to the first characters."""
    groups: dict[str, list[str]] = {}
    for alternative in alternatives:
        first = alternative[0]
        if not (first.isalnum() and first == first.lower()):
            raise ValueError(f"{alternative!r} must open with a lower-case letter or a digit")
        groups.setdefault(first, []).append(alternative[1:])
    return "|".join(f"{first}{after_first}(?:{'|'.join(rests)})" for first, rests in groups.items())


# The writer and the readers as "we" ("most of us", "we all have a tendency"): case-sensitive,
# so "US" is the country; not the newsroom's "we" of reporting ("told us", "we reached").
# (each form opens on its first letter, with the look-behind after it: a search skips in C to them)
_WE = re.compile(r"(?:%s)(?![\w'’])" % "|".join(form[0] + r"(?<![\w'’].)" + form[1:] for form in (
    "We(?:['’](?:re|ve|ll|d))?", "we(?:['’](?:re|ve|ll|d))?", "us", "Ours?", "ours?", "ourselves",
    "Let['’]s", "let['’]s")))
_NEWSROOM = CaselessRe(
    r"\b(?:told|tell|tells|informs?|informed|e-?mailed|wrote to|contacted|reached|get back to|got back to"
    r"|confirmed to|sent)\s+us\b|\bwe\s+(?:reached|contacted|asked|tried|checked|called|e-?mailed|found|obtained"
    r"|reviewed|spoke|visited|learned|have reached|have asked)\b")


def writers_we(prose: str, outside) -> list:
    """The writer's "we", "us", "our" in running text: `outside(start, end)` says a span is not
    quoted. A column says "we"; a report says who."""
    found = [m for m in _WE.finditer(prose) if outside(m.start(), m.end())]
    if not found:  # (the newsroom's phrases are looked for only around a "we" of the writer's)
        return found
    newsroom = [(m.start(), m.end()) for m in _NEWSROOM.finditer(prose)] if "us" in prose or "we" in prose else []
    return [m for m in found if not any(s <= m.start() < e for s, e in newsroom)]


def argues(asked: int, words: int) -> bool:
    """Does the writer argue with the reader: three or more questions or exclamations in running
    text outside quotations, two or more per 1,000 words? News states; a column asks "Would
    there have been impeachment proceedings?" and answers "How chivalrous!"."""
    return asked >= 3 and asked * 1000 >= 2 * words


# The writer's comment on the facts, as a column strings its argument together ("Unfortunately",
# "Interestingly", "it's worth noting", "arguably"): a report may use one; a column uses several.
# ... and the writer's verdict on a fact, opening a sentence ("Naturally, the communications
# director is still in.", "And amazingly enough, Trump may have come away ..."): mid-sentence
# these are often the plain adverb ("naturally occurring", "remarkably similar")
_COMMENT_WORDS = ("unfortunately", "fortunately", "interestingly", "arguably", "admittedly", "frankly", "surely",
                  "ironically", "sadly", "thankfully", "mercifully", "regrettably", "luckily", "tellingly",
                  "needless to say", "to be sure", "of course")
_VERDICT_WORDS = ("naturally", "amazingly", "astonishingly", "remarkably", "predictably", "understandably",
                  "inexplicably", "curiously", "oddly", "strangely", "incredibly", "obviously", "clearly",
                  "unsurprisingly", "not surprisingly")
# what a verdict follows: a sentence's end, a new line, "and", "but", an opening bracket or quote mark
_VERDICT_AFTER = (r"[.!?]\s", r"[.!?][\"”’)]\s", r"\n", r"\band\s", r"\bbut\s", r"[(“\"]")


def _behind(before: str, word: str) -> str:
    """A look-behind for `before` (fixed-width) right before the literal `word`, set after the
    word and seeing past it: a search tries it only where the word stands, not at every letter."""
    return f"(?<={before}.{{{len(word)}}})"


# (each opens a word -- what a verdict follows is no letter -- and at one position only one can
# match, none being a prefix of another: grouped by first letter, the same matches)
COMMENT = CaselessRe(r"(?<!\w)(?:" + by_first_letter(
    [word + r"\b" for word in _COMMENT_WORDS]
    + [r"it(?:['’]s| is) worth (?:noting|remembering|recalling|pointing out)\b"]
    + [word + "(?:" + "|".join(_behind(b, word) for b in _VERDICT_AFTER) + r")(?=(?:\senough)?[,)])"
       for word in _VERDICT_WORDS]) + ")")


def comments(distinct: int, prose: str) -> bool:
    """Does the writer comment as a column does: three or more different comment words outside
    quotations, in a piece that names a source less than five times per 1,000 words?"""
    return distinct >= 3 and len(_ATTRIBUTION.findall(prose)) * 1000 < 5 * len(prose.split())


def voiced(signs: int, prose: str) -> bool:
    """No one sign enough alone, but the writer's voice heard four times or more in all, and 6
    or more per 1,000 words -- "I", "you", "we", comment words, rhetorical questions -- in 300
    words or more that name a source less than five times per 1,000 words: comment, not a report
    (on the judged record of unseen news, 19 such pieces read as news held 5 warnings judged
    right and 18 false alarms; an encyclopedia's rare "I" of a king is no voice)."""
    if signs < 4:
        return False
    words = len(prose.split())
    return words >= 300 and signs * 1000 >= 6 * words and len(_ATTRIBUTION.findall(prose)) * 1000 < 5 * words


# Sport is news with a register of its own: a match report's "stunning volley" is the desk's
# colour, not the reporter's slip. Rules that say `soft: lower` report one level down there.
# Without a kind from the configuration or front matter, a piece is sport when it uses enough of
# these terms, which other news rarely needs (a business story about a club's shares may name a
# league or a striker, rarely three of them; such a story only gets a milder level).
_SPORT_WORDS = tuple(sorted((
    "striker", "strikers", "midfielder", "midfielders", "goalkeeper", "goalkeepers", "winger",
    "centre-back", "full-back", "half-time", "free-kick", "free kick", "hat-trick", "equaliser",
    "equalised", "equalized", "equalizer", "stoppage time", "injury time", "goalless",
    "clean sheet", "red card", "yellow card", "offside", "kick-off", "penalty shoot-out",
    "premier league", "premiership", "champions league", "relegation", "relegated",
    "scrum", "scrum-half", "fly-half", "lineout", "six nations", "try-line",
    "wicket", "wickets", "innings", "batsman", "batsmen", "bowler", "bowlers", "test match",
    "straight sets", "tie-break", "break point", "grand slam", "seeded", "third seed", "top seed",
    "quarter-final", "quarter-finals", "semi-final", "semi-finals", "group stage", "play-off",
    "play-offs", "playoffs", "touchdown", "quarterback", "home run", "pitcher", "birdie", "bogey",
    # a North American game story (not the leagues' names, which business news uses too)
    "rebounds", "assists", "free throws", "free throw", "three-pointer", "three-pointers", "3-pointer",
    "3-pointers", "layup", "fourth quarter", "field goal", "rushing yards", "touchdowns",
    "strikeouts", "strikeout", "runs batted in", "goaltender", "pitchers", "inning", "bullpen",
    "shortstop", "outfielder", "all-star", "postseason", "playoff", "quarterbacks", "qb",
    "wide receiver", "running back", "linebacker", "cornerback", "head coach", "rookie", "draft pick",
    "super bowl", "world series", "stanley cup", "nba finals",
    "fairway", "pole position", "grand prix", "podium", "personal best", "world champion",
    "olympic champion"), key=len, reverse=True))
_SPORT_TERMS = CaselessRe(r"(?<![\w-])(?:" + by_first_letter(_SPORT_WORDS) + r")(?![\w-])")


# A match's minute ("the 89th minute") and a result ("a 2-1 win", "beat Leeds 3-0", not "won a
# 3-2 vote") count as one term each.
# (the first digit before the look-behind that stands for \b: a search skips in C to digits)
_MINUTE = LazyRe(r"(?i)\d(?<!\w.)\d{0,2}(?:st|nd|rd|th)[- ]minute\b")
_RESULT = LazyRe(r"(?i)\b(?:\d{1,3}[-–]\d{1,3} (?:home |away )?(?:win|victory|defeat|draw|loss|lead)"
                     r"|(?:won|beat|beaten|lost|drew|trailed|led|thrashed) (?:(?-i:[A-Z])[\w'.-]* ){0,3}\d{1,3}[-–]\d{1,3})\b")

_SCORE = LazyRe(r"\d[-–]\d")  # in every result: searched first, it skips in C to digits


def looks_like_sport(prose: str) -> bool:
    """Does the piece read as sport: three or more distinct terms of the field, one more for
    every 1,000 words past the first (a long article with a section on a country's football
    clubs is not a sports piece)?"""
    found = {m.group(0).lower() for m in _SPORT_TERMS.finditer(prose)}
    if _MINUTE.search(prose):
        found.add("minute")
    if _SCORE.search(prose) and _RESULT.search(prose):
        found.add("result")
    return _enough(found, prose)


# Arts, entertainment and lifestyle copy -- the celebrity interview, the album launch, the
# house for sale -- has a register of its own too ("a stunning swimming pool"), and words
# hard news rarely needs (a business story about a studio may name a box office, rarely three
# of these).
_LIFESTYLE_WORDS = tuple(sorted((
    # (not words with an everyday sense in hard news: an "episode", an upstairs "bedroom", a
    # militant "outfit", "Broadway", an airport "runway", a "getaway" car, a drug "cocktail", a
    # "blockbuster" drug, the "makeup" of a board)
    "red carpet", "red carpets", "box office", "premiere", "premieres", "premiered", "sitcom",
    "season finale", "album", "albums", "rapper", "pop star", "singer", "songwriter", "actress", "co-star",
    "starring", "biopic", "oscar", "oscars", "grammy", "grammys", "emmy", "emmys", "golden globe",
    "hollywood", "showrunner", "talk show", "late-night host", "reality star", "screenplay", "soundtrack",
    "music video", "celebrity", "celebrities", "choreographer", "recipes", "floor plan", "décor", "decor",
    "interior design", "mid-century", "gown", "wardrobe", "skincare", "hairstyle", "brunch", "dessert"),
    key=len, reverse=True))
_LIFESTYLE_TERMS = CaselessRe(r"(?<![\w-])(?:" + by_first_letter(_LIFESTYLE_WORDS) + r")(?![\w-])")


def looks_like_lifestyle(prose: str) -> bool:
    """Does the piece read as arts, entertainment or lifestyle copy (its field's words, as
    `looks_like_sport`), not as hard news about the field (a singer's court case, a studio's
    results), which attributes in the past tense: "said", where a feature says "says"?"""
    return _enough({m.group(0).lower() for m in _LIFESTYLE_TERMS.finditer(prose)}, prose) and not reports(prose)


_SAID = LazyRe(r"\b(?:said|told)\b")
_SAYS = LazyRe(r"\b(?:says|tells)\b")


def reports(prose: str) -> bool:
    """Does the piece attribute as a news report does -- twice or more, in the past tense more
    often than in the present?"""
    said = len(_SAID.findall(prose))
    return said >= 2 and said >= len(_SAYS.findall(prose))


# A report says where its facts come from; a feature, an explainer, a list or a review of
# 450 words or more can go without a single "said", and an essay or a long feature of 800 words
# or more names a source once per 1,000 words or less (a report of that length names dozens).
_ATTRIBUTION = CaselessRe(r"\b(?:said|says|say|told|tells|according to|reported|stated|announced|added"
                          r"|explained|wrote|writes|alleged|testified|ruled)\b")
_UNATTRIBUTED_WORDS = 450
_SPARSE_WORDS = 800


def unattributed(prose: str) -> bool:
    """Is this a long piece that attributes nothing, or next to nothing -- soft news, not a report?"""
    if _ATTRIBUTION.search(prose) is None:
        return len(prose.split()) >= _UNATTRIBUTED_WORDS
    words = len(prose.split())
    return words >= _SPARSE_WORDS and len(_ATTRIBUTION.findall(prose)) * 1000 <= words


def talks_unsourced(talks: int, words: int, prose: str) -> bool:
    """A column: the writer's "I", "we" or "you" outside quotations, three times or more and 2 or
    more per 1,000 words, in 300 words or more that name a source less than 3 times per 1,000
    words (news names one 10 to 25 times; an encyclopedia article's rare "we" is no column)."""
    return talks >= 3 and talks * 1000 >= 2 * words and words >= 300 \
        and len(_ATTRIBUTION.findall(prose)) * 1000 < 3 * words


# Service copy tells the reader what to do: "Choose a vase that recedes", "Place the gourds on
# the table", "Try the cheaper model". News does not, outside quotations.
IMPERATIVES = frozenset("""add bring choose display place select use try make keep put take set give mix create
    start consider look find get avoid remember check buy pick fill cut wrap hang layer arrange combine
    skip swap opt""".split())
OBJECT_STARTS = frozenset("a an the your it them this these those some up out".split())


def instructs(imperatives: int, words: int) -> bool:
    """Three or more sentences that open by telling the reader what to do, two per 1,000 words."""
    return imperatives >= 3 and imperatives * 1000 >= 2 * words


def _enough(found: set, prose: str) -> bool:
    found = {term.removesuffix("s") for term in found}  # "album" and "albums" are one term
    return len(found) >= 3 and len(found) >= 3 + len(prose.split()) // 1000
