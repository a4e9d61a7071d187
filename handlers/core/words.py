"""Global words that work in every step, in both languages and on every channel."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum

from handlers.core.parsing import normalize
from handlers.core.values import Language


class Word(StrEnum):
    """What a global word asks for."""

    HELP = "help"
    MENU = "menu"
    BACK = "back"
    LANGUAGE = "language"
    LEAVE = "leave"
    CONTINUE = "continue"
    # A tap on a keyboard that is no longer current (sent by channels, never typed).
    EXPIRED = "expired"


# SMS carriers treat CANCEL, STOP, END and QUIT as opt-out words, so SMS prompts point people to
# MENU to leave a dialogue; cancel/annuler still work on the other channels.
_WORDS: dict[str, Word] = {
    "help": Word.HELP,
    "aide": Word.HELP,
    "?": Word.HELP,
    "menu": Word.MENU,
    "back": Word.BACK,
    "retour": Word.BACK,
    "language": Word.LANGUAGE,
    "langue": Word.LANGUAGE,
    "lang": Word.LANGUAGE,
    "cancel": Word.LEAVE,
    "annuler": Word.LEAVE,
}


def global_word(text: str | None, choice: str | None) -> Word | None:
    """Return the global word in a text ("Aide", "/menu") or a ``global:`` choice id."""
    if choice is not None:
        if choice.startswith("global:"):
            try:
                return Word(choice.removeprefix("global:"))
            except ValueError:
                return None
        return None
    if text is None:
        return None
    stripped = text.strip()
    if stripped.startswith("/"):
        stripped = stripped[1:].split("@", 1)[0]
    if stripped == "?":
        return Word.HELP
    return _WORDS.get(normalize(stripped))


@dataclass(frozen=True)
class WordCommand:
    """A global word offered as a command in Telegram's menu (``/aide``, ``/retour``)."""

    names: Mapping[Language, str]
    about: str


# Telegram lists these first, in each language; typed, they are the global words above.
WORD_COMMANDS = (
    WordCommand({"en": "start", "fr": "start"}, "telegram-command-start"),
    WordCommand({"en": "menu", "fr": "menu"}, "telegram-command-menu"),
    WordCommand({"en": "help", "fr": "aide"}, "telegram-command-help"),
    WordCommand({"en": "language", "fr": "langue"}, "telegram-command-language"),
    WordCommand({"en": "back", "fr": "retour"}, "telegram-command-back"),
    WordCommand({"en": "cancel", "fr": "annuler"}, "telegram-command-cancel"),
)
