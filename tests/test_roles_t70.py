"""Sides the events stage overrode or lost on unseen text (T70, issue 4: countries).

Sentences written for these tests; each reads the country of the record's actor behind an
event's side.
"""

from __future__ import annotations

from event_sides import event_sides

from newsledger.parse import parse
from newsledger.participants import transnational


def test_transnational_company_takes_no_sentence_country() -> None:
    """A company the tables list with no home ("-") is not of the sentence's one country."""
    found = event_sides("Thai Airways said it would be compensated by Airbus for the late delivery"
                   " of its new aircraft.", "AID")
    actors = [a for a, _ in found if a is not None and a.name == "Airbus"]
    assert actors and all(a.country is None for a in actors)
    assert any(r is not None and r.country == "THA" for _, r in found)


def test_transnational_reads_the_tables() -> None:
    """Airbus is listed without a home; a national body or an unknown name is not."""
    assert transnational("Airbus")
    assert not transnational("Hamas")
    assert not transnational("Quorvex Holdings")


def test_subject_hung_on_the_auxiliary_acts() -> None:
    """'X was prepared to veto': the parser hangs X on 'was'; X is the veto's actor."""
    from newsledger.clause_subject import verb_subject

    doc = parse("Earlier the foreign minister said the UK was prepared to veto any bid to cut"
                " the fund.")
    veto = next(t for t in doc if t.text == "veto")
    subject = verb_subject(veto)
    assert subject is not None and subject.text == "UK"
    # a main verb the tagger calls an auxiliary is no auxiliary: "met" does not visit
    doc = parse("The priest was killed in a blast hours after he met visiting French Foreign"
                " Minister Herve de Charette.")
    visiting = next(t for t in doc if t.text == "visiting")
    assert visiting.dep_ == "advcl" and doc[visiting.i - 1].dep_ == "aux"  # the misparse
    assert verb_subject(visiting) is None


def test_harm_result_of_phrase_is_the_victim() -> None:
    """'the shooting death of X': X is the victim; the investigating police did not shoot."""
    from newsledger.noun_roles import noun_roles

    doc = parse("Police are investigating the stabbing death of a Kenyan diplomat in the capital.")
    stabbing = next(t for t in doc if t.text == "stabbing")
    actor, recipients = noun_roles(stabbing, "ASSAULT", "dir")
    assert actor is None
    assert [t.text for t in recipients] == ["diplomat"]


def test_purchase_gives_its_buyer() -> None:
    """'The acquisition of Y would give X a foothold': X bought, Y is bought."""
    from newsledger.noun_roles import noun_roles

    doc = parse("The acquisition of Hollis Foods would give the Canadian bank a foothold in"
                " Texas.")
    actor, recipients = noun_roles(doc[1], "COOPERATE", "-")
    assert actor is not None and actor.text == "bank"
    assert [t.text for t in recipients] == ["Foods"]
    doc = parse("The acquisition was opposed by the Canadian bank.")
    assert noun_roles(doc[1], "COOPERATE", "-")[0] is None  # no giving verb: no buyer
