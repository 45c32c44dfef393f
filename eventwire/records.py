"""Typed records that flow through the pipeline: Article -> Mention -> Event.

Every stage is a function over these records. Offsets (`start`, `end`) are always character
offsets into `Article.text` exactly as it was read, so evidence can be shown in context.
"""
from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any, Optional


@dataclass
class Segment:
    """A paragraph-like stretch of the article text and what it is.

    kind: "body" (news prose, parsed for events), "heading" (sub-headline, parsed but no events),
    "caption" (photo caption: used for dating, no events), "furniture" (READ MORE links,
    credits, orphan fragments: never parsed for events).
    """

    start: int
    end: int
    kind: str = "body"
    reason: Optional[str] = None


@dataclass
class Article:
    id: str
    text: str  # the text as read; every offset points into it
    path: Optional[str] = None
    line: Optional[int] = None  # line number in a JSONL file
    title: Optional[str] = None
    url: Optional[str] = None
    source: Optional[str] = None  # outlet / feed name
    published: Optional[date] = None
    published_how: Optional[str] = None  # how the publication date was found
    published_text: Optional[str] = None  # the words it came from, if from the text
    segments: list[Segment] = field(default_factory=list)
    dateline: Optional[str] = None  # "MOSCOW" from "MOSCOW (Reuters) -", kept out of the parsed prose

    @property
    def sha1(self) -> str:
        return hashlib.sha1(self.text.encode("utf-8")).hexdigest()


@dataclass
class ActorRef:
    """One actor as named in one sentence, with its canonical coding."""

    text: str
    name: Optional[str] = None
    country: Optional[str] = None  # ISO3 or IGO
    sector: Optional[str] = None  # CAMEO/PLOVER agent code (GOV, COP, OPP, ...)
    actor_id: Optional[str] = None  # canonical id, stable across articles
    start: Optional[int] = None
    end: Optional[int] = None

    def public(self) -> dict[str, Any]:
        return {"text": self.text, "name": self.name, "country": self.country, "sector": self.sector}


@dataclass
class Place:
    """A place mention resolved against the gazetteer (contract of `eventwire geocode`)."""

    text: str
    start: int
    end: int
    name: Optional[str] = None
    country: Optional[str] = None
    lat: Optional[float] = None
    lon: Optional[float] = None
    geonameid: Optional[int] = None
    feature: Optional[str] = None  # "country", "admin1", "city", ...

    def location(self) -> dict[str, Any]:
        return {"text": self.text, "name": self.name, "country": self.country,
                "lat": self.lat, "lon": self.lon, "geonameid": self.geonameid}


@dataclass
class Timex:
    """A TIMEX3 expression (contract of `eventwire timex`)."""

    text: str
    start: int
    end: int
    type: str  # DATE | TIME | DURATION | SET
    value: Optional[str]  # TIMEX3 value: 2021-01-23, 2021-01, P2Y, FUTURE_REF ...
    precision: Optional[str] = None  # day | month | year | None (for event dates)
    mod: Optional[str] = None  # TIMEX3 mod: EARLY, LATE, APPROX ...


@dataclass
class Quantity:
    value: float
    unit: str
    text: str


@dataclass
class Evidence:
    sentence: str
    start: int
    end: int


@dataclass
class Mention:
    """One event as reported in one sentence of one article."""

    doc: str
    type: str  # PLOVER v0.8 event type
    evidence: Evidence
    mode: Optional[str] = None
    cameo: Optional[str] = None
    source: Optional[ActorRef] = None
    target: Optional[ActorRef] = None
    date: Optional[str] = None
    date_precision: Optional[str] = None
    date_text: Optional[str] = None
    modality: str = "asserted"
    location: Optional[Place] = None
    quantity: Optional[Quantity] = None
    published: Optional[str] = None
    confidence: float = 0.5
    trigger: Optional[str] = None
    trigger_start: Optional[int] = None
    trigger_end: Optional[int] = None
    attributed_to: Optional[str] = None
    alleged: bool = False  # "allegedly", "is suspected of": someone's claim, not established
    event_id: Optional[str] = None  # set by deduplication

    @property
    def id(self) -> str:
        """Stable across runs: article, trigger position and type."""
        key = f"{self.doc}|{self.trigger_start}|{self.type}|{self.source and self.source.text}|{self.target and self.target.text}"
        return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]

    def to_dict(self) -> dict[str, Any]:
        """The contract's JSON shape (see ../shared/spec/interface.md) plus a few extras."""
        return {
            "id": self.id,
            "doc": self.doc,
            "type": self.type,
            "mode": self.mode,
            "cameo": self.cameo,
            "source": self.source.public() if self.source else None,
            "target": self.target.public() if self.target else None,
            "date": self.date,
            "date_precision": self.date_precision,
            "date_text": self.date_text,
            "modality": self.modality,
            "location": self.location.location() if self.location else None,
            "quantity": asdict(self.quantity) if self.quantity else None,
            "evidence": asdict(self.evidence),
            "published": self.published,
            "confidence": round(self.confidence, 3),
            "trigger": {"text": self.trigger, "start": self.trigger_start, "end": self.trigger_end}
            if self.trigger else None,
            "attributed_to": self.attributed_to,
            "alleged": self.alleged,
        }
