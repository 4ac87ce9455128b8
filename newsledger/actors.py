"""Actors: an in-document registry linking every mention to one canonical actor.

Stage contract: ``build_actors(doc) -> ActorIndex``. OWNER: actors work (issue 3/4).
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc

from newsledger.record import Actor, Mention


@dataclass(frozen=True)
class ActorIndex:
    """The actors of one article, with lookup from a character span to the actor it mentions."""

    actors: tuple[Actor, ...] = ()

    def actor_for(self, start: int, end: int) -> str | None:
        """Return the id of the actor with a mention inside or covering [start, end), if any."""
        best: tuple[int, str] | None = None
        for actor in self.actors:
            for m in actor.mentions:
                if m.start < end and start < m.end:
                    overlap = min(end, m.end) - max(start, m.start)
                    if best is None or overlap > best[0]:
                        best = (overlap, actor.id)
        return best[1] if best else None

    def get(self, actor_id: str | None) -> Actor | None:
        """Return the actor with this id, or None."""
        for actor in self.actors:
            if actor.id == actor_id:
                return actor
        return None


def build_actors(doc: Doc) -> ActorIndex:
    """Build the actor registry of a parsed article (named entities, grouped by surface form)."""
    groups: dict[str, list[Mention]] = {}
    labels: dict[str, str] = {}
    for ent in doc.ents:
        if ent.label_ not in {"PERSON", "ORG", "GPE", "NORP"}:
            continue
        groups.setdefault(ent.text, []).append(Mention(ent.start_char, ent.end_char, ent.text))
        labels.setdefault(ent.text, ent.label_)
    kinds = {"PERSON": "person", "ORG": "organization", "GPE": "country", "NORP": "group"}
    actors = tuple(
        Actor(id=f"A{i}", name=name, kind=kinds[labels[name]], mentions=tuple(ms))  # type: ignore[arg-type]
        for i, (name, ms) in enumerate(groups.items(), start=1)
    )
    return ActorIndex(actors)
