"""Place frames: where the text itself says a proper name is a place (T28).

The small spaCy model tags many towns and villages PERSON or ORG, or not at all, and a name
that is a place is not always after "in/at/near". :func:`frame` reads the syntax around a
name and tells whether (and how) the text frames it as a place:

- ``settlement``: "the village of X", "X village", "the town of X";
- ``feature``: "X peninsula", "X valley": a landform named after its town or its own name (T33);
- ``admin``: "X region", "X Oblast", "the region of X" (an area, not the same-named city);
- ``prep``: the object of a locative preposition that takes no person ("near X", "in X");
- ``verb``: the object of a verb whose object is a place ("shelled X", data/place_frames.tsv);
- ``of``: "the outskirts of X", "in the direction of X";
- ``anchor``: "X, Y" where Y is a known place (told by :mod:`newsledger.places`).

:func:`candidates` lists the names to consider: the entities of any name label and the runs of
proper nouns the tagger left out of every entity.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Span, Token

from newsledger.gazetteer import frame_words

#: Entity labels a place name can wrongly carry in the small model ("Lyptsi" PERSON, "the
#: island of Cyprus" PRODUCT); dates, numbers and the like are never considered.
MISLABELS = frozenset({"PERSON", "ORG", "NORP", "PRODUCT"})

#: Entity labels of places.
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})

#: Entity labels whose names are considered (built once: the test runs per entity).
_CANDIDATE_LABELS = PLACE_LABELS | MISLABELS

#: Prepositions whose proper-noun object is a place even when tagged a person: not "by", "with",
#: "for", "on", "between" or "from", which take people as readily.
STRICT_PREPS = frozenset({"in", "near", "at", "outside", "inside", "around", "towards", "toward",
                          "across", "throughout", "into", "within"})

#: Dependencies by which a verb's object attaches (the parser reads "shelled X" as oprd at times).
OBJECT_DEPS = frozenset({"dobj", "oprd", "nsubjpass", "attr"})

#: Words before a name that make it a person ("Mr Paris", "President Lincoln").
PERSON_TITLES = frozenset({"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "miss", "sir",
                           "president", "minister", "general", "gen.", "colonel", "senator",
                           "governor", "mayor", "lord", "lady", "saint"})


def is_frame_word(tok: Token, kind: str) -> bool:
    """Tell whether a token is a frame word of one kind (data/place_frames.tsv)."""
    words = frame_words()[kind]
    return tok.lemma_.lower() in words or tok.lower_ in words


def trim(span: Span) -> tuple[Span, str | None]:
    """Strip a leading "the" and a trailing settlement/admin noun; return it as the frame."""
    start, end, kind = span.start, span.end, None
    doc = span.doc
    if doc[start].lower_ == "the" and end - start > 1:
        start += 1
    if end - start > 1:
        last = doc[end - 1]
        for k in ("admin", "settlement"):
            if is_frame_word(last, k):
                end, kind = end - 1, k
                break
    return doc[start:end], kind


def candidates(doc: Doc) -> Iterator[tuple[Span, str]]:
    """Yield the names to consider as places with their entity label ("" for a bare run)."""
    covered: set[int] = set()
    for ent in doc.ents:
        covered.update(range(ent.start, ent.end))
        if ent.label_ not in _CANDIDATE_LABELS:
            continue
        # The tagger joins "X, Y" into one entity at times: each part is a name of its own.
        start = ent.start
        for tok in ent:
            if tok.text == ",":
                if tok.i > start:
                    yield doc[start:tok.i], ent.label_
                start = tok.i + 1
        if start < ent.end:
            yield doc[start:ent.end], ent.label_
    i = 0
    while i < len(doc):
        if doc[i].pos_ == "PROPN" and i not in covered and doc[i].is_title:
            j = i + 1
            while j < len(doc) and j not in covered and (
                    doc[j].pos_ == "PROPN" and doc[j].is_title
                    or doc[j].text == "-" and j + 1 < len(doc) and doc[j + 1].is_title):
                j += 1
            if not (j < len(doc) and doc[j].text == "-"):  # "Komsomolsk-on-Amur": a part
                yield doc[i:j], ""
            i = j
        else:
            i += 1


def frame(name: Span, trailing: str | None) -> str | None:
    """Return how the text frames a name as a place (see the module doc), None when it does not."""
    doc = name.doc
    if trailing is not None:
        return trailing
    after = doc[name.end] if name.end < len(doc) else None
    if after is not None and after.pos_ in ("NOUN", "PROPN"):
        for kind in ("admin", "settlement", "feature"):
            if is_frame_word(after, kind):
                return kind
    before = doc[name.start - 1] if name.start > 0 else None
    if before is not None and before.lower_ in PERSON_TITLES:
        return None
    root = name.root
    head = root.head
    if root.dep_ == "pobj" and head.lower_ == "of":
        noun = head.head
        for kind in ("admin", "settlement", "of"):
            if is_frame_word(noun, kind):
                return kind
    if root.dep_ == "pobj" and head.lower_ in STRICT_PREPS:
        return "prep"
    if root.dep_ == "pobj" and head.lower_ == "over" and (
            is_frame_word(head.head, "over") or any(
                c.dep_ == "dobj" and is_frame_word(c, "over") for c in head.head.children)):
        return "prep"  # "control over X" (or parsed "took control | over X"); not "Lee over Smith"
    if root.dep_ == "compound" and head.dep_ == "pobj" and head.head.lower_ in STRICT_PREPS \
            and is_frame_word(head, "of"):
        return "prep"  # "near the X area", "in the X outskirts": X names the place (T33)
    if root.dep_ in OBJECT_DEPS and head.pos_ == "VERB" and is_frame_word(head, "verb"):
        return "verb"
    return None


def glued_word(span: Span) -> Span | None:
    """Return the whole word when a name is glued to a hyphen ("Komsomolsk-on-Amur"), else None."""
    doc = span.doc
    end = span.end
    while end < len(doc) and not doc[end - 1].whitespace_ and (
            doc[end].text == "-" or end > span.end and doc[end].is_alpha):
        end += 1
    return doc[span.start:end] if end > span.end else None


def anchor(name: Span) -> Span | None:
    """Return Y of "X, Y" (the name right after the comma following X), None if there is none."""
    doc = name.doc
    i = name.end
    if i < len(doc) and (is_frame_word(doc[i], "settlement") or is_frame_word(doc[i], "admin")):
        i += 1  # "Zmiivka village, Kherson", "Beryslavskyi rayon, Kherson"
    if i + 1 >= len(doc) or doc[i].text != "," or not doc[i + 1].is_title:
        return None
    j = i + 1
    while j < len(doc) and doc[j].is_title and doc[j].pos_ == "PROPN":
        j += 1
    if j < len(doc) and doc[j].tag_ == "POS":
        return None  # "Zelensky, Ukraine's president": an apposition about a person
    return doc[i + 1:j] if j > i + 1 else None
