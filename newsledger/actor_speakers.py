"""Quote speakers: who says a quotation, so the I, my and we inside it can join that actor.

Part of the actors stage (:mod:`newsledger.actors` owns the registry and calls this once every
other mention is linked): the speaker is the nearest subject outside the quote of a verb
outside it, looked up by bisection in the registry's mention history (text order).
"""

from __future__ import annotations

from bisect import bisect_left

from spacy.tokens import Doc

from newsledger.actor_entry import Entry
from newsledger.coref import SUBJECT_DEPS
from newsledger.mentions import Candidate, quote_spans


class QuoteSpeakers:
    """Find (and remember) each quotation's speaker among the mentions linked so far."""

    def __init__(self, doc: Doc, history: list[tuple[Candidate, Entry]]) -> None:
        self.doc = doc
        self.text = doc.text  # spaCy rebuilds Doc.text from every token on each access
        self.quotes = quote_spans(self.text)
        self.history = history  # the registry's own list: filled while it links
        self._history_starts: list[int] = []
        self._speakers: dict[tuple[int, int], Entry | None] = {}  # quote -> its speaker

    def index(self) -> None:
        """Index the history's start offsets, once it is complete and in text order.

        Each quote's neighbourhood is then found by bisection: no scan of every mention per
        quote.
        """
        self._history_starts = [c.start for c, _ in self.history]

    def speaker(self, quote: tuple[int, int]) -> Entry | None:
        """Return a quote's speaker, the nearest subject outside it of a verb outside it.

        The sentences the quote spans are searched first ('"...," Trump said'); when no such
        subject is there, a block quote takes the speaker of its lead-in (T38): the sentence
        just before it when that ends with a colon ("The governor added:"), or, for a quote
        paragraph following another quote, that quote's speaker (a quotation running over
        several paragraphs re-opens each with its own mark). None when neither gives one.
        """
        if quote in self._speakers:
            return self._speakers[quote]
        self._speakers[quote] = None  # a guard: the chain below only walks backwards
        first = self.doc.char_span(quote[0], quote[0] + 1, alignment_mode="expand")
        last = self.doc.char_span(quote[1] - 1, quote[1], alignment_mode="expand")
        if first is None or last is None:
            return None
        sent = first[0].sent
        best = self._subject_near(quote, sent.start_char, last[0].sent.end_char)
        if best is None and sent.start > 0:
            before = self.doc[sent.start - 1].sent
            lead_in = self.text[before.start_char:quote[0]].rstrip()
            if lead_in.endswith(":"):
                best = self._subject_near(quote, before.start_char, quote[0])
            else:
                previous = next((q for q in reversed(self.quotes) if q[1] <= quote[0]), None)
                if previous is not None and not self.text[previous[1]:quote[0]].strip():
                    best = self.speaker(previous)
        self._speakers[quote] = best
        return best

    def _subject_near(self, quote: tuple[int, int], lo: int, hi: int) -> Entry | None:
        """Return the actor of the subject nearest a quote, outside it, between offsets lo-hi."""
        best: tuple[int, Entry] | None = None
        a, b = bisect_left(self._history_starts, lo), bisect_left(self._history_starts, hi)
        for prev, entry in self.history[a:b]:
            if quote[0] <= prev.start < quote[1]:
                continue
            tok = self.doc[prev.head]
            if tok.dep_ not in SUBJECT_DEPS or quote[0] <= tok.head.idx < quote[1]:
                continue
            gap = prev.start - quote[1] if prev.start >= quote[1] else quote[0] - prev.end
            if best is None or gap < best[0]:
                best = (gap, entry)
        return best[1] if best else None
