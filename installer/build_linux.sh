#!/usr/bin/env bash
# Build the Linux one-folder bundle dist/maumdesk/ with installer/maumdesk.spec (the same spec as
# the Windows build), then check it with installer/smoke_test.sh.
#
#   installer/build_linux.sh && installer/smoke_test.sh
#
# Python: $PYTHON when set (an environment that already has the app's dependencies), otherwise
# the project's .venv made by scripts/setup.sh. PyInstaller is installed into it when missing.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ -n "${PYTHON:-}" ]; then
  PY="$PYTHON"
else
  bash scripts/setup.sh
  PY=.venv/bin/python
fi
"$PY" -c 'import PySide6, sqlcipher3, reportlab, cryptography' \
  || { echo "$PY lacks the app's dependencies (pip install -e .)" >&2; exit 1; }
"$PY" -m PyInstaller --version >/dev/null 2>&1 || "$PY" -m pip install -q "pyinstaller>=6.10"

echo "== translations"
"$PY" -m resources.i18n.build

echo "== PyInstaller $("$PY" -m PyInstaller --version)"
started=$(date +%s)
"$PY" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath dist --workpath build/pyinstaller installer/maumdesk.spec
echo "== built dist/maumdesk in $(( $(date +%s) - started )) s: $(du -sh dist/maumdesk | cut -f1)"
