"""Stories: deduplicated events grouped by the actors and articles they share within a time window.

"Navalny's arrest and the protests" is a chain of events that keep naming the same specific actors
(people, organisations) a few weeks apart, and that the same articles report together. Country-level
actors ("Russia", "Russian police") are too broad to tie events together, so only specific actors and
shared articles link events. A story is a connected component of "shares a key, at most WINDOW_DAYS
apart", so it depends only on the set of events: the store adds new events to stories incrementally
(re-grouping only the stories they touch) and gets what grouping everything at once would give; story
ids hash the smallest event id.
"""
from __future__ import annotations

import hashlib
from collections import Counter
from datetime import date
from typing import Optional

from .dedup import flat_event, parse_date

WINDOW_DAYS = 30  # consecutive events of a story are at most this far apart
MODE_WORDS = {"arrest": "arrest", "demo": "protests", "visit": "visits", "convict": "trial", "call": "talks",
              "seize": "seizure", "ban": "ban", "kill": "killings", "apologize": "apology", "allege": "accusations"}
TYPE_WORDS = {
    "AGREE": "agreement", "CONSULT": "talks", "SUPPORT": "support", "CONCEDE": "concession",
    "COOPERATE": "cooperation", "AID": "aid", "RETREAT": "retreat", "REQUEST": "demands",
    "ACCUSE": "accusations", "REJECT": "rejection", "THREATEN": "threats", "PROTEST": "protests",
    "SANCTION": "sanctions", "MOBILIZE": "mobilization", "COERCE": "coercion", "ASSAULT": "violence",
}


def _event_span(e: dict) -> Optional[tuple[date, date]]:
    """The event's date range (a month-precision date spans the month), else its first report day."""
    return parse_date(e.get("date")) or parse_date(e.get("first_reported"))


def _specific_actors(e: dict) -> list[tuple[str, str]]:
    """(key, display name) of the event's person/organisation actors."""
    out = []
    for side in ("source", "target"):
        aid, name = e.get(f"{side}_actor_id"), e.get(f"{side}_name")
        if aid and (":" in aid or "/" in aid):
            out.append((aid, name or aid))
        elif not aid and name and name[:1].isupper() and name != e.get(f"{side}_country"):
            country = e.get(f"{side}_country")
            if not country or name.upper() != country:
                out.append((name.lower(), name))
    return out


def _short(name: str) -> str:
    """'Alexei Navalny' -> 'Navalny' for titles."""
    parts = name.split()
    return parts[-1] if len(parts) > 1 and parts[0][:1].isupper() else name


def _title(events: list[dict], actors: Counter, names: dict[str, str]) -> str:
    main = [names[k] for k, _ in actors.most_common(2)]
    words = Counter()
    for e in events:
        word = MODE_WORDS.get(e.get("mode") or "") or TYPE_WORDS.get(e.get("type") or "",
                                                                      (e.get("type") or "events").lower())
        words[word] += max(1, int(e.get("sources") or 1))
    what = [w for w, _ in sorted(words.items(), key=lambda kv: (-kv[1], kv[0]))[:2]]
    who = " and ".join(_short(n) for n in main) if main else (events[0].get("source_name") or
                                                               events[0].get("target_name") or "")
    return f"{who}: {', '.join(what)}" if who else ", ".join(what)


def story_keys(e: dict) -> list[str]:
    """What ties events into a story: their specific actors and the articles that report them."""
    return [k for k, _ in _specific_actors(e)] + [f"doc:{d}" for d in (e.get("docs") or [])]


def _close(a: Optional[tuple[date, date]], b: Optional[tuple[date, date]]) -> bool:
    if a is None or b is None:
        return True
    return max((b[0] - a[1]).days, (a[0] - b[1]).days, 0) <= WINDOW_DAYS


def components(events: list[dict]) -> list[list[dict]]:
    """Events linked when they share a key and are at most WINDOW_DAYS apart, grouped by connectivity.

    A connected component is a property of the set of events, not of their order, which is what makes
    the store's incremental update (`Store.update_stories`) equal to grouping everything at once.
    """
    evs = sorted((flat_event(e) for e in events), key=lambda e: str(e["id"]))
    spans = [_event_span(e) for e in evs]
    parent = list(range(len(evs)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    postings: dict[str, list[int]] = {}
    for i, e in enumerate(evs):
        for key in story_keys(e):
            postings.setdefault(key, []).append(i)
    for members in postings.values():
        undated = [i for i in members if spans[i] is None]
        dated = sorted((i for i in members if spans[i] is not None), key=lambda i: (spans[i][0], i))
        for x, i in enumerate(dated):  # sweep by start: later events begin no earlier
            for j in dated[x + 1:]:
                if (spans[j][0] - spans[i][1]).days > WINDOW_DAYS:
                    break
                ri, rj = find(i), find(j)
                if ri != rj:
                    parent[max(ri, rj)] = min(ri, rj)
        for i in undated:  # undated: close to every event of the key
            for j in members:
                ri, rj = find(i), find(j)
                if ri != rj:
                    parent[max(ri, rj)] = min(ri, rj)
    groups: dict[int, list[dict]] = {}
    for i, e in enumerate(evs):
        groups.setdefault(find(i), []).append(e)
    return list(groups.values())


def describe(members: list[dict]) -> dict:
    """A story dict: id (hash of its smallest event id), title, first_date, last_date, actors (display names,
    most involved first), n_events, n_articles (distinct `docs` when the rows carry them, else the summed
    `sources`), event_ids."""
    members = [flat_event(e) for e in members]
    actors: Counter = Counter()
    names: dict[str, str] = {}
    for e in members:
        for key, name in _specific_actors(e):
            actors[key] += 1
            if len(name) > len(names.get(key, "")):
                names[key] = name
    members.sort(key=lambda e: ((_event_span(e) or (date.max, date.max))[0], str(e["id"])))
    days = [d for sp in (_event_span(e) for e in members) if sp for d in sp]
    docs = {d for e in members for d in (e.get("docs") or [])}
    n_articles = len(docs) if docs else sum(int(e.get("sources") or 0) for e in members)
    smallest = min(str(e["id"]) for e in members)
    return {
        "id": "st_" + hashlib.sha1(smallest.encode("utf-8")).hexdigest()[:16],
        "title": _title(members, actors, names),
        "first_date": min(days).isoformat() if days else None,
        "last_date": max(days).isoformat() if days else None,
        "actors": [names[k] for k, _ in sorted(actors.items(), key=lambda kv: (-kv[1], names[kv[0]]))],
        "n_events": len(members),
        "n_articles": n_articles,
        "event_ids": sorted(str(e["id"]) for e in members),
    }


def group_stories(events: list[dict]) -> list[dict]:
    """Stories over events (the store's events rows, or dedup.summarize_event dicts), largest first."""
    stories = [describe(members) for members in components(events)]
    stories.sort(key=lambda s: (-s["n_events"], s["first_date"] or "", s["id"]))
    return stories
