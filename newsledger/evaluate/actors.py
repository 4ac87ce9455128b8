"""Actor registry evaluation: recall of CoNLL-2003 gold entities by the registry's mentions.

Data: ``news/conll2003_reuters.jsonl`` (172 Reuters stories with ``gold_entities_conll``, a list of
``[surface, PER|ORG|LOC|MISC]`` per mention, without offsets). A gold mention counts as found when
a part of a predicted span not used for another gold mention holds its surface on word boundaries:
registry mentions (``build_actors``) for PER and ORG, registry mentions plus located places
(``find_places``) for LOC. "typed" also asks that the kind agrees (PER -> a person, ORG -> an
organisation or group, LOC -> a place, a country or government actor, or any actor whose country
is the one the surface names, as "U.S." in "U.S. President Bill Clinton"). The baseline is spaCy's
own NER spans (PERSON / ORG / GPE+LOC+FAC) in the same run.

A second table (:func:`evaluate_sources`) counts how many PolNeAR dev attribution sources the
registry links to an actor, the speakers the statements work resolves through it.

Two hand-labelled pronoun sets: every third-person pronoun of ten CoNLL stories
(:func:`evaluate_pronouns`), and the speaker set (:func:`evaluate_pronoun_speakers`): pronouns
and descriptions that are the subject of a reporting verb in four news collections, scored on the
full pipeline's statements, split into a development half (even item numbers) and a test half.

Run: ``.venv/bin/python -m newsledger.evaluate.actors [DATA_DIR] [--limit N]``.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from spacy.tokens import Doc

from newsledger.actors import ActorIndex, build_actors
from newsledger.errors import EvalDataError
from newsledger.evaluate import DEFAULT_DATA_DIR, EvalReport, SystemScores
from newsledger.lexicon import country_of
from newsledger.parse import parse
from newsledger.pipeline import analyse
from newsledger.places import find_places
from newsledger.record import Actor, Article, Record

CONLL_FILE = Path("news") / "conll2003_reuters.jsonl"
POLNEAR_FILE = Path("attribution") / "polnear-dev.jsonl"

#: Third-person pronouns a PolNeAR source may be (first/second person sit inside quotes).
SOURCE_PRONOUNS = frozenset({"he", "she", "they", "it", "him", "her", "them"})

#: spaCy labels the baseline counts as an actor mention for PolNeAR sources.
BASELINE_ACTOR_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP"})

#: Gold types scored; MISC (events, nationalities, languages) is not an actor class.
TYPES = ("PER", "ORG", "LOC")

#: Which predicted kinds agree with a gold type for the "typed" figure.
KIND_OK = {
    "PER": {"person"},
    "ORG": {"organization", "group"},
    "LOC": {"place", "country", "organization"},
}

#: spaCy labels that the baseline maps to each gold type.
BASELINE_LABELS = {"PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC"}

_Pred = tuple[str, str, str | None]  # (span text, kind, the actor's country)


def load_conll(data_dir: Path) -> list[dict[str, object]]:
    """Read the CoNLL-2003 news records, or raise EvalDataError naming the file."""
    path = data_dir / CONLL_FILE
    if not path.is_file():
        raise EvalDataError(f"{path}: missing; pass the shared data folder")
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def _occurrences(span: str, surface: str) -> list[tuple[int, int]]:
    """Return where a span contains a surface form on word boundaries."""
    pattern = r"(?<!\w)" + re.escape(surface) + r"(?!\w)"
    return [(m.start(), m.end()) for m in re.finditer(pattern, span)]


def _kind_ok(gtype: str, surface: str, pred: _Pred) -> bool:
    """Tell whether a prediction's kind agrees with a gold type (LOC: or its country does)."""
    if pred[1] in KIND_OK[gtype]:
        return True
    return gtype == "LOC" and pred[2] is not None and pred[2] == country_of(surface)


def capped_gold(gold: Iterable[tuple[str, str]], text: str) -> list[tuple[str, str]]:
    """Drop gold mentions beyond the number of times their surface occurs in the text.

    The gold lists come from the CoNLL documents, whose dateline line ("BEIJING 1996-08-22") the
    text field does not hold; no system can find those.
    """
    left = Counter({s: len(_occurrences(text, s)) for s, _ in gold})
    out = []
    for surface, gtype in gold:
        if left[surface] > 0:
            left[surface] -= 1
            out.append((surface, gtype))
    return out


def match(gold: Iterable[tuple[str, str]], preds: list[_Pred]) -> tuple[Counter[str], Counter[str],
                                                                         Counter[str]]:
    """Return per-type counts of gold mentions, found mentions and found-with-agreeing-kind.

    One predicted span may hold several gold mentions at different places ("U.S. President Bill
    Clinton" holds LOC "U.S." and PER "Bill Clinton"), each part of it used once.
    """
    total: Counter[str] = Counter()
    found: Counter[str] = Counter()
    typed: Counter[str] = Counter()
    consumed: list[list[tuple[int, int]]] = [[] for _ in preds]
    for surface, gtype in gold:
        if gtype not in TYPES:
            continue
        total[gtype] += 1
        hits: list[tuple[int, tuple[int, int]]] = []
        for i, pred in enumerate(preds):
            for occ in _occurrences(pred[0], surface):
                if not any(a < occ[1] and occ[0] < b for a, b in consumed[i]):
                    hits.append((i, occ))
                    break
        if not hits:
            continue
        # Prefer a prediction whose kind agrees, so that typed recall is not an artefact of order.
        best = next((h for h in hits if _kind_ok(gtype, surface, preds[h[0]])), hits[0])
        consumed[best[0]].append(best[1])
        found[gtype] += 1
        if _kind_ok(gtype, surface, preds[best[0]]):
            typed[gtype] += 1
    return total, found, typed


def _rows(system: str, total: Counter[str], found: Counter[str], typed: Counter[str],
          n: int) -> SystemScores:
    """Build one printed row of recall figures."""
    metrics: dict[str, float] = {}
    for t in TYPES:
        metrics[f"{t}_recall"] = found[t] / total[t] if total[t] else 0.0
    all_total = sum(total.values())
    metrics["recall"] = sum(found.values()) / all_total if all_total else 0.0
    metrics["typed_recall"] = sum(typed.values()) / all_total if all_total else 0.0
    return SystemScores(system, "conll2003_reuters", metrics, n)


def evaluate_conll(data_dir: Path = DEFAULT_DATA_DIR, limit: int | None = None) -> EvalReport:
    """Score the registry's mentions and spaCy NER on CoNLL-2003 gold entities."""
    records = load_conll(data_dir)[:limit]
    sums = {name: (Counter[str](), Counter[str](), Counter[str]()) for name in ("newsledger",
                                                                                 "spacy-ner")}
    for rec in records:
        text = str(rec["text"])
        raw = rec["gold_entities_conll"]
        assert isinstance(raw, list)
        gold = capped_gold([(str(s), str(t)) for s, t in raw], text)
        doc = parse(text)
        index = build_actors(doc)
        ours: list[_Pred] = [(m.text, a.kind, a.country) for a in index.actors for m in a.mentions]
        ours += [(text[p.start:p.end], "place", p.country) for p in find_places(doc)]
        kinds = {"PER": "person", "ORG": "organization", "LOC": "place"}
        base: list[_Pred] = [
            (e.text, kinds[BASELINE_LABELS[e.label_]], None)
            for e in doc.ents if e.label_ in BASELINE_LABELS
        ]
        for name, preds in (("newsledger", ours), ("spacy-ner", base)):
            for acc, add in zip(sums[name], match(gold, preds), strict=True):
                acc.update(add)
    rows = tuple(_rows(name, *sums[name], n=len(records)) for name in sums)
    notes = (
        "gold mentions whose surface is not in the text (CoNLL datelines) are left out",
        "gold mention found = a predicted span (not used twice) contains its surface; "
        "typed = and the kind agrees (PER person; ORG organization/group; LOC place/country/"
        "government)",
        "newsledger = actor mentions + located places; spacy-ner = en_core_web_sm entities",
    )
    return EvalReport("actors", rows, notes)


def _source_spans(source: Any) -> list[tuple[int, int, str]]:
    """Return the pieces of a PolNeAR source role (a span, a list of spans, or null)."""
    pieces: list[Any] = source if isinstance(source, list) else [source] if source else []
    return [(int(p["start"]), int(p["end"]), str(p["text"])) for p in pieces]


def evaluate_sources(data_dir: Path = DEFAULT_DATA_DIR, limit: int | None = None) -> EvalReport:
    """Score how many PolNeAR dev source spans the registry links to an actor.

    ``covered``: an actor mention overlaps the source span; ``pronoun_resolved``: among sources
    that are a bare third-person pronoun, the pronoun was linked to an actor (a rate, not an
    accuracy: PolNeAR has no coreference gold). The baseline is spaCy's entities.
    """
    path = data_dir / POLNEAR_FILE
    if not path.is_file():
        raise EvalDataError(f"{path}: missing; pass the shared data folder")
    with path.open(encoding="utf-8") as fh:
        records = [json.loads(line) for line in fh if line.strip()][:limit]
    counts = Counter[str]()
    for rec in records:
        doc = parse(rec["text"])
        index = build_actors(doc)
        ents = [(e.start_char, e.end_char) for e in doc.ents if e.label_ in BASELINE_ACTOR_LABELS]
        for att in rec["attributions"]:
            pieces = _source_spans(att.get("source"))
            if not pieces:
                continue
            counts["sources"] += 1
            ours = any(index.actor_for(a, b) for a, b, _ in pieces)
            base = any(s < b and a < e for a, b, _ in pieces for s, e in ents)
            counts["ours"] += ours
            counts["base"] += base
            if len(pieces) == 1 and pieces[0][2].lower() in SOURCE_PRONOUNS:
                counts["pronouns"] += 1
                counts["ours_pron"] += ours
    n, p = counts["sources"] or 1, counts["pronouns"] or 1
    rows = (
        SystemScores("newsledger", "polnear-dev sources",
                     {"covered": counts["ours"] / n, "pronoun_resolved": counts["ours_pron"] / p},
                     len(records)),
        SystemScores("spacy-ner", "polnear-dev sources",
                     {"covered": counts["base"] / n, "pronoun_resolved": 0.0}, len(records)),
    )
    notes = (f"{counts['sources']} source spans, {counts['pronouns']} of them bare pronouns",)
    return EvalReport("actors: PolNeAR sources", rows, notes)


#: Hand-labelled pronoun antecedents on CoNLL stories (offsets and names only, no text): a
#: development set (read while writing the rules) and a held-out set (labelled blind).
_PRONOUN_DIR = Path(__file__).resolve().parents[2] / "tests" / "fixtures" / "actors"
PRONOUN_GOLD = _PRONOUN_DIR / "pronoun_gold.json"
PRONOUN_HELDOUT = _PRONOUN_DIR / "pronoun_heldout.json"


#: Actor kinds the nearest-mention baseline accepts for each pronoun.
_BASELINE_KINDS = {
    **dict.fromkeys(("he", "him", "his", "she", "her"), {"person"}),
    **dict.fromkeys(("they", "them", "their"), {"group", "organization"}),
    **dict.fromkeys(("it", "its"), {"organization", "country"}),
}


def _nearest(index: ActorIndex, text: str, offset: int, word: str) -> str | None:
    """Return the baseline antecedent: the actor of the nearest earlier non-pronoun mention."""
    kinds = _BASELINE_KINDS.get(word.lower(), set())
    best: tuple[int, str] | None = None
    for actor in index.actors:
        if actor.kind not in kinds:
            continue
        for m in actor.mentions:
            if m.end <= offset and m.text.lower() not in _BASELINE_KINDS and (
                best is None or m.end > best[0]
            ):
                best = (m.end, actor.name)
    return best[1] if best else None


def evaluate_pronouns(data_dir: Path = DEFAULT_DATA_DIR, gold_path: Path = PRONOUN_GOLD,
                      dataset: str = "conll pronouns (hand-labelled)") -> EvalReport:
    """Score pronoun resolution against hand-labelled antecedents (see the gold file's "about").

    ``accuracy``: the pronoun's actor has the gold name, or both are none; ``resolvable``:
    accuracy over the pronouns whose referent is an actor the registry has (not in <brackets>).
    The baseline links every pronoun to the nearest preceding compatible mention.
    """
    if not gold_path.is_file():
        raise EvalDataError(f"{gold_path}: missing pronoun gold file")
    gold = json.loads(gold_path.read_text(encoding="utf-8"))["pronouns"]
    texts = {str(r["id"]): str(r["text"]) for r in load_conll(data_dir)}
    hits = Counter[str]()
    for doc_id in dict.fromkeys(g[0] for g in gold):
        text = texts[doc_id]
        index = build_actors(parse(text))
        for _, offset, word, answer in (g for g in gold if g[0] == doc_id):
            if text[offset:offset + len(word)] != word:
                raise EvalDataError(f"{gold_path}: {doc_id}@{offset} is not {word!r}")
            actor = index.get(index.actor_for(offset, offset + len(word)))
            ok = (actor.name if actor else None) == answer
            hits["n"] += 1
            hits["ok"] += ok
            hits["base"] += _nearest(index, text, offset, word) == answer
            if answer is None or not answer.startswith("<"):
                hits["resolvable"] += 1
                hits["ok_resolvable"] += ok
    rows = (
        SystemScores("newsledger", dataset, {
            "accuracy": hits["ok"] / hits["n"],
            "resolvable_accuracy": hits["ok_resolvable"] / hits["resolvable"],
        }, hits["n"]),
        SystemScores("nearest-mention", dataset, {
            "accuracy": hits["base"] / hits["n"]}, hits["n"]),
    )
    return EvalReport("actors: pronouns", rows, (
        f"{hits['n']} pronouns in {len({g[0] for g in gold})} stories; "
        f"{hits['n'] - hits['resolvable']} refer to someone the registry has no actor for",))


#: The hand-labelled speaker set (T25): a pronoun or description that is the subject of a
#: reporting verb, with the name of its referent; see tests/fixtures/actors/README.md.
PRONOUN_SPEAKERS = _PRONOUN_DIR / "pronoun_set.jsonl"

#: spaCy labels the nearest-entity baseline accepts for each speaker class.
_SPEAKER_BASELINE_LABELS = {
    "he/she": {"PERSON"},
    "it": {"ORG", "GPE"},
    "they": {"ORG", "NORP", "GPE"},
    "description": {"PERSON", "ORG", "GPE", "NORP"},
}


@dataclass(frozen=True)
class SpeakerItem:
    """One item of the speaker set and what newsledger and the baseline made of it."""

    n: int
    id: str
    offset: int
    text: str
    cls: str
    gold: str | None
    answer: str | None  # the resolved actor's name
    via: str  # "statement" (a statement's speaker span covers it), "mention" or "none"
    ok: bool
    baseline: str | None
    baseline_ok: bool


def _tightest_actor(actors: Iterable[Actor], start: int, end: int) -> Actor | None:
    """Return the actor whose mention overlaps [start, end) most, the shortest mention first."""
    best: tuple[int, int, Actor] | None = None
    for actor in actors:
        for m in actor.mentions:
            overlap = min(end, m.end) - max(start, m.start)
            if overlap > 0:
                key = (-overlap, m.end - m.start)
                if best is None or key < best[:2]:
                    best = (key[0], key[1], actor)
    return best[2] if best else None


def _gold_actor(record: Record, gold: str) -> Actor | None:
    """Return the actor of the first occurrence of the gold name that the registry covers."""
    for start, end in _occurrences(record.article.text, gold):
        actor = _tightest_actor(record.actors, start, end)
        if actor is not None:
            return actor
    return None


def _speaker_actor(record: Record, start: int, end: int) -> tuple[Actor | None, str]:
    """Return the actor newsledger gives the speaker at [start, end), and how it was found."""
    by_id = {a.id: a for a in record.actors}
    for st in record.statements:
        if st.speaker_start is not None and st.speaker_end is not None and (
            st.speaker_start < end and start < st.speaker_end
        ):
            return by_id.get(st.speaker or ""), "statement"
    actor = _tightest_actor(record.actors, start, end)
    return actor, "mention" if actor is not None else "none"


def _baseline_speaker(doc: Doc, offset: int, cls: str) -> str | None:
    """Return the nearest preceding spaCy entity of a label fitting the speaker's class."""
    labels = _SPEAKER_BASELINE_LABELS[cls]
    best = None
    for ent in doc.ents:
        if ent.end_char > offset:
            break
        if ent.label_ in labels:
            best = ent.text
    return best


def _baseline_ok(pick: str | None, gold: str | None) -> bool:
    """Tell whether the baseline's entity names the gold referent (one contains the other)."""
    if gold is None or pick is None:
        return gold is None and pick is None
    return pick in gold or gold in pick


def score_pronoun_speakers(data_dir: Path = DEFAULT_DATA_DIR,
                           set_path: Path = PRONOUN_SPEAKERS) -> list[SpeakerItem]:
    """Run newsledger on each article of the speaker set and judge every item."""
    if not set_path.is_file():
        raise EvalDataError(f"{set_path}: missing speaker set")
    items = [json.loads(line) for line in set_path.read_text(encoding="utf-8").splitlines()
             if line.strip()]
    texts: dict[str, dict[str, Any]] = {}
    for rel in dict.fromkeys(str(i["file"]) for i in items):
        path = data_dir / rel
        if not path.is_file():
            raise EvalDataError(f"{path}: missing; pass the shared data folder")
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                rec = json.loads(line)
                texts[str(rec["id"])] = rec
    out = []
    for item in items:
        rec = texts[item["id"]]
        text, offset, word = str(rec["text"]), int(item["offset"]), str(item["text"])
        if text[offset:offset + len(word)] != word:
            raise EvalDataError(f"{set_path}: {item['id']}@{offset} is not {word!r}")
        article = Article(id=str(rec["id"]), text=text, published=rec.get("published"))
        record = analyse(article)
        actor, via = _speaker_actor(record, offset, offset + len(word))
        gold = item["gold"]
        if gold is None:
            ok = actor is None or all(m.start >= offset for m in actor.mentions)
        else:
            ok = actor is not None and actor == _gold_actor(record, gold)
        pick = _baseline_speaker(parse(text), offset, item["class"])
        out.append(SpeakerItem(int(item["n"]), item["id"], offset, word, item["class"], gold,
                               actor.name if actor else None, via, ok, pick,
                               _baseline_ok(pick, gold)))
    return out


#: The halves of the speaker set: even item numbers were developed on, odd ones only reported.
SPEAKER_HALVES = (("pronoun-speakers dev (even n)", 0), ("pronoun-speakers test (odd n)", 1))


def evaluate_pronoun_speakers(data_dir: Path = DEFAULT_DATA_DIR,
                              set_path: Path = PRONOUN_SPEAKERS) -> EvalReport:
    """Score speaker pronouns and descriptions: the resolved actor is the gold referent's."""
    items = score_pronoun_speakers(data_dir, set_path)
    rows = []
    parts = [(name, [i for i in items if i.n % 2 == parity]) for name, parity in SPEAKER_HALVES]
    parts.append(("pronoun-speakers all", items))
    for name, part in parts:
        n = len(part) or 1
        rows.append(SystemScores("newsledger", name, {
            "accuracy": sum(i.ok for i in part) / n,
            "via_statement": sum(i.via == "statement" for i in part) / n,
        }, len(part)))
        rows.append(SystemScores("nearest-entity", name, {
            "accuracy": sum(i.baseline_ok for i in part) / n}, len(part)))
    return EvalReport("actors: pronoun speakers", tuple(rows), (
        "pronoun-speakers: hand-labelled he/she/it/they/descriptions as subjects of reporting "
        "verbs (tests/fixtures/actors/README.md); nearest-entity = the nearest preceding spaCy "
        "entity of a fitting label",))


def evaluate(data_dir: Path = DEFAULT_DATA_DIR, limit: int | None = None) -> EvalReport:
    """Run every actors evaluation and return one report (``newsledger eval actors``)."""
    parts = (
        evaluate_conll(data_dir, limit),
        evaluate_pronouns(data_dir),
        evaluate_pronouns(data_dir, PRONOUN_HELDOUT, "conll pronouns held out"),
        evaluate_sources(data_dir, limit),
        evaluate_pronoun_speakers(data_dir),
    )
    return EvalReport("actors", tuple(r for p in parts for r in p.rows),
                      tuple(dict.fromkeys(n for p in parts for n in p.notes)))


def main(argv: list[str] | None = None) -> int:
    """Print the evaluation table: ``python -m newsledger.evaluate.actors [DATA] [--limit N]``."""
    args = list(sys.argv[1:] if argv is None else argv)
    limit = None
    if "--limit" in args:
        k = args.index("--limit")
        limit = int(args[k + 1])
        del args[k:k + 2]
    data_dir = Path(args[0]) if args else DEFAULT_DATA_DIR
    print(evaluate(data_dir, limit).to_text())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
