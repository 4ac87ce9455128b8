"""Headline verbs: a title-case headline's capitalised verbs, which the small tagger reads as names.

In "Clinton Wades In: Urges Britain To Stay" or "Governor Slams Lawmakers" the tagger gives
most capitalised verbs NNP; :func:`title_case` tells such a headline from prose and
:func:`verb_forms` gives the base forms an inflected word may have, so the verb rows of the
lexicon can be tried on it (:func:`newsledger.triggers.rule_for`).
"""

from __future__ import annotations

import re

from spacy.tokens import Span

#: A title-case headline ("Clinton Urges Britain To Stay"): at least this many words, and at
#: least this share of its alphabetic words capitalised (news prose capitalises ~30 %; a
#: headline 80-100 %, function words aside), so the tagger's NNP for a verb is not trusted.
HEADLINE_MIN_WORDS = 4
HEADLINE_TITLE_SHARE = 0.7

#: Words of this length or shorter are left out of the count: function words ("To", "in",
#: "of", "the", "and") stay lower case in many headline styles.
_SHORT_WORD = 3

#: A doubled final consonant before -ed/-ing ("slammed", "jabbing"): the base form has one.
_DOUBLED_FINAL = re.compile(r"([bdglmnprt])\1(ed|ing)$")


def verb_forms(word: str) -> tuple[str, ...]:
    """Return the base forms an inflected verb may have ("urges" -> urge, "called" -> call)."""
    forms = [word]
    if word.endswith("ies"):
        forms.append(word[:-3] + "y")
    for ending, repl in (("es", ""), ("s", ""), ("ed", ""), ("ed", "e"), ("ing", ""), ("ing", "e")):
        if word.endswith(ending) and len(word) > len(ending) + 2:
            forms.append(word[: -len(ending)] + repl)
    if _DOUBLED_FINAL.search(word):  # "slammed" -> slam
        forms.append(_DOUBLED_FINAL.sub(r"\1", word))
    return tuple(forms)


def title_case(sent: Span) -> bool:
    """Tell whether a sentence is a title-case headline (most of its words capitalised)."""
    words = [t for t in sent if t.is_alpha and len(t) > _SHORT_WORD]
    if len(words) < HEADLINE_MIN_WORDS:
        return False
    return sum(t.text[0].isupper() for t in words) >= HEADLINE_TITLE_SHARE * len(words)
