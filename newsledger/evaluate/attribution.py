r"""Attribution evaluation on PolNeAR (``newsledger eval attribution``).

Scores newsledger's statements and the naive baseline (spaCy ``en_core_web_sm`` + textacy
``direct_quotations``) on ``attribution/polnear-dev.jsonl`` in the same run, on the same parses.

Matching rules (stated here once; docs/evaluation.md repeats them):

* content tokens are the ``\w+`` runs inside a content span (all pieces of a discontinuous span),
  identified by their character offset, so two spans share a token only when they cover the same
  place in the text;
* a prediction matches a gold attribution when their content-token F1 is >= 0.5; matching is
  one-to-one, greedy from the highest F1 down;
* source-mention accuracy: over matched pairs whose gold source is annotated, the share whose
  predicted speaker span overlaps (shares at least one character with) a gold source piece;
* cue accuracy: over matched pairs whose gold cue is annotated, the share whose predicted cue span
  overlaps a gold cue piece;
* gold attributions without a content span cannot be matched and are left out; so are those whose
  content lies in the headline, which newsledger excludes on purpose (the count is printed).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from spacy.tokens import Doc

from newsledger.errors import EvalDataError
from newsledger.evaluate import EvalReport, SystemScores

#: Two content spans are "the same statement" from this token F1 on (the spec of issue 3).
MATCH_F1 = 0.5

_WORD = re.compile(r"\w+")

Span = tuple[int, int]


@dataclass(frozen=True)
class Attribution:
    """One attribution (gold or predicted) reduced to the spans the scores look at."""

    content: tuple[Span, ...]
    source: tuple[Span, ...] = ()
    cue: tuple[Span, ...] = ()


@dataclass(frozen=True)
class GoldArticle:
    """A PolNeAR article with its gold attributions."""

    id: str
    text: str
    attributions: tuple[Attribution, ...]


def role_spans(role: Any) -> tuple[Span, ...]:
    """Return the spans of a PolNeAR role (null, one span or a list of spans)."""
    if role is None:
        return ()
    pieces = role if isinstance(role, list) else [role]
    return tuple((int(p["start"]), int(p["end"])) for p in pieces)


def load_polnear(path: Path) -> list[GoldArticle]:
    """Read a PolNeAR JSONL file into gold articles."""
    if not path.is_file():
        raise EvalDataError(f"{path}: PolNeAR file not found (pass --data pointing at shared/data)")
    articles = []
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            try:
                row = json.loads(line)
                atts = tuple(
                    Attribution(role_spans(a["content"]), role_spans(a["source"]),
                                role_spans(a["cue"]))
                    for a in row["attributions"]
                )
                articles.append(GoldArticle(row["id"], row["text"], atts))
            except (KeyError, TypeError, ValueError) as exc:
                raise EvalDataError(f"{path}:{number}: not a PolNeAR record ({exc})") from exc
    return articles


def content_tokens(text: str, spans: Iterable[Span]) -> frozenset[int]:
    """Return the start offsets of the word tokens inside the spans."""
    return frozenset(m.start() for start, end in spans for m in _WORD.finditer(text, start, end))


def token_f1(a: frozenset[int], b: frozenset[int]) -> float:
    """Return the F1 of two token sets."""
    common = len(a & b)
    return 0.0 if common == 0 else 2 * common / (len(a) + len(b))


def _overlaps(a: Sequence[Span], b: Sequence[Span]) -> bool:
    """Return whether any span of a shares a character with any span of b."""
    return any(s1 < e2 and s2 < e1 for s1, e1 in a for s2, e2 in b)


def match(
    text: str, predicted: Sequence[Attribution], gold: Sequence[Attribution]
) -> list[tuple[Attribution, Attribution]]:
    """Pair predictions with gold attributions one-to-one, greedily by content-token F1."""
    ptoks = [content_tokens(text, p.content) for p in predicted]
    gtoks = [content_tokens(text, g.content) for g in gold]
    candidates = []
    for i, pt in enumerate(ptoks):
        for j, gt in enumerate(gtoks):
            f1 = token_f1(pt, gt)
            if f1 >= MATCH_F1:
                candidates.append((f1, i, j))
    candidates.sort(key=lambda c: (-c[0], c[1], c[2]))
    used_p: set[int] = set()
    used_g: set[int] = set()
    pairs = []
    for _, i, j in candidates:
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
            pairs.append((predicted[i], gold[j]))
    return pairs


@dataclass
class Tally:
    """Running counts for one system."""

    predicted: int = 0
    gold: int = 0
    matched: int = 0
    source_total: int = 0
    source_ok: int = 0
    cue_total: int = 0
    cue_ok: int = 0

    def add(self, text: str, predicted: Sequence[Attribution], gold: Sequence[Attribution]) -> None:
        """Score one article and add its counts."""
        pairs = match(text, predicted, gold)
        self.predicted += len(predicted)
        self.gold += len(gold)
        self.matched += len(pairs)
        for p, g in pairs:
            if g.source:
                self.source_total += 1
                self.source_ok += _overlaps(p.source, g.source)
            if g.cue:
                self.cue_total += 1
                self.cue_ok += _overlaps(p.cue, g.cue)

    def metrics(self) -> dict[str, float]:
        """Return precision, recall, F1, source and cue accuracy."""
        p = self.matched / self.predicted if self.predicted else 0.0
        r = self.matched / self.gold if self.gold else 0.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        return {
            "precision": p, "recall": r, "f1": f1,
            "source_acc": self.source_ok / self.source_total if self.source_total else 0.0,
            "cue_acc": self.cue_ok / self.cue_total if self.cue_total else 0.0,
        }


def newsledger_attributions(doc: Doc) -> list[Attribution]:
    """Run newsledger's actors and statements stages and reduce the statements to spans."""
    from newsledger.actors import build_actors
    from newsledger.statements import extract_statements

    out = []
    for s in extract_statements(doc, build_actors(doc), []):
        source = () if s.speaker_start is None or s.speaker_end is None else (
            (s.speaker_start, s.speaker_end),)
        cue = () if s.cue_start is None or s.cue_end is None else ((s.cue_start, s.cue_end),)
        out.append(Attribution(((s.start, s.end),), source, cue))
    return out


def baseline_attributions(doc: Doc) -> list[Attribution]:
    """Run the naive baseline: textacy's direct quotations on the same parse.

    textacy refuses a document with an odd number of quotation marks; such documents are then
    read paragraph by paragraph (as separate docs), skipping the paragraphs it still refuses.
    """
    from textacy.extract.triples import direct_quotations

    try:
        pieces = [(0, list(direct_quotations(doc)))]
    except ValueError:
        pieces = []
        for match in re.finditer(r"[^\n]+", doc.text):
            span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
            if span is None:
                continue
            try:
                pieces.append((span.start_char, list(direct_quotations(span.as_doc()))))
            except ValueError:
                continue
    out = []
    for offset, triples in pieces:
        for triple in triples:
            content = (offset + triple.content.start_char, offset + triple.content.end_char)
            source = tuple((offset + t.idx, offset + t.idx + len(t)) for t in triple.speaker)
            cue = tuple((offset + t.idx, offset + t.idx + len(t)) for t in triple.cue)
            out.append(Attribution((content,), source, cue))
    return out


def _in_headline(gold: Attribution, headline_end: int) -> bool:
    """Return whether a gold attribution's content lies in the headline."""
    return all(end <= headline_end for _, end in gold.content)


@dataclass
class Scores:
    """The tallies of one run, and what was left out of them."""

    ours: Tally
    baseline: Tally
    ours_with_headlines: Tally  # the same predictions against the headline gold as well
    in_headline: int = 0
    no_content: int = 0


def score_articles(
    articles: Sequence[GoldArticle], docs: Sequence[Doc], baseline: bool = True
) -> Scores:
    """Score newsledger and the baseline; also count gold left out (headline, no content)."""
    from newsledger.statements import headline_end

    scores = Scores(Tally(), Tally(), Tally())
    for article, doc in zip(articles, docs, strict=True):
        text = doc.text
        cut = headline_end(text)
        gold, headline = [], []
        for g in article.attributions:
            if not g.content:
                scores.no_content += 1
            elif cut and _in_headline(g, cut):
                headline.append(g)
            else:
                gold.append(g)
        scores.in_headline += len(headline)
        predicted = newsledger_attributions(doc)
        scores.ours.add(text, predicted, gold)
        scores.ours_with_headlines.add(text, predicted, gold + headline)
        if baseline:
            found = [b for b in baseline_attributions(doc) if b.content[0][0] >= cut]
            scores.baseline.add(text, found, gold)
    return scores


def evaluate(data_dir: Path, limit: int | None = None, baseline: bool = True) -> EvalReport:
    """Score newsledger and the textacy baseline on PolNeAR dev (the first ``limit`` articles)."""
    from newsledger.parse import load_pipeline

    path = Path(data_dir) / "attribution" / "polnear-dev.jsonl"
    articles = load_polnear(path)[:limit]
    docs = list(load_pipeline().pipe([a.text for a in articles], batch_size=16))
    scores = score_articles(articles, docs, baseline)
    dataset = "polnear-dev" if limit is None else f"polnear-dev[:{limit}]"
    rows = [SystemScores("newsledger", dataset, scores.ours.metrics(), n=scores.ours.gold)]
    if baseline:
        rows.append(SystemScores("textacy-direct-quotations", dataset, scores.baseline.metrics(),
                                 n=scores.baseline.gold))
    with_headlines = scores.ours_with_headlines.metrics()
    notes = (
        f"{len(articles)} articles; match = content-token F1 >= {MATCH_F1}, one-to-one",
        "source_acc/cue_acc: share of matched pairs whose predicted span overlaps the gold span",
        f"left out: {scores.in_headline} gold attributions in headlines (excluded by design), "
        f"{scores.no_content} without a content span",
        f"newsledger with the headline gold counted as misses: P {with_headlines['precision']:.3f}"
        f" R {with_headlines['recall']:.3f} F1 {with_headlines['f1']:.3f}",
    )
    return EvalReport("attribution", tuple(rows), notes)
