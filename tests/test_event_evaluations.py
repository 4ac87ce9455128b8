"""Tests for newsledger.event_evaluations: accusations and praise made through a reporting verb."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from importlib import resources

import pytest

from newsledger import evaluative_lexicon
from newsledger.actors import build_actors
from newsledger.errors import LexiconError, NewsledgerError
from newsledger.event_evaluations import (
    VADER_THRESHOLD,
    Evaluation,
    code_evaluations,
    evaluation_triggers,
    evaluative_words,
    vader_valence,
)
from newsledger.lexicon_data import table_rows
from newsledger.parse import parse


def _evaluations(text: str, taken: set[int] | None = None) -> list[Evaluation]:
    """Parse one sentence and return its reported evaluations."""
    doc = parse(text)
    actors = build_actors(doc)
    sent = next(iter(doc.sents))
    return evaluation_triggers(sent, taken or set(), actors)


def _coded(text: str) -> list[tuple[str, str | None, str, str | None, str | None]]:
    """Return (type, mode, trigger, actor text, recipient text) of the coded evaluations."""
    doc = parse(text)
    actors = build_actors(doc)
    sent = next(iter(doc.sents))
    found = evaluation_triggers(sent, set(), actors)
    coded = code_evaluations(sent, found, actors, [], None, Counter())
    return [(c.event.type, c.event.mode, c.event.trigger,
             c.actor.text if c.actor else None, c.recipient.text if c.recipient else None)
            for c in coded]


def test_data_file_reads_every_polarity() -> None:
    """The data file has a row of each polarity and no unknown one."""
    polarities = set(evaluative_words().values())
    assert polarities == {"accuse", "support", "norm", "act", "owned", "light", "copula",
                          "describe", "report", "cause", "harm", "perform", "deed",
                          "against", "for", "expression", "role", "utter", "denial",
                          "hedge", "dismay", "concern"}
    assert evaluative_words()[("pretext", "NOUN")] == "accuse"


@pytest.mark.parametrize("text", [
    "His rival told reporters the drills were 'a pretext'.",
    "The opposition leader said the prime minister had lied to parliament.",
    "The Russian foreign minister said Washington's decision was illegal.",
    "The senator said the new law was not acceptable.",
    "The envoy said the blockade amounted to an act of aggression.",
    "The union said the minister should have resigned.",
])
def test_criticism_through_a_reporting_verb_is_accuse(text: str) -> None:
    """A reported clause whose predicate criticises a party or its act is ACCUSE disapprove."""
    coded = _coded(text)
    assert [(t, m) for t, m, *_ in coded] == [("ACCUSE", "disapprove")]
    assert coded[0][2] in ("told", "said")


def test_the_possessor_of_an_act_is_the_recipient() -> None:
    """'Washington's decision was illegal' accuses Washington; the speaker is the actor."""
    ((_, _, trigger, actor, recipient),) = _coded(
        "The Russian foreign minister said Washington's decision was illegal.")
    assert trigger == "said"
    assert actor is not None and "minister" in actor
    assert recipient is not None and recipient.startswith("Washington")


def test_praise_through_a_reporting_verb_is_support() -> None:
    """A praising predicate ('was courageous', 'was the right decision') is SUPPORT."""
    coded = _coded("The Irish prime minister said the British premier was courageous.")
    assert [(t, m) for t, m, *_ in coded] == [("SUPPORT", None)]
    assert coded[0][4] is not None and "premier" in coded[0][4]
    assert [t for t, *_ in _coded("The mayor said the plan was a positive step.")] == ["SUPPORT"]


@pytest.mark.parametrize("text", [
    "The minister said Moscow's decision was not a provocation.",  # negated judgement
    "The coach said the match was a disaster.",  # a game is no party's act
    "He said the weather was terrible.",  # not evaluative, not a party
    "We were wrong, the minister said.",  # a self-criticism is an admission
    "The company admitted the launch was a mistake.",  # admitting is no accusation
    "The minister did not say the plan was illegal.",  # the report itself is negated
    "Reporters asked whether the plan was illegal.",  # a question
    "The official said the talks were held in Geneva.",  # no evaluative predicate
    "The ministry said the new law would take effect in May.",  # prediction, not judgement
    "The spokesman said the army must withdraw.",  # a demand: event_demands codes it
    "Officials said Irma was a dangerous storm.",  # a hazard tagged as a person by NER
])
def test_no_evaluation(text: str) -> None:
    """Negations, non-parties, admissions, questions and neutral reports give no event."""
    assert _evaluations(text) == []


def test_a_coded_trigger_in_the_clause_takes_it() -> None:
    """A trigger already coded in the reported clause leaves no second event."""
    text = "Police said the new law was illegal."
    assert len(_evaluations(text)) == 1
    doc = parse(text)
    law = next(t.i for t in doc if t.text == "law")
    assert _evaluations(text, {law}) == []
    said = next(t.i for t in doc if t.text == "said")
    assert _evaluations(text, {said}) == []


def test_reproach_of_a_passive_past_act() -> None:
    """'X should have been used ..., Y said' reproaches whoever used X: ACCUSE, no recipient."""
    coded = _coded("The funds spent on the war should have been used to build schools, "
                   "the bishop has said.")
    assert [(t, trig, r) for t, _, trig, _, r in coded] == [("ACCUSE", "said", None)]
    assert _evaluations("The bridge should have been finished by now, the engineer said.") \
        == []  # a thing's delay, not an act of a party


def test_the_reported_clause_gives_the_speaker_no_country() -> None:
    """The one country named only inside the judged clause is not the speaker's."""
    doc = parse("Billions of dollars spent on the war in Iraq should have been used to build "
                "schools, the bishop said.")
    actors = build_actors(doc)
    sent = next(iter(doc.sents))
    found = evaluation_triggers(sent, set(), actors)
    (coded,) = code_evaluations(sent, found, actors, [], "IRQ", Counter())
    assert coded.actor is not None and coded.actor_country is None
    doc = parse("The Iraqi cleric said the minister had lied.")
    actors = build_actors(doc)
    sent = next(iter(doc.sents))
    found = evaluation_triggers(sent, set(), actors)
    (coded,) = code_evaluations(sent, found, actors, [], "IRQ", Counter())
    assert coded.actor_country == "IRQ" and coded.recipient_country == "IRQ"


def test_owner_of_a_judged_act_is_a_direct_modifier_only() -> None:
    """'the Iran arms policy was a mistake' judges a policy about Iran: no recipient."""
    coded = _coded("The senator said the Iran arms policy was a mistake.")
    assert [(t, r) for t, _, _, _, r in coded] == [("ACCUSE", None)]


def test_passive_reproach_does_not_accuse_its_subject() -> None:
    """'his client should have been freed' reproaches whoever held him, not the client."""
    coded = _coded("The lawyer said his client should have been freed.")
    assert [(t, r) for t, _, _, _, r in coded] == [("ACCUSE", None)]


@pytest.mark.parametrize("text", [
    "Former spokesman John Miller said he and the president misled the public.",  # admission
    "Brazil will be an aggressive seller this year, the dealer said.",  # market jargon
])
def test_no_evaluation_admissions_and_jargon(text: str) -> None:
    """A judgement shared with the speaker, or a business word, gives no event."""
    assert _coded(text) == []


@pytest.mark.parametrize(("text", "recipient"), [
    ("The minister said it was unacceptable that the government had ignored the report.",
     "government"),
    ("He said it was wrong for the government to cut funding.", "government"),
])
def test_extraposed_clause_names_the_judged_party(text: str, recipient: str) -> None:
    """'said it was wrong for Y to ...': Y is accused."""
    coded = _coded(text)
    assert [t for t, *_ in coded] == ["ACCUSE"]
    assert coded[0][4] is not None and recipient in coded[0][4]


def test_expletive_it_without_a_party_gives_nothing() -> None:
    """'it was a disaster' judges a situation, not a party."""
    assert _coded("The farmer said it was a disaster.") == []


@pytest.mark.parametrize("text", [
    "The aide declined to say which proposals might be acceptable to the president.",
    "The minister refused to say the plan was illegal.",
])
def test_unmade_reports_and_questions_give_nothing(text: str) -> None:
    """A report not made ('declined to say') or an indirect question judges no one."""
    assert _coded(text) == []


def test_unnamed_judged_party_takes_no_country() -> None:
    """With no named party the clause's one country is its topic, not a recipient."""
    doc = parse("Billions of dollars spent on the war in Iraq should have been used to build "
                "schools, the bishop said.")
    actors = build_actors(doc)
    sent = next(iter(doc.sents))
    (coded,) = code_evaluations(sent, evaluation_triggers(sent, set(), actors), actors, [],
                                "IRQ", Counter())
    assert coded.recipient is None and coded.recipient_country is None


def test_the_speakers_next_act_does_not_take_the_clause() -> None:
    """The brief's sentence: 'called for' is the rival's second act, not inside the judgement."""
    text = ("His rival told reporters the drills were 'a pretext', and called for "
            "international observers at the border.")
    doc = parse(text)
    called = next(t.i for t in doc if t.text == "called")
    found = _evaluations(text, {called})
    assert [(e.cue.text, e.type) for e in found] == [("told", "ACCUSE")]


def test_a_partys_failure_is_criticism() -> None:
    """'X said the ministry had failed to protect the data' accuses the ministry; a thing's
    failure ('the engine failed') judges no one."""
    coded = _coded("The watchdog said the ministry had failed to protect the data.")
    assert [t for t, *_ in coded] == ["ACCUSE"]
    assert coded[0][4] is not None and "ministry" in coded[0][4]
    assert _coded("The pilot said the engine had failed.") == []


@pytest.mark.parametrize(("text", "kind"), [
    ("The opposition leader said the governor was an idiot.", "ACCUSE"),
    ("The senator said the governor's budget was lousy.", "ACCUSE"),
    ("The mayor said the governor's plan was brilliant.", "SUPPORT"),
])
def test_a_vader_only_judgement_of_a_party_is_coded(text: str, kind: str) -> None:
    """A predicate word the hand list lacks takes its polarity from VADER (T79)."""
    found = _evaluations(text)
    assert [(e.cue.text, e.type) for e in found] == [("said", kind)]
    assert found[0].evaluated is not None and found[0].evaluated.text == "governor"


def test_a_hand_modifier_wins_over_the_nouns_vader_score() -> None:
    """'an illegal success': the hand row of the modifier rules before VADER's "success" (M9 #1)."""
    text = "The mayor said the governor's plan was an illegal success."
    assert [(e.cue.text, e.type) for e in _evaluations(text)] == [("said", "ACCUSE")]


@pytest.mark.parametrize("text", [
    "The aide said the senator was angry.",  # a feeling (WordNet: anger, noun.feeling)
    "The spokesman said the governor was proud.",  # a feeling (gloss "feeling self-respect")
    "The analyst said the storm was horrible.",  # the state of the world: no party judged
    "The economist said the harvest was excellent.",  # no party's act
    "The senator said the governor was not brilliant.",  # negated
    "The mayor said the minister's plan was positive.",  # hand row (modifier only) wins
    "The senator said the governor was a hero.",  # dropped from the hand list on purpose
    # states are no judgements (M9 #2: WordNet noun.state, a contest's outcome)
    "The hospital said the president was sick.",
    "The army said the minister was free.",
    "The commission said the candidate was the winner.",
    "The magazine said the senator was rich.",
    # relatives of "hero" do not bring it back (M9 #3)
    "The senator said the governor was heroic.",
    "The union said the minister's stance was heroism.",
])
def test_vader_backoff_leaves_feelings_states_and_hand_rows(text: str) -> None:
    """A feeling, a state of the world or a word the hand list rules on gives no VADER event."""
    assert _evaluations(text) == []


def test_vader_backoff_reads_the_lexicon_and_its_exclusions() -> None:
    """The lexicon loads with agreeing raters only; every generated exclusion is read."""
    valence = vader_valence()
    assert valence["brilliant"] >= VADER_THRESHOLD and valence["idiot"] <= -VADER_THRESHOLD
    assert "cruel" not in valence  # raters disagree (sd 1.17)
    excluded = evaluative_lexicon.no_backoff()
    assert {row[0] for row in table_rows("vader_feelings.tsv")} <= excluded
    assert {"angry", "sick", "winner", "heroic", "hero"} <= excluded
    assert valence["angry"] <= -VADER_THRESHOLD  # so only the table keeps "was angry" out
    assert [e.type for e in _evaluations("The aide said the senator was idiotic.")] == [
        "ACCUSE"]  # a judgement of the same frame as "was angry", which gives none


def test_left_out_business_words_cannot_back_off() -> None:
    """'aggressive' and 'hostile' are left out of VADER's agreeing entries: their rows in
    vader_left_out.tsv only seed the relatives the generator excludes (M9 #5)."""
    assert not {"aggressive", "hostile"} & set(vader_valence())
    assert {"hostility", "aggressiveness"} <= evaluative_lexicon.no_backoff()


def test_cached_tables_are_read_only() -> None:
    """The cached tables cannot be changed by a caller (M9 #10)."""
    with pytest.raises(TypeError):
        vader_valence()["brilliant"] = -4.0  # type: ignore[index]
    with pytest.raises(TypeError):
        evaluative_words()[("pretext", "NOUN")] = "support"  # type: ignore[index]


@pytest.fixture
def no_vader(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Make the vaderSentiment package look uninstalled, restoring the cache afterwards."""
    real = resources.files

    def files(package: str) -> object:
        """Fail for vaderSentiment as an absent package does."""
        if package == "vaderSentiment":
            raise ModuleNotFoundError("No module named 'vaderSentiment'")
        return real(package)

    monkeypatch.setattr(evaluative_lexicon.resources, "files", files)
    vader_valence.cache_clear()
    yield
    monkeypatch.undo()
    vader_valence.cache_clear()


@pytest.mark.usefixtures("no_vader")
def test_missing_vader_says_how_to_install_it() -> None:
    """Without vaderSentiment the error names the release and `pip install -e .` (M9 #4)."""
    with pytest.raises(LexiconError) as caught:
        vader_valence()
    assert isinstance(caught.value, NewsledgerError)
    assert "vaderSentiment==3.3.2" in str(caught.value)
    assert "pip install -e ." in str(caught.value)


# T84: constructions of natural text (own sentences, one per construction, and negatives)

@pytest.mark.parametrize(("text", "trigger", "kind", "judged"), [
    # a description verb with an evaluative "as" phrase, object predicate or "to be" clause
    ("The opposition leader described the governor as reckless and dishonest.",
     "described", "ACCUSE", "governor"),
    ("The senator portrayed the minister as an idiot.", "portrayed", "ACCUSE", "minister"),
    ("The union called the governor's plan unfair.", "called", "ACCUSE", "governor"),
    ("The mayor found the new governor to be brilliant.", "found", "SUPPORT", "governor"),
    # a relative pronoun stands for the act its clause modifies; the relcl's subject describes
    ("Lawmakers passed a budget that the union called unfair.", "called", "ACCUSE", None),
    # a causative verb with a harm object blames its subject, here in a quote-first report
    ('"The governor caused chaos and misery," the senator said.', "said", "ACCUSE",
     "governor"),
    # a deed judged by its modifier: "do a lousy job"
    ("The senator said the regulators did a lousy job.", "said", "ACCUSE", "regulators"),
    # a reporting verb the status cues lack, in a quote-first report
    ('"The governor is a liar," wrote the columnist.', "wrote", "ACCUSE", "governor"),
    # the subject's evaluative modifier judges the owner, whatever the clause says of the act
    ("The senator said the governor's reckless policies were still in force.", "said",
     "ACCUSE", "governor"),
    ("The senator said the report exposed the ministry's careless handling of the data.",
     "said", "ACCUSE", "ministry"),
    # a quoted first person's belief is the speaker's, and its negation is raised
    ("The senator added: 'I don't think the governor is qualified.'", "added", "ACCUSE",
     "governor"),
    ("The senator said: 'I think the governor is a liar.'", "said", "ACCUSE", "governor"),
    # a stance adjective predicated of a holder, even through a relative clause
    ("The union, which has been critical of the governor, met on Monday.", "critical",
     "ACCUSE", "governor"),
    ("The mayor was supportive of the governor's plan.", "supportive", "SUPPORT", "governor"),
    # an evaluative expression about a party
    ("The mayor sounded a positive note about the governor.", "sounded", "SUPPORT",
     "governor"),
    # a noun of report holding a "that" clause, coded at the noun for its possessor
    ("The auditor's conclusion that the minister was negligent was published on Monday.",
     "conclusion", "ACCUSE", "minister"),
    # "no longer" negates a standard: criticism
    ("The senator said the governor's plan was no longer acceptable.", "said", "ACCUSE",
     "governor"),
    # the speaker reports his own description: coded at the reporting verb
    ("The mayor said he found the governor terrible.", "said", "ACCUSE", "governor"),
    # M12 #1: "no less" affirms; only "no longer" negates
    ("The minister said the mayor was no less corrupt than his rival.", "said", "ACCUSE",
     "mayor"),
    # M12 #3: a frame-role row (harm) leaves an attribute noun to the VADER back-off
    ("The minister said the mayor's budget was utter havoc.", "said", "ACCUSE", "mayor"),
    # M12 #5: "cast" with an adjectival predicate still judges
    ("The rival cast the mayor as dishonest and lazy.", "cast", "ACCUSE", "mayor"),
    # M12 #4: a verb of expression with an expression noun still judges
    ("The minister struck a positive tone about the mayor.", "struck", "SUPPORT", "mayor"),
    # M12 #8: an act's modifier still judges when the clause neither denies nor defends it
    ("The minister said the mayor's careless conduct was exposed by the audit.", "said",
     "ACCUSE", "mayor"),
    # M12 #11, kept: calling a party a friend approves the actor (read from news: a leader
    # standing by an aide who resigned, "X is my friend, and he is a superb strategist")
    ("The minister considers the mayor a friend.", "considers", "SUPPORT", "mayor"),
    # M12 #12: a verb of conclusion judges as its noun does
    ("The inspector concluded that the mayor was negligent.", "concluded", "ACCUSE", "mayor"),
])
def test_t84_constructions_judge_a_party(
        text: str, trigger: str, kind: str, judged: str | None) -> None:
    """Each T84 construction codes the judgement at its verb, with the party judged."""
    found = _evaluations(text)
    assert [(e.cue.text, e.type) for e in found] == [(trigger, kind)]
    assert (found[0].evaluated.text if found[0].evaluated is not None else None) == judged


def test_a_description_is_coded_for_its_describer() -> None:
    """The describer is the actor, the described party the recipient; a passive's agent
    describes."""
    coded = _coded("The opposition leader described the governor as reckless.")
    assert [(t, m, trig) for t, m, trig, _, _ in coded] == [("ACCUSE", "disapprove",
                                                             "described")]
    assert coded[0][3] is not None and "leader" in coded[0][3]
    assert coded[0][4] is not None and "governor" in coded[0][4]
    coded = _coded("The governor was branded a liar by the opposition leader.")
    assert [(t, trig) for t, _, trig, _, _ in coded] == [("ACCUSE", "branded")]
    assert coded[0][3] is not None and "leader" in coded[0][3]


@pytest.mark.parametrize("text", [
    "The engineer described the weather as terrible.",  # a situation, no party
    "The forecaster called the storm dangerous.",  # a hazard, no party
    "The governor described himself as a fighter.",  # the speaker himself
    "The senator did not describe the governor as reckless.",  # negated description
    "The governor was described as reckless.",  # nobody describes
    "The report described the governor as a lawyer.",  # not evaluative
    "The storm caused chaos and misery, the mayor said.",  # harm by a hazard, no party
    "The senator said the governor did not cause any harm.",  # negated
    "The senator said the weather did a lot of damage.",  # no party, no deed noun
    "The senator said the committee's long report was finished.",  # modifier not evaluative
    "The senator said the city's terrible weather had cleared.",  # weather is no act
    "The senator said: 'I don't think the governor is a liar.'",  # negated by raising
    "The senator said the aide thinks the governor is a liar.",  # another's belief
    "The senator was not critical of the governor.",  # negated stance
    "The situation was critical for the governor.",  # no stance, no of-object
    "The mayor sounded a positive note about the economy.",  # topic is no party
    "The mayor sounded a note of caution.",  # no evaluative modifier
    "The claim that the ministry was negligent surprised nobody.",  # nobody's report
    "The farmer described the governor as brilliant but noncommittal.",  # a contrast, mixed
    "The senator said the governor and I have been friends for years.",  # shared, own tie
    "The auditor's conclusion that the weather was terrible surprised nobody.",  # no party
    # M12 #2: a negated harm or deed clears the party
    "The minister said the mayor's policy caused no damage.",
    "The minister said the council did no terrible job.",
    # M12 #4: a sightline, a photograph or a portrait is no praise
    "The tourist had a lovely view of the mayor from the window.",
    "The photographer took a gorgeous picture of the mayor.",
    "The painter painted a lovely portrait of the mayor.",
    # M12 #5: "cast" in its theatre sense assigns a role
    "The producer cast the mayor as a corrupt judge in the new film.",
    # M12 #6: the holder or the reporter judging his own act
    "The mayor was critical of her own budget.",
    "The minister's finding that her reform had been a failure was published on Tuesday.",
    # M12 #7: a negative holder holds no stance
    "Nobody was supportive of the mayor.",
    "No minister was critical of the mayor.",
    # M12 #8: a clause that denies or defends the judged act
    "The minister said the mayor's allegedly careless handling broke no law.",
    "The minister said the mayor's careless conduct was a myth spread by her opponents.",
    # M12 #9: a natural cause owned by a place is no party's act
    "The minister said Chile's earthquake caused terrible devastation.",
    "The mayor said Arizona's heatwave caused suffering.",
])
def test_t84_negatives(text: str) -> None:
    """A judgement of a situation or of the speaker, a negated or unnamed one gives none."""
    assert _evaluations(text) == []


def test_a_description_reported_of_another_stays_on_its_verb() -> None:
    """'The aide said the senator called Y a liar': the senator's act, coded at 'called'."""
    found = _evaluations("The aide said the senator called the governor a liar.")
    assert [(e.cue.text, e.type) for e in found] == [("called", "ACCUSE")]
    assert found[0].speaker is not None and found[0].speaker.text == "senator"


def test_a_sentence_quoted_whole_judges_on_its_predicate() -> None:
    """'"The governor's plan is a disgrace."' with no reporting verb: ACCUSE at 'disgrace',
    no actor (the speaker is named elsewhere), the plan's owner judged."""
    coded = _coded('"The governor\'s plan is a disgrace."')
    assert [(t, trig, a) for t, _, trig, a, _ in coded] == [("ACCUSE", "disgrace", None)]
    assert coded[0][4] is not None and "governor" in coded[0][4]


@pytest.mark.parametrize(("text", "cues"), [
    ("The governor's plan is a disgrace.", []),  # not quoted: the outlet's own voice
    ('"The weather is terrible."', []),  # no party
    ('"We were wrong."', []),  # the speakers themselves
    ('"It is a disgrace for the governor to do nothing."', []),  # "it" reaches outside
    ('"The plan is a disgrace," the senator said.', ["said"]),  # the reporting verb carries it
    ('"My plan was a disaster."', []),  # M12 #10: the speaker's own act
    ('"Our decision was a blunder."', []),
    ('"The proposal was a fiasco."', []),  # nobody's act: no party judged
])
def test_no_quoted_judgement(text: str, cues: list[str]) -> None:
    """Only a whole quoted sentence without a reporting verb is judged on its predicate."""
    assert [e.cue.text for e in _evaluations(text)] == cues
