#!/usr/bin/env bash
# Set up on first use (with test tools), then run the whole test suite.
# Extra arguments go to pytest, e.g. ./test.sh -k vault
set -euo pipefail
cd "$(dirname "$0")"
bash scripts/setup.sh --dev
export QT_QPA_PLATFORM=offscreen
exec .venv/bin/python -m pytest "$@"
