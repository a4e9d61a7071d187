"""Ranking mentors for one mentee: who may be suggested, in what order, and why.

A pure function over plain values, so `/suggest` can show the coordinator its top five with
their reasons. Profession closeness is the connector search's own rule (`stems`: the first
letters of the words that say what a profession is, matched at word starts), so a mentee hears
of the same "close professions" whether they look for a connector or a mentor.

Who is left out, whatever their score: the mentee themself, a mentor with no room left, and,
in an employer-hosted programme, every mentor who does not work for that employer.

The order is a tuple compared left to right, so it can be worked out by hand:

1. a French-speaking mentor, when the mentee asked for one (the Ottawa programme's practice
   of matching French-speaking newcomers with French-speaking mentors);
2. the same sector (NOC broad category);
3. how many words of the mentee's profession the mentor's profession shares;
4. how many words of the mentee's career objective the mentor's profession shares;
5. a spoken language in common;
6. the same city, then the same region;
7. the most room left, then the lowest id (so equal candidates keep one stable order).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from handlers.core.parsing import search_key
from handlers.meetings.search import stems
from handlers.registration.spoken import language_code

FRENCH = "fr"
# Stable reason ids, in the order they are shown; the dialogue names each one in its catalogue.
REASON_FRENCH = "french"
REASON_SECTOR = "same-sector"
REASON_PROFESSION = "close-profession"
REASON_OBJECTIVE = "objective"
REASON_LANGUAGE = "shared-language"
REASON_CITY = "same-city"
REASON_REGION = "same-region"
REASON_EMPLOYER = "same-employer"
REASONS = (
    REASON_FRENCH,
    REASON_SECTOR,
    REASON_PROFESSION,
    REASON_OBJECTIVE,
    REASON_LANGUAGE,
    REASON_CITY,
    REASON_REGION,
    REASON_EMPLOYER,
)
# Words of a career objective that say what the person wants, not which profession: left out
# before its stems are taken (the search keeps at most four, which these would crowd out).
# fmt: off
OBJECTIVE_STOP = frozenset({
    "work", "working", "job", "jobs", "find", "get", "become", "position", "role", "career",
    "field", "canada", "want", "would", "like", "looking", "as", "in", "a", "an", "to", "of",
    "my", "at", "travailler", "travail", "emploi", "trouver", "devenir", "poste", "carriere",
    "domaine", "comme", "dans", "mon", "ma", "un", "une", "en", "au", "aux", "le", "la", "de",
    "du",
})
# fmt: on
# What `/suggest` shows.
TOP = 5


@dataclass(frozen=True)
class Mentee:
    """What matching needs to know about the mentee."""

    id: int
    sector: str | None
    profession: str | None
    career_objective: str | None
    languages: tuple[str, ...]
    city: str | None
    region: str | None
    wants_french_mentor: bool = False


@dataclass(frozen=True)
class MentorCandidate:
    """One possible mentor, with how many mentees they take and already have."""

    id: int
    sector: str | None
    profession: str | None
    languages: tuple[str, ...]
    city: str | None
    region: str | None
    employer: str | None
    capacity: int
    active_mentees: int

    @property
    def room(self) -> int:
        """How many more mentees this mentor can take (never below zero)."""
        return max(self.capacity - self.active_mentees, 0)


@dataclass(frozen=True)
class ProgrammeRules:
    """What the programme imposes: an employer-hosted programme names its employer."""

    employer: str | None = None


@dataclass(frozen=True)
class RankedMentor:
    """A candidate who may be suggested, and the reason ids behind their place."""

    mentor: MentorCandidate
    reasons: tuple[str, ...]
    key: tuple[int, ...]


def eligible(mentee: Mentee, mentor: MentorCandidate, rules: ProgrammeRules) -> bool:
    """Whether ``mentor`` may be suggested to ``mentee`` at all, whatever their score."""
    if mentor.id == mentee.id or mentor.room == 0:
        return False
    if rules.employer is not None:
        wanted = search_key(rules.employer)
        return wanted is not None and search_key(mentor.employer) == wanted
    return True


def rank_mentors(
    mentee: Mentee,
    candidates: Iterable[MentorCandidate],
    rules: ProgrammeRules,
    limit: int | None = None,
) -> tuple[RankedMentor, ...]:
    """Eligible candidates, best first, each with its reasons.

    Args:
        mentee: who is looking for a mentor.
        candidates: the pool, in any order (the result does not depend on it).
        rules: what the programme imposes (an employer for employer-hosted programmes).
        limit: keep only the first ``limit`` (``TOP`` for `/suggest`); ``None`` keeps all.
    """
    ranked = sorted(
        (
            _ranked(mentee, mentor, rules)
            for mentor in candidates
            if eligible(mentee, mentor, rules)
        ),
        key=lambda item: item.key,
    )
    return tuple(ranked if limit is None else ranked[:limit])


def _ranked(mentee: Mentee, mentor: MentorCandidate, rules: ProgrammeRules) -> RankedMentor:
    """Score one eligible mentor; the key sorts ascending, so better is more negative."""
    theirs = _codes(mentor.languages)
    french = mentee.wants_french_mentor and FRENCH in theirs
    sector = mentee.sector is not None and mentee.sector == mentor.sector
    profession = shared_words(mentee.profession, mentor.profession)
    objective = shared_words(objective_words(mentee.career_objective), mentor.profession)
    language = bool(_codes(mentee.languages) & theirs)
    city = _same(mentee.city, mentor.city)
    region = _same(mentee.region, mentor.region)
    employer = rules.employer is not None
    found = (french, sector, profession > 0, objective > 0, language, city, region, employer)
    reasons = tuple(reason for reason, hit in zip(REASONS, found, strict=True) if hit)
    key = (
        -french,
        -sector,
        -profession,
        -objective,
        -language,
        -city,
        -region,
        -mentor.room,
        mentor.id,
    )
    return RankedMentor(mentor=mentor, reasons=reasons, key=key)


def shared_words(words: str | None, profession: str | None) -> int:
    """How many of the significant words of ``words`` start a word of ``profession``.

    The connector search's rule (its ``stems``, matched at word starts): "engineer" meets
    "engineering", "ingénieur" meets "ingénieure"; each language meets only itself.
    """
    key = search_key(profession)
    if key is None:
        return 0
    return sum(1 for stem in stems(words) if f" {stem}" in key)


def objective_words(objective: str | None) -> str:
    """The words of a career objective that can name a profession ("work as a" left out)."""
    kept = (word for word in (search_key(objective) or "").split() if word not in OBJECTIVE_STOP)
    return " ".join(kept)


def _codes(languages: tuple[str, ...]) -> set[str]:
    """Spoken languages as comparable codes ("Français", "french" and "fr" are all "fr")."""
    return {language_code(item) for item in languages}


def _same(mine: str | None, theirs: str | None) -> bool:
    """Two places typed by people name the same one (case, accents and spacing aside)."""
    key = search_key(mine)
    return key is not None and key == search_key(theirs)
