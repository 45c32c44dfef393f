"""Ingest: read → analyse → store, locally or on a Dask cluster.

Articles already stored with the same text are skipped before any parsing. Each batch is stored in
its own transaction, so an interrupted run keeps every batch it finished.
"""
from __future__ import annotations

import dataclasses
from datetime import date
from typing import Callable, Iterable, Optional

from .errors import InputError
from .pipeline import BATCH, Result, analyse, batched
from .records import Place
from .stages.read import read_paths
from .store.duckdb_store import Store


def _portable(result: Result) -> Result:
    """Drop spaCy objects hanging off records so a result can cross process boundaries."""
    def clean_place(p: Optional[Place]) -> Optional[Place]:
        if p is None:
            return None
        return Place(**{f.name: getattr(p, f.name) for f in dataclasses.fields(Place)})

    for m in result.mentions:
        m.location = clean_place(m.location)
    result.places = [clean_place(p) for p in result.places]
    result.timexes = [type(t)(**{f.name: getattr(t, f.name) for f in dataclasses.fields(t)}) for t in result.timexes]
    return result


def analyse_portable(batch: list) -> list[Result]:
    return [_portable(r) for r in analyse(batch)]


def ingest_paths(paths: Iterable[str], db: str, published: Optional[date] = None, *,
                 on_error: Optional[Callable[[InputError], None]] = None,
                 on_article: Optional[Callable[[], None]] = None,
                 scheduler: Optional[str] = None) -> dict:
    """Analyse and store every readable article under `paths`; returns a summary of counts."""
    summary = {"articles": 0, "unchanged": 0, "replaced": 0, "mentions": 0}
    store = Store(db)
    try:
        def fresh_articles():
            for item in read_paths(paths, published):
                if isinstance(item, InputError):
                    if on_error:
                        on_error(item)
                    if on_article:
                        on_article()
                    continue
                if store.article_status(item) == "same":
                    summary["unchanged"] += 1
                    if on_article:
                        on_article()
                    continue
                yield item

        if scheduler:
            from dask.distributed import Client, as_completed

            with Client(scheduler) as client:
                futures = [client.submit(analyse_portable, b, pure=False) for b in batched(fresh_articles(), BATCH)]
                for fut in as_completed(futures):
                    _store_batch(store, fut.result(), summary, on_article)
        else:
            for batch in batched(fresh_articles(), BATCH):
                _store_batch(store, analyse(batch), summary, on_article)
        summary["store"] = store.counts()
    finally:
        store.close()
    return summary


def _store_batch(store: Store, results: list[Result], summary: dict, on_article) -> None:
    counts = store.add_results(results)
    for k in ("articles", "unchanged", "replaced", "mentions"):
        summary[k] += counts[k]
    if on_article:
        for _ in results:
            on_article()
