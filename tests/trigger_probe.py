"""Test helper: the PLOVER type the trigger rows give a word of a written sentence."""

from __future__ import annotations

from newsledger.parse import parse
from newsledger.triggers import find_triggers, rule_for


def rule_type(text: str, word: str) -> str | None:
    """Return the type of the row the first token spelled ``word`` gets (None: no row holds)."""
    doc = parse(text)
    rule = rule_for(next(t for t in doc if t.text == word))
    return rule.type if rule is not None else None


def coded_type(text: str, word: str) -> str | None:
    """Return the type of the trigger found on a word (the last one so spelled; None: none)."""
    doc = parse(text)
    found = {m.token.text: m.rule.type for s in doc.sents for m in find_triggers(s)}
    return found.get(word)
