"""The event-type classifier on real sentences, and the integrity of the CAMEO/PLOVER data files."""
from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

import pytest

import numpy as np

from eventwire.stages.classify import (CONFLIBERT_QUAD, conflibert_quad, LABELS, PLOVER_TYPES, STATIC_MODEL_DIR, TypeModel, bert_words, best_type,
                                       embed_sentences, load_model, load_static_model, predict_types, quad_class, stem)

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "eventwire" / "data"


def _rows(name: str) -> list[dict[str, str]]:
    with open(DATA / name, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, delimiter="\t"))


def test_probabilities_cover_every_label_and_sum_to_one():
    (probs,) = predict_types(["Russian police on Saturday detained more than 3,500 people"])
    assert set(probs) == set(LABELS) and len(LABELS) == 17
    assert abs(sum(probs.values()) - 1.0) < 1e-6


@pytest.mark.parametrize("sentence, expected", [
    # seed article sentences (samples/)
    ("Russian police on Saturday detained more than 3,500 people", "COERCE"),
    # a borderline case: "sanctions" pulls towards SANCTION; right with some training rounds, wrong with others
    # (2026-11-24: ACCUSE 0.30 vs SANCTION 0.45 with the shipped model); the rule-based coder codes it ACCUSE
    pytest.param("Russian Foreign Minister Sergei Lavrov on Tuesday accused Navalny's allies of treachery for "
                 "discussing sanctions against Russia with foreign governments.", "ACCUSE",
                 marks=pytest.mark.xfail(strict=False, reason="topic word 'sanctions' vs the predicate")),
    # a known miss of the bag-of-n-grams model (xfail, strict: it turns red once fixed): the topic words
    # (protesters, rallies) outweigh the predicate; the rule-based coder handles it
    pytest.param("The EU has called for the immediate release of Navalny and of peaceful protesters detained "
                 "during the nationwide rallies.", "REQUEST",
                 marks=pytest.mark.xfail(strict=True, reason="predicted PROTEST (protesters, rallies)")),
    # the tf-idf-only model said NONE here; the sentence embedding knows "was arrested" (2026-11-23)
    ("The Kremlin critic was arrested on his return to Moscow.", "COERCE"),
    # news-style sentences written for this test (not from any training or test file)
    ("Troops shelled the village overnight, killing 12 civilians.", "ASSAULT"),
    ("Thousands of protesters marched through the capital on Sunday.", "PROTEST"),
    ("The foreign minister strongly condemned the attack on the embassy.", "ACCUSE"),
    ("The two presidents met in Geneva to discuss arms control.", "CONSULT"),
])
def test_real_sentences_get_their_type(sentence, expected):
    (probs,) = predict_types([sentence])
    assert best_type(probs)[0] == expected, sorted(probs.items(), key=lambda kv: -kv[1])[:3]


def test_business_news_is_not_a_political_event():
    (probs,) = predict_types(["Shares of the company rose 3% in heavy trading after quarterly earnings beat forecasts."])
    assert best_type(probs)[0] == "NONE"


def test_arrest_sentence_scores_coerce_high():
    (probs,) = predict_types(["Russian police on Saturday detained more than 3,500 people"])
    assert probs["COERCE"] >= 0.5


def test_quad_class():
    assert quad_class("CONSULT") == 1 and quad_class("AID") == 2 and quad_class("THREATEN") == 3
    assert quad_class("ASSAULT") == 4 and quad_class(None) == 0 and quad_class("NONE") == 0
    assert quad_class("FIGHT") == 4 and quad_class("DEMAND") == 3  # PLOVER v0.5 names
    assert all(quad_class(t) in (1, 2, 3, 4) for t in PLOVER_TYPES)


def test_stemmer():
    assert [stem(w) for w in ("detained", "arrests", "stopped", "rallies", "killing")] == \
        ["detain", "arrest", "stop", "rally", "kill"]


def test_empty_input():
    assert predict_types([]) == []


def test_verb_lexicon_schema():
    rows = _rows("cameo_verbs.tsv")
    assert list(rows[0]) == ["lemma", "pattern", "cameo", "plover_type", "plover_mode"]
    types = set(PLOVER_TYPES) | {"NONE"}
    for r in rows:
        assert r["lemma"] == r["lemma"].lower() and r["lemma"].strip()
        assert r["plover_type"] in types
        assert r["cameo"] == "---" or (r["cameo"].isdigit() and 2 <= len(r["cameo"]) <= 4)
    by_verb = {(r["lemma"], r["pattern"]): r for r in rows}
    assert by_verb[("arrest", "")]["cameo"] == "173" and by_verb[("arrest", "")]["plover_type"] == "COERCE"
    assert by_verb[("gun", "down")]["plover_type"] == "ASSAULT"
    assert by_verb[("detain", "")]["plover_type"] == "COERCE"


def test_plover_types_cover_every_cameo_code_in_the_lexicon():
    table = {r["cameo"]: r for r in _rows("plover_types.tsv")}
    for r in _rows("cameo_verbs.tsv"):
        if r["cameo"] != "---":
            assert r["cameo"] in table, r
            assert table[r["cameo"]]["plover_type"] == r["plover_type"]
    assert table["173"]["plover_type"] == "COERCE" and table["173"]["plover_mode"] == "arrest"
    # the 2021 table moves embargo/sanctions (163) to COERCE; the v0.8 manual codes international sanctions as
    # SANCTION 'discontinue', as the coder does (plover_manual_overrides.tsv)
    assert (table["163"]["plover_type"], table["163"]["plover_mode"]) == ("SANCTION", "discontinue")
    assert table["055"]["plover_type"] == "CONCEDE"  # an apology: "expressions of regret ... CONCEDE"
    assert table["010"]["plover_type"] == "NONE"
    assert {r["plover_type"] for r in table.values()} == set(PLOVER_TYPES) | {"NONE"}


def test_case2021_map_uses_plover_types():
    for r in _rows("case2021_to_plover.tsv"):
        assert r["plover_type"] in set(PLOVER_TYPES) | {"NONE", ""}


def test_lexicon_regenerates_identically(shared_data):
    proc = subprocess.run([sys.executable, str(ROOT / "scripts" / "build_verb_lexicon.py"), "--check",
                           "--shared", str(shared_data)], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_plover_gold_records_sample(shared_data):
    """PLOVER gold records of coercion/assault/protest (a test set: a regression guard, never tuned on).

    The model alone types 45 of these 77 right (2026-11-23, with embeddings; 37 before);
    the full coder does better."""
    recs = [json.loads(line) for line in open(shared_data / "plover" / "PLOVER_GSR_CAMEO.jsonl", encoding="utf-8")]
    recs = [r for r in recs if r["event"] in ("COERCE", "PROTEST", "FIGHT", "ASSAULT")]
    gold = [{"FIGHT": "ASSAULT"}.get(r["event"], r["event"]) for r in recs]
    pred = [best_type(p)[0] for p in predict_types([r["text"] for r in recs])]
    assert sum(p == g for p, g in zip(pred, gold)) / len(gold) >= 0.45


def test_plover_types_cover_the_upstream_cameo_table(shared_data):
    import re

    table = {r["cameo"]: r["plover_type"] for r in _rows("plover_types.tsv")}
    text = (shared_data / "plover" / "PLOVER_CAMEO2PLOVER-2021.txt").read_text(encoding="utf-8")
    codes = re.findall(r"^(\d{2,4}):", text, flags=re.M)
    assert len(codes) > 200
    missing = [c for c in codes if c not in table]
    assert not missing
    assert table["1823"] == "ASSAULT" and table["0841"] == "RETREAT" and table["036"] == "AGREE"


# --- the static sentence-embedding path (distilled from all-MiniLM-L6-v2 by scripts/distill_static_model.py)

def test_bert_words_follow_the_uncased_wordpiece_rules():
    # accents stripped, lower-cased, punctuation split off one character at a time, control characters dropped
    assert bert_words("Navalny’s allies in Lithuania — Café résumé!\u200b") == \
        ["navalny", "’", "s", "allies", "in", "lithuania", "—", "cafe", "resume", "!"]
    model = load_static_model()
    ids = model.token_ids("Kremlin critic detained")
    assert len(ids) >= 3 and all(0 <= i < len(model.vocab) for i in ids)
    assert model.token_ids("") == [] and model.token_ids("   \n") == []


def test_embeddings_are_unit_vectors_and_deterministic():
    sents = ["Russian police on Saturday detained more than 3,500 people", ""]
    a, b = embed_sentences(sents), embed_sentences(sents)
    assert a.shape == (2, load_static_model().dims) and np.array_equal(a, b)
    assert abs(float(np.linalg.norm(a[0])) - 1.0) < 1e-5 and not a[1].any()


def test_embeddings_put_paraphrases_closer_than_unrelated_news():
    seed = "Russian police on Saturday detained more than 3,500 people"  # samples/
    para = "Officers arrested thousands of demonstrators at the weekend."
    other = "Shares of the company rose 3% in heavy trading after quarterly earnings beat forecasts."
    e = embed_sentences([seed, para, other])
    assert e[0] @ e[1] > e[0] @ e[2] + 0.2


def test_shipped_embedding_model_is_small_and_its_embeddings_change_the_prediction():
    size = sum(p.stat().st_size for p in STATIC_MODEL_DIR.iterdir())
    assert size < 8e6
    model = load_model()
    assert model.emb_coef is not None and model.emb_coef.shape == (load_static_model().dims, len(LABELS))
    sents = ["The Kremlin critic was arrested on his return to Moscow.",
             "Troops shelled the village overnight, killing 12 civilians."]
    bare = TypeModel(list(model.index), model.idf, model.coef, model.intercept, model.labels, model.verb_types)
    assert not np.allclose(model.predict_proba(sents), bare.predict_proba(sents), atol=1e-3)


def test_dev_quad_accuracy_of_the_shipped_model(shared_data):
    """Quad class of the classifier alone on the ConfliBERT *train* file (not trained on: its dev data).

    2026-11-23: 0.454 for the previous tf-idf model, 0.508 for the shipped one (0.481 without embeddings),
    then with the PLOVER table's quads; 0.510 with ConfliBERT's own (CONFLIBERT_QUAD, 2026-11-24), 0.600 once trained
    on scripts/training_data/ (0.617 with its CAMEO-code sentences)."""
    rows = [line.rstrip("\n").rsplit("\t", 1) for line in
            open(shared_data / "conflibert-cameo" / "cameo_class_train.tsv", encoding="utf-8")]
    rows = [(t, int(q)) for t, q in (r for r in rows if len(r) == 2) if q.isdigit()]
    preds = [CONFLIBERT_QUAD.get(best_type(p)[0], 0) for p in predict_types([t for t, _ in rows])]
    assert len(rows) > 1000
    assert sum(p == q for p, (_, q) in zip(preds, rows)) / len(rows) >= 0.59


def test_conflibert_quad_reads_a_demand_as_verbal_conflict_and_an_appeal_as_neutral():
    assert conflibert_quad("REQUEST", "104") == 3
    assert conflibert_quad("REQUEST", "020") == 0
    assert conflibert_quad("REQUEST") == 0
    assert conflibert_quad("CONCEDE", "081") == 2
