#!/usr/bin/env bash
# Set up on first use, then start Maumdesk (the demo center when no database is configured).
# Arguments go to the `maumdesk` command, e.g. ./run.sh verify --db center.db --user lead
set -euo pipefail
cd "$(dirname "$0")"
bash scripts/setup.sh
exec .venv/bin/maumdesk "$@"
