"""Reading TimeML (``*.tml``) gold files: the text of ``<TEXT>``, its TIMEX3 spans and the DCT."""

from __future__ import annotations

import datetime as dt
import html
import re
from dataclasses import dataclass
from pathlib import Path

from newsledger.errors import EvalDataError

_TAG = re.compile(r"<(/?)([A-Za-z0-9_]+)([^>]*?)(/?)>")
#: One ``name="value"`` attribute of a TimeML tag.
ATTR = re.compile(r'(\w+)="([^"]*)"')
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


@dataclass(frozen=True)
class InlineElement:
    """One inline element of ``<TEXT>`` (TIMEX3, EVENT, SIGNAL...): its span and attributes."""

    name: str
    start: int
    end: int
    attrs: tuple[tuple[str, str], ...]

    def attr(self, key: str) -> str:
        """Return one attribute's value, "" when absent."""
        return dict(self.attrs).get(key, "")


def strip_inline(body: str) -> tuple[str, list[InlineElement]]:
    """Remove the tags of a ``<TEXT>`` body: its plain text and every element's span in it."""
    pieces: list[str] = []
    length = 0
    open_tags: list[tuple[str, int, tuple[tuple[str, str], ...]]] = []
    elements: list[InlineElement] = []
    pos = 0
    for tag in _TAG.finditer(body):
        chunk = html.unescape(body[pos:tag.start()])
        pieces.append(chunk)
        length += len(chunk)
        pos = tag.end()
        closing, name = tag.group(1) == "/", tag.group(2)
        if not closing and tag.group(4) != "/":
            open_tags.append((name, length, tuple(ATTR.findall(tag.group(3)))))
        elif closing:
            # close the innermost open element of that name (TimeML nests only timexes, rarely)
            at = next((k for k in range(len(open_tags) - 1, -1, -1)
                       if open_tags[k][0] == name), None)
            if at is not None:
                _, begin, attrs = open_tags.pop(at)
                elements.append(InlineElement(name, begin, length, attrs))
    pieces.append(html.unescape(body[pos:]))
    return "".join(pieces), elements


def text_body(raw: str, path: Path) -> str:
    """Return what lies inside ``<TEXT>``, or raise EvalDataError naming the file."""
    body_start = raw.find("<TEXT>")
    body_end = raw.find("</TEXT>")
    if body_start < 0 or body_end < 0:
        raise EvalDataError(f"{path}: no <TEXT> element; is this a TimeML file?")
    return raw[body_start + len("<TEXT>"):body_end]


def read_parts(path: Path) -> tuple[str, dt.date, str, list[InlineElement]] | None:
    """Return a TimeML file's raw markup, creation date, text and inline elements.

    None when it has no document creation time (it cannot be scored).
    """
    raw = path.read_text(encoding="utf-8")
    dct = _DCT.search(raw)
    if dct is None:
        return None
    text, elements = strip_inline(text_body(raw, path))
    return raw, dt.date.fromisoformat(dct.group(1)), text, elements


def read_timeml(path: Path) -> TimemlDoc | None:
    """Read one TimeML file; None when it has no document creation time (it cannot be scored)."""
    parts = read_parts(path)
    if parts is None:
        return None
    _, dct, text, elements = parts
    gold = tuple(
        GoldTimex(e.start, e.end, text[e.start:e.end], e.attr("type"), e.attr("value"))
        for e in sorted((e for e in elements if e.name == "TIMEX3"), key=lambda e: e.start)
    )
    return TimemlDoc(path.stem, text, dct, gold)


def tml_paths(folder: Path) -> list[Path]:
    """Return the ``*.tml`` files under a folder in sorted path order, or raise EvalDataError."""
    paths = sorted(folder.rglob("*.tml"))
    if not paths:
        raise EvalDataError(f"{folder}: no TimeML (*.tml) files; pass --data ../shared/data")
    return paths


def read_corpus(folder: Path) -> list[TimemlDoc]:
    """Read every ``*.tml`` file under a folder (sorted by name), skipping those without a DCT."""
    docs = [read_timeml(p) for p in tml_paths(folder)]
    return [d for d in docs if d is not None]
