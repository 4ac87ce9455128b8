"""Statements on articles written for these tests (tests/fixtures/statements/)."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsledger.actors import build_actors
from newsledger.parse import parse
from newsledger.quotes import headline_end, quotations
from newsledger.record import Statement
from newsledger.statements import extract_statements


def _statements(text: str) -> list[Statement]:
    doc = parse(text)
    return extract_statements(doc, build_actors(doc), [])


@pytest.fixture(scope="module")
def border(fixtures: Path) -> tuple[str, list[Statement]]:
    text = (fixtures / "statements" / "border_talks.txt").read_text(encoding="utf-8")
    return text, _statements(text)


def _by_content(statements: list[Statement], words: str) -> Statement:
    found = [s for s in statements if words in s.content]
    assert found, f"no statement contains {words!r}: {[s.content for s in statements]}"
    return min(found, key=lambda s: len(s.content))


def test_offsets_index_the_text(border: tuple[str, list[Statement]]) -> None:
    text, statements = border
    assert statements
    for s in statements:
        assert text[s.start:s.end] == s.content
        if s.speaker_start is not None and s.speaker_end is not None:
            assert text[s.speaker_start:s.speaker_end] == s.speaker_text
        if s.cue_start is not None and s.cue_end is not None:
            assert text[s.cue_start:s.cue_end] == s.cue
    assert [s.id for s in statements] == [f"S{i}" for i in range(1, len(statements) + 1)]


def test_headline_is_excluded(border: tuple[str, list[Statement]]) -> None:
    text, statements = border
    cut = headline_end(text)
    assert text[:cut].strip() == "Border Talks Stall as Both Sides Trade Blame"
    assert all(s.start >= cut and (s.speaker_start or cut) >= cut for s in statements)


def test_indirect_speech_with_speaker(border: tuple[str, list[Statement]]) -> None:
    s = _by_content(border[1], "the talks had reached a dead end")
    assert s.kind == "indirect"
    assert s.cue == "said"
    assert s.speaker_text == "French President Emmanuel Macron"


def test_told_gives_addressee(border: tuple[str, list[Statement]]) -> None:
    s = _by_content(border[1], "France would not back down")
    assert s.cue == "told"
    assert s.addressee == "reporters"


def test_direct_quote_over_sentences_with_venue(border: tuple[str, list[Statement]]) -> None:
    s = _by_content(border[1], "We have made every effort")
    assert s.kind == "direct"
    assert "The other side has not" in s.content
    assert "Nobody can say we did not try" in s.content  # the quote resumes after the cue
    assert s.speaker_text == "Macron"
    assert s.venue == "an interview with the BBC"


def test_continuation_paragraph_belongs_to_last_speaker(
    border: tuple[str, list[Statement]],
) -> None:
    statements = border[1]
    # After a direct quote the next paragraph's quote runs on in the same statement ...
    macron = _by_content(statements, "This is the last offer")
    assert macron.speaker_text == "Macron" and macron.kind == "direct"
    assert macron.content.startswith("We have made every effort")
    # ... after indirect speech it is a statement of its own, with no cue, by the same speaker.
    diplomats = _by_content(statements, "There is no plan for the day after")
    assert diplomats.speaker_text == "Diplomats"
    assert diplomats.content == "There is no plan for the day after the talks collapse."
    assert diplomats.kind == "direct"
    assert diplomats.cue == "" and diplomats.cue_start is None


def test_according_to_collective_and_unnamed_sources(border: tuple[str, list[Statement]]) -> None:
    statements = border[1]
    according = _by_content(statements, "preparing new sanctions")
    assert according.speaker_text == "a senior official"
    assert according.cue == "According to"
    assert "According" not in according.content
    assert _by_content(statements, "any troops had crossed").speaker_text == "The ministry"
    assert _by_content(statements, "the crisis could spread").speaker_text == "Diplomats"


def test_nested_speech_gives_two_statements(border: tuple[str, list[Statement]]) -> None:
    statements = border[1]
    outer = [s for s in statements if s.speaker_text == "The defence minister"]
    inner = [s for s in statements if s.speaker_text == "Colonel Smith"]
    assert len(outer) == 1 and len(inner) == 1
    assert "Colonel Smith told him" in outer[0].content
    assert inner[0].content.startswith("the force was")
    assert inner[0].kind == "mixed"  # 'purely defensive' is quoted, the rest paraphrased
    assert inner[0].addressee == "him"


def test_colon_and_dash_attributions(border: tuple[str, list[Statement]]) -> None:
    statements = border[1]
    colon = _by_content(statements, "We will hold the line")
    assert (colon.speaker_text, colon.cue, colon.kind) == ("Smith", ":", "direct")
    dash = _by_content(statements, "No convoy will pass")
    assert (dash.speaker_text, dash.cue) == ("a border guard", "--")


def test_quotations_pair_marks_and_stop_at_paragraphs() -> None:
    text = 'He said "one two" and \u201cthree.\n\n\u201cFour five,\u201d she said. stray " mark\n'
    spans = [text[q.start:q.end] for q in quotations(text)]
    # "three." is left open and the next paragraph re-opens: a quote running over paragraphs
    # (round 4); the straight mark left open mid-paragraph before nothing is a stray
    assert spans == ["one two", "three.", "Four five,"]


def test_no_cue_no_statement() -> None:
    assert _statements("The river rose by two metres overnight and the bridge was closed.") == []


@pytest.fixture(scope="module")
def summit(fixtures: Path) -> list[Statement]:
    text = (fixtures / "statements" / "summit.txt").read_text(encoding="utf-8")
    return _statements(text)


def test_accused_of_with_venue_on_a_participle(summit: list[Statement]) -> None:
    s = _by_content(summit, "staging the drills")
    assert s.cue == "accused" and s.speaker_text == "The Polish prime minister"
    assert s.venue == "a NATO summit"  # not "... on Friday"


def test_noun_cue_with_possessive_source(summit: list[Statement]) -> None:
    s = _by_content(summit, "the exercises had been planned for years")
    assert s.cue == "claim" and s.speaker_text == "the ministry's"
    assert s.content.startswith("that the exercises")


def test_called_for_and_urged(summit: list[Statement]) -> None:
    called = _by_content(summit, "talks without preconditions")
    assert (called.cue, called.speaker_text) == ("called for", "The Kremlin")
    urged = _by_content(summit, "to publish the full report")
    assert (urged.cue, urged.speaker_text, urged.addressee) == (
        "urged", "The opposition leader", "the government")
    accused = _by_content(summit, "staging the drills")
    assert accused.addressee is None  # Moscow is accused, not addressed


def test_parenthetical_according_to(summit: list[Statement]) -> None:
    s = _by_content(summit, "was hit twice during the night")
    assert s.cue == "according to" and s.speaker_text == "local officials"
    assert s.content.startswith("The fuel depot")


def test_quote_resumes_after_cue_with_addressee_and_venue(summit: list[Statement]) -> None:
    s = _by_content(summit, "We are not afraid")
    assert "We have been here before" in s.content
    assert (s.kind, s.speaker_text, s.addressee, s.venue) == (
        "direct", "the mayor", "the BBC", "an interview")


def test_speaker_resolved_through_actor_registry(border: tuple[str, list[Statement]]) -> None:
    text, statements = border
    doc = parse(text)
    actors = build_actors(doc)
    macron = _by_content(statements, "We have made every effort")
    assert macron.speaker is not None
    assert macron.speaker == actors.actor_for(macron.speaker_start or 0, macron.speaker_end or 0)


def test_lexicon_files_state_provenance_and_hold_the_core_cues() -> None:
    from importlib import resources

    from newsledger.cues import lexicon, model

    data = resources.files("newsledger.data")
    for name in ("cues.tsv", "cues_core.tsv", "cues_venues.tsv"):
        head = data.joinpath(name).read_text("utf-8").splitlines()[0]
        assert head.startswith("# " + name), name
    assert "PolNeAR" in model_provenance() and 0 < model().threshold < 1
    core = [ln.split("\t") for ln in data.joinpath("cues_core.tsv").read_text("utf-8").splitlines()
            if ln and not ln.startswith("#")][1:]
    for lemma, pos, frame in core:
        assert frame in lexicon()[(lemma, pos)], (lemma, pos, frame)


def model_provenance() -> str:
    import json
    from importlib import resources

    raw = resources.files("newsledger.data").joinpath("cues_model.json").read_text("utf-8")
    return str(json.loads(raw)["provenance"])


@pytest.fixture(scope="module")
def resolution(fixtures: Path) -> tuple[list[Statement], dict[str, str]]:
    text = (fixtures / "statements" / "resolution.txt").read_text(encoding="utf-8")
    doc = parse(text)
    actors = build_actors(doc)
    names = {a.id: a.name for a in actors.actors}
    return extract_statements(doc, actors, []), names


def test_speakers_resolve_through_pronouns_descriptions_and_metonymy(
    resolution: tuple[list[Statement], dict[str, str]],
) -> None:
    statements, names = resolution
    pronoun = _by_content(statements, "We will not back down")
    description = _by_content(statements, "a deal was possible")
    assert (pronoun.speaker_text, description.speaker_text) == ("he", "The French leader")
    assert pronoun.speaker is not None and pronoun.speaker == description.speaker
    assert "Macron" in names[pronoun.speaker]
    assert pronoun.venue is None  # "after the first session" is a time, not a venue
    kremlin = _by_content(statements, "the proposal was unacceptable")
    moscow = _by_content(statements, "it would respond")
    assert kremlin.speaker is not None and kremlin.speaker == moscow.speaker


def test_date_is_the_speech_act_not_the_reported_event() -> None:
    import datetime as dt

    from newsledger.dates import extract_dates

    text = ("Minister Meets Envoys\n\nThe foreign minister said on Tuesday that the embassy "
            "would reopen on Friday.\n")
    doc = parse(text)
    dates = extract_dates(doc, dt.date(2024, 3, 13))  # a Wednesday
    [s] = [s for s in extract_statements(doc, build_actors(doc), dates) if "reopen" in s.content]
    assert s.date is not None
    assert text[s.date.start:s.date.end] == "Tuesday"
    assert s.date.value == "2024-03-12"


def test_frames_keep_a_second_that_clause_and_drop_dates_from_objects() -> None:
    from newsledger.cues import frames

    doc = parse("He said the plan had failed but that talks would go on, and she left.")
    said = next(t for t in doc if t.text == "said")
    start, end = frames(said)["ccomp"]
    assert doc[start:end].text.endswith("talks would go on")
    doc = parse("The governor called the senator a liar on Thursday after the debate.")
    called = next(t for t in doc if t.text == "called")
    start, end = frames(called)["dobj+"]
    assert "Thursday" not in doc[start:end].text
    assert "liar" in doc[start:end].text


def test_a_lead_in_ending_with_a_colon_gives_its_speaker_the_block_quote_below() -> None:
    text = ("Floods cut off three valleys on Sunday. Mayor Lena Holt toured the shelters.\n\n"
            "The mayor added:\n\n"
            "\"Nobody will sleep outside tonight, and the schools will open as shelters.\"\n\n"
            "Water levels fell overnight.")
    doc = parse(text)
    actors = build_actors(doc)
    said = _by_content(extract_statements(doc, actors, []), "Nobody will sleep")
    assert said.kind == "direct" and said.cue == "added" and said.speaker_text == "The mayor"
    holt = actors.actor_for(text.index("Lena Holt"), text.index("Lena Holt") + 9)
    assert said.speaker == holt


def test_a_colon_after_no_speech_verb_gives_no_block_quote() -> None:
    text = ("The council published its list.\n\nThe results were as follows:\n\n"
            "\"Clean water for every village and a bridge over the river.\"")
    assert not _statements(text)


def test_an_adjective_the_parse_made_a_subject_is_not_the_speaker() -> None:
    # the parse makes both "official" and "Daily" subjects of "reported"
    text = "The official Egypt Daily reported that exports fell."
    said = _by_content(_statements(text), "exports fell")
    assert said.speaker_text == "Egypt Daily"
