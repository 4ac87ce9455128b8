"""Clause words: the argument finders' word lists and the tree lookups they all use.

Shared by :mod:`newsledger.clause_subject` (who acts) and :mod:`newsledger.argument_clauses`
(who is acted on); split off unchanged from argument_clauses.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from spacy.tokens import Token

from newsledger.lexicon_data import data_rows


@lru_cache(maxsize=1)
def _word_table() -> dict[str, frozenset[str]]:
    """Return the open-class word lists of data/argument_words.tsv, by list name."""
    table: dict[str, set[str]] = {}
    for row in data_rows("argument_words.tsv"):
        table.setdefault(row["list"], set()).add(row["word"])
    return {name: frozenset(words) for name, words in table.items()}


def word_list(name: str) -> frozenset[str]:
    """Return one open-class word list of the argument finders (data/argument_words.tsv)."""
    return _word_table()[name]


#: Entity labels of a day or a time ("on Monday", "last night"): they say when, never who.
TIME_ENTITIES = frozenset({"DATE", "TIME"})

#: Tags of a finite present-tense verb: a clause in the present states how things are now, and a
#: first-person speech act in the present is performed by saying it.
PRESENT_TAGS = frozenset({"VBP", "VBZ"})

#: Prepositions that introduce a recipient, tried in this order.
RECIPIENT_PREPS: tuple[str, ...] = ("against", "on", "at", "upon", "with", "to", "into", "for")

#: Participles whose passive subject is the one acting ("were engaged in fighting", "are
#: involved in attacks"): the adjectival passive names no agent because the subject is one.
STATIVE_PASSIVES = word_list("stative_passive")


@lru_cache(maxsize=1)
def receiving_verbs() -> dict[tuple[str, str], frozenset[str]]:
    """Return (verb lemma, preposition or "") -> the noun types it receives (empty: any)."""
    table: dict[tuple[str, str], frozenset[str]] = {}
    for row in data_rows("receiving_verbs.tsv"):
        prep = "" if row["prep"] == "-" else row["prep"]
        types = frozenset() if row["types"] == "-" else frozenset(row["types"].split("|"))
        table[row["lemma"], prep] = types
    return table


def child_with(tok: Token, *deps: str) -> Token | None:
    """Return the first child with one of these dependency labels."""
    return next((c for c in tok.children if c.dep_ in deps), None)


def pobj_of(tok: Token, *preps: str) -> Token | None:
    """Return the object of the first of these prepositions attached to a token."""
    for prep in preps:
        for child in tok.children:
            if child.dep_ in ("prep", "agent", "dative") and child.lower_ == prep:
                obj = child_with(child, "pobj")
                if obj is not None:
                    return obj
    return None


def subtree_without(tok: Token, cut: Callable[[Token], bool]) -> list[Token]:
    """Return a token's subtree, leaving out every child (with its own subtree) ``cut`` picks."""
    words: list[Token] = []
    todo = [tok]
    while todo:
        cur = todo.pop()
        words.append(cur)
        todo.extend(c for c in cur.children if not cut(c))
    return words


def phrase_text(tok: Token) -> str:
    """Return the text of the phrase a token heads (its whole subtree)."""
    return "".join(t.text_with_ws for t in tok.subtree).strip()
