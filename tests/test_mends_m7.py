"""Mends of the second review's (T74) trigger and role findings 1-4 (M7).

Sentences are the review's own (written for it, none from a gold, development or test set) and
neighbours written here that must keep their sense. Each case checks the record's type and
sides (actor and recipient names) through ``newsledger.pipeline.extract``; each failed before.
"""

from __future__ import annotations

import pytest

from newsledger.pipeline import extract

Coded = tuple[str, str | None, str | None]


def _coded(text: str) -> list[Coded]:
    """Return (type, actor name, recipient name) of every event the record of a text holds."""
    record = extract(text, published="2020-01-01")
    names = {a.id: a.name for a in record.actors}
    return [(e.type, names.get(e.actor) if e.actor else None,
             names.get(e.recipient) if e.recipient else None) for e in record.events]


@pytest.mark.parametrize("text", [
    # 1: a prison or custody that is only where something else happened
    "The former minister died in prison last year.",
    "A fire broke out in the prison overnight.",
    "In 2003 she served three months in prison for hitting a guard.",
    # 3: speaking out about a time, a need or one's own life is no criticism
    "The bishop spoke out over the weekend.",
    "The activist spoke out about the need for more housing.",
    "The singer spoke out about her struggle with depression.",
])
def test_no_event(text: str) -> None:
    """These sentences code no event at all."""
    assert _coded(text) == []


def test_riot_in_prison_is_the_riot_alone() -> None:
    """Inmates rioting in a prison is their protest, not a detention (1)."""
    assert [c[0] for c in _coded("Inmates rioted in the prison on Monday.")] == ["PROTEST"]


def test_jailed_in_prison_is_coded_once() -> None:
    """"jailed ... for six years in prison" is one act of the court on the activist (1)."""
    assert _coded("The court jailed the activist for six years in prison.") == [
        ("COERCE", "court", "activist")]


@pytest.mark.parametrize(("text", "coded"), [
    # 1: the detainee is the recipient; the holder, when named, the actor
    ("The opposition leader remains in custody.", ("COERCE", None, "opposition leader")),
    ("The journalist has been in prison since March.", ("COERCE", None, "journalist")),
    ("Police kept the opposition leader in custody overnight.",
     ("COERCE", "Police", "opposition leader")),
    ("The opposition leader was kept in custody by police.",
     ("COERCE", "police", "opposition leader")),
])
def test_custody_sides(text: str, coded: Coded) -> None:
    """Held in custody or prison under a holding verb: the one held receives it (1)."""
    assert _coded(text) == [coded]


@pytest.mark.parametrize(("text", "coded"), [
    # 3: criticism of someone, of an act or of a policy stays
    ("The senator spoke out over the president's decision to fire the judge.",
     ("ACCUSE", "senator", "president")),
    ("The bishop spoke out against the new law.", ("ACCUSE", "bishop", None)),
    # the about-phrase's author is the accused, as the over-phrase's is (session 8)
    ("The senator spoke out about the government's handling of the crisis.",
     ("ACCUSE", "senator", "government")),
])
def test_speaking_out_against_someone(text: str, coded: Coded) -> None:
    """Speaking out against, about or over a criticised act is still ACCUSE (3)."""
    assert _coded(text) == [coded]


@pytest.mark.parametrize(("text", "coded"), [
    # 4: the victim of "the stabbing death of X" is X, the doer unnamed
    ("Police are investigating the stabbing death of a Kenyan diplomat.",
     ("ASSAULT", None, "Kenyan diplomat")),
    ("Gunmen were blamed for the shooting death of a doctor.", ("ASSAULT", None, "doctor")),
])
def test_harm_result_sides(text: str, coded: Coded) -> None:
    """A verb-tagged act on a harm noun reads its victim from the noun's of-phrase (4)."""
    assert coded in _coded(text)


@pytest.mark.parametrize(("text", "coded"), [
    # 2: the advancing side acts; the side that holds or halts it receives
    ("Ukrainian forces held the advance of Russian troops near Bakhmut.",
     ("ASSAULT", "Russian troops", "Ukrainian forces")),
    ("Government forces halted the advance of the rebels.",
     ("ASSAULT", "rebels", "Government forces")),
])
def test_advance_sides(text: str, coded: Coded) -> None:
    """The of-phrase of a military advance is the one advancing, not its victim (2)."""
    assert _coded(text) == [coded]
