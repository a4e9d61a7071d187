"""Languages people speak: stored as codes where CLDR knows them, shown in the reader's language.

"French", "français" and "Francais" are all "fr", so matching works whatever language a person
typed in, and a French reader sees "anglais" where an English one sees "English".
"""

from __future__ import annotations

from functools import lru_cache

from babel import Locale

from handlers.core.parsing import normalize


@lru_cache(maxsize=1)
def _codes() -> dict[str, str]:
    """Map every language name CLDR knows in English and French to its code."""
    index: dict[str, str] = {}
    for locale in ("en", "fr"):
        for code, name in Locale.parse(locale).languages.items():
            index.setdefault(normalize(name), code.split("_")[0])
    return index


@lru_cache(maxsize=1)
def _known() -> frozenset[str]:
    return frozenset(_codes().values())


def to_stored(name: str) -> str:
    """The code of a typed language name when CLDR knows it, else the name as typed."""
    return _codes().get(normalize(name), name)


def language_code(item: str) -> str:
    """A stored item or a typed name, as what it compares by: its code, or its folded text."""
    return item if item in _known() else _codes().get(normalize(item), normalize(item))


def shared(mine: tuple[str, ...], theirs: tuple[str, ...]) -> bool:
    """Whether two people have a spoken language in common."""
    return bool({language_code(n) for n in mine} & {language_code(n) for n in theirs})
