"""Find trigger-lexicon gaps on news text nobody labels (T26, issue 4).

Reads the first ``--per-file`` articles of each ``news/*.jsonl`` file and the first
``--polnear`` articles of ``attribution/polnear-train.jsonl`` (never polnear-dev: a held-out set
uses it), runs actors, statements and events on each, and lists the verbs and nouns that get no
event although

- the statements stage found a speech cue at the word ("cue"), or
- the word has a named subject and a named object or prepositional object (a person,
  organisation, country or nationality: "argue", "slam", "the row between X and Y") ("args"),
- a verb has a named subject and its object's prepositional object is named ("took aim at X",
  "made an appeal to X": light verbs and idioms) ("lite", T32),

grouped by lemma with counts and one sentence each, most frequent first, so that the frequent
ones can be read by hand before rows are added to ``newsledger/data/plover_triggers.tsv``.

    nice .venv/bin/python scripts/event_gaps.py [--per-file 40] [--polnear 80] [--cache F]
        [--min-count 2] [--examples 2] [--skip say,tell]

With ``--set FILE`` (a labelled set in the country-set format, T44) it counts instead why each
labelled trigger gets no event or a wrong type: lemma not in the lexicon, rows only for another
part of speech, a blocking row, every row's constraint refusing, a rule holding but the event
dropped (merged, or a noun left out as a verb's content), a row of another type. Totals only,
so a held-out set can be counted without being read; ``--show`` prints each item (for a
development set only).

    nice .venv/bin/python scripts/event_gaps.py --set tests/fixtures/events/polnear_dev.jsonl
        [--show]
"""

from __future__ import annotations

import argparse
import json
from collections import Counter, defaultdict
from collections.abc import Iterator
from pathlib import Path

from spacy.tokens import Doc, DocBin, Token

from newsledger.actors import build_actors
from newsledger.evaluate import DEFAULT_DATA_DIR
from newsledger.evaluate.country_set import MEASURE_ONLY, collapse_spaces
from newsledger.evaluate.events import analyse, parse_texts
from newsledger.events import extract_events_and_actors
from newsledger.parse import load_pipeline
from newsledger.statements import extract_statements
from newsledger.trigger_rules import lexicon_rows
from newsledger.triggers import choose_rule, find_triggers, rule_for

#: Entity labels that make a subject or object a possible PLOVER actor or recipient.
ACTOR_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP"})

#: Subject and object relations of a verb (the passive agent counts as a subject).
_SUBJ_DEPS = frozenset({"nsubj", "nsubjpass"})
_OBJ_DEPS = frozenset({"dobj", "dative"})


def articles(data: Path, per_file: int, polnear: int) -> Iterator[tuple[str, str]]:
    """Yield (source, text) for the unlabelled articles the gap search reads."""
    for path in sorted((data / "news").glob("*.jsonl")):
        with path.open(encoding="utf-8") as fh:
            for n, line in enumerate(fh):
                if n >= per_file:
                    break
                yield path.stem, json.loads(line)["text"]
    with (data / "attribution" / "polnear-train.jsonl").open(encoding="utf-8") as fh:
        for n, line in enumerate(fh):
            if n >= polnear:
                break
            yield "polnear-train", json.loads(line)["text"]


def parses(texts: list[str], cache: Path | None) -> list[Doc]:
    """Parse the texts, or read their parses from a DocBin cache written by an earlier run."""
    nlp = load_pipeline()
    if cache is not None and cache.exists():
        docs = list(DocBin().from_disk(cache).get_docs(nlp.vocab))
        if [d.text for d in docs] == texts:
            return docs
    docs = list(nlp.pipe(texts))
    if cache is not None:
        DocBin(store_user_data=True, docs=docs).to_disk(cache)
    return docs


def _named(tok: Token) -> bool:
    """Tell whether a token heads (or is part of) a person, organisation or country name."""
    return tok.ent_type_ in ACTOR_LABELS


def has_named_args(tok: Token) -> bool:
    """Tell whether a verb or noun has a named subject and a named object (or prep object)."""
    kids = list(tok.children)
    if tok.pos_ == "VERB":
        subj = any(_named(c) for c in kids if c.dep_ in _SUBJ_DEPS) or any(
            _named(g) for c in kids if c.dep_ == "agent" for g in c.children)
    else:  # a noun: its possessor or compound, or the subject of the verb it depends on
        subj = any(_named(c) for c in kids if c.dep_ in ("poss", "compound")) or any(
            _named(c) for c in tok.head.children if c.dep_ in _SUBJ_DEPS)
    obj = any(_named(c) for c in kids if c.dep_ in _OBJ_DEPS) or any(
        _named(g) for c in kids if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj")
    return subj and obj


def has_light_args(tok: Token) -> bool:
    """Tell whether a verb with a named subject names its other side through its object.

    "X took aim at Y", "X made an appeal to Y", "X came under fire from Y": the named side
    hangs on the verb's object or prepositional object, one level below where
    :func:`has_named_args` looks (T32).
    """
    if tok.pos_ != "VERB" or not any(_named(c) for c in tok.children if c.dep_ in _SUBJ_DEPS):
        return False
    nouns = [c for c in tok.children if c.dep_ in _OBJ_DEPS] + [
        g for c in tok.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    return any(_named(g) for n in nouns for c in n.children if c.dep_ == "prep"
               for g in c.children if g.dep_ == "pobj")


def gaps(doc: Doc) -> Iterator[tuple[str, str, str, str]]:
    """Yield (kind, lemma/pos, word, sentence) for each uncoded candidate trigger of a doc."""
    actors = build_actors(doc)
    statements = extract_statements(doc, actors, [])
    _, events = extract_events_and_actors(doc, actors, statements, [])
    coded = {i for e in events for i in range(e.start, e.end)}
    cues = {i for s in statements if s.cue_start is not None and s.cue_end is not None
            for i in range(s.cue_start, s.cue_end)}
    for tok in doc:
        if tok.pos_ not in ("VERB", "NOUN") or tok.idx in coded or any(
                c.idx in coded for c in tok.children if c.dep_ in _OBJ_DEPS):
            continue  # a light verb whose object is coded ("held talks") is no gap
        kind = "cue" if tok.idx in cues else "args" if has_named_args(tok) else \
            "lite" if has_light_args(tok) else None
        if kind:
            sent = " ".join(tok.sent.text.split())
            yield kind, f"{tok.lemma_.lower()}/{tok.pos_}", tok.text, sent


def miss_kind(doc: Doc, start: int, gold_type: str) -> str | None:
    """Return why the labelled trigger at ``start`` gets no event or a wrong type (None: right)."""
    here = [c for c in analyse(doc) if c.event.start <= start < c.event.end]
    tok = next((t for t in doc if t.idx <= start < t.idx + len(t.text)), None)
    if here:
        if any(c.event.type == gold_type for c in here):
            return None
        own = tok is not None and rule_for(tok) is not None
        return "wrong type: " + ("its row's type" if own else "another trigger's event")
    if tok is None:
        return "no token at the offset"
    choice = choose_rule(tok)
    parts = {p for p, rows in lexicon_rows((tok.lemma_.lower(), tok.lower_)).items() if rows}
    if choice.rule is not None:
        found = any(m.token.i == tok.i for m in find_triggers(tok.sent))
        return "rule holds, event dropped (" + (
            "merged or no event" if found else "noun left out: content or modifier") + ")"
    if choice.natural:
        return "natural-harm filter (no political actor)"
    if choice.held is not None:
        return "blocking row holds"
    if not parts:
        return "lemma not in the lexicon" + (
            f" (tagged {tok.tag_})" if choice.pos not in ("VERB", "NOUN") else "")
    if choice.pos not in parts:
        return f"rows only for another part of speech (tagged {tok.tag_})"
    return "every row's constraint refuses"


def count_set(path: Path, show: bool) -> None:
    """Print how many labelled triggers of a set miss, by kind (and each item with ``show``)."""
    items = [collapse_spaces(json.loads(line)) for line in path.open(encoding="utf-8")
             if line.strip()]
    kinds: Counter[str] = Counter()
    for item, doc in zip(items, parse_texts([str(i["sentence"]) for i in items]), strict=True):
        kind = miss_kind(doc, int(str(item["trigger_start"])), str(item["type"]))
        if kind is not None:
            kinds[kind] += 1
            if show:
                print(f"{kind}: [{item['trigger']}] {item['sentence']}")
    print(f"{path.name}: {len(items)} items, {sum(kinds.values())} missed")
    for kind, n in kinds.most_common():
        print(f"{n:4d} {kind}")


def main() -> None:
    """Print the uncoded candidate triggers grouped by lemma, most frequent first."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA_DIR)
    ap.add_argument("--per-file", type=int, default=40)
    ap.add_argument("--polnear", type=int, default=80)
    ap.add_argument("--cache", type=Path, help="a DocBin of the parses (written if missing)")
    ap.add_argument("--min-count", type=int, default=2)
    ap.add_argument("--examples", type=int, default=2)
    ap.add_argument("--skip", default="", help="comma-separated lemmas not to list (say,tell)")
    ap.add_argument("--set", type=Path, help="count the misses of a labelled set instead")
    ap.add_argument("--show", action="store_true", help="with --set: print each missed item")
    args = ap.parse_args()
    if args.set is not None:
        if args.show and MEASURE_ONLY.search(args.set.name):
            ap.error(f"{args.set.name} is a held-out set, for measuring only: no --show")
        count_set(args.set, args.show)
        return
    rows = list(articles(args.data, args.per_file, args.polnear))
    docs = parses([t for _, t in rows], args.cache)
    skip = {s for s in args.skip.split(",") if s}
    counts: Counter[tuple[str, str]] = Counter()
    examples: dict[tuple[str, str], list[str]] = defaultdict(list)
    for doc in docs:
        for kind, lemma, word, sent in gaps(doc):
            if lemma.split("/")[0] in skip:
                continue
            counts[kind, lemma] += 1
            if len(examples[kind, lemma]) < args.examples:
                examples[kind, lemma].append(f"[{word}] {sent[:300]}")
    print(f"{len(docs)} articles; uncoded candidates by lemma (min count {args.min_count})")
    for (kind, lemma), n in counts.most_common():
        if n < args.min_count:
            break
        print(f"{n:4d} {kind:4s} {lemma}")
        for ex in examples[kind, lemma]:
            print(f"        {ex}")


if __name__ == "__main__":
    main()
