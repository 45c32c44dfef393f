"""Actor lexicon: the converted Phoenix dictionaries, agents, metonyms and nationalities, loaded once.

Every phrase is compared through `words()`, which folds case, accents, dots and common transliteration
variants ("Alexey"/"Alexei"/"Aleksei", "Navalnyy"/"Navalny", "Dmitriy"/"Dmitri") onto one key, so that
dictionary aliases and article text meet in the same space.
"""
from __future__ import annotations

import gzip
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Optional

from ..yaml_data import read_yaml

DATA = Path(__file__).resolve().parent.parent / "data"
SECTORS = set("""GOV MIL REB OPP PTY COP JUD SPY MED EDU BUS CRM CVL ELI LAB LEG REF REL AGR DEV ENV HLH HRI NGO IGO
UAF PRM SEP MNC NGM SOC PRE""".split())
SECTOR_ALIASES = {"PPL": "CVL"}  # Phoenix agents' "people" code
# prefixes of Phoenix codes that are not countries: (country, default sector)
NON_STATE = {"IGO": ("IGO", "IGO"), "NGO": (None, "NGO"), "IMG": (None, "REB"), "MNC": (None, "BUS"),
             "NGM": (None, "NGO"), "UIS": (None, "UAF"), "ELI": (None, "ELI")}
_VOWELS = "aeiouy"
RELIGIONS = {"MUS", "CHR", "JEW", "BUD", "HIN", "SIK", "CTH", "SHI", "SUN", "ORT", "PRO", "ATH", "DRZ", "ALE"}


def _translit(w: str) -> str:
    """One spelling per transliterated name: ks->x, -iy/-yy/-ii -> -y, -ey -> -ei, consonant+i -> +y."""
    if not w.isalpha():
        return w
    w = w.replace("ks", "x")
    if len(w) > 3 and w[-2:] in ("yy", "iy", "ij", "ii"):
        w = w[:-2] + "y"
    if w.endswith("ey"):
        w = w[:-2] + "ei"
    if len(w) > 3 and w.endswith("i") and w[-2] not in _VOWELS:
        w = w[:-1] + "y"
    if w.endswith("ander"):
        w = w[:-5] + "andr"
    return w


@lru_cache(maxsize=200_000)
def words(text: str) -> tuple[str, ...]:
    """Comparison key of a phrase: ascii, lower case, no dots or possessive 's, transliteration-folded."""
    t = unicodedata.normalize("NFKD", text.replace("’", "'")).encode("ascii", "ignore").decode().lower()
    t = re.sub(r"'s\b", "", t).replace(".", "")
    return tuple(_translit(w) for w in re.findall(r"[a-z0-9]+", t))


@dataclass
class Role:
    country: Optional[str]
    sector: Optional[str]
    start: Optional[str]
    end: Optional[str]

    def valid(self, when: Optional[date]) -> bool:
        if when is None:
            return not self.end
        d = when.isoformat()
        return (not self.start or self.start <= d) and (not self.end or d <= self.end)


@dataclass
class Actor:
    id: str
    name: str
    kind: str  # country | person | org
    roles: list[Role] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)

    def role_at(self, when: Optional[date]) -> Optional[Role]:
        """The role valid on `when` (latest start wins; sector-bearing roles first); None if none is dated for it."""
        valid = [r for r in self.roles if r.valid(when) and (r.start or r.end)]
        undated = [r for r in self.roles if not r.start and not r.end]
        pool = valid or ([] if (when is not None and any(r.start or r.end for r in self.roles) and not undated)
                         else undated)
        if not pool and when is None:
            pool = sorted((r for r in self.roles if r.start or r.end), key=lambda r: r.end or "9999")[-1:]
        if not pool:
            return None
        pool = sorted(pool, key=lambda r: (r.sector not in (None, "ELI"), r.start or ""))
        return pool[-1]

    def any_country(self) -> Optional[str]:
        for r in self.roles:
            if r.country:
                return r.country
        return None


CAMEO_TO_ISO3 = {"KSV": "XKX", "ROM": "ROU", "ZAR": "COD", "TMP": "TLS", "DDR": "DEU", "SUN": "RUS", "UNO": "IGO",
                 "YUG": "SRB", "SCG": "SRB", "FRY": "SRB", "CSK": "CZE", "ANG": "AGO"}  # (Yugoslavia: Serbia, its successor in law)


def _split_code(code: str) -> tuple[Optional[str], Optional[str]]:
    chunks = [code[i:i + 3] for i in range(0, len(code), 3)]
    if not chunks:
        return None, None
    head, rest = chunks[0], chunks[1:]
    if head in NON_STATE:
        country, default = NON_STATE[head]
        if head == "IGO":
            rest = rest[1:]  # the organisation's own code (UNO, EUR, WST ...)
        elif rest and rest[0] not in SECTORS:
            c = CAMEO_TO_ISO3.get(rest[0], rest[0])
            country = c if _is_country(c) and c not in RELIGIONS else None
            rest = rest[1:]
        sector = next((c for c in rest if c in SECTORS), default)
        return country, sector
    if head in SECTORS:
        return None, head
    country = CAMEO_TO_ISO3.get(head, head)
    if not _is_country(country):  # regions and religions (MEA, WAF, MUS ...) are no country
        country = None
    return country, next((c for c in rest if c in SECTORS), None)


@lru_cache(maxsize=512)
def _is_country(code: str) -> bool:
    import pycountry

    return code == "XKX" or pycountry.countries.get(alpha_3=code) is not None


split_code = _split_code  # public name


def _role(text: str) -> Role:
    code, start, end = (text.split(":") + ["", ""])[:3]
    country, sector = _split_code(code)
    return Role(country, sector, start or None, end or None)


@dataclass
class Lexicon:
    actors: dict[str, Actor]
    alias_index: dict[tuple[str, ...], list[str]]
    max_alias: int
    nationality: dict[tuple[str, ...], str]  # adjectives and country names -> ISO3
    demonyms: dict[tuple[str, ...], str]
    country_names: dict[str, str]
    metonyms: dict[tuple[str, ...], tuple[str, str]]
    places: dict[tuple[str, ...], str]
    agents: dict[tuple[str, ...], Optional[str]]
    generic_heads: set[str]
    person_nouns: set[tuple[str, ...]]
    surnames: dict[str, list[str]]
    override_ids: set[str]
    adjectives: dict[tuple[str, ...], str]  # nationality adjectives only (not country names)
    honorifics: frozenset
    foreign_words: frozenset  # "world leaders", "foreign governments": not the article's own country
    body_nouns: frozenset = frozenset()  # "party", "newspaper": an unknown name after one is that body

    def agent_sector(self, key: tuple[str, ...]) -> Optional[str]:
        code = self.agents.get(key)
        sector = _split_code(SECTOR_ALIASES.get(code, code))[1] if code else None
        return sector


def _plural(w: str) -> str:
    if w.endswith("man"):
        return w[:-3] + "men"
    if re.search(r"[^aeiou]y$", w):
        return w[:-1] + "ies"
    if re.search(r"(s|x|z|ch|sh)$", w):
        return w + "es"
    return w + "s"


SMALL_WORDS = {"of", "the", "and", "for", "in", "on", "to", "at", "de"}


def _org_name(name: str, acronyms: dict) -> str:
    """The dictionaries' title-cased organisation names made readable: "Un Envoy" -> "UN Envoy", "Us Secretary Of
    State" -> "US Secretary of State" (person names are left alone: "Chi Un Hui")."""
    words = name.split(" ")
    return " ".join(acronyms.get(w.lower(), w.lower() if i and w.lower() in SMALL_WORDS else w)
                    for i, w in enumerate(words))


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    actors: dict[str, Actor] = {}
    over = read_yaml((DATA / "actors_overrides.yaml").read_text(encoding="utf-8"))
    acronyms = {a.lower(): a for a in over.get("name_acronyms", [])}
    with gzip.open(DATA / "actors.tsv.gz", "rt", encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#"):
                continue
            aid, name, kind, roles, aliases = line.rstrip("\n").split("\t")
            if kind == "org":
                name = _org_name(name, acronyms)
            actors[aid] = Actor(aid, name, kind, [_role(r) for r in roles.split(";") if r], aliases.split("|"))
    recent = read_yaml((DATA / "actors_recent.yaml").read_text(encoding="utf-8"))
    over["actors"] = over.get("actors", []) + recent.get("people", [])
    override_keys: set[tuple[str, ...]] = set()
    for a in over["actors"]:
        old = actors.get(a["id"])
        roles = [_role(r) for r in a["roles"]] if a.get("roles") else [Role(a.get("country"), a.get("sector"), None, None)]
        aliases = list(a.get("aliases", [])) + (old.aliases if old else [])
        actors[a["id"]] = Actor(a["id"], a["name"], a.get("kind", "person" if a["id"].startswith("person:") else "org"), roles, aliases)
        override_keys |= {words(x) for x in a.get("aliases", [])}
    # countries act as their governments
    for a in actors.values():
        if a.kind == "country":
            a.roles = [Role(r.country, r.sector or "GOV", r.start, r.end) for r in a.roles]
    over_ids = {x["id"] for x in over["actors"]}
    alias_index: dict[tuple[str, ...], list[str]] = {}
    for a in actors.values():
        for al in a.aliases:
            k = words(al)
            if k and k[0] == "the":
                k = k[1:]
            if not k:
                continue
            ids = alias_index.setdefault(k, [])
            if k in override_keys and a.id not in over_ids:
                continue
            if a.id not in ids:
                ids.append(a.id)
    # override actors first, then countries, then people and organisations in dictionary order
    for ids in alias_index.values():
        if len(ids) > 1:
            ids.sort(key=lambda i: (i not in over_ids, actors[i].kind != "country",
                                    not any(r.country for r in actors[i].roles)))
    surnames: dict[str, list[str]] = {}
    for a in actors.values():
        if a.kind == "person":
            k = words(a.name)
            if len(k) >= 2 and len(k[-1]) >= 4:  # (a four-letter surname only by office: `ArticleActors._by_surname`)
                surnames.setdefault(k[-1], []).append(a.id)

    nationality, demonyms, country_names, adjectives = {}, {}, {}, {}
    for line in (DATA / "nationalities.tsv").read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or line.startswith("iso3\t"):
            continue
        iso, name, adjs, dems = (line.split("\t") + ["", "", ""])[:4]
        country_names[iso] = name
        for x in [name] + adjs.split(";"):
            if x:
                nationality.setdefault(words(x), iso)
        for x in adjs.split(";"):
            if x and words(x) != words(name) and len(words(x)[0]) > 2:  # not "US", "UK" (they name the state)
                adjectives.setdefault(words(x), iso)
        for x in dems.split(";"):
            if x:
                demonyms.setdefault(words(x), iso)
    for a in actors.values():  # Phoenix country aliases (names, adjectives, spelling variants)
        if a.kind == "country" and a.roles and a.roles[0].country and not a.id.startswith("former:"):
            country_names.setdefault(a.roles[0].country, a.name)
            for al in a.aliases:
                nationality.setdefault(words(al), a.roles[0].country)
    for word, iso in (over.get("modifier_countries") or {}).items():
        nationality[words(word)] = iso
    metonyms: dict[tuple[str, ...], tuple[str, str]] = {}
    for line in (DATA / "metonyms.tsv").read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        word, iso, sector = line.split("\t")[:3]
        metonyms[words(word)] = (iso, sector)
    for word, (iso, sector) in (over.get("metonyms") or {}).items():
        metonyms[words(word)] = (iso, sector)
    places: dict[tuple[str, ...], str] = {}
    for line in (DATA / "actors_places.tsv").read_text(encoding="utf-8").splitlines():
        if not line.startswith("#") and "\t" in line:
            city, iso = line.split("\t")
            places[words(city)] = iso
    agents: dict[tuple[str, ...], Optional[str]] = {}
    for line in (DATA / "agents.tsv").read_text(encoding="utf-8").splitlines():
        if not line.startswith("#") and "\t" in line:
            phrase, code = line.split("\t")
            agents[words(phrase)] = code
    for phrase, code in (over.get("agents") or {}).items():
        ws = phrase.split()
        for form in (phrase, " ".join(ws[:-1] + [_plural(ws[-1])])):
            agents[words(form)] = code
    generic = {words(x)[0] for x in over.get("generic_heads", []) if words(x)}
    person_nouns = set()
    for x in over.get("person_nouns", []):
        ws = x.split()
        person_nouns |= {words(x), words(" ".join(ws[:-1] + [_plural(ws[-1])]))}
    return Lexicon(actors, alias_index, max(map(len, alias_index)), nationality, demonyms, country_names,
                   metonyms, places, agents, generic, person_nouns, surnames, over_ids, adjectives,
                   frozenset(w for x in over.get("honorifics", []) for w in words(x)),
                   frozenset(w for x in over.get("foreign_words", []) for w in words(x)),
                   frozenset(w for x in over.get("body_nouns", []) for w in words(x)))
