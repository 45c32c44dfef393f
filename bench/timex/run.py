"""TempEval-3 TIMEX3 benchmark: strict/relaxed span F1 and value F1 (TE3 definitions).

`run()` measures the TE3 platinum test set (20 articles; test only, never tuned on).
`python bench/timex/run.py --dev [N]` scores TBAQ-cleaned (the development set the rules were tuned on),
optionally on the first N articles, and prints the value errors.

Definitions (TempEval-3, UzZaman et al. 2013): strict match = identical extent; relaxed = overlapping
extent (one-to-one). Value P = correctly normalised relaxed matches / system timexes, value R = the
same / gold timexes. The document creation time itself is not scored.
"""
from __future__ import annotations

import re
import sys
import time
from dataclasses import dataclass
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT.parent / "shared" / "data" / "tempeval3"
PUBLISHED = {"HeidelTime": (None, None, 77.61), "SUTime": (None, None, 67.38), "CogComp": (None, None, 70.45)}
TAG = re.compile(r"<(/?)([A-Za-z0-9]+)([^>]*)>")
ATTR = re.compile(r'(\w+)="([^"]*)"')


@dataclass
class GoldTimex:
    start: int
    end: int
    text: str
    type: str
    value: str


def load_tml(path: Path) -> tuple[str, date, list[GoldTimex]]:
    """Plain text of <TEXT>, the DCT and the gold TIMEX3s with offsets into that text."""
    raw = path.read_text(encoding="utf-8")
    dct_m = re.search(r"<DCT>.*?value=\"(\d{4}-\d{2}-\d{2})", raw, re.S)
    dct = date.fromisoformat(dct_m.group(1))
    body = re.search(r"<TEXT>(.*)</TEXT>", raw, re.S).group(1)
    out, gold, pos, open_tx = [], [], 0, None
    length = 0
    for m in TAG.finditer(body):
        chunk = _unescape(body[pos:m.start()])
        out.append(chunk)
        length += len(chunk)
        pos = m.end()
        closing, name = m.group(1) == "/", m.group(2)
        if name != "TIMEX3":
            continue
        if not closing:
            attrs = dict(ATTR.findall(m.group(3)))
            open_tx = (length, attrs)
        elif open_tx:
            s, attrs = open_tx
            gold.append(GoldTimex(s, length, "", attrs.get("type", ""), attrs.get("value", "")))
            open_tx = None
    out.append(_unescape(body[pos:]))
    text = "".join(out)
    for g in gold:
        g.text = text[g.start:g.end]
    return text, dct, gold


def _unescape(s: str) -> str:
    return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"').replace("&apos;", "'").replace("&amp;", "&")


def _f(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def score(pairs) -> dict:
    """pairs: [(gold list, system list)] per document; returns TE3 figures and value errors."""
    n_gold = n_sys = strict = relaxed = value_ok = 0
    errors = []
    for doc_id, gold, system in pairs:
        n_gold += len(gold)
        n_sys += len(system)
        used = set()
        for g in gold:
            best = None
            for j, s in enumerate(system):
                if j in used or s.end <= g.start or s.start >= g.end:
                    continue
                overlap = min(s.end, g.end) - max(s.start, g.start)
                if best is None or overlap > best[0]:
                    best = (overlap, j)
            if best is None:
                errors.append((doc_id, "missed", g.text, g.value, None))
                continue
            s = system[best[1]]
            used.add(best[1])
            relaxed += 1
            strict += (s.start, s.end) == (g.start, g.end)
            if (s.value or "") == g.value:
                value_ok += 1
            else:
                errors.append((doc_id, "value", g.text, g.value, f"{s.text} -> {s.value}"))
        for j, s in enumerate(system):
            if j not in used:
                errors.append((doc_id, "spurious", s.text, None, s.value))
    sp, sr = strict / max(n_sys, 1), strict / max(n_gold, 1)
    rp, rr = relaxed / max(n_sys, 1), relaxed / max(n_gold, 1)
    vp, vr = value_ok / max(n_sys, 1), value_ok / max(n_gold, 1)
    return {"gold": n_gold, "system": n_sys, "strict": (sp, sr, _f(sp, sr)), "relaxed": (rp, rr, _f(rp, rr)),
            "value": (vp, vr, _f(vp, vr)), "errors": errors}


def evaluate(files: list[Path]) -> tuple[dict, float, int]:
    from eventwire.stages.parse import load_nlp
    from eventwire.stages.timex import find_timexes

    loaded = [(f.stem, *load_tml(f)) for f in files]
    nlp = load_nlp()
    t0 = time.perf_counter()
    pairs = []
    words = 0
    for (doc_id, text, dct, gold), doc in zip(loaded, nlp.pipe((x[1] for x in loaded), batch_size=16)):
        doc.user_data["offset"] = 0
        words += len(doc)
        pairs.append((doc_id, gold, find_timexes(doc, dct)))
    return score(pairs), time.perf_counter() - t0, words


def _table(res: dict, label: str) -> str:
    rows = ["| system | strict P | strict R | strict F1 | relaxed P | relaxed R | relaxed F1 | value P | value R | value F1 |",
            "|---|---|---|---|---|---|---|---|---|---|"]
    pct = lambda x: f"{100 * x:.2f}"  # noqa: E731
    rows.append(f"| **eventwire** ({label}) | " + " | ".join(pct(x) for k in ("strict", "relaxed", "value") for x in res[k]) + " |")
    for name, (_, _, vf) in PUBLISHED.items():
        rows.append(f"| {name} (published) | | | | | | | | | {vf:.2f} |")
    return "\n".join(rows)


def run() -> str:
    """TE3 platinum (test) table, with the published value F1 of HeidelTime, SUTime and CogComp."""
    files = sorted((DATA / "te3-platinum").glob("*.tml"))
    if not files:
        return f"TempEval-3 data not found under {DATA}"
    res, secs, words = evaluate(files)
    return (_table(res, f"TE3 platinum, {len(files)} docs, {res['gold']} gold / {res['system']} system timexes")
            + f"\n\nParse + tag time: {secs:.1f} s for {words} tokens. Rules tuned on TBAQ-cleaned only.")


def run_dev(limit: int | None = None, show: int = 60) -> str:
    files = sorted((DATA / "TBAQ-cleaned").glob("*/*.tml"))
    if limit:
        files = files[::max(1, len(files) // limit)][:limit]
    res, secs, words = evaluate(files)
    lines = [_table(res, f"TBAQ dev, {len(files)} docs"), f"{secs:.1f} s, {words} tokens"]
    for e in res["errors"][:show]:
        lines.append("  " + " | ".join(str(x) for x in e))
    return "\n".join(lines)


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    if len(sys.argv) > 1 and sys.argv[1] == "--dev":
        print(run_dev(int(sys.argv[2]) if len(sys.argv) > 2 else None, show=int(sys.argv[3]) if len(sys.argv) > 3 else 60))
    else:
        print(run())
