"""Fitting an SMS into its budget of two segments, once the person's own words are in it.

A message's catalogue words are written to fit (a test renders every one with long values).
What people typed is not: one "ô" in a place or an "ê" in a note turns the whole message into
UCS-2, which holds 70 characters a segment instead of 160, and a long note can overflow on its
own. So, on SMS only (Telegram shows everything as typed, and the full text stays stored):

1. inserted values are spelled in GSM-7 ("Côte-des-Neiges" becomes "Cote-des-Neiges") when
   that makes the message cheaper, and kept as typed when it would cost the same;
2. if the message is still over budget, the longest free-text values are shortened with
   "...", notes and reasons first, then names and cities, a place last; links and contacts
   never;
3. only if that is not enough and the message is still UCS-2, the names in it are written in
   Latin letters ("张伟明" as "ZhangWeiMing", "Łukasz-Żółć" as "Lukasz-Zolc", by anyascii),
   and the values shortened again from the start: a name no cut could touch otherwise made a
   day-before reminder with a link cost three segments. A name is shown as typed wherever
   anything else can give way.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping

from bot.channels.base import RenderedMessage, numbered_text
from bot.channels.segments import count_segments, is_gsm7
from bot.i18n import Composed

log = logging.getLogger(__name__)

BUDGET = 2  # segments
SHORTEST = 16  # a value is never cut below this many characters
# Which arguments may be shortened, in the order they are: what the reader needs least first.
TIERS: tuple[frozenset[str], ...] = (
    frozenset({"note", "reason", "comment", "profession", "names", "languages"}),
    frozenset({"name", "city", "mentee", "connector"}),
    frozenset({"where"}),
)

# The arguments that name people: written in Latin letters when nothing else fits (step 2).
NAMES = frozenset({"name", "names", "mentee", "connector", "mentor", "who"})

Lay = Callable[[bool, Mapping[str, int], frozenset[str]], RenderedMessage]


def cost(message: RenderedMessage) -> int:
    """The segments ``message`` costs with its numbered choices."""
    return count_segments(numbered_text(message))


def fit(pieces: list[Composed], lay: Lay) -> RenderedMessage:
    """Lay out an SMS within the budget (see the module's docstring for how)."""
    plain = lay(False, {}, frozenset())
    spent = cost(plain)
    if spent <= BUDGET and is_gsm7(numbered_text(plain)):
        return plain
    folded = lay(True, {}, frozenset())
    fold = cost(folded) < spent
    best = folded if fold else plain
    if cost(best) <= BUDGET:
        return best
    best = _shortened(pieces, lambda cuts: lay(fold, cuts, frozenset()), best)
    if cost(best) > BUDGET and not is_gsm7(numbered_text(best)):
        # The last resort: names in Latin letters, then the cuts again from the start.
        spelled = lay(True, {}, NAMES)
        if cost(spelled) < cost(lay(True, {}, frozenset())):
            best = _shortened(pieces, lambda cuts: lay(True, cuts, NAMES), spelled)
    if cost(best) > BUDGET:
        log.warning("an SMS costs %s segments even with its values shortened", cost(best))
    return best


def _shortened(
    pieces: list[Composed],
    laid: Callable[[Mapping[str, int]], RenderedMessage],
    best: RenderedMessage,
) -> RenderedMessage:
    """Shorten values tier by tier, the longest first, until ``best`` fits (or nothing can)."""
    if cost(best) <= BUDGET:
        return best
    lengths = _cuttable(pieces)
    cuts: dict[str, int] = {}
    for tier in TIERS:
        while True:
            open_ = [n for n in tier if n in lengths and lengths[n] > SHORTEST]
            if not open_:
                break
            name = max(open_, key=lambda n: lengths[n])
            over = _overflow(numbered_text(best))
            lengths[name] = max(SHORTEST, lengths[name] - max(over, 4))
            cuts[name] = lengths[name]
            best = laid(cuts)
            if cost(best) <= BUDGET:
                return best
    return best


def _cuttable(pieces: list[Composed]) -> dict[str, int]:
    """The length of each shortenable value (the longest, where a name is inserted twice)."""
    lengths: dict[str, int] = {}
    for piece in pieces:
        for item in piece.inserted:
            if "://" in item.value or not any(item.name in tier for tier in TIERS):
                continue
            lengths[item.name] = max(lengths.get(item.name, 0), len(item.value))
    return lengths


def _overflow(text: str) -> int:
    """Roughly how many characters ``text`` has beyond what two segments hold."""
    room = 2 * 153 if is_gsm7(text) else 2 * 67
    return len(text) - room
