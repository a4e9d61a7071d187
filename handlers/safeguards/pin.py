"""``/pin``: a coordinator sets their PIN, or another coordinator's, anywhere but by SMS."""

from __future__ import annotations

from pydantic import BaseModel

from handlers.coordination.ports import coordination_store
from handlers.core.context import Ctx
from handlers.core.engine import Invalid, Result
from handlers.core.parsing import ascii_int
from handlers.core.values import Reply
from handlers.safeguards.confirm import PIN
from handlers.safeguards.ports import pin_store


class PinSetting(BaseModel):
    """A PIN to set, for oneself (``who`` None) or for coordinator ``who``."""

    pin: str
    who: int | None = None


def parse_pin(text: str) -> PinSetting | Invalid:
    """``1234``, or ``#12 1234`` for another coordinator (4 to 8 digits)."""
    words = text.split()
    if len(words) == 1 and PIN.fullmatch(words[0]):
        return PinSetting(pin=words[0])
    if len(words) == 2 and PIN.fullmatch(words[1]):
        who = ascii_int(words[0].removeprefix("#"))
        if who is not None:
            return PinSetting(pin=words[1], who=who)
    return Invalid("safeguards-usage-pin")


async def set_pin(ctx: Ctx, setting: PinSetting) -> Result:
    """Set the PIN; never by SMS, where anyone may send a text from a coordinator's number."""
    if ctx.by_sms:
        await ctx.tx.audit(ctx.participant.id, "pin-refused-by-sms", "")
        return [Reply(key="safeguards-pin-by-sms")]
    who = setting.who if setting.who is not None else ctx.participant.id
    if who != ctx.participant.id:
        person = await coordination_store(ctx.tx).person(who)
        if person is None or "coordinator" not in person.roles:
            return [Reply(key="safeguards-not-coordinator", args={"id": who})]
    await pin_store(ctx.tx).set_pin(who, setting.pin)
    await ctx.tx.audit(ctx.participant.id, "pin-set", f"#{who}")
    if who != ctx.participant.id:
        return [Reply(key="safeguards-pin-set-for", args={"id": who})]
    return [Reply(key="safeguards-pin-set", args={"minutes": ctx.config.pin_minutes})]
