"""Check that no training sentence is a near copy of an evaluation sentence (decontamination).

Why: the team's training sentences (`scripts/training_data/*.tsv`) are written by people and LLMs who may
remember published examples (the CAMEO manual, papers). A training sentence that nearly repeats a test
sentence would inflate every figure measured on that test. This script compares each training sentence
with every sentence of the test and dev sets (word-set Jaccard similarity) and reports the ones at or above
the threshold; `--drop` removes them from the training files. It prints only counts and the training
sentences' own text, never the test sentences.

    .venv/bin/python scripts/check_training_overlap.py            # report
    .venv/bin/python scripts/check_training_overlap.py --drop     # and remove the near copies
"""
from __future__ import annotations

import argparse
import csv
import glob
import json
import re
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data"
TEAM = ROOT / "scripts" / "training_data"
WORD = re.compile(r"[a-z0-9]+")
STOP = {"the", "a", "an", "of", "to", "in", "on", "and", "for", "with", "by", "at", "said", "that", "its", "was",
        "is", "it", "as", "from", "has", "had", "have", "be", "were", "are", "this", "after", "his", "her", "their"}


def words(text: str) -> frozenset:
    return frozenset(w for w in WORD.findall(text.lower()) if w not in STOP)


def evaluation_sentences() -> dict[str, list[str]]:
    """Every test or dev sentence we measure on, by set name (those present on this machine)."""
    sets: dict[str, list[str]] = defaultdict(list)
    gsr = DATA / "plover" / "PLOVER_GSR_CAMEO.jsonl"
    if gsr.exists():
        sets["plover-gsr"] = [json.loads(line)["text"] for line in gsr.open(encoding="utf-8") if line.strip()]
    for name in ("cameo_class_test.tsv", "cameo_class_train.tsv"):
        p = DATA / "conflibert-cameo" / name
        if p.exists():
            sets[f"conflibert/{name}"] = [line.split("\t")[0] for line in p.open(encoding="utf-8")]
    case = DATA / "case2021" / "task2_test_set_final_release_with_labels.tsv"
    if case.exists():
        sets["case2021"] = [r["EventSnippet"] for r in csv.DictReader(case.open(encoding="utf-8"), delimiter="\t")]
    for p in sorted(glob.glob(str(DATA / "cameo-multicoder" / "round*_summary.csv"))):
        sets["cameo-multicoder"] += [r["sentences"] for r in csv.DictReader(open(p, encoding="utf-8"))]
    for p in sorted((ROOT / "bench" / "events" / "dev").rglob("dev_*.tsv")):
        sets["team dev/check"] += [r["sentence"] for r in csv.DictReader(p.open(encoding="utf-8"), delimiter="\t")]
    return sets


def near_copies(threshold: float) -> dict[Path, list[tuple[int, str, str, float]]]:
    """Training rows (file → [(line, sentence, set, similarity)]) at or above the threshold."""
    index: dict[str, list[int]] = defaultdict(list)
    evals: list[tuple[str, frozenset]] = []
    for name, sentences in evaluation_sentences().items():
        for s in sentences:
            w = words(s)
            if len(w) >= 4:
                for t in w:
                    index[t].append(len(evals))
                evals.append((name, w))
    found: dict[Path, list] = defaultdict(list)
    for path in sorted(TEAM.glob("*.tsv")):
        with path.open(encoding="utf-8", newline="") as fh:
            for line, row in enumerate(csv.DictReader(fh, delimiter="\t"), start=2):
                w = words(row["sentence"])
                if len(w) < 4:
                    continue
                counts: dict[int, int] = defaultdict(int)
                for t in w:
                    for i in index.get(t, ()):
                        counts[i] += 1
                best = max(((c / (len(w) + len(evals[i][1]) - c), i) for i, c in counts.items()), default=(0.0, -1))
                if best[0] >= threshold:
                    found[path].append((line, row["sentence"], evals[best[1]][0], round(best[0], 2)))
    return found


def drop(found: dict[Path, list]) -> None:
    for path, rows in found.items():
        bad = {line for line, *_ in rows}
        lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
        path.write_text("".join(l for n, l in enumerate(lines, start=1) if n not in bad), encoding="utf-8")


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--threshold", type=float, default=0.5, help="word-set Jaccard similarity (default 0.5)")
    ap.add_argument("--drop", action="store_true", help="remove the near copies from the training files")
    args = ap.parse_args(argv)
    if not DATA.exists():
        print(f"skipped: {DATA} is not there")
        return 0
    found = near_copies(args.threshold)
    total = sum(len(v) for v in found.values())
    for path, rows in found.items():
        for line, sentence, name, sim in rows:
            print(f"{path.name}:{line}\t{name}\t{sim}\t{sentence}")
    print(f"{total} training sentences at or above {args.threshold} similarity to an evaluation sentence")
    if args.drop and total:
        drop(found)
        print("removed")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
