"""Argument countries (T55, issue 4): the country an event argument's own words give.

Every sentence here was written for these tests (none is from a labelled set). Each rule's test
failed before the rule was added.
"""

from __future__ import annotations

from newsledger.actors import build_actors
from newsledger.arguments import Argument, make_argument
from newsledger.parse import parse
from newsledger.recipients import act_recipients


def _country(text: str, head: str) -> str | None:
    """Return the country of the argument headed by the first token ``head``."""
    doc = parse(text)
    tok = next(t for t in doc if t.text == head)
    return make_argument(tok, build_actors(doc)).country


def test_a_group_loyal_to_a_national_body_takes_its_country() -> None:
    # "loyal" after its noun is parsed as an adjective modifier, not a participle clause
    assert _country("Militias loyal to the Syrian government attacked the town.",
                    "Militias") == "SYR"
    assert _country("Guards loyal to the Libyan leader fired at the crowd.", "Guards") == "LBY"


def test_a_group_loyal_to_no_country_has_none() -> None:
    assert _country("Guards loyal to the old owner fired at the crowd.", "Guards") is None


def test_a_threat_to_use_a_means_is_aimed_at_its_purposes_recipient() -> None:
    doc = parse("Norway threatened to use its new banking law to revoke or deny licences to "
                "Swedish banks.")
    threatened = next(t for t in doc if t.text == "threatened")
    found = act_recipients(threatened, build_actors(doc), (), frozenset())
    assert [a.country for a in found] == ["SWE"]


def _argument(text: str, head: str) -> Argument:
    """Return the argument headed by the first token ``head``."""
    doc = parse(text)
    return make_argument(next(t for t in doc if t.text == head), build_actors(doc))


def test_a_plural_relational_noun_names_a_party() -> None:
    # T61: "two neighbours", "his rivals" name parties by their relation to someone; the
    # registry gives them no country or sector, the relation says they are somebody
    assert _argument("The president accused two neighbours of arming rebels.", "neighbours").party
    assert _argument("The senator attacked his rivals over the budget.", "rivals").party


def test_a_singular_or_plain_noun_is_no_party() -> None:
    assert not _argument("The president accused a neighbour of arming rebels.", "neighbour").party
    assert not _argument("The president accused two companies of fraud.", "companies").party
