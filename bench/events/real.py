"""Score the coder on real 1990s wire stories labelled by the team: TempEval-3's TBAQ training articles.

Why: the hand-written dev sentences (`bench/events/dev.py`) are clean, one event each and in today's
register; real wire copy has several events per sentence, quotes, pronouns and datelines, and the era of
the CAMEO manual. TBAQ is TempEval-3's *development* data (its test set is te3-platinum), so labelling it
for event types tunes on no test set. Its texts are not ours to copy (TimeBank/AQUAINT, LDC), so the label
files hold sentence ids only and the text is read from `../shared/data` when scoring.

Each whole article is coded (so pronouns, the dateline and the publication date work as in production) and
a mention belongs to the labelled sentence its trigger falls in. A sentence may carry several gold rows
(several events); a row of type NONE says the sentence reports no political event.

    .venv/bin/python -m bench.events.real --dump APW19980807.0261 [--first 8]   # sentences to label
    .venv/bin/python -m bench.events.real [--errors]                            # score dev/real/*.tsv
    .venv/bin/python -m bench.events.real --check                               # held back: figures only
"""
from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
TBAQ = ROOT.parent / "shared" / "data" / "tempeval3" / "TBAQ-cleaned"
LABEL_DIR = Path(__file__).resolve().parent / "dev" / "real"
COLUMNS = ["id", "type", "mode", "cameo", "source", "target", "modality"]

# a sentence ends at . ? ! (and a closing quote) before a capital or an opening quote, unless the period
# closes one of these abbreviations
ABBREVIATIONS = {"mr", "mrs", "ms", "dr", "gen", "sen", "rep", "gov", "lt", "col", "sgt", "capt", "st", "maj",
                 "adm", "cmdr", "rev", "prof", "jan", "feb", "mar", "apr", "aug", "sept", "sep", "oct", "nov",
                 "dec", "no", "vs", "inc", "corp", "co", "jr", "sr", "ft", "mt", "gov", "pres", "u.s", "u.n",
                 "a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m", "n", "o", "p", "q", "r", "s",
                 "t", "u", "v", "w", "x", "y", "z"}
BOUNDARY = re.compile(r"[.?!]+(?:''|\"|')?\s+(?=[A-Z`\"'(])")
PARAGRAPH = re.compile(r"\n\s*\n")


@dataclass
class Sentence:
    id: str  # DOCID.n, n counting every sentence of the article from 0
    start: int
    end: int
    text: str  # whitespace collapsed, for reading


def tbaq_path(doc_id: str) -> Path:
    for sub in ("AQUAINT", "TimeBank"):
        p = TBAQ / sub / f"{doc_id}.tml"
        if p.exists():
            return p
    raise FileNotFoundError(f"{doc_id}: no such article under {TBAQ}")


def article(doc_id: str) -> tuple[str, date]:
    from bench.timex.run import load_tml

    text, dct, _ = load_tml(tbaq_path(doc_id))
    return text, dct


def split_sentences(doc_id: str, text: str) -> list[Sentence]:
    """Paragraphs at blank lines, sentences at end punctuation; deterministic, so ids stay stable."""
    out: list[Sentence] = []
    starts = [0] + [m.end() for m in PARAGRAPH.finditer(text)]
    ends = [m.start() for m in PARAGRAPH.finditer(text)] + [len(text)]
    for p_start, p_end in zip(starts, ends):
        pos, para = p_start, text[p_start:p_end]
        cuts = []
        for m in BOUNDARY.finditer(para):
            before = para[:m.start() + 1].rsplit(None, 1)[-1].rstrip(".").lower().lstrip("(`'\"")
            if before in ABBREVIATIONS:
                continue
            cuts.append(p_start + m.end())
        for cut in cuts + [p_end]:
            raw = text[pos:cut]
            if raw.strip():
                lead = len(raw) - len(raw.lstrip())
                s, e = pos + lead, pos + len(raw.rstrip())
                out.append(Sentence(f"{doc_id}.{len(out)}", s, e, " ".join(text[s:e].split())))
            pos = cut
    return out


def dump(doc_ids: list[str], first: int) -> None:
    """The first `first` sentences of each article with at least six words, for labelling."""
    for doc_id in doc_ids:
        text, dct = article(doc_id)
        shown = 0
        print(f"# {doc_id} published {dct}")
        for s in split_sentences(doc_id, text):
            if len(s.text.split()) < 6:
                continue
            print(f"{s.id}\t{s.text}")
            shown += 1
            if shown >= first:
                break


def load_labels(folder: Path) -> list[dict]:
    """Every label row in the folder's TSVs; a malformed row is an error naming its file and line."""
    from bench.events.dev import tsv_rows
    from eventwire.stages.classify import convention_type

    rows = []
    for path, line, row in tsv_rows(folder, COLUMNS):
        if not row.get("id") or not row.get("type") or "." not in row["id"]:
            raise ValueError(f"{path}:{line}: a row needs an id DOCID.n and a type")
        row["where"] = f"{path.name}:{line}"
        # labelled by the CAMEO->PLOVER table; eventwire's convention for the codes it differs on (no 0871 rows here)
        row["type"] = convention_type(row["type"], row["cameo"])
        rows.append(row)
    return rows


def validate(folder: Path) -> int:
    """Check the label files without running the coder: ids name real sentences, types and modes exist."""
    from eventwire.stages.classify import _table_types
    from eventwire.stages.event_lexicon import valid_mode

    types = set(_table_types().values())
    problems, sentences = [], {}
    for r in load_labels(folder):
        doc_id = r["id"].rsplit(".", 1)[0]
        if doc_id not in sentences:
            sentences[doc_id] = {s.id for s in split_sentences(doc_id, article(doc_id)[0])}
        if r["id"] not in sentences[doc_id]:
            problems.append(f"{r['where']}: {r['id']} is not a sentence id")
        if r["type"] not in types:
            problems.append(f"{r['where']}: unknown type {r['type']}")
        if r["mode"] and valid_mode(r["type"], r["mode"]) is None:
            problems.append(f"{r['where']}: {r['mode']} is not a mode of {r['type']}")
        if r["type"] != "NONE" and r["modality"] not in {"asserted", "negated", "future", "hypothetical", "alleged"}:
            problems.append(f"{r['where']}: modality must be asserted/negated/future/hypothetical/alleged")
    print("\n".join(problems) or f"ok: {len(sentences)} articles")
    return 1 if problems else 0


def code_articles(doc_ids: list[str]) -> dict[str, tuple[list[Sentence], list]]:
    """Each article coded whole, with its mentions."""
    from eventwire.pipeline import process_articles
    from eventwire.records import Article

    arts = []
    for doc_id in doc_ids:
        text, dct = article(doc_id)
        arts.append(Article(id=doc_id, text=text, published=dct))
    out = {}
    for i in range(0, len(arts), 16):
        for art, mentions in process_articles(arts[i:i + 16]):
            out[art.id] = (split_sentences(art.id, art.text), mentions)
    return out


def score_folder(folder: Path, errors: bool = False) -> int:
    from bench.events.dev import score

    if not TBAQ.exists():
        print(f"skipped: {TBAQ} is not there (it comes with ../shared/data)")
        return 0
    rows = load_labels(folder)
    if not rows:
        print(f"no labels in {folder}")
        return 1
    doc_ids = sorted({r["id"].rsplit(".", 1)[0] for r in rows})
    coded = code_articles(doc_ids)
    by_sentence: dict[str, list[dict]] = {}
    for r in rows:
        by_sentence.setdefault(r["id"], []).append(r)
    scored_rows, mentions = [], []
    for sid, group in by_sentence.items():
        doc_id = sid.rsplit(".", 1)[0]
        sentences, doc_mentions = coded[doc_id]
        sent = next((s for s in sentences if s.id == sid), None)
        if sent is None:
            raise ValueError(f"{group[0]['where']}: {sid} is not a sentence of {doc_id}")
        in_sentence = [m for m in doc_mentions if m.trigger_start is not None and sent.start <= m.trigger_start < sent.end]
        gold_types = {r["type"] for r in group if r["type"] != "NONE"}
        for k, r in enumerate(group):
            r = dict(r, sentence=sent.text, sentence_types=gold_types or {"NONE"}, count_predictions=k == 0)
            scored_rows.append(r)
            mentions.append(in_sentence)
    table, errs = score(scored_rows, mentions)
    print(f"{len(by_sentence)} sentences from {len(doc_ids)} articles, {len(rows)} label rows")
    print(table)
    if errors:
        print("\n".join(errs))
    return 0


def totals(table: str) -> tuple[float, float]:
    """(found, precision) from the 'all events' row of a score table."""
    cells = [c.strip() for c in table.splitlines()[-1].strip("|").split("|")]
    assert cells[0] == "all events", table
    return float(cells[2]), float(cells[4])


def main(argv: list[str]) -> int:
    import argparse

    ap = argparse.ArgumentParser(prog="python -m bench.events.real", description=__doc__.split("\n\n")[0])
    ap.add_argument("--dump", nargs="+", metavar="DOCID", help="print the sentences of these articles to label")
    ap.add_argument("--first", type=int, default=8, help="with --dump: sentences per article (default 8)")
    ap.add_argument("--check", action="store_true", help="use the held-back labels in dev/real/check/")
    ap.add_argument("--validate", action="store_true", help="check the label files only (no coder run)")
    ap.add_argument("--errors", action="store_true", help="print every missed or extra reading")
    args = ap.parse_args(argv)
    if args.dump:
        dump(args.dump, args.first)
        return 0
    folder = LABEL_DIR / "check" if args.check else LABEL_DIR
    if args.validate:
        return validate(folder)
    return score_folder(folder, errors=args.errors)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
