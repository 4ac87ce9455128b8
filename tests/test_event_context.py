"""Tests for newsledger.event_context: an event's PLOVER contexts from its sentence's topic words.

Sentences are made up for these tests.
"""

from __future__ import annotations

from collections import Counter

import pytest
from spacy.tokens import Span

from newsledger.event_context import (
    MAX_CONTEXTS,
    MIN_SCORE,
    RULE_WEIGHT,
    choose,
    context_cues,
    contexts,
    relations_context,
    topic_scores,
)
from newsledger.parse import parse
from newsledger.pipeline import extract
from newsledger.record import Actor, Mention


def _sent(text: str) -> Span:
    """Return the first sentence of a parsed text."""
    return next(iter(parse(text).sents))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Troops and tanks crossed the border at dawn.", ("military",)),
        ("The ruling party lost the presidential election.", ("election",)),
        ("Thousands of refugees fled across the river.", ("refugee",)),
        ("The government raised tariffs on steel imports.", ("economic",)),
        ("The court sentenced the former mayor after a two-week trial.", ("legal",)),
        ("Hackers broke into the ministry's computer network.", ("cyber",)),
        ("The ambassador met the foreign minister for talks.", ("diplomatic",)),
        ("The cholera epidemic spread to three provinces.", ("disease",)),
        ("Hijackers seized the airliner, a terrorist group said.", ("terrorism",)),
        ("Drones struck a convoy, the high command said.", ("military",)),
    ],
)
def test_topic_words_give_the_context(text: str, expected: tuple[str, ...]) -> None:
    assert contexts((), topic_scores(_sent(text))) == expected


def test_a_clear_topic_outvotes_the_trigger_row() -> None:
    # the trigger row says diplomatic; tariffs and imports say economic
    sent = _sent("The minister defended the new tariffs on steel imports.")
    assert contexts(("diplomatic",), topic_scores(sent))[0] == "economic"


def test_the_trigger_row_stands_when_the_sentence_has_no_topic_word() -> None:
    sent = _sent("He was held on Monday in the north of the country.")
    assert contexts(("legal",), topic_scores(sent)) == ("legal",)
    assert contexts((), topic_scores(sent)) == ()


def test_one_weak_word_is_no_context() -> None:
    # "clash" is weight 1: clashes are as often verbal
    assert topic_scores(_sent("The two sides clashed on Friday."))["military"] < MIN_SCORE
    assert contexts((), topic_scores(_sent("The two sides clashed on Friday."))) == ()


def test_two_equally_clear_topics_give_two_contexts() -> None:
    sent = _sent("The diplomat said the troops would stay.")
    assert set(contexts((), topic_scores(sent))) == {"diplomatic", "military"}


def test_asylum_from_a_trigger_row_is_the_refugee_context() -> None:
    sent = _sent("She was granted it on Tuesday.")
    assert contexts(("asylum",), topic_scores(sent)) == ("refugee",)


def test_choose_keeps_at_most_the_strongest_few() -> None:
    scores = Counter({"military": 6, "diplomatic": 6, "economic": 6, "legal": 1})
    assert len(choose(scores)) == MAX_CONTEXTS
    assert choose(Counter({"military": 6, "legal": 3})) == ("military",)
    assert choose(Counter({"legal": RULE_WEIGHT})) == ("legal",)
    assert choose(Counter()) == ()


def test_multiword_phrases_match_consecutive_tokens() -> None:
    assert topic_scores(_sent("Both sides agreed to a cease-fire."))["military"] >= 3
    assert topic_scores(_sent("Rights groups cited weapons of mass destruction."))["cbrn"] >= 3


def test_the_table_names_only_plover_contexts() -> None:
    known = {"political", "military", "intelligence", "economic", "diplomatic", "legal",
             "rights", "terrorism", "government", "election", "legislative", "cbrn", "cyber",
             "refugee", "humanitarian", "environment", "disease", "crime", "corruption"}
    used = {c for cues in context_cues().values() for c, _w in cues}
    assert used <= known
    assert all(1 <= w <= 3 for cues in context_cues().values() for _c, w in cues)


def test_record_events_carry_the_context() -> None:
    record = extract("Rebels attacked an army base near Gao on Monday, killing four soldiers.")
    assert record.events
    assert all("military" in e.context for e in record.events)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a narrow topic named outright wins over the broad one it lies in
        ("The navy deployed missiles able to carry nuclear weapons.", "cbrn"),
        ("Two soldiers died in a bomb attack claimed by guerrillas.", "terrorism"),
        ("The army held thousands of refugees in a camp.", "refugee"),
    ],
)
def test_a_narrow_topic_beats_its_broad_context(text: str, expected: str) -> None:
    assert contexts((), topic_scores(_sent(text)))[0] == expected


def test_a_parliament_acting_is_not_a_legislative_topic() -> None:
    # parliament weighs 1: the body acts here, the topic is its ties with another state
    sent = _sent("The parliament demanded that the government recall its ambassador from Moscow.")
    assert contexts((), topic_scores(sent))[0] == "diplomatic"


def test_an_elected_office_holder_is_not_an_election() -> None:
    sent = _sent("The newly elected president rejected the loan offer.")
    assert contexts((), topic_scores(sent)) == ("economic",)


def _actor(kind: str, country: str | None, sector: str | None) -> Actor:
    """Return a made-up actor with one mention."""
    return Actor("A1", "x", kind, country, sector, None, (Mention(0, 1, "x"),))  # type: ignore[arg-type]


def test_an_act_between_two_states_is_diplomatic() -> None:
    assert relations_context(_actor("person", "USA", "GOV"),
                             _actor("country", "RUS", None)) == ("diplomatic",)
    assert relations_context(_actor("country", "GRC", None),
                             _actor("organization", None, "IGO")) == ("diplomatic",)
    # one state's own bodies, a non-state side or a missing side: no relations
    assert relations_context(_actor("person", "FRA", "GOV"),
                             _actor("organization", "FRA", "LEG")) == ()
    assert relations_context(_actor("person", "USA", "GOV"), _actor("group", "RUS", "REB")) == ()
    assert relations_context(_actor("person", "USA", "GOV"), None) == ()


def test_record_events_between_states_without_topic_words_are_diplomatic() -> None:
    record = extract("President Bush threatened Russia with further action.")
    threats = [e for e in record.events if e.type == "THREATEN"]
    assert threats and all(e.context == ("diplomatic",) for e in threats)


def test_a_weak_narrow_word_alone_is_no_context() -> None:
    # "plane" (terrorism, weight 1) counts double only once it is a topic of its own
    assert contexts((), topic_scores(_sent("The plane landed in Lagos on Monday."))) == ()


def test_a_persons_name_is_no_topic_word() -> None:
    # "Bill" is a legislative word, but not as Bill Harding's first name
    sent = _sent("Bill Harding thanked his neighbours on Sunday.")
    assert "legislative" not in topic_scores(sent)


def test_a_place_name_is_no_topic_word() -> None:
    # "Bank" of the West Bank is no bank
    sent = _sent("Settlers marched through the West Bank on Friday.")
    assert "economic" not in topic_scores(sent)
