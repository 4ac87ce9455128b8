"""The evaluative lexicon of reported evaluations: which words judge, and which heads are parties.

Split from :mod:`newsledger.event_evaluations` (T84) so that both the reporting-verb frame there
and the description frames of :mod:`newsledger.evaluation_frames` read one lexicon: the hand
table ``data/evaluative_words.tsv`` first, then the VADER back-off (T79; vaderSentiment 3.3.2,
MIT licence, read as data) for a word the table does not list, never for a feeling, a state or
a word the hand list left out on purpose (``data/vader_feelings.tsv``, ``data/vader_left_out.tsv``).
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache
from importlib import resources
from types import MappingProxyType

from spacy.tokens import Token

from newsledger.actors import ActorIndex
from newsledger.arguments import expand
from newsledger.errors import LexiconError
from newsledger.lexicon_data import table_rows
from newsledger.status import cues
from newsledger.status_background import NEGATIVE_SUBJECTS

#: Words that negate a reported predicate ("was not a pretext", "was never legal", "no crime").
NEGATORS = frozenset({"not", "n't", "never", "no"})

#: Adverbs that a negator under them turns into a negation of their head ("no longer
#: acceptable"); under any other adverb it negates nothing: "no less corrupt" affirms (M12 #1).
NEGATED_ADVERBS = frozenset({"longer"})

#: Holders that name no one: "Nobody was critical of Y" states no one's stance (M12 #7); a
#: determiner "no" ("No senator was critical") is read through :func:`negated`. The same words
#: as a negative subject in the status rules.
NOBODY = NEGATIVE_SUBJECTS

#: Polarities of rows that give a word's verdict (a judgement, a standard, an act, a stance, a
#: denial): such a hand row wins over VADER. The other rows (harm, deed, expression, ...)
#: name a word's role in a frame and leave an attribute noun to VADER: "the plan was pure havoc"
#: is criticism as it was before T84 (M12 #3).
VERDICT_ROLES = frozenset({"accuse", "support", "norm", "light", "act", "owned", "copula",
                           "against", "for", "denial"})

#: The event type of a judging polarity: the one mapping used by every frame.
TYPES = MappingProxyType({"accuse": "ACCUSE", "support": "SUPPORT"})

#: Entity labels of a name compound that owns an act ("the Trump plan", not "the Iran deal").
OWNER_NAMES = frozenset({"PERSON", "ORG"})

#: Pronouns by their agreement class: a pronoun that can only stand for the speaker makes the
#: judgement an admission ("Obama said his decision was a mistake"), not an accusation (T69 #3).
PRONOUN_CLASS = MappingProxyType({"he": "sg", "him": "sg", "his": "sg", "she": "sg",
                                  "her": "sg", "it": "sg", "its": "sg", "they": "pl",
                                  "them": "pl", "their": "pl"})

#: Tags of a singular and a plural noun, to tell which pronouns a noun can be the antecedent of.
SINGULAR_TAGS = frozenset({"NN", "NNP"})
PLURAL_TAGS = frozenset({"NNS", "NNPS"})

#: Personal pronouns that stand for a party when they are the reported clause's subject; first
#: person is left out (an admission "we were wrong" is no accusation), and "it"/"this" too (often
#: an expletive or a situation: "it was a disaster").
PARTY_PRONOUNS = frozenset({"he", "she", "they", "you"})

#: Entity labels that name a party when the subject is not in the actor registry.
PARTY_ENTITIES = frozenset({"PERSON", "ORG", "NORP", "GPE"})


#: VADER mean valence (-4..4) from which an unlisted predicate word is a judgement: the
#: strong words VADER adds are insults and verdicts ("idiot" -2.3, "lousy" -2.5, "brilliant"
#: 2.8); below 2.0 sit descriptions of force, health or ease ("weak" -1.9, "ill" -1.8, "safe"
#: 1.9, "satisfied" 1.8), which T79 measured adding wrong events at 1.5. Chosen by measurement.
VADER_THRESHOLD = 2.0

#: The VADER release the back-off is written for, and how to install it with newsledger.
VADER_REQUIREMENT = "vaderSentiment==3.3.2"

#: Largest rating standard deviation accepted: raters who disagree mark a word whose valence
#: depends on context ("cruel" 1.17, "wrong" 1.04).
VADER_MAX_SD = 1.0


@lru_cache(maxsize=1)
def evaluative_words() -> Mapping[tuple[str, str], str]:
    """Return the evaluative words keyed by (lemma, pos) -> polarity (read-only: it is cached)."""
    return MappingProxyType({(row[0], row[1]): row[2]
                             for row in table_rows("evaluative_words.tsv")})


def polarity(tok: Token, pos: str) -> str | None:
    """Return a word's polarity in the data file under one part of speech."""
    return evaluative_words().get((tok.lemma_.lower(), pos)) or evaluative_words().get(
        (tok.lower_, pos))


@lru_cache(maxsize=1)
def vader_valence() -> Mapping[str, float]:
    """Return VADER's single-word entries with agreeing raters: word -> mean valence (read-only)."""
    try:
        lexicon = resources.files("vaderSentiment") / "vader_lexicon.txt"
        text = lexicon.read_text(encoding="utf-8")
    except (ModuleNotFoundError, FileNotFoundError) as exc:
        raise LexiconError(
            f"the evaluation back-off needs the VADER lexicon of {VADER_REQUIREMENT} "
            f"(a newsledger dependency): install it with `pip install -e .` in the "
            f"repository, or `pip install {VADER_REQUIREMENT}` ({exc})") from exc
    out: dict[str, float] = {}
    for line in text.splitlines():
        cols = line.split("\t")
        if len(cols) >= 3 and cols[0].isalpha() and float(cols[2]) <= VADER_MAX_SD:
            out[cols[0]] = float(cols[1])
    return MappingProxyType(out)


@lru_cache(maxsize=1)
def hand_words() -> frozenset[str]:
    """Return every word with a verdict row in the data file, whatever its part of speech."""
    return frozenset(word for (word, _), role in evaluative_words().items()
                     if role in VERDICT_ROLES)


@lru_cache(maxsize=1)
def no_backoff() -> frozenset[str]:
    """Return the words that never back off: feelings and the hand list's deliberate omissions."""
    return frozenset(row[0] for name in ("vader_feelings.tsv", "vader_left_out.tsv")
                     for row in table_rows(name))


def backoff(tok: Token) -> str | None:
    """Return a VADER polarity ("accuse"/"support") for a word the data file does not list."""
    forms = (tok.lemma_.lower(), tok.lower_)
    if any(form in hand_words() for form in forms):
        return None  # a hand row wins, even under another part of speech ("positive": AMOD)
    if any(form in no_backoff() for form in forms):
        return None  # "X said the senator was angry": a feeling, no judgement
    valence = next((vader_valence()[f] for f in forms if f in vader_valence()), 0.0)
    if valence <= -VADER_THRESHOLD:
        return "accuse"
    return "support" if valence >= VADER_THRESHOLD else None


def negated(tok: Token) -> bool:
    """Tell whether a word is negated by a child ("not", "never", "no", "no longer")."""
    return any(c.dep_ in ("neg", "det", "advmod") and c.lower_ in NEGATORS or
               c.dep_ == "advmod" and c.lower_ in NEGATED_ADVERBS and
               any(g.lower_ in NEGATORS for g in c.children)
               for c in tok.children)  # "is no longer appropriate": "no" hangs on "longer"


def nobody(tok: Token) -> bool:
    """Tell whether a holder names no one ("nobody", "no senator")."""
    return tok.lower_ in NOBODY or negated(tok)


def owner_of(noun: Token, actors: ActorIndex, names: bool = True) -> Token | None:
    """Return the party owning an act noun: a possessor, a national adjective or a name.

    ``names``: a person's or body's name compound owns too ("the Trump plan"); a place name
    compound is the act's topic ("the Iran deal").
    """
    return next((c for c in noun.children if (
        c.dep_ in ("poss", "amod") or names and c.dep_ == "compound" and
        c.ent_type_ in OWNER_NAMES) and party(c, actors)), None)


def antecedent_class(tok: Token) -> str | None:
    """Return the pronoun class a noun or pronoun can be the antecedent of ("sg", "pl")."""
    if tok.pos_ == "PRON":
        return PRONOUN_CLASS.get(tok.lower_)
    if tok.tag_ in SINGULAR_TAGS:
        return "sg"
    return "pl" if tok.tag_ in PLURAL_TAGS else None


def stands_for(pronoun: Token, speaker: Token) -> bool:
    """Tell whether a pronoun can stand only for the speaker (or describer, or holder).

    It agrees with the speaker and no other noun before it could be its antecedent:
    "Obama said his decision was a mistake", "the senator was critical of his decision".
    """
    wanted = PRONOUN_CLASS.get(pronoun.lower_)
    if wanted is None or antecedent_class(speaker) != wanted:
        return False
    own = {t.i for t in speaker.subtree} | {speaker.head.i}  # a noun of report ("Y's finding")
    return not any(t.i < pronoun.i and t.i not in own and t.pos_ in ("NOUN", "PROPN", "PRON")
                   and antecedent_class(t) == wanted for t in pronoun.sent)


def noun_polarity(noun: Token) -> str | None:
    """Return the polarity of an attribute noun: its own, a modifier's, its of-object's or VADER's.

    Hand rows come first, the noun's own and then its amod modifier's ("an illegal success" is
    criticism by "illegal"); the VADER back-off of the noun is the last resort (M9 #1).
    """
    own = polarity(noun, "NOUN")
    if own in ("accuse", "support"):
        return own
    for child in noun.children:
        modifier = polarity(child, "ADJ") or polarity(child, "AMOD")  # AMOD: modifier only
        if child.dep_ == "amod" and modifier in ("accuse", "support"):
            return modifier  # "a reckless gamble", "a positive step" (never "was positive for")
    if own == "light":  # "an act of aggression"
        for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"):
            for obj in (c for c in prep.children if c.dep_ == "pobj"):
                if polarity(obj, "NOUN") in ("accuse", "support"):
                    return polarity(obj, "NOUN")
    return backoff(noun)  # None for a verdict row; a frame-role row backs off (M12 #3)


def party(tok: Token, actors: ActorIndex) -> bool:
    """Tell whether a noun phrase head names a party (a known actor, a name, a pronoun)."""
    if tok.pos_ == "PRON":
        return tok.lower_ in PARTY_PRONOUNS
    if tok.ent_type_ in PARTY_ENTITIES:
        return True
    return any(a.actor is not None or a.sector is not None for a in expand(tok, actors))


def reports(cue: Token) -> bool:
    """Tell whether a word reports speech: a status cue verb, or a ``report`` row of the table.

    A noun of report ("Y's conclusion that ...") has a NOUN row; a verb is a status cue
    ("said") or a reporting verb the cues lack ("wrote", "tweeted").
    """
    if cue.pos_ == "NOUN":
        return polarity(cue, "NOUN") == "report"
    return cue.pos_ == "VERB" and (
        (cue.lemma_.lower(), "report") in cues() or polarity(cue, "VERB") == "report")
