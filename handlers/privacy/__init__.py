"""Data rights for every participant: a copy of what is stored, and having it erased."""

from __future__ import annotations

from handlers.core.feature import Action, Command, Feature, JobKind, MenuItem, always
from handlers.core.values import Role
from handlers.privacy.erase import DELETE_ME, FORGET, erase_command, forget, parse_person
from handlers.privacy.mydata import my_data, on_data_choice

COORDINATORS: frozenset[Role] = frozenset({"coordinator"})

FEATURE = Feature(
    name="privacy",
    package=__name__,
    builds_on=("registration", "meetings", "coordination"),
    dialogues=(DELETE_ME,),
    actions=(Action(kind="datahelp", run=on_data_choice),),
    # After the profile: one entry, whose answer offers the copy's follow-up and deletion,
    # so every person's SMS menu grows by one line only.
    menu=(MenuItem(id="menu:my-data", label="privacy-menu-my-data", order=60, run=my_data),),
    commands=(
        Command(names={"en": "erase", "fr": "effacer"}, about="privacy-command-erase",
                run=erase_command, parse=parse_person, usage="privacy-usage-erase",
                roles=COORDINATORS, confirm=always),
    ),
    # However late: a day after an erasure, the address goes for good.
    jobs=(JobKind(kind=FORGET, run=forget),),
)  # fmt: skip
