"""Actor-coding benchmark: context-free coding of actor phrases against two gold sets in ../shared/data.

1. ngec-actor-coding.jsonl (278 facts, a test set): country accuracy on facts with a country field
   ('' = no country), sector accuracy on facts with a sector (either `sector` or `sector2` counts).
2. PLOVER_GSR_CAMEO.jsonl: every source/target actorText with a code (CAMEO codes mapped to ISO3);
   country accuracy, and sector accuracy where the record gives a sector.
EU/UN-style codes (EUR, UNO, IGO) all count as IGO. Nothing here was tuned on these sets.
"""
from __future__ import annotations

import json
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared" / "data"
IGO_CODES = {"IGO", "EUR", "UNO"}
CAMEO_TO_ISO3 = {"JAP": "JPN", "ITL": "ITA", "VTN": "VNM", "ROM": "ROU", "KSV": "XKX", "ZAR": "COD", "TMP": "TLS"}
NO_COUNTRY = {"", None, "NGO", "IMG", "ISM", "LEG", "RUS_CIV"}
SECTOR_ALIASES = {"CIV": "CVL", "JRN": "MED"}


def _country(code):
    if code in NO_COUNTRY:
        return None
    if code in IGO_CODES:
        return "IGO"
    return CAMEO_TO_ISO3.get(code, code)


def _sector(code):
    if not code or code in ("????", "***"):
        return "skip"
    code = code[:3].upper()
    if code in ("UNK", "JNK"):
        return None
    return SECTOR_ALIASES.get(code, code)


def code_phrases(texts: list[str]) -> list:
    """Context-free coding of many phrases (batched parse; same logic as actors.resolve_text)."""
    from eventwire.stages.actors import ArticleActors
    from eventwire.stages.parse import parse_texts

    out = []
    for doc in parse_texts(texts):
        aa = ArticleActors([doc], None, use_article_country=False)
        out.append(aa.resolve(doc[:]))
    return out


def dictionary_baseline(texts: list[str]) -> list:
    """PETRARCH-style exact lookup of the whole phrase in the converted dictionaries (Phoenix + overrides; no rules)."""
    from types import SimpleNamespace

    from eventwire.stages.actor_lexicon import lexicon, words

    lex, out = lexicon(), []
    for text in texts:
        key = words(text)
        key = key[1:] if key[:1] == ("the",) else key
        ids = lex.alias_index.get(key)
        role = lex.actors[ids[0]].role_at(None) if ids else None
        out.append(SimpleNamespace(country=role.country, sector=role.sector) if role else None)
    return out


def _score(items, refs):
    c_ok = c_n = s_ok = s_n = 0
    for (gold_c, gold_s), ref in zip(items, refs):
        pc = ref.country if ref else None
        ps = ref.sector if ref else None
        if gold_c != "skip":
            c_n += 1
            c_ok += pc == gold_c
        if gold_s != "skip":
            s_n += 1
            s_ok += ps in gold_s
    return c_ok, c_n, s_ok, s_n


def run() -> str:
    t0 = time.time()
    ngec = [json.loads(line) for line in open(SHARED / "ngec-actor-coding.jsonl", encoding="utf-8")]
    n_items = []
    for r in ngec:
        gc = _country(r["country"]) if "country" in r else "skip"
        secs = {_sector(r.get("sector")), _sector(r.get("sector2"))} - {"skip"} if r.get("sector") else set()
        n_items.append((gc, secs if secs and _sector(r.get("sector")) != "skip" else "skip"))
    n_refs = code_phrases([r["text"] for r in ngec])

    g_texts, g_items = [], []
    for line in open(SHARED / "plover" / "PLOVER_GSR_CAMEO.jsonl", encoding="utf-8"):
        rec = json.loads(line)
        for side in ("source", "target"):
            actors = rec.get(side) or []
            for a in actors if isinstance(actors, list) else [actors]:
                if not isinstance(a, dict) or not a.get("actorText") or not a.get("code"):
                    continue
                sec = _sector(a.get("sector"))
                g_texts.append(a["actorText"])
                g_items.append((_country(a["code"]), {sec} if sec != "skip" else "skip"))
    g_refs = code_phrases(g_texts)
    secs = time.time() - t0

    nc, nn, ns, nsn = _score(n_items, n_refs)
    gc, gn, gs, gsn = _score(g_items, g_refs)
    bnc, _, bns, _ = _score(n_items, dictionary_baseline([r["text"] for r in ngec]))
    bgc, _, bgs, _ = _score(g_items, dictionary_baseline(g_texts))
    rows = [
        "| set | measure | eventwire | exact whole-phrase dictionary lookup (baseline, measured here) | published |",
        "|---|---|---|---|---|",
        f"| NGEC actor coding (278 facts, test) | country accuracy | {nc / nn:.3f} ({nc}/{nn}) | {bnc / nn:.3f} | none published for this set |",
        f"| NGEC actor coding | sector accuracy | {ns / nsn:.3f} ({ns}/{nsn}) | {bns / nsn:.3f} | none published for this set |",
        f"| PLOVER GSR actorText (context-free) | country accuracy | {gc / gn:.3f} ({gc}/{gn}) | {bgc / gn:.3f} | none published (PETRARCH never published accuracy) |",
        f"| PLOVER GSR actorText | sector accuracy | {gs / gsn:.3f} ({gs}/{gsn}) | {bgs / gsn:.3f} | none published |",
        "",
        f"{len(n_refs) + len(g_refs)} phrases coded in {secs:.1f} s (includes model load). Gold EUR/UNO/IGO = IGO; "
        "CAMEO codes JAP/ITL/VTN mapped to ISO3; gold sector UNK/JNK = no sector.",
    ]
    return "\n".join(rows)


if __name__ == "__main__":
    print(run())
