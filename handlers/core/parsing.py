"""Small parsers that turn what people type into values, in English and French."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from handlers.core.values import Choice, MenuEntry

YES = frozenset({"yes", "y", "yeah", "yep", "ok", "okay", "sure", "oui", "o", "ouais", "daccord"})
NO = frozenset({"no", "n", "nope", "non"})
# Words that open a yes or a no ("yes please", "oui, c'etait super", "non merci").
LEADING_YES = YES | {"yea", "yup", "absolutely", "certainly", "definitely", "bien sur",
                     "certainement", "certes", "oui oui", "parfait", "super", "great"}  # fmt: skip
LEADING_NO = NO | {"nah", "pas du tout", "nan"}
_WORDS = re.compile(r"[a-z]+")
# A number first, then anything that is not a digit: "1", "1.", "1 oui", "#2 please".
_LEADING_NUMBER = re.compile(r"#?([0-9]{1,3})(?![0-9])(?:[\s.,;:!)\-].*)?", re.DOTALL)

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


def leading_yes_no(text: str) -> bool | None:
    """Whether ``text`` opens with a yes or a no word, in either language ("Oui merci")."""
    words = _WORDS.findall(normalize(text))
    for size in (2, 1):
        opening = " ".join(words[:size])
        if len(words) >= size and opening in LEADING_YES:
            return True
        if len(words) >= size and opening in LEADING_NO:
            return False
    return None


def leading_number(text: str) -> int | None:
    """The ASCII number ``text`` opens with, followed by nothing or by other words ("1 oui")."""
    # Digits are read before any folding: NFKD would turn "²" into "2".
    found = _LEADING_NUMBER.fullmatch(text.strip(_EDGE_PUNCTUATION).translate(_FULL_WIDTH))
    return ascii_int(found.group(1)) if found else None


def _by_meaning(menu: Sequence[MenuEntry], said: bool | None) -> str | None:
    """The option a yes (or no) picks: one marked so, or one whose id is "yes" ("no")."""
    if said is None:
        return None
    wanted = "yes" if said else "no"
    for entry in menu:
        if entry.means == wanted or entry.id == wanted:
            return entry.id
    return None


def pick_from_menu(text: str, menu: Sequence[MenuEntry]) -> str | None:
    """Map "2", "2.", a label or a yes/no synonym to the id of an option in ``menu``."""
    word = normalize(text)
    number = ascii_int(text.strip(_EDGE_PUNCTUATION))
    if number is not None:
        return menu[number - 1].id if 0 < number <= len(menu) else None
    for entry in menu:
        if normalize(entry.label) == word:
            return entry.id
    return _by_meaning(menu, yes_no(word))


def read_generously(text: str, menu: Sequence[MenuEntry], *, numbered: bool) -> str | None:
    """Read an answer to a notification's question as a person would mean it.

    Beyond ``pick_from_menu``: the number with extra words ("1 oui", only where the options
    were shown ``numbered``), the label with extra words ("Yes, I'll be there!"), and a
    leading yes or no word in either language ("Oui, c'etait super", "non merci").
    """
    if numbered and (picked := pick_from_menu(text, menu)) is not None:
        return picked
    if not numbered:
        picked = _by_meaning(menu, yes_no(text))
        if picked is not None:
            return picked
    number = leading_number(text) if numbered else None
    if number is not None:
        return menu[number - 1].id if 0 < number <= len(menu) else None
    word = normalize(text)
    for entry in menu:
        label = normalize(entry.label)
        if label and (word == label or word.startswith(label + " ")):
            return entry.id
    return _by_meaning(menu, leading_yes_no(text))


def answer_to(text: str, choices: Sequence[Choice], shown: Sequence[MenuEntry]) -> str | None:
    """The choice ``text`` means among a notification question's ``choices``, read generously.

    Numbers and labels count only while those choices are the ones on screen (``shown``, the
    last menu sent); otherwise only what the words mean (a leading yes or no) does.
    """
    options = [MenuEntry(id=c.id, label="", means=c.means) for c in choices]
    on_screen = [entry.id for entry in shown] == [entry.id for entry in options]
    return read_generously(text, shown if on_screen else options, numbered=on_screen)


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


# Phones with an East Asian keyboard may send full-width digits; they mean the same number.
_FULL_WIDTH = str.maketrans(
    "\uff10\uff11\uff12\uff13\uff14\uff15\uff16\uff17\uff18\uff19", "0123456789"
)


def ascii_int(text: str) -> int | None:
    """The whole number ``text`` spells in digits, else None.

    This is the one way numbers are read: ASCII digits, and full-width ones mapped to them.
    ``str.isdigit()`` also accepts "²" and "፩", on which ``int()`` raises, so it is never used.
    """
    digits = text.strip().translate(_FULL_WIDTH)
    return int(digits) if re.fullmatch(r"[0-9]{1,9}", digits) else None


def one_number(text: str) -> int | None:
    """A command's one argument when it is a number, a person's or a match's ("12", "#12")."""
    parts = text.split()
    return ascii_int(parts[0].removeprefix("#")) if len(parts) == 1 else None


def choice_ids(rest: str, count: int) -> list[int] | None:
    """The ``count`` numeric ids of a choice's argument ("12" or "12:4"), else None."""
    parts = rest.split(":")
    numbers = [ascii_int(part) for part in parts]
    if len(parts) != count or None in numbers:
        return None
    return [n for n in numbers if n is not None]


def shorten(text: str, room: int) -> str:
    """``text`` cut at a word to at most ``room`` characters, "..." saying it was cut (GSM-7
    dots, not an ellipsis): a profession in an invitation, the start of a broadcast's text."""
    if len(text) <= room:
        return text
    cut = text[: room - 3].rsplit(" ", 1)[0]
    cut = cut if len(cut) >= room // 2 else text[: room - 3]
    return cut.rstrip(" ,;:.-") + "..."
