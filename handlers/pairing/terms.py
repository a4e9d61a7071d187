"""What a programme asks of a pair: how long, how often, how many hours (a small port).

The programmes file (the mentorship foundation) is the real source; until it is wired in, the
Career Mentoring Program's terms from the Ottawa document are the default: about three months
of weekly meetings of at least an hour.
"""

from __future__ import annotations

from dataclasses import dataclass

from handlers.core.values import Language

DEFAULT_PROGRAMME = "career-mentoring"


@dataclass(frozen=True)
class ProgrammeTerms:
    """One programme's terms for a mentorship."""

    id: str
    name: dict[Language, str]
    duration_weeks: int
    min_minutes: int  # per meeting
    target_hours: int

    def named(self, language: Language) -> str:
        """The programme's name in ``language``."""
        return self.name[language]


CAREER_MENTORING = ProgrammeTerms(
    id=DEFAULT_PROGRAMME,
    name={"en": "Career Mentoring Program", "fr": "Programme de mentorat professionnel"},
    duration_weeks=12,
    min_minutes=60,
    target_hours=12,
)
KNOWN: dict[str, ProgrammeTerms] = {CAREER_MENTORING.id: CAREER_MENTORING}


def terms_for(programme: str) -> ProgrammeTerms:
    """The terms of ``programme`` (the default programme's when it is not known here)."""
    return KNOWN.get(programme, CAREER_MENTORING)
