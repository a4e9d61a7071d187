"""``/broadcast <audience> <English text> | <French text>``: one message to many people.

The audience is everyone, the newcomers, the connectors, one sector, one city or the readers of
one language. Each person gets the text in their own language, so a missing language is asked
for (what was typed is kept). A preview then gives the number of people per language and
channel, those who cannot be reached, and what each text costs by SMS with the opt-out line
(by SMS the start of both texts comes just before it); only a confirmation queues the
messages, one per person through the outbox, which paces each provider. Opted-out, unreachable,
erased and unfinished people get nothing. The audit log has the audience and the count, never
the text. ``at 2026-12-10 09:00`` after the audience sends it then instead
(broadcast_later.py), and ``broadcast scheduled`` / ``broadcast cancel 7`` list and cancel
those still to leave.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from datetime import time as dt_time

from pydantic import AwareDatetime, BaseModel

from handlers.coordination import broadcast_later as later
from handlers.coordination.broadcast_ports import Audience, Reach, broadcast_store
from handlers.coordination.broadcast_send import (
    MESSAGE,
    audience_ref,
    audience_words,
    send_now,
)
from handlers.coordination.ports import LANGUAGE_NAMES
from handlers.core.context import Ctx
from handlers.core.engine import Answer, Dialogue, Invalid, Open, Result, Step
from handlers.core.parsing import ascii_int, clean_text, normalize, shorten
from handlers.core.values import (
    LANGUAGES,
    Address,
    ArgValue,
    Choice,
    Language,
    Reply,
    Segments,
    When,
)
from handlers.meetings.when import local_moment, parse_time
from handlers.registration.sectors import SECTOR_NAMES, SECTORS

MOST_CHARACTERS = 480
USAGE = "broadcast-usage"
ROLE_WORDS = {
    "mentees": "mentee", "mentee": "mentee", "newcomers": "mentee", "newcomer": "mentee",
    "nouveaux": "mentee", "arrivants": "mentee", "nouveaux-arrivants": "mentee",
    "connectors": "connector", "connector": "connector", "connecteurs": "connector",
    "connecteur": "connector", "connectrices": "connector",
}  # fmt: skip
ALL_WORDS = frozenset({"all", "everyone", "everybody", "tous", "toutes", "tout", "tlm"})
SECTOR_WORDS = frozenset({"sector", "secteur"})
CITY_WORDS = frozenset({"city", "ville"})
LANGUAGE_WORDS = frozenset({"language", "langue"})
# ``broadcast all at 2026-12-10 09:00 ...``; ``broadcast cancel 7``; ``broadcast scheduled``.
AT_WORDS = frozenset({"at", "a", "le", "on"})
DAY = re.compile(r"\d{4}-\d{2}-\d{2}", re.ASCII)
CANCEL_WORDS = frozenset({"cancel", "annuler"})
LIST_WORDS = frozenset({"scheduled", "planned", "prevues", "programmees"})
# By SMS, how much of each text is shown to recognise it by, "..." included.
TEXT_START = 43
# Words that give a text's language away: a text whose words are mostly the other language's
# is flagged in the preview (the French text typed as the English one).
FUNCTION_WORDS: dict[Language, frozenset[str]] = {
    "en": frozenset({"the", "and", "you", "your", "is", "are", "to", "of", "for", "with", "we",
                     "will", "our", "on", "at", "this", "please", "be", "in", "it"}),
    "fr": frozenset({"le", "la", "les", "et", "vous", "votre", "vos", "est", "sont", "de", "des",
                     "du", "pour", "avec", "nous", "notre", "sur", "a", "ce", "cette", "une",
                     "un", "merci", "au", "aux"}),
}  # fmt: skip


def looks_like(text: str) -> Language | None:
    """The language ``text`` reads as, by its small words; None when it does not tell."""
    words = normalize(text).replace("'", " ").split()
    hits = {lang: sum(word in FUNCTION_WORDS[lang] for word in words) for lang in LANGUAGES}
    best = max(LANGUAGES, key=lambda lang: hits[lang])
    others = max(hits[lang] for lang in LANGUAGES if lang != best)
    return best if hits[best] >= 2 and hits[best] >= 2 * others + 1 else None


class BroadcastAnswers(BaseModel):
    """The audience, the text in each language (None until given), when it is to leave (None:
    at once), and whether to send."""

    audience: Audience
    en: str | None = None
    fr: str | None = None
    at: AwareDatetime | None = None
    send: bool = False


class BroadcastAsk(BaseModel):
    """What was typed: the audience, both texts or ``only`` one (the typist's language), and
    the local day and time to send it on (``at 2026-12-10 09:00``), if any."""

    audience: Audience
    en: str | None = None
    fr: str | None = None
    only: str | None = None
    day: date | None = None
    time: dt_time | None = None


@dataclass(frozen=True)
class BroadcastCancel:
    """``broadcast cancel 7``: a scheduled broadcast not to send."""

    number: int


@dataclass(frozen=True)
class BroadcastList:
    """``broadcast scheduled``: the broadcasts still to leave."""


def _audience(words: list[str]) -> tuple[Audience, int] | None:
    """The audience the first words name, and how many words it took."""
    first = normalize(words[0]) if words else ""
    if first in ALL_WORDS:
        return Audience(kind="all"), 1
    if first in ROLE_WORDS:
        return Audience(kind="role", value=ROLE_WORDS[first]), 1
    if first in CITY_WORDS and len(words) > 1:
        return Audience(kind="city", value=words[1]), 2
    if first in LANGUAGE_WORDS and len(words) > 1 and normalize(words[1]) in LANGUAGE_NAMES:
        return Audience(kind="language", value=LANGUAGE_NAMES[normalize(words[1])]), 2
    taken = 1
    if first in SECTOR_WORDS and len(words) > 1:
        first, taken = normalize(words[1]), 2
    code = first if first in SECTORS else SECTOR_NAMES.get(first)
    return (Audience(kind="sector", value=code), taken) if code is not None else None


def _text(text: str) -> str | None:
    return clean_text(text, minimum=2, maximum=MOST_CHARACTERS)


def _when(words: list[str]) -> tuple[date, dt_time, int] | None:
    """``at 2026-12-10 09:00`` (``a``, ``à``, ``le``) at the start of ``words``: the local day
    and time, and how many words they took."""
    if len(words) < 3 or normalize(words[0]) not in AT_WORDS:
        return None
    try:
        day = date.fromisoformat(words[1]) if DAY.fullmatch(words[1]) else None
    except ValueError:
        return None
    at = parse_time(words[2])
    return (day, at, 3) if day is not None and at is not None else None


def parse_broadcast(text: str) -> BroadcastAsk | BroadcastCancel | BroadcastList | Invalid:
    """``mentees Hello | Bonjour``, ``tous Bonjour``, ``secteur sante Hello``,
    ``all at 2026-12-10 09:00 Hello | Bonjour``, ``cancel 7``, ``scheduled``."""
    words = text.split()
    first = normalize(words[0]) if words else ""
    if first in LIST_WORDS and len(words) == 1:
        return BroadcastList()
    if first in CANCEL_WORDS and len(words) == 2:
        number = ascii_int(words[1].removeprefix("#"))
        return BroadcastCancel(number) if number is not None else Invalid(USAGE)
    found = _audience(words)
    if found is None:
        return Invalid(USAGE)
    audience, taken = found
    when = _when(words[taken:])
    day, at = (when[0], when[1]) if when is not None else (None, None)
    taken += when[2] if when is not None else 0
    rest = " ".join(words[taken:])
    if "|" in rest:
        english, french = (_text(part) for part in rest.split("|", 1))
        if english is None or french is None:
            return Invalid(USAGE)
        return BroadcastAsk(audience=audience, en=english, fr=french, day=day, time=at)
    given = _text(rest)
    if given is None:
        return Invalid(USAGE)
    return BroadcastAsk(audience=audience, only=given, day=day, time=at)


async def broadcast(ctx: Ctx, ask: BroadcastAsk | BroadcastCancel | BroadcastList) -> Result:
    """Keep the text as the coordinator's language when only one was given, then preview (or
    cancel a scheduled broadcast, or list them)."""
    if isinstance(ask, BroadcastCancel):
        return await later.cancel(ctx, ask.number)
    if isinstance(ask, BroadcastList):
        return await later.listed(ctx, "-", 0)
    at = None
    if ask.day is not None and ask.time is not None:
        at = local_moment(ask.day, ask.time, ctx.participant.timezone)
        if at <= ctx.clock.now():
            return [Reply(key="broadcast-past", args={"at": When(at=at)})]
    answers = BroadcastAnswers(audience=ask.audience, en=ask.en, fr=ask.fr, at=at)
    if ask.only is not None:
        answers = answers.model_copy(update={ctx.participant.language: ask.only})
    reached = await broadcast_store(ctx.tx).reach(ask.audience)
    if not any(reach.channel is not None for reach in reached):
        return [Reply(key="broadcast-nobody", args={"audience": audience_ref(ask.audience)})]
    shown = texts_said(ctx, answers)
    return [*([shown] if shown is not None else []), Open(BROADCAST.id, answers)]


def texts_said(ctx: Ctx, answers: BroadcastAnswers) -> Reply | None:
    """By SMS, where the preview has no room for them, the start of both texts on their own,
    once both are known: the coordinator sees which text goes to which readers."""
    if not ctx.by_sms or answers.en is None or answers.fr is None:
        return None
    return Reply(key="broadcast-texts",
                 args={"en_text": shorten(answers.en, TEXT_START),
                       "fr_text": shorten(answers.fr, TEXT_START)})  # fmt: skip


def _missing(answers: BroadcastAnswers) -> Language | None:
    """The language still without a text."""
    return next((lang for lang in LANGUAGES if getattr(answers, lang) is None), None)


def ask_other(ctx: Ctx, answers: BroadcastAnswers) -> Reply:
    """Ask for the text in the language not given yet."""
    missing = _missing(answers) or "fr"
    return Reply(key="broadcast-ask-other", args={"language": missing})


def on_other(ctx: Ctx, answer: Answer) -> str | Invalid:
    """The text in the other language."""
    given = _text(answer.text or "")
    return given if given is not None else Invalid("broadcast-text-invalid",
                                                   {"most": MOST_CHARACTERS})  # fmt: skip


def save_other(answers: BroadcastAnswers, text: str) -> BroadcastAnswers:
    """Store the text as the missing language's."""
    return answers.model_copy(update={_missing(answers) or "fr": text})


def _counts(ctx: Ctx, reached: list[Reach]) -> dict[str, int]:
    """Recipients per language and channel, and those not reachable. A simulator persona
    counts as the SMS phone or the Telegram user it plays; ``sim`` counts the rest."""
    counts = {"total": 0, "unreachable": 0, "sim": 0}
    counts |= {f"{lang}_{channel}": 0 for lang in LANGUAGES for channel in ("sms", "telegram")}
    for reach in reached:
        if reach.channel is None:
            counts["unreachable"] += reach.count
            continue
        channel = reach.channel
        if reach.value is not None and ctx.config.rendering is not None:
            channel = ctx.config.rendering(Address(channel=reach.channel, value=reach.value))
        key = f"{reach.language}_{channel}"
        counts[key if key in counts else "sim"] += reach.count
        counts["total"] += reach.count
    return counts


async def preview(ctx: Ctx, answers: BroadcastAnswers) -> Reply:
    """Who would get it, per language and channel, and what each text costs by SMS."""
    reached = await broadcast_store(ctx.tx).reach(answers.audience)
    args: dict[str, ArgValue] = {
        "audience": audience_ref(answers.audience),
        **_counts(ctx, reached),
    }
    wrong = []
    for lang in LANGUAGES:
        text = getattr(answers, lang) or ""
        args[f"{lang}_text"] = text
        args[f"{lang}_segments"] = Segments(measure=MESSAGE, text=text, language=lang)
        read = looks_like(text)
        if read is not None and read != lang:
            wrong.append(lang)
    # A text that reads as the other language: say so before it goes to the wrong readers.
    args["mismatch"] = wrong[0] if len(wrong) == 1 else ("both" if wrong else "none")
    args["scheduled"] = "no" if answers.at is None else "yes"
    args["at"] = When(at=answers.at or ctx.clock.now())
    return Reply(
        key="broadcast-preview",
        args=args,
        choices=(
            Choice(id="broadcast:send", label="broadcast-send", means="yes"),
            Choice(id="broadcast:cancel", label="broadcast-cancel", means="no"),
        ),
    )


def on_confirm(ctx: Ctx, answer: Answer) -> bool | Invalid:
    """Send, or cancel."""
    if answer.choice in ("broadcast:send", "broadcast:cancel"):
        return answer.choice == "broadcast:send"
    return Invalid("broadcast-send-or-cancel")


async def finish(ctx: Ctx, answers: BroadcastAnswers) -> Result:
    """Queue one message per reachable person in their language, or drop it all."""
    allowed = "coordinator" in ctx.participant.roles  # not one whose role was taken meanwhile
    if not (answers.send and allowed) or answers.en is None or answers.fr is None:
        return [Reply(key="broadcast-cancelled")]
    texts: dict[Language, str] = {"en": answers.en, "fr": answers.fr}
    if answers.at is not None:
        return await later.schedule(ctx, answers.audience, texts, answers.at)
    queued = await send_now(ctx.tx, answers.audience, texts)
    audience = answers.audience
    await ctx.tx.audit(
        ctx.participant.id, "admin-broadcast", f"{audience_words(audience)} {queued}"
    )
    return [Reply(key="broadcast-queued",
                  args={"count": queued, "audience": audience_ref(audience)})]  # fmt: skip


BROADCAST: Dialogue[BroadcastAnswers] = Dialogue(
    id="coordination_broadcast",
    model=BroadcastAnswers,
    steps=(
        Step(
            id="ask-other-language",
            ask=ask_other,
            parse=on_other,
            save=save_other,
            help="broadcast-help-other",
            skip=lambda ctx, a: _missing(a) is None,
            said=texts_said,
        ),
        Step(
            id="confirm",
            ask=preview,
            parse=on_confirm,
            save=lambda a, v: a.model_copy(update={"send": v}),
            help="broadcast-send-or-cancel",
        ),
    ),
    finish=finish,
)
