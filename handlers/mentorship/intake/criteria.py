"""Eligibility: reading typed levels and years, and which criteria the answers miss.

The criteria are the Ottawa Career Mentoring Program's (``../shared/domain/004_*``): mentees are
landed immigrants or convention refugees, internationally educated, at CLB 5 or higher, living
in the region, with a Job Search Workshop or equivalent behind them and a resume ready; mentors
have worked in the region for at least two years, have contacts in professional networks and
commit to the programme's time. Each programme picks its questions and thresholds in the
programmes file.
"""

from __future__ import annotations

import re

from handlers.core.parsing import normalize
from handlers.core.programmes import Programme
from handlers.mentorship.intake.values import NOT_ASSESSED, IntakeAnswers

# Digits as ASCII (full-width ones mapped); never str.isdigit(), which accepts "²".
_FULL_WIDTH = str.maketrans(
    "\uff10\uff11\uff12\uff13\uff14\uff15\uff16\uff17\uff18\uff19", "0123456789"
)
_NUMBER = re.compile(r"(?<![0-9])[0-9]{1,3}(?![0-9])")
_NOT_ASSESSED = frozenset(
    {
        "not assessed",
        "not yet",
        "none",
        "no",
        "never",
        "dont know",
        "i dont know",
        "unknown",
        "non evalue",
        "pas evalue",
        "pas encore",
        "aucun",
        "aucune",
        "non",
        "jamais",
        "je ne sais pas",
        "inconnu",
    }
)
_NO_YEARS = frozenset({"none", "no", "zero", "aucune", "aucun", "non", "zero an"})
_NUMBER_WORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "un": 1,
    "une": 1,
    "deux": 2,
    "trois": 3,
    "quatre": 4,
    "cinq": 5,
    "sept": 7,
    "huit": 8,
    "neuf": 9,
    "dix": 10,
}
# The words a typed level may come with: "CLB 7", "NCLC 6", "niveau 5", "level 8".
_LEVEL_WORDS = frozenset({"clb", "nclc", "level", "niveau", "lvl", "benchmark"})
MAX_CLB = 12
MAX_YEARS = 60


def _numbers(text: str) -> list[int]:
    """The ASCII numbers in ``text`` (full-width digits count; "²" and "٣" do not)."""
    return [int(n) for n in _NUMBER.findall(text.translate(_FULL_WIDTH))]


def parse_clb(text: str) -> int | None:
    """A CLB (NCLC) level from 1 to 12, 0 for "not assessed", or None when unreadable.

    Levels are given per skill ("CLB 7 speaking, 6 writing"); the lowest is the one a programme
    can count on, so several numbers read as the lowest.
    """
    word = normalize(text)
    if word in _NOT_ASSESSED:
        return NOT_ASSESSED
    numbers = _numbers(text)
    rest = re.sub(r"[0-9\uff10-\uff19]+", " ", word)
    words = set(re.findall(r"[a-z]+", rest))
    if not numbers or len(numbers) > 4 or not numbers_only_with(words):
        return None
    if any(not 1 <= n <= MAX_CLB for n in numbers):
        return None
    return min(numbers)


def numbers_only_with(words: set[str]) -> bool:
    """Whether the words around typed levels are ones a level comes with."""
    allowed = _LEVEL_WORDS | {
        "in",
        "en",
        "for",
        "pour",
        "and",
        "et",
        "or",
        "ou",
        "speaking",
        "listening",
        "reading",
        "writing",
        "oral",
        "ecrit",
        "lecture",
        "ecriture",
        "expression",
        "comprehension",
        "about",
        "environ",
    }
    return words <= allowed


def parse_years(text: str) -> int | None:
    """Years of work from "5", "5 years", "10+", "2 ans", "five"; None when unreadable."""
    word = normalize(text)
    if word in _NO_YEARS:
        return 0
    words = re.findall(r"[a-z]+", word)
    numbers = _numbers(text) + [_NUMBER_WORDS[w] for w in words if w in _NUMBER_WORDS]
    extra = (
        set(words)
        - set(_NUMBER_WORDS)
        - {
            "years",
            "year",
            "yrs",
            "yr",
            "ans",
            "an",
            "annees",
            "annee",
            "about",
            "over",
            "more",
            "than",
            "environ",
            "plus",
            "de",
            "around",
            "almost",
            "presque",
            "in",
            "en",
            "ontario",
            "canada",
            "here",
            "ici",
            "a",
            "little",
            "un",
            "peu",
        }
    )
    if len(numbers) != 1 or extra or numbers[0] > MAX_YEARS:
        return None
    return numbers[0]


def missing(programme: Programme, answers: IntakeAnswers) -> tuple[str, ...]:
    """The programme's criteria the answers do not meet, in the programme's order."""
    rules = programme.eligibility
    if answers.role == "mentor":
        met = {
            "years": (answers.years or 0) >= rules.min_years,
            "networks": bool(answers.networks),
            "employer": answers.employer is True,
            "commitment": answers.commitment is True,
        }
        return tuple(q for q in rules.mentor if not met.get(q, True))
    met = {
        "status": answers.status in ("pr", "refugee"),
        "education": answers.educated is True,
        "clb": (answers.clb or NOT_ASSESSED) >= rules.min_clb,
        "region": answers.region is True,
        "workshop": answers.workshop is True,
        "resume": answers.resume is True,
    }
    return tuple(q for q in rules.mentee if not met.get(q, True))
