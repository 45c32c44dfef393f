"""Shared fixtures: the seeds shipped in samples/, and ../shared/data when it is there."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
SHARED_DATA = ROOT.parent / "shared" / "data"


@pytest.fixture(scope="session")
def shared_data() -> Path:
    """../shared/data, or skip: a user's clone does not have it."""
    if not SHARED_DATA.is_dir():
        pytest.skip(f"needs ../shared/data (not found at {SHARED_DATA}); only present in the dev/CI checkout")
    return SHARED_DATA


@pytest.fixture(scope="session")
def nlp():
    from eventwire.stages.parse import load_nlp

    return load_nlp()


@pytest.fixture
def fresh_store(tmp_path):
    from eventwire.store.duckdb_store import Store

    store = Store(tmp_path / "test.duckdb")
    yield store
    store.close()
