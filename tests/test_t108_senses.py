"""T108: senses that name no act (audit 3), and verbal contests coded ACCUSE, not ASSAULT.

Sentences are written for these tests (none is taken from a gold or test set). Each case of a
rule comes with look-alikes the rule must leave as they were.
"""

from __future__ import annotations

import pytest

from newsledger.parse import parse
from newsledger.triggers import find_triggers


def _type_of(text: str, word: str) -> str | None:
    """Return the PLOVER type coded at the first token ``word`` of a text (None: no event)."""
    doc = parse(text)
    found = {m.token.i: m.rule.type for s in doc.sents for m in find_triggers(s)}
    token = next(t for t in doc if t.text == word)
    return found.get(token.i)


@pytest.mark.parametrize(("text", "word", "expected"), [
    # help by a thing ("thing"): no party gives aid
    ("His neutral stance may have helped him keep his credibility.", "helped", None),
    ("Public disclosure of the files could help settle the case.", "help", None),
    ("The win hands her most delegates, helping cement her lead.", "helping", None),
    # ... a state, a person or a collective noun of actors still aids
    ("The United States helped Jordan build new border posts.", "helped", "AID"),
    ("The coalition helped the rebels retake the town.", "helped", "AID"),
    ("The senator helped the refugees find homes.", "helped", "AID"),
    ("The US is bound by law to help Taiwan defend itself.", "help", "AID"),
    # a participle coordinated with an adjective, or tagged past tense, only describes
    ("He would not say the city is the undivided and recognized capital.", "recognized", None),
    ("The win hands her a majority of the state's 20 pledged delegates.", "pledged", None),
    ("Britain recognized the new government on Monday.", "recognized", "SUPPORT"),
    # a journalist of a medium the organisations table knows asks a question, no request
    ("The Huffington Post's Scott Conroy asked Sanders whether he would run.", "asked", None),
    ("The senator asked the minister to resign.", "asked", "REQUEST"),
    # a treaty named by its city is a standing treaty; one named by a country a party's act
    ("Nearly 200 countries signed onto the Paris agreement.", "agreement", None),
    ("The U.S.-Iran agreement angered Israel.", "agreement", "AGREE"),
    ("The two parties reached an agreement on Monday.", "agreement", "AGREE"),
    # a term mentioned in apposition to a word noun
    ("Many voters disliked the phrase 'deportation'.", "deportation", None),
    ("The deportation of the activists angered Kenya.", "deportation", "COERCE"),
    # fighting a legal proceeding is a rebuttal, fighting an army an armed act
    ("Lewandowski could fight the charge in court.", "fight", "REJECT"),
    ("The rebels fought the army near the border.", "fought", "ASSAULT"),
    # PLOVER MOBILIZE is military or police moves, not voters mobilising
    ("Democrats who will mobilize could help her win.", "mobilize", None),
    ("Russia mobilized its reserves on Friday.", "mobilized", "MOBILIZE"),
    ("French police mobilized in Marseille on Tuesday.", "mobilized", "MOBILIZE"),
    # an explosion of a mere thing is a growth; of a bomb, an attack
    ("Voters doubt the explosion of app-based services such as Uber.", "explosion", None),
    ("The explosion of a car bomb killed six soldiers.", "explosion", "ASSAULT"),
    # an infinitive on an indefinite pronoun names no accusation
    ("The easiest answer is to find someone to blame, said Griffith.", "blame", None),
    ("Rubio blamed Obama for the crisis.", "blamed", "ACCUSE"),
    # "help up" lifts a person; "help out" still aids
    ("Eight athletes turned around to help up a runner who had stumbled.", "help", None),
    ("The US helped out the Kurds.", "helped", "AID"),
    # a business deal of media or property is no political agreement
    ("The network signed a TV deal with the comedian.", "deal", None),
    ("The network signed a TV deal with the comedian.", "signed", None),
    ("Iran and the powers reached a nuclear deal.", "deal", "AGREE"),
    # a rally in a clause of campaigning is a campaign's, no protest
    ("In debate after debate, and rally after rally, Bush questioned Trump's tactics.",
     "rally", None),
    ("Thousands joined a rally against the new law.", "rally", "PROTEST"),
    ("Supporters of the opposition held a rally in the capital after the election.", "rally",
     "PROTEST"),
])
def test_senses_that_name_no_act(text: str, word: str, expected: str | None) -> None:
    """Each rule's case, and the look-alikes it must leave alone."""
    assert _type_of(text, word) == expected


@pytest.mark.parametrize(("text", "word", "expected"), [
    # the press as the other side: a contest in words
    ("A brash politician clashing with a famous TV journalist drew viewers.", "clashing",
     "ACCUSE"),
    ("Trump attacked the media again on Friday.", "attacked", "ACCUSE"),
    # electoral rivals as the doer of a noun: the subject of the verb launching it
    ("Presidential candidates crossed the state on Monday, leveling attacks against one another.",
     "attacks", "ACCUSE"),
    # an assault on a value or an institution of law is made in words
    ("Critics called the order an assault on the rule of law.", "assault", "ACCUSE"),
    ("The rebels mounted an assault on the town.", "assault", "ASSAULT"),
    ("Gunmen launched an attack on the embassy.", "attack", "ASSAULT"),
    # look-alikes: a crowd, armed groups, a relative clause on an attack
    ("Protesters attacked journalists outside the court.", "attacked", "ASSAULT"),
    ("Rival militias clashed in the capital on Sunday.", "clashed", "ASSAULT"),
    ("Troops clashed with rebels near the border.", "clashed", "ASSAULT"),
    ("The senators recalled Benghazi, an attack that still haunts the party.", "attack",
     "ASSAULT"),
])
def test_verbal_contests(text: str, word: str, expected: str) -> None:
    """A verbal clash or attack is ACCUSE (PLOVER); an armed one stays ASSAULT."""
    assert _type_of(text, word) == expected
