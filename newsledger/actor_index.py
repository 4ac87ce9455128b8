"""The actor index: an article's actors with lookup from a character span to its actor.

:func:`newsledger.actors.build_actors` returns it; statements and events resolve the speakers
and participants they find through it. Split from :mod:`newsledger.actors`, which re-exports it.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field

from newsledger.record import Actor, Mention


@dataclass(frozen=True)
class ActorIndex:
    """The actors of one article, with fast lookup from a character span to its actor."""

    actors: tuple[Actor, ...] = ()
    _starts: tuple[int, ...] = field(default=(), init=False, repr=False, compare=False)
    _spans: tuple[tuple[int, int, str], ...] = field(default=(), init=False, repr=False,
                                                     compare=False)
    _by_id: dict[str, Actor] = field(default_factory=dict, init=False, repr=False, compare=False)
    _longest: int = field(default=0, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        """Sort every mention by start for bisection (the instance stays immutable)."""
        spans = sorted((m.start, m.end, a.id) for a in self.actors for m in a.mentions)
        object.__setattr__(self, "_spans", tuple(spans))
        object.__setattr__(self, "_starts", tuple(s for s, _, _ in spans))
        object.__setattr__(self, "_by_id", {a.id: a for a in self.actors})
        object.__setattr__(self, "_longest", max((e - s for s, e, _ in spans), default=0))

    def actor_for(self, start: int, end: int) -> str | None:
        """Return the id of the actor with a mention overlapping [start, end) most, if any."""
        best: tuple[int, str] | None = None
        k = bisect_left(self._starts, max(end, start + 1)) - 1
        while k >= 0 and self._starts[k] + self._longest > start:
            m_start, m_end, actor_id = self._spans[k]
            if m_start < end and start < m_end or (start == end and m_start <= start < m_end):
                overlap = min(end, m_end) - max(start, m_start)
                if best is None or overlap >= best[0]:  # ties go to the earlier mention
                    best = (overlap, actor_id)
            k -= 1
        return best[1] if best else None

    def actor_at(self, char: int) -> str | None:
        """Return the id of the actor mentioned at one character offset, if any."""
        return self.actor_for(char, char + 1)

    def mention_for(self, start: int, end: int) -> Mention | None:
        """Return the mention overlapping [start, end), if any (for a speaker's text)."""
        actor = self.get(self.actor_for(start, end))
        if actor is None:
            return None
        return next((m for m in actor.mentions if m.start < end and start < m.end), None)

    def get(self, actor_id: str | None) -> Actor | None:
        """Return the actor with this id, or None."""
        return self._by_id.get(actor_id) if actor_id else None
