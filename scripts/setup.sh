#!/usr/bin/env bash
# Make .venv with the app (and, with --dev, the test tools), and compile translations.
# Re-running is cheap: pip runs again only when pyproject.toml changed.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/system-deps.sh

PY=${PYTHON:-python3}
if ! "$PY" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
  echo "Maumdesk needs Python 3.11 or newer (found: $("$PY" --version 2>&1))." >&2
  exit 1
fi
[ -x .venv/bin/python ] || "$PY" -m venv .venv

extras=""
[ "${1:-}" = "--dev" ] && extras="[dev]"
stamp=".venv/.installed$extras"
want="$(sha256sum pyproject.toml | cut -d' ' -f1)"
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
  .venv/bin/python -m pip install -q --upgrade pip
  .venv/bin/python -m pip install -q -e ".$extras"
  echo "$want" > "$stamp"
fi
.venv/bin/python -m resources.i18n.build >/dev/null
