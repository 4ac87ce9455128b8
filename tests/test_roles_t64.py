"""Roles on unseen text (T64, issue 4): record-level checks of the rules on accusations of attacks.

Every sentence here was written for these tests (none is from a labelled set). Each test failed
before its rule was added.
"""

from __future__ import annotations

from newsledger.pipeline import extract


def _sides(text: str, type_: str) -> list[tuple[str | None, str | None]]:
    """Return the (actor country, recipient country) of each event of one type in a text."""
    record = extract(text, published="2020-01-01")
    country = {a.id: a.country for a in record.actors}
    return [(country.get(e.actor) if e.actor else None,
             country.get(e.recipient) if e.recipient else None)
            for e in record.events if e.type == type_]


def test_condemning_an_attack_accuses_its_doer_not_its_victim() -> None:
    # the attack's target or place is its victim; the one condemned is the attacker
    assert _sides("The Peruvian government condemned the bomb attack on the Chilean embassy in "
                  "Lima.", "ACCUSE") == [("PER", None)]
    assert _sides("Chile condemned the shelling of Peruvian villages.", "ACCUSE") == [
        ("CHL", None)]
    assert _sides("France condemned the attack by Malian soldiers on the village.",
                  "ACCUSE") == [("FRA", "MLI")]


def test_condemning_anything_else_still_takes_its_target() -> None:
    assert _sides("Germany condemned the arrest of the Turkish journalist.", "ACCUSE") == [
        ("DEU", "TUR")]
    assert _sides("Chile condemned the arrests in Peru.", "ACCUSE") == [("CHL", "PER")]
