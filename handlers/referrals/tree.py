"""The chain as a tree, for coordinators: first meetings, their referrals, the meetings those
led to, and theirs, down the generations.

Read for one newcomer at a time, with bounded queries (their meetings and referrals), then
assembled in memory. The text is names, dates and status marks, so it reads the same in both
languages; the legend and the summary come from the catalogue.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from handlers.core.context import Ctx
from handlers.core.engine import Invalid, Result
from handlers.core.parsing import ascii_int
from handlers.core.values import Reply, TreeNode, TreePicture
from handlers.referrals.ports import referral_store
from handlers.referrals.values import ChainMeeting, Referral

LIMIT = 100
MARKS = {
    "held": "✓", "met": "✓", "joined": "+", "confirmed": "…", "requested": "…",
    "suggested": "…", "given": "…", "contacted": "☎", "invited": "✉",
    "declined": "✗", "expired": "✗", "cancelled": "✗", "no_show": "✗",
}  # fmt: skip


@dataclass
class Chain:
    """What a newcomer's chain holds."""

    lines: list[str] = field(default_factory=list)
    nodes: list[TreeNode] = field(default_factory=list)
    generations: int = 0
    people: set[str] = field(default_factory=set)
    meetings: int = 0
    jobs: int = 0


def colour(status: str) -> Literal["met", "waiting", "ended"]:
    """How a meeting or referral status is coloured in the picture."""
    if status in ("held", "met", "joined", "contacted"):
        return "met"
    return "ended" if MARKS.get(status) == "✗" else "waiting"


def parse_participant(text: str) -> int | Invalid:
    """The argument of /chain: a participant id."""
    number = ascii_int(text.strip())
    return number if number is not None else Invalid("referrals-chain-usage")


async def build(ctx: Ctx, mentee_id: int) -> Chain:
    """Walk the newcomer's meetings and referrals into indented lines."""
    store = referral_store(ctx.tx)
    meetings = await store.chain_meetings(mentee_id, LIMIT)
    given = await store.for_mentee(mentee_id, LIMIT)
    chain = Chain()
    ours = {r.id for r in given}
    jobs = await store.jobs_for(mentee_id, LIMIT)
    chain.jobs = len(jobs)
    credited = {("m", j.meeting_id) for j in jobs} | {("r", j.referral_id) for j in jobs}

    def star(kind: str, node: int) -> str:
        return " ★" if (kind, node) in credited else ""

    async def meeting(m: ChainMeeting, depth: int) -> None:
        connector = await ctx.tx.participant(m.connector_id)
        mark = MARKS.get(m.status, "?")
        chain.lines.append(
            f"{'  ' * depth}● {connector.name}, {m.starts_at.date()} {mark}{star('m', m.id)}"
        )
        chain.nodes.append(
            TreeNode(depth=depth, label=connector.name or "", when=m.starts_at.date(),
                     status=colour(m.status), star=bool(star("m", m.id)))
        )  # fmt: skip
        if m.status == "held":
            chain.meetings += 1
            chain.people.add(f"p:{m.connector_id}")
            chain.generations = max(chain.generations, depth // 2 + 1)
        for r in given:
            if r.meeting_id == m.id:
                await referral(r, depth + 1)

    async def referral(r: Referral, depth: int) -> None:
        outside = " ↗" if r.kind == "outside" else ""
        mark = MARKS.get(r.status, "?")
        chain.lines.append(f"{'  ' * depth}→ {r.name}{outside} {mark}{star('r', r.id)}")
        chain.nodes.append(
            TreeNode(depth=depth, label=f"→ {r.name}{outside}", when=r.created_at.date(),
                     status=colour(r.status), star=bool(star("r", r.id)))
        )  # fmt: skip
        chain.people.add(f"p:{r.person_id}" if r.person_id else f"r:{r.id}")
        for m in meetings:
            if m.referral_id == r.id:
                await meeting(m, depth + 1)

    for m in meetings:
        if m.referral_id is None or m.referral_id not in ours:
            await meeting(m, 0)
    return chain


async def show_chain(ctx: Ctx, participant_id: int) -> Result:
    """``/chain <id>``: a newcomer's chain (on SMS, the summary only)."""
    if not await referral_store(ctx.tx).known(participant_id):
        return [Reply(key="referrals-chain-unknown", args={"id": participant_id})]
    person = await ctx.tx.participant(participant_id)
    chain = await build(ctx, person.id)
    name = person.name or str(person.id)
    picture = TreePicture(title="referrals-picture-title", args={"name": name},
                          nodes=tuple(chain.nodes))  # fmt: skip
    return [
        Reply(
            picture=picture if chain.nodes else None,
            key="referrals-chain",
            args={
                "name": name,
                "generations": chain.generations,
                "people": len(chain.people),
                "meetings": chain.meetings,
                "jobs": chain.jobs,
                "tree": "\n".join(chain.lines) or "-",
            },
        )
    ]
