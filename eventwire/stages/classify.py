"""Classify: sentence text → PLOVER v0.8 event-type probabilities (16 types + "NONE").

Why: a verb lexicon only knows the verbs it lists; a small trained model over word/stem n-grams
generalises to unseen wording and tells the coder when a sentence reports no event at all. It is a
multinomial logistic regression over tf-idf word and stem uni/bigrams and CAMEO-verb-lexicon hits
(the stem → PLOVER type table is stored with the model), stored as plain numpy arrays
(`eventwire/data/models/event_types.npz`, trained by `scripts/train_classifier.py`; provenance and
licence in `eventwire/data/models/README.md`). Inference is pure numpy: no pickle, no model hub, no
spaCy needed, thousands of sentences per second.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Optional

import numpy as np

MODEL_PATH = Path(__file__).resolve().parent.parent / "data" / "models" / "event_types.npz"

PLOVER_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)
NONE = "NONE"
LABELS = PLOVER_TYPES + (NONE,)

# Quad class of each PLOVER type, 0 for "no event" (like CAMEO 01 statements).
# The PLOVER manual's own table ("Quad categories in PLOVER") decides where CAMEO ranges and PLOVER
# types disagree: CONCEDE is verbal cooperation and SANCTION verbal conflict.
QUAD = {
    "AGREE": 1, "CONSULT": 1, "SUPPORT": 1, "CONCEDE": 1,
    "COOPERATE": 2, "AID": 2, "RETREAT": 2,
    "ACCUSE": 3, "REQUEST": 3, "REJECT": 3, "THREATEN": 3, "SANCTION": 3,
    "PROTEST": 4, "MOBILIZE": 4, "COERCE": 4, "ASSAULT": 4,
}
# PLOVER v0.5 names still found in older data.
V05_TO_V08 = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT"}

_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?|\d[\d,.]*")
_SUFFIXES = ("ings", "ing", "ies", "ied", "ed", "es", "s")


def quad_class(plover_type: Optional[str]) -> int:
    """0 neutral / no event, 1 verbal coop., 2 material coop., 3 verbal conflict, 4 material conflict."""
    if not plover_type:
        return 0
    t = plover_type.upper()
    return QUAD.get(V05_TO_V08.get(t, t), 0)


def stem(word: str) -> str:
    """A crude, deterministic suffix stripper ("detained" → "detain", "arrests" → "arrest")."""
    if len(word) <= 4 or not word.isalpha():
        return word
    for suf in _SUFFIXES:
        if word.endswith(suf) and len(word) - len(suf) >= 3:
            base = word[: -len(suf)]
            if suf in ("ies", "ied"):
                return base + "y"
            if suf in ("ing", "ed") and len(base) > 3 and base[-1] == base[-2] and base[-1] not in "lsz":
                return base[:-1]  # "stopped" → "stop"
            return base
    return word


def features(sentence: str, verb_types: Optional[dict[str, tuple[str, ...]]] = None) -> list[str]:
    """Word unigrams, stem unigrams and stem bigrams of a sentence (numbers collapsed to <num>), plus
    "x:TYPE" for every word whose stem is a CAMEO lexicon verb of that PLOVER type (`verb_types`):
    the model learns how far to trust the dictionary, and knows verbs its training text never used."""
    words = ["<num>" if w[0].isdigit() else w for w in _WORD.findall(sentence.lower())]
    stems = [stem(w) for w in words]
    feats = [f"w:{w}" for w in words]
    feats += [f"s:{s}" for s in stems]
    feats += [f"b:{a}_{b}" for a, b in zip(stems, stems[1:])]
    if verb_types:
        feats += [f"x:{t}" for s in stems for t in verb_types.get(s, ())]
    return feats


class TypeModel:
    """The stored model: vocabulary → column, idf weights, coefficients per label."""

    def __init__(self, vocab: Iterable[str], idf: np.ndarray, coef: np.ndarray, intercept: np.ndarray,
                 labels: Iterable[str], verb_types: Optional[dict[str, tuple[str, ...]]] = None):
        self.verb_types = verb_types or {}
        self.index = {f: i for i, f in enumerate(vocab)}
        self.idf = idf.astype(np.float32)
        self.coef = coef.astype(np.float32)  # (n_features, n_labels)
        self.intercept = intercept.astype(np.float32)
        self.labels = tuple(labels)

    @classmethod
    def load(cls, path: Path = MODEL_PATH) -> "TypeModel":
        z = np.load(path, allow_pickle=False)
        verb_types: dict[str, tuple[str, ...]] = {}
        if "verb_stems" in z.files:
            for s, t in zip(z["verb_stems"].tolist(), z["verb_stem_types"].tolist()):
                verb_types[s] = verb_types.get(s, ()) + (t,)
        return cls(z["vocab"].tolist(), z["idf"], z["coef"], z["intercept"], z["labels"].tolist(), verb_types)

    def vector(self, sentence: str) -> tuple[np.ndarray, np.ndarray]:
        """Sparse tf-idf (sublinear tf, L2-normalised) as (column indices, values)."""
        counts: dict[int, int] = {}
        for f in features(sentence, self.verb_types):
            j = self.index.get(f)
            if j is not None:
                counts[j] = counts.get(j, 0) + 1
        if not counts:
            return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float32)
        cols = np.fromiter(counts.keys(), dtype=np.int64, count=len(counts))
        tf = np.fromiter(counts.values(), dtype=np.float32, count=len(counts))
        vals = (1.0 + np.log(tf)) * self.idf[cols]
        return cols, vals / np.linalg.norm(vals)

    def predict_proba(self, sentences: list[str]) -> np.ndarray:
        out = np.empty((len(sentences), len(self.labels)), dtype=np.float64)
        for i, s in enumerate(sentences):
            cols, vals = self.vector(s)
            logits = self.intercept + vals @ self.coef[cols]
            logits = logits - logits.max()
            p = np.exp(logits.astype(np.float64))
            out[i] = p / p.sum()
        return out


@lru_cache(maxsize=1)
def load_model() -> TypeModel:
    """The trained model shipped in eventwire/data/models (loaded once)."""
    return TypeModel.load(MODEL_PATH)


def predict_types(sentences: list[str]) -> list[dict[str, float]]:
    """For each sentence, {PLOVER type → probability, "NONE" → probability of no event}; sums to 1."""
    if not sentences:
        return []
    model = load_model()
    probs = model.predict_proba(list(sentences))
    return [{lab: float(p) for lab, p in zip(model.labels, row)} for row in probs]


def best_type(probs: dict[str, float]) -> tuple[str, float]:
    """The most probable label (a PLOVER type or "NONE") and its probability."""
    lab = max(probs, key=probs.__getitem__)
    return lab, probs[lab]
