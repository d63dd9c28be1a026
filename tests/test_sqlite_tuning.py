"""SQLite's memory statistics are off before any connection opens (storage/sqlite_tuning.py):
with them on, every allocation takes one global mutex and the report's two threads queue."""
import ctypes

from storage import connection  # noqa: F401  (importing it applies the setting)
from storage.sqlite_tuning import _library, disable_memory_statistics


def test_memory_statistics_are_off_and_connections_work(open_as):
    lib = _library()
    lib.sqlite3_memory_used.restype = ctypes.c_int64
    vault = open_as("lead").vault
    # Real work through the library: pages cached, rows sorted.
    assert vault.conn.execute("SELECT count(*) FROM (SELECT id FROM staff ORDER BY login)").fetchone()[0] >= 1
    assert lib.sqlite3_memory_used() == 0      # nothing is counted, so no global lock is taken
    assert disable_memory_statistics() is True  # idempotent: a second call changes nothing
