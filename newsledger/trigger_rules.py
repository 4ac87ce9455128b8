"""The trigger lexicon: the rows of ``data/plover_triggers.tsv`` and the words of harm_causes.tsv.

The hand rows are extended by ``data/plover_triggers_wordnet.tsv`` (T75): WordNet synonyms of a
hand lemma, generated offline by scripts/wordnet_triggers.py, copy that lemma's rows.

Only reading and parsing live here; :mod:`newsledger.trigger_constraints` checks a row's
constraints on a parse and :mod:`newsledger.triggers` picks the row a token gets.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources

from newsledger.errors import LexiconError
from newsledger.record import PLOVER_TYPES

#: The type of a blocking rule: the word names no event in this use ("released a statement").
NOT_AN_EVENT = "-"

#: The generated WordNet expansion of the hand lexicon (T75; scripts/wordnet_triggers.py).
WORDNET_FILE = "plover_triggers_wordnet.tsv"


@dataclass(frozen=True)
class TriggerRule:
    """One line of the trigger lexicon."""

    lemma: str
    pos: str  # VERB, NOUN or ADJ
    type: str
    mode: str | None
    context: tuple[str, ...]
    when: tuple[tuple[str, frozenset[str]], ...]
    roles: str  # "-", "sym" or "swap"


def _opt(value: str) -> str | None:
    """Read "-" as an empty cell."""
    value = value.strip()
    return None if value in ("", "-") else value


def _parse_when(cell: str) -> tuple[tuple[str, frozenset[str]], ...]:
    """Parse a constraints cell ("obj:a|b;prep:for") into (kind, words) pairs."""
    out: list[tuple[str, frozenset[str]]] = []
    for part in (cell.split(";") if _opt(cell) else []):
        kind, _, words = part.partition(":")
        out.append((kind.strip(), frozenset(w for w in words.split("|") if w)))
    return tuple(out)


@lru_cache(maxsize=1)
def hand_rules() -> dict[tuple[str, str], tuple[TriggerRule, ...]]:
    """Return the hand rows of ``plover_triggers.tsv`` keyed by (lemma, pos), in file order."""
    text = resources.files("newsledger.data").joinpath("plover_triggers.tsv").read_text("utf-8")
    table: dict[tuple[str, str], list[TriggerRule]] = {}
    lines = (ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#"))
    for row in csv.reader(lines, delimiter="\t"):
        lemma, pos, type_, mode, context, when, roles = row
        if type_ not in PLOVER_TYPES and type_ != NOT_AN_EVENT:
            raise LexiconError(f"plover_triggers.tsv: unknown PLOVER type {type_!r} for {lemma!r}")
        ctx = tuple(c for c in (_opt(context) or "").split(";") if c)
        rule = TriggerRule(lemma, pos, type_, _opt(mode), ctx, _parse_when(when), roles)
        table.setdefault((lemma, pos), []).append(rule)
    return {k: tuple(v) for k, v in table.items()}


@lru_cache(maxsize=1)
def wordnet_seeds() -> dict[tuple[str, str], str]:
    """Return the WordNet expansion (T75): (lemma, pos) -> the hand lemma whose rows it copies.

    ``plover_triggers_wordnet.tsv`` is generated offline by scripts/wordnet_triggers.py (its
    header gives the rule); a lemma with hand rows for its part of speech keeps only those.
    """
    text = resources.files("newsledger.data").joinpath(WORDNET_FILE).read_text("utf-8")
    out: dict[tuple[str, str], str] = {}
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            lemma, pos, seed, _relation, _senses = line.split("\t")
            out[(lemma, pos)] = seed
    return out


@lru_cache(maxsize=1)
def rules() -> dict[tuple[str, str], tuple[TriggerRule, ...]]:
    """Return the trigger rules keyed by (lemma, pos): hand rows, then WordNet copies of them."""
    hand = hand_rules()
    table = dict(hand)
    for (lemma, pos), seed in wordnet_seeds().items():
        if (lemma, pos) in hand:
            continue  # a hand row for the lemma always wins
        seed_rows = hand.get((seed, pos))  # a seed is a hand lemma, never another copy
        if not seed_rows:  # a lexicon edit removed the seed's rows since the file was made
            raise LexiconError(f"{WORDNET_FILE}: {lemma}/{pos} copies {seed}/{pos}, which has no "
                               "hand rows: rerun scripts/wordnet_triggers.py")
        table[(lemma, pos)] = tuple(replace(r, lemma=lemma) for r in seed_rows)
    return table


@lru_cache(maxsize=1)
def trigger_nouns() -> frozenset[str]:
    """Return the lemmas the lexicon has noun rows for ("talks", "fire", "swipe")."""
    return frozenset(lemma for lemma, pos in rules() if pos == "NOUN")


@lru_cache(maxsize=1)
def harm_causes() -> dict[str, frozenset[str]]:
    """Return the words of ``data/harm_causes.tsv`` by kind (cause, blast, source, human...)."""
    text = resources.files("newsledger.data").joinpath("harm_causes.tsv").read_text("utf-8")
    kinds: dict[str, set[str]] = {}
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            lemma, kind = line.split("\t")
            kinds.setdefault(kind.strip(), set()).add(lemma.strip())
    return {k: frozenset(v) for k, v in kinds.items()}


def harm_words(kind: str) -> frozenset[str]:
    """Return the words of one kind of ``data/harm_causes.tsv`` (none for a kind it lacks)."""
    return harm_causes().get(kind, frozenset())


def row_text(rule: TriggerRule) -> str:
    """Write one lexicon row compactly, for diagnostics ("strike/NOUN ASSAULT when=mod:air")."""
    when = ";".join(f"{k}:{'|'.join(sorted(w))}" if w else k for k, w in rule.when) or "-"
    return f"{rule.lemma}/{rule.pos} {rule.type} when={when}"


def lexicon_rows(lemmas: tuple[str, ...]) -> dict[str, list[TriggerRule]]:
    """Return the rows of a word's lemma and surface form, by part of speech, for diagnostics."""
    out: dict[str, list[TriggerRule]] = {"VERB": [], "NOUN": [], "ADJ": []}
    for lemma in dict.fromkeys(lemmas):
        for pos, found in out.items():
            found.extend(rules().get((lemma, pos), ()))
    return out
