"""Phrase checks of :mod:`newsledger.mentions`: what a phrase's own words and syntax say.

Split out of ``mentions.py`` (T43) by responsibility: the finder there walks the parse and builds
candidates; the pure tests here look at one phrase: its text with and without its owner
(:class:`PhraseTexts`), whether it is part of a place, a dateline or in apposition to a title,
and whether a name's wider phrase is an organisation world knowledge knows by that full name
(:func:`known_wider_body`: "the Liberal Democrats" when NER tags only "Democrats"); whether a noun
names someone by a relation (:func:`relation_of`: "his rival") and whether a chunk opens with a
gerund taking the noun as its object (:func:`gerund_end`: "of training militants").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from newsledger.clause_words import child_with, pobj_of
from newsledger.cues import cue_key, lexicon
from newsledger.knowledge import organisation_named
from newsledger.lexicon import (
    ActorTraits,
    country_from_name,
    describe,
    given_names,
    titles,
)
from newsledger.lexicon_data import data_rows, state_abbreviations
from newsledger.lexicon_places import (
    ambiguous_home,
    home_country,
    owner_before_home,
    place_name_country,
)
from newsledger.mention_syntax import DATELINE_DASHES, PART_OF_PLACE_NOUNS, PLACE_NOUNS


@dataclass(frozen=True)
class PhraseTexts:
    """A phrase's own text and, for a title or body, the text extended over its owner."""

    own: str
    owner: str | None  # "officials at the U.S. Trade Representative's Office", "Russia's envoy"
    owner_country: bool = True  # False: "Pyongyang's only ally" is another country
    owner_sector: bool = True  # False: "the governor's daughter" is not of the government
    members: str | None = None  # "a group of Lebanese exiles": the members' nationality

    def traits(self, label: str | None) -> ActorTraits:
        """Describe the phrase; the owner only fills a missing country or sector, not the kind."""
        mine = _based_traits(self, describe(self.own, label))
        if self.owner is None or (mine.country and mine.sector):
            return mine
        ext = describe(self.owner, label)
        return replace(mine, country=mine.country or (ext.country if self.owner_country else None),
                       sector=mine.sector or (ext.sector if self.owner_sector else None))


def part_of_place(root: Token) -> bool:
    """Tell whether a noun names part of a place ("the side of the river", "bank of a lake").

    A place noun ("side", "state", "border") with an of-phrase is a place ("the state of
    Roraima", "the state of emergency"); "bank" only when its of-object is a common noun,
    as "the central bank of Nigeria" is an actor.
    """
    lemma = root.lemma_.lower()
    if lemma not in PLACE_NOUNS and lemma not in PART_OF_PLACE_NOUNS:
        return False
    for child in root.rights:
        if child.dep_ == "prep" and child.lower_ == "of":
            objs = [c for c in child.children if c.dep_ == "pobj"]
            if objs and (lemma in PLACE_NOUNS or objs[0].pos_ == "NOUN"):
                return True
    return False


#: Most tokens a dateline spans before its dash ("WASHINGTON, March 3 (Reuters) —", "PORT OF
#: SPAIN, Trinidad (AP) –" are 8-10): a longer run before a dash is a sentence's own phrase.
MAX_DATELINE_TOKENS = 12

#: Punctuation inside a dateline: the comma before a state or date, an agency's brackets.
_DATELINE_PUNCT = frozenset({",", ".", "(", ")", "/"})


def _paragraph_start(doc: Doc, i: int) -> bool:
    """Tell whether token i opens the text or a paragraph (a line break before it)."""
    if i == 0:
        return True
    prev = doc[i - 1]
    return "\n" in prev.whitespace_ or prev.is_space and "\n" in prev.text


def _brackets_closed(run: Span) -> bool:
    """Tell whether every bracket opened in a run of tokens is closed in it."""
    return sum(t.text == "(" for t in run) == sum(t.text == ")" for t in run)


def datelines(doc: Doc) -> list[tuple[int, int]]:
    """Return the token ranges of the datelines opening paragraphs ("LONDON (Reuters) -").

    Where the story was filed and by which agency names no actor of it, and a pronoun after it
    ("MEXICO CITY (AFP) – It featured") does not stand for it. A dateline is a run of names,
    numbers and dates before a dash at a paragraph's start: all in capitals ("CARACAS —"), or
    with an agency in brackets ("Mexico City (AFP) –"), or one place name ("Kabul -"). A person
    opening a paragraph before a dash ("Kim Jong Un – the leader") is none of these.
    """
    found: list[tuple[int, int]] = []
    for start in (t.i for t in doc if not t.is_space and _paragraph_start(doc, t.i)):
        # a spaced dash outside brackets: "(I-Vt.)" holds a hyphen, no dateline's end
        end = next((j for j in range(start + 1, min(start + MAX_DATELINE_TOKENS, len(doc) - 1))
                    if doc[j].text in DATELINE_DASHES and doc[j - 1].whitespace_
                    and doc[j].whitespace_ and _brackets_closed(doc[start:j])), None)
        if end is None or not doc[start].is_alpha or not doc[start].is_title \
                and not doc[start].is_upper:
            continue
        run = doc[start:end]
        if not all(t.text in _DATELINE_PUNCT or t.pos_ in ("PROPN", "NUM") or t.is_upper
                   or t.ent_type_ == "DATE" for t in run):
            continue
        words = [t for t in run if t.is_alpha]
        bracketed = any(t.text == "(" for t in run)
        place = any(e.start == start and e.end == end and e.label_ in ("GPE", "LOC")
                    for e in doc.ents)
        if all(t.is_upper for t in words) or bracketed or place:
            found.append((start, end + 1))
    return found


#: Key of the cached dateline token indices in ``Doc.user_data``.
_DATELINE_KEY = "newsledger.datelines"


def dateline_tokens(doc: Doc) -> frozenset[int]:
    """Return the indices of the tokens of a document's datelines, found once per document."""
    marked = doc.user_data.get(_DATELINE_KEY)
    if not isinstance(marked, frozenset):
        marked = doc.user_data[_DATELINE_KEY] = frozenset(
            i for start, end in datelines(doc) for i in range(start, end))
    return marked


def in_dateline(tok: Token) -> bool:
    """Tell whether a token is part of a paragraph's dateline (:func:`datelines`)."""
    return tok.i in dateline_tokens(tok.doc)


def person_apposition(root: Token) -> bool:
    """Tell whether a name is in apposition to a person's title ("the minister, Ana Ruiz")."""
    if root.dep_ != "appos" or root.head is root:
        return False
    title = titles().get(root.head.lemma_.lower()) or titles().get(root.head.lower_)
    return title is not None and title.role is not None


def names_apposition(root: Token) -> bool:
    """Tell whether a proper name stands in apposition to a noun ("the minister, Ana Ruiz")."""
    return any(c.dep_ == "appos" and c.pos_ == "PROPN" and c.ent_type_ in ("PERSON", "ORG", "")
               for c in root.children)


def known_wider_body(span: Span, ent: Span) -> tuple[str, ActorTraits] | None:
    """Return the name and traits of a known organisation a phrase names beyond its entity.

    NER often tags only the last word of a party's or body's name ("the Liberal | Democrats",
    NORP "Democrats"), and that word alone is another body ("Democrats": the US party). When
    the whole phrase, less its article, is an organisation's full name in the knowledge table,
    the phrase is that organisation.
    """
    words = span.text.split()
    if words and words[0].lower() in ("the", "a", "an"):
        words = words[1:]
    wider = " ".join(words)
    if len(words) <= len(ent.text.split()) or ent.text not in wider:
        return None
    known = organisation_named(wider)
    return (wider, known) if known is not None else None


#: The possessive endings a company's name may be written with ("McDonald's", "Macy’s").
POSSESSIVE_ENDINGS = ("'s", "’s")


def company_with_possessive(span: Span) -> bool:
    """Tell whether a name phrase ending in "'s" is a company named with it ("McDonald's").

    World knowledge lists such names ("Macy's", "Sotheby's"); "Trump's aides" is no company.
    The stem is read as a person's surname instead when a full name ending in it was tagged
    PERSON earlier in the article ("Chris Christie ... Christie's aides"), as news then means
    the person.
    """
    if len(span) < 2 or span[-1].lower_ not in POSSESSIVE_ENDINGS or span[-2].whitespace_:
        return False
    words = span.text.split()
    if words and words[0].lower() == "the":
        words = words[1:]
    if organisation_named(" ".join(words)) is None:
        return False
    stem = span[-2].lower_
    return not any(ent.label_ == "PERSON" and len(ent) > 1 and ent.end <= span.start
                   and ent[-1].lower_ == stem for ent in span.doc.ents)


@dataclass(frozen=True)
class Relation:
    """A relational person noun: the gender it implies and whether it shares its owner's sector."""

    gender: str | None
    owner_sector: bool
    peer: bool  # names one of its possessor's own kind: "its neighbour" is a country
    foreign: bool  # of another country whoever owns it: "his counterpart"


@lru_cache(maxsize=1)
def relational_nouns() -> dict[str, Relation]:
    """Return the relational person nouns of data/relational_nouns.tsv by singular noun."""
    return {r["noun"]: Relation(None if r["gender"] == "-" else r["gender"],
                                r["owner_sector"] == "yes", r["peer"] in ("yes", "other"),
                                r["peer"] == "other")
            for r in data_rows("relational_nouns.tsv")}


def peer_relation(root: Token) -> Relation | None:
    """Return the relation of a noun naming one of its possessor's kind ("Pyongyang's ally")."""
    relation = relation_of(root)
    entry = relational_nouns()[relation] if relation is not None else None
    return entry if entry is not None and entry.peer else None


def relation_of(root: Token) -> str | None:
    """Return the relation a noun names someone by ("rival", "brother", "allies"), if it does."""
    lemma = root.lemma_.lower()
    return lemma if root.pos_ == "NOUN" and lemma in relational_nouns() else None


def _based_traits(texts: PhraseTexts, mine: ActorTraits) -> ActorTraits:
    """Overrule a country read only from a glued base ("Paris-based") when the phrase says more.

    A base names where an actor works, which weaker evidence than whose it is (T69 review): the
    members' nationality outranks it ("a Paris-based group of Lebanese exiles" is Lebanese), an
    owner decides for its office ("Amnesty International's Washington-based director" is
    Amnesty's, of no country), and a name that is a state and a country ("Georgia-based")
    gives none.
    """
    if mine.country is None:
        return mine
    if mine.country == ambiguous_home(texts.own):
        return replace(mine, country=None)
    if mine.country != home_country(texts.own.split()):
        return mine
    owner = owner_before_home(texts.own)
    if owner is not None:
        return replace(mine, country=describe(owner).country)
    if texts.members is not None:
        return replace(mine, country=texts.members)
    return replace(mine, country=None) if texts.owner is not None else mine


#: What the lexicon calls an "of" object that can be a group's members ("a group of Lebanese
#: exiles"); a subject of study or a thing ("Russian studies", "Iraqi oil") is none.
MEMBER_KINDS = frozenset({"person", "group"})


def members_country(root: Token) -> str | None:
    """Return the nationality of the members a group noun is "of" ("a group of Lebanese exiles")."""
    for prep in root.children:
        if prep.dep_ != "prep" or prep.lower_ != "of":
            continue
        for member in prep.children:
            nationality = next((m for m in member.children if m.dep_ in ("amod", "compound")
                                and m.ent_type_ == "NORP"), None)
            # only people are members: "the director of Russian studies" is no Russian
            if (member.dep_ == "pobj" and nationality is not None
                    and describe(member.text).kind in MEMBER_KINDS):
                return describe(nationality.text, "NORP").country
    return None


def owned_texts(own: str, owner: str | None, root: Token) -> PhraseTexts:
    """Return a phrase's texts, its owner filling what the relation its head names lets it.

    A noun that is no relation takes its owner's country and sector ("Russia's envoy"); a kin or
    social relation only the country ("the governor's daughter" is not of the government); a peer
    relation neither ("Pyongyang's only ally" is another country; the registry gives a person's
    rival the person's country, :meth:`newsledger.actors._Registry._inherit_owner`).
    """
    relation = relation_of(root)
    members = members_country(root)
    if relation is None:
        return PhraseTexts(own, owner, members=members)
    entry = relational_nouns()[relation]
    return PhraseTexts(own, owner, owner_country=not entry.peer,
                       owner_sector=entry.owner_sector and not entry.peer, members=members)


def reads_with_possessor(root: Token) -> bool:
    """Tell whether a phrase's possessor is read with its words ("Peru's UN ambassador").

    A possessor says whom a noun serves, so the whole phrase describes it (Peru's envoy to the
    UN is Peru's diplomat, not the UN's) unless the noun names a relation that withholds the
    possessor's sector or country: "the governor's daughter", "Pyongyang's only ally".
    """
    relation = relation_of(root)
    if relation is None:
        return True
    entry = relational_nouns()[relation]
    return entry.owner_sector and not entry.peer


def relation_traits(root: Token, traits: ActorTraits) -> ActorTraits:
    """Make an undescribed relational noun a person (a group in the plural): "his rival"."""
    relation = relation_of(root)
    if traits.kind != "unknown" or relation is None:
        return traits
    plural = root.tag_ in ("NNS", "NNPS")
    gender = None if plural else relational_nouns()[relation].gender
    return replace(traits, kind="group" if plural else "person", gender=traits.gender or gender)


#: A verb's prepositional frame whose object is an act someone is held to, not a participant:
#: the share of its uses in PolNeAR train that introduced an attribution's content
#: (data/cues.tsv: "accuse of" 0.74, "blame for" 0.42, "charge with" 0.39, "warn against" 0.86;
#: participant frames stay below: "vote for" 0.17, "come with" 0.06, "be of" 0.05).
GERUND_FRAME_PRECISION = 0.3


def gerund_end(start: int, root: Token) -> int:
    """Return where a noun chunk's phrase starts once a leading gerund is cut off, else start.

    "accused two neighbours of training militants": the parser folds the gerund into the noun
    chunk as a compound ("training militants"); the gerund is the act, its object the actor. Only
    an "-ing" compound opening the chunk right after its preposition counts, when a verb holds
    someone (its object or passive subject) to what that preposition introduces ("blamed X for",
    "was charged with"; :data:`GERUND_FRAME_PRECISION`): "called for peacekeeping troops" holds
    no one, and an adjectival participle is an amod ("the ruling party", "striking workers").
    """
    first = root.doc[start]
    if (first.i == root.i or not first.lower_.endswith("ing") or first.dep_ != "compound"
            or first.tag_ not in ("VBG", "NN") or root.dep_ != "pobj"):
        return start
    prep = root.head
    held = prep.head  # "accused X of": the preposition hangs off the verb or its object
    verb = held.head if held.dep_ in ("dobj", "nsubjpass") else held
    if prep.i != first.i - 1 or verb.pos_ != "VERB" or verb is held and not any(
            c.dep_ in ("dobj", "nsubjpass") and c.i < prep.i for c in verb.children):
        return start
    entry = lexicon().get(cue_key(verb), {}).get(f"prep:{prep.lower_}")
    return start + 1 if entry is not None and entry.precision >= GERUND_FRAME_PRECISION else start


def thing_after_article(ent: Span) -> bool:
    """Tell whether a one-word PERSON entity is a thing named with "the" ("reached the Moon").

    News writes a person's bare surname without an article ("Moon said", "President Moon");
    "the" right before a lone capitalised singular word makes it a proper noun of another kind
    (a heavenly body, a building, a ship) even when a figure bears that surname. Family names
    in the plural ("the Clintons"), titles ("the Ayatollah") and a name modifying the noun
    after it ("the Obama administration") still name people.
    """
    if ent.label_ != "PERSON" or len(ent) != 1 or ent.start == 0:
        return False
    word = ent[0]
    after = ent.doc[ent.end] if ent.end < len(ent.doc) else None
    # a noun after the name is what the name modifies ("the Clinton campaign"), and so is a
    # bare or plural-present verb, which no singular name takes as its subject (the parser's
    # verb "campaign" in "as did the Clinton campaign itself")
    if word.dep_ in _MODIFIER_DEPS or (after is not None and (
            after.pos_ == "NOUN" or after.tag_ in ("VB", "VBP")
            or after.lower_ in ("who", "whom", "whose"))):
        return False
    return ent.doc[ent.start - 1].lower_ == "the" and word.tag_ == "NNP" \
        and not word.lower_.endswith("s") and word.lower_ not in titles() \
        and word.lower_ not in given_names()  # "The Donald": a nickname of a person


#: Dependencies of a word that modifies the noun after it rather than heading its own phrase.
_MODIFIER_DEPS = frozenset({"compound", "nmod", "amod", "npadvmod", "poss"})


#: Legal-form words that end a company's name ("Cilcorp Inc.", "Reed PLC"): after one, a comma
#: and a lone city name are the company's home in business-news style ("Compaq Computer Corp.,
#: Houston, said"); after other names a city in a comma list is a list item.
COMPANY_FORMS = frozenset({
    "inc", "corp", "co", "cos", "ltd", "plc", "ag", "sa", "nv", "llc", "lp", "gmbh", "spa",
})

#: "<Name>, <City>, <State or province>," or "<Name>, <City>," right after a name: the city is
#: up to three capitalised words, the second part a dotted abbreviation or a capitalised name.
_HOME_APPOSITION = re.compile(
    r",\s+((?:[A-Z][\w'\-]*\.?\s){0,2}[A-Z][\w'\-]*)"  # the city
    r"(?:,\s+([A-Z][\w.]*(?:\s[A-Z][\w.]*)?))?"  # its state, province or country
    r"(?=\s*[,;)]|\s+(?:said|says|reported|announced|agreed)\b)"
)


def home_after(name: str, text: str, end: int) -> str | None:
    """Return the country of a home a name is given in apposition ("Cilcorp Inc., Peoria, Ill.").

    A city and its state or province after any organisation's name (the state decides, so a
    small town's namesakes elsewhere do not matter: "Southport, Conn."); a city alone only after
    a company's legal form (COMPANY_FORMS), and only a large one (see place_name_country).
    """
    found = _HOME_APPOSITION.match(text, end, min(len(text), end + 80))
    if found is None:
        return None
    city, area = found.group(1), found.group(2)
    if area is not None:
        iso3 = place_name_country(area)
        city_country = place_name_country(city)
        if iso3 is not None and (area in state_abbreviations() or city_country == iso3):
            return iso3
        company = _last_word(name) in COMPANY_FORMS
        # a town too small for the gazetteer, in the country named next ("Nestle SA, Vevey,
        # Switzerland"), only after a legal form: elsewhere two names may be list items
        if company and city_country is None and country_from_name(area) is not None:
            return iso3
        return None
    return place_name_country(city) if _last_word(name) in COMPANY_FORMS else None


#: Entity labels of names, which never hold a comma between two names (places do: "Peoria,
#: Ill."; "Paris, France").
_NAME_LABELS = frozenset({"PERSON", "ORG", "NORP"})

#: Words after a comma that still belong to a name ("John Smith, Jr.", "Acme, Inc.").
_NAME_SUFFIXES = COMPANY_FORMS | {"jr", "sr", "ii", "iii"}


def comma_cut(ent: Span) -> Span:
    """Split a person's or body's entity where the tagger ran it across a comma into two names.

    "the World Trade Center, Santilli, a veteran": NER tags one ORG over both names, and the
    registry made one actor of them. A comma before another capitalised name the parser makes
    a conjunct or apposition of the first ends the entity, and only the first part is returned;
    a legal form or "Jr." after the comma stays ("Acme, Inc."), as do places ("Peoria, Ill.").
    """
    if ent.label_ not in _NAME_LABELS:
        return ent
    doc = ent.doc
    for k in range(ent.start + 1, ent.end - 1):
        nxt = doc[k + 1]
        if doc[k].text == "," and nxt.pos_ == "PROPN" and nxt.is_title \
                and nxt.lower_.rstrip(".") not in _NAME_SUFFIXES \
                and nxt.dep_ in ("conj", "appos") and ent.start <= nxt.head.i < k:
            # the first name keeps the label; the second is left to the words' own reading
            # (a person the registry knows, a maybe-name), as the label was the first's
            return Span(doc, ent.start, k, label=ent.label_)
    return ent


def _last_word(name: str) -> str:
    """Return a name's last word, lower-case, without its full stop or comma."""
    words = name.split()
    return words[-1].rstrip(".,").lower() if words else ""


def class_home(tok: Token) -> tuple[Token, str] | None:
    """Return the subject and country of "X is among / one of the <class> in <place>".

    "Security Corp., which is among the largest banks in the U.S.", "X is one of the biggest
    insurers in Japan": a subject said to belong to a class of actors located in a country is of
    that country (the class's own noun chunk stops before its "in" phrase, so its mention has
    no country of its own).
    """
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ not in ("among", "of"):
        return None
    verb = prep.head if prep.lower_ == "among" else prep.head.head
    if prep.lower_ == "of" and (prep.head.lower_ != "one" or prep.head.dep_ != "attr"):
        return None
    if verb.lemma_ != "be":
        return None
    subject = child_with(verb, "nsubj")
    place = pobj_of(tok, "in")
    if subject is None or place is None or _outside_class(tok):
        return None
    name = place.doc[place.left_edge.i:place.i + 1].text
    iso3 = place_name_country(strip_article(name))
    return (subject, iso3) if iso3 else None


#: Modifiers that put a class of actors outside the place it is "in": "the largest foreign
#: investors in China" are not Chinese (T69 review); a nationality ("German investors in
#: China", a NORP entity) says whose they are just as plainly.
_OUTSIDE_MODIFIERS = frozenset({"foreign", "overseas", "international", "offshore"})


def _outside_class(noun: Token) -> bool:
    """Tell whether a class noun's modifiers say its members come from elsewhere."""
    return any(c.dep_ in ("amod", "compound")
               and (c.lower_ in _OUTSIDE_MODIFIERS or c.ent_type_ == "NORP")
               for c in noun.children)


def strip_article(name: str) -> str:
    """Drop a leading "the" from a place's name ("the U.S." -> "U.S.")."""
    return name[4:] if name.lower().startswith("the ") else name
