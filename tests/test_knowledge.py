"""Tests for newsledger.knowledge: well-known figures and organisations (issue 4)."""

from __future__ import annotations

from importlib import resources

import pytest

from newsledger.knowledge import _tables, figure, organisation, traits_for


@pytest.mark.parametrize(("phrase", "country", "sector"), [
    ("President Bush", "USA", "GOV"),
    ("Vice-President Moody Awori", "KEN", "GOV"),
    ("Israeli right-winger Ariel Sharon", "ISR", "GOV"),
    ("Mr. Blair", "GBR", "GOV"),
    ("Prime Minister Brown", "GBR", "GOV"),
    ("President Assad", "SYR", "GOV"),  # the surname without its "al-" particle
    ("Secretary-General Kofi Annan", None, "IGO"),
    ("President Reagan's latest policy statement", "USA", "GOV"),
])
def test_figures_by_full_name_or_titled_surname(phrase: str, country: str | None,
                                                sector: str) -> None:
    traits = figure(phrase)
    assert traits is not None, phrase
    assert (traits.country, traits.sector, traits.kind) == (country, sector, "person")


def test_a_bare_surname_needs_a_title_or_a_known_person() -> None:
    assert figure("Putin") is None  # a bare word could be anything without context
    putin = figure("Putin", person=True)
    assert putin is not None and putin.country == "RUS"
    # a common surname is only the table's figure after a title
    assert figure("Brown", person=True) is None
    assert figure("Brown University") is None
    assert figure("Cherie Blair", person=True) is None  # another first name: another person
    assert figure("Mrs Reagan") is None  # the honorific's gender rules the president out


def test_surnames_shared_across_countries_are_ambiguous() -> None:
    assert figure("President Kim") is None  # Kim Jong Un (PRK) and Kim Dae-jung (KOR)
    assert figure("Mr. Hussein") is None  # Saddam Hussein (IRQ) and King Hussein (JOR)
    bush = figure("George Bush")  # two presidents, one country: still known
    assert bush is not None and bush.country == "USA"


@pytest.mark.parametrize(("phrase", "country", "sector"), [
    ("Hamas", "PSE", "REB"),
    ("the Tamil Tigers", "LKA", "REB"),
    ("LTTE", "LKA", "REB"),
    ("the Liberation Tigers", "LKA", "REB"),
    ("Hezbollah guerrillas", "LBN", "REB"),
    ("the radical Palestinian Islamic Jihad movement", "PSE", "REB"),
    ("Islamic Salvation Front", "DZA", "OPP"),
    ("the NPFL", "LBR", "REB"),
    ("Reuters", None, "MED"),
    ("NATO", None, "IGO"),  # from the actors stage's institutions table
    ("the U.S. Army", "USA", "MIL"),
    ("Hamas.", "PSE", "REB"),
])
def test_organisations(phrase: str, country: str | None, sector: str) -> None:
    traits = organisation(phrase)
    assert traits is not None, phrase
    assert (traits.country, traits.sector) == (country, sector)


def test_acronyms_match_case_sensitively_and_words_are_not_names() -> None:
    assert organisation("the sea of azov") is None
    assert organisation("ltte") is None  # an acronym only in capitals
    assert organisation("Sea of Azov") is None  # the regiment's short name is not listed


def test_traits_for_prefers_an_organisation_and_passes_the_label() -> None:
    hamas = traits_for("Hamas leader Ismail Haniyeh")
    assert hamas is not None and hamas.country == "PSE"
    assert traits_for("Erdogan") is None
    erdogan = traits_for("Erdogan", "PERSON")
    assert erdogan is not None and erdogan.country == "TUR" and erdogan.role == "president"
    assert traits_for("the new bridge") is None


def test_tables_are_broad_and_carry_provenance() -> None:
    tables = _tables()
    assert len(tables.full) > 500
    assert len(tables.orgs_exact) > 600
    for name in ("figures.tsv", "organisations.tsv"):
        text = resources.files("newsledger.data").joinpath(name).read_text("utf-8")
        header = "\n".join(line for line in text.splitlines() if line.startswith("#"))
        assert "Written by hand" in header and "not derived from any evaluation" in header
        rows = [ln.split("\t") for ln in text.splitlines() if ln and not ln.startswith("#")]
        assert len({len(r) for r in rows}) == 1, f"{name}: ragged rows"
        codes = {r[1] for r in rows[1:]}
        assert all(c == "-" or (len(c) == 3 and c.isupper()) for c in codes), name
