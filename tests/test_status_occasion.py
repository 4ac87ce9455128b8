"""Occasions of speaking (session 13): "said in an interview with X" is the outlet's narration.

Sentences written for these tests. A time phrase beside a reporting verb already dated the
speaking (T91, audit 3); an occasion phrase ("in an interview", "during talks", "at a meeting")
places it the same way, unless the reported clause hangs inside the phrase.
"""

from __future__ import annotations

import pytest
from status_probe import status_in

from newsledger.evaluate.events import analyse
from newsledger.parse import parse

CASES = [
    # the occasion after the verb, before the content, or fronted: where the speaker spoke
    ("The minister said during talks with the Kenyan envoy that the border would reopen.",
     "talks", "asserted"),
    ("The president said in an interview with a Turkish newspaper that he would not resign.",
     "interview", "asserted"),
    ("In an interview with the BBC, the general said the army had withdrawn.", "interview",
     "asserted"),
    ("At a meeting with farmers, the governor said prices would rise.", "meeting", "asserted"),
    # look-alikes: the reported clause hung on the occasion's noun, or the occasion inside it;
    # both stay the speaker's (future: planned)
    ("The union said in a statement that the nurses would be barred from the wards.", "barred",
     "planned"),
    ("The senator said the two leaders would meet during talks in Geneva.", "talks", "planned"),
]


@pytest.mark.parametrize(("sentence", "trigger", "expected"), CASES)
def test_occasion_of_speaking(sentence: str, trigger: str, expected: str) -> None:
    """An occasion of the reporting verb is narrated; a clause under it is still reported."""
    assert status_in(sentence, trigger) == expected


@pytest.mark.parametrize(("sentence", "trigger"), [
    ("The prosecutors interviewed two aides of the mayor on Monday.", "interviewed"),
    ("The foreign minister gave an interview to a Russian television channel.", "interview"),
])
def test_interview_is_consult(sentence: str, trigger: str) -> None:
    """An interview is coded CONSULT, as both labellers of the development sets code it."""
    coded = [c.event for c in analyse(parse(sentence))]
    assert [(e.type, e.trigger) for e in coded] == [("CONSULT", trigger)]


def test_job_interview_is_no_event() -> None:
    """A job interview consults no one in PLOVER's sense."""
    assert analyse(parse("She had a job interview at the bank on Tuesday.")) == []


@pytest.mark.parametrize("sentence", [
    "The ministry said in a press release that prices would rise.",
    "The release added that the envoy would not attend.",
])
def test_press_release_is_no_retreat(sentence: str) -> None:
    """A press release is a document of speaking, not a release from custody."""
    assert [c.event.type for c in analyse(parse(sentence))] == []


def test_release_of_hostages_is_still_retreat() -> None:
    """The look-alike: a release of people is RETREAT."""
    coded = analyse(parse("The release of the 20 soldiers came after weeks of negotiations."))
    assert ("RETREAT", "release") in [(c.event.type, c.event.trigger) for c in coded]
