"""Nameless groups and bodies: the country the words around them give (issue 4, T56).

Split from :mod:`newsledger.participants` (module size), whose :func:`complete_actors` calls
these. A participant named without nationality ("police", "the ministry", "protesters") takes
the country of a place that says where it is ("police in Lagos", :func:`attached_country`), of
the place where a police or court act happens (:func:`placed_country`), or of the bodies the
article named before with the same head noun ("Nigerian police ... Police said",
:func:`earlier_country`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from newsledger.coordination import STATELESS_SECTORS
from newsledger.lexicon_data import fold, group_nouns
from newsledger.record import Actor
from newsledger.targets import DOMESTIC_TYPES

if TYPE_CHECKING:  # events imports participants, which imports this module
    from newsledger.arguments import Argument
    from newsledger.events import CodedEvent


#: Kinds of partner whose inferred country (its place's) counts as its nationality: the record
#: gives a group or body that country too (police, protesters), never a person.
BODY_KINDS = frozenset({"group", "organization"})

#: Words between a group and a place that say where the group is or comes from: "police in
#: Lagos", "rebels in eastern Congo", "farmers from Poland", "police in the southern city of
#: Kano" (lower-case words only, so "in the US embassy in" is not one: a name of its own).
ATTACHED_PLACE = re.compile(r"\s+(?:in|at|from)\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,3}")

#: Sectors whose act in a named place is that place's state's, whatever else the sentence
#: names: police custody or a police act in a named place (the sets' convention, "police in
#: the Comoros archipelago ... raided" COM) and a court's sentence (courts judge at home).
#: Not armed forces, whose attack is as often abroad ("warplanes bombed positions in Syria").
PLACED_SECTORS = frozenset({"COP", "JUD"})

#: Words before a place naming it as where an act happens ("in Oruro", "near the town of
#: Zakho"), not where it is aimed ("on its way to Mandalay").
LOCATIVE_BEFORE = re.compile(
    r"\b(?:in|at|near|outside|around|inside|across)\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,3}$")

#: Characters before a place searched for its locative preposition (four words and spaces).
LOOK_BACK = 40

#: Sectors of people who live where they protest, riot or fight: a protest, coercion or attack
#: of theirs in a place their clause names takes that place's country over a country word
#: elsewhere in the sentence ("Traders crossing into Chile report that miners rioted in Oruro":
#: BOL), as the sets code protesters and rebels by residence. Not a state's forces, officials
#: or spies (who act abroad: "Turkish officials said jets bombed positions in Iraq"), refugees,
#: companies or reporters (of elsewhere by definition or often).
RESIDENT_SECTORS = frozenset({
    "CVL", "REB", "UAF", "CRM", "OPP", "LAB", "AGR", "EDU", "REL", "HLH", "ELI",
})


def attached_country(c: CodedEvent, arg: Argument | None, text: str) -> str | None:
    """Return the country of the event's place when the place says where a participant is from.

    The place is in the participant's own words ("Lagos police") or hangs on them
    (:data:`ATTACHED_PLACE`: "police in Lagos", "a lawyer in Kano"): residence, as the sets code
    "Catholic protesters in Portadown" and "A New York man". Not for an IGO/NGO, nor for a
    participant with a nationality of its own.
    """
    place = c.event.location
    if arg is None or arg.country is not None or place is None or place.country is None or \
            not text or arg.sector in STATELESS_SECTORS:
        return None
    if arg.start <= place.start and place.end <= arg.end or \
            place.start >= arg.end and ATTACHED_PLACE.fullmatch(text, arg.end, place.start):
        return place.country
    return None


def placed_country(c: CodedEvent, arg: Argument | None, sector: str | None, kind: str,
                   text: str) -> str | None:
    """Return the country of the event's place when it says where a nameless group acts from.

    The events stage gives a participant without nationality the one country its sentence names
    before the place of the event, but that country is often the other side's ("Police in Lagos
    arrested two British journalists": the journalists', not the police's). The place's country
    wins for a group or body (not a person, not an IGO/NGO) when the place is attached to it
    (:func:`attached_country`), is where a police or court act happens (:data:`PLACED_SECTORS`,
    "police arrested three Pakistanis in Dubai": ARE), or is the one country of the clause of
    a protest, coercion or attack by residents (:data:`RESIDENT_SECTORS`).
    """
    if arg is None or kind == "person" or (sector or arg.sector) in STATELESS_SECTORS:
        return None
    place = c.event.location
    if c.event.type in DOMESTIC_TYPES and arg.country is None and place is not None and \
            place.country is not None and ((sector or arg.sector) in PLACED_SECTORS or (
                (sector or arg.sector) in RESIDENT_SECTORS and
                c.clause_country == place.country and
                LOCATIVE_BEFORE.search(text, max(0, place.start - LOOK_BACK), place.start))):
        return place.country
    return attached_country(c, arg, text)


#: Articles a bare description may open with ("the ministry", "a court"); lower-case modifiers
#: may follow ("riot police"), but a capitalised word marks a name of its own ("Lagos police").
BARE_ARTICLES = frozenset({"the", "a", "an"})


def bare_head(name: str) -> str | None:
    """Return the head noun of a bare description ("Police", "the defence ministry"), else None.

    A name ("Lagos police", "Government of Kenya") is no bare description: only the first word
    may be capitalised (a sentence start), and a lone capitalised word only when it is a group
    noun of data/sectors.tsv ("Police"; not "NASA", "Airbus").
    """
    words = name.split()
    if words and words[0].lower() in BARE_ARTICLES:
        words = words[1:]
    if not words or any(not w.isalpha() or w[:1].isupper() for w in words[1:]) or \
            not words[0].isalpha() or len(words) == 1 and words[0][:1].isupper() and \
            fold(words[0]) not in group_nouns():
        return None
    return words[-1].lower()


def body_head(name: str) -> str:
    """Return the head noun of an actor's name ("Government of Kenya": government)."""
    return name.split(" of ", 1)[0].split()[-1].lower() if name.split() else ""


def earlier_country(name: str, start: int, kind: str, sector: str | None,
                    actors: Sequence[Actor]) -> str | None:
    """Return the country of the bodies named before with a bare description's head noun.

    "Nigerian police arrested 20 people ... Police accused the protesters": a bare "Police"
    the registry did not link to the earlier body (it links definite descriptions only) is
    still that country's, when every earlier group or body with that head noun and a country
    has the same one ("Russian forces ... Ukrainian forces ... the forces" gives none). Not
    for a person (a title is linked by the registry) nor an IGO/NGO.
    """
    head = bare_head(name)
    if head is None or kind not in BODY_KINDS or sector in STATELESS_SECTORS:
        return None
    countries = {a.country for a in actors
                 if a.country is not None and a.kind in BODY_KINDS and a.mentions
                 and a.sector not in STATELESS_SECTORS and a.mentions[0].start < start
                 and body_head(a.name) == head}
    return countries.pop() if len(countries) == 1 else None
