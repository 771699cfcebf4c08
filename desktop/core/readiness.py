"""What is still missing before the minutes can go out, step by step of the method.

Each check is a small function of the session; the Workshop tab shows them as a list,
and later the minutes dialog can warn with the same words.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sqlmodel import Session, col, func, or_, select

from desktop.core.models import ActionItem, Term, TermStatus


@dataclass(frozen=True)
class Check:
    """One line of the overview: `count` things need attention (0: all good)."""

    key: str
    step_da: str
    step_en: str
    text_da: str  # "{n} ..." for any count but one
    text_en: str
    one_da: str  # the same sentence for exactly one
    one_en: str
    count: int

    @property
    def ok(self) -> bool:
        return self.count == 0

    def text(self, lang: str) -> str:
        if self.count == 1:
            return self.one_da if lang == "da" else self.one_en
        return (self.text_da if lang == "da" else self.text_en).format(n=self.count)

    def step(self, lang: str) -> str:
        return self.step_da if lang == "da" else self.step_en


def _count(session: Session, query: object) -> int:
    return int(session.exec(query).one())  # type: ignore[call-overload]


def _terms_without_explanation(session: Session) -> Check:
    query = select(func.count()).select_from(Term).where(col(Term.explanation) == "")
    n = _count(session, query)
    return Check(
        "terms_unexplained",
        "Fælles sprog",
        "Shared language",
        "{n} begreber mangler en forklaring",
        "{n} terms have no explanation",
        "1 begreb mangler en forklaring",
        "1 term has no explanation",
        n,
    )


def _disputed_terms(session: Session) -> Check:
    query = (
        select(func.count()).select_from(Term).where(col(Term.status) == TermStatus.DISPUTED.value)
    )
    return Check(
        "terms_disputed",
        "Fælles sprog",
        "Shared language",
        "{n} begreber er omstridte",
        "{n} terms are disputed",
        "1 begreb er omstridt",
        "1 term is disputed",
        _count(session, query),
    )


def _actions_incomplete(session: Session) -> Check:
    query = (
        select(func.count())
        .select_from(ActionItem)
        .where(or_(col(ActionItem.owner) == "", col(ActionItem.due).is_(None)))
    )
    return Check(
        "actions_incomplete",
        "Opfølgning",
        "Follow-up",
        "{n} opfølgningspunkter mangler ansvarlig eller frist",
        "{n} follow-up actions lack an owner or a due date",
        "1 opfølgningspunkt mangler ansvarlig eller frist",
        "1 follow-up action lacks an owner or a due date",
        _count(session, query),
    )


def _sign_off(session: Session) -> Check:
    """The sign-off overview line ("4 af 6 beslutninger godkendt, 1 ændret efter godkendelse");
    it needs attention while a decision is not approved or was changed after approval."""
    from desktop.core.signoff import signoff_overview

    overview = signoff_overview(session)
    pending = overview.decisions - overview.approved + overview.changed_after_approval
    da, en = overview.text("da"), overview.text("en")
    return Check("sign_off", "Ledelsesforankring", "Leadership sign-off", da, en, da, en, pending)


CHECKS: list[Callable[[Session], Check]] = [
    _terms_without_explanation,
    _disputed_terms,
    _sign_off,
    _actions_incomplete,
]


def readiness(session: Session) -> list[Check]:
    """Every check, in the order of the method."""
    return [check(session) for check in CHECKS]
