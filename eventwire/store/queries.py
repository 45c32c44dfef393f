"""Read-side queries shared by the CLI and the API: deduplicated events with their mentions, timelines."""
from __future__ import annotations

import json
from datetime import date
from typing import Optional

from .duckdb_store import Store


def actor_ids(store: Store, name: str) -> list[str]:
    """Canonical actor ids whose name or any alias contains `name` (case-insensitive)."""
    rows = store.conn.execute(
        "SELECT id FROM actors WHERE name ILIKE ? OR len(list_filter(aliases, lambda a: a ILIKE ?)) > 0",
        [f"%{name}%", f"%{name}%"]).fetchall()
    return [r[0] for r in rows]


def _event_filter(store: Store, actor: Optional[str], type_: Optional[str], since: Optional[str],
                  until: Optional[str], country: Optional[str] = None, text: Optional[str] = None):
    where, params = [], []
    if actor:
        ids = actor_ids(store, actor)
        like = f"%{actor}%"
        where.append("(e.source_actor_id IN (SELECT unnest(?)) OR e.target_actor_id IN (SELECT unnest(?)) "
                     "OR e.source_name ILIKE ? OR e.target_name ILIKE ? OR e.id IN (SELECT event_id FROM mentions "
                     "WHERE source_text ILIKE ? OR target_text ILIKE ? OR source_name ILIKE ? OR target_name ILIKE ?))")
        params += [ids, ids, like, like, like, like, like, like]
    if type_:
        where.append("e.type = ?")
        params.append(type_.upper())
    if since:
        where.append("COALESCE(e.date, e.first_reported) >= ?")
        params.append(since)
    if until:
        where.append("COALESCE(e.date, e.first_reported) <= ?")
        params.append(until + "~")  # "2021-02" <= "2021-02~" keeps month-precision dates inside the range
    if country:
        where.append("(e.source_country = ? OR e.target_country = ? OR e.location_country = ?)")
        params += [country.upper()] * 3
    if text:
        where.append("e.id IN (SELECT event_id FROM mentions WHERE sentence ILIKE ?)")
        params.append(f"%{text}%")
    return (" WHERE " + " AND ".join(where)) if where else "", params


def events(store: Store, actor: Optional[str] = None, type_: Optional[str] = None, since: Optional[str] = None,
           until: Optional[str] = None, country: Optional[str] = None, text: Optional[str] = None,
           limit: Optional[int] = None, offset: int = 0) -> list[dict]:
    """Deduplicated events, chronological, each with its mentions (the contract's event JSON + mentions)."""
    where, params = _event_filter(store, actor, type_, since, until, country, text)
    sql = (f"SELECT e.* FROM events e{where} ORDER BY COALESCE(e.date, e.first_reported) NULLS LAST, e.id")
    if limit:
        sql += f" LIMIT {int(limit)} OFFSET {int(offset)}"
    rows = store._dicts(sql, params)
    if not rows:
        return []
    mentions = store._dicts("SELECT m.*, a.title AS article_title FROM mentions m JOIN articles a ON a.id = m.doc "
                            "WHERE m.event_id IN (SELECT unnest(?)) ORDER BY m.doc, m.sent_start",
                            [[r["id"] for r in rows]])
    by_event: dict[str, list[dict]] = {}
    for m in mentions:
        by_event.setdefault(m["event_id"], []).append(m)
    return [event_dict(r, by_event.get(r["id"], [])) for r in rows]


def _actor(row: dict, prefix: str, text: Optional[str]) -> Optional[dict]:
    if not row.get(f"{prefix}_name") and not text:
        return None
    return {"text": text, "name": row.get(f"{prefix}_name"), "country": row.get(f"{prefix}_country"),
            "sector": row.get(f"{prefix}_sector")}


def event_dict(e: dict, mentions: list[dict]) -> dict:
    first = mentions[0] if mentions else {}
    loc = None
    if e.get("location_name"):
        loc = {"text": first.get("location_text"), "name": e["location_name"], "country": e.get("location_country"),
               "lat": e.get("lat"), "lon": e.get("lon"), "geonameid": e.get("geonameid")}
    qty = None
    if e.get("quantity_value") is not None:
        v = e["quantity_value"]
        qty = {"value": int(v) if float(v).is_integer() else v, "unit": e.get("quantity_unit"),
               "text": first.get("quantity_text")}
    date_text = next((m["date_text"] for m in mentions if m.get("date_text") and m.get("date") == e.get("date")), None)
    out = {
        "id": e["id"], "doc": first.get("doc"), "type": e["type"], "mode": e.get("mode"), "cameo": e.get("cameo"),
        "source": _actor(e, "source", first.get("source_text")),
        "target": _actor(e, "target", first.get("target_text")),
        "date": e.get("date"), "date_precision": e.get("date_precision"), "date_text": date_text,
        "modality": e.get("modality"), "location": loc, "quantity": qty,
        "evidence": {"sentence": first.get("sentence"), "start": first.get("sent_start"), "end": first.get("sent_end")}
        if first else None,
        "published": first.get("published"), "confidence": round(e.get("confidence") or 0.0, 3),
        "sources": e.get("sources"), "first_reported": e.get("first_reported"), "last_reported": e.get("last_reported"),
        "story_id": e.get("story_id"),
        "mentions": [{
            "id": m["id"], "doc": m["doc"], "title": m.get("article_title"),
            "evidence": {"sentence": m["sentence"], "start": m["sent_start"], "end": m["sent_end"]},
            "trigger": {"text": m.get("trigger"), "start": m.get("trigger_start"), "end": m.get("trigger_end")},
            "source": m.get("source_text"), "target": m.get("target_text"), "date": m.get("date"),
            "date_text": m.get("date_text"), "modality": m.get("modality"), "attributed_to": m.get("attributed_to"),
            "published": m.get("published"),
        } for m in mentions],
    }
    if e.get("details"):
        try:
            out["details"] = json.loads(e["details"])
        except ValueError:
            pass
    return out


def timeline(store: Store, name: str) -> list[dict]:
    """Chronological events involving an actor (name or alias), each once, with its source count."""
    return events(store, actor=name)


def parse_day(value: Optional[str]) -> Optional[str]:
    """Validate a --since/--until value (YYYY, YYYY-MM or YYYY-MM-DD)."""
    if value is None:
        return None
    parts = value.split("-")
    try:
        if len(parts) == 3:
            date.fromisoformat(value)
        elif len(parts) == 2:
            date(int(parts[0]), int(parts[1]), 1)
        elif len(parts) == 1:
            int(parts[0])
        else:
            raise ValueError
    except ValueError as e:
        raise ValueError(f"'{value}' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)") from e
    return value
