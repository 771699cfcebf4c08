"""The values a field of the workshop can take: sides, statuses, kinds, placements.

Plain enums, without the ORM, so that what only shows them (the words in
`desktop/core/vocabulary.py`, the first look at a workshop before SQLModel has loaded) needs
no database model; the table modules import them from here.
"""

from __future__ import annotations

from enum import StrEnum


class Side(StrEnum):
    """Which side of the table a participant sits on."""

    PROCUREMENT = "procurement"
    DOMAIN = "domain"
    LEADERSHIP = "leadership"
    OTHER = "other"


class ActionStatus(StrEnum):
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    DONE = "done"


class TermSide(StrEnum):
    """Whose word it is: procurement's (explained for the professionals) or the professionals'."""

    PROCUREMENT = "procurement"
    DOMAIN = "domain"


class TermStatus(StrEnum):
    PROPOSED = "proposed"
    AGREED = "agreed"
    DISPUTED = "disputed"


class NoteKind(StrEnum):
    NEED = "need"
    REQUIREMENT = "requirement"
    ROOT_PROBLEM = "root_problem"
    QUESTION = "question"
    IDEA = "idea"


class NoteSide(StrEnum):
    """Whose note it is; the note's colour follows it."""

    PROCUREMENT = "procurement"
    DOMAIN = "domain"
    LEADERSHIP = "leadership"
    OTHER = "other"


class Priority(StrEnum):
    """For requirements: MoSCoW without the won't. Empty string: not prioritised."""

    NONE = ""
    MUST = "must"
    SHOULD = "should"
    COULD = "could"


class Placement(StrEnum):
    """Who delivers the service: the board's five columns, left to right."""

    UNDECIDED = "undecided"
    INTERNAL = "internal"
    EXTERNAL = "external"
    MIXED = "mixed"
    NOT_BUYING = "not_buying"


class Leaning(StrEnum):
    """Which way a high score on a criterion points: deliver it ourselves, or buy it."""

    INTERNAL = "internal"
    EXTERNAL = "external"


class Outcome(StrEnum):
    APPROVED = "approved"
    CHANGES_REQUESTED = "changes_requested"
    REJECTED = "rejected"


class DecisionStatus(StrEnum):
    """Where a decision stands, read from its sign-offs (`signoff.decision_reports`)."""

    APPROVED = "approved"
    CHANGED_AFTER_APPROVAL = "changed_after_approval"
    CHANGES_REQUESTED = "changes_requested"
    REJECTED = "rejected"
    UNSIGNED = "unsigned"


class Agreement(StrEnum):
    """An agreement already in place that may cover a service, so that no tender is needed."""

    UNKNOWN = "unknown"  # not looked into yet
    OWN = "own"  # the municipality's own agreement
    JOINT = "joint"  # a joint municipal agreement (fælleskommunal aftale)
    SKI = "ski"  # an agreement of SKI, the public sector's purchasing centre
    NONE = "none"  # looked into: none covers it


class TenderRegime(StrEnum):
    """The rules a tender calendar is planned for; the same words as `thresholds.Regime`."""

    BELOW = "below"  # under the threshold
    LIGHT = "light"  # the light regime (udbudslovens afsnit III)
    FULL_EU = "full_eu"  # a full EU tender (udbudslovens afsnit II)


class TenderStep(StrEnum):
    """The steps of a tender, in the order a calendar counts back from delivery start."""

    NEEDS = "needs"  # needs and requirements
    DIALOGUE = "dialogue"  # market dialogue
    MATERIAL = "material"  # writing the tender material
    TENDER_PERIOD = "tender_period"  # from announcement to the deadline for tenders
    EVALUATION = "evaluation"  # evaluating the tenders and deciding on the award
    STANDSTILL = "standstill"  # the standstill period before the contract is signed
    IMPLEMENTATION = "implementation"  # from contract to delivery start
