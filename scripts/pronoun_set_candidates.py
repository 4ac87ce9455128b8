"""Cut the candidates of the hand-labelled speaker set (tests/fixtures/actors/pronoun_set.jsonl).

A candidate is a pronoun (he/she/it/they) or a definite description ("the minister", "the former
president", "the company") directly followed by a reporting verb, found by a regular expression
(not by newsledger, so the cut does not favour what the system already finds). At most one
candidate per article; per class a fixed quota, taken in an order fixed by a hash of (article id,
offset) so the cut is deterministic and not biased to the start of the files. The script prints
each candidate with the article text before it, for a person to label; it writes nothing.

Run: ``.venv/bin/python scripts/pronoun_set_candidates.py [--context 900]``.
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
from pathlib import Path

from newsledger.evaluate import DEFAULT_DATA_DIR

FILES = (
    Path("news") / "conll2003_reuters.jsonl",
    Path("news") / "reuters21578.jsonl",
    Path("news") / "bbc_politics.jsonl",
    Path("attribution") / "polnear-dev.jsonl",
)

#: Reporting verbs whose subject is a speaker (past and present forms news uses most).
VERBS = (
    "said|says|told|tells|added|adds|stated|announced|warned|insisted|argued|claimed|denied|"
    "noted|explained|declared|urged|stressed|wrote|asked|replied|acknowledged|admitted|"
    "suggested|predicted|maintained|complained|confirmed|believes|believed|accused|promised"
)
ADVERBS = r"(?:(?:also|later|then|further|has|had|have|previously|earlier|repeatedly)\s+)?"

#: Heads of descriptions that can be a speaker (persons and bodies).
HEADS = (
    "minister|president|premier|chancellor|secretary|spokesman|spokeswoman|official|officials|"
    "company|government|ministry|agency|party|group|army|military|police|leader|senator|"
    "governor|ambassador|envoy|candidate|chairman|diplomat|general|commander|department|"
    "administration|union|bank|board|committee|court|judge|campaign|embassy|council|firm|"
    "newspaper|radio|television|mayor|congressman|lawmaker|businessman|"
    "billionaire|nominee|prosecutor|lawyer|attorney|rebels|guerrillas|state|organisation|"
    "organization|commission|office|prime minister|foreign minister|white house"
)
PRONOUN_RE = re.compile(rf"\b(He|She|It|They|he|she|it|they)\s+{ADVERBS}(?:{VERBS})\b")
DESCRIPTION_RE = re.compile(
    rf"\b([Tt]he\s+(?:(?:former|then|new|outgoing|acting|deputy|[A-Z][a-z]+|[a-z]+-[a-z]+)\s+)?"
    rf"(?:{HEADS}))\s+{ADVERBS}(?:{VERBS})\b"
)

#: How many items of each class the set gets (about 70 in all), and at most how many come from
#: one file (so the long PolNeAR articles, four sources in all, each get a fair share).
QUOTAS = {"he/she": 26, "it": 12, "they": 12, "description": 24}
PER_FILE = 19


def _class(word: str) -> str:
    """Return the quota class of a candidate's subject."""
    w = word.lower()
    if w in ("he", "she"):
        return "he/she"
    if w in ("it", "they"):
        return w
    return "description"


def _order(doc_id: str, offset: int) -> str:
    """Return a fixed pseudo-random sort key for a candidate."""
    return hashlib.sha1(f"{doc_id}@{offset}".encode()).hexdigest()


def candidates(data_dir: Path) -> list[tuple[str, str, int, str, str]]:
    """Return (file, id, offset, subject, class) of the chosen candidates, one per article."""
    pool: list[tuple[str, str, str, int, str, str]] = []
    for path in FILES:
        with (data_dir / path).open(encoding="utf-8") as fh:
            for line in fh:
                rec = json.loads(line)
                text = rec["text"]
                for rx in (PRONOUN_RE, DESCRIPTION_RE):
                    for m in rx.finditer(text):
                        if m.start(1) < 40:
                            continue  # a headline or lead with nothing before it to resolve
                        cls = _class(m.group(1))
                        pool.append((_order(rec["id"], m.start(1)), str(path), rec["id"],
                                     m.start(1), m.group(1), cls))
    pool.sort()
    used: set[str] = set()
    left = dict(QUOTAS)
    per_file = dict.fromkeys((str(f) for f in FILES), PER_FILE)
    chosen = []
    for _, rel, doc_id, offset, subj, cls in pool:
        if doc_id in used or left[cls] == 0 or per_file[rel] == 0:
            continue
        used.add(doc_id)
        left[cls] -= 1
        per_file[rel] -= 1
        chosen.append((rel, doc_id, offset, subj, cls))
    return sorted(chosen, key=lambda c: (c[0], c[1]))


def main(argv: list[str]) -> int:
    """Print every candidate with the text before it."""
    context = int(argv[argv.index("--context") + 1]) if "--context" in argv else 900
    texts = {}
    for path in FILES:
        with (DEFAULT_DATA_DIR / path).open(encoding="utf-8") as fh:
            for line in fh:
                rec = json.loads(line)
                texts[rec["id"]] = rec["text"]
    for n, (rel, doc_id, offset, subj, cls) in enumerate(candidates(DEFAULT_DATA_DIR), 1):
        text = texts[doc_id]
        before = text[max(0, offset - context):offset]
        after = text[offset:offset + 160]
        print(f"===== #{n} {rel} {doc_id} @{offset} {subj!r} [{cls}]")
        print(before + "[[" + after[:len(subj)] + "]]" + after[len(subj):])
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
