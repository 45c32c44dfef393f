"""The coder's quad class on the ConfliBERT *train* file: a development signal on real sentences.

Why: the `quad` benchmark scores ConfliBERT's test file; its train file (1,349 real news sentences with the
same quad labels) is ours to look at, so its misses show where the coder fails on real copy. Scored as the
benchmark scores: a sentence's quad is that of its most confident non-negated event (none: 0), mapped by
`classify.conflibert_quad`.

    .venv/bin/python -m bench.events.train_quad            # counts and the confusion table
    .venv/bin/python -m bench.events.train_quad --misses   # also every sentence whose quad is wrong
"""
from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
TRAIN = ROOT.parent / "shared" / "data" / "conflibert-cameo" / "cameo_class_train.tsv"


def main(argv: list[str]) -> int:
    if not TRAIN.exists():
        print(f"skipped: {TRAIN} not found (it comes with ../shared/data)")
        return 0
    from bench.events.run import code_many, top_mention
    from eventwire.stages.classify import conflibert_quad

    rows = []
    for n, line in enumerate(TRAIN.read_text(encoding="utf-8").splitlines(), 1):
        text, _, label = line.rpartition("\t")
        if not text or not label.strip().isdigit():
            raise SystemExit(f"{TRAIN}:{n}: expected 'sentence<TAB>quad'")
        rows.append((text, int(label)))
    confusion: Counter = Counter()
    for (text, gold), mentions in zip(rows, code_many([t for t, _ in rows])):
        top = top_mention(mentions)
        got = conflibert_quad(top.type, top.cameo) if top else 0
        confusion[(gold, got)] += 1
        if "--misses" in argv and got != gold:
            found = [(m.type, m.cameo, m.trigger) for m in mentions if m.modality != "negated"][:3]
            print(f"gold {gold} got {got} {found} | {text}")
    right = sum(v for (g, p), v in confusion.items() if g == p)
    print(f"ConfliBERT train quad: {right} of {len(rows)} right ({right / len(rows):.3f})")
    print("| gold \\ coder | " + " | ".join(str(q) for q in range(5)) + " |")
    print("|---" * 6 + "|")
    for g in range(5):
        print(f"| {g} | " + " | ".join(str(confusion[(g, p)]) for p in range(5)) + " |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
