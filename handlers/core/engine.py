"""The guided-dialogue engine.

A dialogue is data: an ordered tuple of steps, each with a stable string id, a prompt, a parser
that turns what the person sent into a value (or an ``Invalid`` hint), and a function that stores
the value in the dialogue's pydantic answers model. The open dialogues of a person are a stack of
``Frame`` rows persisted with every message, so a restart resumes at the same question and no
earlier answer is lost. Step ids are stored in the database: add new ones, never rename them.

``Invalid``, ``Open`` and ``Result`` are defined in results.py, since modules the engine builds
on use them too; features import them from here, with the rest of a dialogue's vocabulary.
"""

from __future__ import annotations

import inspect
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from pydantic import BaseModel

from handlers.core.context import Ctx
from handlers.core.ports import DialogueState, Frame
from handlers.core.results import Invalid as Invalid
from handlers.core.results import Open as Open
from handlers.core.results import Result as Result
from handlers.core.values import Choice, Reply

A = TypeVar("A", bound=BaseModel)
V = TypeVar("V")

MAX_MISSES = 3


@dataclass(frozen=True)
class Answer:
    """What the person sent for the current step: free text or a choice id."""

    text: str | None = None
    choice: str | None = None


@dataclass(frozen=True)
class Step(Generic[A, V]):
    """One question of a dialogue."""

    id: str
    ask: Callable[[Ctx, A], Reply | Awaitable[Reply]]
    # A parser may be async when what an answer means depends on stored state (the menu sent).
    parse: Callable[[Ctx, Answer], V | Invalid | Awaitable[V | Invalid]]
    save: Callable[[A, V], A]
    help: str
    skip: Callable[[Ctx, A], bool] | None = None
    next: Callable[[A], str | None] | None = None
    # Checks the saved answers against the database; a problem re-asks with its hint.
    check: Callable[[Ctx, A], Awaitable[Invalid | None]] | None = None
    # Said back after a valid answer, before what comes next ("Thunder Bay: Eastern time").
    said: Callable[[Ctx, A], Reply | None] | None = None
    # Whether the question still offers a choice id, for steps whose question is costly to
    # ask again (a search): without it, a picked choice is checked by asking the question.
    offers: Callable[[Ctx, A, str], Awaitable[bool]] | None = None
    # Whether a number shared with Telegram's contact button answers this question (a
    # question asking for a phone number); elsewhere a shared number is kept as the person's.
    takes_contact: bool = False


@dataclass(frozen=True)
class Dialogue(Generic[A]):
    """A named sequence of steps and what to do with the complete answers."""

    id: str
    model: type[A]
    steps: tuple[Step[A, Any], ...]
    finish: Callable[[Ctx, A], Awaitable[Result]]
    after_step: Callable[[Ctx, A, str], Awaitable[None]] | None = None
    # Fills in, when the dialogue opens, what its answers learn from the database (whether a
    # step is needed at all), since ``skip`` cannot wait for it.
    prepare: Callable[[Ctx, A], Awaitable[A]] | None = None
    # Told once of each answer a step refused (parsers may run more than once per message,
    # so they must not write; this may).
    on_miss: Callable[[Ctx, A, str], Awaitable[None]] | None = None

    def step(self, step_id: str) -> Step[A, Any]:
        """Return the step called ``step_id``."""
        for step in self.steps:
            if step.id == step_id:
                return step
        raise KeyError(f"{self.id} has no step {step_id!r}")

    def following(self, ctx: Ctx, answers: A, step_id: str | None) -> str | None:
        """Return the step after ``step_id`` (the first when None), honouring skips."""
        candidate = self.steps[0].id if step_id is None else self.following_raw(step_id, answers)
        while candidate is not None:
            step = self.step(candidate)
            if step.skip is None or not step.skip(ctx, answers):
                return candidate
            candidate = self.following_raw(candidate, answers)
        return None

    def following_raw(self, step_id: str, answers: A) -> str | None:
        """Return the step after ``step_id`` without applying skips."""
        current = self.step(step_id)
        if current.next is not None:
            return current.next(answers)
        index = self.steps.index(current) + 1
        return self.steps[index].id if index < len(self.steps) else None


class DialogueEngine:
    """Runs dialogues from a registry against a person's persisted ``DialogueState``."""

    def __init__(self, dialogues: Mapping[str, Dialogue[Any]]) -> None:
        self._dialogues = dict(dialogues)

    def dialogue(self, dialogue_id: str) -> Dialogue[Any]:
        """Return the registered dialogue ``dialogue_id``."""
        return self._dialogues[dialogue_id]

    def answers(self, frame: Frame) -> BaseModel:
        """Return the frame's answers as the dialogue's pydantic model."""
        answers: BaseModel = self.dialogue(frame.dialogue).model.model_validate(frame.answers)
        return answers

    async def start(
        self, ctx: Ctx, state: DialogueState, dialogue_id: str, answers: BaseModel | None = None
    ) -> list[Reply]:
        """Open ``dialogue_id`` on top of the stack and ask its first question. The same
        dialogue open on top already (a week's log left at its topics when the next week is
        answered) is replaced, not stacked: it would come back, stale, once the new one ends."""
        if state.frames and state.frames[-1].dialogue == dialogue_id:
            state.frames.pop()
        dialogue = self.dialogue(dialogue_id)
        model = answers if answers is not None else dialogue.model()
        if dialogue.prepare is not None:
            model = await dialogue.prepare(ctx, model)
        first = dialogue.following(ctx, model, None)
        if first is None:
            return await self.run(ctx, state, await dialogue.finish(ctx, model))
        state.frames.append(
            Frame(dialogue=dialogue_id, step=first, answers=model.model_dump(mode="json"))
        )
        return [await self.prompt(ctx, state)]

    async def prompt(self, ctx: Ctx, state: DialogueState) -> Reply:
        """Return the current question of the top dialogue."""
        frame = state.frames[-1]
        dialogue = self.dialogue(frame.dialogue)
        asked = dialogue.step(frame.step).ask(ctx, self.answers(frame))
        return await asked if inspect.isawaitable(asked) else asked

    def help(self, state: DialogueState) -> str:
        """Return the help message id of the current step."""
        frame = state.frames[-1]
        return self.dialogue(frame.dialogue).step(frame.step).help

    def takes_contact(self, state: DialogueState) -> bool:
        """Whether the current question asks for a phone number a contact button can share."""
        if not state.frames:
            return False
        frame = state.frames[-1]
        return self.dialogue(frame.dialogue).step(frame.step).takes_contact

    async def choice_ids(self, ctx: Ctx, state: DialogueState) -> frozenset[str]:
        """Return the ids of the choices the current question offers."""
        return frozenset(choice.id for choice in (await self.prompt(ctx, state)).choices)

    async def offers(self, ctx: Ctx, state: DialogueState, choice: str) -> bool:
        """Whether the current question offers ``choice`` (its step's own check, if any)."""
        frame = state.frames[-1]
        step = self.dialogue(frame.dialogue).step(frame.step)
        if step.offers is not None:
            return await step.offers(ctx, self.answers(frame), choice)
        return choice in await self.choice_ids(ctx, state)

    async def refuses(self, ctx: Ctx, state: DialogueState, answer: Answer) -> bool:
        """Whether the current step's parser would refuse ``answer`` (nothing is stored)."""
        frame = state.frames[-1]
        step = self.dialogue(frame.dialogue).step(frame.step)
        parsed = step.parse(ctx, answer)
        value = await parsed if inspect.isawaitable(parsed) else parsed
        return isinstance(value, Invalid)

    async def answer(self, ctx: Ctx, state: DialogueState, answer: Answer) -> list[Reply]:
        """Validate and store an answer to the current step, then ask the next question."""
        frame = state.frames[-1]
        dialogue = self.dialogue(frame.dialogue)
        step = dialogue.step(frame.step)
        parsed = step.parse(ctx, answer)
        value = await parsed if inspect.isawaitable(parsed) else parsed
        answers = None
        if not isinstance(value, Invalid):
            answers = step.save(dialogue.model.model_validate(frame.answers), value)
            if step.check is not None:
                value = await step.check(ctx, answers) or value
        if isinstance(value, Invalid) or answers is None:
            assert isinstance(value, Invalid)
            # Nothing is stored from a refused answer; earlier answers stay as they were.
            frame.misses += 1
            if dialogue.on_miss is not None:
                await dialogue.on_miss(ctx, dialogue.model.model_validate(frame.answers), step.id)
            hint = Reply(key=value.hint, args=dict(value.args))
            if frame.misses >= MAX_MISSES:
                frame.misses = 0
                return [hint, stuck_reply()]
            return [hint, await self.prompt(ctx, state)]
        frame.answers = answers.model_dump(mode="json")
        frame.misses = 0
        if dialogue.after_step is not None:
            await dialogue.after_step(ctx, answers, step.id)
        told = step.said(ctx, answers) if step.said is not None else None
        replies = [] if told is None else [told]
        following = dialogue.following(ctx, answers, step.id)
        if following is not None:
            frame.history.append(step.id)
            frame.step = following
            return [*replies, await self.prompt(ctx, state)]
        state.frames.pop()
        depth = len(state.frames)
        replies += await self.run(ctx, state, await dialogue.finish(ctx, answers))
        if depth and len(state.frames) == depth:
            # Back to the dialogue underneath (unless ``finish`` opened a new one).
            replies.append(await self.prompt(ctx, state))
        return replies

    async def run(self, ctx: Ctx, state: DialogueState, result: Result) -> list[Reply]:
        """Turn a handler's result into replies, opening the dialogues it asks for."""
        replies: list[Reply] = []
        for item in result:
            if isinstance(item, Open):
                replies += await self.start(ctx, state, item.dialogue, item.answers)
            else:
                replies.append(item)
        return replies

    async def back(self, ctx: Ctx, state: DialogueState) -> list[Reply]:
        """Go back one question, keeping every answer given so far."""
        frame = state.frames[-1]
        if not frame.history:
            return [Reply(key="dialogue-at-first-question"), await self.prompt(ctx, state)]
        frame.step = frame.history.pop()
        frame.misses = 0
        return [await self.prompt(ctx, state)]


def saves(field: str) -> Callable[[Any, Any], Any]:
    """A step saver that stores the parsed value in the answers' ``field``."""
    return lambda answers, value: answers.model_copy(update={field: value})


def stuck_reply() -> Reply:
    """Offer help and the menu after repeated misses."""
    return Reply(
        key="dialogue-stuck",
        choices=(
            Choice(id="global:help", label="dialogue-choice-help"),
            Choice(id="global:continue", label="dialogue-choice-continue"),
            Choice(id="global:menu", label="dialogue-choice-menu"),
        ),
    )
