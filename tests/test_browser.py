"""The web page in a real browser: Debian's Chromium driven by Playwright (issue 6).

`eventwire serve` runs in a subprocess on a free loopback port over a store built from the
seed articles (plus one hostile article carrying script payloads). Set EVENTWIRE_SCREENSHOTS=docs/screenshots
to refresh the screenshots kept in the docs.
"""
from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

try:  # tests/ is a package (tests/__init__.py); fall back for a rootdir-less run
    from tests.test_api import HOSTILE_ID, build_seed_store
except ImportError:
    from test_api import HOSTILE_ID, build_seed_store

pytestmark = pytest.mark.browser

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run"]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """Base URL of `eventwire serve` (the real command, in a subprocess) over the seed store."""
    db = build_seed_store(tmp_path_factory.mktemp("browser") / "seed.duckdb")
    port = free_port()
    command = [sys.executable, "-c", "from eventwire.cli import app; app()",
               "serve", "--db", str(db), "--host", "127.0.0.1", "--port", str(port)]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while True:
        try:
            with urllib.request.urlopen(base + "/api/stats", timeout=2) as response:
                if response.status == 200:
                    break
        except OSError:
            pass
        if process.poll() is not None or time.monotonic() > deadline:
            process.kill()
            raise RuntimeError(f"eventwire serve did not start: {process.stdout.read()}")
        time.sleep(0.1)
    yield base
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


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


def open_view(pg, url: str, ready: str) -> None:
    pg.goto(url)
    pg.wait_for_function("r => (document.body.dataset.ready || '').startsWith(r)", arg=ready, timeout=15000)


def test_filter_volkov_open_arrest_warrant_evidence_highlighted(page, server, tmp_path):
    open_view(page, server + "/", "/")
    page.fill("#filters input[name=actor]", "Volkov")
    page.click("#filters button[type=submit]")
    page.wait_for_function("() => (document.body.dataset.ready || '').includes('actor=Volkov')", timeout=15000)
    rows = page.locator("tr.event-row")
    assert rows.count() >= 1
    for summary in page.locator("tr.event-row td.summary").all_inner_texts():
        assert "Volkov" in summary
    timeline_dots = page.locator("[data-testid=timeline] g.dot")
    assert timeline_dots.count() == rows.count()

    rows.filter(has_text="arrest warrant").first.click()
    page.wait_for_function("() => (document.body.dataset.ready || '').startsWith('event/')", timeout=15000)
    sentences = page.locator("li.mention p.sentence")
    evidence = sentences.filter(has_text="international arrest warrant")
    assert evidence.count() == 1
    assert "Leonid Volkov" in evidence.inner_text()
    trigger = evidence.locator("mark.hl-trigger")
    assert trigger.count() == 1 and trigger.is_visible()
    trigger_text = trigger.inner_text()
    assert trigger_text and trigger_text in evidence.inner_text()
    background = trigger.evaluate("el => getComputedStyle(el).backgroundColor")
    assert background not in ("rgba(0, 0, 0, 0)", "transparent")
    assert evidence.locator("mark.hl-target").inner_text() == "Leonid Volkov"
    dated = sentences.filter(has=page.locator("mark.hl-date"))
    assert dated.count() >= 1  # the court sentence's "on February 10"

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
    page.locator("[data-testid=article-text] mark.focus, [data-testid=article-text] .mentioned").first.hover()
    # The same payloads in the event list, the evidence sentence and the actor names.
    open_view(page, f"{server}/#/?country=BLR", "?country=BLR")
    page.locator("tr.event-row").first.hover()
    page.locator("tr.event-row").first.click()
    page.wait_for_function("() => (document.body.dataset.ready || '').startsWith('event/')", timeout=15000)
    sentence = page.locator("li.mention p.sentence").first
    assert "<script>window.pwned=4</script>" in sentence.inner_text()
    sentence.hover()
    page.wait_for_timeout(300)
    assert page.evaluate("window.pwned") is None
    assert page.evaluate("document.querySelectorAll('#view script, #view img, #view b, #view iframe').length") == 0
    assert page.evaluate("document.scripts.length") == 1  # app.js only
    assert page.problems == []


def test_actor_page_and_map_and_screenshots(page, server, tmp_path):
    open_view(page, server + "/", "/")
    page.wait_for_function("() => document.querySelectorAll('.map-svg .land path').length > 150", timeout=10000)
    assert page.locator(".map-svg .places circle").count() >= 2  # Moscow, Russia, Minsk
    lanes = page.locator("[data-testid=timeline] .lane-label").all_text_contents()
    assert lanes.index("CONSULT") < lanes.index("ACCUSE") < lanes.index("COERCE")  # quad-class order
    before = page.locator("[data-testid=timeline] .tick-label").all_text_contents()
    page.locator("[data-testid=timeline] button", has_text="Zoom in").click()
    assert page.locator("[data-testid=timeline] .tick-label").all_text_contents() != before
    page.locator("[data-testid=timeline] button", has_text="Reset").click()
    keep_screenshot(page.locator("main"), tmp_path / "timeline.png")

    open_view(page, f"{server}/#/actor/Volkov", "actor/")
    assert page.locator("h2.actor-title").inner_text().startswith("Leonid Volkov")
    assert {"Leonid Volkov", "Volkov"} <= set(page.locator("ul.aliases li").all_inner_texts())
    assert "RUSOPP" in page.locator("ul.roles").inner_text()
    network = page.locator("[data-testid=network]")
    assert network.locator("path.edge.out").count() >= 1 and network.locator("path.edge.in").count() >= 1
    assert "Russia" in network.locator("text.node-label").all_text_contents()
    keep_screenshot(page.locator("main"), tmp_path / "actor.png")
    network.locator("a", has_text="Russia").first.click()
    page.wait_for_function("() => (document.body.dataset.ready || '').startsWith('actor/Russia')", timeout=15000)
    assert page.locator("h2.actor-title").inner_text().startswith("Russia")
    assert page.problems == []


def test_openapi_docs_render_offline(page, server):
    page.goto(server + "/docs")
    page.wait_for_selector("#swagger-ui .opblock-summary-path", timeout=20000)
    paths = page.locator("#swagger-ui .opblock-summary-path").all_text_contents()
    assert any(p.strip() == "/api/events" for p in paths)
    assert any(p.strip() == "/api/events/{event_id}" for p in paths)
    assert [p for p in page.problems if "external request" in p] == []
