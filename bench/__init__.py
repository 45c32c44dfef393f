"""eventwire benchmarks: `python -m bench [AREA ...]` runs bench/<area>/run.py:run() and prints each table."""
