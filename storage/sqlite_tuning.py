"""Process-wide SQLite settings that only exist before the library starts.

SQLite keeps memory statistics by default, and every allocation then takes one global mutex.
Two connections working in two threads (the report's second core) queued on that mutex: a
yearly report ran slower in two threads than in one (city size: 1.3 s vs 1.0 s). SQLite's
own documentation recommends turning the statistics off for speed (SQLITE_DEFAULT_MEMSTATUS=0);
the sqlcipher3 wheel is built with them on, so it is done here at run time.
"""
from __future__ import annotations

import ctypes
import glob
import os

import sqlcipher3

_SQLITE_OK = 0
_SQLITE_CONFIG_MEMSTATUS = 9
_done = False


def _library() -> ctypes.CDLL | None:
    found = glob.glob(os.path.join(os.path.dirname(sqlcipher3.__file__), "_sqlite3*"))
    try:
        return ctypes.CDLL(found[0]) if found else None
    except OSError:
        return None


def disable_memory_statistics() -> bool:
    """Turn SQLite's memory statistics off; True when they are off.

    Must run before the first connection is opened (storage.connection calls it on import,
    and it is the only place that opens connections): the library is shut down and started
    again around the change. Where the extension does not export the C functions (e.g. a
    Windows build), the statistics stay on: slower in two threads, correct all the same.
    """
    global _done
    if _done:
        return True
    lib = _library()
    if lib is None or not all(hasattr(lib, name) for name in ("sqlite3_shutdown", "sqlite3_config",
                                                               "sqlite3_initialize")):
        return False
    lib.sqlite3_config.restype = ctypes.c_int
    if lib.sqlite3_shutdown() != _SQLITE_OK:
        return False
    configured = lib.sqlite3_config(_SQLITE_CONFIG_MEMSTATUS, ctypes.c_int(0)) == _SQLITE_OK
    started = lib.sqlite3_initialize() == _SQLITE_OK
    _done = configured and started
    return _done
