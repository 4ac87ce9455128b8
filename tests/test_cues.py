"""The cue frames and the candidate scorer (newsledger.cues), on sentences written for the tests."""

from __future__ import annotations

import pytest

from newsledger.cues import (
    best_frame,
    candidates,
    cue_key,
    features,
    frames,
    lexicon,
    second_act,
)
from newsledger.parse import parse
from newsledger.statement_drafts import subject_of


def _token(text: str, word: str):  # type: ignore[no-untyped-def]
    doc = parse(text)
    return next(t for t in doc if t.text == word)


def test_frames_find_the_clause_and_the_prepositional_object() -> None:
    said = _token("The mayor said that the bridge would reopen in May.", "said")
    start, end = frames(said)["ccomp"]
    assert said.doc[start:end].text.startswith("that the bridge would reopen")
    called = _token("The minister called for an immediate ceasefire.", "called")
    start, end = frames(called)["prep:for"]
    assert called.doc[start:end].text == "an immediate ceasefire"


def test_features_describe_the_content_the_governing_verb_and_the_subject() -> None:
    say = _token("The spokesman declined to say whether the talks had failed.", "say")
    span = frames(say)["ccomp"]
    feats = features(say, "ccomp", span, in_quote=False)
    assert "fh:xcomp|decline" in feats
    criticized = _token("The spokesman criticized the plan.", "criticized")
    feats = features(criticized, "dobj", frames(criticized)["dobj"], in_quote=False)
    assert "fo:dobj|plan" in feats and "sl:spokesman" in feats


def test_scorer_fires_on_speech_and_not_on_an_ordinary_verb() -> None:
    said = _token("The mayor said that the bridge would reopen in May.", "said")
    assert best_frame(said, in_quote=False) is not None
    ate = _token("The mayor ate an apple before the council met.", "ate")
    assert best_frame(ate, in_quote=False) is None


def test_a_listed_lemma_is_a_candidate_in_frames_it_was_not_listed_with() -> None:
    deplored = _token("The bishop deplored the violence in the capital.", "deplored")
    listed = lexicon()[cue_key(deplored)]
    assert "dobj" not in listed  # precondition: PolNeAR train shows "deplore" with a clause only
    assert "dobj" in candidates(deplored)
    ate = _token("The mayor ate an apple before the council met.", "ate")
    assert cue_key(ate) not in lexicon() and "dobj" not in candidates(ate)


@pytest.mark.parametrize(("text", "verb", "expected"), [
    # after a report of a state, a coordinated reporting verb is the speaker's next act
    ("His rival told reporters the drills were a pretext, and called for observers.", "called",
     True),
    ("The mayor urged residents to stay calm and called for an inquiry.", "called", True),
    # after a thing's act too ("the talks had failed"): nobody else could have called
    ("The minister said the talks had failed, and called for new elections.", "called", True),
    ("The spokesman said the economy was growing and called for calm.", "called", True),
    # after a reported act it may be the act's subject's: left in the report
    ("Officials said the rebels seized the town and told residents to leave.", "told", False),
    ("The mayor says the police attacked the crowd and arrested its leaders.", "arrested",
     False),
])
def test_second_act_follows_a_reported_state_or_an_infinitive(text: str, verb: str,
                                                              expected: bool) -> None:
    doc = parse(text)
    assert second_act(next(t for t in doc if t.text == verb)) is expected


def test_for_with_an_infinitive_clause_is_the_object_of_for() -> None:
    # the parse makes "for X to do Y" a clause marked by "for", not a prepositional object
    calling = _token("The senator is calling for the United States to step up its efforts.",
                     "calling")
    start, end = frames(calling)["prep:for"]
    assert calling.doc[start:end].text == "the United States to step up its efforts"
    hoped = _token("She waited for the rain to stop.", "waited")
    assert hoped.doc[slice(*frames(hoped)["prep:for"])].text == "the rain to stop"


def test_a_reaction_noun_received_by_the_subject_has_the_subject_as_content() -> None:
    criticism = _token("The new port tax has drawn harsh criticism from shipowners.", "criticism")
    start, end = frames(criticism)["subject"]
    assert criticism.doc[start:end].text == "The new port tax"
    scrutiny = _token("The mayor came under scrutiny for the contract.", "scrutiny")
    assert scrutiny.doc[slice(*frames(scrutiny)["subject"])].text == "The mayor"
    # a reaction noun somebody gives is no such frame
    praise = _token("The mayor praised the workers.", "praised")
    assert "subject" not in frames(praise)


def test_the_source_of_a_received_reaction_is_whoever_it_came_from() -> None:
    criticism = _token("The new port tax has drawn harsh criticism from shipowners.", "criticism")
    source = subject_of(criticism, "subject")
    assert source is not None and source.text == "shipowners"
    support = _token("The plan enjoys wide support.", "support")
    assert subject_of(support, "subject") is None  # not the plan: it is the content


def test_a_passive_cue_with_its_agent_has_its_subject_as_content() -> None:
    rejected = _token("The port tax was rejected by the shipowners on Friday.", "rejected")
    assert rejected.doc[slice(*frames(rejected)["passive"])].text == "The port tax"
    source = subject_of(rejected, "passive")
    assert source is not None and source.text == "shipowners"
    # without an agent nobody is named as judging it: no such frame
    quiet = _token("The port tax was rejected on Friday.", "rejected")
    assert "passive" not in frames(quiet)
