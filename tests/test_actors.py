"""Tests for the actor registry (newsledger.actors) on articles written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsledger.actors import ActorIndex, build_actors
from newsledger.mention_syntax import titled_name_key
from newsledger.mentions import quote_spans
from newsledger.parse import parse
from newsledger.record import Actor, Mention

HERE = Path(__file__).parent / "fixtures" / "actors"


def _text(name: str) -> str:
    return (HERE / name).read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def registries() -> dict[str, tuple[str, ActorIndex]]:
    out = {}
    for path in sorted(HERE.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        out[path.name] = (text, build_actors(parse(text)))
    return out


def _nth(text: str, needle: str, nth: int = 0) -> tuple[int, int]:
    """Return the character span of the nth occurrence of needle."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(needle, start + 1)
    return start, start + len(needle)


def _actor_at(reg: tuple[str, ActorIndex], needle: str, nth: int = 0) -> Actor | None:
    text, index = reg
    return index.get(index.actor_for(*_nth(text, needle, nth)))


# (file, mention text, occurrence, canonical actor name or None for "not an actor")
LINKS = [
    # full names with titles, short forms, honorifics, appositions, descriptions, ages
    ("leaders.txt", "Polish President Anna Kowalczyk", 0, "Anna Kowalczyk"),
    ("leaders.txt", "Kowalczyk", 1, "Anna Kowalczyk"),
    ("leaders.txt", "Mrs. Kowalczyk", 0, "Anna Kowalczyk"),
    ("leaders.txt", "The Polish leader", 0, "Anna Kowalczyk"),
    ("leaders.txt", "Brandt", 1, "Peter Brandt"),  # spaCy tags this "Brandt" GPE
    ("leaders.txt", "the German chancellor", 0, "Peter Brandt"),
    ("leaders.txt", "The 58-year-old", 0, "Peter Brandt"),
    ("leaders.txt", "Tomasz Nowak", 0, "Tomasz Nowak"),
    ("leaders.txt", "a spokesman", 0, "Tomasz Nowak"),
    ("leaders.txt", "Nowak said", 0, "Tomasz Nowak"),
    ("leaders.txt", "the ministry", 0, "Polish foreign ministry"),
    # metonymy: a capital or seat of power as agent; the same capital as location is no actor
    ("leaders.txt", "Berlin", 0, "Government of Germany"),
    ("leaders.txt", "government", 0, "Government of Germany"),  # "his government"
    ("leaders.txt", "Minsk", 0, "Government of Belarus"),
    ("leaders.txt", "Warsaw", 0, None),  # "in Warsaw"
    ("metonymy.txt", "The Kremlin", 0, "Government of Russia"),
    ("metonymy.txt", "Moscow said", 0, "Government of Russia"),
    ("metonymy.txt", "Moscow", 1, None),  # "the embassy in Moscow"
    ("metonymy.txt", "the White House", 0, "Government of the United States"),
    ("metonymy.txt", "Downing Street", 0, "Government of the United Kingdom"),
    ("metonymy.txt", "the Pentagon", 0, "United States Department of Defense"),
    ("metonymy.txt", "Beijing", 0, "Government of China"),
    ("metonymy.txt", "Beijing", 1, "Government of China"),
    ("metonymy.txt", "Washington", 0, None),  # "Reporters in Washington"
    # collective and unnamed sources
    ("metonymy.txt", "Diplomats", 0, "Diplomats"),
    ("metonymy.txt", "a senior official", 0, "senior official"),
    ("metonymy.txt", "the ministry", 0, "ministry"),
    ("metonymy.txt", "Police", 0, "Police"),
    ("metonymy.txt", "embassy", 0, None),  # "outside the embassy": a place
    ("pronouns.txt", "The minister", 0, "Laura Bianchi"),
    ("pronouns.txt", "The Hungarian diplomat", 0, "Gabor Szabo"),
    ("pronouns.txt", "The rebels", 0, "Rebel fighters"),
    ("pronouns.txt", "Budapest", 0, "Government of Hungary"),
    ("pronouns.txt", "government", 0, "Government of Hungary"),  # "his government" (Szabo's)
    ("pronouns.txt", "the longest-serving minister", 0, "Gabor Szabo"),  # predicate of "is"
    ("pronouns.txt", "president", 0, None),  # "re-elected as president": a role
]


@pytest.mark.parametrize(("name", "needle", "nth", "expected"), LINKS)
def test_mentions_link_to_canonical_actor(
    registries: dict[str, tuple[str, ActorIndex]], name: str, needle: str, nth: int,
    expected: str | None,
) -> None:
    actor = _actor_at(registries[name], needle, nth)
    assert (actor.name if actor else None) == expected


def test_first_person_in_quotes_links_to_the_speaker(
    registries: dict[str, tuple[str, ActorIndex]],
) -> None:
    text, index = registries["leaders.txt"]
    start = text.index('"I will') + 1  # the speaker comes after the quote
    speaker = index.get(index.actor_for(start, start + 1))
    assert speaker is not None and speaker.name == "Anna Kowalczyk"
    start = text.index('"Our position') + 1  # plural: a body speaks
    speaker = index.get(index.actor_for(start, start + 3))
    assert speaker is not None and speaker.name == "Polish foreign ministry"
    # first person outside quotes (an author's voice) stays unlinked
    assert build_actors(parse("I met the minister on Monday.")).actor_for(0, 1) is None


def test_quote_spans() -> None:
    text = 'He said "yes" and “no”.\n"An unclosed quote runs on\nNot here.'
    assert [text[a:b] for a, b in quote_spans(text)] == [
        '"yes"', "“no”", '"An unclosed quote runs on']


def test_country_as_modifier_of_a_party_but_not_of_a_place() -> None:
    index = build_actors(parse("U.S. planes struck targets near the Poland-Belarus border."))
    names = [a.name for a in index.actors]
    assert "United States" in names and "Poland" not in names


# (file, pronoun, occurrence, antecedent) -- every third-person pronoun of the fixtures
PRONOUNS = [
    ("leaders.txt", "She", 0, "Anna Kowalczyk"),
    ("leaders.txt", "his", 0, "Peter Brandt"),
    ("leaders.txt", "him", 0, "Peter Brandt"),
    ("metonymy.txt", "it had seen", 0, "Government of the United States"),
    ("metonymy.txt", "it was monitoring", 0, "United States Department of Defense"),
    ("metonymy.txt", "they", 0, "Diplomats"),
    ("pronouns.txt", "her", 0, "Laura Bianchi"),
    ("pronouns.txt", "He", 0, "Oleh Marchenko"),
    ("pronouns.txt", "his", 0, "Oleh Marchenko"),
    ("pronouns.txt", "him", 0, "Oleh Marchenko"),  # "The minister told him": not Bianchi
    ("pronouns.txt", "She", 0, "Laura Bianchi"),
    ("pronouns.txt", "him", 1, "Oleh Marchenko"),  # "Szabo told him"
    ("pronouns.txt", "his", 1, "Gabor Szabo"),
    ("pronouns.txt", "they", 0, "Rebel fighters"),
    ("pronouns.txt", "it had", 0, "Human Rights Watch"),
]


@pytest.mark.parametrize(("name", "needle", "nth", "expected"), PRONOUNS)
def test_pronoun_antecedents(
    registries: dict[str, tuple[str, ActorIndex]], name: str, needle: str, nth: int,
    expected: str,
) -> None:
    text, index = registries[name]
    start, _ = _nth(text, needle, nth)
    word_end = start + len(needle.split()[0])
    actor = index.get(index.actor_for(start, word_end))
    assert actor is not None and actor.name == expected


@pytest.mark.parametrize(
    ("name", "actor", "kind", "country", "sector", "role"),
    [
        ("leaders.txt", "Anna Kowalczyk", "person", "POL", "GOV", "president"),
        ("leaders.txt", "Peter Brandt", "person", "DEU", "GOV", "chancellor"),
        ("leaders.txt", "Tomasz Nowak", "person", "POL", "GOV", "spokesperson"),
        ("leaders.txt", "Belarusian ambassador", "person", "BLR", "GOV", "ambassador"),
        ("metonymy.txt", "Government of Russia", "organization", "RUS", "GOV", None),
        ("metonymy.txt", "United States Department of Defense", "organization", "USA", "MIL", None),
        ("metonymy.txt", "Turkish soldiers", "group", "TUR", "MIL", None),
        ("metonymy.txt", "Russian troops", "group", "RUS", "MIL", None),
        ("metonymy.txt", "protesters", "group", None, "CVL", None),
        ("metonymy.txt", "Diplomats", "group", None, "GOV", None),
        ("pronouns.txt", "Oleh Marchenko", "person", "UKR", "GOV", "prime minister"),
        ("pronouns.txt", "Gabor Szabo", "person", "HUN", "GOV", "foreign minister"),
        ("pronouns.txt", "Rebel fighters", "group", None, "REB", None),
        ("pronouns.txt", "Human Rights Watch", "organization", None, "NGO", None),
    ],
)
def test_actor_traits(
    registries: dict[str, tuple[str, ActorIndex]], name: str, actor: str, kind: str,
    country: str | None, sector: str | None, role: str | None,
) -> None:
    found = [a for a in registries[name][1].actors if a.name == actor]
    assert len(found) == 1, [a.name for a in registries[name][1].actors]
    a = found[0]
    assert (a.kind, a.country, a.sector, a.role) == (kind, country, sector, role)


def test_mentions_are_article_slices_and_ids_in_first_mention_order(
    registries: dict[str, tuple[str, ActorIndex]],
) -> None:
    for text, index in registries.values():
        firsts = []
        for number, actor in enumerate(index.actors, start=1):
            assert actor.id == f"A{number}"
            assert actor.mentions
            for m in actor.mentions:
                assert text[m.start:m.end] == m.text
            firsts.append(actor.mentions[0].start)
        assert firsts == sorted(firsts)


def test_mentions_do_not_overlap(registries: dict[str, tuple[str, ActorIndex]]) -> None:
    for _, index in registries.values():
        spans = sorted((m.start, m.end) for a in index.actors for m in a.mentions)
        for (_, end), (start, _) in zip(spans, spans[1:], strict=False):
            assert end <= start


def test_index_lookup_matches_a_linear_scan() -> None:
    actors = (
        Actor("A1", "X", mentions=(Mention(0, 5, "aaaaa"), Mention(40, 45, "bbbbb"))),
        Actor("A2", "Y", mentions=(Mention(10, 30, "c" * 20),)),
        Actor("A3", "Z", mentions=(Mention(31, 33, "dd"),)),
    )
    index = ActorIndex(actors)
    for start in range(0, 50):
        for end in range(start, 52):
            best: tuple[int, str] | None = None
            # ties go to the earlier mention in the text
            pairs = [(m, actor) for actor in actors for m in actor.mentions]
            for m, a in sorted(pairs, key=lambda p: p[0].start):
                hit = m.start < end and start < m.end or (start == end and m.start <= start < m.end)
                if hit:
                    overlap = min(end, m.end) - max(start, m.start)
                    if best is None or overlap > best[0]:
                        best = (overlap, a.id)
            assert index.actor_for(start, end) == (best[1] if best else None), (start, end)
    assert index.actor_at(12) == "A2"
    assert index.get("A3") is actors[2]
    assert index.get(None) is None
    assert index.mention_for(41, 42) == Mention(40, 45, "bbbbb")


def test_empty_document() -> None:
    index = build_actors(parse(""))
    assert index.actors == ()
    assert index.actor_for(0, 1) is None


def test_unresolvable_pronoun_stays_unlinked() -> None:
    index = build_actors(parse("It rained all day. They said nothing about it."))
    assert index.actors == ()


def _news(shared_data: Path, name: str, n: int) -> list[str]:
    import json

    with (shared_data / "news" / name).open(encoding="utf-8") as fh:
        return [json.loads(line)["text"] for line in fh if line.strip()][:n]


def test_invariants_on_real_articles(shared_data: Path) -> None:
    import pycountry

    from newsledger.lexicon import group_nouns, titles

    valid_codes = {c.alpha_3 for c in pycountry.countries} | {"XKX"}
    sectors = {t.sector for t in titles().values()} | {g.sector for g in group_nouns().values()}
    texts = _news(shared_data, "conll2003_reuters.jsonl", 8) + _news(
        shared_data, "bbc_politics.jsonl", 4)
    for text in texts:
        index = build_actors(parse(text))
        assert index.actors
        spans = []
        for number, actor in enumerate(index.actors, start=1):
            assert actor.id == f"A{number}"
            assert actor.country is None or actor.country in valid_codes
            assert actor.sector is None or actor.sector in sectors
            for m in actor.mentions:
                assert text[m.start:m.end] == m.text
                assert index.actor_for(m.start, m.end) == actor.id
                spans.append((m.start, m.end))
        spans.sort()
        assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:], strict=False))


def test_a_description_naming_another_body_is_another_actor() -> None:
    text = ("Chile's defence ministry said on Monday that the exercises were routine.\n\n"
            "The foreign ministry later summoned the ambassador. The ministry added that "
            "talks would go on. The defence ministry said it was ready.")
    index = build_actors(parse(text))
    defence = index.actor_for(*_nth(text, "defence ministry"))
    foreign = index.actor_for(*_nth(text, "foreign ministry"))
    assert defence is not None and foreign is not None and defence != foreign
    assert index.actor_for(*_nth(text, "The ministry")) == foreign  # the most recent body
    assert index.actor_for(*_nth(text, "defence ministry", 1)) == defence


def test_the_bloc_and_the_alliance_are_the_international_body_named_before() -> None:
    text = ("Leaders of the African Union met in Addis Ababa on Friday.\n\n"
            "The 55-member bloc said it would send observers. NATO raised its alert level. "
            "The alliance said it was watching. The opposition alliance said it would march.")
    index = build_actors(parse(text))
    union = index.actor_for(*_nth(text, "African Union"))
    nato = index.actor_for(*_nth(text, "NATO"))
    assert union is not None and nato is not None
    assert index.actor_for(*_nth(text, "55-member bloc")) == union
    assert index.actor_for(*_nth(text, "The alliance")) == nato
    # a modifier with a sector of its own names another body
    assert index.actor_for(*_nth(text, "opposition alliance")) not in (None, nato)


def _speaker_of(text: str, needle: str, nth: int = 0) -> Actor | None:
    """Return the actor the first word of the nth occurrence of needle is linked to."""
    index = build_actors(parse(text))
    start, _ = _nth(text, needle, nth)
    return index.get(index.actor_for(start, start + len(needle.split()[0])))


def test_a_speaker_pronoun_is_not_someone_in_the_clause_it_reports() -> None:
    text = ("Military officials said on Monday that patrols had doubled over the weekend.\n\n"
            "The Air Force is ready to fly from three bases, they said.")
    actor = _speaker_of(text, "they said")
    assert actor is not None and actor.name == "Military officials"


def test_the_previous_speaker_comes_before_the_subject_of_what_they_reported() -> None:
    text = ("Council spokesman Peter Lindqvist said the Secretary-General was deeply concerned "
            "by the clashes. He said the council was ready to help.")
    actor = _speaker_of(text, "He said")
    assert actor is not None and actor.name == "Peter Lindqvist"


def test_a_subject_pronoun_is_not_a_phrase_in_a_fronted_adjunct() -> None:
    text = ("Chile's defence ministry rejected the report on Monday. In a statement read on "
            "state television, it said the troops were on a routine exercise.")
    index = build_actors(parse(text))
    ministry = index.actor_for(*_nth(text, "defence ministry"))
    start, _ = _nth(text, "it said")
    assert ministry is not None and index.actor_for(start, start + 2) == ministry


def test_a_pronoun_in_a_quote_is_not_its_speaker_or_addressee() -> None:
    text = ("Backbench MPs criticised the leadership on Monday. Deputy leader Paul Hart told "
            'Channel Four News: "They told us very clearly to stop the briefings."')
    index = build_actors(parse(text))
    start, _ = _nth(text, "They told")
    they = index.actor_for(start, start + 4)
    assert they not in (index.actor_for(*_nth(text, "Channel Four News")),
                        index.actor_for(*_nth(text, "Paul Hart")))


def test_a_pronoun_in_a_quote_may_be_a_party_of_the_reported_clause() -> None:
    text = 'Foreign Minister Ana Ruiz said Peru had "opened its doors to foreign troops".'
    actor = _speaker_of(text, "its doors")
    assert actor is not None and actor.country == "PER"


def test_someone_only_quoted_in_passing_is_not_the_story_he() -> None:
    text = ("Mark Ellison arrived in Oslo on Monday to advise the party.\n\n"
            '"I was on a cruise with party leader Roger Dale, and he liked my article."\n\n'
            "But what attracts him to the party?")
    actor = _speaker_of(text, "him to")
    assert actor is not None and actor.name == "Mark Ellison"


def test_it_as_the_object_of_a_reporting_verb_is_an_actor() -> None:
    text = ("Venezuela began military exercises on Tuesday, a day after Guyana accused it of "
            "massing troops, and its defence minister said the drills would go on.")
    index = build_actors(parse(text))
    venezuela = index.actor_for(*_nth(text, "Venezuela"))
    assert venezuela is not None
    start = _nth(text, "it of")[0]
    assert index.actor_for(start, start + 2) == venezuela
    assert index.actor_for(*_nth(text, "its")) == venezuela


def test_a_given_name_tells_the_gender_before_any_pronoun() -> None:
    text = ("Senator Gordon Hale criticised Maria Lopez on Tuesday after she voted against "
            "the budget.")
    actor = _speaker_of(text, "she voted")
    assert actor is not None and actor.name == "Maria Lopez"


def test_a_bare_group_noun_is_the_group_it_shortens() -> None:
    text = ("U.S. defense officials said 200 planes were ready. The carriers are in the Gulf, "
            "according to defense officials.")
    index = build_actors(parse(text))
    assert index.actor_for(*_nth(text, "defense officials", 1)) == index.actor_for(
        *_nth(text, "U.S. defense officials"))


def test_the_newspaper_is_the_outlet_named_before() -> None:
    text = ("The Daily Telegraph reported on Sunday that the minister would resign. "
            "The newspaper said he had lost the confidence of his party.")
    index = build_actors(parse(text))
    outlet = index.actor_for(*_nth(text, "Daily Telegraph"))
    assert outlet is not None and index.actor_for(*_nth(text, "The newspaper")) == outlet


@pytest.mark.parametrize(("text", "key"), [
    ("Mr Straw", "person:straw"),
    ("Professor John Curtice", "person:john curtice"),
    ("Mrs. Kowalczyk", "person:kowalczyk"),
    ("Straw", None),  # no title: nothing says it is a person
    ("the minister", None),
    ("Mr Smith Goes To Washington", None),  # too long for a name
])
def test_titled_name_key(text: str, key: str | None) -> None:
    assert titled_name_key(text) == key


def test_a_lead_title_takes_the_name_given_just_after_it() -> None:
    text = ("Brazil will send observers to the border next month, the foreign minister said on "
            'Friday.\n"We are ready to help," Marco Vieira told a news conference.')
    index = build_actors(parse(text))
    assert index.actor_for(*_nth(text, "the foreign minister")) == index.actor_for(
        *_nth(text, "Marco Vieira"))
    # the same role given with the name is the same person; another role is someone else
    same = text.replace("Marco Vieira told", "Foreign Minister Marco Vieira told")
    index = build_actors(parse(same))
    assert index.actor_for(*_nth(same, "the foreign minister")) == index.actor_for(
        *_nth(same, "Marco Vieira"))
    other = text.replace("Marco Vieira told", "Opposition leader Marco Vieira told")
    index = build_actors(parse(other))
    assert index.actor_for(*_nth(other, "the foreign minister")) != index.actor_for(
        *_nth(other, "Marco Vieira"))


def test_a_surname_with_a_title_of_the_other_gender_is_another_person() -> None:
    text = ("Former President Bill Clinton campaigned in Ohio on Monday. Mrs. Clinton said she "
            "would visit Florida. Mr. Clinton said he was proud of her.")
    index = build_actors(parse(text))
    bill = index.actor_for(*_nth(text, "Bill Clinton"))
    assert bill is not None
    assert index.actor_for(*_nth(text, "Mrs. Clinton")) != bill
    assert index.actor_for(*_nth(text, "Mr. Clinton")) == bill


def test_first_person_in_a_block_quote_links_to_its_lead_in_speaker() -> None:
    # T38 (statements' request): a lead-in paragraph ending with a colon introduces the quote
    # paragraphs after it; "I" there is the lead-in's speaker, also in a second quoted paragraph
    text = ("Governor Maria Lopez spoke to farmers in the valley on Monday. The governor added:\n"
            '"I will not sign the water bill this year."\n'
            '"I expect the assembly to write a better one."\n')
    index = build_actors(parse(text))
    for needle in ('"I will', '"I expect'):
        start = text.index(needle) + 1
        speaker = index.get(index.actor_for(start, start + 1))
        assert speaker is not None and speaker.name == "Maria Lopez", needle
    # no colon: the paragraph before is no lead-in, the quote's "I" stays unlinked
    text = ("Governor Maria Lopez spoke to farmers in the valley on Monday.\n"
            '"I will not sign the water bill this year."\n')
    start = text.index('"I will') + 1
    assert build_actors(parse(text)).actor_for(start, start + 1) is None


@pytest.mark.parametrize(("text", "pronoun", "owner"), [
    ("Tom Green was charged with fraud on Monday. His lawyer said he would plead not guilty.",
     " he ", "Tom Green"),
    ("Ruth Hale lost her seat in May. Her adviser told reporters she would stand again.",
     " she ", "Ruth Hale"),
])
def test_a_pronoun_in_a_relational_speakers_report_is_the_possessor(
    text: str, pronoun: str, owner: str,
) -> None:
    index = build_actors(parse(text))
    start = text.index(pronoun) + 1
    actor = index.get(index.actor_for(start, start + len(pronoun) - 2))
    assert actor is not None and actor.name == owner


@pytest.mark.parametrize("text", [
    # the possessor does not fit the pronoun: the speaker it is
    "Ruth Hale lost her seat in May. Her spokesman said he had not spoken to her.",
    # a speaker who commits himself binds himself
    "Tom Green was charged on Monday. His lawyer promised he would appeal the ruling.",
])
def test_a_pronoun_in_a_relational_speakers_report_may_be_the_speaker(text: str) -> None:
    index = build_actors(parse(text))
    start = text.index(" he ") + 1
    speaker = index.get(index.actor_for(*_nth(text, "spokesman" if "spokesman" in text
                                                 else "lawyer")))
    assert speaker is not None and index.get(index.actor_for(start, start + 2)) == speaker


@pytest.mark.parametrize("text", [
    # T62: kin and successors speak of themselves, not for the possessor
    "John Smith died on Monday. His son said he would take over the firm.",
    "Barack Obama left office in 2017. His successor said he would scrap the deal.",
])
def test_a_pronoun_in_a_kinsmans_report_is_not_the_possessor(text: str) -> None:
    index = build_actors(parse(text))
    start = text.index(" he ") + 1
    actor = index.get(index.actor_for(start, start + 2))
    assert actor is not None and actor.name not in ("John Smith", "Barack Obama")
