"""DuckDB store: articles, mentions, events, actors, stories.

Rows go in through pandas DataFrames (`INSERT … BY NAME SELECT * FROM df`): bulk inserts are two
orders of magnitude faster than `executemany`. Each batch is one transaction, so a failure leaves
the file as it was. Re-ingesting an article with the same id and text changes nothing; the same id
with a different text replaces that article's mentions.
"""
from __future__ import annotations

import importlib
import json
from datetime import date, timedelta
from importlib import resources
from pathlib import Path
from typing import Iterable, Optional

import duckdb
import pandas as pd

from ..records import ActorRef, Article, Evidence, Mention, Place, Quantity

PUBLISHED_WINDOW_DAYS = 45  # reports of one event by different outlets appear within weeks of each other


def _day(iso: Optional[str]) -> Optional[date]:
    try:
        return date.fromisoformat(iso[:10]) if iso else None
    except ValueError:
        return None

SCHEMA_MIGRATIONS = [
    "ALTER TABLE mentions ADD COLUMN IF NOT EXISTS alleged BOOLEAN",
    "ALTER TABLE events ADD COLUMN IF NOT EXISTS details VARCHAR",  # JSON: alternatives kept by dedup
]


class Store:
    def __init__(self, path: str | Path = "eventwire.duckdb", read_only: bool = False):
        self.path = str(path)
        self.conn = duckdb.connect(self.path, read_only=read_only)
        if not read_only:
            self.conn.execute(resources.files("eventwire.store").joinpath("schema.sql").read_text("utf-8"))
            for stmt in SCHEMA_MIGRATIONS:
                self.conn.execute(stmt)

    def close(self) -> None:
        self.conn.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    # ------------------------------------------------------------------ articles
    def article_status(self, article: Article) -> str:
        """'new', 'same' (already stored with this text) or 'changed'."""
        row = self.conn.execute("SELECT sha1 FROM articles WHERE id = ?", [article.id]).fetchone()
        if row is None:
            return "new"
        return "same" if row[0] == article.sha1 else "changed"

    def add_results(self, results: Iterable) -> dict:
        """Store pipeline results (`pipeline.Result`) in one transaction; returns counts."""
        results = list(results)
        counts = {"articles": 0, "unchanged": 0, "replaced": 0, "mentions": 0}
        todo = []
        for r in results:
            status = self.article_status(r.article)
            if status == "same":
                counts["unchanged"] += 1
                continue
            if status == "changed":
                counts["replaced"] += 1
            todo.append(r)
        if not todo:
            return counts
        self.conn.execute("BEGIN TRANSACTION")
        try:
            ids = [r.article.id for r in todo]
            stale_events = [row[0] for row in self.conn.execute(
                "SELECT DISTINCT event_id FROM mentions WHERE doc IN (SELECT unnest(?)) AND event_id IS NOT NULL",
                [ids]).fetchall()]
            self.conn.execute("DELETE FROM mentions WHERE doc IN (SELECT unnest(?))", [ids])
            self.conn.execute("DELETE FROM articles WHERE id IN (SELECT unnest(?))", [ids])
            self._insert("articles", pd.DataFrame([article_row(r.article) for r in todo]))
            new_mentions = [m for r in todo for m in r.mentions]
            # one sentence can mention the same event twice under different triggers: ids are unique
            unique = {m.id: m for m in new_mentions}
            new_mentions = list(unique.values())
            if new_mentions:
                self._insert("mentions", pd.DataFrame([mention_row(m) for m in new_mentions]))
            self._upsert_actors([a for r in todo for a in r.actors])
            touched, old_stories = self.link_events(new_mentions, stale_events)
            self.update_stories(touched, old_stories)
            self.conn.execute("COMMIT")
        except Exception:
            self.conn.execute("ROLLBACK")
            raise
        counts["articles"] = len(todo)
        counts["mentions"] = len(new_mentions)
        return counts

    def _insert(self, table: str, df: pd.DataFrame) -> None:
        self.conn.register("_rows", df)
        try:
            self.conn.execute(f"INSERT INTO {table} BY NAME SELECT * FROM _rows")
        finally:
            self.conn.unregister("_rows")

    def _upsert_actors(self, actors: list[dict]) -> None:
        merged: dict[str, dict] = {}
        for a in actors:
            if not a.get("id") or not a.get("name"):
                continue
            cur = merged.setdefault(a["id"], {"id": a["id"], "name": a["name"], "country": a.get("country"),
                                              "sector": a.get("sector"), "aliases": set(), "roles": a.get("roles") or []})
            cur["aliases"].update(a.get("aliases") or [])
            cur["aliases"].add(a["name"])
        if not merged:
            return
        ids = list(merged)
        for row in self.conn.execute("SELECT id, aliases FROM actors WHERE id IN (SELECT unnest(?))", [ids]).fetchall():
            merged[row[0]]["aliases"].update(row[1] or [])
        self.conn.execute("DELETE FROM actors WHERE id IN (SELECT unnest(?))", [ids])
        rows = [{**a, "aliases": sorted(a["aliases"]), "roles": json.dumps(a["roles"], default=str)} for a in merged.values()]
        self._insert("actors", pd.DataFrame(rows))

    # ------------------------------------------------------------------ events
    def link_events(self, new: list[Mention], stale_events: list[str] = ()) -> tuple[set[str], set[str]]:
        """Attach new mentions to events (dedup when available) and rebuild the affected event rows.

        Returns (ids of the affected events, some now gone: merged into others; the stories they were in)."""
        dedup = _optional_dedup()
        mapping: dict[str, str] = {}
        # (dedup) mentions left in events that lost a replaced article's mentions are re-linked too
        orphans = [row_to_mention(r) for r in self._dicts(
            "SELECT * FROM mentions WHERE event_id IN (SELECT unnest(?))", [sorted(stale_events)])] \
            if dedup is not None and stale_events else []
        if dedup is not None and (new or orphans):
            seeds = list({m.id: m for m in list(new) + orphans}.values())
            existing = self.candidate_mentions(seeds, dedup)
            # (dedup) compare across the type family too (an apology coded CONCEDE here, AGREE there), and
            # hand over whole events: re-clustering part of a stored event would split it
            family = getattr(dedup, "TYPE_FAMILY", {})
            wanted = {family.get(m.type) for m in seeds} - {None}
            extra_types = sorted({t for t, f in family.items() if f in wanted} - {m.type for m in seeds})
            have = {m.id for m in existing} | {m.id for m in seeds}
            if extra_types:
                from dataclasses import replace as _replace
                existing += [m for m in self.candidate_mentions(
                    [_replace(m, type=t) for m in seeds for t in extra_types], dedup) if m.id not in have]
                have |= {m.id for m in existing}
            eids = sorted({m.event_id for m in existing if m.event_id})
            if eids:
                existing += [row_to_mention(r) for r in self._dicts(
                    "SELECT * FROM mentions WHERE event_id IN (SELECT unnest(?)) AND id NOT IN (SELECT unnest(?))",
                    [eids, sorted(have)])]
            seed_ids = {m.id for m in seeds}
            mapping = dedup.link_mentions(seeds, [m for m in existing if m.id not in seed_ids])
        for m in new:
            mapping.setdefault(m.id, m.event_id or m.id)
        if mapping:
            df = pd.DataFrame({"mid": list(mapping), "eid": list(mapping.values())})
            self.conn.register("_map", df)
            try:
                old = [r[0] for r in self.conn.execute(
                    "SELECT DISTINCT m.event_id FROM mentions m JOIN _map ON m.id = _map.mid "
                    "WHERE m.event_id IS NOT NULL").fetchall()]
                self.conn.execute("UPDATE mentions SET event_id = _map.eid FROM _map WHERE mentions.id = _map.mid")
            finally:
                self.conn.unregister("_map")
        else:
            old = []
        affected = set(mapping.values()) | set(old) | set(stale_events)
        return affected, self.rebuild_events(affected, dedup)

    def candidate_mentions(self, new: list[Mention], dedup) -> list[Mention]:
        """Stored mentions that could corefer with `new`: same types, and either dated within the new
        mentions' date windows or (undated ones, and any for an undated new mention) reported within
        PUBLISHED_WINDOW_DAYS of them. Outlets report one event within weeks of each other, so the scan stays
        bounded as the store grows; with no publication date at all the whole type is compared."""
        types = sorted({m.type for m in new})
        lo, hi, dated = "9999", "", False
        pub_lo, pub_hi, published = "9999", "", True
        for m in new:
            a, b = dedup.candidate_window(m) if hasattr(dedup, "candidate_window") else (None, None)
            if m.date and b is not None:
                lo, hi, dated = min(lo, a or ""), max(hi, b), True
            p = _day(m.published)
            if p is None:
                published = False
            else:
                pub_lo = min(pub_lo, (p - timedelta(days=PUBLISHED_WINDOW_DAYS)).isoformat())
                pub_hi = max(pub_hi, (p + timedelta(days=PUBLISHED_WINDOW_DAYS)).isoformat())
        new_ids = [m.id for m in new]
        sql = "SELECT * FROM mentions WHERE type IN (SELECT unnest(?)) AND id NOT IN (SELECT unnest(?))"
        params: list = [types, new_ids]
        if published and new:
            # dates are ISO strings of 4, 7 or 10 characters: '2010' is within [lo[:4], hi + '~']
            near = "(published >= ? AND published <= ?)"
            params += [pub_lo, pub_hi + "~"]
            if dated:
                near += " OR (date IS NOT NULL AND date >= ? AND date <= ?)"
                params += [lo[:4], hi + "~"]
            sql += f" AND ({near})"
        return [row_to_mention(r) for r in self._dicts(sql, params)]

    def rebuild_events(self, event_ids: Iterable[str], dedup=None) -> set[str]:
        """Rewrite the rows of these events from their mentions; returns the stories they were in."""
        ids = sorted({e for e in event_ids if e})
        if not ids:
            return set()
        old_stories = {r[0] for r in self.conn.execute(
            "SELECT DISTINCT story_id FROM events WHERE id IN (SELECT unnest(?)) AND story_id IS NOT NULL",
            [ids]).fetchall()}
        self.conn.execute("DELETE FROM events WHERE id IN (SELECT unnest(?))", [ids])
        rows = []
        by_event: dict[str, list[Mention]] = {}
        for r in self._dicts("SELECT * FROM mentions WHERE event_id IN (SELECT unnest(?))", [ids]):
            by_event.setdefault(r["event_id"], []).append(row_to_mention(r))
        for eid, ms in by_event.items():
            summary = dedup.summarize_event(ms) if dedup is not None and hasattr(dedup, "summarize_event") \
                else summarize_single(ms)
            rows.append(event_row(eid, summary, ms))
        if rows:
            self._insert("events", pd.DataFrame(rows))
        return old_stories

    _EVENTS_WITH_DOCS = ("SELECT e.*, (SELECT list(DISTINCT m.doc ORDER BY m.doc) FROM mentions m "
                         "WHERE m.event_id = e.id) AS docs FROM events e")

    def update_stories(self, touched: Iterable[str], stale_stories: Iterable[str] = ()) -> int:
        """Put the touched events (new, changed, or gone: merged away) into stories, incrementally.

        A story is a connected component of events sharing a specific actor or an article within the story
        window (stages/stories.py). Only the stories that can change are regrouped: those of the touched
        events (`stale_stories`: before they were rebuilt) and those of every stored event sharing a key with
        a touched one. No edge leaves that pool (an outside neighbour would share its story with a pool
        event), so the result equals grouping every event at once, whatever the order of ingestion.
        Returns the number of stories written.
        """
        try:
            from ..stages import stories as st
        except ImportError:
            return 0
        ids = sorted({e for e in touched if e})
        rows = self._dicts(f"SELECT * FROM ({self._EVENTS_WITH_DOCS}) WHERE id IN (SELECT unnest(?))", [ids]) \
            if ids else []
        keys = {k for r in rows for k in st.story_keys(st.flat_event(r))}
        docs = sorted(k[4:] for k in keys if k.startswith("doc:"))
        actor_keys = sorted(k for k in keys if not k.startswith("doc:"))
        affected = set(stale_stories)
        if keys:
            affected |= {r[0] for r in self.conn.execute(
                "SELECT DISTINCT story_id FROM events WHERE story_id IS NOT NULL AND ("
                "source_actor_id IN (SELECT unnest(?)) OR target_actor_id IN (SELECT unnest(?)) OR "
                "lower(source_name) IN (SELECT unnest(?)) OR lower(target_name) IN (SELECT unnest(?)) OR "
                "id IN (SELECT event_id FROM mentions WHERE doc IN (SELECT unnest(?))))",
                [actor_keys, actor_keys, actor_keys, actor_keys, docs]).fetchall()}
        pool = {r["id"]: r for r in rows}
        if affected:
            for r in self._dicts(f"SELECT * FROM ({self._EVENTS_WITH_DOCS}) WHERE story_id IN (SELECT unnest(?))",
                                 [sorted(affected)]):
                pool.setdefault(r["id"], r)
            self.conn.execute("DELETE FROM stories WHERE id IN (SELECT unnest(?))", [sorted(affected)])
        if not pool:
            return 0
        stories = [st.describe(members) for members in st.components(list(pool.values()))]
        self._write_stories(stories)
        return len(stories)

    def rebuild_stories(self) -> int:
        """Regroup every event into stories at once (repairs a store; ingestion uses `update_stories`)."""
        try:
            from ..stages.stories import group_stories
        except ImportError:
            return 0
        stories = group_stories(self._dicts(self._EVENTS_WITH_DOCS))
        self.conn.execute("DELETE FROM stories")
        self.conn.execute("UPDATE events SET story_id = NULL")
        self._write_stories(stories)
        return len(stories)

    def _write_stories(self, stories: list[dict]) -> None:
        if not stories:
            return
        self.conn.execute("DELETE FROM stories WHERE id IN (SELECT unnest(?))", [[x["id"] for x in stories]])
        self._insert("stories", pd.DataFrame([{k: x[k] for k in ("id", "title", "first_date", "last_date", "actors",
                                                                 "n_events", "n_articles")} for x in stories]))
        links = pd.DataFrame([{"eid": e, "sid": x["id"]} for x in stories for e in x["event_ids"]])
        self.conn.register("_links", links)
        try:
            self.conn.execute("UPDATE events SET story_id = _links.sid FROM _links WHERE events.id = _links.eid")
        finally:
            self.conn.unregister("_links")

    # ------------------------------------------------------------------ reading
    def _dicts(self, sql: str, params: Optional[list] = None) -> list[dict]:
        cur = self.conn.execute(sql, params or [])
        cols = [d[0] for d in cur.description]
        return [dict(zip(cols, row)) for row in cur.fetchall()]

    def counts(self) -> dict:
        return {t: self.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                for t in ("articles", "mentions", "events", "actors")}


def _optional_dedup():
    try:
        mod = importlib.import_module("eventwire.stages.dedup")
    except ImportError:
        return None
    return mod if hasattr(mod, "link_mentions") else None


# ---------------------------------------------------------------------- row mapping
def article_row(a: Article) -> dict:
    return {"id": a.id, "sha1": a.sha1, "path": a.path, "title": a.title, "url": a.url, "source": a.source,
            "published": a.published, "published_how": a.published_how, "published_text": a.published_text,
            "text": a.text}


def _actor_cols(prefix: str, a: Optional[ActorRef]) -> dict:
    return {f"{prefix}_text": a.text if a else None, f"{prefix}_name": a.name if a else None,
            f"{prefix}_country": a.country if a else None, f"{prefix}_sector": a.sector if a else None,
            f"{prefix}_actor_id": a.actor_id if a else None}


def mention_row(m: Mention) -> dict:
    loc, q = m.location, m.quantity
    return {
        "id": m.id, "doc": m.doc, "event_id": m.event_id, "type": m.type, "mode": m.mode, "cameo": m.cameo,
        **_actor_cols("source", m.source), **_actor_cols("target", m.target),
        "date": m.date, "date_precision": m.date_precision, "date_text": m.date_text, "modality": m.modality,
        "location_text": loc.text if loc else None, "location_name": loc.name if loc else None,
        "location_country": loc.country if loc else None, "lat": loc.lat if loc else None,
        "lon": loc.lon if loc else None, "geonameid": loc.geonameid if loc else None,
        "quantity_value": float(q.value) if q else None, "quantity_unit": q.unit if q else None,
        "quantity_text": q.text if q else None,
        "sentence": m.evidence.sentence, "sent_start": m.evidence.start, "sent_end": m.evidence.end,
        "trigger": m.trigger, "trigger_start": m.trigger_start, "trigger_end": m.trigger_end,
        "attributed_to": m.attributed_to, "alleged": m.alleged, "published": m.published,
        "confidence": m.confidence,
    }


def _actor_from(r: dict, prefix: str) -> Optional[ActorRef]:
    if r.get(f"{prefix}_text") is None and r.get(f"{prefix}_name") is None:
        return None
    return ActorRef(text=r.get(f"{prefix}_text") or "", name=r.get(f"{prefix}_name"),
                    country=r.get(f"{prefix}_country"), sector=r.get(f"{prefix}_sector"),
                    actor_id=r.get(f"{prefix}_actor_id"))


def row_to_mention(r: dict) -> Mention:
    loc = None
    if r.get("location_name") or r.get("location_text"):
        loc = Place(text=r.get("location_text") or "", start=0, end=0, name=r.get("location_name"),
                    country=r.get("location_country"), lat=r.get("lat"), lon=r.get("lon"),
                    geonameid=r.get("geonameid"))
    q = None
    if r.get("quantity_value") is not None:
        v = r["quantity_value"]
        q = Quantity(value=int(v) if float(v).is_integer() else v, unit=r.get("quantity_unit") or "",
                     text=r.get("quantity_text") or "")
    return Mention(
        doc=r["doc"], type=r["type"], mode=r.get("mode"), cameo=r.get("cameo"),
        source=_actor_from(r, "source"), target=_actor_from(r, "target"),
        date=r.get("date"), date_precision=r.get("date_precision"), date_text=r.get("date_text"),
        modality=r.get("modality") or "asserted", location=loc, quantity=q,
        evidence=Evidence(r["sentence"], r["sent_start"], r["sent_end"]), published=r.get("published"),
        confidence=r.get("confidence") or 0.0, trigger=r.get("trigger"), trigger_start=r.get("trigger_start"),
        trigger_end=r.get("trigger_end"), attributed_to=r.get("attributed_to"), alleged=bool(r.get("alleged")),
        event_id=r.get("event_id"),
    )


def summarize_single(mentions: list[Mention]) -> dict:
    """Fallback event summary without the dedup stage: the most confident mention speaks for the event."""
    best = max(mentions, key=lambda m: m.confidence)
    d = best.to_dict()
    d["sources"] = len({m.doc for m in mentions})
    pubs = sorted(m.published for m in mentions if m.published)
    d["first_reported"] = pubs[0] if pubs else None
    d["last_reported"] = pubs[-1] if pubs else None
    return d


def _get(d: dict, key: str, sub: Optional[str] = None):
    v = d.get(key)
    if sub is None:
        return v
    if isinstance(v, dict):
        return v.get(sub)
    if v is not None and hasattr(v, sub):
        return getattr(v, sub)
    return None


def event_row(eid: str, s: dict, mentions: list[Mention]) -> dict:
    """Map an event summary (from dedup.summarize_event or summarize_single) onto the events table."""
    loc = s.get("location")
    q = s.get("quantity")
    known = {"id", "type", "mode", "cameo", "source", "target", "date", "date_precision", "modality", "location",
             "quantity", "sources", "first_reported", "last_reported", "confidence", "evidence", "doc", "published",
             "date_text", "trigger", "attributed_to", "mentions", "n_mentions"}
    details = {k: v for k, v in s.items() if k not in known}
    pubs = sorted(m.published for m in mentions if m.published)
    return {
        "id": eid, "type": s.get("type"), "mode": s.get("mode"), "cameo": s.get("cameo"),
        "source_name": _get(s, "source", "name"), "source_country": _get(s, "source", "country"),
        "source_sector": _get(s, "source", "sector"), "source_actor_id": _get(s, "source", "actor_id"),
        "target_name": _get(s, "target", "name"), "target_country": _get(s, "target", "country"),
        "target_sector": _get(s, "target", "sector"), "target_actor_id": _get(s, "target", "actor_id"),
        "date": s.get("date"), "date_precision": s.get("date_precision"), "modality": s.get("modality"),
        "location_name": _get(s, "location", "name") if loc else None,
        "location_country": _get(s, "location", "country") if loc else None,
        "lat": _get(s, "location", "lat") if loc else None, "lon": _get(s, "location", "lon") if loc else None,
        "geonameid": _get(s, "location", "geonameid") if loc else None,
        "quantity_value": _get(s, "quantity", "value") if q else None,
        "quantity_unit": _get(s, "quantity", "unit") if q else None,
        "sources": int(s.get("sources") or len({m.doc for m in mentions})),
        "n_mentions": len(mentions),
        "first_reported": s.get("first_reported") or (pubs[0] if pubs else None),
        "last_reported": s.get("last_reported") or (pubs[-1] if pubs else None),
        "story_id": s.get("story_id"),
        "confidence": s.get("confidence") or max(m.confidence for m in mentions),
        "details": json.dumps(details, default=str) if details else None,
    }
