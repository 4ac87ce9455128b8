"""Scope of status cues over coordinated verbs and negative words (split from status.py, M17).

Whether a conjunct shares its head's auxiliary, negation or plan ("did not attack or
threaten", but "wasn't pleased ... and sued"; "plans to surround X and cut off Y"), whether a
verb's form can follow a modal ("Will urged" is a name), and whether a negative subject or
object denies the act ("nobody attacked", but "had nothing but praise") or a verb means
"exclude". Moved out of :mod:`newsledger.status` unchanged to keep it under the size rule.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsledger import status_background as bg
from newsledger.trigger_constraints import is_to_infinitive

#: Words that turn a negated object into "only" ("had nothing but praise" praises).
_EXCEPTIVES = frozenset({"but", "except", "save"})
#: Tensed verb tags unlike the base form (VBP is a common misreading of VB after an inverted
#: modal: "Should the UK approve"): no modal precedes one, so an "aux" modal before it is a
#: misread name ("Will urged", "May said").
_TENSED = frozenset({"VBD", "VBZ"})

#: Coordinators that stay inside a negation's scope ("did not attack or threaten").
_DISJUNCTIONS = frozenset({"or", "nor"})

#: Auxiliaries that license a bare participle after a modal ("could have fled", "may be held").
_PARTICIPLE_AUXES = frozenset({"have", "be"})

#: Present-tense tags of an auxiliary (and the modal tag) that make a passive refer to now or
#: ahead ("are planned", "is feared", "will be considered"), unlike a past "was planned".
_PRESENT_AUX_TAGS = frozenset({"VBP", "VBZ", "MD"})

#: Relations of a verb's own clause, which a raised passive subject comes from.
_CLAUSE_DEPS = frozenset({"xcomp", "ccomp"})

#: The preposition of a means gerund ("concluded by admonishing X", "by refusing to talk").
_MEANS_PREP = "by"
#: The gerund tag.
_GERUND = "VBG"


def beside_infinitive(conjunct: Token) -> bool:
    """Tell whether a tensed verb hung on an infinitive coordinates with that infinitive's verb.

    "has vowed to keep X and praised Y": an infinitive clause holds no finite verb, so "praised"
    is the next act, not vowed (T91); a base-like "cut" or "put" is a misread infinitive (M17).
    """
    return (conjunct.dep_ == "conj" and conjunct.tag_ in _TENSED
            and conjunct.lower_ != conjunct.lemma_.lower()
            and is_to_infinitive(conjunct.head) and conjunct.head.head.i != conjunct.head.i
            # a subject of its own (a child), not who acts: verb_subject would share the head's
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in conjunct.children))


def own_tense(conjunct: Token, head: Token) -> bool:
    """Tell whether a tensed conjunct cannot share its head's auxiliary or copula.

    "wasn't pleased ... and sued the firm": a past-tense verb cannot follow "was" or "did", so the
    auxiliary's negation or modal stops at its own clause (T91); "was not arrested or charged"
    and "never attacked or threatened" still share it, as do a misread participle after "have"
    ("has not attacked X and killed Y") and base form after a modal ("could not cut X and put Y").
    """
    if any(c.dep_ == "cc" and c.lower_ in _DISJUNCTIONS for c in (*head.children,
                                                                  *conjunct.children)):
        return False  # "was not involved or arrested anyone": "or" lies in the negation's scope
    auxes = [c for c in head.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lemma_ == "have" or (a.tag_ == "MD" and conjunct.lower_ == conjunct.lemma_.lower())
           for a in auxes):
        return False
    return conjunct.tag_ in _TENSED and (head.pos_ == "AUX" or bool(auxes))


def not_after_modal(verb: Token) -> bool:
    """Tell whether a verb's form cannot follow a modal (a tensed form, or a bare participle)."""
    if verb.tag_ in _TENSED:
        return True
    # a passive auxiliary ("could get arrested") or a perfect/passive "have"/"be" licenses it
    return verb.tag_ == "VBN" and not any(
        c.dep_ == "auxpass" or (c.dep_ == "aux" and c.lemma_ in _PARTICIPLE_AUXES)
        for c in verb.children)


def no_one(word: Token) -> bool:
    """Tell whether a subject or object is a negation ("nobody", "no shots"), not "nothing but"."""
    return not exceptive(word) and bg.negative(word)


def exceptive(obj: Token) -> bool:
    """Tell whether a negative object has an exception ("nothing but praise" means only praise)."""
    return any(c.lower_ in _EXCEPTIVES and c.dep_ in ("prep", "cc") for c in obj.children)


def excludes(tok: Token) -> bool:
    """Tell whether a verb means "exclude" ("rule out", "exclude"), which flips negation."""
    if tok.lemma_ == "exclude":
        return True
    return tok.lemma_ == "rule" and any(c.dep_ == "prt" and c.lower_ == "out" for c in tok.children)


def by_means(prep: Token, below: Token | None) -> bool:
    """Tell whether a "by" phrase holds a gerund: the means of its verb's act, done by its actor.

    "concluded by admonishing journalists", "wasn't hiding anything by refusing to talk": the
    gerund names what the actor did to do the verb's act (T99). It is no content of the verb
    when the verb reports, and the verb's negation denies what the means achieved, not the
    means ("did not help matters by attacking the press"); a passive's agent ("was hit by a
    car") is a noun, not a gerund.
    """
    return (below is not None and prep.dep_ == "prep" and prep.lower_ == _MEANS_PREP
            and below.dep_ == "pcomp" and below.tag_ == _GERUND and below.head.i == prep.i)


def present_passive(verb: Token) -> bool:
    """Tell whether a verb is a passive in the present or future ("talks are planned for May").

    Its subject is what the active verb's object would be, so a verb of planning, fear or
    denial governs it as it governs an object ("plans the talks", T99: "two marches are planned
    for the opening day"); a past passive ("the attack was planned for months") says nothing
    of whether the act has happened since. A passive with a clause of its own raises its
    subject from that clause ("the summit is expected to agree changes", "the talks are
    intended to be informal"): the cue governs the clause, not the subject.
    """
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    raised = any(c.dep_ in _CLAUSE_DEPS or is_to_infinitive(c) for c in verb.children)
    return verb.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in auxes) and bool(auxes) and (
        auxes[0].tag_ in _PRESENT_AUX_TAGS) and not raised


#: Verbs saying only that their subject event happens ("the meeting takes place", "the attack
#: might have to be carried out"): with the particle or object they need, if any.
OCCURRENCE_VERBS: dict[str, str | None] = {
    "happen": None, "occur": None, "materialize": None, "materialise": None,
    "take": "place", "carry": "out", "go": "ahead",
}


def occurs(verb: Token) -> bool:
    """Tell whether a verb, or the verb its infinitive raises a subject to, says "X happens".

    Such a verb adds nothing but the event's own occurrence, so its subject event takes the
    verb's status: "ensure the meeting takes place" (planned), "the assassination might have to
    be carried out" (hypothetical), "the vote did not take place" (denied) (T117). A raising
    verb's subject belongs to its infinitive ("might have to be carried out", "is expected to
    take place").
    """
    while True:
        needed = OCCURRENCE_VERBS.get(verb.lemma_.lower(), "")
        if needed is None or needed and any(
                c.lower_ == needed and c.dep_ in ("dobj", "prt", "advmod") for c in verb.children):
            return True
        below = next((c for c in verb.children if c.dep_ == "xcomp"), None)
        if below is None:
            return False
        verb = below


#: The past tense and the perfect auxiliary: a cause that has worked ("sparked", "has
#: triggered").
PAST_TAG, PERFECT_AUX = "VBD", "have"


def caused(verb: Token) -> bool:
    """Tell whether a causative cue ("spark", "trigger") has brought its object about.

    "could spark protests", "threatens to trigger a war": the caused act is possible (the cue);
    "sparked backlash", "has triggered protests": the cause worked, so the act happened and
    the verb gives it no status of its own (T117; the M-review's "riots" after "sparked").
    """
    return bg.flagged(verb.lemma_, "cause") and (verb.tag_ == PAST_TAG or any(
        c.dep_ == "aux" and c.lemma_ == PERFECT_AUX for c in verb.children))

