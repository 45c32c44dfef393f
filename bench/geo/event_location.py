"""Event-location choice on ../shared/data/event-location (ahalterman/event_location): the 496 sentences
relabelled as gold (source "RELABEL"), each with one event verb and zero or more location spans, and a fixed
sample of 1,200 of the other, accepted ("silver") sentences, on which the rules were developed.

For each sentence eventwire geocodes the sentence alone and asks `location_for_event` for the verb's
place. Correct when the chosen place overlaps a gold location span, or when there is no gold location
and eventwire returns none.
"""
from __future__ import annotations

import json
import random
from pathlib import Path

DATA = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "event-location" / "labeled_text.jsonl"
SILVER_SAMPLE = 1200  # the development sample: accepted non-RELABEL sentences, shuffled with seed 0


def _records() -> list[dict]:
    text = DATA.read_text(encoding="utf-8").strip()
    return json.loads(text) if text.startswith("[") else [json.loads(line) for line in text.splitlines()]


def _sentence(rec: dict):
    toks = rec["tokens"]

    def chars(span):  # the relabelled records' character offsets are unreliable: use token indices
        if span.get("token_end", len(toks)) >= len(toks):
            return span["start"], span["end"]
        return toks[span["token_start"]]["start"], toks[span["token_end"]]["end"]

    verbs = [chars(s) for s in rec.get("spans", []) if s["label"] == "VERB"]
    locs = [chars(s) for s in rec.get("spans", []) if s["label"] == "LOCATION"]
    return (rec["text"], verbs[0], locs) if len(verbs) == 1 else None


def load_gold() -> list[tuple[str, tuple[int, int], list[tuple[int, int]]]]:
    return [s for rec in _records() if rec.get("source") == "RELABEL" for s in [_sentence(rec)] if s]


def load_silver() -> list[tuple[str, tuple[int, int], list[tuple[int, int]]]]:
    out = [s for rec in _records() if rec.get("source") != "RELABEL" and rec.get("answer") == "accept"
           for s in [_sentence(rec)] if s]
    random.Random(0).shuffle(out)
    return out[:SILVER_SAMPLE]


def evaluate(sentences) -> dict:
    from eventwire.stages.geocode import geocode_docs, location_for_event
    from eventwire.stages.parse import parse_texts

    counts = {"n": len(sentences), "with_loc": 0, "loc_right": 0, "no_loc": 0, "none_right": 0}
    for (text, (vs, ve), locs), doc in zip(sentences, parse_texts([g[0] for g in sentences])):
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
    rows = [("gold (RELABEL), reported", evaluate(load_gold())),
            (f"silver sample of {SILVER_SAMPLE}, developed on", evaluate(load_silver()))]
    lines = ["| event-location sentences | sentences | verb has a location: chosen place overlaps it "
             "| verb has none: none chosen | all right |", "|---|---|---|---|---|"]
    for name, c in rows:
        right = c["loc_right"] + c["none_right"]
        lines.append(f"| {name} | {c['n']} | {c['loc_right'] / max(c['with_loc'], 1):.3f} ({c['with_loc']}) "
                     f"| {c['none_right'] / max(c['no_loc'], 1):.3f} ({c['no_loc']}) | {right / max(c['n'], 1):.3f} |")
    return "\n".join(lines)


if __name__ == "__main__":
    print(table())
