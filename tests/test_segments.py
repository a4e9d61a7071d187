"""SMS segment counting, exactly as carriers bill it."""

from __future__ import annotations

import pytest

from bot.channels.segments import count_segments, is_gsm7


@pytest.mark.parametrize(
    ("text", "segments"),
    [
        ("a" * 160, 1),
        ("a" * 161, 2),
        ("a" * 306, 2),
        ("a" * 307, 3),
        ("€" * 80, 1),  # extension characters cost two septets
        ("€" * 81, 2),
        ("a" * 159 + "€", 2),  # 161 septets
        ("a" * 152 + "€" + "a" * 152, 3),  # 306 septets, but the escape pair cannot split
        ("é" * 160, 1),  # é is in the GSM-7 basic set
        ("ê" * 70, 1),  # ê is not: UCS-2
        ("ê" * 71, 2),
        ("ê" * 134, 2),
        ("ê" * 135, 3),
    ],
)
def test_segment_counts(text: str, segments: int) -> None:
    assert count_segments(text) == segments


def test_typographic_apostrophe_forces_ucs2() -> None:
    assert is_gsm7("C'est fait")
    assert not is_gsm7("C\u2019est fait")
