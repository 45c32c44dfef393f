"""eventwire command line: a thin layer over the pipeline, the store and the queries.

Each command parses its options, calls one library function and prints. Errors in the input are
one line each on stderr, naming the file and line; the exit status is 1 when anything failed.
"""
from __future__ import annotations

import csv
import io
import json
import sys
from datetime import date
from enum import Enum
from pathlib import Path
from typing import List, Optional

import typer
from rich.console import Console
from rich.table import Table

from .errors import EventwireError, InputError

app = typer.Typer(add_completion=False, no_args_is_help=True, rich_markup_mode=None,
                  help="News articles in, dated and evidenced political events (PLOVER/CAMEO) out.")
err = Console(stderr=True, highlight=False)
out = Console(highlight=False, width=None if sys.stdout.isatty() else 200)

DB_DEFAULT = "eventwire.duckdb"


class Format(str, Enum):
    jsonl = "jsonl"
    csv = "csv"
    table = "table"


class EventFormat(str, Enum):
    jsonl = "jsonl"
    csv = "csv"
    table = "table"
    parquet = "parquet"
    gdelt = "gdelt"


def _published(value: Optional[str]) -> Optional[date]:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"'{value}' is not a date in YYYY-MM-DD form", param_hint="--published")


def _day(value: Optional[str], hint: str) -> Optional[str]:
    from .store.queries import parse_day

    try:
        return parse_day(value)
    except ValueError as e:
        raise typer.BadParameter(str(e), param_hint=hint)


class ErrorLog:
    """Collects input errors, printing each as one line."""

    def __init__(self):
        self.errors: list[InputError] = []

    def __call__(self, e: InputError) -> None:
        self.errors.append(e)
        err.print(f"[red]error[/red] {e}", markup=True, highlight=False)


def _progress(total: Optional[int], label: str):
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    return Progress(TextColumn(label), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                    console=err, disable=not err.is_terminal, transient=False)


def _count_files(paths: List[str]) -> int:
    from .stages.read import iter_files

    return sum(1 for f in iter_files(paths) if isinstance(f, str))


FLAT_FIELDS = ["id", "doc", "type", "mode", "cameo", "source_text", "source_name", "source_country", "source_sector",
               "target_text", "target_name", "target_country", "target_sector", "date", "date_precision", "date_text",
               "modality", "location_name", "location_country", "lat", "lon", "quantity_value", "quantity_unit",
               "sentence", "start", "end", "published", "confidence", "sources"]


def flatten(d: dict) -> dict:
    """One event dict as a flat CSV row."""
    row = {k: d.get(k) for k in ("id", "doc", "type", "mode", "cameo", "date", "date_precision", "date_text",
                                 "modality", "published", "confidence", "sources")}
    for side in ("source", "target"):
        a = d.get(side) or {}
        for k in ("text", "name", "country", "sector"):
            row[f"{side}_{k}"] = a.get(k)
    loc = d.get("location") or {}
    row.update(location_name=loc.get("name"), location_country=loc.get("country"), lat=loc.get("lat"),
               lon=loc.get("lon"))
    q = d.get("quantity") or {}
    row.update(quantity_value=q.get("value"), quantity_unit=q.get("unit"))
    ev = d.get("evidence") or {}
    row.update(sentence=ev.get("sentence"), start=ev.get("start"), end=ev.get("end"))
    return row


def _who(a: Optional[dict]) -> str:
    if not a:
        return "–"
    name = a.get("name") or a.get("text") or "?"
    code = "/".join(x for x in (a.get("country"), a.get("sector")) if x)
    return f"{name} ({code})" if code else name


def _print_rows(rows: list[dict], fmt: str, title: str) -> None:
    if fmt == "jsonl":
        for r in rows:
            sys.stdout.write(json.dumps(r, ensure_ascii=False, default=str) + "\n")
    elif fmt == "csv":
        buf = io.StringIO()
        w = csv.DictWriter(buf, fieldnames=FLAT_FIELDS, extrasaction="ignore")
        w.writeheader()
        for r in rows:
            w.writerow(flatten(r))
        sys.stdout.write(buf.getvalue())
    else:
        table = Table(title=title, show_lines=False)
        for col in ("date", "type", "source", "target", "modality", "srcs", "evidence"):
            table.add_column(col, overflow="fold")
        for r in rows:
            ev = (r.get("evidence") or {}).get("sentence") or ""
            d = r.get("date") or "–"
            if r.get("date_precision") and r.get("date_precision") != "day":
                d += f" ({r['date_precision']})"
            table.add_row(d, f"{r['type']}{'/' + r['mode'] if r.get('mode') else ''}", _who(r.get("source")),
                          _who(r.get("target")), r.get("modality") or "", str(r.get("sources") or 1),
                          ev[:110] + ("…" if len(ev) > 110 else ""))
        out.print(table)


def _fail_if(errors: ErrorLog) -> None:
    if errors.errors:
        err.print(f"{len(errors.errors)} input(s) could not be read (see above).")
        raise typer.Exit(1)


@app.command()
def extract(paths: List[str] = typer.Argument(..., help="Files, directories (recursive) or - for stdin."),
            published: Optional[str] = typer.Option(None, "--published", help="Publication date YYYY-MM-DD for all inputs."),
            fmt: Format = typer.Option(Format.jsonl, "--format", help="jsonl, csv or table.")):
    """Run the pipeline without a store: one event mention per line.

    Example:

        eventwire extract samples/ --format table
    """
    from .pipeline import run

    errors = ErrorLog()
    rows = []
    for result in run(paths, _published(published), on_error=errors):
        for m in result.mentions:
            d = m.to_dict()
            d["published_how"] = result.article.published_how  # how the article's date was found
            if fmt == Format.jsonl:
                sys.stdout.write(json.dumps(d, ensure_ascii=False, default=str) + "\n")
            else:
                rows.append(d)
    if fmt != Format.jsonl:
        _print_rows(rows, fmt.value, "event mentions")
    _fail_if(errors)


@app.command()
def ingest(paths: List[str] = typer.Argument(..., help="Files, directories (recursive) or - for stdin."),
           db: str = typer.Option(DB_DEFAULT, "--db", help="DuckDB file (created if missing)."),
           published: Optional[str] = typer.Option(None, "--published", help="Publication date YYYY-MM-DD for all inputs."),
           scheduler: Optional[str] = typer.Option(None, "--scheduler",
                                                   help="Dask scheduler address (tcp://host:8786) to analyse on a cluster.")):
    """Analyse articles and keep the results in a DuckDB store. Re-ingesting a stored article changes nothing.

    Example:

        eventwire ingest samples/ --db eventwire.duckdb
    """
    from .ingest import ingest_paths

    errors = ErrorLog()
    total = _count_files(paths) if "-" not in paths else None
    with _progress(total, "ingesting") as progress:
        task = progress.add_task("ingest", total=total)
        summary = ingest_paths(paths, db, _published(published), on_error=errors,
                               on_article=lambda: progress.advance(task), scheduler=scheduler)
    err.print(f"articles stored: {summary['articles']}, unchanged: {summary['unchanged']}, "
              f"replaced: {summary['replaced']}, skipped: {len(errors.errors)}; "
              f"event mentions: {summary['mentions']}; store now holds {summary['store']['events']} events "
              f"from {summary['store']['articles']} articles ({db})")
    _fail_if(errors)


def _open_store(db: str):
    from .store.duckdb_store import Store

    if not Path(db).exists():
        err.print(f"error E201 no store at '{db}': run `eventwire ingest PATH --db {db}` first")
        raise typer.Exit(2)
    return Store(db, read_only=True)


@app.command("events")
def events_cmd(db: str = typer.Option(DB_DEFAULT, "--db", help="DuckDB file."),
               actor: Optional[str] = typer.Option(None, "--actor", help="Name or alias (e.g. Volkov)."),
               type_: Optional[str] = typer.Option(None, "--type", help="PLOVER type (e.g. COERCE)."),
               since: Optional[str] = typer.Option(None, "--since", help="YYYY[-MM[-DD]]"),
               until: Optional[str] = typer.Option(None, "--until", help="YYYY[-MM[-DD]]"),
               fmt: EventFormat = typer.Option(EventFormat.table, "--format",
                                               help="table, jsonl, csv, parquet or gdelt."),
               output: Optional[str] = typer.Option(None, "--output", "-o",
                                                    help="File (parquet) or folder prefix (gdelt) to write.")):
    """Deduplicated events from the store, each with its mentions (sources).

    Example:

        eventwire events --actor Volkov --format jsonl
    """
    from .stages.events import PLOVER_TYPES
    from .store import queries

    if type_ and type_.upper() not in PLOVER_TYPES:
        raise typer.BadParameter(f"No type '{type_}'. Available: {', '.join(sorted(PLOVER_TYPES))}",
                                 param_hint="--type")
    store = _open_store(db)
    try:
        rows = queries.events(store, actor, type_, _day(since, "--since"), _day(until, "--until"))
    finally:
        store.close()
    if fmt in (EventFormat.parquet, EventFormat.gdelt):
        try:
            from . import export
        except ImportError:
            err.print(f"error E202 the {fmt.value} export is not available in this install")
            raise typer.Exit(2)
        target = output or ("events.parquet" if fmt == EventFormat.parquet else "events")
        written = export.write_events(rows, [m for r in rows for m in r["mentions"]], fmt.value, target)
        err.print(f"wrote {written}")
        return
    _print_rows(rows, fmt.value, f"{len(rows)} events")


@app.command()
def timeline(name: str = typer.Argument(..., help="Actor name or alias, e.g. Volkov or 'Alexey Navalny'."),
             db: str = typer.Option(DB_DEFAULT, "--db", help="DuckDB file."),
             fmt: Format = typer.Option(Format.table, "--format", help="table, jsonl or csv.")):
    """Chronological events involving an actor, each event once with its number of sources.

    Example:

        eventwire timeline Navalny
    """
    from .store import queries

    store = _open_store(db)
    try:
        rows = queries.timeline(store, name)
    finally:
        store.close()
    if not rows and fmt == Format.table:
        err.print(f"no events involving '{name}' in {db}")
    _print_rows(rows, fmt.value, f"timeline: {name} ({len(rows)} events)")


@app.command()
def stories(db: str = typer.Option(DB_DEFAULT, "--db", help="DuckDB file."),
            fmt: Format = typer.Option(Format.table, "--format", help="table, jsonl or csv.")):
    """Stories: events grouped by the specific actors they share within a month, largest first.

    Example:

        eventwire stories --db eventwire.duckdb
    """
    store = _open_store(db)
    try:
        rows = store._dicts("SELECT * FROM stories ORDER BY n_events DESC, first_date, id")
    finally:
        store.close()
    if fmt == Format.jsonl:
        for r in rows:
            sys.stdout.write(json.dumps(r, ensure_ascii=False, default=str) + "\n")
    elif fmt == Format.csv:
        w = csv.DictWriter(sys.stdout, fieldnames=["id", "title", "first_date", "last_date", "actors", "n_events",
                                                   "n_articles"])
        w.writeheader()
        for r in rows:
            w.writerow({**r, "actors": "; ".join(r.get("actors") or [])})
    else:
        table = Table(title=f"{len(rows)} stories")
        for col in ("title", "from", "to", "events", "articles", "main actors"):
            table.add_column(col, overflow="fold")
        for r in rows:
            table.add_row(r["title"] or "", r["first_date"] or "–", r["last_date"] or "–", str(r["n_events"]),
                          str(r["n_articles"]), ", ".join((r.get("actors") or [])[:4]))
        out.print(table)


def _docs_for(paths: List[str], published: Optional[str], errors: ErrorLog):
    """Read, clean, date and parse articles; yields (article, docs)."""
    from .pipeline import batched, prepare
    from .stages.parse import parse_articles
    from .stages.read import read_paths

    good = (a for a in read_paths(paths, _published(published)) if not (isinstance(a, InputError) and errors(a) is None))
    for batch in batched(good):
        for a in batch:
            prepare(a)
        parsed = parse_articles(batch)
        for a in batch:
            yield a, parsed.get(a.id, [])


@app.command()
def timex(paths: List[str] = typer.Argument(..., help="Files, directories or -."),
          published: Optional[str] = typer.Option(None, "--published", help="Document date YYYY-MM-DD.")):
    """Temporal expressions (TIMEX3) found and normalised, one JSON object a line.

    Example:

        eventwire timex samples/
    """
    from .stages import timex as timex_stage

    errors = ErrorLog()
    for art, docs in _docs_for(paths, published, errors):
        for d in docs:
            for t in timex_stage.find_timexes(d, art.published):
                sys.stdout.write(json.dumps({"doc": art.id, "text": t.text, "start": t.start, "end": t.end,
                                             "type": t.type, "value": t.value}, ensure_ascii=False) + "\n")
    _fail_if(errors)


@app.command()
def geocode(paths: List[str] = typer.Argument(..., help="Files, directories or -.")):
    """Place mentions resolved against the offline gazetteer, one JSON object a line.

    Example:

        eventwire geocode samples/
    """
    from .stages import geocode as geo

    errors = ErrorLog()
    for art, docs in _docs_for(paths, None, errors):
        for p in geo.geocode_docs(docs):
            sys.stdout.write(json.dumps({"doc": art.id, "text": p.text, "start": p.start, "end": p.end,
                                         "name": p.name, "country": p.country, "lat": p.lat, "lon": p.lon,
                                         "geonameid": p.geonameid}, ensure_ascii=False) + "\n")
    _fail_if(errors)


@app.command()
def serve(db: str = typer.Option(DB_DEFAULT, "--db", help="DuckDB file."),
          host: str = typer.Option("127.0.0.1", "--host"),
          port: int = typer.Option(8000, "--port")):
    """HTTP API (OpenAPI at /docs) and the web interface over the store.

    Example:

        eventwire serve --db eventwire.duckdb --port 8000
    """
    from .api import serve as run_server

    run_server(db, host, port)


def main() -> None:
    try:
        app()
    except EventwireError as e:
        err.print(f"error {e}")
        sys.exit(2)


if __name__ == "__main__":
    main()
