"""The coder on the team's hand-written development sentences (bench/events/dev/*.tsv, in the repo).

A floor under the figures reached while developing on them (2026-11-24: type found 0.85, precision 0.65), so a
lexicon or rule change that loses many readings at once fails here before any benchmark is run. The
held-back check sentences (bench/events/dev/check/) are not used by any test.
"""
import pytest

from bench.events import dev
from bench.events.run import code_many

pytestmark = pytest.mark.slow


def test_dev_sentences_keep_their_types():
    rows = dev.load()
    assert len(rows) > 400
    table, _ = dev.score(rows, code_many([r["sentence"] for r in rows]))
    cells = [c.strip() for c in table.splitlines()[-1].strip("|").split("|")]
    assert cells[0] == "all events"
    found, precision = float(cells[2]), float(cells[4])
    assert found >= 0.80 and precision >= 0.60, table
