"""The Qt binding itself: PySide6 6.12.0 aborted on Python 3.11 after a few thousand signal
emissions (a reference-count bug on None/True/False). Run in a child process so that a crash
fails this test instead of ending the suite."""
from __future__ import annotations

import os
import subprocess
import sys

SCRIPT = r"""
import threading
from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot
app = QCoreApplication([])
class Sig(QObject):
    obj = Signal(object)
class Recv(QObject):
    def __init__(self):
        super().__init__(); self.n = 0
    @Slot(object)
    def got(self, value): self.n += 1
sig, recv = Sig(), Recv()
sig.obj.connect(recv.got)
for i in range(20000):
    sig.obj.emit(None)
for i in range(300):
    t = threading.Thread(target=lambda: sig.obj.emit(i)); t.start(); t.join()
    app.processEvents()
print("emitted", recv.n)
"""


def test_many_signal_emissions_do_not_abort():
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=120, env=env)
    assert result.returncode == 0, result.stderr[-2000:]
    assert "emitted 20300" in result.stdout
