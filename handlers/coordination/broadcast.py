"""``/broadcast <audience> <English text> | <French text>``: one message to many people.

The audience is everyone, the newcomers, the connectors, or one sector. Each person gets the
text in their own language, so a missing language is asked for (what was typed is kept). A
preview then gives the number of people per language and channel, those who cannot be reached,
and what each text costs by SMS with the opt-out line; only a confirmation queues the messages,
one per person through the outbox, which paces each provider. Opted-out, unreachable, erased
and unfinished people get nothing. The audit log has the audience and the count, never the text.
"""

from __future__ import annotations

from pydantic import BaseModel

from handlers.coordination.broadcast_ports import Audience, Reach, broadcast_store
from handlers.coordination.ports import LANGUAGE_NAMES
from handlers.core.context import Ctx
from handlers.core.engine import Answer, Dialogue, Invalid, Open, Result, Step
from handlers.core.parsing import clean_text, normalize
from handlers.core.values import LANGUAGES, ArgValue, Choice, Language, Ref, Reply, Segments
from handlers.registration.sectors import SECTOR_NAMES, SECTORS

MESSAGE = "broadcast-message"
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
ROLE_NAMES = {"mentee": "broadcast-audience-mentees", "connector": "broadcast-audience-connectors"}
CITY_WORDS = frozenset({"city", "ville"})
LANGUAGE_WORDS = frozenset({"language", "langue"})
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
    """The audience, the text in each language (None until given), and whether to send."""

    audience: Audience
    en: str | None = None
    fr: str | None = None
    send: bool = False


class BroadcastAsk(BaseModel):
    """What was typed: the audience, and both texts or ``only`` one (the typist's language)."""

    audience: Audience
    en: str | None = None
    fr: str | None = None
    only: str | None = None


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


def parse_broadcast(text: str) -> BroadcastAsk | Invalid:
    """``mentees Hello | Bonjour``, ``tous Bonjour``, ``secteur sante Hello``."""
    words = text.split()
    found = _audience(words)
    if found is None:
        return Invalid(USAGE)
    audience, taken = found
    rest = " ".join(words[taken:])
    if "|" in rest:
        english, french = (_text(part) for part in rest.split("|", 1))
        if english is None or french is None:
            return Invalid(USAGE)
        return BroadcastAsk(audience=audience, en=english, fr=french)
    given = _text(rest)
    return Invalid(USAGE) if given is None else BroadcastAsk(audience=audience, only=given)


def audience_ref(audience: Audience) -> Ref | str:
    """Name the audience in the reader's language."""
    if audience.kind == "sector":
        return Ref(key=SECTORS[audience.value])
    if audience.kind == "role":
        return Ref(key=ROLE_NAMES[audience.value])
    if audience.kind == "language":
        return Ref(key=f"broadcast-audience-language-{audience.value}")
    if audience.kind == "city":
        return audience.value
    return Ref(key="broadcast-audience-all")


async def broadcast(ctx: Ctx, ask: BroadcastAsk) -> Result:
    """Keep the text as the coordinator's language when only one was given, then preview."""
    answers = BroadcastAnswers(audience=ask.audience, en=ask.en, fr=ask.fr)
    if ask.only is not None:
        answers = answers.model_copy(update={ctx.participant.language: ask.only})
    reached = await broadcast_store(ctx.tx).reach(ask.audience)
    if not any(reach.channel is not None for reach in reached):
        return [Reply(key="broadcast-nobody", args={"audience": audience_ref(ask.audience)})]
    return [Open(BROADCAST.id, answers)]


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


def _counts(reached: list[Reach]) -> dict[str, int]:
    """Recipients per language and channel (the simulator's apart), and those not reachable."""
    counts = {"total": 0, "unreachable": 0, "sim": 0}
    counts |= {f"{lang}_{channel}": 0 for lang in LANGUAGES for channel in ("sms", "telegram")}
    for reach in reached:
        if reach.channel is None:
            counts["unreachable"] += reach.count
            continue
        key = f"{reach.language}_{reach.channel}"
        counts[key if key in counts else "sim"] += reach.count
        counts["total"] += reach.count
    return counts


async def preview(ctx: Ctx, answers: BroadcastAnswers) -> Reply:
    """Who would get it, per language and channel, and what each text costs by SMS."""
    reached = await broadcast_store(ctx.tx).reach(answers.audience)
    args: dict[str, ArgValue] = {"audience": audience_ref(answers.audience), **_counts(reached)}
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
    replies = {lang: Reply(key=MESSAGE, args={"text": getattr(answers, lang)})
               for lang in LANGUAGES}  # fmt: skip
    queued = await broadcast_store(ctx.tx).queue(answers.audience, replies)
    audience = answers.audience
    who = f"{audience.kind} {audience.value}".strip()
    await ctx.tx.audit(ctx.participant.id, "admin-broadcast", f"{who} {queued}")
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
