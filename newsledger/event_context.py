"""Event contexts: the PLOVER contexts of an event (military, political, economic, ...).

PLOVER's context is the *why* of an event, the topic it belongs to, read from more than its
trigger word ("threatened" is military with "troops", economic with "tariffs"). An event's
contexts come from two votes:

1. the **topic words of its sentence** (``data/contexts.tsv``: "troops" -> military, "election"
   -> election, "refugees" -> refugee, each with a weight 1-3): every distinct phrase of the
   sentence found in the table adds its weight to its context;
2. the **trigger row's contexts** (``plover_triggers.tsv``: "arrest" -> legal), each worth
   :data:`RULE_WEIGHT`.

A context is a candidate when its words and rows reach :data:`MIN_SCORE` (so one weak word is
no topic); narrow contexts (terrorism within military, election within political, ...) then
count :data:`NARROW_FACTOR` times, as PLOVER codes the narrower topic when it is named. The
strongest context is kept, and a second one when it is as strong (:data:`SECOND_SHARE`): PLOVER
allows several contexts, but a record with a wrong extra one is wrong. Names of persons and
places are no topic words. With no topic word and no trigger-row context the event has none
here; once its participants are known, :func:`relations_context` gives an act between two
states' sides the diplomatic context (called by :func:`newsledger.participants.complete_actors`).
"""

from __future__ import annotations

from collections import Counter
from functools import lru_cache

from spacy.tokens import Span

from newsledger.lexicon_data import table_rows
from newsledger.record import Actor

#: Weight of a context the trigger row gives: as much as a word that is mostly of that topic
#: (weight 2), so one clear topic word of the sentence ties it and two outvote it.
RULE_WEIGHT = 2

#: Least score a context needs: one word that is mostly of the topic (weight 2), or two weak
#: ones; a single weak word ("clash", "campaign") is too often of another topic.
MIN_SCORE = 2

#: A second context is kept when its score is at least this share of the first's: PLOVER's
#: multi-context events ("diplomatic, military") have two clear topics, not a stray word.
SECOND_SHARE = 1.0

#: Most contexts given to one event.
MAX_CONTEXTS = 2

#: Longest phrase of the table, in tokens ("weapons of mass destruction"; "cease-fire" is three).
MAX_PHRASE_TOKENS = 5

#: Contexts that are a topic within a broader one (terrorism and cbrn within military, election
#: within political, refugee within humanitarian, ...): PLOVER codes the narrower when its
#: topic is named, so their scores count this many times.
NARROW_FACTOR = 2

#: The broad contexts; every other context of the table is narrow.
BROAD_CONTEXTS = frozenset({"military", "political", "diplomatic", "economic", "legal",
                            "government"})

#: The context of an act between two states' representatives when its sentence gives none:
#: PLOVER's diplomatic context is the relations between states (and their unions).
RELATIONS_CONTEXT = "diplomatic"

#: Sectors of actors that speak or act for a state or a union of states.
STATE_SIDE_SECTORS = frozenset({"GOV", "IGO", "LEG"})

#: Entity labels whose words are no topic words: a person's or a place's name ("Bill Harding",
#: "the West Bank", "Gulf of Aden"); organisations' names are ("Red Cross", "Security Council").
NAME_LABELS = frozenset({"PERSON", "GPE", "LOC", "FAC"})

#: Trigger-row context names that PLOVER spells otherwise: asylum is one of AID's modes, and as
#: a context it is the refugee topic.
CONTEXT_NAMES = {"asylum": "refugee"}


@lru_cache(maxsize=1)
def context_cues() -> dict[str, tuple[tuple[str, int], ...]]:
    """Return phrase -> ((context, weight), ...) from ``data/contexts.tsv``."""
    out: dict[str, list[tuple[str, int]]] = {}
    for row in table_rows("contexts.tsv"):
        if len(row) >= 3 and row[0]:
            out.setdefault(row[0].strip().lower(), []).append((row[1].strip(), int(row[2])))
    return {k: tuple(v) for k, v in out.items()}


def _matches(sent: Span) -> dict[str, tuple[tuple[str, int], ...]]:
    """Return the table's phrases found in a sentence, each once, keyed by their lemmas.

    A phrase is looked up by its lemmas ("troops" -> "troop") and as written ("talks", "arms",
    whose lemma is another word), lower-cased and spaced as written ("cease-fire", "air
    force"); the lemma key counts a word met twice or in both forms once.
    """
    cues = context_cues()
    tokens = [t for t in sent if (not t.is_punct or t.text == "-")
              and t.ent_type_ not in NAME_LABELS]
    # each token's forms are read once; a phrase's keys grow a token at a time
    lemmas = [t.lemma_.lower() for t in tokens]
    lowers = [t.lower_ for t in tokens]
    spaces = [" " if t.whitespace_ else "" for t in tokens]
    found: dict[str, tuple[tuple[str, int], ...]] = {}
    for i in range(len(tokens)):
        key = text = ""
        for j in range(i, min(len(tokens), i + MAX_PHRASE_TOKENS)):
            gap = spaces[j - 1] if j > i else ""
            key += gap + lemmas[j]
            text += gap + lowers[j]
            cue = cues.get(key) or cues.get(text)
            if cue:
                found[key] = cue
    return found


def topic_scores(sent: Span) -> Counter[str]:
    """Return each context's score from the topic words of a sentence."""
    scores: Counter[str] = Counter()
    for cue in _matches(sent).values():
        for context, weight in cue:
            scores[context] += weight
    return scores


def choose(scores: Counter[str]) -> tuple[str, ...]:
    """Return the contexts kept from their scores, strongest first (ties by name)."""
    ranked = sorted(((s, c) for c, s in scores.items() if s >= MIN_SCORE),
                    key=lambda sc: (-sc[0], sc[1]))
    if not ranked:
        return ()
    best = ranked[0][0]
    return tuple(c for s, c in ranked[:MAX_CONTEXTS] if s >= best * SECOND_SHARE)


def contexts(rule_contexts: tuple[str, ...], topic: Counter[str]) -> tuple[str, ...]:
    """Return the PLOVER contexts of an event from its sentence's topic_scores and row contexts."""
    rule: Counter[str] = Counter(CONTEXT_NAMES.get(c, c) for c in rule_contexts)
    ranks: Counter[str] = Counter()
    for context in set(topic) | set(rule):
        if topic[context] + rule[context] * RULE_WEIGHT < MIN_SCORE:
            continue  # judged on the words' own weights: one weak word is no topic
        factor = 1 if context in BROAD_CONTEXTS else NARROW_FACTOR
        ranks[context] = topic[context] * factor + rule[context] * RULE_WEIGHT
    return choose(ranks)


def _state_side(actor: Actor) -> bool:
    """Tell whether an actor is a state, its government or legislature, or a union of states."""
    return actor.kind == "country" or actor.sector in STATE_SIDE_SECTORS


def relations_context(actor: Actor | None, recipient: Actor | None) -> tuple[str, ...]:
    """Return the diplomatic context of an act between two states' sides, else none.

    For an event whose sentence names no topic: "Washington warned Moscow", "the president
    urged the European Union" are relations between states. Both sides must act for a state
    (or a union of states) and be of different countries (a union of states has none).
    """
    if actor is None or recipient is None or not (_state_side(actor) and _state_side(recipient)):
        return ()
    igo = "IGO" in (actor.sector, recipient.sector)
    foreign = actor.country is not None and recipient.country is not None and \
        actor.country != recipient.country
    return (RELATIONS_CONTEXT,) if igo or foreign else ()
