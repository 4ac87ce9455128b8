"""Who judges whom in a reported evaluation, when a pronoun blurs the two sides (T116).

A sibling of :mod:`newsledger.event_evaluations`: the pronoun resolver reads a sentence alone
and often gives a pronoun the nearest agreeing name, which in a reported evaluation can be the
other side of the judgement. A quoted speaker says "I", so a third-person pronoun in quoted
words is somebody else ('"She caused so many deaths," Trump said'); a pronoun speaker after a
quotation is never the name its own report judges ('Clinton "caused havoc," he said'); an
object pronoun is never its own clause's subject ("X hit back, calling him a disgrace": that
would be "himself"). Anything else resolved to one actor on both sides is a self-judgement,
an admission, and gives no event.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsledger.actors import ActorIndex
from newsledger.arguments import Argument, expand
from newsledger.evaluation_frames import OBJECT_PRONOUNS, Evaluation
from newsledger.quotes import SCARE_QUOTE_MAX_WORDS
from newsledger.status_quotes import quotation

#: Entity labels of a name an object pronoun may stand for (the tagger reads many people as ORG).
ANTECEDENT_NAMES = frozenset({"PERSON", "ORG"})


def quoted_without(tok: Token, cue: Token) -> bool:
    """Tell whether a word lies inside a quotation (no scare quote) that leaves the cue out.

    Quoted words are the speaker's own, so a third-person pronoun in them is somebody else:
    '"He seemed perfunctory," said Ralston' judges another man, not Ralston. The quotation is
    the one :func:`newsledger.status_quotes.quotation` finds, as the status stage reads it.
    """
    span = quotation(tok)
    return span is not None and not span[0] < cue.i < span[1] and \
        span[1] - span[0] - 1 > SCARE_QUOTE_MAX_WORDS


def _same(a: Argument | None, b: Argument | None) -> bool:
    """Tell whether two arguments are one actor (a self-evaluation is no accusation)."""
    return a is not None and b is not None and a.actor is not None and a.actor == b.actor


def _other_antecedent(pronoun: Token, speaker: Token | None) -> Token | None:
    """Return the last name before an object pronoun outside the speaker's phrase.

    A person's name, or one the tagger took for a body's ("Trump" is often ORG).
    """
    own = {t.i for t in speaker.subtree} if speaker is not None else set()
    return next((t for t in reversed(pronoun.sent[:pronoun.i - pronoun.sent.start])
                 if t.pos_ == "PROPN" and t.ent_type_ in ANTECEDENT_NAMES and
                 t.dep_ != "compound" and t.i not in own), None)


def _named_in_clause(speaker: Token | None, ev: Evaluation) -> bool:
    """Tell whether a pronoun speaker was resolved to a name the reported clause judges."""
    judged = ev.evaluated
    return speaker is not None and speaker.pos_ == "PRON" and judged is not None and \
        judged.pos_ != "PRON" and judged.i in {t.i for t in ev.predicate.subtree}


def evaluation_sides(ev: Evaluation, speaker: Token | None, actors: ActorIndex,
                     ) -> tuple[list[Argument], list[Argument]] | None:
    """Return the speakers and the judged parties of an evaluation; None for a self-judgement."""
    speakers = expand(speaker, actors) if speaker else []
    targets = expand(ev.evaluated, actors) if ev.evaluated is not None else []
    if not any(_same(a, r) for a in speakers for r in targets):
        return speakers, targets
    judged = ev.evaluated
    if judged is not None and judged.dep_ == "dobj" and judged.head.i == ev.cue.i and \
            judged.lower_ in OBJECT_PRONOUNS:
        # "X urged Y to quit, calling him a disgrace": "him" is never X, so the last name
        # before it outside X's phrase, if any
        other = _other_antecedent(judged, speaker)
        return speakers, expand(other, actors) if other is not None else []
    if _named_in_clause(speaker, ev):
        # 'Clinton "caused havoc," he said': the pronoun's antecedent lies in an earlier
        # sentence, never the name its own report judges, so the speaker stays unnamed
        return [], targets
    return None
