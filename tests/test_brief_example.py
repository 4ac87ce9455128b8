"""The project brief's example paragraph, read right (T57): speakers, statements and actors.

The paragraph is the brief's own invented text; every other sentence is written for these tests
(no gold text). Each construction is tested beyond the paragraph: a relational noun with a
possessor names another person than the possessor; a reporting verb coordinated after the clause
a cue reports is the speaker's second act; single quotation marks quote; a quoted fragment keeps
its closing mark; a gerund is not part of the mention of its object.
"""

from __future__ import annotations

import pytest

from newsledger.actors import ActorIndex, build_actors
from newsledger.parse import parse
from newsledger.quotes import quotations
from newsledger.record import Actor, Statement
from newsledger.statements import extract_statements

BRIEF = (
    "Foreign troops began arriving for joint exercises, the country's defence ministry said on "
    "Saturday. The president accused two neighbours of training militants 'to stage a coup'. His "
    "rival told reporters the drills were 'a pretext', and called for international observers at "
    "the border."
)


def _read(text: str) -> tuple[ActorIndex, list[Statement]]:
    doc = parse(text)
    actors = build_actors(doc)
    return actors, extract_statements(doc, actors, [])


def _by_cue(statements: list[Statement], cue: str) -> Statement:
    found = [s for s in statements if s.cue == cue]
    assert len(found) == 1, [(s.cue, s.content) for s in statements]
    return found[0]


def _mentioned(actors: ActorIndex, words: str) -> Actor | None:
    return next((a for a in actors.actors if any(m.text == words for m in a.mentions)), None)


@pytest.fixture(scope="module")
def brief() -> tuple[ActorIndex, list[Statement]]:
    return _read(BRIEF)


def test_brief_rival_is_its_own_person_not_the_president(
    brief: tuple[ActorIndex, list[Statement]],
) -> None:
    actors, statements = brief
    president = _mentioned(actors, "The president")
    told = _by_cue(statements, "told")
    assert president is not None and told.speaker is not None
    assert told.speaker != president.id
    rival = actors.get(told.speaker)
    assert rival is not None and rival.kind == "person" and "rival" in rival.name
    his = _mentioned(actors, "His")
    assert his is not None and his.id == president.id  # the possessor alone is the president


def test_brief_told_content_ends_at_the_quoted_fragment_and_is_mixed(
    brief: tuple[ActorIndex, list[Statement]],
) -> None:
    _, statements = brief
    told = _by_cue(statements, "told")
    assert told.content == "the drills were 'a pretext'"
    assert told.kind == "mixed"
    assert told.addressee == "reporters"


def test_brief_called_for_is_the_rivals_second_act(
    brief: tuple[ActorIndex, list[Statement]],
) -> None:
    _, statements = brief
    told, called = _by_cue(statements, "told"), _by_cue(statements, "called for")
    assert called.speaker_text == "His rival"
    assert called.speaker == told.speaker
    assert called.content == "international observers at the border"


def test_brief_accused_content_keeps_its_closing_quote_mark(
    brief: tuple[ActorIndex, list[Statement]],
) -> None:
    _, statements = brief
    accused = _by_cue(statements, "accused")
    assert accused.content == "two neighbours of training militants 'to stage a coup'"
    assert accused.kind == "mixed"


def test_brief_gerund_is_not_part_of_the_militants_mention(
    brief: tuple[ActorIndex, list[Statement]],
) -> None:
    actors, _ = brief
    assert not any("training" in m.text for a in actors.actors for m in a.mentions)
    militants, neighbours = _mentioned(actors, "militants"), _mentioned(actors, "two neighbours")
    assert militants is not None and neighbours is not None and militants.id != neighbours.id
    assert neighbours.kind == "group"


@pytest.mark.parametrize(("text", "cue", "noun"), [
    ("The senator lost the vote on Monday. Her opponent told reporters the count was fair.",
     "told", "opponent"),
    ("The general resigned on Friday. His successor said the army would stay neutral.",
     "said", "successor"),
    ("The minister met the donors. The minister's brother said the contract was legal.",
     "said", "brother"),
])
def test_possessed_relational_noun_names_another_person(text: str, cue: str, noun: str) -> None:
    actors, statements = _read(text)
    statement = _by_cue(statements, cue)
    owner = actors.actors[0]  # the senator, the general, the minister: named first
    assert statement.speaker is not None and statement.speaker != owner.id
    speaker = actors.get(statement.speaker)
    assert speaker is not None and speaker.kind == "person"
    assert any(noun in m.text for m in speaker.mentions)


def test_same_relation_of_one_possessor_is_one_actor_of_two_possessors_two() -> None:
    actors, statements = _read(
        "The governor's daughter said the family was safe. The mayor's daughter said the fire "
        "was out. The governor's daughter later said the house was lost."
    )
    speakers = [s.speaker for s in statements if s.cue == "said"]
    governor, mayor = _mentioned(actors, "The governor"), _mentioned(actors, "The mayor")
    assert governor is not None and mayor is not None and governor.id != mayor.id
    assert len(speakers) == 3 and not {None, governor.id, mayor.id} & set(speakers)
    assert speakers[0] == speakers[2] != speakers[1]
    daughter = actors.get(speakers[0])
    assert daughter is not None and daughter.sector is None  # not of the government


def test_peer_relation_of_a_body_is_a_body_and_of_a_person_a_person() -> None:
    actors, statements = _read("The company cut its prices. Its rival said the cuts were illegal.")
    company, said = _mentioned(actors, "The company"), _by_cue(statements, "said")
    rival = actors.get(said.speaker)
    assert company is not None and rival is not None and rival.id != company.id
    assert rival.kind == "organization"
    actors, statements = _read("The mayor lost. Her rival said the count was fair.")
    rival = actors.get(_by_cue(statements, "said").speaker)
    assert rival is not None and rival.kind == "person"


def test_peer_relation_of_a_body_or_counterpart_is_of_another_country() -> None:
    actors, statements = _read(
        "North Korea tested a missile. Pyongyang's only ally said the test was a mistake.")
    ally = actors.get(_by_cue(statements, "said").speaker)
    assert ally is not None and ally.country != "PRK" and ally.kind == "organization"
    actors, statements = _read(
        "The Russian president met reporters. His counterpart said the talks went well.")
    counterpart = actors.get(_by_cue(statements, "said").speaker)
    assert counterpart is not None and counterpart.country != "RUS"
    actors, statements = _read(
        "The Russian president met reporters. His rival said the talks went badly.")
    rival = actors.get(_by_cue(statements, "said").speaker)
    assert rival is not None and rival.country == "RUS"  # a person's rival: a compatriot


def test_possessor_is_never_the_speaker_of_its_possessed_noun() -> None:
    actors, statements = _read("The senator won the vote. Her landlord said the rent was fair.")
    senator = _mentioned(actors, "The senator")
    said = _by_cue(statements, "said")
    assert senator is not None and said.speaker_text == "Her landlord"
    assert said.speaker != senator.id


def test_coordinated_reporting_verb_is_the_speakers_second_act() -> None:
    _, statements = _read(
        "The mayor said the budget was a disgrace and urged residents to protest on Friday."
    )
    said, urged = _by_cue(statements, "said"), _by_cue(statements, "urged")
    assert said.content == "the budget was a disgrace"
    assert urged.speaker_text == "The mayor"


def test_finite_verb_coordinated_after_an_infinitive_content_is_the_speakers() -> None:
    _, statements = _read("The mayor urged residents to stay calm and called for an inquiry.")
    assert _by_cue(statements, "urged").content.endswith("to stay calm")
    assert _by_cue(statements, "called for").speaker_text == "The mayor"


def test_coordinated_verb_of_the_reported_clause_stays_in_the_content() -> None:
    _, statements = _read("The mayor said the budget had grown and cost taxpayers millions.")
    assert _by_cue(statements, "said").content == "the budget had grown and cost taxpayers millions"


def test_single_quotation_marks_quote_and_apostrophes_do_not() -> None:
    text = ("The neighbours' leaders said the country's 'new era' had begun in the '90s, and "
            "O'Neil called it 'rock 'n' roll'.")
    assert [text[q.outer_start:q.outer_end] for q in quotations(text)] == [
        "'new era'", "'rock 'n' roll'"]


@pytest.mark.parametrize(
    "quoted", ["'a fabrication'", '"a fabrication"', "\u2018a fabrication\u2019"])
def test_quoted_fragment_keeps_its_closing_mark_and_makes_a_mixed_statement(quoted: str) -> None:
    _, statements = _read(f"The minister said the report was {quoted}.")
    said = _by_cue(statements, "said")
    assert said.content == f"the report was {quoted}"
    assert said.kind == "mixed"


def test_quoted_subheading_continues_no_statement() -> None:
    _, statements = _read(
        "Port Strike Enters Second Week\n\n"
        '"We will stay out until the owners sign," said Maria Okafor, a dockworker. "They know '
        'what we want."\n\n'
        "'The Cranes Stand Still.'\n\n"
        "The port authority declined to comment.\n"
    )
    assert statements and not any("Cranes Stand Still" in s.content for s in statements)


def test_gerund_object_is_the_actor_and_a_participle_stays_in_its_phrase() -> None:
    actors, _ = _read("Police accused the gang of financing rebels in the south.")
    assert _mentioned(actors, "rebels") is not None
    assert not any("financing" in m.text for a in actors.actors for m in a.mentions)
    actors, _ = _read("The ruling party accused the army of arming militias.")
    assert _mentioned(actors, "The ruling party") is not None
    assert _mentioned(actors, "militias") is not None


def test_brief_called_for_event_is_the_rivals_request() -> None:
    # T61: the REQUEST "called (for)" hangs on the reported clause ("the drills were"); as the
    # speaker's second act its actor is the reporting verb's subject, the rival
    from newsledger import extract

    record = extract(BRIEF, published="2026-11-21")
    rival = next(a for a in record.actors if any(m.text == "rival" for m in a.mentions))
    request = next(e for e in record.events if e.type == "REQUEST" and e.trigger == "called")
    assert request.actor == rival.id


def test_brief_accuse_event_is_aimed_at_the_two_neighbours() -> None:
    # T61/M2: "two neighbours" names parties by their relation (Argument.party); the registry
    # gives them no country or sector, yet they are somebody, so recipients.names_actor keeps them
    from newsledger import extract

    record = extract(BRIEF, published="2026-11-21")
    neighbours = next(a for a in record.actors
                      if any(m.text == "two neighbours" for m in a.mentions))
    accuse = next(e for e in record.events if e.type == "ACCUSE" and e.trigger == "accused")
    assert accuse.recipient == neighbours.id
