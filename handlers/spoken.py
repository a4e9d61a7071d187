"""Languages people speak, compared by code whatever language they were typed in."""

from __future__ import annotations

from functools import lru_cache

from babel import Locale

from handlers.parsing import normalize


@lru_cache(maxsize=1)
def _codes() -> dict[str, str]:
    """Map every language name CLDR knows in English and French to its code."""
    index: dict[str, str] = {}
    for locale in ("en", "fr"):
        for code, name in Locale.parse(locale).languages.items():
            index.setdefault(normalize(name), code.split("_")[0])
    return index


def language_code(name: str) -> str:
    """ "French", "français" and "Francais" are all "fr"; unknown names compare as typed."""
    key = normalize(name)
    return _codes().get(key, key)


def shared(mine: tuple[str, ...], theirs: tuple[str, ...]) -> bool:
    """Whether two people have a spoken language in common."""
    return bool({language_code(n) for n in mine} & {language_code(n) for n in theirs})
