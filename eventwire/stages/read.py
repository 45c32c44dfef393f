"""Read: files, directories, JSONL lines and standard input become `Article`s.

Bad input never stops a batch: each problem is yielded as an `InputError` naming the file (and
line), and the caller decides how to report it. The text kept in `Article.text` is exactly what
later offsets point into.
"""
from __future__ import annotations

import json
import re
import sys
from datetime import date
from pathlib import Path
from typing import Iterable, Iterator, Optional, Union

from .. import errors
from ..errors import InputError
from ..records import Article

MAX_BYTES = 5_000_000  # larger files are refused (a 5 MB article is not an article)
SUFFIXES = {".txt", ".text", ".html", ".htm", ".jsonl", ".json"}
DATE_LINE = re.compile(r"\A\s*date[:\s]+(\d{4}-\d{2}-\d{2})\b")

Item = Union[Article, InputError]


def iter_files(paths: Iterable[str]) -> Iterator[Union[str, InputError]]:
    """Expand directories (recursively, sorted) into the files eventwire can read; '-' stays '-'."""
    for raw in paths:
        if raw == "-":
            yield "-"
            continue
        path = Path(raw)
        if path.is_dir():
            for child in sorted(p for p in path.rglob("*") if p.is_file()):
                if child.suffix.lower() in SUFFIXES and not child.name.startswith("."):
                    yield str(child)
        elif path.is_file():
            yield str(path)
        else:
            yield InputError(raw, "no such file or directory", code=errors.E_NOT_FOUND)


def read_paths(paths: Iterable[str], published: Optional[date] = None) -> Iterator[Item]:
    """Every article found under `paths`, or an `InputError` for each thing that could not be read."""
    for item in iter_files(paths):
        if isinstance(item, InputError):
            yield item
        elif item == "-":
            yield from read_stream("-", sys.stdin.buffer.read(MAX_BYTES + 1), published)
        else:
            try:
                with open(item, "rb") as fh:
                    data = fh.read(MAX_BYTES + 1)
            except OSError as e:
                yield InputError(item, f"cannot read: {e.strerror}", code=errors.E_NOT_FOUND)
                continue
            yield from read_stream(item, data, published)


def read_stream(path: str, data: bytes, published: Optional[date] = None) -> Iterator[Item]:
    """Dispatch on the file type (by suffix; standard input is sniffed)."""
    if len(data) > MAX_BYTES:
        yield InputError(path, f"file is larger than {MAX_BYTES:,} bytes; split it or pass a JSONL of articles",
                         code=errors.E_TOO_BIG)
        return
    suffix = Path(path).suffix.lower() if path != "-" else _sniff(data)
    if suffix in (".jsonl", ".json"):
        yield from read_jsonl(path, data, published)
        return
    try:
        text = decode(path, data)
    except InputError as e:
        yield e
        return
    if suffix in (".html", ".htm"):
        yield _guard(lambda: article_from_html(_article_id(path), text, path, published))
    elif suffix in (".txt", ".text", ""):
        yield _guard(lambda: article_from_text(_article_id(path), text, path, published))
    else:
        yield InputError(path, f"unsupported file type '{suffix}'. Available: .txt, .html, .htm, .jsonl",
                         code=errors.E_TYPE)


def _guard(make) -> Item:
    try:
        return make()
    except InputError as e:
        return e


def _sniff(data: bytes) -> str:
    head = data.lstrip()[:200].lower()
    if head.startswith(b"{"):
        return ".jsonl"
    if head.startswith(b"<!doctype html") or head.startswith(b"<html") or b"<body" in data[:5000].lower():
        return ".html"
    return ".txt"


def _article_id(path: str) -> str:
    return "stdin" if path == "-" else Path(path).name


def decode(path: str, data: bytes, line: Optional[int] = None) -> str:
    """UTF-8 text, or a clear error: binary content and undecodable bytes are refused, not guessed."""
    if b"\x00" in data[:8192]:
        raise InputError(path, "binary content (NUL bytes); expected text, HTML or JSONL", line, errors.E_BINARY)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise InputError(path, f"not valid UTF-8 at byte {e.start}", line, errors.E_DECODE) from e
    control = sum(1 for ch in text[:8192] if ord(ch) < 32 and ch not in "\n\r\t\f")
    if control > 0.05 * max(1, min(len(text), 8192)):
        raise InputError(path, "binary content (control characters); expected text", line, errors.E_BINARY)
    return text


def article_from_text(art_id: str, text: str, path: Optional[str], published: Optional[date] = None,
                      line: Optional[int] = None, record_date: Optional[date] = None, **meta) -> Article:
    """A plain-text article. Date: `published` (CLI), else the record's own, else a leading `date YYYY-MM-DD`."""
    if not text.strip():
        raise InputError(path or art_id, "empty article (no text)", line, errors.E_EMPTY)
    art = Article(id=art_id, text=text, path=path, line=line, **meta)
    if published:
        art.published, art.published_how = published, "cli"
    elif record_date:
        art.published, art.published_how = record_date, "field"
    else:
        m = DATE_LINE.match(text)
        if m:
            try:
                art.published = date.fromisoformat(m.group(1))
                art.published_how, art.published_text = "date-line", m.group(0).strip()
            except ValueError:
                pass
    return art


def article_from_html(art_id: str, html: str, path: Optional[str], published: Optional[date] = None,
                      line: Optional[int] = None, record_date: Optional[date] = None, **meta) -> Article:
    """Article body, title and date from a web page (trafilatura + htmldate)."""
    import trafilatura

    doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False,
                                      include_tables=False, favor_precision=True)
    body = getattr(doc, "text", None) if doc is not None else None
    if not body or not body.strip():
        raise InputError(path or art_id, "no article text found in the HTML page", line, errors.E_EMPTY)
    page_date = None
    raw_date = getattr(doc, "date", None)
    if raw_date:
        try:
            page_date = date.fromisoformat(str(raw_date)[:10])
        except ValueError:
            page_date = None
    meta.setdefault("title", getattr(doc, "title", None))
    meta.setdefault("url", getattr(doc, "url", None))
    meta.setdefault("source", getattr(doc, "sitename", None))
    art = article_from_text(art_id, body, path, published, line, record_date, **meta)
    if art.published is None and page_date:
        art.published, art.published_how = page_date, "metadata"
    return art


def read_jsonl(path: str, data: bytes, published: Optional[date] = None) -> Iterator[Item]:
    """One article per line: {"id", "text" | "html", "published"?, "url"?, "title"?, "source"?}."""
    try:
        text = decode(path, data)
    except InputError as e:
        yield e
        return
    seen_any = False
    for lineno, raw in enumerate(text.splitlines(), start=1):
        if not raw.strip():
            continue
        seen_any = True
        try:
            rec = json.loads(raw)
        except json.JSONDecodeError as e:
            yield InputError(path, f"malformed JSON ({e.msg} at column {e.colno})", lineno, errors.E_JSON)
            continue
        if not isinstance(rec, dict):
            yield InputError(path, "a JSONL line must be an object", lineno, errors.E_FIELDS)
            continue
        yield _guard(lambda: _article_from_record(path, lineno, rec, published))
    if not seen_any:
        yield InputError(path, "empty JSONL file (no articles)", None, errors.E_EMPTY)


def _article_from_record(path: str, lineno: int, rec: dict, published: Optional[date]) -> Article:
    art_id = rec.get("id")
    if art_id is None:
        art_id = f"{Path(path).name}:{lineno}"
    if not isinstance(art_id, (str, int)):
        raise InputError(path, "'id' must be a string", lineno, errors.E_FIELDS)
    rec_date = None
    if rec.get("published"):
        try:
            rec_date = date.fromisoformat(str(rec["published"])[:10])
        except ValueError as e:
            raise InputError(path, f"'published' is not YYYY-MM-DD: {rec['published']!r}", lineno,
                             errors.E_DATE) from e
    meta = {k: rec.get(k) for k in ("url", "title", "source") if isinstance(rec.get(k), str)}
    if isinstance(rec.get("text"), str):
        return article_from_text(str(art_id), rec["text"], path, published, lineno, rec_date, **meta)
    if isinstance(rec.get("html"), str):
        return article_from_html(str(art_id), rec["html"], path, published, lineno, rec_date, **meta)
    raise InputError(path, "needs a 'text' or 'html' string field", lineno, errors.E_FIELDS)
