"""Matching, a mentorship's second stage (feature ``pairing``): a mentee and a mentor put together.

A coordinator asks for suggestions and proposes a match; both sides accept or decline within
seven days. The mentorship's own dates and target are kept on the pair, with the programme's
terms (``members.py``) as the starting point.
"""

from __future__ import annotations

from handlers.core.feature import Action, Command, Feature, JobKind
from handlers.core.values import Role
from handlers.meetings import by_id
from handlers.mentorship.matching.agreement import (
    AGREE,
    CHANGE,
    ask_change,
    confirm_agreement,
    open_agreement,
)
from handlers.mentorship.matching.match import (
    DECLINE,
    EXPIRY,
    accept,
    decline,
    expire_proposal,
    match,
    parse_match,
    parse_pair,
    read_proposal_answer,
    record_introduction,
)
from handlers.mentorship.matching.suggest import match_suggested, parse_mentee, suggest

COORDINATORS: frozenset[Role] = frozenset({"coordinator"})

FEATURE = Feature(
    name="pairing",
    package=__name__,
    builds_on=("registration", "meetings", "mentorship"),
    dialogues=(DECLINE, AGREE, CHANGE),
    commands=(
        Command(names={"en": "match", "fr": "jumeler"}, about="pairing-match-about",
                parse=parse_pair, usage="pairing-match-usage", run=match, roles=COORDINATORS),
        Command(names={"en": "suggest", "fr": "suggerer"}, about="pairing-suggest-about",
                parse=parse_mentee, usage="pairing-suggest-usage", run=suggest,
                roles=COORDINATORS),
        Command(names={"en": "introduced", "fr": "presentes"}, about="pairing-introduced-about",
                parse=parse_match, usage="pairing-introduced-usage", run=record_introduction,
                roles=COORDINATORS),
    ),
    actions=(
        # They come with the proposal, so they work in the middle of another dialogue too.
        Action("pairyes", by_id(accept), anytime=True),
        Action("pairno", by_id(decline), anytime=True),
        Action("pairmatch", match_suggested, roles=COORDINATORS),
        # The agreement: the mentee sets it out (again); the mentor confirms or asks a change.
        Action("pairagree", by_id(open_agreement), anytime=True),
        Action("pairok", by_id(confirm_agreement), anytime=True),
        Action("pairchange", by_id(ask_change), anytime=True),
    ),
    jobs=(
        # However late, a proposal nobody answered has lapsed; the coordinator is told once.
        JobKind(EXPIRY, expire_proposal),
    ),
    readers=(read_proposal_answer,),
)  # fmt: skip
