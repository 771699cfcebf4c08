"""Leadership's priorities: the decisions in ranked order against the frame it sets.

The decisions' order (their position) is leadership's ranking: priority 1 first. Leadership
sets a frame for all of them together (a budget in kroner, staff hours, FTE); a measure
left empty has no limit. Going down the ranking, each decision's kroner, hours and FTE
are added to those of the decisions above it; the first decision whose running total of
any limited measure exceeds the frame is where the frame runs out ("over rammen fra
beslutning 4"), and it and every decision below it fall outside the frame (the totals only
grow). A decision without an amount (or with a negative one) counts 0.

Sums are exact decimal sums of the numbers as typed (0,1 + 0,2 årsværk is 0,3, within a
frame of 0,3), not binary floating point. `rank` is pure: no session, no Qt.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlmodel import Session

from desktop.core import signoff
from desktop.core.signoff import format_value

# The three measures, as the decision names them and as the frame names them.
MEASURES = ("resources_dkk", "resources_hours", "resources_fte")
FRAME_OF = {"resources_dkk": "budget_dkk", "resources_hours": "hours", "resources_fte": "fte"}
_NAMES = {
    "da": {"resources_dkk": "beløb", "resources_hours": "timer", "resources_fte": "årsværk"},
    "en": {"resources_dkk": "kroner", "resources_hours": "hours", "resources_fte": "FTE"},
}


def exact(value: float | int | None) -> Decimal:
    """A number as typed, exactly (None: 0). repr gives a float's shortest digits: 0.1 -> 0.1."""
    if value is None:
        return Decimal(0)
    return Decimal(value) if isinstance(value, int) else Decimal(repr(float(value)))


@dataclass(frozen=True)
class Ranking:
    """The decisions in their ranked order, their running totals and the frame."""

    frame: Mapping[str, Decimal | None]  # measure -> limit; None: no limit
    running: tuple[Mapping[str, Decimal], ...]  # per decision: the totals down to it
    first_over: int | None  # index of the first decision over the frame, or None
    over_in: tuple[str, ...] = ()  # the measures that decision takes over the frame

    @property
    def totals(self) -> Mapping[str, Decimal]:
        return self.running[-1] if self.running else {m: Decimal(0) for m in MEASURES}

    @property
    def has_frame(self) -> bool:
        return any(limit is not None for limit in self.frame.values())

    @property
    def asks_for_resources(self) -> bool:
        return any(self.totals[m] > 0 for m in MEASURES)

    def is_over(self, index: int) -> bool:
        """Whether the decision at this place in the ranking falls outside the frame."""
        return self.first_over is not None and index >= self.first_over

    def outside(self) -> range:
        """The places (0-based) of the decisions outside the frame."""
        start = len(self.running) if self.first_over is None else self.first_over
        return range(start, len(self.running))

    # -- in words ---------------------------------------------------------------------------

    def asked_text(self, lang: str) -> str:
        """'Beslutningerne beder i alt om 1.240.000 kr., 160 timer og 2 årsværk.'"""
        shown = _listing([format_value(m, self.totals[m], lang) for m in MEASURES], lang)
        if lang == "da":
            return f"Beslutningerne beder i alt om {shown}."
        return f"The decisions ask for {shown} in all."

    def frame_text(self, lang: str) -> str:
        """'Ledelsens ramme: 1.300.000 kr. og 140 timer.' (only the measures with a limit)."""
        limits = [format_value(m, v, lang) for m in MEASURES if (v := self.frame[m]) is not None]
        if not limits:
            return (
                "Ledelsen har ikke sat en ramme for ressourcerne."
                if lang == "da"
                else "Leadership has set no frame for the resources."
            )
        shown = _listing(limits, lang)
        text = f"Ledelsens ramme: {shown}" if lang == "da" else f"Leadership's frame: {shown}"
        return text if text.endswith(".") else text + "."  # "… 1.300.000 kr." ends one

    def verdict(self, lang: str) -> str:
        """Where the frame runs out: 'Over rammen fra beslutning 3 (timer).'; '' without a frame."""
        if not self.has_frame or not self.running:
            return ""
        if self.first_over is None:
            return (
                "Alle beslutninger ligger inden for rammen."
                if lang == "da"
                else "All decisions are within the frame."
            )
        names = _listing([_NAMES[_lang(lang)][m] for m in self.over_in], lang)
        number = self.first_over + 1
        if lang == "da":
            return f"Over rammen fra beslutning {number} ({names})."
        return f"Over the frame from decision {number} ({names})."

    def text(self, lang: str) -> str:
        """The whole overview, on one line."""
        parts = [self.asked_text(lang), self.frame_text(lang), self.verdict(lang)]
        return " ".join(p for p in parts if p)


def rank(
    decisions: Sequence[Mapping[str, Any]], frame: Mapping[str, float | int | None]
) -> Ranking:
    """The ranking of `decisions` (in their order; each with resources_dkk, _hours, _fte, any
    of them None) against `frame` (budget_dkk, hours, fte; None or missing: no limit)."""
    limits = {m: _limit(frame.get(FRAME_OF[m])) for m in MEASURES}
    totals = {m: Decimal(0) for m in MEASURES}
    running: list[dict[str, Decimal]] = []
    first_over: int | None = None
    over_in: tuple[str, ...] = ()
    for index, decision in enumerate(decisions):
        for m in MEASURES:
            totals[m] += max(Decimal(0), exact(decision.get(m)))
        running.append(dict(totals))
        if first_over is None:
            over = tuple(m for m in MEASURES if _exceeds(totals[m], limits[m]))
            if over:
                first_over, over_in = index, over
    return Ranking(limits, tuple(running), first_over, over_in)


def _limit(value: float | int | None) -> Decimal | None:
    return None if value is None else exact(value)


def _exceeds(total: Decimal, limit: Decimal | None) -> bool:
    return limit is not None and total > limit


def _listing(parts: Sequence[str], lang: str) -> str:
    """'a, b og c' / 'a, b and c'."""
    if len(parts) <= 1:
        return "".join(parts)
    word = " og " if lang == "da" else " and "
    return ", ".join(parts[:-1]) + word + parts[-1]


def _lang(lang: str) -> str:
    return "da" if lang == "da" else "en"


def ranking(session: Session) -> Ranking:
    """The workshop's decisions, in leadership's order, against its frame."""
    reports = signoff.decision_reports(session)
    return rank([r.decision for r in reports], signoff.resource_frame(session))
