"""Event triggers: the verbs and nouns that name a PLOVER event, read from a data file.

A trigger is a verb ("shelled", "accused"), a nominalisation ("the arrival of troops", "an
attack on", "talks between") or a noun under a light verb ("held talks", "staged a rally").
Rules live in ``data/plover_triggers.tsv`` (with provenance, read by
:mod:`newsledger.trigger_rules`); a rule may require an object, particle, preposition or
modifier (:mod:`newsledger.trigger_constraints`) so that "fired missiles at" is an ASSAULT and
"fired workers" is not an event, and "air strike" is an ASSAULT while "general strike" is a
PROTEST. Harm a natural cause did is left out (:mod:`newsledger.natural_harm`), and a title-case
headline's verbs are read as verbs (:mod:`newsledger.trigger_headlines`).

:func:`choose_rule` says which row a token gets and why the other rows did not apply;
:func:`rule_for` is its answer alone, and :func:`find_triggers` keeps a sentence's triggers.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from newsledger.natural_harm import harm_of_named_cause, natural_harm
from newsledger.trigger_backoff import backoff_rule
from newsledger.trigger_constraints import first_refusal
from newsledger.trigger_headlines import title_case, verb_forms
from newsledger.trigger_rules import NOT_AN_EVENT, TriggerRule, rules
from newsledger.trigger_shapes import names_own_doer
from newsledger.trigger_spans import hyphen_first

#: Noun triggers that only modify another noun name no event ("aid workers", "attack helicopter").
_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "poss"})

#: Nouns that only carry the event their modifier names ("a mediation effort", "a bombing
#: campaign", "an aid programme"): such a modifier is the trigger, not a description.
CARRIER_NOUNS = frozenset({
    "effort", "campaign", "bid", "drive", "initiative", "mission", "process", "programme",
    "program", "attempt", "spree", "package",
})

#: Verbal-event types whose nominal objects are the content, not a second event: in "rejected
#: calls for aid" or "demanded talks" only the verb's event is coded.
_CONTENT_TYPES = frozenset({
    "AGREE", "SUPPORT", "REQUEST", "REJECT", "THREATEN", "ACCUSE", "SANCTION", "CONCEDE",
})

#: Evaluations whose object may be a second act: "condemned the air strikes", "welcomed the
#: release of detainees" state the strikes and the release as well as the judgement (T112; the
#: exhaustive sets label both). Their object is content only when it is itself words.
_EVALUATION_TYPES = frozenset({"ACCUSE", "SUPPORT"})

#: Material acts: as the object of an evaluation they are events of their own.
_MATERIAL_TYPES = frozenset({
    "ASSAULT", "COERCE", "SANCTION", "RETREAT", "AID", "MOBILIZE", "PROTEST", "COOPERATE",
})

#: (verb type, object noun type) pairs that are two acts when the noun names its own doer: an
#: evaluation of a material act ("condemned the Israeli strikes", "welcomed Saudi Arabia's
#: release of detainees"), a rejection of an accusation ("rejected the charges by Moscow").
#: With no doer of its own the noun stays content: its doer would be taken from the verb's
#: subject, who judged the act and did not do it ("welcomed his release").
_TWO_ACTS = frozenset({(verb, noun) for verb in _EVALUATION_TYPES for noun in _MATERIAL_TYPES}
                      | {("REJECT", "ACCUSE")})

#: Prepositions that introduce a verbal event's content ("called for talks", "accused X of").
_CONTENT_PREPS = frozenset({"for", "of", "to", "on"})

#: Disapproval types whose against-phrase is their content ("railed against the trade deal",
#: "warned against an attack"); a sanction's against-phrase is its target, not its content.
_AGAINST_TYPES = frozenset({"ACCUSE", "REJECT", "THREATEN"})

#: Nouns of words and names: a trigger noun in apposition to one ("Romney's phrase
#: 'self-deportation'", "the word 'invasion'") is a term mentioned, no act (T108).
WORD_NOUNS = frozenset({
    "phrase", "term", "word", "slogan", "expression", "label", "catchphrase", "euphemism",
    "buzzword", "motto", "mantra", "hashtag",
})

#: The part of speech :func:`reading_pos` gives a capitalised word the tagger calls a name:
#: no row is read for it except as a title-case headline's verb.
HEADLINE_ONLY = ""


@dataclass(frozen=True)
class TriggerMatch:
    """A token of a sentence that names an event, with the rule that matched it."""

    token: Token
    rule: TriggerRule


@dataclass(frozen=True)
class RuleChoice:
    """Which lexicon row a token gets, and why the rows tried before it did not apply."""

    pos: str | None  # VERB, NOUN, HEADLINE_ONLY, or None: a tag the lexicon does not read
    rule: TriggerRule | None  # the event rule the token gets (None: no event)
    held: TriggerRule | None  # the first row whose constraints hold, a blocking "-" row too
    headline: bool  # the held row is a verb row found by reading a headline's word as a verb
    natural: bool  # the held row was refused: a natural or accidental cause did the harm
    refused: tuple[tuple[TriggerRule, str], ...]  # rows tried first, with their failed constraint


def reading_pos(tok: Token) -> str | None:
    """Return the part of speech whose rows the lexicon reads for a token (None: no rows)."""
    if tok.pos_ == "VERB" and not (
        tok.dep_ in ("dobj", "pobj", "nsubj") and any(c.dep_ == "det" for c in tok.children)
    ):
        return "VERB"  # not a participle used as a noun ("evacuated the wounded")
    if (tok.pos_ == "ADJ" or tok.dep_ == "amod") and any(
            (w, "ADJ") in rules() for w in (tok.lemma_.lower(), tok.lower_)):
        return "ADJ"  # the few adjectives that name an act ("a slain doctor": a killing)
    if tok.pos_ in ("NOUN", "PROPN") and tok.tag_ != "NNP":
        return "NOUN"
    if tok.tag_ == "NNP" and tok.is_title and not tok.ent_type_:
        return HEADLINE_ONLY  # a capitalised word: only a headline's verb (choose_rule)
    return None


def choose_rule(tok: Token) -> RuleChoice:
    """Return the row a token gets: its part of speech's first row whose constraints hold.

    A blocking row ("-") that holds stops the rows after it; a capitalised word the tagger took
    for a name is tried as a title-case headline's verb ("Governor Slams Lawmakers"), and a row
    naming harm a quake or accident did gives no event (no political actor).
    """
    pos = reading_pos(tok)
    refused: list[tuple[TriggerRule, str]] = []
    held, headline = _held_rule(tok, pos, refused) if pos is not None else (None, False)
    natural = held is not None and held.type != NOT_AN_EVENT and natural_harm(tok, held)
    rule = None if held is None or held.type == NOT_AN_EVENT or natural else held
    return RuleChoice(pos, rule, held, headline, natural, tuple(refused))


def rule_for(tok: Token) -> TriggerRule | None:
    """Return the event rule a token gets, the rule of :func:`choose_rule`, or None.

    Read for every token of every sentence, so it builds no :class:`RuleChoice`.
    """
    pos = reading_pos(tok)
    if pos is None:
        return None
    held, _ = _held_rule(tok, pos, [])
    if held is None or held.type == NOT_AN_EVENT or natural_harm(tok, held):
        return None
    return held


def _held_rule(tok: Token, pos: str, refused: list[tuple[TriggerRule, str]],
               ) -> tuple[TriggerRule | None, bool]:
    """Return the first row that holds for a token, and whether it was read as a headline verb."""
    held = _first_holding(tok, pos, _lemmas(tok), refused) if pos else None
    if held is None and pos and refused:  # every row refused: back off by the object's class
        held = backoff_rule(tok, pos, refused)
    if held is None and pos != "VERB" and tok.is_title and not tok.ent_type_:
        held = _headline_rule(tok, refused)  # read as a name or a plural by the tagger
        return held, held is not None
    return held, False


def _lemmas(tok: Token) -> tuple[str, ...]:
    """Return the forms a token is looked up by: a split hyphenated noun's whole word first.

    "go-ahead" and "buy-out" are tried as written and closed up ("buyout"), then the last
    half alone ("out"), which has rows of its own only in other uses.
    """
    own = (tok.lemma_.lower(), tok.lower_)
    first = hyphen_first(tok)
    if first is None:
        return own
    whole = f"{first.lower_}-{tok.lemma_.lower()}"
    return (whole, whole.replace("-", ""), *own)


def _first_holding(tok: Token, pos: str, lemmas: tuple[str, ...],
                   refused: list[tuple[TriggerRule, str]]) -> TriggerRule | None:
    """Return the first holding rule, adding each row refused before it to ``refused``."""
    for lemma in dict.fromkeys(lemmas):
        for rule in rules().get((lemma, pos), ()):
            kind = first_refusal(tok, rule)
            if kind is None:
                return rule
            refused.append((rule, kind))
    return None


def _headline_rule(tok: Token, refused: list[tuple[TriggerRule, str]]) -> TriggerRule | None:
    """Return the verb rule of a capitalised word the tagger took for a name in a headline.

    In a title-case headline the small tagger reads most capitalised verbs as proper nouns
    ("Clinton Wades In: Urges Britain ...", "Governor Slams Lawmakers"); only a word that is
    no named entity is tried, and a noun whose blocking row holds ("Heart Attack") never is.
    """
    forms = [f for f in verb_forms(tok.lower_) if (f, "VERB") in rules()]
    if not forms or not title_case(tok.sent):
        return None  # the lexicon test first: the sentence is read only for candidates
    return _first_holding(tok, "VERB", tuple(forms), refused)


def modifier_only(tok: Token) -> bool:
    """Tell whether a noun only modifies another noun ("aid workers"), not a carrier noun's."""
    return tok.dep_ in _MODIFIER_DEPS and tok.head.pos_ in ("NOUN", "PROPN") and \
        tok.head.lemma_.lower() not in CARRIER_NOUNS


def names_no_act(noun: Token) -> bool:
    """Tell whether a trigger noun names no act: a term in apposition to a word noun (T108)."""
    return noun.dep_ == "appos" and noun.head.lemma_.lower() in WORD_NOUNS


def _is_content_of(noun: Token, matches: dict[int, TriggerRule]) -> bool:
    """Tell whether a noun is the object or content of a verbal event already coded."""
    head, dep = noun.head, noun.dep_
    if dep == "pobj" and head.dep_ == "prep":
        prep = head
        head = prep.head
        if head.i in matches and matches[head.i].type in _CONTENT_TYPES:
            return prep.lower_ in _CONTENT_PREPS or (
                prep.lower_ == "against" and matches[head.i].type in _AGAINST_TYPES)
        return False
    if dep in ("dobj", "nsubjpass") and head.i in matches:
        verb_rule = matches[head.i]
        if noun.i in matches and (verb_rule.type, matches[noun.i].type) in _TWO_ACTS \
                and names_own_doer(noun):
            return False  # "condemned the Israeli strikes": the strikes happened too
        return verb_rule.type in _CONTENT_TYPES or verb_rule.when != ()
    return False


def find_triggers(sent: Span) -> list[TriggerMatch]:
    """Find the event triggers of one sentence, leaving out nouns a verb's event covers."""
    matches: dict[int, TriggerRule] = {}
    for tok in sent:
        rule = rule_for(tok)
        if rule is not None:
            matches[tok.i] = rule
    doc = sent.doc
    for i in harm_of_named_cause(sent, matches, rule_for):
        del matches[i]
    kept: list[TriggerMatch] = []
    for i, rule in matches.items():
        tok = doc[i]
        if rule.pos == "NOUN":
            if modifier_only(tok) or _is_content_of(tok, matches) or names_no_act(tok):
                continue
        kept.append(TriggerMatch(tok, rule))
    return kept
