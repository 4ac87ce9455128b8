"""Evaluation gate for ACCUSE / SUPPORT on the exhaustive development sentences (T84, issue 4).

The exhaustive sets (tests/fixtures/events/exhaustive_dev_*.jsonl, T82) label every event of
469 sentences, so they count both the criticism and praise the system misses and the ones it
invents. T84 wrote its constructions from these misses (a development set, not an unbiased
measure): at fb04bfd 71 labelled ACCUSE/SUPPORT events were missed and 12 coded ones matched no
label; after T84 (isolated on d7d6471) 60 and 11, and at 3d82690 (with T83/T85) 59 and 10
(docs/evaluation.md, events, "Reported evaluations on natural text (T84)"). The review mends
(M12) narrowed T84's constructions: measured on a clean archive of 5bca855 with the M12 files
copied in (`scripts/exhaustive_eval.py --show`, lines `MISS|FALSE <trigger> ACCUSE|SUPPORT`),
59 misses and 10 false positives, the same items as before the mends (the narrowed
constructions fired on no development sentence). HEAD 5f908c5 (M12 with T85/T86's rows, same
command on its clean archive) measures 57 and 10: T86's rows find "declared" and two
"nominated", while "criticism" (after "rebut that criticism") is newly missed. The ceilings
below are HEAD's figures, with no slack (they were 60 and 11); never raise one silently.
Parsing and coding the 469 sentences takes about 10 s on the development machine: marked
slow, as it reads whole labelled sets.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from pathlib import Path

import pytest

from newsledger.evaluate.exhaustive import EXHAUSTIVE_SETS, FIXTURES, Tally

#: Most labelled ACCUSE / SUPPORT events left without a coded event at their trigger.
MAX_MISSED = 57

#: Most coded ACCUSE / SUPPORT events at no labelled trigger.
MAX_FALSE = 10

#: A disagreement line of ``Tally.shown``: kind, trigger word, type.
LINE = re.compile(r"^(MISS|FALSE) \S+ (ACCUSE|SUPPORT) ")


@pytest.mark.slow
def test_accuse_and_support_misses_and_false_positives_stay_under_their_ceilings(
        exhaustive_tally: Callable[[Sequence[Path]], Tally]) -> None:
    """Reported, described and quoted judgements keep their recall without new inventions."""
    files = sorted(FIXTURES.glob(EXHAUSTIVE_SETS["exhaustive-dev"]))
    assert len(files) == 2, files  # the development sets only, never the held-out ones
    kinds = [m.group(1) for m in map(LINE.match, exhaustive_tally(files).shown) if m]
    assert kinds.count("MISS") <= MAX_MISSED
    assert kinds.count("FALSE") <= MAX_FALSE
