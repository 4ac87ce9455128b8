"""Reading TimeML (``*.tml``) gold files: the text of ``<TEXT>``, its TIMEX3 spans and the DCT."""

from __future__ import annotations

import datetime as dt
import html
import re
from dataclasses import dataclass
from pathlib import Path

from newsledger.errors import EvalDataError

_TAG = re.compile(r"<(/?)([A-Za-z0-9_]+)([^>]*?)(/?)>")
_ATTR = re.compile(r'(\w+)="([^"]*)"')
_DCT = re.compile(r"<DCT>.*?value=\"(\d{4}-\d{2}-\d{2})", re.S)


@dataclass(frozen=True)
class GoldTimex:
    """One gold TIMEX3 of the scored text: its span, type and normalised value."""

    start: int
    end: int
    text: str
    type: str
    value: str


@dataclass(frozen=True)
class TimemlDoc:
    """One TimeML document: the scored text, its creation date and its gold timexes."""

    id: str
    text: str
    dct: dt.date
    timexes: tuple[GoldTimex, ...]


def read_timeml(path: Path) -> TimemlDoc | None:
    """Read one TimeML file; None when it has no document creation time (it cannot be scored)."""
    raw = path.read_text(encoding="utf-8")
    dct = _DCT.search(raw)
    if dct is None:
        return None
    body_start = raw.find("<TEXT>")
    body_end = raw.find("</TEXT>")
    if body_start < 0 or body_end < 0:
        raise EvalDataError(f"{path}: no <TEXT> element; is this a TimeML file?")
    body = raw[body_start + len("<TEXT>"):body_end]
    pieces: list[str] = []
    length = 0
    open_timex: list[tuple[int, dict[str, str]]] = []
    timexes: list[GoldTimex] = []
    pos = 0
    for tag in _TAG.finditer(body):
        chunk = html.unescape(body[pos:tag.start()])
        pieces.append(chunk)
        length += len(chunk)
        pos = tag.end()
        closing, name = tag.group(1) == "/", tag.group(2)
        if name != "TIMEX3":
            continue
        if not closing:
            open_timex.append((length, dict(_ATTR.findall(tag.group(3)))))
        elif open_timex:
            begin, attrs = open_timex.pop()
            timexes.append(GoldTimex(begin, length, "", attrs.get("type", ""),
                                     attrs.get("value", "")))
    pieces.append(html.unescape(body[pos:]))
    text = "".join(pieces)
    gold = tuple(
        GoldTimex(t.start, t.end, text[t.start:t.end], t.type, t.value)
        for t in sorted(timexes, key=lambda t: t.start)
    )
    return TimemlDoc(path.stem, text, dt.date.fromisoformat(dct.group(1)), gold)


def read_corpus(folder: Path) -> list[TimemlDoc]:
    """Read every ``*.tml`` file under a folder (sorted by name), skipping those without a DCT."""
    paths = sorted(folder.rglob("*.tml"))
    if not paths:
        raise EvalDataError(f"{folder}: no TimeML (*.tml) files; pass --data ../shared/data")
    docs = [read_timeml(p) for p in paths]
    return [d for d in docs if d is not None]
