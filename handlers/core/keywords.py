"""Carrier keywords on SMS: opting out and back in, and HELP (carrier rules and CASL)."""

from __future__ import annotations

from typing import Literal

from handlers.core.parsing import normalize

Keyword = Literal["stop", "start", "help"]

# Single words only, any case, with or without accents or punctuation ("ARRÊT.", " stop ").
# Twilio itself does not block a number after ARRET, REVOKE, OPTOUT or TD: the bot's own check
# is the only one for those.
STOP_WORDS = frozenset(
    {"stop", "stopall", "unsubscribe", "cancel", "end", "quit", "arret", "revoke", "optout", "td"}
)
START_WORDS = frozenset({"start", "unstop", "yes", "oui", "debut", "reprendre"})
HELP_WORDS = frozenset({"help", "info", "aide"})


def carrier_keyword(text: str | None) -> Keyword | None:
    """Return the carrier keyword ``text`` is, if it is exactly one."""
    if text is None:
        return None
    word = normalize(text)
    if word in STOP_WORDS:
        return "stop"
    if word in START_WORDS:
        return "start"
    if word in HELP_WORDS:
        return "help"
    return None
