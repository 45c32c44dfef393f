"""Grid search of dedup.Weights on the ECB+ dev topics (run.DEV; never on the test topics 36-45).

Pair features are computed once (dedup.pair_features), then each weight setting is only
dedup.combine + dedup.average_link, so the grid is quick. Run: python -m bench.dedup.tune
"""
from __future__ import annotations

import itertools
from dataclasses import replace

from bench.dedup.ecbplus import load
from bench.dedup.metrics import conll
from bench.dedup.run import DATA, DEV, gold_clusters, groups
from eventwire.stages import dedup


def main() -> None:
    dev = load(DATA, DEV)
    key = gold_clusters(dev)
    blocks = []
    for _, gs in sorted(groups(dev).items()):
        ms = sorted({g.mention.id: g.mention for g in gs}.values(), key=lambda m: m.id)
        feats = {(i, j): dedup.pair_features(ms[i], ms[j]) for i, j in itertools.combinations(range(len(ms)), 2)}
        blocks.append((ms, feats))
    results = []
    base = dedup.DEFAULT_WEIGHTS
    for trig, text, act, place, thr in itertools.product((0.3, 0.45, 0.6), (0.15, 0.25, 0.4), (0.0, 0.1, 0.25),
                                                       (0.0, 0.1), (0.4, 0.45, 0.5, 0.55, 0.6)):
        w = replace(base, trigger=trig, text=text, actors=act, place=place, threshold=thr)
        resp = []
        for ms, feats in blocks:
            scores = {k: dedup.combine(f, w) for k, f in feats.items()}
            resp += [frozenset(ms[i].id for i in c) for c in dedup.average_link(len(ms), scores, w.threshold)]
        s = conll(key, resp)
        results.append((s["CoNLL"], w))
        print(f"{s['CoNLL']:.4f} MUC {s['MUC']:.3f} B3 {s['B3']:.3f} CEAF {s['CEAF-e']:.3f} {w}", flush=True)
    results.sort(key=lambda r: -r[0])
    print("best:", results[:5])


if __name__ == "__main__":
    main()
