"""A class-based backoff for a token whose every trigger row refused (T73, issue 4: coverage).

Many rows of ``data/plover_triggers.tsv`` name their object by a word list written from the
words the developers met ("hold COERCE obj:suspect|protester|journalist|..."); the next article's
object is another word of the same class ("held the Britons"). When every row of a token
refused, :func:`backoff_rule` accepts a refused row whose only failed constraints are such
object lists (``obj:``, ``pobj:``) when the list names persons, groups or bodies (derived from
the list's own words, :func:`participant_list`), the refused slot is filled by a participant
of the list's class (the sectors its words carry, :func:`list_class`: soldiers back off to armed
bodies, not to villagers), the doer is a person, group or state, the word has few senses, and
every row that backs off so agrees on one PLOVER type. A list of things ("talks", "aid", "plan")
has no class that can be told without words, so it never backs off; nor does a blocking row,
nor a row refused on a structural constraint. Hooked in triggers._held_rule (coordinator).
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from newsledger.knowledge import figure
from newsledger.lexicon import STATE_SECTORS, describe
from newsledger.trigger_constraints import holds
from newsledger.trigger_rules import NOT_AN_EVENT, TriggerRule, rules
from newsledger.trigger_senses import object_slot

#: Word-list kinds whose words are the event's participant: the object ("obj") and a
#: prepositional object ("pobj"). Preposition lists ("prep", "objprep") name the relation
#: itself, a closed class where another word is another sense ("met with" / "met in").
BACKOFF_KINDS = frozenset({"obj", "pobj"})

#: A list names participants when at least this share of its words describes a person, group,
#: body or state (lexicon.describe): at half, the list's class is people, not things
#: ("hold ... obj:suspect|protester|man|people|..." is 0.6; "accept obj:plan|offer" is 0).
MIN_PARTICIPANT_SHARE = 0.5

#: Named-entity labels of political participants: people, organisations, states, nationalities.
PARTICIPANT_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP"})

#: Pronouns that name people; "they"/"them" (like "it") stand for things as often ("the rebels
#: handed them over": the weapons), so they fill no participant slot.
PARTICIPANT_PRONOUNS = frozenset({"he", "she", "him", "her"})

#: Kinds lexicon.describe gives a participant; "unknown" is a thing or an unread word.
PARTICIPANT_KINDS = frozenset({"person", "group", "organization", "country"})

#: Sectors of offices and armed bodies, whose members news names by title or rank ("the
#: envoy", "General X"): a bare name or pronoun (no sector of its own) does not fill a list of
#: them ("send Shultz to Moscow" is no troop deployment), only a list of private persons
#: (refugees, dissidents, journalists: "returned Elian Gonzalez to Cuba").
OFFICE_SECTORS = STATE_SECTORS | {"REB", "IGO"}

#: A lemma whose rows name more than this many PLOVER types (the blocking "-" counted) is a
#: light or many-sensed word ("take", "call", "accept": 4-6 types) whose sense its object, not
#: the word, picks: an object off every list says nothing of which sense is meant.
MAX_SENSES = 3

#: Object relations of the backed-off "obj:" slot (the passive subject is the logical object);
#: unlike the constraint (trigger_senses.OBJECT_DEPS), not "attr": a predicate noun is none.
_OBJECT_DEPS = frozenset({"dobj", "nsubjpass"})


def _describes_participant(text: str) -> bool:
    """Tell whether the lexicon reads a word or phrase as a person, group, body or state."""
    traits = describe(text)
    return traits.sector is not None or traits.kind in PARTICIPANT_KINDS


@lru_cache(maxsize=4096)
def _participant_word(word: str) -> bool:
    """Tell whether a list word (a lemma) names a participant, as written or as a plural."""
    # the lexicon knows many group nouns only in the plural ("troops", "critics")
    return _describes_participant(word) or _describes_participant(f"{word}s")


def _word_traits(word: str) -> tuple[str | None, str]:
    """Return a list word's sector and kind, as written or else as a plural."""
    own, plural = describe(word), describe(f"{word}s")
    sector = own.sector or plural.sector
    return sector, own.kind if own.kind != "unknown" else plural.kind


@lru_cache(maxsize=4096)
def list_class(words: frozenset[str]) -> frozenset[str] | None:
    """Return the sectors a participant list names, or None when it names people of any sector.

    A list with a person or group word that carries no sector ("man", "people", "captive")
    names anyone; a list of soldiers, rebels or diplomats names only their sectors.
    """
    traits = [_word_traits(w) for w in words]
    if any(sector is None and kind in PARTICIPANT_KINDS for sector, kind in traits):
        return None
    return frozenset(sector for sector, _ in traits if sector is not None)


@lru_cache(maxsize=4096)
def _names_persons(words: frozenset[str]) -> bool:
    """Tell whether a list has a word for one person ("refugee", "dissident", "soldier")."""
    return any(_word_traits(w)[1] == "person" for w in words)


@lru_cache(maxsize=4096)
def participant_list(words: frozenset[str]) -> bool:
    """Tell whether a row's word list names persons, groups or bodies rather than things."""
    if not words:
        return False
    share = sum(_participant_word(w) for w in words) / len(words)
    return share >= MIN_PARTICIPANT_SHARE


def is_participant(tok: Token) -> bool:
    """Tell whether a token names a political participant: a named one, a pronoun, a sector noun."""
    if tok.ent_type_ in PARTICIPANT_LABELS or tok.lower_ in PARTICIPANT_PRONOUNS:
        return True
    return tok.pos_ in ("NOUN", "PROPN") and _describes_participant(tok.text)


def _slot_sector(tok: Token) -> str | None:
    """Return the sector of the noun phrase a slot word heads, up to the word itself."""
    phrase = "".join(t.text_with_ws for t in tok.doc[tok.left_edge.i:tok.i + 1]).strip()
    label = tok.ent_type_ if tok.ent_type_ in PARTICIPANT_LABELS else None
    sector = describe(phrase, label).sector
    if sector is None and label == "PERSON":
        known = figure(phrase, person=True)  # a known figure's office ("Shultz": GOV)
        sector = known.sector if known is not None else None
    return sector


def _of_class(tok: Token, words: frozenset[str]) -> bool:
    """Tell whether a slot word is a participant of the class a list names."""
    if not is_participant(tok):
        return False
    sectors = list_class(words)
    if sectors is None:
        return True
    sector = _slot_sector(tok)
    if sector is None and (tok.ent_type_ == "PERSON" or tok.lower_ in PARTICIPANT_PRONOUNS):
        # a name or pronoun does not tell the person's role: it fits a list naming private
        # persons, not office-holders or fighters
        return _names_persons(words) and not sectors & OFFICE_SECTORS
    return sector in sectors


def _pobj_slot(tok: Token, preps: frozenset[str] | None) -> list[Token]:
    """Return a trigger's prepositional objects (of the row's prepositions, if it names any)."""
    return [g for c in tok.children if c.dep_ in ("prep", "agent")
            and (preps is None or c.lower_ in preps)
            for g in c.children if g.dep_ == "pobj"]


def _row_preps(rule: TriggerRule) -> frozenset[str] | None:
    """Return the prepositions a row's "prep:" list names (None: it names none)."""
    lists = [words for kind, words in rule.when if kind == "prep"]
    return frozenset().union(*lists) if lists else None


def _slot_backs_off(tok: Token, rule: TriggerRule, kind: str, words: frozenset[str]) -> bool:
    """Tell whether a refused word list names participants and its slot holds one."""
    if kind not in BACKOFF_KINDS or not participant_list(words):
        return False
    slot = object_slot(tok, _OBJECT_DEPS) if kind == "obj" else _pobj_slot(tok, _row_preps(rule))
    return any(_of_class(w, words) for w in slot)


def _backs_off(tok: Token, rule: TriggerRule) -> bool:
    """Tell whether every failed constraint of a row is a participant list its slot satisfies."""
    failed = [(kind, words) for kind, words in rule.when if not holds(tok, kind, words)]
    return bool(failed) and all(_slot_backs_off(tok, rule, k, w) for k, w in failed)


def _participant_doer(tok: Token) -> bool:
    """Tell whether the trigger's doer is a person or group, or a state or official body."""
    return holds(tok, "actor", frozenset()) or holds(tok, "official", frozenset())


@lru_cache(maxsize=4096)
def _many_senses(rule: TriggerRule) -> bool:
    """Tell whether a row's lemma names more event types than :data:`MAX_SENSES`."""
    return len({r.type for r in rules().get((rule.lemma, rule.pos), ())}) > MAX_SENSES


def backoff_rule(tok: Token, pos: str, refused: list[tuple[TriggerRule, str]],
                 ) -> TriggerRule | None:
    """Return the refused row a token backs off to by its participants' class, or None.

    A blocking row that would back off counts as a sense of its own: its "-" disagrees with
    any event row, so the token gets no event (the sense is ambiguous).
    """
    rows = [(rule, kind) for rule, kind in refused if rule.pos == pos]
    if not rows or any(_many_senses(rule) for rule, _ in rows):
        return None
    # a row whose first refusal is no participant list can never back off: only the others
    # re-run their constraints
    candidates = [rule for rule, kind in rows if kind in BACKOFF_KINDS and _backs_off(tok, rule)]
    types = {rule.type for rule in candidates}
    # the doer is read last: it runs the lexicon on the subject, and most refused words of a
    # text (every sentence's, on the hot path) have already failed on their objects
    if len(types) != 1 or NOT_AN_EVENT in types or not _participant_doer(tok):
        return None
    return candidates[0]
