"""Exact SMS segment counting (GSM 03.38 basic set and extension table, or UCS-2)."""

from __future__ import annotations

import re
import unicodedata

GSM_BASIC = frozenset(
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
    "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"
)
# Each of these costs two septets (an escape and the character).
GSM_EXTENSION = frozenset("^{}\\[~]|€\f")


def is_gsm7(text: str) -> bool:
    """Tell whether ``text`` fits the GSM-7 alphabet."""
    return all(c in GSM_BASIC or c in GSM_EXTENSION for c in text)


def _utf16_units(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def count_segments(text: str) -> int:
    """Return how many SMS segments ``text`` costs.

    GSM-7: 160 septets in one segment, 153 per part when split; UCS-2: 70 UTF-16 units, 67 per
    part. A part never splits an escape pair, which can cost a septet at a boundary.
    """
    if not text:
        return 1
    if is_gsm7(text):
        septets = [2 if c in GSM_EXTENSION else 1 for c in text]
        if sum(septets) <= 160:
            return 1
        parts, used = 1, 0
        for size in septets:
            if used + size > 153:
                parts, used = parts + 1, 0
            used += size
        return parts
    units = _utf16_units(text)
    if units <= 70:
        return 1
    parts, used = 1, 0
    for char in text:
        size = _utf16_units(char)
        if used + size > 67:
            parts, used = parts + 1, 0
        used += size
    return parts


# Characters outside GSM-7 that people (and phones) type, and their closest GSM-7 spelling.
# Anything else outside GSM-7 loses its accent when the bare letter is in GSM-7 (ô, â, ê, î,
# û, À, ë, ï ...); what has no such spelling (other scripts, emoji) is left as it is.
_FOLDS = str.maketrans(
    {
        "ç": "c",
        "œ": "oe",
        "Œ": "OE",
        "\u00a0": " ",
        "\u202f": " ",
        "\u2018": "'",
        "\u2019": "'",
        "\u201c": '"',
        "\u201d": '"',
        "«": '"',
        "»": '"',
        "\u2013": "-",
        "\u2014": "-",
        "\u2026": "...",
    }
)


def gsm_fold(text: str) -> str:
    """Spell ``text`` in GSM-7 where it can be ("Côte-des-Neiges" becomes "Cote-des-Neiges").

    GSM-7 letters stay as they are (é, è, à, ù, ì, ò, É and Ç are in it), so French keeps
    most of its accents. Used on SMS for words people typed, never on the catalogue's own.
    """
    out: list[str] = []
    dropped = False
    for char in unicodedata.normalize("NFC", text).translate(_FOLDS):
        if char in GSM_BASIC or char in GSM_EXTENSION:
            out.append(char)
            continue
        if unicodedata.category(char) in _PICTURES:
            # An emoji (and its joiners and variation selectors) has no GSM-7 form, and one
            # would turn the whole message into UCS-2, cutting it to fit: it is left out.
            dropped = True
            continue
        bare = "".join(
            c for c in unicodedata.normalize("NFD", char) if not unicodedata.combining(c)
        )
        out.append(bare if bare and is_gsm7(bare) else char)
    folded = "".join(out)
    return re.sub(r" {2,}", " ", folded).strip() if dropped else folded


# Symbols and marks with no letter in them: emoji, their joiners, skin tones and variation
# selectors (accents are on their letters already, the text being composed first).
_PICTURES = frozenset({"So", "Sk", "Cf", "Mn", "Me", "Cs", "Co"})
