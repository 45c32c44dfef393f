"""The pipeline: read → clean → date → parse → time, place, actors → events.

`process_articles` runs every stage after reading on a batch of articles; `extract` streams
mentions for paths; `ingest` stores them. Each stage lives in `eventwire/stages/` and can be used
on its own.
"""
from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from datetime import date
from typing import Callable, Iterable, Iterator, Optional

from .errors import InputError
from .records import Article, Mention, Place, Timex
from .stages import clean, events, pubdate, read
from .stages.parse import parse_articles

BATCH = 32


def _optional(module: str):
    """A stage module that may be absent in a partial install; None when it cannot be imported."""
    try:
        return importlib.import_module(f"eventwire.stages.{module}")
    except ImportError:
        return None


@dataclass
class Result:
    """Everything the pipeline found in one article."""

    article: Article
    mentions: list[Mention]
    timexes: list[Timex] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    actors: list[dict] = field(default_factory=list)


def prepare(article: Article) -> Article:
    """Clean and date one article (no parsing)."""
    clean.segment_article(article)
    pubdate.infer_published(article)
    return article


def analyse(articles: list[Article]) -> list[Result]:
    """Run every stage after reading on a batch of articles."""
    for art in articles:
        prepare(art)
    docs_by_article = parse_articles(articles)
    timex = _optional("timex")
    geocode = _optional("geocode")
    actors_mod = _optional("actors")
    classify = _optional("classify")
    results = []
    for art in articles:
        docs = docs_by_article.get(art.id, [])
        dct = art.published
        timexes: list[Timex] = []
        per_doc_timex: dict[int, list[Timex]] = {}
        if timex is not None:
            for i, d in enumerate(docs):
                found = timex.find_timexes(d, dct)
                per_doc_timex[i] = found
                timexes.extend(found)
        places: list[Place] = geocode.geocode_docs(docs) if geocode is not None else []
        article_actors = actors_mod.build_article_actors(docs, dct) if actors_mod is not None else None
        scores_cache: dict[str, dict] = {}
        type_scores = None
        if classify is not None and hasattr(classify, "predict_types"):
            body_sents = [s.text for d in docs if d.user_data.get("kind") == "body" for s in d.sents]
            try:
                for s, p in zip(body_sents, classify.predict_types(body_sents)):
                    scores_cache[s] = p
                type_scores = scores_cache.get
            except (OSError, FileNotFoundError):
                type_scores = None
        mentions: list[Mention] = []
        for i, d in enumerate(docs):
            if d.user_data.get("kind") != "body":
                continue
            doc_timex = per_doc_timex.get(i, [])
            mentions.extend(events.code_doc(
                d, art.id, dct,
                resolve_actor=article_actors.resolve if article_actors is not None else None,
                resolve_actors=getattr(article_actors, "resolve_all", None),
                resolve_date=(lambda tok, tx=doc_timex: timex.date_for_event(tok, tx, dct)) if timex else None,
                resolve_place=(lambda tok, source=None, typ=None: geocode.event_location(tok, places, source, typ))
                if geocode else None,
                type_scores=type_scores,
            ))
        mentions = events.address_release_calls(mentions)  # (across paragraphs: who holds whom)
        mentions = events.address_defiance(mentions)  # (and who issued the warrant defied)
        results.append(Result(art, mentions, timexes, places,
                              article_actors.actors() if article_actors is not None else []))
    return results


def process_articles(articles: list[Article]) -> list[tuple[Article, list[Mention]]]:
    return [(r.article, r.mentions) for r in analyse(articles)]


def batched(items: Iterable, size: int = BATCH) -> Iterator[list]:
    batch = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def run(paths: Iterable[str], published: Optional[date] = None, *,
        on_error: Optional[Callable[[InputError], None]] = None,
        skip: Optional[Callable[[Article], bool]] = None) -> Iterator[Result]:
    """Read `paths` and analyse them in batches; bad inputs go to `on_error`, never stop the run."""
    def good_articles():
        for item in read.read_paths(paths, published):
            if isinstance(item, InputError):
                if on_error:
                    on_error(item)
                continue
            if skip is not None and skip(item):
                continue
            yield item

    for batch in batched(good_articles()):
        yield from analyse(batch)
