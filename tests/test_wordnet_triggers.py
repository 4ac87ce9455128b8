"""The WordNet expansion of the trigger lexicon (T75, issue 4: coverage).

Sentences are written for these tests (none is taken from a gold, development or test set).
The generated file is checked against the hand lexicon and against a fresh run of its script.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterator
from importlib import resources
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from packaging.requirements import Requirement
from trigger_probe import coded_type

from newsledger import trigger_rules
from newsledger.errors import NewsledgerError
from newsledger.evaluate import event_baseline
from newsledger.trigger_rules import (
    NOT_AN_EVENT,
    WORDNET_FILE,
    LexiconError,
    TriggerRule,
    hand_rules,
    rules,
    wordnet_seeds,
)

RELATIONS = {"synonym", "hyponym1", "hyponym2", "derivation"}

PYPROJECT = Path(__file__).resolve().parents[1] / "pyproject.toml"


def _script() -> ModuleType:
    """Import scripts/wordnet_triggers.py, skipping unless exactly wn 0.0.23 is installed."""
    from scripts_loader import load_wordnet_script

    return load_wordnet_script("wordnet_triggers")


def _file_rows() -> list[list[str]]:
    """Return the generated file's data rows, split into cells, in file order."""
    text = resources.files("newsledger.data").joinpath(WORDNET_FILE).read_text("utf-8")
    return [ln.split("\t") for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]




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
])
def test_wordnet_verb_takes_its_seed_type(text: str, word: str, lemma: str,
                                          expected: str) -> None:
    """A verb only WordNet links to a hand lemma gets the seed's type."""
    assert (lemma, "VERB") not in hand_rules()  # the case depends on the expansion
    assert (lemma, "VERB") in wordnet_seeds()
    assert coded_type(text, word) == expected


@pytest.mark.parametrize(("lemma", "why"), [
    ("recede", "a synonym of retreat in verb.motion: 'the water receded'"),
    ("infest", "a synonym of overrun in verb.motion: weeds infest"),
    ("endanger", "threaten's first sense is 'pose a danger to': no other seed there"),
    ("outsell", "beat's first sense is 'win': no other seed there"),
    ("dismantle", "its senses have no SemCor count: the order is arbitrary"),
    ("eliminate", "a hyponym of destroy, left out at the default depth 0"),
    ("attacker", "a noun: nouns are left out by default"),
    ("punish", "penalise and penalize, one word spelt two ways, are its only seeds"),
    ("cane", "lambast and lambaste, one word spelt two ways, are its only seeds"),
    ("rationalize", "apologise's sense order is unattested (no SemCor count)"),
    ("clutch", "seize.v.01 is backed only by arrest, whose sense lies below it"),
    ("vacate", "resign is backed only by abdicate, whose sense lies below its own"),
    ("harry", "harass: its sense order is unattested, and only persecute, below, backs it"),
])
def test_left_out_of_the_expansion(lemma: str, why: str) -> None:
    """Words the rule leaves out (the reason given) get no WordNet rows in any part of speech."""
    assert not any(key[0] == lemma for key in wordnet_seeds()), why


def test_left_out_verb_codes_nothing() -> None:
    """'The floodwaters receded' (a retreat's synonym of water) is no RETREAT event."""
    assert coded_type("The floodwaters receded on Monday morning.", "receded") is None


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


def test_generated_file_is_what_the_script_writes(monkeypatch: pytest.MonkeyPatch,
                                                   wordnet: Any) -> None:
    """The committed file equals a fresh run of scripts/wordnet_triggers.py with its command."""
    script = _script()
    monkeypatch.setattr(script, "WordNet", lambda: wordnet)  # the session's reader (conftest)
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
    script = _script()
    assert script.event_types((_row("stab", NOT_AN_EVENT),)) == frozenset()
    assert script.event_types((_row("stab", "ASSAULT", (("obj", frozenset({"x"})),)),)) == \
        frozenset()
    assert script.event_types((_row("stab", "ASSAULT", (("calm", frozenset()),)),)) == \
        frozenset({"ASSAULT"})


def test_candidates_linked_to_seeds_of_different_types_are_dropped() -> None:
    """An ambiguous candidate (seeds of different types) is left out; else the closest seed."""
    script = _script()
    links = {
        ("smite", "VERB"): [(0, 1, "strike", frozenset({"ASSAULT"}), "a<-b"),
                            (1, 1, "censure", frozenset({"ACCUSE"}), "a<-c")],
        ("slay", "VERB"): [(1, 1, "murder", frozenset({"ASSAULT"}), "a<-d"),
                           (0, 3, "kill", frozenset({"ASSAULT"}), "a<-e")],
    }
    chosen = script.choose(links)
    assert [(c.lemma, c.seed, c.relation) for c in chosen] == [("slay", "kill", "synonym")]


def test_choose_prefers_the_seed_with_fewer_row_types_on_a_tie() -> None:
    """At the same relation the narrower seed wins, not the first alphabetically.

    "indorse" shares back.v.01 with "back" (CONCEDE, REJECT, SUPPORT and a blocking row) and
    "endorse" (SUPPORT only): it must copy endorse's one row, not back's five.
    """
    script = _script()
    links = {("indorse", "VERB"): [(0, 4, "back", frozenset({"SUPPORT"}), "a<-b"),
                                   (0, 1, "endorse", frozenset({"SUPPORT"}), "a<-b")],
             ("smite", "VERB"): [(0, 2, "strike", frozenset({"ASSAULT"}), "a<-c"),
                                 (0, 2, "hit", frozenset({"ASSAULT"}), "a<-d")]}
    chosen = script.choose(links)
    assert [(c.lemma, c.seed) for c in chosen] == [("indorse", "endorse"), ("smite", "hit")]
    assert wordnet_seeds().get(("indorse", "VERB")) in (None, "endorse")


def test_spelling_variants_are_one_word() -> None:
    """British/American -ise/-ize (-yse/-yze) and a silent final e fold; other words do not."""
    script = _script()
    key = script.spelling_key
    assert key("apologise") == key("apologize")
    assert key("lambast") == key("lambaste")
    assert key("analyse") == key("analyze")
    assert key("back") != key("endorse")
    assert key("arrest") != key("arise")


@pytest.mark.parametrize(("one", "other", "pos", "same"), [
    ("lambast", "lambaste", "VERB", True),  # one synset, two spellings
    ("apologise", "apologize", "VERB", True),
    ("fin", "fine", "VERB", False),  # one folded key, no shared sense: two words
    ("hat", "hate", "VERB", False),
    ("confidant", "confidante", "NOUN", False),  # confidante.n.01 lies below confidant.n.01
    ("back", "endorse", "VERB", False),  # a shared sense, two keys
])
def test_spelling_variants_need_a_shared_sense(one: str, other: str, pos: str,
                                               same: bool, wordnet: Any) -> None:
    """A folded key makes two lemmas one word only if WordNet also puts them in one synset."""
    script = _script()
    assert script.spelling_variants(wordnet, one, other, pos) is same
    assert script.spelling_variants(wordnet, other, one, pos) is same


def _seeds_of(script: ModuleType, wordnet: Any, table: dict[str, str], pos: str = "VERB"
              ) -> set[str]:
    """Return the seed lemmas the script keeps from a synthetic table lemma -> type."""
    hand = {(lemma, pos): (TriggerRule(lemma, pos, type_, None, (), (), "-"),)
            for lemma, type_ in table.items()}
    return {lemma for lemma, _pos in script.seeds(wordnet, hand)}


def test_a_seed_needs_another_word_at_its_sense_or_above(wordnet: Any) -> None:
    """Agreement counts a different word, whose sense is the seed's own or its hypernym.

    lambast/lambaste (one word, two spellings) and apologise/apologize corroborate nothing;
    arrest (collar.v.01, below seize.v.01) does not make "seize" a seed of its general sense;
    back and endorse (both back.v.01) corroborate each other.
    """
    script = _script()
    assert _seeds_of(script, wordnet, {"lambast": "ACCUSE", "lambaste": "ACCUSE"}) == set()
    assert _seeds_of(script, wordnet, {"apologise": "SUPPORT", "apologize": "SUPPORT"}) == set()
    assert "seize" not in _seeds_of(script, wordnet, {"seize": "COERCE", "arrest": "COERCE"})
    assert _seeds_of(script, wordnet, {"back": "SUPPORT", "endorse": "SUPPORT"}) == {
        "back", "endorse"}


def test_a_folded_key_without_a_shared_sense_is_another_word(wordnet: Any) -> None:
    """confidant (confidant.n.01) backs confidante, whose one sense lies just below it.

    The silent-e fold gives both one key; the old rule took them for one word and kept neither.
    """
    script = _script()
    table = {"confidant": "SUPPORT", "confidante": "SUPPORT"}
    assert _seeds_of(script, wordnet, table, "NOUN") == {"confidante"}


def test_a_seed_needs_an_attested_first_sense(wordnet: Any) -> None:
    """apologise's senses have no SemCor count for that spelling: its first sense is no seed."""
    script = _script()
    assert not script.attested_first(wordnet, "apologise", "VERB")
    # rationalize's attested first sense is apologise's first sense: they would agree
    assert "apologise" not in _seeds_of(script, wordnet, {"apologise": "SUPPORT",
                                                          "rationalize": "SUPPORT"})


@pytest.mark.parametrize(("text", "word"), [
    ("A mourner clutched a photograph of her son at the funeral.", "clutched"),
    ("The appeals court vacated the conviction on Tuesday.", "vacated"),
    ("PRINCE HARRY VISITS TROOPS", "HARRY"),
    ("The minister rationalized the decision as a matter of security.", "rationalized"),
])
def test_general_senses_code_no_event(text: str, word: str) -> None:
    """Words linked to a seed only through a spelling twin or a hyponym seed code no event."""
    assert coded_type(text, word) is None


@pytest.fixture
def fresh_rules() -> Iterator[None]:
    """Clear the cached trigger table before and after a test that patches its sources."""
    rules.cache_clear()
    yield
    rules.cache_clear()


def test_hand_rows_win_over_generated_rows(monkeypatch: pytest.MonkeyPatch,
                                           fresh_rules: None) -> None:
    """rules(): a lemma's hand rows beat its generated row; a seed's rows are copied."""
    hand = {("zorp", "VERB"): (_row("zorp", "ASSAULT"),),
            ("blick", "VERB"): (_row("blick", "REJECT"),)}
    generated = {("blick", "VERB"): "zorp",  # has hand rows: they win
                 ("quaff", "VERB"): "zorp"}  # copies zorp's row
    monkeypatch.setattr(trigger_rules, "hand_rules", lambda: hand)
    monkeypatch.setattr(trigger_rules, "wordnet_seeds", lambda: generated)
    table = trigger_rules.rules()
    assert [r.type for r in table[("blick", "VERB")]] == ["REJECT"]
    assert [(r.lemma, r.type) for r in table[("quaff", "VERB")]] == [("quaff", "ASSAULT")]


@pytest.mark.parametrize("seed", ["quaff", "gone"])
def test_a_seed_without_hand_rows_fails_loudly(monkeypatch: pytest.MonkeyPatch,
                                               fresh_rules: None, seed: str) -> None:
    """A generated row whose seed is only a copy, or lost its hand rows, raises: no silent skip."""
    hand = {("zorp", "VERB"): (_row("zorp", "ASSAULT"),)}
    generated = {("quaff", "VERB"): "zorp", ("vrell", "VERB"): seed}
    monkeypatch.setattr(trigger_rules, "hand_rules", lambda: hand)
    monkeypatch.setattr(trigger_rules, "wordnet_seeds", lambda: generated)
    with pytest.raises(LexiconError, match=r"vrell/VERB.*rerun scripts/wordnet_triggers\.py"):
        trigger_rules.rules()


def test_lexicon_error_is_a_newsledger_error() -> None:
    """A stale lexicon row raises under NewsledgerError, and stays a ValueError for callers."""
    assert issubclass(LexiconError, NewsledgerError)
    assert issubclass(LexiconError, ValueError)


def test_baseline_reads_the_hand_rows_only() -> None:
    """The root-verb baseline is a fixed reference: no WordNet copy enters its verb table."""
    event_baseline._verb_types.cache_clear()
    table = event_baseline._verb_types()
    copies = {lemma for (lemma, pos) in wordnet_seeds() if pos == "VERB"}
    assert copies, "the expansion file has no verb rows"
    assert not copies & set(table)
    assert {lemma for (lemma, pos), rows in hand_rules().items()
            if pos == "VERB" and any(not r.when for r in rows)} == set(table)


def test_header_names_the_spacy_range_of_the_stop_words() -> None:
    """The header names the spaCy requirement of pyproject.toml (the STOP_WORDS it read)."""
    deps = tomllib.loads(PYPROJECT.read_text("utf-8"))["project"]["dependencies"]
    spacy = next(d for d in deps if Requirement(d).name == "spacy")
    text = resources.files("newsledger.data").joinpath(WORDNET_FILE).read_text("utf-8")
    header = "\n".join(ln for ln in text.splitlines() if ln.startswith("#"))
    assert "STOP_WORDS" in header and spacy in header


def test_spacy_requirement_is_spacy_itself(monkeypatch: pytest.MonkeyPatch,
                                           tmp_path: Path) -> None:
    """The header names spaCy's requirement, not one of a package whose name starts "spacy"."""
    script = _script()
    (tmp_path / "pyproject.toml").write_text(
        '[project]\ndependencies = ["spacy-lookups-data>=1.0", "spacy[lookups] >=3.8,<3.9"]\n',
        encoding="utf-8")
    monkeypatch.setattr(script, "ROOT", tmp_path)
    assert script.spacy_requirement() == "spacy[lookups] >=3.8,<3.9"
