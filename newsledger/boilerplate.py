"""Boilerplate removal for scraped plain text: find the article body, say why the rest went.

``clean_text(text) -> CleanText`` is pure. It works on *units* (a line, or a hard-wrapped paragraph
joined back together) in four steps:

1. split the text into units (:func:`split_units`);
2. describe each unit and its neighbourhood with numeric features (:func:`unit_features`):
   length, stop-word share, terminal punctuation, capitalisation, repetition, how much prose lies
   before and after it, and which boilerplate patterns (``data/boilerplate_patterns.tsv``) it hits;
3. score each unit with boosted trees (``data/boilerplate_model.json``, learned offline by
   ``bench/train_boilerplate.py``) and pick the body: the contiguous run of units with the best
   summed evidence, plus outside units the model is sure of (:func:`select_body`);
4. drop pattern hits and low-scoring units inside the body, and give every removed unit a reason.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from newsledger.record import Removed

#: A unit with more words than this is never removed on a pattern hit alone (only when the model
#: also scores it as boilerplate): long paragraphs of reporting can mention cookies or donations.
PATTERN_MAX_WORDS = 30

#: Words of a unit that counts as prose when measuring how much prose lies before or after a unit.
PROSE_MIN_WORDS = 10

#: Share of function words from which a long sentence-final unit counts as prose (running text
#: has 35-55 %, lists of titles and menus far less).
PROSE_MIN_STOP_SHARE = 0.2

#: Beyond the body run, up to this many sentences are kept (furniture between them skipped) ...
EXTEND_MAX_UNITS = 3

#: ... if the model gives them at least this probability (teasers of other stories score lower).
EXTEND_MIN_PROB = 0.15

#: Words of the shortest unit taken as a sentence of reporting ("No deaths were reported.").
SENTENCE_MIN_WORDS = 3

#: Hard-wrapped text: a line at least this long that does not end a sentence continues on the next.
WRAP_MIN_CHARS = 50

#: Share of lines in a block that must look wrapped before the block is joined into one unit.
WRAP_SHARE = 0.6

#: Window (units each side) over which neighbourhood prose density is averaged.
CONTEXT_WINDOW = 3

#: Content words shorter than this say little about a page's topic (cohesion features).
COHESION_MIN_CHARS = 4

#: Characters that end a sentence (Latin and CJK), possibly followed by closing quotes or brackets.
_TERMINAL = re.compile(r"[.!?…。！？][\"'”’)\]」』）]*$")
_WORD = re.compile(r"\w+(?:['’]\w+)*")
#: Kana and CJK ideographs: languages written without spaces, where \w+ runs are whole clauses.
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]")
#: Characters of CJK text per word, to count the words of a clause written without spaces.
CJK_CHARS_PER_WORD = 2
_SPACE = re.compile(r"\s+")


@dataclass(frozen=True)
class CleanText:
    """The body of a scraped text and every piece removed from it, with the reason."""

    text: str
    removed: tuple[Removed, ...]


@dataclass(frozen=True)
class Pattern:
    """One boilerplate pattern of the lexicon: the reason it stands for and its expression."""

    reason: str
    regex: re.Pattern[str]


@dataclass(frozen=True)
class Tree:
    """One regression tree of a boosted ensemble, as parallel node arrays (leaf: feature -1)."""

    feature: tuple[int, ...]
    threshold: tuple[float, ...]
    left: tuple[int, ...]
    right: tuple[int, ...]
    value: tuple[float, ...]

    def predict(self, x: Sequence[float]) -> float:
        """Walk the tree for one feature vector and return the leaf value."""
        node = 0
        while self.feature[node] >= 0:
            go_left = x[self.feature[node]] <= self.threshold[node]
            node = self.left[node] if go_left else self.right[node]
        return self.value[node]


@dataclass(frozen=True)
class Model:
    """Boosted trees over unit features, with the region parameters chosen for them.

    The log-odds of a unit being body are ``bias + rate * sum(tree values)``.
    """

    features: tuple[str, ...]
    trees: tuple[Tree, ...]
    bias: float
    rate: float
    body_threshold: float  # a unit inside the body region is kept at or above this probability
    outside_threshold: float  # a unit outside the body region is kept at or above this one
    neutral: float  # probability that adds no evidence for or against the body region
    relative: float  # ... lowered to this share of the page's best probability (other languages)
    provenance: str


def _data_text(name: str) -> str:
    """Read a data file shipped inside the package."""
    return resources.files("newsledger").joinpath("data", name).read_text(encoding="utf-8")


@lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    """Return the English stop-word list (data/boilerplate_stopwords.tsv)."""
    lines = _data_text("boilerplate_stopwords.tsv").splitlines()
    return frozenset(w.strip() for w in lines if w.strip() and not w.startswith("#"))


@lru_cache(maxsize=1)
def other_stopwords() -> frozenset[str]:
    """Return function words of six other European languages (data/boilerplate_stopwords_other)."""
    lines = _data_text("boilerplate_stopwords_other.tsv").splitlines()
    return frozenset(w.strip() for w in lines if w.strip() and not w.startswith("#"))


@lru_cache(maxsize=1)
def patterns() -> tuple[Pattern, ...]:
    """Return the boilerplate patterns (data/boilerplate_patterns.tsv), compiled."""
    out = []
    for line in _data_text("boilerplate_patterns.tsv").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        reason, expr = line.split("\t", 1)
        out.append(Pattern(reason, re.compile(expr, re.IGNORECASE)))
    return tuple(out)


def reasons() -> tuple[str, ...]:
    """Return the reason codes of the pattern lexicon, in file order."""
    return tuple(dict.fromkeys(p.reason for p in patterns()))


@lru_cache(maxsize=1)
def model() -> Model:
    """Load the unit classifier (data/boilerplate_model.json)."""
    raw = json.loads(_data_text("boilerplate_model.json"))
    trees = tuple(
        Tree(tuple(t["feature"]), tuple(t["threshold"]), tuple(t["left"]), tuple(t["right"]),
             tuple(t["value"]))
        for t in raw["trees"]
    )
    return Model(
        features=tuple(raw["features"]), trees=trees, bias=raw["bias"], rate=raw["rate"],
        body_threshold=raw["body_threshold"], outside_threshold=raw["outside_threshold"],
        neutral=raw["neutral"], relative=raw["relative"],
        provenance=raw["provenance"],
    )


def normalise(line: str) -> str:
    """Collapse runs of whitespace and strip the ends."""
    return _SPACE.sub(" ", line).strip()


def _looks_wrapped(line: str) -> bool:
    """Whether a line looks cut by hard wrapping rather than ended by the writer."""
    return len(line) >= WRAP_MIN_CHARS and not _TERMINAL.search(line)


def split_units(text: str) -> list[str]:
    """Split text into units: one per line, except hard-wrapped paragraphs, which are joined."""
    units: list[str] = []
    for block in re.split(r"\n\s*\n", text.replace("\r\n", "\n").replace("\r", "\n")):
        lines = [normalise(x) for x in block.split("\n")]
        lines = [x for x in lines if x]
        if len(lines) > 1:
            wrapped = sum(_looks_wrapped(x) for x in lines[:-1])
            if wrapped >= WRAP_SHARE * (len(lines) - 1):
                units.append(" ".join(lines))
                continue
        units.extend(lines)
    return units


def pattern_reason(unit: str) -> str | None:
    """Return the reason of the first boilerplate pattern the unit matches, if any."""
    for pattern in patterns():
        if pattern.regex.search(unit):
            return pattern.reason
    return None


@dataclass(frozen=True)
class _Shape:
    """Context-free measurements of one unit."""

    words: int
    cjk_share: float
    chars: int
    terminal: float
    stop_share: float
    other_stop_share: float
    title_share: float
    digit_share: float
    punct_share: float
    lower_start: float
    reason: str | None

    @property
    def prose(self) -> bool:
        """Whether the unit reads like a sentence of running text."""
        # Stop-word shares mean nothing in CJK text; its sentence punctuation has to do.
        return (self.words >= PROSE_MIN_WORDS and self.terminal > 0
                and (max(self.stop_share, self.other_stop_share) >= PROSE_MIN_STOP_SHARE
                     or self.cjk_share >= PROSE_MIN_STOP_SHARE))


def _shape(unit: str, reason: str | None) -> _Shape:
    """Measure one unit."""
    words = _WORD.findall(unit)
    n = max(len(words), 1)
    stop, other = stopwords(), other_stopwords()
    lowered = [w.lower().replace("’", "'") for w in words]
    chars = max(len(unit), 1)
    cjk = len(_CJK.findall(unit))
    return _Shape(
        words=len(words) + cjk // CJK_CHARS_PER_WORD,
        cjk_share=cjk / chars,
        chars=len(unit),
        terminal=1.0 if _TERMINAL.search(unit) else 0.0,
        stop_share=sum(w in stop for w in lowered) / n,
        other_stop_share=sum(w in other for w in lowered) / n,
        title_share=sum(w[0].isupper() for w in words) / n,
        digit_share=sum(c.isdigit() for c in unit) / chars,
        punct_share=sum(not (c.isalnum() or c.isspace()) for c in unit) / chars,
        lower_start=1.0 if unit[:1].islower() else 0.0,
        reason=reason,
    )


def _local(shapes: Sequence[_Shape], i: int) -> dict[str, float]:
    """Context-free features of one unit (zeros past either end of the text)."""
    if i < 0 or i >= len(shapes):
        return {"words": 0.0, "stop": 0.0, "terminal": 0.0, "prose": 0.0, "hit": 0.0}
    s = shapes[i]
    return {
        "words": math.log1p(s.words), "stop": s.stop_share, "terminal": s.terminal,
        "prose": 1.0 if s.prose else 0.0, "hit": 1.0 if s.reason else 0.0,
    }


def _content_words(unit: str) -> set[str]:
    """Return the lower-cased topic words of a unit (no function words, numbers or short words)."""
    stop, other = stopwords(), other_stopwords()
    return {w for w in (x.lower() for x in _WORD.findall(unit))
            if len(w) >= COHESION_MIN_CHARS and not w.isdigit() and w not in stop
            and w not in other}


def _cohesion(units: Sequence[str], prose: Sequence[bool]) -> list[tuple[float, float]]:
    """Share of each unit's topic words that recur in prose farther than the context window.

    Body paragraphs share names and topic words with the rest of the article; teasers of other
    stories, product lists and furniture mostly do not. Units nearer than the window are left
    out so that a teaser's title and its lede do not vouch for each other. Returns (share, any
    topic words at all); the share is -1 when no prose lies beyond the window.
    """
    words = [_content_words(u) for u in units]
    where: dict[str, list[int]] = {}
    for i, ws in enumerate(words):
        if prose[i]:
            for w in ws:
                where.setdefault(w, []).append(i)
    prose_at = [i for i, p in enumerate(prose) if p]
    out = []
    for i, ws in enumerate(words):
        far = sum(1 for w in ws if w in where and (where[w][0] < i - CONTEXT_WINDOW
                                                   or where[w][-1] > i + CONTEXT_WINDOW))
        # A short text has no prose beyond the window: say "unknown" (-1), not "off topic".
        known = bool(prose_at) and (prose_at[0] < i - CONTEXT_WINDOW
                                    or prose_at[-1] > i + CONTEXT_WINDOW)
        share = (far / len(ws) if ws else 0.0) if known else -1.0
        out.append((share, 1.0 if ws else 0.0))
    return out


def unit_features(
    units: Sequence[str], hits: Sequence[str | None] | None = None
) -> list[dict[str, float]]:
    """Describe every unit and its neighbourhood as named numeric features.

    ``hits`` are the units' pattern reasons when the caller has them already.
    """
    hits = hits if hits is not None else [pattern_reason(u) for u in units]
    shapes = [_shape(u, r) for u, r in zip(units, hits, strict=True)]
    counts = Counter(u.lower() for u in units)
    prose_words = [s.words if s.prose else 0 for s in shapes]
    total_prose = max(sum(prose_words), 1)
    n = len(units)
    cohesion = _cohesion(units, [s.prose for s in shapes])
    rows: list[dict[str, float]] = []
    before = 0
    for i, s in enumerate(shapes):
        after = total_prose - before - prose_words[i]
        lo, hi = max(0, i - CONTEXT_WINDOW), min(n, i + CONTEXT_WINDOW + 1)
        window = shapes[lo:hi]
        row = {
            "log_words": math.log1p(s.words),
            "log_chars": math.log1p(s.chars),
            "short": 1.0 if s.words <= 3 else 0.0,
            "terminal": s.terminal,
            "stop_share": s.stop_share,
            "other_stop_share": s.other_stop_share,
            "title_share": s.title_share,
            "digit_share": s.digit_share,
            "punct_share": s.punct_share,
            "lower_start": s.lower_start,
            "prose": 1.0 if s.prose else 0.0,
            "repeated": 1.0 if counts[units[i].lower()] > 1 else 0.0,
            "prose_before": before / total_prose,
            "prose_after": after / total_prose,
            "no_prose_before": 1.0 if before == 0 else 0.0,
            "no_prose_after": 1.0 if after <= 0 else 0.0,
            "window_prose": sum(w.prose for w in window) / len(window),
            "window_words": sum(math.log1p(w.words) for w in window) / len(window),
            "window_hits": sum(w.reason is not None for w in window) / len(window),
            "position": i / max(n - 1, 1),
            "cjk_share": s.cjk_share,
            "cohesion": cohesion[i][0],
            "has_topic_words": cohesion[i][1],
            "window_cohesion": sum(c for c, _ in cohesion[lo:hi]) / len(window),
        }
        for offset in (-2, -1, 1, 2):
            for key, value in _local(shapes, i + offset).items():
                row[f"{key}@{offset:+d}"] = value
        for reason in reasons():
            row[f"hit_{reason}"] = 1.0 if s.reason == reason else 0.0
        rows.append(row)
        before += prose_words[i]
    return rows


def body_probabilities(
    units: Sequence[str], m: Model | None = None, hits: Sequence[str | None] | None = None
) -> list[float]:
    """Return, for each unit, the model's probability that it belongs to the article body."""
    m = m or model()
    probs = []
    for row in unit_features(units, hits):
        x = [row.get(name, 0.0) for name in m.features]
        z = m.bias + m.rate * sum(t.predict(x) for t in m.trees)
        probs.append(1.0 / (1.0 + math.exp(-max(min(z, 40.0), -40.0))))
    return probs


def _logit(p: float) -> float:
    """Return the log-odds of a probability, clipped away from 0 and 1."""
    p = min(max(p, 1e-6), 1 - 1e-6)
    return math.log(p / (1 - p))


def select_body(units: Sequence[str], probs: Sequence[float], m: Model | None = None) -> list[bool]:
    """Choose the units to keep: the best-scoring contiguous run, then confident outsiders."""
    m = m or model()
    n = len(units)
    if n == 0:
        return []
    # Evidence of a unit: its log-odds of being body against a neutral level, weighted by its
    # length so that one long paragraph outweighs a stray short menu item. The neutral level drops
    # on pages where nothing scores high (prose in a language the features know less well).
    neutral = min(m.neutral, m.relative * max(probs))
    gains = []
    for unit, p in zip(units, probs, strict=True):
        gains.append((_logit(p) - _logit(neutral)) * math.log1p(len(_WORD.findall(unit))))
    best, best_span = -math.inf, (0, 0)
    run, start = 0.0, 0
    for i, g in enumerate(gains):
        if run <= 0:
            run, start = 0.0, i
        run += g
        if run > best:
            best, best_span = run, (start, i + 1)
    lo, hi = best_span
    keep = []
    for i, p in enumerate(probs):
        inside = lo <= i < hi
        keep.append(p >= (m.body_threshold if inside else m.outside_threshold))
    for step in (1, -1):
        _extend(units, probs, keep, hi if step == 1 else lo - 1, step)
    return keep


def _sentence_shaped(shape: _Shape) -> bool:
    """Whether a measured unit ends like a sentence of a few words and is no known furniture."""
    return (shape.terminal > 0 and shape.words >= SENTENCE_MIN_WORDS and shape.reason is None
            and not shape.lower_start)


def _sentence(unit: str) -> bool:
    """Whether a unit is one plain sentence or more of running text (and no known furniture)."""
    shape = _shape(unit, pattern_reason(unit))
    return _sentence_shaped(shape) and \
        max(shape.stop_share, shape.other_stop_share) >= PROSE_MIN_STOP_SHARE


def _short_text_sentence(unit: str, reason: str | None) -> bool:
    """Whether a unit of a text the model keeps nothing of is a sentence to keep anyway.

    The classifier learnt from whole pages, where one or two short lines are headers or furniture;
    a text of a few short sentences ("Police arrested Iraqi students.") is all body, and emptying it
    would turn a valid input into an error. Unlike :func:`_sentence` it asks for no share of
    function words: a short headline-like sentence has none.
    """
    return _sentence_shaped(_shape(unit, reason))


def _extend(
    units: Sequence[str], probs: Sequence[float], keep: list[bool], start: int, step: int
) -> None:
    """Keep the sentences right after (or before) the body run, stepping over furniture.

    The model learned on whole pages, whose last lines are always footers; a text that ends (or
    begins) with a short sentence of reporting would otherwise lose it.
    """
    i, seen = start, 0
    while 0 <= i < len(units) and seen < EXTEND_MAX_UNITS:
        if _sentence(units[i]) and probs[i] >= EXTEND_MIN_PROB:
            keep[i] = True
            seen += 1
        elif pattern_reason(units[i]) is None:
            return
        i += step


def _reason(unit: str, index: int, keep: Sequence[bool]) -> str:
    """Name why a unit the model dropped is boilerplate, when no pattern says so."""
    if not any(keep[:index]):
        return "header"
    if not any(keep[index + 1:]):
        return "footer"
    return "boilerplate"


def clean_text(text: str) -> CleanText:
    """Keep the article body of a scraped text; list every removed unit with its reason."""
    units = split_units(text)
    if not units:
        return CleanText("", ())
    hits = [pattern_reason(u) for u in units]
    probs = body_probabilities(units, hits=hits)
    keep = select_body(units, probs)
    if not any(keep):
        keep = [_short_text_sentence(u, h) for u, h in zip(units, hits, strict=True)]
    kept: list[str] = []
    removed: list[Removed] = []
    for i, unit in enumerate(units):
        reason = hits[i]
        short = len(_WORD.findall(unit)) <= PATTERN_MAX_WORDS
        if keep[i] and not (reason and short):
            kept.append(unit)
        else:
            removed.append(Removed(unit, reason or _reason(unit, i, keep)))
    return CleanText("\n\n".join(kept), tuple(removed))
