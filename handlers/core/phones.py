"""Phone numbers in E.164, the form every SMS provider uses."""

from __future__ import annotations

import phonenumbers

DEFAULT_REGION = "CA"


def to_e164(raw: str, region: str = DEFAULT_REGION) -> str | None:
    """Normalise a phone number to E.164 ("+16135550100"), or None when it is not valid.

    Telegram shares numbers as international digits without the plus sign. A number without one
    is read as a national number of ``region`` first (so a local number is never mistaken for a
    foreign one), then as international digits ("33612345678" is a French mobile).
    """
    text = raw.strip()
    candidates = [text] if text.startswith("+") else [text, f"+{text}"]
    for candidate in candidates:
        try:
            number = phonenumbers.parse(candidate, region)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(number):
            return str(phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164))
    return None
