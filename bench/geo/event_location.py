"""Event-location choice on ../shared/data/event-location (ahalterman/event_location): the 496 sentences
relabelled as gold (source "RELABEL"), each with one event verb and zero or more location spans.

For each sentence eventwire geocodes the sentence alone and asks `location_for_event` for the verb's
place. Correct when the chosen place overlaps a gold location span, or when there is no gold location
and eventwire returns none.
"""
from __future__ import annotations

import json
from pathlib import Path

DATA = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "event-location" / "labeled_text.jsonl"


def load_gold() -> list[tuple[str, tuple[int, int], list[tuple[int, int]]]]:
    text = DATA.read_text(encoding="utf-8").strip()
    records = json.loads(text) if text.startswith("[") else [json.loads(line) for line in text.splitlines()]
    out = []
    for rec in records:
        if rec.get("source") != "RELABEL":
            continue
        toks = rec["tokens"]

        def chars(span):  # the relabelled records' character offsets are unreliable: use token indices
            return toks[span["token_start"]]["start"], toks[span["token_end"]]["end"]

        verbs = [chars(s) for s in rec.get("spans", []) if s["label"] == "VERB"]
        locs = [chars(s) for s in rec.get("spans", []) if s["label"] == "LOCATION"]
        if len(verbs) == 1:
            out.append((rec["text"], verbs[0], locs))
    return out


def evaluate() -> dict:
    from eventwire.stages.geocode import geocode_docs, location_for_event
    from eventwire.stages.parse import parse_texts

    gold = load_gold()
    counts = {"n": len(gold), "with_loc": 0, "loc_right": 0, "no_loc": 0, "none_right": 0}
    for (text, (vs, ve), locs), doc in zip(gold, parse_texts([g[0] for g in gold])):
        places = geocode_docs([doc])
        trigger = next((t for t in doc if t.idx <= vs < t.idx + len(t) or vs <= t.idx < ve), None)
        pick = location_for_event(trigger, places) if trigger is not None else None
        if locs:
            counts["with_loc"] += 1
            counts["loc_right"] += bool(pick) and any(min(e, pick.end) > max(s, pick.start) for s, e in locs)
        else:
            counts["no_loc"] += 1
            counts["none_right"] += pick is None
    return counts


def table() -> str:
    if not DATA.exists():
        return f"event location: skipped, {DATA} not found"
    c = evaluate()
    right = c["loc_right"] + c["none_right"]
    return "\n".join([
        "| event-location gold (RELABEL) | sentences | right |",
        "|---|---|---|",
        f"| verb has a gold location: chosen place overlaps it | {c['with_loc']} | {c['loc_right'] / max(c['with_loc'], 1):.3f} |",
        f"| verb has no gold location: none chosen | {c['no_loc']} | {c['none_right'] / max(c['no_loc'], 1):.3f} |",
        f"| all | {c['n']} | {right / max(c['n'], 1):.3f} |",
    ])


if __name__ == "__main__":
    print(table())
