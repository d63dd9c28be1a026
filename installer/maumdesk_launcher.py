"""Entry script of the bundle (PyInstaller starts here): the same `maumdesk` command as the
pip-installed one (cli.main:main). With no arguments it opens the app; with arguments it is the
command line (`--version`, `--self-test`, `verify`, `backup`, ...).
"""
import os
import sys


def _usable_streams() -> None:
    # The windowed Windows program (maumdesk.exe, no console window) has no stdout/stderr, so a
    # print() would raise. Its output goes nowhere; maumdesk-cli.exe is the one for a terminal.
    for name in ("stdout", "stderr"):
        stream = getattr(sys, name)
        if stream is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))
        elif hasattr(stream, "reconfigure"):
            # A console or a redirect in a code page without some character must not crash a
            # message: replace what cannot be shown.
            stream.reconfigure(errors="replace")


if __name__ == "__main__":
    _usable_streams()
    from cli.main import main

    sys.exit(main())
