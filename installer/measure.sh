#!/usr/bin/env bash
# Size and start-up figures of the built bundle (dist/maumdesk/), as in installer/README.md.
#
#   installer/measure.sh [BUNDLE_DIR]
#
# Start-up times run the bundle in a clean environment (like smoke_test.sh); each figure is the
# median of several runs. The login-window time needs Xvfb and xdotool (Debian: xvfb xdotool):
# process start until the login window is mapped on the X server. Without them it is skipped.
set -euo pipefail
cd "$(dirname "$0")/.."

BUNDLE=${1:-dist/maumdesk}
[ -x "$BUNDLE/maumdesk" ] || { echo "No bundle at $BUNDLE: run installer/build_linux.sh first." >&2; exit 1; }
EXE=$(cd "$BUNDLE" && pwd)/maumdesk
RUNS=${RUNS:-5}

tmp=$(mktemp -d)
xvfb_pid=""
cleanup() { [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null; rm -rf "$tmp"; }
trap cleanup EXIT
mkdir -p "$tmp/home" "$tmp/tmp"
clean() { env -i HOME="$tmp/home" TMPDIR="$tmp/tmp" PATH=/usr/bin:/bin LANG=C.UTF-8 "$@"; }
ms() { date +%s%3N; }
median() { sort -n | awk '{a[NR] = $1} END {print a[int((NR + 1) / 2)]}'; }
timed() {  # median wall time in ms of RUNS runs of a command
  for _ in $(seq "$RUNS"); do
    start=$(ms); "$@" >/dev/null 2>&1; echo $(( $(ms) - start ))
  done | median
}

echo "bundle: $BUNDLE ($(uname -sm), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg))"
echo "| figure | value |"
echo "|---|---|"
echo "| one-folder bundle on disk (du -sh) | $(du -sh "$BUNDLE" | cut -f1) |"
echo "| files | $(find "$BUNDLE" -type f | wc -l) |"
tar -C "$(dirname "$BUNDLE")" -czf "$tmp/bundle.tar.gz" "$(basename "$BUNDLE")"
echo "| compressed, tar.gz | $(du -h "$tmp/bundle.tar.gz" | cut -f1) |"
if command -v xz >/dev/null; then
  tar -C "$(dirname "$BUNDLE")" -cf - "$(basename "$BUNDLE")" | xz -6 -T0 > "$tmp/bundle.tar.xz"
  echo "| compressed, tar.xz (close to an LZMA installer) | $(du -h "$tmp/bundle.tar.xz" | cut -f1) |"
fi
rm -f "$tmp/bundle.tar.gz" "$tmp/bundle.tar.xz"

clean QT_QPA_PLATFORM=offscreen "$EXE" --version >/dev/null 2>&1  # warm the page cache once
echo "| \`maumdesk --version\` (median of $RUNS) | $(timed clean "$EXE" --version) ms |"
echo "| \`maumdesk --self-test\` (median of $RUNS) | $(timed clean QT_QPA_PLATFORM=offscreen "$EXE" --self-test) ms |"

# A center database with the shipped (production) key cost, for the GUI figures.
db="$tmp/center.db"
clean MAUMDESK_PASSWORD=measure-pass-1 "$EXE" init --db "$db" --user admin >/dev/null 2>&1
unlock=$(clean MAUMDESK_PASSWORD=measure-pass-1 "$EXE" --lang en unlock-test --db "$db" --user admin 2>/dev/null \
  | sed -n 's/.*, \([0-9.]*\) s)$/\1/p')
echo "| unlock with the production Argon2id cost (\`unlock-test\`) | ${unlock:-?} s |"
echo "| start → scripted login → main window drawn (offscreen \`gui --screenshot\`, includes the unlock) | $(timed clean QT_QPA_PLATFORM=offscreen MAUMDESK_PASSWORD=measure-pass-1 "$EXE" gui --db "$db" --user admin --screenshot "$tmp/main.png") ms |"

if command -v Xvfb >/dev/null && command -v xdotool >/dev/null; then
  display=":$(( 90 + RANDOM % 100 ))"
  Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
  xvfb_pid=$!
  sleep 1
  for _ in $(seq "$RUNS"); do
    start=$(ms)
    # env execs the bundle, so $! is the app itself (a backgrounded shell function would not be)
    env -i HOME="$tmp/home" TMPDIR="$tmp/tmp" PATH=/usr/bin:/bin LANG=C.UTF-8 DISPLAY="$display" \
      "$EXE" gui --db "$db" >/dev/null 2>&1 &
    app=$!
    until DISPLAY="$display" xdotool search --onlyvisible --class maumdesk >/dev/null 2>&1; do
      kill -0 "$app" 2>/dev/null || break
      sleep 0.01
    done
    echo $(( $(ms) - start ))
    kill "$app" 2>/dev/null; wait "$app" 2>/dev/null || true
  done | median > "$tmp/login.txt"
  echo "| start → login window shown (Xvfb, xcb; median of $RUNS) | $(cat "$tmp/login.txt") ms |"
else
  echo "| start → login window shown | (skipped: needs Xvfb and xdotool) |"
fi
