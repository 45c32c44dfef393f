"""Convert the PETRARCH CAMEO verb-pattern dictionary and the CAMEO→PLOVER table into eventwire data.

Why: the rule-based coder (`eventwire/stages/events.py`) needs a verb lexicon keyed by lemma, already
translated to PLOVER v0.8, and a CAMEO code → PLOVER type/mode table. Both are derived here from the
upstream files in `../shared/data` so that regenerating reproduces the committed files exactly.

Inputs (both MIT / CC BY-SA, see eventwire/data/models/README.md):
  cameo-dictionaries/CAMEO.verbpatterns.150430.txt   (openeventdata/petrarch2, MIT)
  plover/PLOVER_CAMEO2PLOVER-2021.txt                 (openeventdata/PLOVER, manual v0.8)

Outputs:
  eventwire/data/cameo_verbs.tsv    lemma, pattern, cameo, plover_type, plover_mode
  eventwire/data/plover_types.tsv   cameo, plover_type, plover_mode

Conversion decisions (documented as the PLOVER manual asks):
- A block `--- NAME [code] ---` lists verbs (synonyms) and patterns. Each verb gives a row with an empty
  pattern and the block's code (or the verb's own `[code]`). A pattern `- pre * post [code] # VERB` is
  attached to the verb named in its comment (the TABARI verb it was written for) when that verb is in the
  block, else to the block's first verb. (PETRARCH applies a block's patterns to all its synonyms; we keep
  the original verb to stay precise and small.)
- `pattern` keeps only the literal words after the verb, lowercased, in order; PETRARCH's slots
  (`+` target, `$` source, `^` skipped phrase, `%` compound actor) are dropped and `_` joins become spaces.
  Words may be stems ("econom"): match them as word prefixes. Synonym sets (`&MILITARY`) are expanded to
  their members. Patterns with literal words *before* the verb ("EFFORTS TO * ATTACK") cannot be expressed
  in this schema and are skipped (the script prints how many).
- `[---]` (PETRARCH's "do not code") is kept as cameo `---`, plover_type `NONE`: a match means no event.
- `[a:b]` codes (symmetric/compound events) keep `a`.
- Multi-word verbs: the word marked `+` is the verb (`+GUN_DOWN` → lemma "gun", pattern "down");
  `RE_+ADMIT` → lemma "readmit".
- CAMEO 01 (statements) → NONE, as in the PLOVER manual ("dropped"). CAMEO 02 (appeal) is also "dropped"
  there, but PLOVER v0.8 REQUEST covers "all requests, demands, and orders", so 02x → REQUEST (mode from the
  matching 10x code: 021x assist, 023x assist, 024x change, 025x yield, 026-028 meet). This is our exception.
- PLOVER v0.5 names are mapped to v0.8 if they appear: DEMAND→REQUEST, DISAPPROVE/INVESTIGATE→ACCUSE,
  FIGHT→ASSAULT.
- Where the v0.8 manual's text moves a code to another type than the table gives (promised concessions and
  retreats, eased curfews and sanctions → CONCEDE), `eventwire/data/plover_manual_overrides.tsv` wins; each
  row quotes the manual.

Run: .venv/bin/python scripts/build_verb_lexicon.py [--shared ../shared/data] [--check]
"""
from __future__ import annotations

import argparse
import re
import sys
from itertools import product
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "eventwire" / "data"
DEFAULT_SHARED = ROOT.parent / "shared" / "data"

V05_TO_V08 = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT"}

# CAMEO 01 / 02 codes (CAMEO manual 1.1b3) absent from the CAMEO→PLOVER table.
CAMEO_01 = ["01", "010", "011", "012", "013", "014", "015", "016", "017", "018", "019"]
CAMEO_02 = {
    "02": "", "020": "", "021": "assist", "0211": "assist", "0212": "assist", "0213": "assist",
    "0214": "assist", "022": "assist", "023": "assist", "0231": "assist", "0232": "assist",
    "0233": "assist", "0234": "assist", "024": "change", "0241": "change", "0242": "change",
    "0243": "change", "0244": "change", "025": "yield", "0251": "yield", "0252": "yield",
    "0253": "yield", "0254": "yield", "0255": "yield", "0256": "yield", "026": "meet",
    "027": "meet", "028": "meet",
}

SLOTS = {"+", "$", "^", "%", "*"}


def read_plover_table(path: Path) -> dict[str, tuple[str, str]]:
    """CAMEO code → (PLOVER type, mode) from PLOVER_CAMEO2PLOVER-2021.txt; first entry of a code wins."""
    table: dict[str, tuple[str, str]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        m = re.match(r"^(\d{2,4}):\s*(.*)$", line)
        if not m:
            continue
        code, rest = m.groups()
        parts = [p.strip() for p in rest.split(",")]
        ptype = V05_TO_V08.get(parts[0].upper(), parts[0].upper())
        mode = parts[1].strip() if len(parts) > 1 else ""
        table.setdefault(code, (ptype, mode))
    for code in CAMEO_01:
        table.setdefault(code, ("NONE", ""))
    for code, mode in CAMEO_02.items():
        table.setdefault(code, ("REQUEST", mode))
    table.update(read_manual_overrides())
    return table


def read_manual_overrides(path: Path = DATA / "plover_manual_overrides.tsv") -> dict[str, tuple[str, str]]:
    """CAMEO code → (type, mode) where the PLOVER v0.8 manual's text overrides the CAMEO→PLOVER table."""
    rows = [ln.split("\t") for ln in path.read_text(encoding="utf-8").splitlines()
            if ln.strip() and not ln.startswith("#")]
    return {r[0]: (r[1], r[2]) for r in rows[1:]}


def plover_for(code: str, table: dict[str, tuple[str, str]]) -> tuple[str, str]:
    """Type and mode of a CAMEO code; unknown codes fall back to their parent (e.g. 0110 → 011)."""
    if code == "---":
        return ("NONE", "")
    c = code
    while c:
        if c in table:
            return table[c]
        c = c[:-1]
    return ("NONE", "")


def read_synsets(lines: list[str]) -> dict[str, list[str]]:
    sets: dict[str, list[str]] = {}
    name = None
    for raw in lines:
        line = raw.split("#", 1)[0].strip()
        if line.startswith("&"):
            name = line.upper().rstrip("_")
            sets[name] = []
        elif line.startswith("+") and name:
            sets[name].append(line[1:].strip().rstrip("_").replace("_", " ").lower())
        elif not line:
            continue
        else:
            name = None
    return sets


def verb_lemma(word: str) -> tuple[str, str]:
    """PETRARCH verb entry → (lemma, particle words after it)."""
    parts = word.split("_")
    idx = next((i for i, p in enumerate(parts) if p.startswith("+")), 0)
    if idx > 0 and parts[0] == "RE":  # RE_+ADMIT
        return ("re" + parts[idx].lstrip("+")).lower(), " ".join(parts[idx + 1:]).lower()
    head = parts[idx].lstrip("+").lower()
    return head, " ".join(p.lstrip("+") for p in parts[idx + 1:]).lower()


def pattern_variants(post: list[str], synsets: dict[str, list[str]]) -> list[str]:
    choices: list[list[str]] = []
    for tok in post:
        key = tok.upper().rstrip("_")
        if key in synsets:
            choices.append(synsets[key] or [tok.lstrip("&").lower()])
        else:
            choices.append([tok.lower()])
    return sorted({" ".join(w for w in combo if w) for combo in product(*choices)})


def build(shared: Path) -> tuple[list[tuple[str, ...]], list[tuple[str, ...]], dict[str, int]]:
    table = read_plover_table(shared / "plover" / "PLOVER_CAMEO2PLOVER-2021.txt")
    lines = (shared / "cameo-dictionaries" / "CAMEO.verbpatterns.150430.txt").read_text(
        encoding="utf-8", errors="replace").splitlines()
    start = next(i for i, l in enumerate(lines) if "VERB PATTERNS" in l)
    synsets = read_synsets(lines[:start])
    stats = {"blocks": 0, "patterns": 0, "skipped_pre_verb": 0, "skipped_empty": 0}

    rows: set[tuple[str, str, str]] = set()
    codes_seen: set[str] = set()
    block_code = "---"
    verbs: list[tuple[str, str, str, set[str]]] = []  # lemma, particle, code, surface forms
    patterns: list[tuple[list[str], str, str]] = []

    def flush() -> None:
        for lemma, particle, code, _ in verbs:
            rows.add((lemma, particle, code))
        for post, code, cverb in patterns:
            owners = [v for v in verbs if cverb and cverb in v[3]] or verbs[:1]
            for lemma, particle, _, _ in owners:
                for variant in pattern_variants(post, synsets):
                    pat = " ".join(x for x in (particle, variant) if x)
                    rows.add((lemma, pat, code))

    for raw in lines[start + 1:]:
        line = raw.rstrip()
        if not line.strip() or line.lstrip().startswith("#") or line.startswith("~~"):
            continue
        m = re.match(r"^---\s*(\S+)\s*\[([^\]]*)\]\s*---", line)
        if m:
            flush()
            stats["blocks"] += 1
            block_code = m.group(2).split(":")[0].strip()
            verbs, patterns = [], []
            continue
        if line.startswith("-"):
            m = re.match(r"^-\s*(.*?)\s*\[([^\]]*)\]\s*(?:#\s*(.*))?$", line)
            if not m:
                continue
            body, code, comment = m.group(1), m.group(2).split(":")[0].strip().rstrip("!"), m.group(3) or ""
            stats["patterns"] += 1
            toks = body.replace("_", " _ ").split()
            if "*" not in toks:
                continue
            star = toks.index("*")
            pre = [t for t in toks[:star] if t not in SLOTS and t != "_"]
            if pre:
                stats["skipped_pre_verb"] += 1
                continue
            post = [t for t in toks[star + 1:] if t not in SLOTS and t != "_"]
            if not post:
                stats["skipped_empty"] += 1
                continue
            cverb = comment.split("<")[0].split(",")[0].strip().split(" ")[0].upper() if comment else ""
            patterns.append((post, code, cverb))
            codes_seen.add(code)
            continue
        # a verb line: WORD {FORMS} [code] # comment
        entry = line.split("#", 1)[0].strip()
        if not entry:
            continue
        m = re.match(r"^(\S+?)\s*(\{[^}]*\})?\s*(?:\[([^\]]*)\])?\s*$", entry)
        if not m:
            continue
        word, forms, own = m.group(1), m.group(2) or "", m.group(3)
        lemma, particle = verb_lemma(word)
        if not re.fullmatch(r"[a-z][a-z'-]*", lemma):
            continue
        code = (own or block_code).split(":")[0].strip()
        surface = {word.replace("+", "").replace("_", " ").upper(), lemma.upper()}
        surface |= {f.replace("+", "").replace("_", " ").upper() for f in forms.strip("{}").split()}
        verbs.append((lemma, particle, code, surface))
        codes_seen.add(code)
    flush()

    lexicon = []
    for lemma, pat, code in sorted(rows):
        ptype, mode = plover_for(code, table)
        lexicon.append((lemma, pat, code, ptype, mode))
    all_codes = set(table) | {c for c in codes_seen if c != "---"}
    types = [(c, *plover_for(c, table)) for c in sorted(all_codes, key=lambda c: (c[:2], len(c), c))]
    return lexicon, types, stats


def to_tsv(header: tuple[str, ...], rows: list[tuple[str, ...]]) -> str:
    return "\n".join("\t".join(r) for r in [header, *rows]) + "\n"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=DEFAULT_SHARED)
    ap.add_argument("--check", action="store_true", help="only compare with the committed files")
    args = ap.parse_args(argv)
    lexicon, types, stats = build(args.shared)
    outputs = {
        DATA / "cameo_verbs.tsv": to_tsv(("lemma", "pattern", "cameo", "plover_type", "plover_mode"), lexicon),
        DATA / "plover_types.tsv": to_tsv(("cameo", "plover_type", "plover_mode"), types),
    }
    status = 0
    for path, text in outputs.items():
        if args.check:
            same = path.exists() and path.read_text(encoding="utf-8") == text
            print(f"{path.name}: {'up to date' if same else 'DIFFERS'}")
            status |= 0 if same else 1
        else:
            path.write_text(text, encoding="utf-8")
            print(f"wrote {path.relative_to(ROOT)} ({text.count(chr(10)) - 1} rows)")
    print(", ".join(f"{k}={v}" for k, v in stats.items()), file=sys.stderr)
    return status


if __name__ == "__main__":
    sys.exit(main())
