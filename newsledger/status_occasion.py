"""When a reporting verb's time phrase dates the speaking rather than what is said (T91, M17).

A time clause or phrase beside a reporting verb can tell when the speaker spoke, in the outlet's
own words ("When the senator criticized the governor, he said ...", "he said after meeting the
envoy"): then the event it names is the outlet's narration, not the speaker's claim. A time
adjunct or an occasion on a reported act ("condemned the coup in 2015", "criticized X in a
speech") places that act before the report. Split from :mod:`newsledger.status_speech` (session
13) to keep each module under the size rule; :mod:`newsledger.status` and
:mod:`newsledger.status_speech` ask these questions.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsledger.clause_words import PRESENT_TAGS, TIME_ENTITIES
from newsledger.status_background import flagged

#: The past-tense tag (a report in the past: "said").
PAST_TAG = "VBD"
#: Prepositions of an occasion: "criticized X in a speech", "urged Y during talks" report an
#: earlier act, not one the saying performs (M17).
OCCASION_PREPS = frozenset({"in", "during", "at"})
#: Nouns of English complex prepositions "in (the) N of" ("in the case of", "in the event
#: of", "in the face of", "in light of", "in view of", "in terms of", "in spite of", "in favour
#: of", "in lieu of", "in place of", "in respect of", "in the absence of", "in the name of",
#: "in the interest of", "in the context of"): grammatical words, not occasions (T117).
COMPLEX_PREP_NOUNS = frozenset({
    "case", "event", "face", "light", "view", "term", "terms", "spite", "favor", "favour",
    "lieu", "place", "respect", "regard", "absence", "name", "interest", "context",
})
#: A noun placing its phrase ahead that no "future" flag row holds ("in the future").
AHEAD_NOUNS = frozenset({"future"})
#: The tag of "when", "whenever": after a reporting verb it may open the reported question.
WH_ADVERB = "WRB"
#: Relations by which an adverbial clause's subordinator hangs on its verb ("when" is parsed
#: as an advmod, "after" as a mark).
SUBORDINATOR_DEPS = frozenset({"mark", "advmod"})
#: The relation of a parenthetical reporting clause ("X, the army said, did Y").
PARENTHETICAL = "parataxis"


def frames_report(clause: Token, report: Token, trigger: Token) -> bool:
    """Tell whether a time clause or phrase of a reporting verb only dates the report.

    "When the senator criticized the governor, he said ...": a fronted time clause tells when the
    speaker spoke, in the outlet's words; it is not what she said (T91). A present tense under a
    past report ("Until the army withdraws, the rebels said ...") refers ahead: it is the
    reported condition, not the time of speaking (M17). After the verb: :func:`dates_speaking`.
    A fronted occasion on the verb ("In an interview with X, Y said ...") places the speaking
    too, when it names the trigger itself.
    """
    if clause.tag_ in PRESENT_TAGS and report.tag_ == PAST_TAG or report.dep_ == PARENTHETICAL:
        return False  # a parenthetical ("After X left, villagers said, ...") frames the sentence
    if clause.head.i == report.i and clause.i > report.i:
        return dates_speaking(clause, report, trigger)
    if clause.head.i == report.i and clause.dep_ == "prep" and clause.lower_ in OCCASION_PREPS:
        # "In an interview with X, Y said ...", "In a letter filed as part of a lawsuit, X said
        # ...": before the verb no reported clause can hang on the occasion's noun, so a
        # participle describing the occasion is the outlet's too (T117)
        return _occasion(clause)
    return clause.dep_ == "advcl" and clause.head.i == report.i and clause.i < report.i and any(
        c.dep_ in SUBORDINATOR_DEPS and flagged(c.lower_, "time_mark") for c in clause.children)


def dates_speaking(adjunct: Token, report: Token, trigger: Token) -> bool:
    """Tell whether a time phrase after a reporting verb tells when the speaker spoke.

    "Victory is vital, he said after meeting Trump aides", "said after talks with the envoy
    that ...": the outlet narrates the occasion of speaking (audit 3: the meeting was shown as
    the speaker's claim). Only when the reported clause stands before the verb or after the
    phrase: a time phrase after the content ("said troops would leave after talks") is the
    parser's guess between the two verbs, and belongs to the content more often. A wh-word
    ("did not say when the forces killed them") may open an indirect question: the content.
    An occasion does the same: "said in an interview with X", "said during talks with Y that
    ..." narrate where the speaker spoke (session 13: the interview and the talks were shown as
    the speaker's claim), as :func:`dated` reads an occasion on a reported act.
    """
    if adjunct.dep_ == "prep":
        opener: Token | None = adjunct
    elif adjunct.dep_ == "advcl":
        opener = next((c for c in adjunct.children if c.dep_ in SUBORDINATOR_DEPS), None)
    else:
        return False
    occasion = adjunct.dep_ == "prep" and adjunct.lower_ in OCCASION_PREPS and _names_occasion(
        adjunct, trigger)
    if not occasion and (opener is None or opener.tag_ == WH_ADVERB
                         or not flagged(opener.lower_, "time_mark")):
        return False
    return all(c.i < report.i or c.i > adjunct.right_edge.i for c in report.children
               if c.dep_ in ("ccomp", "xcomp", "parataxis"))


def dated(verb: Token) -> bool:
    """Tell whether a verb has a time adjunct ("condemned the coup in 2015") or an occasion.

    An occasion on the verb, a verb below it or their object ("criticized X in a speech",
    "urged them to talk during earlier talks", the parser often hangs it on the object) places
    the act before the report (M17).
    """
    if any(w.ent_type_ in TIME_ENTITIES for c in verb.children
           if c.dep_ in ("prep", "npadvmod", "advmod") for w in c.subtree):
        return True
    verbs = [v for v in verb.subtree if v.pos_ == "VERB"]
    heads = verbs + [o for v in verbs for o in v.children if o.dep_ == "dobj"]
    return any(c.dep_ == "prep" and c.lower_ in OCCASION_PREPS and _occasion(c)
               for v in heads for c in v.children)


def _occasion(prep: Token) -> bool:
    """Tell whether a preposition's object names an occasion in the past or present, not ahead.

    The noun of a complex preposition ("in the case of Brazil", "in the face of protests")
    names no occasion: the phrase is a preposition whose object the parser may misread as the
    reported clause's subject ("said in the case of Brazil write-offs ... is unlikely", T117).
    """
    obj = next((g for g in prep.children if g.dep_ == "pobj"), None)
    if obj is not None and obj.lemma_.lower() in COMPLEX_PREP_NOUNS and any(
            c.dep_ == "prep" and c.lower_ == "of" for c in obj.children):
        return False
    return obj is not None and obj.pos_ in ("NOUN", "PROPN") and not any(
        flagged(w.lower_, "future") or w.lower_ in AHEAD_NOUNS for w in obj.subtree)


def _names_occasion(prep: Token, trigger: Token) -> bool:
    """Tell whether a trigger is named by an occasion phrase itself, not by a clause inside it.

    "said in a statement that workers would be barred", "said in an appearance that he was
    summoning envoys": the parser hangs the reported clause on the occasion's noun, and a verb
    on the way up marks it as what was said, not where (session 13, news).
    """
    cur = trigger
    while cur.i != prep.i:
        if cur.pos_ in ("VERB", "AUX") or cur.head.i == cur.i:
            return False
        cur = cur.head
    return _occasion(prep)
