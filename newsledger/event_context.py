"""Event contexts: the PLOVER contexts of an event (military, political, economic, ...).

Split from :mod:`newsledger.events` so the topic of an event can be read from more than its
trigger word. Today an event's contexts are its trigger row's contexts (``plover_triggers.tsv``).
"""

from __future__ import annotations

from spacy.tokens import Span


def contexts(rule_contexts: tuple[str, ...], sent: Span) -> tuple[str, ...]:
    """Return the PLOVER contexts of an event in ``sent`` with trigger-row contexts given."""
    del sent  # the sentence's topic words are not read yet
    return rule_contexts
