"""Desktop figures, each measured in a fresh process (offscreen): `python -m bench.ui_probes
PROBE DB`. Prints one JSON line; the parent (figures.py) takes medians."""
from __future__ import annotations

import json
import os
import resource
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _app():
    from PySide6.QtWidgets import QApplication

    from desktop.look import install_language, register_fonts
    app = QApplication.instance() or QApplication([])
    register_fonts(app)
    install_language(app, "ko")
    return app


def _context(db: str):
    from desktop.context import AppContext
    from storage.store import Store
    from storage.vault import Vault

    from .datagen import PASSWORD
    return AppContext(Store(Vault.unlock(db, "lead", PASSWORD)), "ko")


def probe_start(db: str) -> dict:
    """The app's own start path up to a visible login window (the parent times the process)."""
    app = _app()
    from desktop.login_dialog import LoginDialog
    dialog = LoginDialog(db, lang="ko", user="lead")
    dialog.show()
    app.processEvents()
    print("LOGIN_WINDOW_SHOWN", flush=True)
    return {}


def probe_calendar(db: str) -> dict:
    from datetime import timedelta

    from desktop.views.calendar import CalendarView

    from .datagen import BENCH_WEEK_START
    app = _app()
    context = _context(db)
    view = CalendarView(context)
    view.resize(1280, 800)
    view.show()
    app.processEvents()
    times = []
    for i in range(5):
        day = BENCH_WEEK_START + timedelta(days=(i % 2) * 7)  # alternate weeks: a real reload each time
        start = time.perf_counter()
        view.show_date(day)
        view.repaint()
        app.processEvents()
        if day == BENCH_WEEK_START:
            times.append(time.perf_counter() - start)
    shown = len(context.store.appointments.in_range(f"{BENCH_WEEK_START}T00:00",
                                                    f"{BENCH_WEEK_START + timedelta(days=7)}T00:00",
                                                    site_id=context.store.sites.sites()[0].id))
    return {"seconds": sorted(times)[len(times) // 2], "appointments": shown}


def probe_chart(db: str) -> dict:
    from desktop.views.clients import ClientsView
    app = _app()
    context = _context(db)
    view = ClientsView(context)
    view.resize(1280, 800)
    view.show()
    app.processEvents()
    times = []
    for _ in range(5):
        view.show_list()
        app.processEvents()
        start = time.perf_counter()
        view.open_target("client", 1)
        view.repaint()
        app.processEvents()
        times.append(time.perf_counter() - start)
    return {"seconds": sorted(times)[len(times) // 2]}


def probe_search(db: str) -> dict:
    """Typing into the client list: each keystroke's query through the lazy model, shown."""
    from desktop.views.clients.list_model import ClientListModel
    app = _app()
    context = _context(db)
    model = ClientListModel(context)
    times = []
    for word in ("김", "김민", "김민준", "이", "이서", "박", "최지", "ㄱ", "ㄱㅁ", "ㄱㅁㅈ", "ㅇㅅ", "ㅂㅈㅎ",
                 "B00", "B0001", "B00012", "B000123", "5678"):
        start = time.perf_counter()
        model.set_query(word)
        for row in range(min(model.rowCount(), 30)):  # what a list shows on screen
            model.data(model.index(row, 1))
        app.processEvents()
        times.append(time.perf_counter() - start)
    times.sort()
    return {"p95": times[max(0, int(round(0.95 * len(times))) - 1)], "max": times[-1]}


def probe_memory(db: str) -> dict:
    """Peak memory of the app showing the database: main window, client list, a chart, a week."""
    from datetime import timedelta

    from desktop.main_window import MainWindow

    from .datagen import BENCH_WEEK_START
    app = _app()
    context = _context(db)
    window = MainWindow(context.store, lang="ko")
    window.resize(1280, 800)
    window.show()
    app.processEvents()
    window.show_view("clients")
    app.processEvents()
    window.open("client", 1)
    app.processEvents()
    window.show_view("calendar")
    calendar = window.views["calendar"]
    if hasattr(calendar, "show_date"):
        calendar.show_date(BENCH_WEEK_START + timedelta(days=1))
    app.processEvents()
    window.show_view("today")
    app.processEvents()
    window.close()
    return {"peak_mb": peak_kib() / 1024}


def peak_kib() -> float:
    """This process's peak resident memory. On Linux from VmHWM: ru_maxrss carries the parent's
    peak across fork + exec, so a probe started by the bench right after it built the city data
    reported the bench's 772 MB instead of its own ~210 MB."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return float(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux, bytes on macOS


if __name__ == "__main__":
    name, db = sys.argv[1], sys.argv[2]
    result = globals()[f"probe_{name}"](db)
    print("RESULT " + json.dumps(result), flush=True)
    os._exit(0)  # the numbers are out; skip Qt's teardown
