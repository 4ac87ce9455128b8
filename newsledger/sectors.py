"""Sector rules that read a whole phrase, beyond the noun tables (issue 4, T31).

:func:`newsledger.lexicon.describe` finds the head of a phrase and its sector in the noun tables
(``data/sectors.tsv``, titles, institutions); :func:`refine_sector` then applies the CAMEO
conventions that depend on the phrase as a whole:

- **state media** speak for the state: CAMEO's agents dictionary (PETRARCH-2
  ``Phoenix.agents.txt``: STATE_MEDIA, STATE-OWNED_NEWS_AGENCY, OFFICIAL_NEWS_AGENCY ->
  GOV with MED as second code) gives a newspaper, agency or broadcaster qualified as state,
  state-run, state-owned or official the government sector;
- **a people named by nationality or ethnicity** ("ethnic Turks", "Liberians", "Iraqi Kurds")
  is civilians (CVL): CAMEO codes an ethnic or national group of people, not a state, with the
  civilian sector plus its ethnic code (the PLOVER gold writes "CVLkur", "CVLalb"); a bare
  country name ("Russia") keeps no sector, as CAMEO codes it with the country code alone.

Kept apart from :mod:`newsledger.lexicon` so that module stays a lookup of the tables.
"""

from __future__ import annotations

#: Sector of state-controlled media (see the module docstring).
STATE_MEDIA_SECTOR = "GOV"

#: Words before a media noun that make it the state's voice ("the official news agency",
#: "state-run television", "a government newspaper").
STATE_MEDIA_WORDS = frozenset({
    "state", "state-run", "state-owned", "state-controlled", "state-backed", "official",
    "semi-official", "government", "government-run", "government-owned", "government-controlled",
    "regime",
})

#: Sector of a people named by nationality or ethnicity.
PEOPLE_SECTOR = "CVL"

#: The word that marks a people as an ethnic group whatever its head ("ethnic Albanians").
ETHNIC_WORD = "ethnic"


def state_media(words: list[str], sector: str | None) -> bool:
    """Tell whether a media phrase is qualified as the state's ("official Syrian newspaper")."""
    return sector == "MED" and any(w.lower() in STATE_MEDIA_WORDS for w in words[:-1])


def people_group(words: list[str], head_source: str | None, sector: str | None) -> bool:
    """Tell whether a phrase names a people by nationality or ethnicity ("ethnic Turks").

    The head is a demonym used as a plural noun ("Liberians", "Kurds": a people, not the
    adjective of a body) or the phrase says "ethnic"; a phrase with a sector of its own
    ("Kurdish rebels") is not a people.
    """
    if sector is not None or head_source != "demonym" or not words:
        return False
    last = words[-1]
    return ETHNIC_WORD in (w.lower() for w in words) or (
        last[:1].isupper() and last.endswith("s") and not last.endswith("ss"))


def refine_sector(words: list[str], head_source: str | None, sector: str | None) -> str | None:
    """Return a phrase's sector after the whole-phrase conventions (see the module docstring)."""
    if state_media(words, sector):
        return STATE_MEDIA_SECTOR
    if people_group(words, head_source, sector):
        return PEOPLE_SECTOR
    return sector
