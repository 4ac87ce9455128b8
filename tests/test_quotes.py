"""Quotations interrupted by their cue and continued by the same speaker (newsledger.quotes).

The sentences are written for these tests (no gold text).
"""

from __future__ import annotations

from newsledger.actors import build_actors
from newsledger.parse import parse
from newsledger.quotes import quotations
from newsledger.record import Statement
from newsledger.statements import extract_statements

HEADLINE = "Port Strike Enters Second Week\n\n"


def _statements(text: str) -> list[Statement]:
    doc = parse(text)
    return extract_statements(doc, build_actors(doc), [])


def _holding(statements: list[Statement], words: str) -> list[Statement]:
    return [s for s in statements if words in s.content]


def test_quote_resumes_over_a_long_description_of_the_speaker() -> None:
    text = HEADLINE + (
        '"The cranes will stay still until the contract is signed," said Maria Okafor, a '
        "dockworker at the northern terminal of the port who has worked there since the early "
        'nineties and who joined the union last spring. "We are not going anywhere."\n'
    )
    statements = _statements(text)
    joined = _holding(statements, "We are not going anywhere")
    assert len(joined) == 1 and "The cranes will stay still" in joined[0].content
    assert joined[0].speaker_text is not None and "Okafor" in joined[0].speaker_text


def test_quote_in_the_next_paragraph_after_indirect_speech_is_its_own_statement() -> None:
    text = HEADLINE + (
        "Maria Okafor, a dockworker, said the union would not return to work before the vote.\n\n"
        '"We have waited long enough for a fair offer from the owners."\n'
    )
    statements = _statements(text)
    quote = _holding(statements, "fair offer from the owners")
    assert len(quote) == 1 and "return to work" not in quote[0].content
    assert quote[0].speaker_text is not None and "Okafor" in quote[0].speaker_text
    assert _holding(statements, "would not return to work")


def test_quote_later_in_the_paragraph_continues_the_statement() -> None:
    text = HEADLINE + (
        '"The cranes will stay still," said Maria Okafor, a dockworker at the northern '
        "terminal. She has worked at the port for twenty years and her father worked there "
        'before her. "We have waited long enough for a fair offer from the owners."\n\n'
        "The port authority declined to comment on the talks.\n"
    )
    statements = _statements(text)
    joined = _holding(statements, "fair offer from the owners")
    assert len(joined) == 1 and "The cranes will stay still" in joined[0].content


def test_quote_in_the_next_paragraph_does_not_swallow_a_narrators_sentence() -> None:
    text = HEADLINE + (
        '"The cranes will stay still," Okafor said. Then she turned to the crowd.\n\n'
        '"Who is going to load the ships now?"\n'
    )
    statements = _statements(text)
    first = _holding(statements, "The cranes will stay still")
    assert len(first) == 1 and "Who is going to load" not in first[0].content
    assert "turned to the crowd" not in " ".join(s.content for s in statements)


def test_a_known_title_decides_whether_the_text_starts_with_a_headline() -> None:
    lead = ("The port authority said on Monday that the cranes were idle.\n\n"
            "It added that talks resume.")
    doc = parse(lead)
    # without a title, a short first line reads as a headline and its statement is skipped
    assert [s.cue for s in extract_statements(doc, build_actors(doc), [])] == ["added"]
    # a cleaned page or feed body starts with its lead when the title is known and differs
    found = extract_statements(doc, build_actors(doc), [], title="Port Strike Enters Second Week")
    assert [s.cue for s in found] == ["said", "added"]
    # the title repeated as the first line is still the headline
    titled = "Port Strike Enters Second Week\n\n" + lead
    doc = parse(titled)
    found = extract_statements(doc, build_actors(doc), [], title="Port strike enters second week")
    assert [s.cue for s in found] == ["said", "added"]
    assert all(s.start > titled.index("\n\n") for s in found)


def test_a_quote_left_open_runs_to_its_paragraph_end_when_the_next_reopens() -> None:
    # News style: a quotation going on in the next paragraph is not closed; that one re-opens.
    text = (
        "Maria Okafor said the union's offer was \u201cthe last one we will make.\n\n"
        "\u201cThe owners know where to find us,\u201d she added.\n"
    )
    marked = [text[q.start:q.end] for q in quotations(text)]
    assert marked == ["the last one we will make.", "The owners know where to find us,"]


def test_a_stray_mark_inside_a_paragraph_quotes_nothing() -> None:
    # the next paragraph does not re-open a quotation: the mark is a stray, not a running quote
    text = 'The dockworkers wanted a raise of 5" per hour.\n\nThe vote is on Monday.\n'
    assert quotations(text) == []
    text = 'Okafor said the offer was "final.\n\nThe vote is on Monday.\n'
    assert quotations(text) == []


def test_a_scare_quote_before_a_verb_is_no_statement() -> None:
    text = HEADLINE + (
        'Her campaign slogan, "Stronger Together," appeared on every sign.\n\n'
        '"Not again," Okafor said.\n'
    )
    statements = _statements(text)
    assert not any("Stronger Together" in s.content for s in statements)
    assert any(s.content.startswith("Not again") and s.speaker_text == "Okafor"
               for s in statements)
