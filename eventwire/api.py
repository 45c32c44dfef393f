"""HTTP API and web page over an eventwire DuckDB store (`eventwire serve`).

Why it opens the store read-only, once per request: DuckDB lets one process write a file at a time,
so holding no connection between requests lets `eventwire ingest` take the write lock while the server
runs; a request that meets the lock waits briefly, then answers 503 "store busy" instead of failing.
Everything the page shows comes from these JSON routes; the page builds its DOM with textContent only.
"""
from __future__ import annotations

import csv
import inspect
import io
import json
import os
import shutil
import tempfile
import threading
import time
import uuid
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterator, Optional

import duckdb
from fastapi import Depends, FastAPI, File, HTTPException, Query, Request, UploadFile
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import FileResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles

from eventwire.store import web_queries as q

WEB_DIR = Path(__file__).resolve().parent / "web"
MAX_UPLOAD_BYTES = int(os.environ.get("EVENTWIRE_MAX_UPLOAD_BYTES", str(20 * 1024 * 1024)))
UPLOAD_SUFFIXES = {".txt", ".html", ".htm", ".jsonl"}
LOCK_WAIT_SECONDS = 3.0
PAGE_CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'")


class StoreUnavailable(Exception):
    """The store file is missing, or locked by a writer for longer than we wait."""


@contextmanager
def read_only(db_path: str, share_writer: bool = False) -> Iterator[duckdb.DuckDBPyConnection]:
    """A short-lived connection for reading; waits up to LOCK_WAIT_SECONDS for a writer to let go.

    share_writer: this process is itself ingesting, so connect with the writer's configuration and read
    through its database instance (DuckDB serves both at once, each reader seeing committed batches).
    """
    if not Path(db_path).exists():
        raise StoreUnavailable(f"no store at {db_path}: run `eventwire ingest PATH --db {db_path}` first")
    deadline = time.monotonic() + LOCK_WAIT_SECONDS
    while True:
        try:
            con = duckdb.connect(db_path, read_only=not share_writer)
            break
        except (duckdb.IOException, duckdb.ConnectionException) as exc:
            if time.monotonic() > deadline:
                raise StoreUnavailable(f"store busy (another process is writing {db_path}); retry shortly: {exc}")
            time.sleep(0.1)
    try:
        yield con
    finally:
        con.close()


def event_filter(
    actor: Optional[str] = Query(None, description="actor name, alias or id (e.g. Volkov)"),
    type: Optional[str] = Query(None, description="PLOVER type(s), comma-separated (e.g. COERCE,ASSAULT)"),
    since: Optional[str] = Query(None, description="earliest event date, YYYY[-MM[-DD]]"),
    until: Optional[str] = Query(None, description="latest event date, YYYY[-MM[-DD]]"),
    country: Optional[str] = Query(None, description="ISO3 of source, target or location"),
    text: Optional[str] = Query(None, description="words in an evidence sentence"),
    story: Optional[str] = Query(None, description="story id"),
) -> q.EventFilter:
    return q.EventFilter(actor=actor, type=type, since=since, until=until, country=country, text=text, story=story)


def flat_value(value: Any) -> Any:
    """A CSV cell. Text from articles is untrusted: a cell a spreadsheet would run as a formula gets a
    leading apostrophe (OWASP's advice against CSV injection)."""
    if isinstance(value, (list, dict)):
        value = json.dumps(value, ensure_ascii=False)
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


def download(items: list[dict[str, Any]], fmt: str, name: str) -> Response:
    """Items as a CSV or JSONL attachment."""
    if fmt == "jsonl":
        body = "".join(json.dumps(item, ensure_ascii=False) + "\n" for item in items)
        media = "application/x-ndjson"
    else:
        buffer = io.StringIO()
        columns = list(dict.fromkeys(k for item in items for k in item))
        writer = csv.DictWriter(buffer, fieldnames=columns)
        writer.writeheader()
        for item in items:
            writer.writerow({k: flat_value(v) for k, v in item.items()})
        body = buffer.getvalue()
        media = "text/csv; charset=utf-8"
    return Response(body, media_type=media,
                    headers={"Content-Disposition": f'attachment; filename="{name}.{fmt}"'})


FORMAT = Query("json", pattern="^(json|csv|jsonl)$", description="json (paged), or csv / jsonl download of the whole view")
LIMIT = Query(100, ge=1, le=5000)
OFFSET = Query(0, ge=0)
EXPORT_LIMIT = 1_000_000


class IngestJobs:
    """Uploaded batches being ingested in a background thread, with their progress."""

    def __init__(self) -> None:
        self.jobs: dict[str, dict[str, Any]] = {}
        self.lock = threading.Lock()
        self.writer = threading.Lock()
        self.active = 0  # ingests running in this process: readers then share the writer's database

    def start(self, db_path: str, folder: Path, names: list[str], articles: int) -> dict[str, Any]:
        job = {"id": uuid.uuid4().hex[:12], "status": "queued", "files": names, "done": 0,
               "total": articles, "result": None, "error": None, "errors": []}
        with self.lock:
            self.jobs[job["id"]] = job
        threading.Thread(target=self.run, args=(job, db_path, folder), daemon=True).start()
        return job

    def run(self, job: dict[str, Any], db_path: str, folder: Path) -> None:
        errors: list[str] = []

        def one_article_done(*_: Any) -> None:
            job["done"] += 1

        try:
            with self.writer:  # one ingest at a time: DuckDB has one writer
                job["status"] = "running"
                ingest = load_ingest()
                params = inspect.signature(ingest).parameters
                kwargs: dict[str, Any] = {}
                for name in ("db", "db_path", "store"):
                    if name in params:
                        kwargs[name] = db_path
                        break
                if "on_article" in params:
                    kwargs["on_article"] = one_article_done
                if "on_error" in params:
                    kwargs["on_error"] = lambda error: errors.append(str(error))
                self.active += 1
                try:
                    result = self.call_when_free(ingest, [str(folder)], kwargs)
                finally:
                    self.active -= 1
            job["result"] = result if isinstance(result, (dict, list, str, int, float, type(None))) else repr(result)
            job["errors"] = errors
            job["done"] = max(job["done"], job["total"])
            job["status"] = "done"
        except Exception as exc:  # reported to the client through the job's status
            job["status"] = "failed"
            job["errors"] = errors
            job["error"] = f"{type(exc).__name__}: {exc}"
        finally:
            shutil.rmtree(folder, ignore_errors=True)


    @staticmethod
    def call_when_free(ingest, paths: list[str], kwargs: dict[str, Any]) -> Any:
        """Run the ingest; retry while a request's read-only connection still holds the file open.

        Opening the store fails at once in that case (before any work), so a retry loses nothing.
        """
        deadline = time.monotonic() + 30
        while True:
            try:
                return ingest(paths, **kwargs)
            except (duckdb.ConnectionException, duckdb.IOException):
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.2)


def load_ingest():
    """The pipeline's ingest function (`eventwire.ingest.ingest_paths`), or None when it cannot be imported."""
    try:
        from eventwire.ingest import ingest_paths
    except Exception:
        try:
            from eventwire.pipeline import ingest_articles as ingest_paths
        except Exception:
            return None
    return ingest_paths


def create_app(db_path: str) -> FastAPI:
    """The FastAPI app serving the store at db_path: JSON API under /api, page at /, OpenAPI at /docs."""
    app = FastAPI(
        title="eventwire",
        description="Political events (PLOVER/CAMEO) extracted from news, each with its evidence sentences.",
        version="0.1.0",
        docs_url=None,
    )
    app.state.db_path = str(db_path)
    jobs = IngestJobs()

    def store() -> Iterator[duckdb.DuckDBPyConnection]:
        with read_only(app.state.db_path, share_writer=jobs.active > 0) as con:
            yield con

    @app.exception_handler(StoreUnavailable)
    def store_unavailable(_: Request, exc: StoreUnavailable) -> JSONResponse:
        return JSONResponse({"detail": str(exc)}, status_code=503)

    @app.get("/api/events", tags=["events"], summary="Events matching filters (paged, or CSV/JSONL download)")
    def events(f: q.EventFilter = Depends(event_filter), limit: int = LIMIT, offset: int = OFFSET,
               sort: str = Query("date", pattern="^(date|-date|sources|confidence)$"),
               format: str = FORMAT, con=Depends(store)):
        if format != "json":
            page = q.list_events(con, f, limit=EXPORT_LIMIT, offset=0, sort=sort)
            items = page["items"] if format == "csv" else [q.event_json(e) for e in page["items"]]
            return download(items, format, "events")
        page = q.list_events(con, f, limit=limit, offset=offset, sort=sort)
        page["items"] = [q.event_json(e) for e in page["items"]]
        return page

    @app.get("/api/events/{event_id:path}", tags=["events"], summary="One event with all its mentions (evidence)")
    def event(event_id: str, con=Depends(store)):
        found = q.get_event(con, event_id)
        if found is None:
            raise HTTPException(404, f"no event {event_id!r}")
        return found

    @app.get("/api/mentions", tags=["events"], summary="Mentions behind the events matching filters")
    def mentions(f: q.EventFilter = Depends(event_filter), limit: int = LIMIT, offset: int = OFFSET,
                 format: str = FORMAT, con=Depends(store)):
        if format != "json":
            return download(q.list_mentions(con, f, limit=EXPORT_LIMIT)["items"], format, "mentions")
        return q.list_mentions(con, f, limit=limit, offset=offset)

    @app.get("/api/articles", tags=["articles"], summary="Stored articles (without text)")
    def articles(text: Optional[str] = Query(None, description="words in title, id or text"),
                 limit: int = LIMIT, offset: int = OFFSET, format: str = FORMAT, con=Depends(store)):
        if format != "json":
            return download(q.list_articles(con, text, limit=EXPORT_LIMIT)["items"], format, "articles")
        return q.list_articles(con, text, limit=limit, offset=offset)

    @app.get("/api/articles/{article_id:path}", tags=["articles"], summary="One article's text and mention offsets")
    def article(article_id: str, con=Depends(store)):
        found = q.get_article(con, article_id)
        if found is None:
            raise HTTPException(404, f"no article {article_id!r}")
        return found

    @app.get("/api/actors", tags=["actors"], summary="Actors with aliases and roles")
    def actors(text: Optional[str] = Query(None, description="name, alias or id"),
               limit: int = LIMIT, offset: int = OFFSET, format: str = FORMAT, con=Depends(store)):
        if format != "json":
            return download(q.list_actors(con, text, limit=EXPORT_LIMIT)["items"], format, "actors")
        return q.list_actors(con, text, limit=limit, offset=offset)

    @app.get("/api/actors/{name:path}", tags=["actors"],
             summary="An actor's page: aliases, roles, events over time, network of counterparts")
    def actor(name: str, con=Depends(store)):
        found = q.actor_profile(con, name)
        if found is None:
            raise HTTPException(404, f"no actor or event matches {name!r}")
        return found

    @app.get("/api/timeline/{name:path}", tags=["actors"], summary="Chronological events involving an actor (name or alias)")
    def timeline(name: str, format: str = FORMAT, con=Depends(store)):
        items = q.timeline(con, name, limit=EXPORT_LIMIT)
        if format == "csv":
            return download(items, format, "timeline")
        items = [q.event_json(e) for e in items]
        return download(items, format, "timeline") if format == "jsonl" else {"actor": name, "items": items}

    @app.get("/api/stories", tags=["stories"], summary="Stories (groups of related events); may be empty")
    def stories(con=Depends(store)):
        return {"items": q.list_stories(con)}

    @app.get("/api/stats", tags=["store"], summary="What the store holds")
    def stats(con=Depends(store)):
        result = q.stats(con)
        result["db"] = Path(app.state.db_path).name
        return result

    @app.post("/api/ingest", tags=["store"], status_code=202,
              summary=f"Upload articles (.txt/.html/.jsonl, at most {MAX_UPLOAD_BYTES} bytes in all) to ingest")
    async def ingest(files: list[UploadFile] = File(...)):
        if load_ingest() is None:
            raise HTTPException(503, "ingest is not available in this installation: the pipeline (eventwire.ingest) "
                                     "could not be imported; use the `eventwire ingest` command")
        folder = Path(tempfile.mkdtemp(prefix="eventwire-upload-"))
        total, names, articles = 0, [], 0
        try:
            for upload in files:
                name = Path(upload.filename or "upload.txt").name
                if Path(name).suffix.lower() not in UPLOAD_SUFFIXES:
                    raise HTTPException(415, f"{name}: only {', '.join(sorted(UPLOAD_SUFFIXES))} files are accepted")
                data = await upload.read(MAX_UPLOAD_BYTES - total + 1)
                total += len(data)
                if total > MAX_UPLOAD_BYTES:
                    raise HTTPException(413, f"upload larger than {MAX_UPLOAD_BYTES} bytes")
                target = folder / name
                if target.exists():
                    target = folder / f"{target.stem}-{len(names)}{target.suffix}"
                target.write_bytes(data)
                names.append(target.name)
                articles += sum(1 for line in data.splitlines() if line.strip()) if name.lower().endswith(".jsonl") else 1
        except HTTPException:
            shutil.rmtree(folder, ignore_errors=True)
            raise
        return jobs.start(app.state.db_path, folder, names, articles)

    @app.get("/api/ingest/{job_id}", tags=["store"], summary="Progress of an upload being ingested")
    def ingest_status(job_id: str):
        job = jobs.jobs.get(job_id)
        if job is None:
            raise HTTPException(404, f"no ingest job {job_id!r}")
        return job

    @app.get("/docs", include_in_schema=False)
    def docs():
        return get_swagger_ui_html(openapi_url=app.openapi_url, title="eventwire API",
                                   swagger_js_url="/static/vendor/swagger-ui/swagger-ui-bundle.js",
                                   swagger_css_url="/static/vendor/swagger-ui/swagger-ui.css",
                                   swagger_favicon_url="/static/favicon.svg",
                                   swagger_ui_parameters={"validatorUrl": None})  # no call to an online validator

    @app.get("/", include_in_schema=False)
    def index():
        return FileResponse(WEB_DIR / "index.html", headers={"Content-Security-Policy": PAGE_CSP,
                                                             "X-Content-Type-Options": "nosniff"})

    app.mount("/static", StaticFiles(directory=WEB_DIR), name="static")
    return app


def serve(db: str, host: str = "127.0.0.1", port: int = 8000) -> None:
    """Run the API and page until interrupted (the `eventwire serve` command)."""
    import uvicorn

    uvicorn.run(create_app(db), host=host, port=port, log_level="info")
