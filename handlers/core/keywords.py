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


# "JOIN K7P2QX4M" as a first message carries a code into registration, as a Telegram deep link
# (t.me/<bot>?start=<code>) does: that is how someone invited by SMS joins.
JOIN_WORDS = frozenset({"join", "rejoindre"})


def typed_start_payload(text: str | None) -> str | None:
    """The code in a typed "JOIN <code>", if ``text`` is one: read generously ("REJOINDRE:
    k7p2 qx4m", "Join #K7P2QX4M"), since a code typed from an SMS is easily mangled."""
    first, _, rest = (text or "").strip().partition(" ")
    if normalize(first.rstrip(":,.")) not in JOIN_WORDS:
        return None
    code = "".join(character for character in rest if character.isascii() and character.isalnum())
    if not rest.strip() or not 4 <= len(code) <= 64 or len(rest) > 2 * len(code) + 8:
        return None
    return code.upper()


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
