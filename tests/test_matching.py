"""Ranking mentors for a mentee: a seeded pool in an order worked out by hand, and properties."""

from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from handlers.mentorship.matching.ranking import (
    TOP,
    Mentee,
    MentorCandidate,
    ProgrammeRules,
    RankedMentor,
    eligible,
    rank_mentors,
)

# Storage behaviour: runs on SQLite and again on PostgreSQL (see tests/conftest.py).
pytestmark = pytest.mark.postgresql

OPEN = ProgrammeRules()
MENTEE = Mentee(
    id=1,
    sector="2",
    profession="Civil engineer",
    career_objective="Work as a structural engineer in transportation",
    languages=("English", "Français"),
    city="Ottawa",
    region="Ottawa",
)


def mentor(
    id: int,
    profession: str,
    *,
    sector: str = "2",
    languages: tuple[str, ...] = ("en",),
    city: str = "Ottawa",
    region: str = "Ottawa",
    employer: str | None = None,
    capacity: int = 2,
    active: int = 0,
) -> MentorCandidate:
    """A mentor of the seeded pool; what is not said is the mentee's own sector and city."""
    return MentorCandidate(
        id=id,
        sector=sector,
        profession=profession,
        languages=languages,
        city=city,
        region=region,
        employer=employer,
        capacity=capacity,
        active_mentees=active,
    )


# Scores by hand (sector, profession words, objective words, language, city, region, room):
POOL = (
    mentor(10, "Civil Engineer"),  # 1, 2, 1, 1, 1, 1, 2
    mentor(11, "Structural engineer", languages=("fr",), city="Gatineau", capacity=1),
    # ^ 1, 1 (engineer), 2 (structural, engineer), 1 (fr), 0, 1, 1
    # v 1, 2, 1, 1, 0, 0, 3
    mentor(12, "Civil engineering technologist", city="Toronto", region="Toronto", capacity=3),
    mentor(13, "Civil engineer", sector="7"),  # 0, 2, ...: another sector comes after
    mentor(14, "Chemist"),  # 1, 0, 0, 1, 1, 1
    mentor(15, "Civil engineer", capacity=1, active=1),  # full: never suggested
    mentor(16, "Civil engineer", languages=("es",), capacity=1),  # 1, 2, 1, 0, 1, 1, 1
    mentor(1, "Civil engineer"),  # the mentee themself
)


def ids(ranked: tuple[RankedMentor, ...]) -> list[int]:
    """The mentor ids of a ranking, in its order."""
    return [item.mentor.id for item in ranked]


def test_the_seeded_pool_comes_out_in_the_order_worked_out_by_hand() -> None:
    ranked = rank_mentors(MENTEE, POOL, OPEN)
    assert ids(ranked) == [10, 12, 16, 11, 14, 13]
    assert ranked[0].reasons == (
        "same-sector",
        "close-profession",
        "objective",
        "shared-language",
        "same-city",
        "same-region",
    )
    assert ranked[3].reasons == (
        "same-sector",
        "close-profession",
        "objective",
        "shared-language",
        "same-region",
    )
    assert ranked[-1].reasons == ("close-profession", "objective", "shared-language",
                                  "same-city", "same-region")  # fmt: skip


def test_suggest_shows_the_top_five() -> None:
    assert ids(rank_mentors(MENTEE, POOL, OPEN, limit=TOP)) == [10, 12, 16, 11, 14]


def test_a_francophone_who_asks_gets_the_french_speaking_mentor_first() -> None:
    asks = Mentee(**{**MENTEE.__dict__, "wants_french_mentor": True})
    ranked = rank_mentors(asks, POOL, OPEN)
    assert ids(ranked) == [11, 10, 12, 16, 14, 13]
    assert ranked[0].reasons[0] == "french"
    # "Français" typed by a mentor counts as French too.
    typed = mentor(20, "Chemist", sector="5", languages=("Français",), city="Montréal")
    assert ids(rank_mentors(asks, (*POOL, typed), OPEN))[:2] == [11, 20]


def test_nobody_asked_for_french_so_french_is_only_a_shared_language() -> None:
    ranked = rank_mentors(MENTEE, POOL, OPEN)
    assert all("french" not in item.reasons for item in ranked)


def test_full_mentors_and_the_mentee_are_never_suggested() -> None:
    suggested = ids(rank_mentors(MENTEE, POOL, OPEN))
    assert 15 not in suggested
    assert 1 not in suggested
    overfull = mentor(30, "Civil engineer", capacity=1, active=3)
    assert overfull.room == 0
    assert rank_mentors(MENTEE, (overfull,), OPEN) == ()


def test_an_employer_hosted_programme_suggests_only_that_employers_mentors() -> None:
    city = ProgrammeRules(employer="City of Vancouver")
    pool = (
        mentor(40, "Civil engineer", employer="City of Vancouver"),
        mentor(41, "Civil engineer", employer="Vancouver Coastal Health"),
        mentor(42, "Planner", employer="  city of VANCOUVER "),
        mentor(43, "Civil engineer", employer=None),
        mentor(44, "Civil engineer", employer="City of Vancouver", capacity=1, active=1),
    )
    ranked = rank_mentors(MENTEE, pool, city)
    assert ids(ranked) == [40, 42]
    assert all("same-employer" in item.reasons for item in ranked)
    assert all("same-employer" not in item.reasons for item in rank_mentors(MENTEE, pool, OPEN))


def test_objective_words_count_even_when_the_professions_differ() -> None:
    nurse = Mentee(**{**MENTEE.__dict__, "profession": "Nurse", "sector": "3",
                      "career_objective": "Devenir ingénieure en structures"})  # fmt: skip
    pool = (mentor(50, "Ingénieur en structures"), mentor(51, "Infirmière"))
    ranked = rank_mentors(nurse, pool, OPEN)
    assert ids(ranked) == [50, 51]
    assert "objective" in ranked[0].reasons


def test_a_mentee_with_nothing_filled_in_still_gets_every_eligible_mentor() -> None:
    blank = Mentee(id=2, sector=None, profession=None, career_objective=None, languages=(),
                   city=None, region=None)  # fmt: skip
    ranked = rank_mentors(blank, POOL, OPEN)
    # Only room left, then the id, order them: three places for 12, two for 1, 10, 13, 14,
    # one for 11 and 16.
    assert ids(ranked) == [12, 1, 10, 13, 14, 11, 16]
    assert all(item.reasons == () for item in ranked)


WORDS = st.sampled_from(
    ["Civil engineer", "Ingénieure civile", "Nurse", "Chemist", "Planner", "", "é", "Ω𝔘"]
)
PLACES = st.sampled_from(["Ottawa", "Gatineau", "Toronto", "", None, "ÉCOLE"])
LANGS = st.lists(st.sampled_from(["en", "fr", "Français", "es", "Tagalog", "🙂"]), max_size=3)
EMPLOYERS = st.sampled_from(["City of Vancouver", "city of vancouver", "IEC-BC", None])


@st.composite
def pools(draw: st.DrawFn) -> tuple[MentorCandidate, ...]:
    """A pool with distinct ids, some full, some in other sectors or employers."""
    size = draw(st.integers(0, 12))
    found = draw(st.lists(st.integers(1, 60), min_size=size, max_size=size, unique=True))
    return tuple(
        MentorCandidate(
            id=number,
            sector=draw(st.sampled_from(["2", "3", None])),
            profession=draw(WORDS),
            languages=tuple(draw(LANGS)),
            city=draw(PLACES),
            region=draw(PLACES),
            employer=draw(EMPLOYERS),
            capacity=draw(st.integers(0, 3)),
            active_mentees=draw(st.integers(0, 3)),
        )
        for number in found
    )


@st.composite
def mentees(draw: st.DrawFn) -> Mentee:
    return Mentee(
        id=draw(st.integers(1, 60)),
        sector=draw(st.sampled_from(["2", "3", None])),
        profession=draw(WORDS),
        career_objective=draw(st.one_of(WORDS, st.text(max_size=40))),
        languages=tuple(draw(LANGS)),
        city=draw(PLACES),
        region=draw(PLACES),
        wants_french_mentor=draw(st.booleans()),
    )


@settings(max_examples=150, deadline=None)
@given(mentees(), pools(), st.sampled_from([None, "City of Vancouver"]), st.randoms())
def test_ranking_is_a_deterministic_permutation_of_the_eligible(
    mentee: Mentee, pool: tuple[MentorCandidate, ...], employer: str | None, rnd: random.Random
) -> None:
    rules = ProgrammeRules(employer=employer)
    ranked = rank_mentors(mentee, pool, rules)
    expected = sorted(item.id for item in pool if eligible(mentee, item, rules))
    assert sorted(ids(ranked)) == expected
    assert all(item.mentor.room > 0 and item.mentor.id != mentee.id for item in ranked)
    shuffled = list(pool)
    rnd.shuffle(shuffled)
    assert rank_mentors(mentee, shuffled, rules) == ranked
    assert rank_mentors(mentee, pool, rules, limit=TOP) == ranked[:TOP]
    if employer is not None:
        assert all((item.mentor.employer or "").lower() == "city of vancouver" for item in ranked)
