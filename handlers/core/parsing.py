"""Small parsers that turn what people type into values, in English and French."""

from __future__ import annotations

import re
import unicodedata

from handlers.core.values import MenuEntry

YES = frozenset({"yes", "y", "yeah", "yep", "ok", "okay", "sure", "oui", "o", "ouais", "daccord"})
NO = frozenset({"no", "n", "nope", "non"})

_EDGE_PUNCTUATION = " \t\r\n.,;:!?)(\"'"


def normalize(text: str) -> str:
    """Fold case and accents and trim punctuation, so "ARRÊT." and "arret" compare equal."""
    decomposed = unicodedata.normalize("NFKD", text.replace("\u2019", "'"))
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    bare = bare.casefold().strip(_EDGE_PUNCTUATION)
    return re.sub(r"\s+", " ", bare.replace("'", ""))


def search_key(text: str | None) -> str | None:
    """Folded words between spaces (" ingenieure civile "), so SQL can match word starts."""
    words = re.findall(r"[a-z0-9]+", normalize(text or ""))
    return f" {' '.join(words)} " if words else None


def yes_no(text: str) -> bool | None:
    """Return True for yes/oui/y/o, False for no/non/n, None for anything else."""
    word = normalize(text)
    if word in YES:
        return True
    if word in NO:
        return False
    return None


def pick_from_menu(text: str, menu: list[MenuEntry]) -> str | None:
    """Map "2", "2.", a label or a yes/no synonym to the id of an option in ``menu``."""
    word = normalize(text)
    if word.isdigit():
        index = int(word) - 1
        return menu[index].id if 0 <= index < len(menu) else None
    for entry in menu:
        if normalize(entry.label) == word:
            return entry.id
    answer = yes_no(word)
    wanted = {True: "yes", False: "no", None: None}[answer]
    if wanted is not None and any(entry.id == wanted for entry in menu):
        return wanted
    return None


def clean_text(text: str | None, *, minimum: int, maximum: int) -> str | None:
    """Return ``text`` with spaces tidied if its length fits and it has a letter, else None."""
    if text is None:
        return None
    tidy = re.sub(r"\s+", " ", text).strip()
    if not minimum <= len(tidy) <= maximum or not any(c.isalpha() for c in tidy):
        return None
    return tidy


def split_list(text: str) -> list[str]:
    """Split "English, French and Arabic" or "anglais et arabe" into items."""
    parts = re.split(r"\s*(?:,|;|/|\+|&|\band\b|\bet\b)\s*", text.strip(), flags=re.IGNORECASE)
    return [part.strip() for part in parts if part.strip()]


def ascii_int(text: str) -> int | None:
    """The whole number ``text`` spells in ASCII digits, else None ("²" and "፩" are not)."""
    return int(text) if re.fullmatch(r"[0-9]{1,9}", text) else None


def choice_ids(rest: str, count: int) -> list[int] | None:
    """The ``count`` numeric ids of a choice's argument ("12" or "12:4"), else None."""
    parts = rest.split(":")
    numbers = [ascii_int(part) for part in parts]
    if len(parts) != count or None in numbers:
        return None
    return [n for n in numbers if n is not None]
