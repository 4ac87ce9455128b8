"""The T24 event sets: ACLED gold country derivation, the CASE 2021 mapping, in-article rows."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsledger.errors import EvalDataError
from newsledger.evaluate import country_set
from newsledger.evaluate.acled_countries import (
    gold_country,
    record_sides,
    score_acled_countries,
)
from newsledger.evaluate.case_types import (
    CaseClass,
    _Tally,
    case_map,
    parse_case_map,
    read_snippets,
)
from newsledger.evaluate.country_set import IN_ARTICLE, _sentence_record, score_countries
from newsledger.evaluate.events import (
    DATASETS,
    IN_ARTICLE_SETS,
    RECORD,
    evaluate,
    score_status,
    trigger_at,
)
from newsledger.evaluate.in_article import ArticleRecords, locate, source_file
from newsledger.evaluate.petr_codes import code_country, code_sector, score_petr_codes
from newsledger.record import PLOVER_TYPES, Actor, Article, Event, Record


@pytest.fixture(scope="module")
def sets(fixtures: Path) -> Path:
    """Return the folder of this file's fixtures."""
    return fixtures / "event_sets"


# --- ACLED gold derivation -------------------------------------------------------------------

@pytest.mark.parametrize(("name", "code"), [
    ("Military Forces of Russia (2000-)", "RUS"),
    ("Military Forces of Russia (2000-) Air Force", "RUS"),
    ("Military Forces of Russia (2000-) Chechen Battalion of Ramzan Kadyrov", "RUS"),
    ("Police Forces of Ukraine (2019-) State Border Guard Service", "UKR"),
    ("Civilians (Ukraine)", "UKR"),
    ("Civilians (United Kingdom)", "GBR"),
    ("Protesters (Belarus)", "BLR"),
    ("Unidentified Armed Group (Russia)", "RUS"),
    ("NAF: United Armed Forces of Novorossiya", "UKR"),  # separatists: coded by residence
    ("Unidentified Military Forces", None),
    ("", None),
    ("Military Forces (2000-)", None),  # a period in parentheses is no country
])
def test_gold_country_follows_the_documented_rule(name: str, code: str | None) -> None:
    assert gold_country(name) == code


def _record(events: list[Event]) -> Record:
    """Build a record by hand: Russian forces (A1), Ukrainian forces (A2), a town (A3)."""
    actors = (Actor("A1", "Russian forces", "group", "RUS"),
              Actor("A2", "Ukrainian forces", "group", "UKR"),
              Actor("A3", "the town", "unknown", None))
    return Record("r", Article("r", "text"), actors=actors, events=tuple(events))


def test_record_sides_filter_by_type_and_any_event() -> None:
    shelled = Event("E1", "ASSAULT", "asserted", "shelled", "s", 0, 7, actor="A1",
                    recipient="A3")
    accused = Event("E2", "ACCUSE", "asserted", "accused", "s", 10, 17, actor="A2",
                    recipient="A1")
    record = _record([shelled, accused])
    assert record_sides(record, [], "ASSAULT") == ({"RUS"}, {None})
    assert record_sides(record, [], None) == ({"RUS", "UKR"}, {None, "RUS"})
    assert record_sides(record, [], "PROTEST") == (set(), set())


def test_acled_scorer_counts_gold_sides_from_the_names_only(sets: Path) -> None:
    rows, notes = score_acled_countries(sets / "acled")
    assert {r.system for r in rows} == {RECORD, "baseline (root verb)"}
    assert all(r.n == 3 for r in rows)  # "Strategic developments / Other" has no PLOVER type
    # sides: RUS/-, UKR(NAF)/UKR, -/- (no country): 3 scored, 3 not, 1 NAF side
    assert "2 actor1 and 1 actor2 countries scored over 3 notes" in notes[0]
    assert "3 sides not scored" in notes[0] and "1 NAF" in notes[0]
    for row in rows:
        assert 0.0 <= row.metrics["country_acc"] <= row.metrics["country_any"] <= 1.0


def test_record_sides_give_sectors_on_request() -> None:
    actors = (Actor("A1", "the army", "group", "RUS", "MIL"),
              Actor("A2", "villagers", "group", "UKR", "CVL"))
    shelled = Event("E1", "ASSAULT", "asserted", "shelled", "s", 0, 7, actor="A1",
                    recipient="A2")
    record = Record("r", Article("r", "text"), actors=actors, events=(shelled,))
    assert record_sides(record, [], "ASSAULT", "sector") == ({"MIL"}, {"CVL"})
    assert record_sides(record, [], "ASSAULT") == ({"RUS"}, {"UKR"})


# --- PETRARCH-2 CAMEO codes ------------------------------------------------------------------

@pytest.mark.parametrize(("code", "country", "sector"), [
    ("USAGOV", "USA", "GOV"),
    ("RUS", "RUS", None),  # a bare country code has no sector
    ("IRQGOVMIL", "IRQ", "GOV"),  # the first role block
    ("PSEGZACVL", "PSE", "CVL"),  # GZA is a region block, not a role
    ("IGOUNOMIL", None, "IGO"),  # an international body: no country, sector IGO
    ("---REB", None, "REB"),  # unknown country, known role
    ("JAPGOV", "JPN", "GOV"),  # an old CAMEO country code
    ("IMGMUSISI", None, None),
    ("---", None, None),
    (None, None, None),
])
def test_cameo_codes_give_country_and_sector(code: str | None, country: str | None,
                                             sector: str | None) -> None:
    assert code_country(code) == country
    assert code_sector(code) == sector


def test_petr_codes_score_typed_codings_only(sets: Path) -> None:
    rows, notes = score_petr_codes(sets / "petr")
    assert {r.system for r in rows} == {RECORD, "baseline (root verb)"}
    assert all(r.n == 2 for r in rows)  # two codings carry a PLOVER type
    assert "2 source and 2 target countries, 1 source and 1 target sectors" in notes[0]
    record_row = next(r for r in rows if r.system == RECORD)
    # plain sentences: "Chilean police" CHL COP, "students" EDU, Norway -> Peru
    assert record_row.metrics["country_acc"] == 1.0
    assert record_row.metrics["sector_acc"] == 1.0
    for row in rows:
        assert 0.0 <= row.metrics["country_acc"] <= row.metrics["country_any"] <= 1.0


# --- CASE 2021 mapping -----------------------------------------------------------------------

def test_packaged_case_map_is_well_formed() -> None:
    table = case_map()
    assert len(table) == 30
    for case in table.values():
        assert case.types <= set(PLOVER_TYPES)
        assert case.reason
    no_event = {name for name, case in table.items() if not case.expects_event}
    assert no_event == {"NATURAL_DISASTER", "MAN_MADE_DISASTER"}
    assert table["MOB_VIOL"].types == {"PROTEST", "ASSAULT"}
    assert table["DIPLO"].types == frozenset() and table["DIPLO"].expects_event


def test_case_map_refuses_a_type_plover_lacks(sets: Path) -> None:
    with pytest.raises(EvalDataError, match="not PLOVER types"):
        parse_case_map((sets / "case_map_bad.tsv").read_text("utf-8"))


@pytest.mark.parametrize("body", [
    "ARREST\tCOERCE\n",  # no reason
    "ARREST\tCOERCE\twhy\nARREST\tCOERCE\twhy again\n",  # mapped twice
])
def test_case_map_refuses_malformed_rows(body: str) -> None:
    with pytest.raises(EvalDataError):
        parse_case_map("# comment\nclass\tplover\treason\n" + body)


def test_case_snippets_are_read_with_quoting_disabled(sets: Path, tmp_path: Path) -> None:
    (tmp_path / "events").mkdir()
    (tmp_path / "events" / "case2021-task2.tsv").write_bytes(
        (sets / "case_snippets.tsv").read_bytes())
    snippets = read_snippets(tmp_path)
    assert snippets[0] == ('Police arrested "the leader of the march in the capital.', "ARREST")
    assert snippets[1][1] == "NATURAL_DISASTER" and len(snippets) == 2
    with pytest.raises(EvalDataError, match="not found"):
        read_snippets(tmp_path / "missing")


def test_case_tally_scores_any_primary_and_no_event() -> None:
    tally = _Tally()
    riot = CaseClass("MOB_VIOL", frozenset({"PROTEST", "ASSAULT"}), True, "r")
    quake = CaseClass("NATURAL_DISASTER", frozenset(), False, "r")
    diplo = CaseClass("DIPLO", frozenset(), True, "r")
    tally.add(riot, ["ACCUSE", "ASSAULT"], "ACCUSE")  # any: yes, primary: no
    tally.add(riot, [], None)
    tally.add(quake, [], None)
    tally.add(quake, ["ASSAULT", "ASSAULT"], "ASSAULT")
    tally.add(diplo, ["SANCTION"], "SANCTION")
    assert (tally.typed, tally.type_any, tally.type_primary, tally.covered) == (2, 1, 0, 1)
    assert (tally.no_event_n, tally.no_event, tally.events) == (2, 1, 2)
    assert (tally.untyped, tally.untyped_covered) == (1, 1)


# --- in-article rows -------------------------------------------------------------------------

def test_source_ids_point_at_their_files() -> None:
    assert source_file("conll03-testa-0079") == "news/conll2003_reuters.jsonl"
    assert source_file("r21578-28") == "news/reuters21578.jsonl"
    assert source_file("bbcpol-terror-powers") == "news/bbc_politics.jsonl"
    assert source_file("polnear-dev-breitbart_x") == "attribution/polnear-dev.jsonl"
    assert source_file("polnear-train-breitbart_x") == "attribution/polnear-train.jsonl"
    assert source_file("wikinews-1") is None


@pytest.mark.parametrize(("source", "published", "sentence", "missing"), [
    # TimeBank/AQUAINT keep their files one folder down, MEANTIME directly in its folder
    ("tbaq-OWN19980101.0001", "1998-01-01", "Chile & Peru held talks in Lima on Wednesday.",
     "tbaq-NOSUCH19980101.0001"),
    ("meantime-900_Own_carmaker_sues_regulator", "2009-03-02",
     "A carmaker sued the regulator in Ottawa on Friday.", "meantime-901_No_such_story"),
])
def test_timeml_sources_are_documents_with_their_creation_date(
        sets: Path, source: str, published: str, sentence: str, missing: str) -> None:
    articles = ArticleRecords(sets / "articles")
    article = articles.article(source)
    assert article is not None and article["published"] == published
    assert sentence in str(article["text"])
    assert articles.article(missing) is None


def test_boilerplate_sources_are_the_pages_ground_truth_bodies(sets: Path) -> None:
    articles = ArticleRecords(sets / "articles")
    article = articles.article("bp-own-0001")
    assert article is not None and article["published"] == "2019-11-19T10:00:00+00:00"
    assert str(article["text"]).endswith("counterpart in Lima on Tuesday.")
    assert article["url"] == "https://example.org/news/talks"
    assert articles.article("bp-own-0002") is None  # a page without a body is no article
    assert articles.article("bp-own-0404") is None
    record = articles.record("bp-own-0001")
    assert record is not None and "Chilean envoy met" in record.article.text


def test_locate_lets_any_white_space_run_stand_for_a_space() -> None:
    text = "Headline.\n\nNakasone met President Reagan at the White House\nfor two hours."
    sentence = "Nakasone met President Reagan at the White House for two hours."
    at = locate(text, sentence, sentence.index("met"))
    assert at is not None and text[at:at + 3] == "met"
    assert locate(text, "Reagan met Nakasone.", 7) is None


def test_article_records_find_articles_and_extract_each_once(sets: Path) -> None:
    articles = ArticleRecords(sets / "articles")
    assert articles.article("r21578-1") is not None
    assert articles.article("polnear-dev-example_2016-01-01_a") is not None
    assert articles.article("example_2016-01-01_a") is None  # no known prefix
    assert articles.article("r21578-2") is None and articles.record("r21578-2") is None
    first = articles.record("r21578-1")
    assert first is not None and "Nakasone met" in first.article.text
    assert articles.record("r21578-1") is first  # cached: parsed once per run


def _mini_set(path: Path) -> Path:
    """Write a three-item country set: one found in its article, one not, one without article."""
    sentence = "Nakasone met President Reagan at the White House for two hours, officials said."
    items = [
        {"source": "r21578-1", "sentence": sentence, "trigger": "met",
         "trigger_start": sentence.index("met"), "type": "CONSULT", "actor": ["JPN"],
         "recipient": ["USA"], "tags": []},
        {"source": "r21578-1", "sentence": "Nakasone left Washington on Tuesday.",
         "trigger": "left", "trigger_start": 9, "type": "RETREAT", "actor": ["JPN"],
         "recipient": [], "tags": []},
        {"source": "r21578-404", "sentence": sentence, "trigger": "met",
         "trigger_start": sentence.index("met"), "type": "CONSULT", "actor": ["JPN"],
         "recipient": ["USA"], "tags": []},
    ]
    path.write_text("".join(json.dumps(i) + "\n" for i in items), "utf-8")
    return path


def test_in_article_row_scores_found_items_and_counts_the_rest(sets: Path,
                                                               tmp_path: Path) -> None:
    path = _mini_set(tmp_path / "country_mini.jsonl")
    rows, notes = score_countries(path, "mini", ArticleRecords(sets / "articles"))
    in_article = next(r for r in rows if r.system == IN_ARTICLE)
    assert in_article.n == 1 and rows[0].n == 3
    assert "1 of 3 items scored" in notes[-1]
    assert "1 without a usable article" in notes[-1] and "1 whose sentence" in notes[-1]
    without, _ = score_countries(path, "mini")
    assert IN_ARTICLE not in {r.system for r in without}


@pytest.mark.parametrize(("dataset", "status"), [
    ("country-heldout3", "no rule"), ("country-heldout4", "no rule"),
    ("country-heldout5", "no rule"), ("country-heldout6", "no rule"),
    ("country-heldout7", "no rule"), ("country-heldout8", "no rule"),
    ("dev-polnear-train", "a development set"), ("dev-modern", "a development set"),
    ("dev-tbaq", "a development set"), ("dev-mixed", "a development set")])
def test_a_fresh_country_set_becomes_rows_once_its_file_exists(
        sets: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, dataset: str,
        status: str) -> None:
    # the real set is never opened here: a stand-in takes its place
    missing = tmp_path / f"{dataset}.jsonl"
    monkeypatch.setitem(country_set.COUNTRY_SETS, dataset, missing)
    report = evaluate(sets / "articles", (dataset, IN_ARTICLE_SETS))
    assert not report.rows and any("not labelled yet" in n for n in report.notes)
    _mini_set(missing)
    report = evaluate(sets / "articles", (dataset, IN_ARTICLE_SETS))
    systems = {r.system for r in report.rows if r.dataset == dataset}
    assert {RECORD, IN_ARTICLE} <= systems
    assert any(n.startswith(dataset) and status in n for n in report.notes)


def test_a_trigger_of_several_words_is_accepted(tmp_path: Path) -> None:
    sentence = "The government ruled out talks with the rebels on Monday."
    item = {"source": "r21578-1", "sentence": sentence, "trigger": "ruled out",
            "trigger_start": sentence.index("ruled"), "type": "REJECT", "actor": [],
            "recipient": [], "tags": ["none"]}
    path = tmp_path / "country_words.jsonl"
    path.write_text(json.dumps(item) + "\n", "utf-8")
    rows, _ = score_countries(path, "words")
    assert rows[0].n == 1
    bad = tmp_path / "country_bad.jsonl"
    bad.write_text(json.dumps(item | {"trigger_start": 0}) + "\n", "utf-8")
    with pytest.raises(EvalDataError, match="no trigger"):
        score_countries(bad, "bad")


def test_a_sentence_the_record_cannot_keep_is_no_record() -> None:
    assert _sentence_record("   ") is None  # cleaning finds no text
    record = _sentence_record("Syria condemned Israel on Friday.")
    assert record is not None and record.article.text == "Syria condemned Israel on Friday."


def test_other_white_space_is_scored_as_the_record_writes_it() -> None:
    sentence = "Senator John\u00a0Smith  criticised\tthe plan."
    item = {"sentence": sentence, "trigger_start": sentence.index("criticised")}
    collapsed = country_set.collapse_spaces(item)
    assert collapsed["sentence"] == "Senator John Smith criticised the plan."
    assert collapsed["trigger_start"] == collapsed["sentence"].index("criticised")
    # the sentence row can score it: the record of the sentence keeps its text
    assert _sentence_record(str(collapsed["sentence"])) is not None
    assert _sentence_record(sentence.replace("  ", " ")) is None  # before: scored as a miss


def test_every_country_set_is_scored_by_default() -> None:
    # events.DATASETS names the sets by hand (country_set imports events, not the reverse)
    assert set(country_set.COUNTRY_SETS) <= set(DATASETS)
    assert country_set.LABELLED_LATER < set(country_set.COUNTRY_SETS)


@pytest.mark.parametrize(("start", "begin", "end", "inside"), [
    (2, 2, 16, True), (10, 2, 16, True), (16, 2, 16, False), (1, 2, 16, False),
    (5, 5, 5, True)])  # an empty span still holds its own start
def test_trigger_at_reads_the_event_span(start: int, begin: int, end: int, inside: bool) -> None:
    assert trigger_at(start, begin, end) is inside


def test_status_coverage_counts_an_event_spanning_the_labelled_word(tmp_path: Path) -> None:
    # "missile strike" is coded from "missile": a label on "strike" is covered all the same
    sentence = "A missile strike on the depot killed two guards on Monday."
    item = {"source": "invented", "sentence": sentence, "trigger": "strike",
            "trigger_start": sentence.index("strike"), "type": "ASSAULT", "status": "asserted"}
    path = tmp_path / "status_mini.jsonl"
    path.write_text(json.dumps(item) + "\n", "utf-8")
    rows, _ = score_status(path, "mini")
    assert rows[0].metrics == {"status_acc": 1.0, "event_coverage": 1.0}


def test_every_exhaustive_set_is_scored_by_default() -> None:
    """``eval events`` scores the exhaustive sets by default (their names are listed by hand)."""
    from newsledger.evaluate.exhaustive import EXHAUSTIVE_SETS

    assert set(EXHAUSTIVE_SETS) <= set(DATASETS)


def test_country_found_leaves_out_the_codes_of_missed_events() -> None:
    tally = country_set._Tally()
    met = {"type": "CONSULT", "actor": ["JPN"], "recipient": ["USA", "CAN"]}
    missed = {"type": "ASSAULT", "actor": ["RUS"], "recipient": ["UKR"]}
    tally.add(met, ({"JPN"}, {"USA", None}), {"CONSULT"})  # 2 of its 3 codes found
    tally.add(missed, None, set())  # no event: its 2 codes count in country_acc only
    row = country_set._row("s", "d", tally, [met, missed])
    assert row.metrics["country_acc"] == pytest.approx(2 / 5)
    assert row.metrics["country_found"] == pytest.approx(2 / 3)
    assert row.metrics["event_coverage"] == 0.5
