"""Coreference metrics written from their definitions: MUC (Vilain et al. 1995), B-cubed (Bagga & Baldwin 1998),
CEAF-e (Luo 2005, phi4 entity similarity) and the CoNLL F1 (their mean). Clusters are sets of mention keys;
singletons count for B-cubed and CEAF-e, and contribute nothing to MUC, as in the reference scorer."""
from __future__ import annotations

from typing import Hashable, Iterable

Cluster = frozenset


def _f(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def _index(clusters: Iterable[Cluster]) -> dict[Hashable, int]:
    return {m: i for i, c in enumerate(clusters) for m in c}


def muc(key: list[Cluster], response: list[Cluster]) -> tuple[float, float, float]:
    def score(a: list[Cluster], b: list[Cluster]) -> float:
        where = _index(b)
        num = den = 0
        for c in a:
            # partitions of c induced by b; mentions missing from b are each their own partition
            parts = {where.get(m, ("missing", m)) for m in c}
            num += len(c) - len(parts)
            den += len(c) - 1
        return num / den if den else 0.0

    r, p = score(key, response), score(response, key)
    return p, r, _f(p, r)


def b_cubed(key: list[Cluster], response: list[Cluster]) -> tuple[float, float, float]:
    def score(a: list[Cluster], b: list[Cluster]) -> float:
        where = {m: c for c in b for m in c}
        total = n = 0.0
        for c in a:
            for m in c:
                other = where.get(m, frozenset())
                total += len(c & other) / len(c)
                n += 1
        return total / n if n else 0.0

    r, p = score(key, response), score(response, key)
    return p, r, _f(p, r)


def ceaf_e(key: list[Cluster], response: list[Cluster]) -> tuple[float, float, float]:
    import numpy as np
    from scipy.optimize import linear_sum_assignment

    if not key or not response:
        return 0.0, 0.0, 0.0
    sim = np.zeros((len(key), len(response)))
    where = _index(response)
    for i, k in enumerate(key):
        for m in k:
            j = where.get(m)
            if j is not None and sim[i, j] == 0:
                r = response[j]
                sim[i, j] = 2 * len(k & r) / (len(k) + len(r))
    rows, cols = linear_sum_assignment(-sim)
    best = sim[rows, cols].sum()
    r, p = best / len(key), best / len(response)
    return p, r, _f(p, r)


def conll(key: list[Cluster], response: list[Cluster]) -> dict[str, float]:
    m, b, c = muc(key, response), b_cubed(key, response), ceaf_e(key, response)
    return {"MUC": m[2], "B3": b[2], "CEAF-e": c[2], "CoNLL": (m[2] + b[2] + c[2]) / 3,
            "MUC_p": m[0], "MUC_r": m[1], "B3_p": b[0], "B3_r": b[1], "CEAF_p": c[0], "CEAF_r": c[1]}
