"""ECB+ gold event mentions as eventwire `Mention` records, with their gold coreference chains.

Each ACTION_* / NEG_ACTION_* markable in a validated sentence (ECBplus_coreference_sentences.csv) becomes a
Mention: trigger = spaCy lemmas of its tokens, evidence = its sentence, doc = file name. Participants (HUMAN_PART*) and locations (LOC_*) marked in the same sentence become the
mention's source/target (nearest before / after the trigger) and location, as text only: their spans are gold
mentions, their coreference is not used. The action class (OCCURRENCE, REPORTING ...) and NEG_ are NOT used (type, modality):
ECB+ copies a chain's class onto all its mentions, so it would leak the answer. Gold chain = CROSS_DOC_COREF
instance id, else INTRA_DOC_COREF chain, else a singleton.
"""
from __future__ import annotations

import csv
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

from eventwire.records import ActorRef, Evidence, Mention, Place


@dataclass
class GoldMention:
    mention: Mention
    topic: int
    subtopic: str  # "ecb" or "ecbplus": the two seminal events of a topic
    chain: str


def selected_sentences(root: Path) -> set[tuple[str, int]]:
    out = set()
    with open(root / "ECBplus_coreference_sentences.csv", newline="") as fh:
        for row in csv.DictReader(fh):
            out.add((f"{row['Topic']}_{row['File']}", int(row["Sentence Number"])))
    return out


def _lemmatize(sentences: list[list[str]]) -> list[list[str]]:
    from spacy.tokens import Doc

    from eventwire.stages.parse import load_nlp

    nlp = load_nlp()
    docs = [Doc(nlp.vocab, words=ws) for ws in sentences]
    out = []
    for doc in nlp.pipe(docs, disable=["ner", "parser"]):
        out.append([t.lemma_.lower() for t in doc])
    return out


def load(root: Path, topics: set[int]) -> list[GoldMention]:
    """Gold event mentions of the given topics, restricted to the validated sentences."""
    keep = selected_sentences(root)
    raw = []  # (topic, subtopic, doc, sent_no, tokens, anchors, tag, participants, places, chain)
    sentences: dict[tuple[str, int], list[str]] = {}
    for topic in sorted(topics):
        folder = root / "ECB+" / str(topic)
        if not folder.is_dir():
            continue
        for path in sorted(folder.glob("*.xml")):
            doc_name = path.stem  # e.g. 36_1ecbplus
            root_el = ET.parse(path).getroot()
            tok = {}
            for t in root_el.iter("token"):
                tok[t.get("t_id")] = (int(t.get("sentence")), int(t.get("number")), t.text or "")
            for (tid, (s, n, text)) in tok.items():
                if (doc_name, s) in keep:
                    sentences.setdefault((doc_name, s), []).append((n, text))
            markables = {}
            for el in root_el.find("Markables"):
                anchors = [a.get("t_id") for a in el.findall("token_anchor")]
                markables[el.get("m_id")] = (el.tag, anchors, el.get("instance_id"))
            chain_of = {}
            for rel in root_el.find("Relations") or []:
                srcs = [s.get("m_id") for s in rel.findall("source")]
                tgt = rel.find("target").get("m_id")
                if rel.tag == "CROSS_DOC_COREF":
                    cid = markables.get(tgt, (None, None, None))[2] or rel.get("note")
                    for s in srcs:
                        chain_of[s] = cid
                elif rel.tag == "INTRA_DOC_COREF":
                    cid = f"{doc_name}#{rel.get('r_id')}"
                    for s in srcs + [tgt]:
                        chain_of.setdefault(s, cid)
            parts, places = {}, {}
            for mid, (tag, anchors, _) in markables.items():
                if not anchors:
                    continue
                s = tok[anchors[0]][0]
                if tag.startswith("HUMAN_PART"):
                    parts.setdefault(s, []).append(anchors)
                elif tag.startswith("LOC"):
                    places.setdefault(s, []).append(anchors)
            for mid, (tag, anchors, _) in markables.items():
                if not anchors or not re.match(r"(NEG_)?ACTION_", tag):
                    continue
                s = tok[anchors[0]][0]
                if (doc_name, s) not in keep:
                    continue
                sub = "ecbplus" if doc_name.endswith("plus") else "ecb"
                raw.append((topic, sub, doc_name, s, anchors, tag, parts.get(s, []), places.get(s, []),
                            chain_of.get(mid, f"{doc_name}#single{mid}"), tok))
    keys = sorted(sentences)
    words = {k: [w for _, w in sorted(sentences[k])] for k in keys}
    lemmas = dict(zip(keys, _lemmatize([words[k] for k in keys])))
    out = []
    for topic, sub, doc_name, s, anchors, tag, parts, places, chain, tok in raw:
        ws, ls = words[(doc_name, s)], lemmas[(doc_name, s)]
        starts, pos = [], 0
        for w in ws:
            starts.append(pos)
            pos += len(w) + 1
        sentence = " ".join(ws)
        idx = [tok[a][1] for a in anchors]
        trig_first = min(idx)

        def span_text(anc):
            return " ".join(ws[tok[a][1]] for a in anc)

        before = [p for p in parts if tok[p[0]][1] < trig_first]
        after = [p for p in parts if tok[p[0]][1] > max(idx)]
        src = ActorRef(text=span_text(before[-1])) if before else None
        tgt = ActorRef(text=span_text(after[0])) if after else None
        loc = None
        if places:
            p = places[0]
            loc = Place(text=span_text(p), start=starts[tok[p[0]][1]], end=starts[tok[p[0]][1]] + len(span_text(p)),
                        name=span_text(p))
        m = Mention(doc=doc_name, type="EVENT", evidence=Evidence(sentence=sentence, start=0, end=len(sentence)),
                    source=src, target=tgt, location=loc,
                    trigger=" ".join(ls[i] for i in sorted(idx)), trigger_start=starts[trig_first] + 100000 * s,
                    trigger_end=starts[max(idx)] + len(ws[max(idx)]) + 100000 * s)
        out.append(GoldMention(m, topic, sub, chain))
    return out
