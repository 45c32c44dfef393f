"""Read-only SQL for the HTTP API and web page, over the schema in `schema.sql`.

Every function takes an open DuckDB connection (the API opens a read-only one per request) and returns
plain Python values ready for JSON. Filters are always bound parameters, never pasted into SQL.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Optional

from ..stages.classify import PLOVER_TYPES, QUAD

# PLOVER v0.8 event types grouped by quad class (the PLOVER manual's table; the order the page lists them in).
QUAD_NAMES = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict"}
QUAD_CLASSES: dict[str, list[str]] = {name: [t for t in PLOVER_TYPES if QUAD[t] == q] for q, name in QUAD_NAMES.items()}
QUAD_OF_TYPE = {t: quad for quad, types in QUAD_CLASSES.items() for t in types}

# Surface forms that resolve to an actor through coreference but are no name for it.
PRONOUNS = frozenset("he she they it him her them his hers its their theirs we us our i me my you your who "
                     "whom which that this these those".split())

EVENT_SORTS = {
    "date": "e.date ASC NULLS LAST, e.id",
    "-date": "e.date DESC NULLS LAST, e.id",
    "sources": "e.sources DESC, e.date ASC NULLS LAST, e.id",
    "confidence": "e.confidence DESC NULLS LAST, e.id",
}


def _side(side: str) -> str:
    cols = ", ".join(f"{k} := {side}_{k}" for k in ("name", "country", "sector", "actor_id"))
    return (f"arg_max(struct_pack({cols}, text := {side}_text), coalesce(confidence, 0))"
            f" FILTER (WHERE {side}_name IS NOT NULL OR {side}_text IS NOT NULL) AS {side}_best")


def _fill(side: str, key: str) -> str:
    """A side's column, from the best mention when the events row names no actor on that side."""
    best = f"b.{side}_best"
    missing = f"ev.{side}_name IS NULL AND ev.{side}_actor_id IS NULL"
    fallback = f"coalesce({best}.name, {best}.text)" if key == "name" else f"{best}.{key}"
    if key == "actor_id":  # a summary may drop the id while keeping the name the mention resolved
        return (f"CASE WHEN {missing} THEN {fallback} ELSE coalesce(ev.{side}_actor_id,"
                f" CASE WHEN {best}.name = ev.{side}_name THEN {best}.actor_id END) END AS {side}_{key}")
    return f"CASE WHEN {missing} THEN {fallback} ELSE ev.{side}_{key} END AS {side}_{key}"


# Events with their actor columns completed from their best mention when the events row left them empty
# (the row is a summary; the mentions always carry what the sentence said). Used as `FROM {EVENTS} e`.
EVENTS = (
    "(SELECT ev.* REPLACE ("
    + ", ".join(_fill(side, k) for side in ("source", "target") for k in ("name", "country", "sector", "actor_id"))
    + f") FROM events ev LEFT JOIN (SELECT event_id, {_side('source')}, {_side('target')} FROM mentions"
    " GROUP BY event_id) b ON b.event_id = ev.id)"
)


@dataclass
class EventFilter:
    """What a user can narrow the event list by; every field optional."""

    actor: Optional[str] = None
    type: Optional[str] = None  # one PLOVER type or several, comma-separated
    since: Optional[str] = None  # YYYY[-MM[-DD]]
    until: Optional[str] = None
    country: Optional[str] = None  # ISO3 of source, target or location
    text: Optional[str] = None  # words in any evidence sentence
    story: Optional[str] = None


def plain(value: Any) -> Any:
    """DuckDB values → JSON-friendly values."""
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    return value


def rows(con, sql: str, params: Any = None) -> list[dict[str, Any]]:
    cursor = con.execute(sql, params if params is not None else [])
    names = [d[0] for d in cursor.description]
    return [{n: plain(v) for n, v in zip(names, row)} for row in cursor.fetchall()]


def like(text: str) -> str:
    """A case-insensitive substring pattern with LIKE wildcards in the user's text escaped."""
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def actor_side_sql(side: str, param: str) -> str:
    """SQL true when the event's `side` (source/target) actor is the one named by $param (name, alias or id)."""
    return (
        f"(e.{side}_actor_id IN (SELECT id FROM actors WHERE id = ${param}_exact"
        f" OR name ILIKE ${param} ESCAPE '\\' OR array_to_string(aliases, ' | ') ILIKE ${param} ESCAPE '\\')"
        f" OR e.{side}_name ILIKE ${param} ESCAPE '\\'"
        f" OR e.id IN (SELECT event_id FROM mentions WHERE {side}_text ILIKE ${param} ESCAPE '\\'"
        f" OR {side}_name ILIKE ${param} ESCAPE '\\'))"
    )


def event_where(f: EventFilter) -> tuple[str, dict[str, Any]]:
    """The WHERE clause and its named parameters for an event filter."""
    clauses: list[str] = []
    params: dict[str, Any] = {}
    if f.actor:
        params["actor"] = like(f.actor.strip())
        params["actor_exact"] = f.actor.strip()
        clauses.append(f"({actor_side_sql('source', 'actor')} OR {actor_side_sql('target', 'actor')})")
    if f.type:
        types = [t.strip().upper() for t in f.type.split(",") if t.strip()]
        if types:
            names = []
            for i, t in enumerate(types):
                params[f"type{i}"] = t
                names.append(f"$type{i}")
            clauses.append(f"e.type IN ({', '.join(names)})")
    if f.since:
        params["since"] = f.since
        # "2021-02" starts before "2021-02-10" as a string, so a month-precise event stays in a day range.
        clauses.append("e.date >= substr($since, 1, length(e.date))")
    if f.until:
        params["until"] = f.until
        clauses.append("substr(e.date, 1, length($until)) <= $until")
    if f.country:
        params["country"] = f.country.strip().upper()
        clauses.append("(e.source_country = $country OR e.target_country = $country OR e.location_country = $country)")
    if f.text:
        params["text"] = like(f.text.strip())
        clauses.append("e.id IN (SELECT event_id FROM mentions WHERE sentence ILIKE $text ESCAPE '\\')")
    if f.story:
        params["story"] = f.story
        clauses.append("e.story_id = $story")
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def event_json(row: dict[str, Any]) -> dict[str, Any]:
    """A flat events row in the contract's nested shape (plus sources, mentions count, story)."""

    def actor(side: str) -> Optional[dict[str, Any]]:
        if not any(row.get(f"{side}_{k}") for k in ("name", "country", "sector", "actor_id")):
            return None
        return {k: row.get(f"{side}_{k}") for k in ("name", "country", "sector", "actor_id")}

    location = None
    if row.get("location_name") or row.get("lat") is not None:
        location = {"name": row.get("location_name"), "country": row.get("location_country"),
                    "lat": row.get("lat"), "lon": row.get("lon"), "geonameid": row.get("geonameid")}
    quantity = None
    if row.get("quantity_value") is not None:
        quantity = {"value": row["quantity_value"], "unit": row.get("quantity_unit")}
    return {
        "id": row["id"], "type": row["type"], "quad_class": QUAD_OF_TYPE.get(row["type"]),
        "mode": row.get("mode"), "cameo": row.get("cameo"),
        "source": actor("source"), "target": actor("target"),
        "date": row.get("date"), "date_precision": row.get("date_precision"),
        "modality": row.get("modality"), "location": location, "quantity": quantity,
        "sources": row.get("sources"), "n_mentions": row.get("n_mentions"),
        "first_reported": row.get("first_reported"), "last_reported": row.get("last_reported"),
        "story_id": row.get("story_id"), "confidence": row.get("confidence"),
        "summary": row.get("summary"),
    }


SUMMARY_SQL = (
    "(SELECT first(m.sentence ORDER BY m.confidence DESC NULLS LAST, m.id) FROM mentions m WHERE m.event_id = e.id)"
)


def list_events(con, f: EventFilter, limit: int = 100, offset: int = 0, sort: str = "date") -> dict[str, Any]:
    """One page of events matching the filter, with the total count; rows are flat table columns."""
    where, params = event_where(f)
    total = con.execute(f"SELECT count(*) FROM {EVENTS} e{where}", params).fetchone()[0]
    order = EVENT_SORTS.get(sort, EVENT_SORTS["date"])
    items = rows(con, f"SELECT e.*, {SUMMARY_SQL} AS summary FROM {EVENTS} e{where} ORDER BY {order}"
                      f" LIMIT {int(limit)} OFFSET {int(offset)}", params)
    return {"total": total, "limit": limit, "offset": offset, "items": items}


def find_all(text: str, needle: Optional[str]) -> Optional[tuple[int, int]]:
    """First case-sensitive (then case-insensitive) occurrence of needle in text, as (start, end)."""
    if not needle:
        return None
    at = text.find(needle)
    if at < 0:
        at = text.lower().find(needle.lower())
    return (at, at + len(needle)) if at >= 0 else None


def highlights(mention: dict[str, Any]) -> list[dict[str, Any]]:
    """Spans to highlight in a mention's sentence, offsets relative to the sentence, non-overlapping.

    The trigger comes from its stored article offsets; actors, date and place expressions (stored as
    text only) are located in the sentence. Earlier kinds win overlaps: trigger, source, target, date, place.
    """
    sentence = mention.get("sentence") or ""
    spans: list[dict[str, Any]] = []
    start0 = mention.get("sent_start") or 0
    ts, te = mention.get("trigger_start"), mention.get("trigger_end")
    if ts is not None and te is not None and start0 <= ts < te <= start0 + len(sentence):
        spans.append({"kind": "trigger", "start": ts - start0, "end": te - start0})
    else:
        found = find_all(sentence, mention.get("trigger"))
        if found:
            spans.append({"kind": "trigger", "start": found[0], "end": found[1]})
    for kind, key in (("source", "source_text"), ("target", "target_text"), ("date", "date_text"),
                      ("place", "location_text")):
        found = find_all(sentence, mention.get(key))
        if found:
            spans.append({"kind": kind, "start": found[0], "end": found[1]})
    kept: list[dict[str, Any]] = []
    for span in spans:
        if all(span["end"] <= k["start"] or span["start"] >= k["end"] for k in kept):
            kept.append(span)
    return sorted(kept, key=lambda s: s["start"])


MENTION_COLUMNS = (
    "m.id, m.doc, m.event_id, m.type, m.mode, m.cameo, m.source_text, m.source_name, m.source_country,"
    " m.source_sector, m.target_text, m.target_name, m.target_country, m.target_sector, m.date,"
    " m.date_precision, m.date_text, m.modality, m.location_text, m.location_name, m.location_country,"
    " m.lat, m.lon, m.quantity_text, m.sentence, m.sent_start, m.sent_end, m.trigger, m.trigger_start,"
    " m.trigger_end, m.attributed_to, m.published, m.confidence, a.title AS article_title,"
    " a.source AS article_source, a.url AS article_url"
)


def mention_json(row: dict[str, Any]) -> dict[str, Any]:
    out = dict(row)
    out["highlights"] = highlights(row)
    return out


def get_event(con, event_id: str) -> Optional[dict[str, Any]]:
    """One event with every mention (sentence, offsets, trigger offsets, date text, actors' text)."""
    found = rows(con, f"SELECT e.*, {SUMMARY_SQL} AS summary FROM {EVENTS} e WHERE e.id = ?", [event_id])
    if not found:
        return None
    event = event_json(found[0])
    mentions = rows(con, f"SELECT {MENTION_COLUMNS} FROM mentions m LEFT JOIN articles a ON a.id = m.doc"
                         " WHERE m.event_id = ? ORDER BY m.published NULLS LAST, m.doc, m.sent_start", [event_id])
    event["mentions"] = [mention_json(m) for m in mentions]
    return event


def list_mentions(con, f: EventFilter, limit: int = 1000, offset: int = 0) -> dict[str, Any]:
    """Mentions of the events matching the filter (for downloads of the evidence behind a view)."""
    where, params = event_where(f)
    sub = f"SELECT e.id FROM {EVENTS} e{where}"
    total = con.execute(f"SELECT count(*) FROM mentions m WHERE m.event_id IN ({sub})", params).fetchone()[0]
    items = rows(con, f"SELECT {MENTION_COLUMNS} FROM mentions m LEFT JOIN articles a ON a.id = m.doc"
                      f" WHERE m.event_id IN ({sub}) ORDER BY m.date NULLS LAST, m.doc, m.sent_start"
                      f" LIMIT {int(limit)} OFFSET {int(offset)}", params)
    return {"total": total, "limit": limit, "offset": offset, "items": items}


def list_articles(con, text: Optional[str] = None, limit: int = 100, offset: int = 0) -> dict[str, Any]:
    where, params = "", {}
    if text:
        where = " WHERE a.title ILIKE $q ESCAPE '\\' OR a.id ILIKE $q ESCAPE '\\' OR a.text ILIKE $q ESCAPE '\\'"
        params = {"q": like(text)}
    total = con.execute(f"SELECT count(*) FROM articles a{where}", params).fetchone()[0]
    items = rows(con, "SELECT a.id, a.title, a.url, a.source, a.published, a.published_how, a.path,"
                      " length(a.text) AS length, a.ingested_at,"
                      " (SELECT count(*) FROM mentions m WHERE m.doc = a.id) AS n_mentions"
                      f" FROM articles a{where} ORDER BY a.published NULLS LAST, a.id"
                      f" LIMIT {int(limit)} OFFSET {int(offset)}", params)
    return {"total": total, "limit": limit, "offset": offset, "items": items}


def get_article(con, article_id: str) -> Optional[dict[str, Any]]:
    """An article's full text (untrusted: the page renders it as text) and its mentions' offsets."""
    found = rows(con, "SELECT id, sha1, path, title, url, source, published, published_how, published_text,"
                      " text, ingested_at FROM articles WHERE id = ?", [article_id])
    if not found:
        return None
    article = found[0]
    article["mentions"] = rows(con, "SELECT id, event_id, type, sent_start, sent_end, trigger, trigger_start,"
                                    " trigger_end, date_text, source_text, target_text FROM mentions"
                                    " WHERE doc = ? ORDER BY sent_start", [article_id])
    return article


def parse_roles(value: Any) -> list[Any]:
    if not value:
        return []
    try:
        parsed = json.loads(value)
    except (TypeError, ValueError):
        return [value]
    return parsed if isinstance(parsed, list) else [parsed]


def list_actors(con, text: Optional[str] = None, limit: int = 100, offset: int = 0) -> dict[str, Any]:
    """Actors with aliases, roles and how many events they take part in."""
    where, params = "", {}
    if text:
        where = " WHERE a.id = $exact OR a.name ILIKE $q ESCAPE '\\' OR array_to_string(a.aliases, ' | ') ILIKE $q ESCAPE '\\'"
        params = {"q": like(text), "exact": text}
    total = con.execute(f"SELECT count(*) FROM actors a{where}", params).fetchone()[0]
    items = rows(con, "SELECT a.id, a.name, a.country, a.sector, a.aliases, a.roles,"
                      f" (SELECT count(*) FROM {EVENTS} e WHERE e.source_actor_id = a.id OR e.target_actor_id = a.id)"
                      f" AS n_events FROM actors a{where} ORDER BY n_events DESC, a.name"
                      f" LIMIT {int(limit)} OFFSET {int(offset)}", params)
    for item in items:
        item["roles"] = parse_roles(item["roles"])
        item["aliases"] = item["aliases"] or []
    return {"total": total, "limit": limit, "offset": offset, "items": items}


def timeline(con, name: str, limit: int = 5000) -> list[dict[str, Any]]:
    """Chronological events involving the actor called `name` (canonical name, alias, id or surface text)."""
    return list_events(con, EventFilter(actor=name), limit=limit, sort="date")["items"]


def actor_profile(con, name: str) -> Optional[dict[str, Any]]:
    """Actor page data: who it is, aliases, roles, events over time and its network of counterparts."""
    params = {"actor": like(name.strip()), "actor_exact": name.strip()}
    known = rows(con, "SELECT id, name, country, sector, aliases, roles FROM actors"
                      " WHERE id = $exact OR lower(name) = lower($exact)"
                      " OR list_contains(list_transform(aliases, lambda a: lower(a)), lower($exact))"
                      " ORDER BY (id = $exact) DESC, (lower(name) = lower($exact)) DESC LIMIT 1",
                 {"exact": name.strip()}) if name.strip() else []
    src, tgt = actor_side_sql("source", "actor"), actor_side_sql("target", "actor")
    events = rows(con, f"SELECT e.*, {SUMMARY_SQL} AS summary, {src} AS is_source, {tgt} AS is_target"
                       f" FROM {EVENTS} e WHERE {src} OR {tgt} ORDER BY e.date NULLS LAST, e.id", params)
    if not known and not events:
        return None
    surface = rows(con, "SELECT DISTINCT text FROM (SELECT source_text AS text, source_name AS n FROM mentions"
                        " UNION ALL SELECT target_text, target_name FROM mentions)"
                        " WHERE text IS NOT NULL AND (text ILIKE $actor ESCAPE '\\' OR n ILIKE $actor ESCAPE '\\')"
                        " ORDER BY text", {"actor": params["actor"]})
    actor = known[0] if known else {"id": None, "name": name.strip(), "country": None, "sector": None,
                                    "aliases": [], "roles": None}
    aliases = list(dict.fromkeys([*(actor.get("aliases") or []),
                                  *(s["text"] for s in surface if s["text"].lower() not in PRONOUNS)]))
    by_month: dict[str, int] = {}
    edges: dict[tuple[str, str], dict[str, Any]] = {}
    for e in events:
        if e.get("date"):
            month = e["date"][:7]
            by_month[month] = by_month.get(month, 0) + 1
        for mine, other, direction in (("is_source", "target", "acts_on"), ("is_target", "source", "acted_on_by")):
            if not e.get(mine):
                continue
            label = e.get(f"{other}_name") or e.get(f"{other}_actor_id")
            if not label or (e.get("is_source") and e.get("is_target") and direction == "acted_on_by"):
                continue
            edge = edges.setdefault((direction, label), {"direction": direction, "actor": label,
                                                         "actor_id": e.get(f"{other}_actor_id"),
                                                         "count": 0, "types": {}})
            edge["count"] += 1
            edge["types"][e["type"]] = edge["types"].get(e["type"], 0) + 1
    return {
        "id": actor.get("id"), "name": actor.get("name"), "country": actor.get("country"),
        "sector": actor.get("sector"), "aliases": aliases, "roles": parse_roles(actor.get("roles")),
        "events": [{**event_json(e), "role": "source" if e.get("is_source") else "target"} for e in events],
        "events_by_month": [{"month": m, "count": c} for m, c in sorted(by_month.items())],
        "network": sorted(edges.values(), key=lambda x: (-x["count"], x["actor"])),
    }


def list_stories(con) -> list[dict[str, Any]]:
    return rows(con, "SELECT * FROM stories ORDER BY first_date NULLS LAST, id")


def stats(con) -> dict[str, Any]:
    """Counts and spreads that tell what is in the store."""
    count = {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
             for t in ("articles", "mentions", "events", "actors", "stories")}
    first, last = con.execute("SELECT min(date), max(date) FROM events").fetchone()
    return {
        "counts": count,
        "date_range": {"first": first, "last": last},
        "events_by_type": rows(con, "SELECT type, count(*) AS n FROM events GROUP BY type ORDER BY n DESC, type"),
        "events_by_month": rows(con, "SELECT substr(date, 1, 7) AS month, count(*) AS n FROM events"
                                     " WHERE date IS NOT NULL GROUP BY month ORDER BY month"),
        "articles_by_published_how": rows(con, "SELECT coalesce(published_how, 'none') AS how, count(*) AS n"
                                               " FROM articles GROUP BY how ORDER BY n DESC"),
        "modality": rows(con, "SELECT modality, count(*) AS n FROM mentions GROUP BY modality ORDER BY n DESC"),
        "quad_classes": QUAD_CLASSES,
    }
