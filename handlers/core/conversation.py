"""The entry point for every inbound message, whatever the channel.

One inbound message is one transaction: it is logged (a duplicate delivery stops here), the
person's open dialogues are loaded, the message is routed, and the new state and every reply are
written together. A crash before the commit leaves no trace, so the channel's redelivery is
processed as new; a crash after it leaves the replies in the outbox for the sender.
"""

from __future__ import annotations

from datetime import timedelta
from enum import StrEnum

from handlers.core.commands import audit_refused, run_anytime_command, run_command
from handlers.core.config import HandlerConfig
from handlers.core.contact import on_shared_phone
from handlers.core.context import Ctx
from handlers.core.engine import Answer, DialogueEngine, Result
from handlers.core.help import commands_page, more_help
from handlers.core.keywords import carrier_keyword, typed_start_payload
from handlers.core.language import CHANGE_LANGUAGE, LANGUAGE_STEP
from handlers.core.menu import main_menu, on_menu_choice
from handlers.core.parsing import ascii_int, normalize, pick_from_menu
from handlers.core.ports import Clock, DialogueState, Store, Transaction
from handlers.core.registry import Registry
from handlers.core.values import Inbound, Participant, Reply
from handlers.core.words import Word, global_word

MINUTE = timedelta(minutes=1)
HOUR = timedelta(hours=1)
# The offer of help after repeated misses (handlers/core/engine.py).
STUCK = "dialogue-stuck"


class Outcome(StrEnum):
    """What became of an inbound message."""

    PROCESSED = "processed"
    DUPLICATE = "duplicate"  # the channel delivered it before
    EXPIRED = "expired"  # a tap on a keyboard that is no longer current
    IGNORED = "ignored"  # a second tap on a keyboard already used


class Conversation:
    """Routes inbound messages to global words, dialogues and menus."""

    def __init__(
        self, store: Store, clock: Clock, config: HandlerConfig, features: Registry
    ) -> None:
        self._store = store
        self._clock = clock
        self._config = config
        self._features = features
        self._engine = DialogueEngine({CHANGE_LANGUAGE.id: CHANGE_LANGUAGE, **features.dialogues})

    async def handle(self, inbound: Inbound) -> Outcome:
        """Process one inbound message in one transaction and say what became of it."""
        async with self._store.transaction() as tx:
            if not await tx.record_inbound(inbound):
                return Outcome.DUPLICATE
            outcome = Outcome.PROCESSED
            if inbound.menu_token is not None:
                token = await tx.consume_menu_token(inbound.address, inbound.menu_token)
                if token == "used":
                    return Outcome.IGNORED
                # A notification's button (accept a request, book another time) names what it
                # acts on and is checked there, so it stays valid after newer keyboards.
                lasting = self._features.anytime(inbound.choice)
                if token == "stale" and not lasting:
                    outcome = Outcome.EXPIRED
                    inbound = inbound.model_copy(update={"choice": "global:expired"})
            participant = await tx.participant_by_address(inbound.address)
            if participant is None:
                # A configured coordinator's first message: the role is seeded with the person.
                seeded = inbound.address in self._config.coordinators
                participant = await tx.create_participant(
                    inbound.address,
                    language=self._config.default_language,
                    timezone=self._config.default_timezone,
                    role="coordinator" if seeded else None,
                )
                await tx.audit(participant.id, "first-contact", inbound.address.channel)
            await tx.touch(participant.id)
            by_sms = inbound.carrier_keywords or inbound.address.channel == "sms"
            ctx = Ctx(tx, self._clock, self._config, inbound.address, participant, self._features,
                      by_sms=by_sms)  # fmt: skip
            await ctx.refresh_menu()
            keyword = carrier_keyword(inbound.text) if inbound.carrier_keywords else None
            if keyword == "stop":
                # The carrier confirms the opt-out itself; from now on nothing goes out here.
                await tx.set_address_status(inbound.address, "opted_out")
                await tx.audit(participant.id, "opted-out", inbound.address.channel)
                # If nothing else reaches them, what they had coming is cancelled (the store
                # schedules the person_gone job, wherever an address is lost).
                return outcome
            first: list[Reply] = []
            answer = await _answer_of(tx, inbound)
            status = await tx.address_status(inbound.address)
            if status == "unreachable":
                # A send was refused for good (the bot blocked on Telegram, a number Twilio
                # could not reach), yet here they are: they can be reached again. What was
                # queued when the refusal came was dropped then, with the reason; from now on
                # their replies go out as everyone's do.
                await tx.set_address_status(inbound.address, "ok")
                await tx.audit(participant.id, "reachable-again", inbound.address.channel)
            if status == "opted_out":
                if keyword != "start":
                    return Outcome.IGNORED
                await tx.set_address_status(inbound.address, "ok")
                await tx.audit(participant.id, "opted-in", inbound.address.channel)
                first, answer = [Reply(key="sms-resubscribed")], Answer(choice="global:continue")
            elif answer.choice is None and (held := await self._held_back(ctx)) is not None:
                # A tap, or a number from the last menu, is a person answering: never held.
                await tx.enqueue(ctx.participant, inbound.address, held)
                return Outcome.IGNORED
            state = await tx.load_dialogue(participant.id)
            ctx.frame = state.frames[-1] if state.frames else None
            if keyword == "help" and first == []:
                help_reply = self._programme_help(_before_language(participant, state))
                first, answer = [help_reply], Answer(choice="global:continue")
            replies = first + await self._route(ctx, state, answer, inbound)
            await tx.save_dialogue(participant.id, state)
            await tx.enqueue(ctx.participant, inbound.address, replies)
        return outcome

    def _programme_help(self, both_languages: bool) -> Reply:
        """What the bot is and how to reach the programme (the carriers' HELP answer)."""
        contact = self._config.programme_contact
        if both_languages:
            # No language chosen yet: like the welcome, it speaks both.
            return Reply(key="sms-help-both", args={"contact": contact or "none"})
        if contact:
            return Reply(key="sms-help", args={"contact": contact})
        return Reply(key="sms-help-no-contact")

    async def _current(self, ctx: Ctx, state: DialogueState) -> Reply:
        """The open question, or the menu when no dialogue is open."""
        return await self._engine.prompt(ctx, state) if state.frames else main_menu(ctx)

    async def _route(
        self, ctx: Ctx, state: DialogueState, answer: Answer, inbound: Inbound
    ) -> list[Reply]:
        """Decide what an answer means given where the person is."""
        if ctx.participant.status != "active" or state.frames:
            await audit_refused(ctx, answer.text)
        if ctx.participant.status != "active" and not state.frames:
            payload = inbound.start_payload or typed_start_payload(answer.text)
            if payload is None and answer.text is not None:
                # Someone not registered may answer a notification sent to them (an
                # invitation's "Non merci"); anything else starts registration.
                read = await self._features.read(ctx, answer.text)
                if isinstance(read, str):
                    acted = await self._act(ctx, state, read)
                    if acted is not None:
                        return acted
            return await self._start_registration(ctx, state, payload)
        if inbound.unsupported:
            return [Reply(key="dialogue-unsupported"), await self._current(ctx, state)]
        if inbound.shared_phone is not None:
            if self._engine.takes_contact(state):
                return await self._engine.answer(ctx, state, Answer(text=inbound.shared_phone))
            saved = await on_shared_phone(ctx, inbound.shared_phone)
            return [saved, await self._current(ctx, state)]
        word = global_word(answer.text, answer.choice)
        if state.paused and word not in (Word.HELP, Word.LANGUAGE):
            state.paused = False
            return [Reply(key="dialogue-resumed"), await self._engine.prompt(ctx, state)]
        if word is not None:
            return await self._on_word(ctx, state, word)
        if state.frames and self._features.anytime(answer.choice):
            # A notification's button pressed mid-dialogue: act on it, then resume (unless the
            # action opened a dialogue of its own, whose question it already asked).
            depth = len(state.frames)
            acted = await self._act(ctx, state, answer.choice or "")
            if acted is not None:
                if len(state.frames) > depth:
                    return acted
                return [*acted, await self._engine.prompt(ctx, state)]
        if state.frames and answer.text is not None:
            commanded = await run_anytime_command(ctx, answer.text)
            if commanded is not None:
                # WRITE 12 ... in the middle of a question: done, then the question again
                # (unless the command opened a dialogue of its own, which asked already).
                depth = len(state.frames)
                replies = await self._engine.run(ctx, state, commanded)
                if len(state.frames) > depth:
                    return replies
                return [*replies, await self._engine.prompt(ctx, state)]
        if state.frames:
            # Asked only for a choice: asking the question again may be costly (a search).
            if answer.choice is not None and not await self._engine.offers(
                ctx, state, answer.choice
            ):
                expired = Reply(key="dialogue-choice-expired")
                return [expired, await self._engine.prompt(ctx, state)]
            if answer.text is not None and await self._engine.refuses(ctx, state, answer):
                # "Oui merci" to a reminder that arrived mid-dialogue answers the reminder.
                read = await self._features.read(ctx, answer.text)
                if isinstance(read, str) and self._features.anytime(read):
                    depth = len(state.frames)
                    acted = await self._act(ctx, state, read)
                    if acted is not None:
                        if len(state.frames) > depth:
                            return acted
                        return [*acted, await self._engine.prompt(ctx, state)]
                # Text the question cannot read counts against the same hourly cap as text
                # the menu cannot: ten garbage texts to the language question drew twenty.
                if await self._unread_spent(ctx, inbound):
                    return []
            replies = await self._engine.answer(ctx, state, answer)
            if _before_language(ctx.participant, state) and any(
                reply.key == STUCK for reply in replies
            ):
                # Before a language is chosen every word is in both: not "Having trouble?" in
                # one of them, but the language question again, which speaks both.
                kept = [reply for reply in replies if reply.key != STUCK]
                return [*kept, await self._engine.prompt(ctx, state)]
            return replies
        if answer.choice is not None:
            helped = more_help(ctx, answer.choice)
            if helped is not None:
                return helped
            acted = await self._act(ctx, state, answer.choice)
            if acted is not None:
                return acted
            chosen = await on_menu_choice(ctx, answer.choice)
            if chosen is not None:
                return await self._engine.run(ctx, state, chosen)
            if not answer.choice.startswith("global:"):
                await ctx.tx.audit(ctx.participant.id, "choice-refused", answer.choice[:60])
            return [Reply(key="dialogue-choice-expired"), main_menu(ctx)]
        text = (answer.text or "").strip()
        # A deep link (/start CODE) or JOIN CODE from someone registered already: a feature
        # may know the code (an agency's referral to a programme).
        code = inbound.start_payload or typed_start_payload(text)
        redeemed = await self._features.redeem(ctx, code) if code else None
        if redeemed:  # an invitation's code leads nowhere once registered: read on
            return await self._engine.run(ctx, state, redeemed)
        if text.split(" ", 1)[0].split("@", 1)[0].lower() == "/start":
            return [main_menu(ctx)]
        commanded = await run_command(ctx, text)
        if commanded is not None:
            return await self._engine.run(ctx, state, commanded)
        read = await self._features.read(ctx, text)
        if isinstance(read, str):
            acted = await self._act(ctx, state, read)
            if acted is not None:
                return acted
        elif read is not None:
            return [read]  # the open question again, in one message
        if ascii_int(text.strip(" .")) is not None and not await ctx.tx.last_menu(ctx.address):
            # A number after a message that offered nothing ("Confirmed: ..."): the options.
            return [main_menu(ctx)]
        if await self._unread_spent(ctx, inbound):
            return []
        # One message, not two: the apology and the options to pick from.
        menu = main_menu(ctx)
        return [Reply(key="menu-not-understood", args=dict(menu.args), choices=menu.choices)]

    async def _held_back(self, ctx: Ctx) -> list[Reply] | None:
        """Past the per-minute limit: say once that the bot will answer shortly, then nothing.

        None when the message is within the limit and should be handled.
        """
        limit = self._config.inbound_per_minute
        if not limit:
            return None
        count = await ctx.tx.bump(ctx.participant.id, "inbound", MINUTE)
        if count <= limit:
            return None
        if count == limit + 1:
            await ctx.tx.audit(ctx.participant.id, "flood-held", ctx.address.channel)
            return [Reply(key="dialogue-slow-down")]
        return []

    async def _unread_spent(self, ctx: Ctx, inbound: Inbound) -> bool:
        """Whether this hour's SMS answers to unreadable text are spent (so it goes unanswered)."""
        limit = self._config.unread_per_hour
        if not limit or not inbound.carrier_keywords:
            return False
        return await ctx.tx.bump(ctx.participant.id, "unread", HOUR) > limit

    async def _act(self, ctx: Ctx, state: DialogueState, choice: str) -> list[Reply] | None:
        """Run the action a choice names; None when it names nothing this person may do."""
        result: Result | None = await self._features.act(ctx, choice)
        return None if result is None else await self._engine.run(ctx, state, result)

    async def _start_registration(
        self, ctx: Ctx, state: DialogueState, payload: str | None
    ) -> list[Reply]:
        """Welcome a new (or returning) person with the onboarding a feature provides."""
        state.paused = False
        onboarding = self._features.onboarding
        if onboarding is None:
            return [main_menu(ctx)]
        return await self._engine.run(ctx, state, await onboarding(ctx, payload))

    async def _on_word(self, ctx: Ctx, state: DialogueState, word: Word) -> list[Reply]:
        """Handle help, menu, back, language, leave and continue."""
        engine = self._engine
        if word is Word.EXPIRED:
            return [Reply(key="dialogue-choice-expired"), await self._current(ctx, state)]
        if word is Word.LANGUAGE:
            if state.frames and state.frames[-1].dialogue == CHANGE_LANGUAGE.id:
                return [await engine.prompt(ctx, state)]
            state.paused = False
            return await engine.start(ctx, state, CHANGE_LANGUAGE.id)
        if not state.frames:
            if word is Word.HELP:
                # Says how to ask for one's data to be deleted, as the consent text promises.
                contact = self._config.programme_contact or "none"
                return [Reply(key="help-general", args={"contact": contact}),
                        *commands_page(ctx, 0)]  # fmt: skip
            return [main_menu(ctx)]
        if word is Word.HELP and _before_language(ctx.participant, state):
            # The language question explains itself in both languages.
            return [Reply(key=engine.help(state)), await engine.prompt(ctx, state)]
        if word is Word.HELP:
            return [
                Reply(key=engine.help(state)),
                Reply(key="help-words"),
                await engine.prompt(ctx, state),
            ]
        if word is Word.BACK:
            return await engine.back(ctx, state)
        if word is Word.CONTINUE:
            return [await engine.prompt(ctx, state)]
        if ctx.participant.status != "active":
            state.paused = True
            return [Reply(key="registration-paused")]
        state.frames.clear()
        return [Reply(key="dialogue-left"), main_menu(ctx)]


def _before_language(participant: Participant, state: DialogueState) -> bool:
    """Whether the person has not chosen a language yet (so help must speak both)."""
    if participant.status == "active":
        return False
    return not state.frames or state.frames[-1].step == LANGUAGE_STEP


async def _answer_of(tx: Transaction, inbound: Inbound) -> Answer:
    """Turn an inbound message into an answer, mapping "2" to the last numbered menu sent."""
    if inbound.choice is not None or inbound.text is None:
        return Answer(text=inbound.text, choice=inbound.choice)
    menu = await tx.last_menu(inbound.address)
    word = global_word(inbound.text, None)
    if word is Word.LEAVE:
        # "Annuler" where the menu offers "Annuler la rencontre" does what the option does:
        # the person is answering the menu in front of them, not leaving the conversation.
        meant = [entry.id for entry in menu if _opens_with(entry.label, inbound.text)]
        if len(meant) == 1:
            return Answer(choice=meant[0])
    if word is not None:
        return Answer(text=inbound.text)
    picked = pick_from_menu(inbound.text, menu) if menu else None
    return Answer(text=None if picked else inbound.text, choice=picked)


def _opens_with(label: str, text: str) -> bool:
    """Whether a label's first word is ``text`` ("Annuler la rencontre" and "annuler")."""
    words = normalize(label).split(" ")
    return bool(words) and words[0] == normalize(text).lstrip("/")
