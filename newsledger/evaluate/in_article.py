"""In-article rows of the held-out country sets (issue 4, T24).

The country sets label single sentences, but users run whole articles, where an earlier mention
gives a person's nationality ("Prime Minister Netanyahu" before "Netanyahu said") or a story's
country. Row "newsledger (record, in article)" runs :func:`newsledger.extract` on the whole source
article of each item (``../shared/data/news/<file>.jsonl`` by the item's ``source`` id prefix,
:data:`SOURCES`; a TimeML document for "tbaq-" and "meantime-" ids, :data:`TIMEML_SOURCES`; a
boilerplate-benchmark page's ground-truth body for "bp-" ids), finds the item's
sentence in the record's text, and scores the record's events whose trigger span holds the
labelled trigger, with the sentence rows' scorer
(:mod:`newsledger.evaluate.country_set`).

Finding the sentence: the item's sentence, its runs of spaces already made one as the sentence
rows do, is matched against the record's text with any run of white space standing for one space
(the record's cleaning may break lines or collapse spaces). An item whose article is missing, or
whose sentence the cleaned article no longer holds (a paragraph dropped as boilerplate), is
skipped and counted in a note. Each article is parsed once per run (:class:`ArticleRecords`),
however many items or sets cite it.
"""

from __future__ import annotations

import glob
import json
import re
from pathlib import Path

from newsledger.errors import InputError
from newsledger.evaluate.timeml import read_timeml
from newsledger.pipeline import extract
from newsledger.record import Record

#: Item ``source`` id prefix -> the file (under the data folder) that holds its article.
SOURCES = {
    "conll03-": "news/conll2003_reuters.jsonl",
    "r21578-": "news/reuters21578.jsonl",
    "bbcpol-": "news/bbc_politics.jsonl",
    "polnear-dev-": "attribution/polnear-dev.jsonl",
    "polnear-train-": "attribution/polnear-train.jsonl",
}

#: Item ``source`` id prefix of the TimeBank/AQUAINT documents (set 4): "tbaq-<file stem>",
#: the article being the TimeML ``<TEXT>`` with its creation date as the publication date.
TBAQ_PREFIX = "tbaq-"

#: Folder (under the data folder) of the TimeBank/AQUAINT ``*.tml`` files.
TBAQ_DIR = "time/tbaq"

#: Item ``source`` id prefix -> folder (under the data folder) of TimeML documents "<prefix><stem>"
#: (set 5 cites MEANTIME's English WikiNews files beside set 4's TimeBank/AQUAINT ones).
TIMEML_SOURCES = {TBAQ_PREFIX: TBAQ_DIR, "meantime-": "time/meantime-en"}

#: Item ``source`` id prefix of boilerplate-benchmark pages (set 5): "bp-<index id>", the article
#: being the page's hand-made ground-truth ``body`` in :data:`BOILERPLATE_INDEX`, so the scored
#: text does not depend on how well cleaning strips that page.
BOILERPLATE_PREFIX = "bp-"

#: The boilerplate benchmark's index (under the data folder): one page per line, with its body.
BOILERPLATE_INDEX = "boilerplate/index.jsonl"


def source_prefix(source: str) -> str | None:
    """Return the :data:`SOURCES` prefix an item's source id starts with, None if none."""
    return next((prefix for prefix in SOURCES if source.startswith(prefix)), None)


def source_file(source: str) -> str | None:
    """Return the data file (relative to the data folder) an item's source id points into."""
    prefix = source_prefix(source)
    return None if prefix is None else SOURCES[prefix]


def sentence_pattern(sentence: str, start: int) -> re.Pattern[str]:
    """Return a pattern for a sentence in a text, any white-space run matching a space.

    Group 1 is empty and sits at the trigger offset ``start`` of the sentence.
    """
    def flexible(part: str) -> str:
        return r"\s+".join(re.escape(piece) for piece in part.split(" "))

    return re.compile(flexible(sentence[:start]) + "()" + flexible(sentence[start:]))


def locate(text: str, sentence: str, start: int) -> int | None:
    """Return the trigger's offset in a text holding the sentence, None if it is not there."""
    match = sentence_pattern(sentence, start).search(text)
    return match.start(1) if match else None


class ArticleRecords:
    """The records of whole source articles, each extracted once per evaluation run."""

    def __init__(self, data_dir: Path) -> None:
        """Keep the data folder; files and records are read lazily."""
        self.data_dir = data_dir
        self._files: dict[str, dict[str, dict[str, object]]] = {}
        self._records: dict[str, Record | None] = {}

    def _articles(self, name: str) -> dict[str, dict[str, object]]:
        """Return one data file's articles by id (an absent file holds none)."""
        if name not in self._files:
            path = self.data_dir / name
            articles: dict[str, dict[str, object]] = {}
            if path.is_file():
                with path.open(encoding="utf-8") as fh:
                    for line in fh:
                        if line.strip():
                            item = json.loads(line)
                            articles[str(item["id"])] = item
            self._files[name] = articles
        return self._files[name]

    def _timeml(self, source: str, prefix: str) -> dict[str, object] | None:
        """Return a TimeML document as an article (text and DCT), None if absent."""
        stem = glob.escape(source.removeprefix(prefix))
        folder = self.data_dir / TIMEML_SOURCES[prefix]
        # TimeBank/AQUAINT keep their files one folder down, MEANTIME directly in its folder
        path = next(folder.glob(f"{stem}.tml"), None) or next(folder.glob(f"*/{stem}.tml"), None)
        doc = read_timeml(path) if path is not None else None
        return None if doc is None else {"text": doc.text, "published": doc.dct.isoformat()}

    def _boilerplate(self, source: str) -> dict[str, object] | None:
        """Return a boilerplate-benchmark page as an article (its ground-truth body), or None."""
        page = self._articles(BOILERPLATE_INDEX).get(source.removeprefix(BOILERPLATE_PREFIX))
        if page is None or not page.get("body"):
            return None
        return {"text": page["body"], "published": page.get("published"),
                "url": page.get("url"), "title": page.get("title")}

    def article(self, source: str) -> dict[str, object] | None:
        """Return the article an item's source id names, None if it is not in the data."""
        timeml = next((p for p in TIMEML_SOURCES if source.startswith(p)), None)
        if timeml is not None:
            return self._timeml(source, timeml)
        if source.startswith(BOILERPLATE_PREFIX):
            return self._boilerplate(source)
        prefix = source_prefix(source)
        if prefix is None:
            return None
        articles = self._articles(SOURCES[prefix])
        # the news files' ids carry the prefix; PolNeAR's do not, the items add their split's
        return articles.get(source) or articles.get(source.removeprefix(prefix))

    def record(self, source: str) -> Record | None:
        """Return the record of an item's whole article, as a user's extract run gives it.

        None when the article is not in the data or cleaning finds no text in it.
        """
        if source not in self._records:
            art = self.article(source)
            try:
                self._records[source] = None if art is None else extract(
                    str(art["text"]), published=_opt(art.get("published")),
                    url=_opt(art.get("url")), title=_opt(art.get("title")))
            except InputError:  # an article cleaning cannot read counts as one not there
                self._records[source] = None
        return self._records[source]


def _opt(value: object) -> str | None:
    """Return a metadata value as a string, None when absent."""
    return None if value is None else str(value)
