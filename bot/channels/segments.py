"""Exact SMS segment counting (GSM 03.38 basic set and extension table, or UCS-2)."""

from __future__ import annotations

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
