"""Learn event-trigger synonym pairs ("kill" ~ "death", "blaze" ~ "fire") from ECB+ gold coreference.

Reads ECB+ (../shared/data/ecbplus, CC BY 3.0, Cybulska & Vossen 2014) training topics only (the split of
Barhom et al. 2019: topics 36-45 are test, 2 5 12 18 21 23 34 35 dev), counts, for every pair of different
trigger lemmas, the gold chains that contain both and the subtopics where both occur only in different
chains, and keeps pairs seen coreferent in >= 2 topics with precision >= 0.4. Writes
eventwire/data/trigger_pairs.tsv (lemma, lemma, chains together, subtopics apart, topics, precision).

Run: PYTHONPATH=. python scripts/build_trigger_pairs.py
"""
from __future__ import annotations

import itertools
from collections import Counter, defaultdict
from pathlib import Path

from bench.dedup.ecbplus import load

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data" / "ecbplus"
TRAIN = {1, 3, 4, 6, 7, 8, 9, 10, 11, 13, 14, 15, 16, 17, 19, 20, 22, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33}


def main() -> None:
    chains: dict[tuple, set[str]] = defaultdict(set)
    for g in load(DATA, TRAIN):
        chains[(g.topic, g.subtopic, g.chain)].add(g.mention.trigger)
    by_subtopic: dict[tuple, list[set[str]]] = defaultdict(list)
    for (topic, sub, _), lemmas in chains.items():
        by_subtopic[(topic, sub)].append(lemmas)
    together, apart = Counter(), Counter()
    topics: dict[tuple, set[int]] = defaultdict(set)
    for (topic, _), groups in by_subtopic.items():
        joint = set()
        for lemmas in groups:
            for pair in itertools.combinations(sorted(lemmas), 2):
                joint.add(pair)
                together[pair] += 1
                topics[pair].add(topic)
        for pair in itertools.combinations(sorted(set().union(*groups)), 2):
            if pair not in joint:
                apart[pair] += 1
    rows = []
    for pair, n in together.items():
        precision = n / (n + apart[pair])
        if len(topics[pair]) >= 2 and precision >= 0.4 and " " not in "".join(pair):
            rows.append((*pair, n, apart[pair], len(topics[pair]), round(precision, 2)))
    rows.sort(key=lambda r: (-r[4], -r[2], r[0], r[1]))
    out = ROOT / "eventwire" / "data" / "trigger_pairs.tsv"
    with open(out, "w", encoding="utf-8") as fh:
        fh.write("# lemma_a\tlemma_b\tchains_together\tsubtopics_apart\ttopics\tprecision"
                 " -- learned from ECB+ training topics (CC BY 3.0) by scripts/build_trigger_pairs.py\n")
        for r in rows:
            fh.write("\t".join(map(str, r)) + "\n")
    print(f"{len(rows)} pairs -> {out}")


if __name__ == "__main__":
    main()
