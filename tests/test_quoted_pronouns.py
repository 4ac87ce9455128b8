"""Pronouns in a direct quotation (session 12): only the first person is the speaker.

"They attacked us," the mayor said: "they" are others and "us" the mayor's side, where in
indirect speech ("the mayor said they had been attacked") the third person is the speaker.
"""

from __future__ import annotations

import pytest

import newsledger


def _sides(text: str, trigger: str) -> tuple[str | None, str | None]:
    """Return the actor and recipient names of the first event with the trigger."""
    record = newsledger.extract(text)
    names = {a.id: a.name for a in record.actors}
    event = next(e for e in record.events if e.trigger == trigger)
    return names.get(event.actor or ""), names.get(event.recipient or "")


@pytest.mark.parametrize(("text", "trigger", "actor", "recipient"), [
    # quoted: a third-person subject is somebody else, a first-person object the speaker
    ('"They attacked us at dawn," the mayor told reporters on Monday.', "attacked", None,
     "mayor"),
    ('"Trump encouraged me to run," Pence said.', "encouraged", "Trump", "Pence"),
    # quoted first-person subject: the speaker acts
    ('"We will attack the rebels tomorrow," the general said.', "attack", "general", "rebels"),
    # indirect speech is unchanged: the reported "they" is the speaker
    ("The mayor said they had been attacked by the rebels.", "attacked", "rebels", "mayor"),
])
def test_quoted_pronouns(text: str, trigger: str, actor: str | None,
                         recipient: str | None) -> None:
    """Quoted first person is the speaker, quoted third person is not; indirect as before."""
    assert _sides(text, trigger) == (actor, recipient)
