"""SMS segment counting, exactly as carriers bill it."""

from __future__ import annotations

import pytest

from bot.channels.segments import count_segments, gsm_fold, is_gsm7


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


@pytest.mark.parametrize(
    ("typed", "on_sms"),
    [
        ("Côte-des-Neiges", "Cote-des-Neiges"),
        ("Marie-Hélène Côté", "Marie-Hélène Coté"),  # é, è, à, ù are GSM-7: kept
        ("être, ça, août, À bientôt", "etre, ca, aout, A bientot"),
        ("Saint-Jean-sur-Richelieu", "Saint-Jean-sur-Richelieu"),
        ("cœur naïf, Noël", "coeur naif, Noel"),
        (
            "aujourd\u2019hui \u00ab\u00a0oui\u00a0\u00bb \u2013 \u2026",
            'aujourd\'hui " oui " - ...',
        ),
        ("FRANÇAIS", "FRANÇAIS"),  # Ç is GSM-7, ç is not
        ("أمينة", "أمينة"),  # no GSM-7 spelling: left as typed
        # An emoji has none either, and would make the whole SMS UCS-2: left out.
        ("À jeudi 🙂 appelez-moi 👍🏽 ❤️", "A jeudi appelez-moi"),
    ],
)
def test_typed_words_are_spelled_in_gsm7_where_they_can_be(typed: str, on_sms: str) -> None:
    assert gsm_fold(typed) == on_sms
    assert is_gsm7(gsm_fold(typed)) is is_gsm7(on_sms)
