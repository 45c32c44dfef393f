"""Ingest through a Dask distributed scheduler: same store contents as a local run."""
import pytest

from eventwire.ingest import ingest_paths
from eventwire.store.duckdb_store import Store

from .conftest import SAMPLES

pytestmark = pytest.mark.slow


def _snapshot(db):
    with Store(db, read_only=True) as store:
        return sorted(store.conn.execute(
            "SELECT id, type, source_name, target_name, date, modality, sent_start FROM mentions").fetchall())


def test_cluster_ingest_matches_local(tmp_path):
    distributed = pytest.importorskip("distributed")
    local_db, cluster_db = tmp_path / "local.duckdb", tmp_path / "cluster.duckdb"
    ingest_paths([str(SAMPLES)], str(local_db))
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        summary = ingest_paths([str(SAMPLES)], str(cluster_db), scheduler=cluster.scheduler_address)
    assert summary["articles"] == 2
    assert _snapshot(cluster_db) == _snapshot(local_db)
