"""Coordination: what programme staff run from the chat."""

from __future__ import annotations

from handlers.coordination import broadcast, exports, numbers, people
from handlers.coordination.stats import show_numbers
from handlers.core.feature import Command, Feature, MenuItem
from handlers.core.values import Role

COORDINATORS: frozenset[Role] = frozenset({"coordinator"})
PERSON = "coordination-usage-person"
ROLE = "coordination-usage-role"

FEATURE = Feature(
    name="coordination",
    builds_on=("registration", "meetings", "followup"),
    dialogues=(broadcast.BROADCAST,),
    menu=(
        MenuItem(id="coord:stats", label="menu-choice-stats", order=0, run=show_numbers,
                 roles=COORDINATORS),
    ),
    # Each description is coordination-command-<English name>. "revoke" would be an SMS opt-out
    # word (REVOKE), so taking a role away is "remove".
    commands=(
        Command(names={"en": "stats", "fr": "stats"}, about="telegram-command-stats",
                run=numbers.report, parse=numbers.parse_period, usage="numbers-usage-period",
                roles=COORDINATORS),
        Command(names={"en": "export", "fr": "exporter"}, about="numbers-command-export",
                run=exports.export, parse=exports.parse_export, usage="numbers-usage-export",
                roles=COORDINATORS),
        Command(names={"en": "broadcast", "fr": "diffuser"}, about="broadcast-command",
                run=broadcast.broadcast, parse=broadcast.parse_broadcast,
                usage=broadcast.USAGE, roles=COORDINATORS),
        Command(names={"en": "find", "fr": "chercher"}, about="coordination-command-find",
                run=people.find, parse=people.parse_text, usage="coordination-usage-find",
                roles=COORDINATORS),
        Command(names={"en": "who", "fr": "fiche"}, about="coordination-command-who",
                run=people.show, parse=people.parse_person, usage=PERSON, roles=COORDINATORS),
        Command(names={"en": "grant", "fr": "accorder"}, about="coordination-command-grant",
                run=people.grant, parse=people.parse_role_change, usage=ROLE,
                roles=COORDINATORS),
        Command(names={"en": "remove", "fr": "retirer"}, about="coordination-command-remove",
                run=people.revoke, parse=people.parse_role_change, usage=ROLE,
                roles=COORDINATORS),
        Command(names={"en": "pause", "fr": "pause"}, about="coordination-command-pause",
                run=people.pause, parse=people.parse_person, usage=PERSON, roles=COORDINATORS),
        Command(names={"en": "resume", "fr": "lever"}, about="coordination-command-resume",
                run=people.resume, parse=people.parse_person, usage=PERSON,
                roles=COORDINATORS),
        Command(names={"en": "audit", "fr": "journal"}, about="coordination-command-audit",
                run=people.audit, parse=people.parse_count, usage="coordination-usage-audit",
                roles=COORDINATORS),
    ),
    numbers=(numbers.people_and_meetings,),
    exports=exports.EXPORTS,
)  # fmt: skip
