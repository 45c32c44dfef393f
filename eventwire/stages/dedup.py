"""Deduplicate: one real-world event, many mentions (within and across articles).

Why this shape:
- `pair_score` is the only place that decides whether two mentions can be the same event. It returns
  None ("cannot link") for incompatible types, actors, dates or modality, else a similarity in [0, 1]
  built from trigger, evidence text, actors, date and place. The ECB+ benchmark (bench/dedup) drives the
  same function with gold mentions, so what is measured is what runs.
- `cluster` is average-link agglomerative clustering over the sparse candidate graph (blocking by type
  family, date window and shared actor/trigger/word), with cannot-link constraints that survive merges.
  Mentions are sorted by id and ties broken by id, so the partition depends only on the *set* of mentions,
  never on ingestion order; an event id is a hash of the smallest mention id in its cluster.
- `link_mentions` is the incremental entry point for the store: it re-clusters only the new mentions and
  the stored mentions the store fetched around them (`candidate_window`), not the world.
"""
from __future__ import annotations

import hashlib
import heapq
import re
from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from typing import Iterable, Optional

from rapidfuzz import fuzz

from ..records import ActorRef, Mention

# PLOVER v0.8 types by CAMEO quad class: a mention is only ever compared with its own family.
TYPE_FAMILY = {
    "AGREE": "verbal-coop", "CONSULT": "verbal-coop", "SUPPORT": "verbal-coop", "CONCEDE": "verbal-coop",
    "COOPERATE": "material-coop", "AID": "material-coop", "RETREAT": "material-coop",
    "REQUEST": "verbal-conflict", "ACCUSE": "verbal-conflict", "REJECT": "verbal-conflict",
    "THREATEN": "verbal-conflict",
    "PROTEST": "material-conflict", "SANCTION": "material-conflict", "MOBILIZE": "material-conflict",
    "COERCE": "material-conflict", "ASSAULT": "material-conflict",
}
# Types whose source and target may be swapped by a reporter ("A met B" = "B met A").
SYMMETRIC_TYPES = {"CONSULT", "AGREE", "COOPERATE"}
SYMMETRIC_MODES = {("ASSAULT", "fight")}
# An event without a day-precision date is looked for this many days around its date/publication.
WINDOW_DAYS = 7
SPECIFIC_ID = re.compile(r"[:/]")  # "person:alexei-navalny" is specific; "RUS" is a country-level actor


@dataclass(frozen=True)
class Weights:
    """Weights of the pair features and the average-link threshold.

    Grid-searched on ECB+ topics 1-35, threshold and synonym weight then on the dev topics of Barhom et al.
    2019 (bench/dedup/tune.py); `coded_actors` and the same-article rule cannot be tuned on ECB+ (no coded
    actors there) and were set by hand on the seeds and TE3 output.
    """

    trigger: float = 0.6
    text: float = 0.15
    actors: float = 0.1  # actors known only as text (ECB+ participants)
    coded_actors: float = 0.5  # actors resolved by the actor stage: strong evidence (not tunable on ECB+)
    date: float = 0.1
    place: float = 0.1
    threshold: float = 0.45
    same_doc_trigger: float = 0.9  # same article: only near-identical triggers (or actors) restate an event


DEFAULT_WEIGHTS = Weights()


# --- small normalisers --------------------------------------------------------------------------------

_SUFFIXES = ("izations", "ization", "isations", "isation", "izing", "ising", "ized", "ised", "izes",
             "ises", "ations", "ation", "ments", "ment", "ings", "ing", "ies", "ied", "ed", "es", "s", "y", "e")


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A crude suffix stripper: arrested/arrest/arrests -> arrest, apologized/apology -> apolog."""
    w = word.lower().strip(".,;:'\"()")
    for suf in _SUFFIXES:
        if w.endswith(suf) and len(w) - len(suf) >= 3:
            w = w[: -len(suf)]
            break
    if len(w) > 3 and w[-1] == w[-2]:  # "stopp(ed)" -> "stop"
        w = w[:-1]
    return w


@lru_cache(maxsize=1)
def _stopwords() -> frozenset[str]:
    from spacy.lang.en.stop_words import STOP_WORDS  # a word list only, no model load

    return frozenset(STOP_WORDS) | {"said", "says", "say", "told", "according", "mr", "mrs", "ms"}


@lru_cache(maxsize=65536)
def content_stems(sentence: str) -> frozenset[str]:
    words = re.findall(r"[A-Za-z][A-Za-z'-]+|\d+", sentence)
    stop = _stopwords()
    return frozenset(stem(w) for w in words if w.lower() not in stop and len(w) > 1)


def trigger_key(m: Mention) -> tuple[str, ...]:
    return _trigger_key(m.trigger) if m.trigger else ()


@lru_cache(maxsize=65536)
def _trigger_key(trigger: str) -> tuple[str, ...]:
    return tuple(stem(t) for t in trigger.split() if t.strip())


@lru_cache(maxsize=1)
def _country_names() -> frozenset[str]:
    try:
        import pycountry
    except ImportError:  # pragma: no cover - pycountry is a dependency
        return frozenset()
    names = set()
    for c in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            v = getattr(c, attr, None)
            if v:
                names.add(v.lower())
    return frozenset(names)


def _name_tokens(a: ActorRef) -> frozenset[str]:
    text = a.name or a.text or ""
    return frozenset(t for t in re.findall(r"[a-z]+", text.lower()) if len(t) > 2 and t not in _stopwords())


def _is_country_level(a: ActorRef) -> bool:
    """Russia, Moscow-as-government, 'Russian police': identified only by country (and sector)."""
    if a.actor_id:
        return not SPECIFIC_ID.search(a.actor_id)
    name = (a.name or "").lower()
    return bool(a.country) and (not name or name in _country_names() or name == a.country.lower())


def _is_named(a: ActorRef) -> bool:
    """Specific, identifiable actor: a canonical id or a proper name."""
    if a.actor_id:
        return bool(SPECIFIC_ID.search(a.actor_id))
    if _is_country_level(a):
        return False
    return bool(a.name) or any(w[:1].isupper() for w in (a.text or "").split()[1:] + (a.text or "").split()[:1]
                               if w[:1].isalpha())


# --- pairwise compatibility -----------------------------------------------------------------------------

def actor_score(a: Optional[ActorRef], b: Optional[ActorRef]) -> Optional[float]:
    """1 = same actor, 0..1 = plausibly the same, None = certainly different; 0.5 when unknown."""
    if a is None or b is None:
        return 0.5
    if a.country and b.country and a.country != b.country:
        return None
    if a.actor_id and b.actor_id and a.actor_id == b.actor_id and SPECIFIC_ID.search(a.actor_id):
        return 1.0
    if a.actor_id and a.actor_id == b.actor_id and a.actor_id == a.country:
        return 0.8  # "Russia" and "Moscow" as the Russian state
    ta, tb = _name_tokens(a), _name_tokens(b)
    overlap = len(ta & tb) / max(1, min(len(ta), len(tb))) if ta and tb else 0.0
    named_a, named_b = _is_named(a), _is_named(b)
    if named_a and named_b:
        if a.actor_id and b.actor_id and SPECIFIC_ID.search(a.actor_id) and SPECIFIC_ID.search(b.actor_id):
            # two different canonical ids: only a transliteration variant of one name may pass
            return 0.9 if fuzz.token_set_ratio(a.name or a.text, b.name or b.text) >= 90 else None
        if overlap >= 0.5:
            return 0.9
        # two different proper names: certainly different once the actor stage has resolved both
        return None if (a.actor_id or a.name) and (b.actor_id or b.name) else 0.1
    if overlap >= 0.5:
        return 0.8
    if a.country and a.country == b.country:
        # a person and their government, or the police and the state: compatible, weakly
        if named_a != named_b:
            if a.sector and b.sector and a.sector != b.sector and (named_a and a.sector not in ("GOV",)
                                                                   or named_b and b.sector not in ("GOV",)):
                return None  # a named non-government actor vs another group of the same country
            return 0.3
        # two unnamed groups of one country: "demonstrators" and "a senior aide" are both RUSOPP
        return 0.5 if (a.sector == b.sector or not a.sector or not b.sector) else 0.3
    if not named_a and not named_b and a.sector and b.sector and a.sector != b.sector:
        return 0.2  # "105 children" (CVL) and "nine activists" (OPP): different groups
    if named_a != named_b:
        if a.sector and b.sector and a.sector != b.sector and (a.actor_id or a.name or b.actor_id or b.name):
            return None  # a named opposition leader is not "3,500 people" (CVL) detained the same month
        return 0.25  # "Navalny" vs "thousands of people": not evidence for the same event
    return 0.4


@lru_cache(maxsize=65536)
def _text_count(text: str) -> Optional[float]:
    """The number a group's text starts with: 'nine activists' -> 9, '3,500 people' -> 3500."""
    words = re.findall(r"[A-Za-z]+|\d[\d,]*(?:\.\d+)?", text.lower())
    if not words:
        return None
    from .clause import NUMBER_WORDS

    first = words[0].replace(",", "")
    if first.replace(".", "", 1).isdigit():
        return float(first)
    return float(NUMBER_WORDS[first]) if first in NUMBER_WORDS and first != "zero" else None


def target_count(m: Mention) -> Optional[float]:
    """How many the event struck or involved (casualties, detainees): its quantity, else the number its
    resolved target's text starts with (the coder may miss 'the nine activists who were killed')."""
    if m.quantity and m.quantity.value:
        return float(m.quantity.value)
    # only from a target the actor stage resolved: a bare text span near the trigger may be anything
    return _text_count(m.target.text) if _resolved(m.target) and m.target.text else None


def _resolved(a: Optional[ActorRef]) -> bool:
    return a is not None and bool(a.actor_id or a.name or a.country)


COUNTED_GROUP_SCORE = 0.8  # two unnamed groups of the same size: "nine activists" / "nine people" / "nine passengers"


def actors_score(m1: Mention, m2: Mention, same_count: bool = False) -> tuple[Optional[float], int, bool, bool]:
    """Best arrangement of source/target (swapped too for symmetric types).

    Returns (score, slots compared, all compared slots coded by the actor stage, a named actor shared in
    one slot). `same_count`: the targets' counts agree, so two unnamed target groups count as one group
    (outlets call the same victims activists, people or passengers, and the actor stage codes them apart).
    """
    def arrangement(s1, t1, s2, t2, counted):
        ss, tt = actor_score(s1, s2), actor_score(t1, t2)
        if ss is None or tt is None:
            return None, 0, False, False
        if counted and t1 is not None and t2 is not None and not _is_named(t1) and not _is_named(t2):
            tt = max(tt, COUNTED_GROUP_SCORE)
        pairs = [(v, x, y) for v, x, y in ((ss, s1, s2), (tt, t1, t2)) if x is not None and y is not None]
        vals = [v for v, _, _ in pairs]
        coded = bool(pairs) and all(_resolved(x) and _resolved(y) for _, x, y in pairs)
        named = any(v >= 0.9 and _is_named(x) and _is_named(y) for v, x, y in pairs)
        return (sum(vals) / len(vals) if vals else 0.5), len(vals), coded, named

    best = arrangement(m1.source, m1.target, m2.source, m2.target, same_count)
    symmetric = m1.type in SYMMETRIC_TYPES or (m1.type, m1.mode) in SYMMETRIC_MODES
    if symmetric:
        swapped = arrangement(m1.source, m1.target, m2.target, m2.source, False)
        # swapping must compare as many actors: "Roth agreed" vs "the leaders agreed" is no match by
        # comparing nothing with nothing
        if swapped[0] is not None and (best[0] is None or swapped[0] > best[0] and swapped[1] >= best[1]):
            best = swapped
    return best


@lru_cache(maxsize=65536)
def parse_date(value: Optional[str]) -> Optional[tuple[date, date]]:
    """'2021-01-17' / '2021-01' / '2021' -> (first day, last day); anything else -> None."""
    if not value:
        return None
    m = re.fullmatch(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", value.strip())
    if not m:
        return None
    y, mo, d = int(m.group(1)), m.group(2), m.group(3)
    try:
        if d:
            day = date(y, int(mo), int(d))
            return day, day
        if mo:
            first = date(y, int(mo), 1)
            nxt = date(y + (int(mo) == 12), int(mo) % 12 + 1, 1)
            return first, nxt - timedelta(days=1)
        return date(y, 1, 1), date(y, 12, 31)
    except ValueError:
        return None


def date_score(m1: Mention, m2: Mention) -> Optional[float]:
    """Same day 1; contained within the coarser precision 0.6; unknown 0.5; disjoint -> None."""
    r1, r2 = parse_date(m1.date), parse_date(m2.date)
    p1, p2 = parse_date(m1.published), parse_date(m2.published)
    # an asserted past event cannot happen after the other article was published
    for r, p, other in ((r1, p2, m2), (r2, p1, m1)):
        if r and p and other.modality == "asserted" and r[0] > p[1] + timedelta(days=1):
            return None
    if r1 and r2:
        if r1[1] < r2[0] or r2[1] < r1[0]:
            return None
        return 1.0 if r1 == r2 and r1[0] == r1[1] else 0.6
    if p1 and p2 and (r1 or r2) is None and abs((p1[0] - p2[0]).days) > 3 * WINDOW_DAYS:
        return 0.2  # undated reports far apart in time
    return 0.5


def place_score(m1: Mention, m2: Mention) -> Optional[float]:
    a, b = m1.location, m2.location
    if a is None or b is None:
        return None  # not available
    if a.geonameid and a.geonameid == b.geonameid:
        return 1.0
    if a.country and b.country and a.country != b.country:
        return 0.0
    na, nb = (a.name or a.text or "").lower(), (b.name or b.text or "").lower()
    if na and nb and (na == nb or fuzz.token_set_ratio(na, nb) >= 90):
        return 1.0
    return 0.5 if a.country and a.country == b.country else 0.3


@lru_cache(maxsize=1)
def trigger_pairs() -> dict[frozenset[str], float]:
    """Trigger synonyms learned from ECB+ training topics (eventwire/data/trigger_pairs.tsv), by stem."""
    from pathlib import Path

    out: dict[frozenset[str], float] = {}
    path = Path(__file__).resolve().parent.parent / "data" / "trigger_pairs.tsv"
    if path.exists():
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.startswith("#") or not line.strip():
                continue
            a, b, *_, precision = line.split("\t")
            key = frozenset((stem(a), stem(b)))
            if len(key) == 2:
                out[key] = max(out.get(key, 0.0), float(precision))
    return out


SYNONYM_SCORE = 0.8  # a learned synonym pair counts this much of an identical trigger (tuned on ECB+ dev)


def trigger_score(m1: Mention, m2: Mention) -> Optional[float]:
    k1, k2 = trigger_key(m1), trigger_key(m2)
    if not k1 or not k2:
        return None
    if k1 == k2:
        return 1.0
    if set(k1) & set(k2):
        return 0.7
    if len(k1) == 1 and len(k2) == 1 and SYNONYM_SCORE > 0:
        p = trigger_pairs().get(frozenset((k1[0], k2[0])))
        if p:
            return SYNONYM_SCORE * p
    r = fuzz.ratio(" ".join(k1), " ".join(k2)) / 100.0
    return r * r * 0.6 if r >= 0.75 else 0.0


def text_score(m1: Mention, m2: Mention) -> float:
    a, b = content_stems(m1.evidence.sentence), content_stems(m2.evidence.sentence)
    if not a or not b:
        return 0.0
    return len(a & b) / (len(a | b) ** 0.5 * min(len(a), len(b)) ** 0.5)


def types_compatible(m1: Mention, m2: Mention) -> Optional[float]:
    if m1.type == m2.type:
        return 1.0 if (not m1.mode or not m2.mode or m1.mode == m2.mode) else 0.8
    f1, f2 = TYPE_FAMILY.get(m1.type), TYPE_FAMILY.get(m2.type)
    if f1 and f1 == f2:
        return 0.5
    return None


@dataclass(frozen=True)
class PairFeatures:
    """What two compatible mentions share; `combine` turns it into a score with given weights."""

    type: float
    date: float
    actors: float
    actor_slots: int
    actors_coded: bool  # both sides resolved by the actor stage (name/id/country), not bare text
    trigger: Optional[float]
    text: float
    place: Optional[float]
    same_doc: bool
    named_shared: bool = False  # one slot holds the same named actor on both sides (the other may differ)
    counted: bool = False  # the target groups were matched by their count ("nine activists" ~ "nine people")


def pair_features(m1: Mention, m2: Mention) -> Optional[PairFeatures]:
    """Features of a mention pair, or None when they cannot be the same event (type, modality, date, actors)."""
    t = types_compatible(m1, m2)
    if t is None:
        return None
    if m1.modality != m2.modality and "asserted" in (m1.modality, m2.modality) or \
            {m1.modality, m2.modality} == {"negated", "future"}:
        # what happened is not what was denied, weighed or planned ("if and when he is detained")
        return None
    d = date_score(m1, m2)
    if d is None:
        return None
    c1, c2 = target_count(m1), target_count(m2)
    if c1 and c2 and max(c1, c2) > 2 * min(c1, c2) + 2:
        return None  # "killed 105 children" is not "killed nine activists"; reports differ by less
    same_count = bool(c1 and c1 == c2)
    a, n_slots, coded_actors, named_shared = actors_score(m1, m2, same_count=same_count)
    if a is None:
        return None
    trig = trigger_score(m1, m2)
    if m1.type == m2.type and m1.type in TYPE_FAMILY:
        # the coder already normalised the trigger: "arrested" and "detained" are both COERCE/arrest
        # weaker than a shared trigger lemma: many different events share a mode within a fortnight
        # as strong: the same type striking the same number ("a raid left nine dead" ~ "killed nine")
        coded = 0.5 if (m1.mode and m1.mode == m2.mode) else 0.2 if not (m1.mode and m2.mode) else 0.0
        if same_count and (m1.mode == m2.mode or not (m1.mode and m2.mode)):
            coded = 0.5
        trig = max(trig or 0.0, coded)
    return PairFeatures(t, d, a, n_slots, coded_actors, trig, text_score(m1, m2), place_score(m1, m2),
                        m1.doc == m2.doc, named_shared, same_count)


def combine(f: Optional[PairFeatures], w: Weights = DEFAULT_WEIGHTS) -> Optional[float]:
    """Weighted mean of the available features, scaled by type agreement; same-article pairs must restate."""
    if f is None:
        return None
    if f.same_doc:
        # same article: a restatement has the same type and the same actors (coded actors must agree;
        # with actors known only as text, or none, the same trigger word is required); or the same trigger
        # word and one named actor in the same role, the other slot compatible: "Netanyahu apologized to
        # Erdogan" restated in a quote as "Netanyahu apologized to the Turkish people". Located twice, it
        # must be the same place.
        same_actors = f.actor_slots > 0 and f.actors >= 0.8
        same_trigger = (f.trigger or 0.0) >= w.same_doc_trigger
        same_place = f.place is None or f.place >= 1.0
        if f.type < 1.0 or not (same_actors and (not f.counted or same_place)
                                or same_trigger and (not f.actors_coded or f.named_shared and same_place)):
            return 0.0
    feats = [(w.text, f.text), (w.date, f.date)]
    if f.trigger is not None:
        feats.append((w.trigger, f.trigger))
    if f.actor_slots:
        feats.append((w.coded_actors if f.actors_coded else w.actors, f.actors))
    if f.place is not None:
        feats.append((w.place, f.place))
    total = sum(wt for wt, _ in feats)
    return f.type * sum(wt * v for wt, v in feats) / total if total else 0.0


def pair_score(m1: Mention, m2: Mention, w: Weights = DEFAULT_WEIGHTS) -> Optional[float]:
    """Similarity of two mentions as reports of one event, or None when they cannot be the same event."""
    return combine(pair_features(m1, m2), w)


# --- blocking and clustering ----------------------------------------------------------------------------

def _span(m: Mention) -> tuple[date, date]:
    """`candidate_window` as dates; an open end is date.min / date.max."""
    lo, hi = candidate_window(m)
    return (date.fromisoformat(lo) if lo else date.min, date.fromisoformat(hi) if hi else date.max)


def _block_keys(m: Mention) -> set[str]:
    """Keys two mentions must share to be scored: an actor (id or name word), a trigger word with an actor
    of the same country, or the same type with the same count of targets; mentions without any actor are
    compared with other actor-less mentions of the same trigger. A shared trigger alone is not enough
    across a news stream: "agreed", "released", "killed" recur in unrelated stories."""
    keys = set()
    stems = trigger_key(m)
    for a in (m.source, m.target):
        if a is not None:
            if a.actor_id:
                keys.add("a:" + a.actor_id)
            keys.update("a:" + t for t in _name_tokens(a))
            if a.country:  # "Netanyahu apologized" ~ "Israel's prime minister apologised"
                keys.update(f"tc:{k}|{a.country}" for k in stems)
    if not keys:
        keys = {"t:" + k for k in stems}
    count = target_count(m)
    if count and count >= 2:  # "a raid left nine dead" ~ "killed nine activists": same type, same toll
        keys.add(f"n:{m.type}|{count:g}")
    return keys


def candidate_pairs(mentions: list[Mention]) -> Iterable[tuple[int, int]]:
    """Pairs (i < j) in the same type family, overlapping date windows, sharing a blocking key (an actor).

    Within a key, mentions are swept in order of their window start, so a long-running actor (thousands
    of mentions over years) only pairs with its temporal neighbours (undated mentions reach back to the past).
    """
    family = [TYPE_FAMILY.get(m.type, m.type) for m in mentions]
    spans = [_span(m) for m in mentions]
    index: dict[str, list[int]] = {}
    for i, m in enumerate(mentions):
        for k in _block_keys(m):
            index.setdefault(k, []).append(i)
    seen: set[tuple[int, int]] = set()
    for members in index.values():
        ordered = sorted(members, key=lambda i: (spans[i][0], i))
        for x, i in enumerate(ordered):
            end = spans[i][1]
            for j in ordered[x + 1:]:
                if spans[j][0] > end:
                    break
                if family[i] == family[j]:
                    seen.add((min(i, j), max(i, j)))
    return sorted(seen)


def cluster(mentions: list[Mention], w: Weights = DEFAULT_WEIGHTS,
            pairs: Optional[Iterable[tuple[int, int]]] = None) -> list[list[Mention]]:
    """Average-link clustering with cannot-link constraints; deterministic for a given set of mentions.

    `pairs` (indices into the id-sorted mentions) overrides blocking, e.g. all pairs of an ECB+ subtopic.
    """
    uniq = {m.id: m for m in mentions}
    ms = [uniq[k] for k in sorted(uniq)]
    n = len(ms)
    if pairs is None:
        pairs = candidate_pairs(ms)
    scores = {(i, j): pair_score(ms[i], ms[j], w) for i, j in pairs}
    return [[ms[i] for i in idx] for idx in average_link(n, scores, w.threshold)]


def average_link(n: int, scores: dict[tuple[int, int], Optional[float]], threshold: float) -> list[list[int]]:
    """Average-link merging of items 0..n-1 while the best cluster pair averages >= threshold.

    `scores[(i, j)]` is a pair similarity, or None for cannot-link (inherited by the merged clusters);
    absent pairs count as 0. Ties are broken by item index, so the result is a function of the input.
    """
    sums: dict[tuple[int, int], float] = {}
    blocked: set[tuple[int, int]] = set()
    for (i, j), s in scores.items():
        if s is None:
            blocked.add((i, j))
        elif s > 0:
            sums[(i, j)] = s
    # clusters are named by their smallest member index (= smallest mention id, as ms is sorted)
    members: dict[int, list[int]] = {i: [i] for i in range(n)}
    nbr: dict[int, dict[int, float]] = {i: {} for i in range(n)}
    cannot: dict[int, set[int]] = {i: set() for i in range(n)}
    for (i, j), s in sums.items():
        nbr[i][j] = s
        nbr[j][i] = s
    for i, j in blocked:
        cannot[i].add(j)
        cannot[j].add(i)
    heap = [(-s, i, j) for (i, j), s in sums.items() if s >= threshold]
    heapq.heapify(heap)
    while heap:
        neg, a, b = heapq.heappop(heap)
        if a not in members or b not in members or b in cannot[a]:
            continue
        cur = nbr[a].get(b, 0.0) / (len(members[a]) * len(members[b]))
        if abs(cur + neg) > 1e-12:  # stale entry
            continue
        # merge b into the smaller-named cluster
        keep, gone = (a, b) if a < b else (b, a)
        members[keep].extend(members.pop(gone))
        cannot[keep] |= cannot.pop(gone)
        cannot[keep].discard(keep)
        for k in cannot[keep]:
            cannot[k].discard(gone)
            cannot[k].add(keep)
        for k, s in nbr.pop(gone).items():
            if k == keep:
                continue
            nbr[k].pop(gone, None)
            nbr[keep][k] = nbr[keep].get(k, 0.0) + s
            nbr[k][keep] = nbr[keep][k]
        nbr[keep].pop(gone, None)
        for k, s in nbr[keep].items():
            if k in cannot[keep]:
                continue
            avg = s / (len(members[keep]) * len(members[k]))
            if avg >= threshold:
                heapq.heappush(heap, (-avg, min(keep, k), max(keep, k)))
    return [sorted(idx) for _, idx in sorted(members.items())]


def event_id(cluster_mentions: list[Mention]) -> str:
    """Stable event id: a hash of the smallest mention id, so it never depends on ingestion order."""
    smallest = min(m.id for m in cluster_mentions)
    return "ev_" + hashlib.sha1(smallest.encode("utf-8")).hexdigest()[:16]


def link_mentions(new: list[Mention], existing: list[Mention],
                  w: Weights = DEFAULT_WEIGHTS) -> dict[str, str]:
    """Mention id -> event id for every mention of `new`, and for mentions of `existing` whose event changed.

    `existing`: the stored mentions in `candidate_window` of the new ones (plus the other mentions of their
    events), with their `event_id`s. Only the part of that pool reachable from the new mentions through pairs
    scoring >= the threshold is re-clustered: average-link can only ever merge clusters joined by such a
    pair, so clustering that component equals clustering everything, and the result is the partition a batch
    run over the same mentions would give, whatever the order of arrival.
    """
    pool = {m.id: m for m in existing}
    pool.update({m.id: m for m in new})
    ms = [pool[k] for k in sorted(pool)]
    neighbours = _Neighbours(ms)
    new_ids = {m.id for m in new}
    scores: dict[tuple[int, int], Optional[float]] = {}
    component = {i for i, m in enumerate(ms) if m.id in new_ids}
    frontier = sorted(component)
    while frontier:
        i = frontier.pop()
        for j in neighbours(i):
            key = (i, j) if i < j else (j, i)
            if key not in scores:
                scores[key] = pair_score(ms[key[0]], ms[key[1]], w)
            s = scores[key]
            if s is not None and s >= w.threshold and j not in component:
                component.add(j)
                frontier.append(j)
    order = sorted(component)
    local = {g: x for x, g in enumerate(order)}
    sub = {(local[i], local[j]): s for (i, j), s in scores.items() if i in local and j in local}
    out: dict[str, str] = {}
    for idx in average_link(len(order), sub, w.threshold):
        group = [ms[order[x]] for x in idx]
        eid = event_id(group)
        for m in group:
            if m.id in new_ids or pool[m.id].event_id != eid:
                out[m.id] = eid
    return out


class _Neighbours:
    """Candidate partners of a mention (same family, overlapping windows, a shared blocking key)."""

    MAX_SPAN_DAYS = 400  # longest bounded window: a year-precision date plus the margins

    def __init__(self, ms: list[Mention]):
        self.family = [TYPE_FAMILY.get(m.type, m.type) for m in ms]
        self.spans = [_span(m) for m in ms]
        self.keys = [_block_keys(m) for m in ms]
        self.bounded: dict[str, list[tuple[date, int]]] = {}  # by window start
        self.open: dict[str, list[tuple[date, int]]] = {}  # undated: open towards the past, by window end
        for i, ks in enumerate(self.keys):
            lo, hi = self.spans[i]
            for k in ks:
                if lo == date.min:
                    self.open.setdefault(k, []).append((hi, i))
                else:
                    self.bounded.setdefault(k, []).append((lo, i))
        for v in list(self.bounded.values()) + list(self.open.values()):
            v.sort()

    def __call__(self, i: int) -> list[int]:
        import bisect

        out = set()
        lo, hi = self.spans[i]
        n = len(self.spans)
        for k in self.keys[i]:
            posting = self.bounded.get(k, [])
            first = 0 if lo == date.min else bisect.bisect_left(
                posting, (max(date.min + timedelta(days=self.MAX_SPAN_DAYS), lo) - timedelta(days=self.MAX_SPAN_DAYS), -1))
            last = len(posting) if hi == date.max else bisect.bisect_right(posting, (hi, n))
            out.update(j for _, j in posting[first:last] if self.spans[j][1] >= lo)
            opened = self.open.get(k, [])
            out.update(j for _, j in opened[bisect.bisect_left(opened, (lo, -1)):])
        out.discard(i)
        return sorted(j for j in out if self.family[j] == self.family[i])


def candidate_window(m: Mention) -> tuple[Optional[str], Optional[str]]:
    """The event-date range in which stored mentions can be the same event as `m` (ISO dates, inclusive).

    A dated mention: its date range widened by a week (reports disagree by a day or two). An undated one
    can be any event before its publication ("nine people were killed", reported three years on): (None,
    publication + a week). (None, None) when nothing is known: the store compares all.
    """
    r = parse_date(m.date)
    if r:
        return (r[0] - timedelta(days=WINDOW_DAYS)).isoformat(), (r[1] + timedelta(days=WINDOW_DAYS)).isoformat()
    p = parse_date(m.published)
    if p:
        return None, (p[1] + timedelta(days=WINDOW_DAYS)).isoformat()
    return None, None


# --- the event row ---------------------------------------------------------------------------------------

_PRECISION_RANK = {"day": 3, "month": 2, "year": 1}


def _best(values: list[tuple[object, float, int]]) -> tuple[object, Counter]:
    """Majority first, then precision, then summed confidence; returns (winner, votes)."""
    votes: Counter = Counter()
    extra: dict[object, tuple[int, float]] = {}
    for v, conf, prec in values:
        if v is None:
            continue
        votes[v] += 1
        p, c = extra.get(v, (0, 0.0))
        extra[v] = (max(p, prec), c + conf)
    if not votes:
        return None, votes
    key = lambda v: (votes[v], extra[v][0], extra[v][1], str(v))  # noqa: E731
    return max(votes, key=key), votes


def _best_actor(refs: list[tuple[Optional[ActorRef], float]]) -> Optional[ActorRef]:
    """Vote on identity (actor id, else name, else text); the most common full coding of the winner speaks."""
    ident, _ = _best([((a.actor_id or a.name or a.text) if a else None, c, 0) for a, c in refs])
    if ident is None:
        return None
    same = [(a, c) for a, c in refs if a and (a.actor_id or a.name or a.text) == ident]
    coding, _ = _best([((a.name or a.text, a.country, a.sector, a.actor_id, a.text), c,
                        int(bool(a.name)) + int(bool(a.country))) for a, c in same])
    name, country, sector, actor_id, text = coding
    return ActorRef(text=text, name=name, country=country, sector=sector, actor_id=actor_id)


def _actor_dict(a: Optional[ActorRef]) -> Optional[dict]:
    return None if a is None else {"text": a.text, "name": a.name, "country": a.country, "sector": a.sector,
                                   "actor_id": a.actor_id}


def summarize_event(mentions: list[Mention]) -> dict:
    """The event: best-supported type/mode/cameo/actors/date/place across its mentions.

    Shaped like a contract mention (`source`/`target`/`location`/`quantity` as objects) plus `sources`
    (distinct articles), `docs`, `n_mentions`, first/last report date, and the disagreements kept
    (`date_alternatives`, `type_alternatives`, `place_alternatives`) so a reader sees that outlets differ
    instead of a silent pick. `flat_event` gives the events-table columns.
    """
    ms = sorted(mentions, key=lambda m: m.id)
    conf = [m.confidence for m in ms]
    typ, type_votes = _best([(m.type, m.confidence, 0) for m in ms])
    of_type = [m for m in ms if m.type == typ]
    mode, _ = _best([(m.mode, m.confidence, 0) for m in of_type])
    cameo, _ = _best([(m.cameo, m.confidence, 0) for m in of_type])
    src = _best_actor([(m.source, m.confidence) for m in ms])
    tgt = _best_actor([(m.target, m.confidence) for m in ms])
    # dates: majority, then precision, then confidence
    dated = [m for m in ms if parse_date(m.date)]
    best_date, date_votes = _best([(m.date, m.confidence, _PRECISION_RANK.get(m.date_precision or "", 0))
                                   for m in dated])
    if best_date is not None:
        # a coarser majority ("2010") yields to a finer value inside it ("2010-05") when nothing finer disagrees
        finer = sorted({m.date for m in dated if m.date.startswith(str(best_date))}, key=len)
        if all(finer[-1].startswith(d) for d in finer):
            best_date = finer[-1]
    precision = next((m.date_precision for m in dated if m.date == best_date), None)
    if precision is None and best_date:
        precision = {4: "year", 7: "month", 10: "day"}.get(len(str(best_date)))
    date_text = next((m.date_text for m in dated if m.date == best_date and m.date_text), None)
    loc_key, loc_votes = _best([((m.location.name or m.location.text) if m.location else None, m.confidence,
                                 1 if (m.location and m.location.geonameid) else 0) for m in ms])
    loc = next((m.location for m in ms if m.location and (m.location.name or m.location.text) == loc_key), None)
    qty = max((m.quantity for m in ms if m.quantity), key=lambda q: q.value, default=None)
    modality, _ = _best([(m.modality, m.confidence, 0) for m in ms])
    published = sorted(m.published for m in ms if m.published)
    docs = sorted({m.doc for m in ms})
    return {
        "id": event_id(ms),
        "type": typ, "mode": mode, "cameo": cameo,
        "source": _actor_dict(src), "target": _actor_dict(tgt),
        "date": best_date, "date_precision": precision, "date_text": date_text,
        "date_alternatives": sorted(str(d) for d in date_votes if d != best_date and not (
            best_date and str(best_date).startswith(str(d)))),
        "type_alternatives": sorted(t for t in type_votes if t != typ),
        "modality": modality,
        "location": loc.location() if loc else None,
        "place_alternatives": sorted(str(p) for p in loc_votes if p != loc_key),
        "quantity": {"value": qty.value, "unit": qty.unit, "text": qty.text} if qty else None,
        "sources": len(docs), "docs": docs, "n_mentions": len(ms),
        "first_reported": published[0] if published else None,
        "last_reported": published[-1] if published else None,
        "confidence": round(1 - _prod(1 - c for c in conf), 3) if conf else None,
    }


def flat_event(e: dict) -> dict:
    """An event as the events table's flat columns (source_name, location_country ...); flat rows pass through."""
    if not any(isinstance(e.get(k), dict) for k in ("source", "target", "location", "quantity")):
        return e
    out = {k: v for k, v in e.items() if k not in ("source", "target", "location", "quantity")}
    for side in ("source", "target"):
        a = e.get(side) or {}
        for f in ("name", "country", "sector", "actor_id"):
            out[f"{side}_{f}"] = a.get(f) if f != "name" else (a.get("name") or a.get("text"))
    loc = e.get("location") or {}
    out.update(location_name=loc.get("name") or loc.get("text"), location_country=loc.get("country"),
               lat=loc.get("lat"), lon=loc.get("lon"), geonameid=loc.get("geonameid"))
    q = e.get("quantity") or {}
    out.update(quantity_value=q.get("value"), quantity_unit=q.get("unit"))
    return out


def _prod(xs: Iterable[float]) -> float:
    out = 1.0
    for x in xs:
        out *= x
    return out
