"""The root-verb baseline `newsledger eval events` scores beside newsledger (split from events).

Baseline ("root verb"): the lemma of the sentence's root verb looked up in the same trigger
lexicon (verb rules only, no constraints, no nouns, no passives, no status), the actor's country
from the first country word before the root and the recipient's from the first one after it —
the naive PETRARCH-like coding that is feasible offline (PETRARCH itself is not installable here).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from spacy.tokens import Span

from newsledger import lexicon
from newsledger.trigger_rules import hand_rules


@lru_cache(maxsize=1)
def _verb_types() -> dict[str, str]:
    """Return the baseline's lemma -> type table: unconstrained verb rules only.

    Read from the hand rows alone, so that the baseline stays a fixed reference: the WordNet
    copies (T75) that ``trigger_rules.rules()`` adds are the system's, not the baseline's.
    """
    table: dict[str, str] = {}
    for (lemma, pos), rows in hand_rules().items():
        plain = [r for r in rows if not r.when]
        if pos == "VERB" and plain:
            table[lemma] = plain[0].type
    return table


def baseline(sent: Span) -> tuple[str | None, str | None, str | None]:
    """Code a sentence the naive way: (type, actor country, recipient country)."""
    root = sent.root
    type_ = _verb_types().get(root.lemma_.lower()) if root.pos_ == "VERB" else None
    if type_ is None:
        return None, None, None
    before = [t for t in sent if t.i < root.i]
    after = [t for t in sent if t.i > root.i]
    return type_, _first_country(before), _first_country(after)


def _first_country(tokens: Sequence[object]) -> str | None:
    """Return the first country a run of tokens names, word by word (baseline only)."""
    for tok in tokens:
        code = lexicon.country_of(str(tok))
        if code:
            return code
    return None
