"""Run slow work (unlock, demo creation, backups) off the UI thread, with results as signals."""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)
    progress = Signal(int, int)


class Job(QRunnable):
    """``fn(progress)`` runs in the pool; ``done``/``failed`` arrive on the UI thread."""

    def __init__(self, fn: Callable) -> None:
        super().__init__()
        self.setAutoDelete(False)  # Python owns the job; Qt deleting it under us crashes at exit
        self.fn = fn
        self.signals = _Signals()

    def run(self) -> None:
        try:
            result = self.fn(lambda done, total: self.signals.progress.emit(int(done), int(total)))
        except Exception as exc:  # noqa: BLE001 (handed to the UI, which shows a clear message)
            # Frames stay in this thread: only the exception object crosses to the UI thread.
            self.signals.failed.emit(exc.with_traceback(None))
        else:
            self.signals.done.emit(result)


_running: set[Job] = set()


def start(job: Job, *, done: Callable | None = None, failed: Callable | None = None,
          progress: Callable | None = None) -> Job:
    """Connect first, then start: a job that fails at once must not emit before anyone listens."""
    for signal, slot in ((job.signals.done, done), (job.signals.failed, failed), (job.signals.progress, progress)):
        if slot is not None:
            signal.connect(slot)
    _running.add(job)  # keep it alive until it has reported
    job.signals.done.connect(lambda *_: _running.discard(job))
    job.signals.failed.connect(lambda *_: _running.discard(job))
    QThreadPool.globalInstance().start(job)
    return job
