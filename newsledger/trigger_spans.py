"""The text span of an event's trigger: the word, its particle, an idiom's noun, a term's modifier.

A labeller may mark any word of a several-word trigger, and a reader of the record wants the whole
expression: "pulled out" (a particle), "took a swipe" and "came under fire" (a criticism idiom's
noun), "court case", "air strike", "hunger strike" (a modifier the row requires).
"""

from __future__ import annotations

from spacy.tokens import Token

from newsledger.trigger_rules import TriggerRule, rules, trigger_nouns

#: How many words after a light verb its idiom's noun may lie ("took oblique swipes at").
IDIOM_SPAN = 4

#: Light and aspectual verbs: their object noun names the act itself ("imposed sanctions",
#: "launched an attack", "resumed talks"), so the trigger spans it. A verb answering another's
#: act does not ("accepted the invitation": the invitation is the inviter's act, T112).
LIGHT_VERBS = frozenset({
    "impose", "launch", "hold", "conduct", "carry", "stage", "mount", "give", "provide",
    "deliver", "lodge", "file", "issue", "make", "extend", "grant", "level", "slap", "send",
    "resume", "begin", "start", "open", "continue",
})

#: Relations of a modifier that a "mod:" constraint reads (trigger_constraints.holds).
_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod"})


def hyphen_first(tok: Token) -> Token | None:
    """Return the first half of a hyphenated noun the tokenizer split ("go-ahead", "sit-in").

    The small model splits "sit-in" into "sit", "-", "in", the last word heading the others:
    the compound is one word of the lexicon ("buy-out" is a buyout).
    """
    if tok.i < 2 or tok.pos_ not in ("NOUN", "PROPN"):
        return None
    hyph, first = tok.doc[tok.i - 1], tok.doc[tok.i - 2]
    if hyph.text != "-" or hyph.whitespace_ or first.whitespace_ or not first.is_alpha \
            or first.head.i != tok.i:
        return None
    return first


def trigger_span(tok: Token, rule: TriggerRule) -> tuple[Token, Token]:
    """Return the first and last word of a trigger's span."""
    return hyphen_first(tok) or _passive_noun(tok, rule) or _term_start(tok, rule), \
        _idiom_end(tok, rule)


def trigger_text(tok: Token, first: Token, last: Token) -> str:
    """Return the text of a trigger span, a lone verb with its particle ("pulled out")."""
    if first is not tok or last is not tok:
        return tok.doc[first.i: last.i + 1].text
    prt = next((c for c in tok.children if c.dep_ == "prt"), None)
    return f"{tok.text} {prt.text}" if prt is not None else tok.text


def _term_start(tok: Token, rule: TriggerRule) -> Token:
    """Return the first word of a noun term whose row requires a modifier ("court case").

    The modifier makes the term ("air strike" is an attack, "hunger strike" a protest), so the
    span starts at it; other nouns and verbs start at the trigger word.
    """
    words = _row_words(rule, ("mod",))
    if rule.pos != "NOUN" or not words:
        return tok
    mods = [c for c in tok.children if c.dep_ in _MODIFIER_DEPS and c.i < tok.i
            and c.lemma_.lower() in words]
    return min(mods, key=lambda c: c.i) if mods else tok


def _idiom_end(tok: Token, rule: TriggerRule) -> Token:
    """Return the last word of a light verb's trigger ("took swipes", "imposed sanctions").

    When an ACCUSE row names the act by its object or prepositional object and that noun is
    itself a trigger noun of the lexicon, the noun is part of the trigger: the verb alone
    ("took", "came") says nothing, and a labeller may mark either word. A row of another type
    spans its direct object only when it is a light verb and that noun names an act of the row's
    own type ("imposed new sanctions", "launched an attack"): labellers mark the noun of a light
    verb (T112); "fired at the convoy", "came under fire", "accepted the invitation" keep the verb.
    """
    if rule.type == "ACCUSE":
        words = _row_words(rule, ("obj", "pobj"))
        deps: tuple[str, ...] = ("dobj", "pobj")
        nouns = trigger_nouns()
    elif rule.lemma in LIGHT_VERBS:
        words = _row_words(rule, OBJECT_KINDS)
        deps = ("dobj",)
        nouns = frozenset(w for w in words if _names_type(w, rule.type))
    else:
        return tok
    if not words:
        return tok
    after = tok.doc[tok.i + 1: min(tok.i + 1 + IDIOM_SPAN, tok.sent.end)]
    own = rule.type != "ACCUSE"  # the verb's own object, not a noun of a clause after it
    return next((t for t in after if t.lemma_.lower() in words and t.lemma_.lower() in nouns
                 and t.dep_ in deps and (t.head.i == tok.i or not own)), tok)


#: Constraint kinds that list a light verb's object nouns ("obj:sanction|embargo").
OBJECT_KINDS = ("obj", "ownobj")


def _row_words(rule: TriggerRule, kinds: tuple[str, ...]) -> frozenset[str]:
    """Return the words a row's constraints of the given kinds list."""
    return frozenset(w for kind, ws in rule.when if kind in kinds for w in ws)


def _names_type(lemma: str, type_: str) -> bool:
    """Tell whether a noun's own lexicon rows name an act of the type ("sanction": SANCTION)."""
    return any(r.type == type_ for r in rules().get((lemma, "NOUN"), ()))


def _passive_noun(tok: Token, rule: TriggerRule) -> Token | None:
    """Return the passive subject of a light verb that names the act ("Sanctions were imposed").

    The active "imposed sanctions" spans verb to noun (:func:`_idiom_end`); in the passive the
    noun comes first, so the span starts at it: labellers mark the noun either way (T112).
    """
    if rule.pos != "VERB" or rule.type == "ACCUSE" or rule.lemma not in LIGHT_VERBS:
        return None
    words = _row_words(rule, OBJECT_KINDS)
    return next((c for c in tok.children if c.dep_ == "nsubjpass" and c.i < tok.i
                 and tok.i - c.i <= IDIOM_SPAN and c.lemma_.lower() in words
                 and _names_type(c.lemma_.lower(), rule.type)), None)
