"""The web page in a real browser: Debian's Chromium driven by Playwright (issue 6).

`eventwire serve` runs in a subprocess on a free loopback port; its store is filled through its own
upload route by the real ingest, from the seed articles in samples/ plus one hostile article (JSONL, with
script payloads in its text and title). What the page shows is checked against the API's answers, not against fixed
pipeline output. Set EVENTWIRE_SCREENSHOTS=docs/screenshots to refresh the screenshots kept in the docs.
"""
from __future__ import annotations

import json
import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

try:  # tests/ is a package (tests/__init__.py); fall back for a rootdir-less run
    from tests.test_api import HOSTILE_TEXT
except ImportError:
    from test_api import HOSTILE_TEXT

pytestmark = [pytest.mark.browser, pytest.mark.slow]  # slow: the ingest loads the spaCy model

ROOT = Path(__file__).resolve().parent.parent
HOSTILE_ID = "hostile-1"
HOSTILE_TITLE = "<script>window.pwned=5</script> Minsk rally"
CLI = [sys.executable, "-c", "from eventwire.cli import app; app()"]

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run"]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """Base URL of `eventwire serve` (the real command, in a subprocess) over a store of the seeds.

    The store starts empty and is filled through the server's own upload route, which runs the real
    ingest (`eventwire.ingest.ingest_paths`, as `eventwire ingest` does) on samples/ and a hostile article.
    """
    import httpx

    folder = tmp_path_factory.mktemp("browser")
    db = folder / "seeds.duckdb"
    port = free_port()
    log = (folder / "serve.log").open("w")
    process = subprocess.Popen([*CLI, "serve", "--db", str(db), "--host", "127.0.0.1", "--port", str(port)],
                               stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                if httpx.get(base + "/openapi.json", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            assert process.poll() is None and time.monotonic() < deadline, (folder / "serve.log").read_text()
            time.sleep(0.1)
        hostile = json.dumps({"id": HOSTILE_ID, "title": HOSTILE_TITLE, "published": "2021-02-11",
                              "text": HOSTILE_TEXT}) + "\n"
        files = [("files", (p.name, p.read_bytes())) for p in sorted((ROOT / "samples").glob("*.txt"))]
        files.append(("files", ("hostile.jsonl", hostile.encode("utf-8"))))
        response = httpx.post(base + "/api/ingest", files=files, timeout=30)
        assert response.status_code == 202, response.text
        job = response.json()
        deadline = time.monotonic() + 300
        while job["status"] not in ("done", "failed"):
            assert time.monotonic() < deadline, job
            time.sleep(0.3)
            job = httpx.get(f"{base}/api/ingest/{job['id']}", timeout=30).json()
        assert job["status"] == "done" and job["done"] == job["total"] == len(files), job
        yield base
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        log.close()


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM.exists():
        pytest.skip("browser tests need Debian's Chromium at /usr/bin/chromium (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)
        yield b
        b.close()


@pytest.fixture
def page(browser, server):
    """A fresh page that records script errors, CSP violations and any request leaving the server."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    pg = context.new_page()
    pg.problems = []
    pg.on("pageerror", lambda exc: pg.problems.append(f"page error: {exc}"))
    pg.on("console", lambda msg: msg.type == "error" and pg.problems.append(f"console: {msg.text}"))
    pg.on("request", lambda req: req.url.startswith(server) or req.url.startswith("data:")
          or pg.problems.append(f"external request: {req.url}"))
    yield pg
    context.close()


def keep_screenshot(locator, path: Path) -> Path:
    """Screenshot into path; also into $EVENTWIRE_SCREENSHOTS (e.g. docs/screenshots) when set."""
    locator.screenshot(path=str(path))
    assert path.stat().st_size > 20_000  # a drawn view, not a blank one
    target = os.environ.get("EVENTWIRE_SCREENSHOTS")
    if target:
        Path(target).mkdir(parents=True, exist_ok=True)
        shutil.copy(path, Path(target) / path.name)
    return path


def api(server: str, path: str) -> dict:
    with urllib.request.urlopen(server + path, timeout=30) as response:
        return json.load(response)


def open_view(pg, url: str, ready: str) -> None:
    pg.goto(url)
    pg.wait_for_function("r => (document.body.dataset.ready || '').startsWith(r)", arg=ready, timeout=15000)


def test_filter_volkov_open_arrest_warrant_evidence_highlighted(page, server, tmp_path):
    expected = api(server, "/api/events?actor=Volkov&limit=5000")
    assert expected["total"] >= 1
    open_view(page, server + "/", "/")
    page.fill("#filters input[name=actor]", "Volkov")
    page.click("#filters button[type=submit]")
    page.wait_for_function("() => (document.body.dataset.ready || '').includes('actor=Volkov')", timeout=15000)
    rows = page.locator("tr.event-row")
    assert rows.count() == min(expected["total"], 50)
    assert page.locator("[data-testid=timeline] g.dot").count() == sum(1 for e in expected["items"] if e["date"])

    rows.filter(has_text="international arrest warrant").first.click()
    page.wait_for_function("() => (document.body.dataset.ready || '').startsWith('event/')", timeout=15000)
    event_id = page.evaluate("document.body.dataset.ready").split("/", 1)[1]
    mentions = api(server, f"/api/events/{event_id}")["mentions"]
    sentences = page.locator("li.mention p.sentence")
    assert sentences.count() == len(mentions)
    evidence = sentences.filter(has_text="international arrest warrant")
    assert evidence.count() == 1
    assert "Leonid Volkov" in evidence.inner_text()
    mention = next(m for m in mentions if "international arrest warrant" in m["sentence"])
    assert evidence.inner_text() == mention["sentence"]
    trigger = evidence.locator("mark.hl-trigger")
    assert trigger.count() == 1 and trigger.is_visible()
    trigger_text = trigger.inner_text()
    assert trigger_text == mention["trigger"]
    background = trigger.evaluate("el => getComputedStyle(el).backgroundColor")
    assert background not in ("rgba(0, 0, 0, 0)", "transparent")
    for span in mention["highlights"]:
        assert evidence.locator(f"mark.hl-{span['kind']}").first.inner_text() == \
            mention["sentence"][span["start"]:span["end"]]

    keep_screenshot(page.locator("main"), tmp_path / "evidence.png")

    # Follow the evidence to the article: the sentence is marked in context and scrolled into view.
    sentence_text = evidence.inner_text()
    page.locator("li.mention").filter(has_text="international arrest warrant").locator("a.article-link").click()
    page.wait_for_function("() => (document.body.dataset.ready || '').startsWith('article/')", timeout=15000)
    focus = page.locator("[data-testid=article-text] mark.focus")
    assert focus.inner_text() == sentence_text
    assert focus.locator("strong.hl-trigger").inner_text() == trigger_text
    assert focus.is_visible()
    assert page.problems == []


def test_script_payload_in_article_renders_as_inert_text(page, server):
    page.add_init_script("window.pwned = undefined;")
    open_view(page, f"{server}/#/article/{HOSTILE_ID}", "article/")
    text = page.locator("[data-testid=article-text]").inner_text()
    assert "<script>window.pwned = 1</script>" in text
    assert '<img src=x onerror="window.pwned=2">' in text
    assert "<script>window.pwned=5</script>" in page.locator("h2.article-title").inner_text()
    page.locator("[data-testid=article-text]").hover()
    # The same payloads in the event list and in the evidence sentences.
    open_view(page, f"{server}/#/?text=pwned", "?text=pwned")
    assert page.locator("tr.event-row").count() >= 1
    assert "<script>" in page.locator("tr.event-row td.summary").first.inner_text()
    page.locator("tr.event-row").first.hover()
    page.locator("tr.event-row").first.click()
    page.wait_for_function("() => (document.body.dataset.ready || '').startsWith('event/')", timeout=15000)
    sentence = page.locator("li.mention p.sentence").filter(has_text="window.pwned").first
    assert re.search(r"<(script|img|b)[ >]", sentence.inner_text())  # the markup, shown as characters
    sentence.hover()
    page.wait_for_timeout(300)
    assert page.evaluate("window.pwned") is None
    assert page.evaluate("document.querySelectorAll('#view script, #view img, #view b, #view iframe').length") == 0
    assert page.evaluate("document.scripts.length") == 1  # app.js only
    assert page.problems == []


def test_timeline_map_actor_page_and_screenshots(page, server, tmp_path):
    events = api(server, "/api/events?limit=5000")["items"]
    order = [t for types in api(server, "/api/stats")["quad_classes"].values() for t in types]
    open_view(page, server + "/", "/")
    page.wait_for_function("() => document.querySelectorAll('.map-svg .land path').length > 150", timeout=10000)
    places = {(round(e["location"]["lat"], 2), round(e["location"]["lon"], 2)) for e in events
              if e["location"] and e["location"]["lat"] is not None}
    assert page.locator(".map-svg .places circle").count() == len(places)
    lanes = page.locator("[data-testid=timeline] .lane-label").all_text_contents()
    assert set(lanes) == {e["type"] for e in events if e["date"]}
    assert lanes == sorted(lanes, key=order.index)  # lanes grouped by quad class
    before = page.locator("[data-testid=timeline] .tick-label").all_text_contents()
    page.locator("[data-testid=timeline] button", has_text="Zoom in").click()
    assert page.locator("[data-testid=timeline] .tick-label").all_text_contents() != before
    page.locator("[data-testid=timeline] button", has_text="Reset").click()
    keep_screenshot(page.locator("main"), tmp_path / "timeline.png")

    profile = api(server, "/api/actors/Volkov")
    open_view(page, f"{server}/#/actor/Volkov", "actor/")
    assert page.locator("h2.actor-title").inner_text().startswith(profile["name"])
    assert "Leonid Volkov" in profile["aliases"]
    assert page.locator("ul.aliases li").all_inner_texts() == profile["aliases"]
    network = page.locator("[data-testid=network]")
    edges = profile["network"][:24]
    assert edges, "the seeds have events with Volkov and another actor"
    assert network.locator("path.edge.out").count() == sum(e["direction"] == "acts_on" for e in edges)
    assert network.locator("path.edge.in").count() == sum(e["direction"] == "acted_on_by" for e in edges)
    assert page.locator("[data-testid=timeline] g.dot").count() == sum(1 for e in profile["events"] if e["date"])
    keep_screenshot(page.locator("main"), tmp_path / "actor.png")
    other = edges[0]["actor"]
    network.locator("a").filter(has=page.locator("text.node-label", has_text=re.compile(f"^{re.escape(other)}$"))).click()
    page.wait_for_function("r => decodeURIComponent(document.body.dataset.ready || '') === r", arg=f"actor/{other}",
                           timeout=15000)
    assert page.locator("h2.actor-title").inner_text().startswith(api(server, "/api/actors/" + urllib.parse.quote(other))["name"])
    stories = api(server, "/api/stories")["items"]
    open_view(page, f"{server}/#/stories", "stories")
    assert page.locator("main h2").inner_text().startswith(str(len(stories)))
    assert page.locator("[data-testid=story-table] tbody tr").count() == len(stories)
    assert page.problems == []


def test_openapi_docs_render_offline(page, server):
    page.goto(server + "/docs")
    page.wait_for_selector("#swagger-ui .opblock-summary-path", timeout=20000)
    paths = page.locator("#swagger-ui .opblock-summary-path").all_text_contents()
    assert any(p.strip() == "/api/events" for p in paths)
    assert any(p.strip() == "/api/events/{event_id}" for p in paths)
    assert [p for p in page.problems if "external request" in p] == []


def test_upload_through_the_page_is_ingested_while_the_api_keeps_answering(page, server, tmp_path):
    """Runs last: it adds an article to the module's store through the real in-process ingest."""
    before = api(server, "/api/stats")["counts"]["articles"]
    upload = tmp_path / "upload-volkov.txt"
    upload.write_text("date 2021-02-12 Lithuanian police arrested two protesters in Vilnius on Friday, "
                      "officials said.\n", encoding="utf-8")
    open_view(page, f"{server}/#/articles", "articles")
    page.set_input_files("form.upload input[type=file]", str(upload))
    page.click("form.upload button[type=submit]")
    progress = page.locator("form.upload [role=status]")
    answered = []
    deadline = time.monotonic() + 240
    while not progress.inner_text().startswith(("done", "failed")):
        assert time.monotonic() < deadline, progress.inner_text()
        with urllib.request.urlopen(server + "/api/stats", timeout=30) as response:
            answered.append(response.status)
        time.sleep(0.5)
    assert progress.inner_text().startswith("done: 1/1"), progress.inner_text()
    assert answered and set(answered) == {200}  # reads share the writer while it ingests
    assert api(server, "/api/stats")["counts"]["articles"] == before + 1
    open_view(page, f"{server}/#/articles?q=Vilnius", "articles")
    assert page.locator("[data-testid=article-table] tbody tr").count() == 1
    assert page.problems == []
