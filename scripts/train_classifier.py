"""Train the sentence → PLOVER type classifier shipped as eventwire/data/models/event_types.npz.

Why a script: the artifact must be reproducible from public data (deterministic: same data, same file).
Training data (never any test split):
  1. ngec-synthetic/ (4,500 LLM-written stories with PLOVER labels, MIT): each story's headline and lead
     sentence, labelled with the story's type.
  2. TimeBank wsj_* articles from tempeval3/TBAQ-cleaned (business news, used as unlabelled background):
     every sentence labelled NONE, down-weighted (a few do report political events).
  2b. article bodies of article-extraction-benchmark/ground-truth.json (MIT; web pages on games, cars,
     music, deals ...): up to 25 sentences per English page as NONE, same low weight.
  2c. plover/ngec2025_PLOVER_structured_codebook_updated.csv (MIT): each event and mode definition as an
     example of its type.
  3. eventwire/data/cameo_verbs.tsv (from the MIT PETRARCH dictionary): each verb, alone or with a one-word
     pattern, as a short phrase labelled with its PLOVER type (NONE for CAMEO 01 / "---"), weight 0.5: it
     teaches the model dictionary verbs the stories never use. (`--verb-features` instead adds
     "x:<TYPE>" features for lexicon verbs; it scored lower on the dev split, 0.644 vs 0.670, so it is off.)
  4. only with --with-conflibert: conflibert-cameo/cameo_class_train.tsv (1,349 real news sentences, CAMEO
     quad class, GPL-3.0): quad 0 → NONE; quads 1-4 get the type within their quad that a first model (1-3)
     finds most probable (quad-constrained self-labelling), then the final model is trained on 1-4. The
     shipped model is trained WITHOUT it, so its weights derive only from MIT / CC-BY / TE3 data; the
     ConfliBERT train file is still read as the dev split for --search (evaluation, not training).
Model: tf-idf (sublinear) over word, stem and stem-bigram features (df ≥ 2), multinomial logistic
regression (lbfgs, deterministic). The dev figure printed is quad-class accuracy on a held-out 20% of
the ConfliBERT *train* file (seeded), used to choose C; the test file is never read here.

Run: .venv/bin/python scripts/train_classifier.py [--shared ../shared/data]   (~1 min on one core)
"""
from __future__ import annotations

import argparse
import csv
import html
import random
import re
import sys
from collections import Counter
from pathlib import Path

import numpy as np
from scipy import sparse
from sklearn.linear_model import LogisticRegression

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from eventwire.stages.classify import LABELS, MODEL_PATH, NONE, PLOVER_TYPES, QUAD, TypeModel, features, stem  # noqa: E402

DEFAULT_SHARED = ROOT.parent / "shared" / "data"
SEED = 13
BACKGROUND_WEIGHT = 0.3
LEXICON_WEIGHT = 0.5
# --search dev quad accuracy: 0.670 / 0.685 / 0.674 for C = 20 / 50 / 100 (first feature set: 0.62 / 0.66 /
# 0.67 / 0.68 for C = 2 / 5 / 10 / 20). The gain of 50 over 20 is 4 dev sentences, within noise: the more
# regularised 20 is kept.
DEFAULT_C = 20.0
_SENT = re.compile(r"(?<=[.!?])[\"”']?\s+(?=[\"“A-Z0-9])")


def split_sentences(text: str) -> list[str]:
    out = []
    for para in re.split(r"\n\s*\n|\n", text):
        out += [s.strip() for s in _SENT.split(para.strip()) if len(s.strip()) > 20]
    return out


LEAD_SENTENCES = 1


def ngec_examples(shared: Path) -> list[tuple[str, str, float]]:
    import pandas as pd

    df = pd.read_csv(shared / "ngec-synthetic" / "gpt_synthetic_events_2023-10-19_19.csv")
    out = []
    for title, text, label in zip(df["prompt"], df["text"], df["label"]):
        if label not in PLOVER_TYPES:
            continue
        title = str(title).split("\n")[0].strip()
        body = re.sub(r"^\s*\([^)]*\)\s*--\s*", "", str(text).strip())
        sents = split_sentences(body)
        if title:
            out.append((title, label, 1.0))
        out += [(s, label, 1.0 if k == 0 else 0.5) for k, s in enumerate(sents[:LEAD_SENTENCES])]
    return out


def background_examples(shared: Path) -> list[tuple[str, str, float]]:
    out = []
    for path in sorted((shared / "tempeval3" / "TBAQ-cleaned" / "TimeBank").glob("wsj_*.tml")):
        raw = path.read_text(encoding="utf-8", errors="replace")
        m = re.search(r"<TEXT>(.*)</TEXT>", raw, re.S)
        if not m:
            continue
        text = html.unescape(re.sub(r"<[^>]+>", "", m.group(1)))
        out += [(s, NONE, BACKGROUND_WEIGHT) for s in split_sentences(text)]
    return out


def web_background_examples(shared: Path, per_page: int = 25) -> list[tuple[str, str, float]]:
    """Article bodies of the Zyte extraction benchmark (MIT): mostly non-political web text, as NONE."""
    import json

    pages = json.loads((shared / "article-extraction-benchmark" / "ground-truth.json").read_text(encoding="utf-8"))
    out = []
    for key in sorted(pages):
        body = pages[key].get("articleBody") or ""
        if sum(w in body for w in (" the ", " and ", " of ")) < 3:
            continue  # not English
        out += [(s, NONE, BACKGROUND_WEIGHT) for s in split_sentences(body)[:per_page]]
    return out


def codebook_examples(shared: Path) -> list[tuple[str, str, float]]:
    """PLOVER event and mode definitions of the NGEC-2025 structured codebook (MIT) as examples."""
    out = []
    with open(shared / "plover" / "ngec2025_PLOVER_structured_codebook_updated.csv", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            label = row["event"].strip().upper()
            if label not in PLOVER_TYPES:
                continue
            for text in {row["event_def"].strip(), row["mode_def"].strip()}:
                if text:
                    out.append((text, label, 1.0))
    return sorted(set(out))


def verb_forms(lemma: str) -> set[str]:
    """Regular inflections, so that "accused" (stem "accus") finds "accuse"."""
    if lemma.endswith("e"):
        return {lemma, lemma + "s", lemma + "d", lemma[:-1] + "ing"}
    if lemma.endswith("y") and len(lemma) > 2 and lemma[-2] not in "aeiou":
        return {lemma, lemma[:-1] + "ies", lemma[:-1] + "ied", lemma + "ing"}
    return {lemma, lemma + "s", lemma + "es", lemma + "ed", lemma + "ing"}


def lexicon_verb_types() -> dict[str, tuple[str, ...]]:
    """Stem of each single-word CAMEO lexicon verb → its PLOVER type(s) (verb rows, no pattern)."""
    path = ROOT / "eventwire" / "data" / "cameo_verbs.tsv"
    table: dict[str, set[str]] = {}
    with open(path, encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            if row["pattern"] or not row["lemma"].isalpha():
                continue
            for form in verb_forms(row["lemma"]):
                table.setdefault(stem(form), set()).add(row["plover_type"])
    return {s: tuple(sorted(t)) for s, t in sorted(table.items())}


def lexicon_examples() -> list[tuple[str, str, float]]:
    """The CAMEO verb lexicon (eventwire/data/cameo_verbs.tsv) as short phrases: "detain", "gun down"."""
    path = ROOT / "eventwire" / "data" / "cameo_verbs.tsv"
    out = []
    with open(path, encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            if row["pattern"].count(" ") > 0:
                continue
            label = row["plover_type"] if row["plover_type"] in PLOVER_TYPES else NONE
            out.append((f"{row['lemma']} {row['pattern']}".strip(), label, LEXICON_WEIGHT))
    return out


def conflibert_train(shared: Path) -> list[tuple[str, int]]:
    with open(shared / "conflibert-cameo" / "cameo_class_train.tsv", encoding="utf-8", newline="") as fh:
        return [(r[0], int(r[-1])) for r in csv.reader(fh, delimiter="\t") if len(r) >= 2 and r[-1].isdigit()]


def fit(examples: list[tuple[str, str, float]], C: float, verb_features: bool = False) -> TypeModel:
    """tf-idf + multinomial logistic regression; returns the numpy model used at inference."""
    verb_types = lexicon_verb_types() if verb_features else {}
    feats = [features(t, verb_types) for t, _, _ in examples]
    df = Counter(f for fs in feats for f in set(fs))
    vocab = sorted(f for f, n in df.items() if n >= 2)
    n = len(examples)
    idf = np.array([np.log((1 + n) / (1 + df[f])) + 1.0 for f in vocab], dtype=np.float32)
    labels = list(LABELS)
    model = TypeModel(vocab, idf, np.zeros((len(vocab), len(labels))), np.zeros(len(labels)), labels, verb_types)
    rows, cols, vals = [], [], []
    for i, (text, _, _) in enumerate(examples):
        c, v = model.vector(text)
        rows += [i] * len(c)
        cols += c.tolist()
        vals += v.tolist()
    X = sparse.csr_matrix((vals, (rows, cols)), shape=(n, len(vocab)), dtype=np.float64)
    y = np.array([labels.index(lab) for _, lab, _ in examples])
    w = np.array([wt for _, _, wt in examples])
    clf = LogisticRegression(C=C, max_iter=300, tol=1e-4)
    clf.fit(X, y, sample_weight=w)
    coef = np.zeros((len(vocab), len(labels)), dtype=np.float32)
    intercept = np.full(len(labels), -30.0, dtype=np.float32)  # a label absent from training stays ~0
    for k, cls in enumerate(clf.classes_):
        coef[:, cls] = clf.coef_[k]
        intercept[cls] = clf.intercept_[k]
    return TypeModel(vocab, idf, coef, intercept, labels, verb_types)


def quad_label(model: TypeModel, items: list[tuple[str, int]]) -> list[tuple[str, str, float]]:
    """Give each quad-labelled sentence the most probable type allowed by its quad (0 → NONE)."""
    probs = model.predict_proba([t for t, _ in items])
    out = []
    for (text, quad), p in zip(items, probs):
        if quad == 0:
            out.append((text, NONE, 1.0))
            continue
        allowed = [i for i, lab in enumerate(model.labels) if QUAD.get(lab) == quad]
        out.append((text, model.labels[max(allowed, key=lambda i: p[i])], 1.0))
    return out


def quad_accuracy(model: TypeModel, items: list[tuple[str, int]]) -> float:
    probs = model.predict_proba([t for t, _ in items])
    pred = [QUAD.get(model.labels[int(np.argmax(p))], 0) for p in probs]
    return float(np.mean([p == q for p, (_, q) in zip(pred, items)]))


def train(shared: Path, C: float, quad_items: list[tuple[str, int]], verb_features: bool = False) -> TypeModel:
    base = ngec_examples(shared) + background_examples(shared) + web_background_examples(shared) + codebook_examples(shared)
    base += [] if verb_features else lexicon_examples()
    first = fit(base, C, verb_features)
    return fit(base + quad_label(first, quad_items), C, verb_features)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=DEFAULT_SHARED)
    ap.add_argument("--C", type=float, default=DEFAULT_C)
    ap.add_argument("--search", type=float, nargs="*", help="choose C among these on 20%% of the ConfliBERT train file")
    ap.add_argument("--out", type=Path, default=MODEL_PATH)
    ap.add_argument("--verb-features", action="store_true",
                    help="lexicon verbs as x:TYPE features instead of phrase examples (dev 0.644 vs 0.670: off)")
    ap.add_argument("--lead-sentences", type=int, default=LEAD_SENTENCES,
                    help="sentences taken from the top of each synthetic story (after the first: weight 0.5); "
                         "3 scored 0.637 on the dev split vs 0.670 for 1")
    ap.add_argument("--with-conflibert", action="store_true",
                    help="also self-label the ConfliBERT train sentences (GPL-3.0 data: the weights would then be "
                         "derived from GPL data, so the shipped model is trained without them)")
    args = ap.parse_args(argv)
    globals()["LEAD_SENTENCES"] = args.lead_sentences

    items = conflibert_train(args.shared)  # also the dev split for --search
    train_items = items if args.with_conflibert else []
    C = args.C
    if args.search is not None:
        rng = random.Random(SEED)
        shuffled = items[:]
        rng.shuffle(shuffled)
        cut = int(0.8 * len(shuffled))
        fit_part, dev = shuffled[:cut], shuffled[cut:]
        best = None
        for c in args.search or (2.0, 5.0, 10.0, 20.0):
            acc = quad_accuracy(train(args.shared, c, fit_part, args.verb_features), dev)
            print(f"C={c}: dev quad accuracy {acc:.3f} (20% of ConfliBERT train)")
            if best is None or acc > best[0]:
                best = (acc, c)
        C = best[1]
    model = train(args.shared, C, train_items, args.verb_features)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(
        args.out, vocab=np.array(list(model.index), dtype=str), idf=model.idf,
        coef=model.coef.astype(np.float16), intercept=model.intercept,
        labels=np.array(model.labels, dtype=str), C=np.array(C),
        verb_stems=np.array([s for s, ts in model.verb_types.items() for _ in ts], dtype=str),
        verb_stem_types=np.array([t for ts in model.verb_types.values() for t in ts], dtype=str))
    print(f"wrote {args.out} (C={C}, {len(model.index)} features, {args.out.stat().st_size / 1e6:.1f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
