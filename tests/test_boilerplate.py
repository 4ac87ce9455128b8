from __future__ import annotations

import re
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

from newsledger import boilerplate as bp

CLEAN = Path(__file__).parent / "fixtures" / "clean"
MARKED = sorted(CLEAN.glob("*.marked.txt"))
KNOWN_REASONS = {
    "appeal", "newsletter", "photo-credit", "caption", "share", "read-more", "related", "cookie",
    "copyright", "navigation", "advert", "byline", "comments",
}


@dataclass(frozen=True)
class Marked:
    text: str
    body: list[str]
    boilerplate: list[tuple[str, str]]  # (line, reason or "-")


def load_marked(path: Path) -> Marked:
    lines, body, boiler = [], [], []
    for raw in path.read_text(encoding="utf-8").splitlines():
        if raw.startswith("B| "):
            body.append(raw[3:])
            lines.append(raw[3:])
        elif raw.startswith("X|"):
            _, reason, line = raw.split("|", 2)
            boiler.append((line[1:], reason))
            lines.append(line[1:])
        else:
            assert not raw.strip(), f"unmarked line in {path.name}: {raw!r}"
            lines.append(raw)
    return Marked("\n".join(lines), body, boiler)


@pytest.mark.parametrize("path", MARKED, ids=lambda p: p.name)
def test_every_body_line_kept(path: Path) -> None:
    marked = load_marked(path)
    kept = bp.clean_text(marked.text).text.split("\n\n")
    missing = [line for line in marked.body if line not in kept]
    assert not missing


@pytest.mark.parametrize("path", MARKED, ids=lambda p: p.name)
def test_every_boilerplate_line_removed_with_its_reason(path: Path) -> None:
    marked = load_marked(path)
    result = bp.clean_text(marked.text)
    kept = result.text.split("\n\n")
    reasons = {r.text: r.reason for r in result.removed}
    for line, reason in marked.boilerplate:
        assert line not in kept, f"kept boilerplate {line!r}"
        if reason != "-":
            assert reasons[line] == reason, line


@pytest.mark.parametrize("path", MARKED, ids=lambda p: p.name)
def test_nothing_is_lost(path: Path) -> None:
    marked = load_marked(path)
    result = bp.clean_text(marked.text)
    units = [line for line in marked.text.splitlines() if line.strip()]
    out = result.text.split("\n\n") if result.text else []
    assert sorted(out + [r.text for r in result.removed]) == sorted(units)


def test_paragraphs_joined_by_blank_lines() -> None:
    text = "First paragraph of the report, with a full sentence.\nSecond one, also complete."
    assert bp.clean_text(text).text == (
        "First paragraph of the report, with a full sentence.\n\nSecond one, also complete."
    )


def test_hard_wrapped_paragraphs_are_joined() -> None:
    para = (
        "The ministry said on Friday that the convoy of forty trucks had crossed\n"
        "the border at dawn and would reach the city of Kessel by the evening,\n"
        "where aid workers were waiting to unload flour and medicine."
    )
    units = bp.split_units(para + "\n\nA second paragraph follows here.")
    assert units[0] == " ".join(para.split("\n"))
    assert units[1] == "A second paragraph follows here."


def test_empty_text() -> None:
    assert bp.clean_text("  \n\n ") == bp.CleanText("", ())


def test_short_text_of_sentences_is_kept_whole() -> None:
    # A pasted sentence or two is all body, though the page-trained model would drop each line.
    text = "Soldiers detained two reporters near the border.\n\nThe army denied it."
    assert bp.clean_text(text).text == text
    assert bp.clean_text("Rebels shelled the town.").text == "Rebels shelled the town."


def test_short_text_of_furniture_stays_empty() -> None:
    assert bp.clean_text("Read more").text == ""
    assert bp.clean_text("Subscribe now.\n\nDonate today to support our journalism.").text == ""
    assert bp.clean_text("all rights reserved.").text == ""


def test_removed_unit_without_pattern_gets_position_reason() -> None:
    marked = load_marked(CLEAN / "wire_story.marked.txt")
    reasons = {r.text: r.reason for r in bp.clean_text(marked.text).removed}
    assert reasons["Politics"] == "header"
    assert reasons["Markets slide as border crisis deepens"] in {"footer", "related"}


def test_pattern_lexicon_is_well_formed() -> None:
    pats = bp.patterns()
    assert len(pats) > 40
    assert {p.reason for p in pats} <= KNOWN_REASONS
    assert bp.stopwords() >= {"the", "and", "of", "said"} - {"said"}
    assert "und" in bp.other_stopwords()


@pytest.mark.parametrize("line,reason", [
    ("Click here to subscribe for $1 a week", "appeal"),
    ("Photo credit: Jane Roe", "photo-credit"),
    ("Troops leave a base near the border on Friday. Photo: Defence Ministry / handout", "caption"),
    ("Share on WhatsApp", "share"),
    ("Read more: the full timeline", "read-more"),
    ("This site uses cookies to personalise content and analyse traffic.", "cookie"),
    ("All rights reserved.", "copyright"),
    ("Home » News » Europe", "navigation"),
])
def test_generic_patterns(line: str, reason: str) -> None:
    assert bp.pattern_reason(line) == reason


@pytest.mark.parametrize("line", [
    "By the end of the day, the army had withdrawn from the town.",
    "Right-wing groups protested in the capital on Sunday.",
    "Copyright law was changed in 2019, the court noted.",
    "He said he would contribute to the investigation.",
    "Reported by local media, the attack killed five people.",
    "Photo-ops were arranged for the visiting minister.",
])
def test_reporting_lines_do_not_match_patterns(line: str) -> None:
    assert bp.pattern_reason(line) is None


def test_patterns_do_not_backtrack_catastrophically() -> None:
    line = "Stocks: " + " | ".join("ABCDEFGHIJKLMNOPQRSTUVWXYZ") + " Others Funds: " + " | ".join(
        "ABCDEFGHIJKLMNOPQRSTUVWXYZ") + " Visit the store to see all our apps: Tools"
    started = time.perf_counter()
    bp.pattern_reason(line * 2)
    assert time.perf_counter() - started < 0.5


def test_model_loads_and_scores_in_range() -> None:
    m = bp.model()
    assert m.trees and m.features
    assert 0 <= m.body_threshold <= 1 and m.outside_threshold > 0
    assert re.search(r"tuning half", m.provenance)
    units = ["Menu", "Talks collapsed on Wednesday after negotiators failed to agree, they said."]
    probs = bp.body_probabilities(units)
    assert all(0.0 <= p <= 1.0 for p in probs)
    assert probs[1] > probs[0]
