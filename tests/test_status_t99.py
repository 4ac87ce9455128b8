"""Status rules of T99 (round 3 on natural text), on sentences written for these tests."""

from __future__ import annotations

import pytest
from status_probe import status_in, status_under_statement

from newsledger.parse import parse
from newsledger.record import Statement
from newsledger.status import status_of

# (sentence, trigger, expected): each rule with its look-alikes
QUESTION_CASES = [
    # "whether" leaves the act of a preposition's clause open
    ("The ministry will make a decision on whether to bring charges against the officers.",
     "charges", "hypothetical"),
    ("The debate over whether to impose sanctions on Iran went on for hours.", "sanctions",
     "hypothetical"),
    # look-alikes: no question mark, the act is the plan's own; a past decision's act is done
    ("The ministry will bring charges against the officers on whose orders troops fired.",
     "charges", "planned"),
    ("The court ruled on the charges against the officers.", "charges", "asserted"),
]

WILLING_CASES = [
    # a willingness adjective heads its infinitive and, through it, a (passive) purpose
    ("If there are people willing to put themselves on the line to be arrested, so be it.",
     "arrested", "hypothetical"),
    ("The rebels are willing to negotiate with the government.", "negotiate", "hypothetical"),
    # look-alikes: an act done to be arrested was done; an arrest is asserted
    ("Dozens of activists blocked the road to be arrested by the police.", "blocked", "asserted"),
    ("Police arrested dozens of activists who blocked the road.", "arrested", "asserted"),
]


@pytest.mark.parametrize(("sentence", "trigger", "expected"), QUESTION_CASES + WILLING_CASES)
def test_status_t99(sentence: str, trigger: str, expected: str) -> None:
    assert status_in(sentence, trigger) == expected


MEANS_CASES = [
    # a "by" gerund is the means of its verb's act: done, not reported, not negated
    ("The senator concluded by admonishing reporters who ignore the facts.", "admonishing",
     "asserted"),
    ("The party insisted that it was not hiding anything by refusing to testify.", "refusing",
     "claimed"),
    ("The mayor did not help matters by attacking the press.", "attacking", "asserted"),
    # look-alikes: the negated verb itself, its own content, a passive agent
    ("The mayor did not help matters by attacking the press.", "help", "denied"),
    ("The senator concluded that reporters had attacked him.", "attacked", "claimed"),
    ("The convoy was not hit by the shelling.", "shelling", "denied"),
]


@pytest.mark.parametrize(("sentence", "trigger", "expected"), MEANS_CASES)
def test_status_of_means(sentence: str, trigger: str, expected: str) -> None:
    assert status_in(sentence, trigger) == expected


@pytest.mark.parametrize(("text", "content", "cue", "trigger", "expected"), [
    # the statement stage reads "concluded by" as a cue: its means gerund is no content
    ("The senator concluded by admonishing reporters.", "admonishing reporters", "concluded by",
     "admonishing", "asserted"),
    ("The senator concluded that reporters had attacked him.", "reporters had attacked him",
     "concluded", "attacked", "claimed"),
])
def test_means_is_no_statement_content(text: str, content: str, cue: str, trigger: str,
                                       expected: str) -> None:
    assert status_under_statement(text, content, cue, trigger) == expected


PASSIVE_CASES = [
    # a present passive of a cue verb governs its subject as the active verb its object
    ("Two marches are planned for the opening day of the summit.", "marches", "planned"),
    ("A new offensive is feared in the north.", "offensive", "hypothetical"),
    ("Talks between the two sides will be considered next week.", "Talks", "hypothetical"),
    # look-alikes: a past passive, an active subject, a passive of no cue verb
    ("The attack was planned for months by a small cell.", "attack", "asserted"),
    ("The protesters plan a march on the capital.", "protesters", "asserted"),
    ("Two marches are held every year in the capital.", "marches", "asserted"),
    ("The summit is expected to agree changes to the asylum rules.", "summit", "asserted"),
]


@pytest.mark.parametrize(("sentence", "trigger", "expected"), PASSIVE_CASES)
def test_present_passive_governs_its_subject(sentence: str, trigger: str, expected: str) -> None:
    assert status_in(sentence, trigger) == expected


def test_passive_plan_is_no_intent() -> None:
    # "marches are planned" is a schedule, as "the planned marches", not its actor's intention
    doc = parse("Two marches are planned for the opening day of the summit.")
    decision = status_of(next(t for t in doc if t.text == "marches"))
    assert decision.status == "planned"
    assert not decision.intent


def _quoted(text: str, content: str, trigger: str) -> str:
    """Return a trigger's status under a direct statement cued by "said"."""
    start, cue_start = text.index(content), text.index("said")
    statement = Statement(id="S1", speaker="A1", speaker_text="x", cue="said", kind="direct",
                          content=content, start=start, end=start + len(content),
                          cue_start=cue_start, cue_end=cue_start + len("said"))
    doc = parse(text)
    return status_of(next(t for t in doc if t.text == trigger), [statement]).status


@pytest.mark.parametrize(("text", "content", "trigger", "expected"), [
    # a glad frame performs its speech act: saying it nominates, endorses
    ("“I am pleased to nominate Judge Lee to the appeals court,” the president said.",
     "I am pleased to nominate Judge Lee to the appeals court", "nominate", "asserted"),
    ("“We are proud to endorse Senator Smith,” the union said.",
     "We are proud to endorse Senator Smith", "endorse", "asserted"),
    # look-alikes: a past frame, a willingness, another's act
    ("“I was pleased to nominate Judge Lee last year,” the president said.",
     "I was pleased to nominate Judge Lee last year", "nominate", "claimed"),
    ("“We are ready to endorse Senator Smith,” the union said.",
     "We are ready to endorse Senator Smith", "endorse", "hypothetical"),
    ("“They are proud to endorse Senator Smith,” the union said.",
     "They are proud to endorse Senator Smith", "endorse", "claimed"),
])
def test_glad_frame_performs_its_act(text: str, content: str, trigger: str,
                                     expected: str) -> None:
    assert _quoted(text, content, trigger) == expected


@pytest.mark.parametrize(("text", "content", "cue", "trigger", "expected"), [
    # a participle on a noun describes a participant as a relative clause does
    ("The campaign reiterated plans to win over delegates, including those backing Smith.",
     "plans to win over delegates, including those backing Smith", "reiterated", "backing",
     "asserted"),
    ("The council approved a resolution condemning the travel ban.",
     "a resolution condemning the travel ban", "approved", "condemning", "asserted"),
    # look-alikes: inside a reported clause it identifies a referent of the claim; a plan's
    # participle is its content
    ("The minister said the mines seized by police had been adapted.",
     "the mines seized by police had been adapted", "said", "seized", "claimed"),
    ("The minister made an admission that soldiers had fought in the war.",
     "an admission that soldiers had fought in the war", "made", "fought", "claimed"),
    ("The minister reiterated plans calling for a ban on the imports.",
     "plans calling for a ban on the imports", "reiterated", "calling", "planned"),
])
def test_participle_describes(text: str, content: str, cue: str, trigger: str,
                              expected: str) -> None:
    assert status_under_statement(text, content, cue, trigger) == expected


@pytest.mark.parametrize(("text", "content", "cue", "trigger", "expected"), [
    # a known event named in the object a non-reporting cue acts on is the outlet's
    ("Marchers paused to remember the victims of the nightclub attack.",
     "the victims of the nightclub attack", "remember", "attack", "asserted"),
    ("The mayor criticized the handling of the riots by the police.",
     "the handling of the riots by the police", "criticized", "riots", "asserted"),
    # look-alikes: a report's object, an unspecific event, the content clause beside the cue
    ("The agency reported the victims of the nightclub attack.",
     "the victims of the nightclub attack", "reported", "attack", "claimed"),
    ("Marchers paused to remember victims of attacks on clubs.",
     "victims of attacks on clubs", "remember", "attacks", "claimed"),
])
def test_known_event_in_object(text: str, content: str, cue: str, trigger: str,
                               expected: str) -> None:
    assert status_under_statement(text, content, cue, trigger) == expected


@pytest.mark.parametrize(("text", "content", "cue", "trigger", "expected"), [
    # the subject of a set-off relative clause is described with its verb
    ("The mayor criticized the budget, which an independent inquiry said was flawed.",
     "the budget, which an independent inquiry said was flawed", "criticized", "inquiry",
     "asserted"),
    # look-alikes: the clause's object keeps the claim; a reported clause's own subject
    ("The governor said the mayor, who praised the raid on the camp, should resign.",
     "the mayor, who praised the raid on the camp, should resign", "said", "raid", "claimed"),
    ("The mayor said an independent inquiry found the budget flawed.",
     "an independent inquiry found the budget flawed", "said", "inquiry", "claimed"),
])
def test_relative_subject_is_described(text: str, content: str, cue: str, trigger: str,
                                       expected: str) -> None:
    assert status_under_statement(text, content, cue, trigger) == expected
