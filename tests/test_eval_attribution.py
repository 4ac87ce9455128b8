"""The attribution scorer: matching rules on hand-made spans (no model needed)."""

from __future__ import annotations

from newsledger.evaluate.attribution import Attribution, Tally, content_tokens, match

TEXT = "Smith said the plan failed badly. Jones said nothing at all about it."


def _span(words: str) -> tuple[int, int]:
    start = TEXT.index(words)
    return start, start + len(words)


def test_content_tokens_are_positions() -> None:
    toks = content_tokens(TEXT, [_span("the plan failed")])
    assert len(toks) == 3
    assert toks.isdisjoint(content_tokens(TEXT, [_span("nothing at all")]))


def test_match_needs_half_the_tokens_and_is_one_to_one() -> None:
    gold = [Attribution((_span("the plan failed badly"),), (_span("Smith"),), (_span("said"),))]
    close = Attribution((_span("the plan failed"),), (_span("Smith"),))
    far = Attribution((_span("badly"),))
    assert match(TEXT, [far], gold) == []
    assert match(TEXT, [close, close], gold) == [(close, gold[0])]


def test_tally_scores_source_and_cue_by_overlap() -> None:
    gold = [
        Attribution((_span("the plan failed badly"),), (_span("Smith"),), (_span("said"),)),
        Attribution((_span("nothing at all about it"),), (_span("Jones"),), ()),
    ]
    predicted = [
        Attribution((_span("the plan failed badly"),), (_span("Smith said"),), ()),
        Attribution((_span("nothing at all about it"),), (_span("it"),), (_span("Jones said"),)),
        Attribution((_span("Jones said"),)),
    ]
    tally = Tally()
    tally.add(TEXT, predicted, gold)
    m = tally.metrics()
    assert (tally.matched, tally.predicted, tally.gold) == (2, 3, 2)
    assert m["precision"] == 2 / 3 and m["recall"] == 1.0
    assert m["source_acc"] == 0.5  # "it" does not overlap "Jones"
    assert m["cue_acc"] == 0.0  # only the first gold has a cue, and it was missed
