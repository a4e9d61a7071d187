"""The one list of features this bot runs, in the order they build on each other.

Adding a feature: its package under handlers/ (exporting ``FEATURE``, with ``package=__name__``),
its store in the storage/ module that mirrors that package (handlers/meetings: storage/meetings.py;
handlers/mentorship/weeks: storage/mentorship/weeks.py), its catalogue files in locales/en and
locales/fr, a migration, and one line here.
"""

from __future__ import annotations

from handlers import (
    coordination,
    followup,
    meetings,
    privacy,
    referrals,
    registration,
    safeguards,
)
from handlers.core.feature import Feature
from handlers.core.registry import Registry
from handlers.mentorship import intake, matching, outcomes, weeks

FEATURES: tuple[Feature, ...] = (
    registration.FEATURE,
    meetings.FEATURE,
    followup.FEATURE,
    referrals.FEATURE,
    coordination.FEATURE,
    privacy.FEATURE,
    safeguards.FEATURE,
    intake.FEATURE,
    matching.FEATURE,
    weeks.FEATURE,
    outcomes.FEATURE,
)


def default_registry() -> Registry:
    """The features of the bot as shipped."""
    return Registry(FEATURES)
