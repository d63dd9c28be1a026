#!/usr/bin/env bash
# Check the built Linux bundle (dist/maumdesk/) the way a fresh machine runs it: a clean
# environment (env -i: no venv, no PYTHONPATH, an empty HOME, its own TMPDIR), Qt offscreen.
#
#   installer/build_linux.sh && installer/smoke_test.sh [BUNDLE_DIR]
#
# 1. --version prints pyproject's version.
# 2. --self-test passes in Korean and in English, and leaves nothing in HOME or TMPDIR.
# 3. A bundle with a file taken out fails its self-test, naming what is missing (font, forms,
#    migrations): the self-test really looks at the bundle's own files.
# 4. The bundle does real work: a synthetic demo center, verify, an encrypted PDF report, an
#    XLSX report, a backup, and the main window (offscreen screenshot).
# 5. With no arguments the app opens: the first-start choice (Enter = demo), the demo center, then the login window (a real X window
#    under Xvfb; skipped when Xvfb or xdotool is missing).
# 6. Every shared library in the bundle finds its dependencies.
set -euo pipefail
cd "$(dirname "$0")/.."

BUNDLE=${1:-dist/maumdesk}
EXE="$BUNDLE/maumdesk"
[ -x "$EXE" ] || { echo "No bundle at $BUNDLE: run installer/build_linux.sh first." >&2; exit 1; }
EXE=$(cd "$(dirname "$EXE")" && pwd)/maumdesk

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/home" "$tmp/tmp" "$tmp/work"
failures=0
pass() { echo "  ok    $*"; }
fail() { echo "  FAIL  $*"; failures=$((failures + 1)); }

# The bundle alone: nothing of this machine's Python on the path.
clean() {
  env -i HOME="$tmp/home" TMPDIR="$tmp/tmp" PATH=/usr/bin:/bin QT_QPA_PLATFORM=offscreen "$@"
}

echo "== $EXE"
want=$(sed -n 's/^version = "\(.*\)"/\1/p' pyproject.toml | head -1)
got=$(clean "$EXE" --version 2>/dev/null || true)
[ "$got" = "$want" ] && pass "--version: $got" || fail "--version printed '$got', pyproject says '$want'"

echo "== self-test"
for lang in ko en; do
  if clean "$EXE" --self-test --lang "$lang" > "$tmp/self-$lang.txt" 2>&1; then
    pass "--self-test --lang $lang: exit 0"
  else
    fail "--self-test --lang $lang: exit $? (output below)"; cat "$tmp/self-$lang.txt"
  fi
done
sed 's/^/        /' "$tmp/self-en.txt"
for check in "font (Qt, ReportLab)" "translations" "forms" "encrypted database" "PDF"; do
  grep -q "\[OK\] $check" "$tmp/self-en.txt" && pass "check named and passed: $check" || fail "check missing: $check"
done
left=$(find "$tmp/home" "$tmp/tmp" -mindepth 1 | head -5)
[ -z "$left" ] && pass "nothing left in HOME or TMPDIR" || fail "left behind: $left"

echo "== a damaged bundle fails its self-test, naming the missing part"
damaged() {  # $1 what is taken out (relative to _internal), $2 the check that must fail
  rm -rf "$tmp/broken"
  cp -al "$BUNDLE" "$tmp/broken"  # hard links: quick, and removing one leaves the original alone
  rm -rf "$tmp/broken/_internal/"$1
  set +e
  clean "$tmp/broken/maumdesk" --self-test --lang en > "$tmp/broken.txt" 2>&1
  code=$?
  set -e
  if [ "$code" -eq 1 ] && grep -q "\[FAIL\] $2" "$tmp/broken.txt" && grep -q "Self-test failed.*$2" "$tmp/broken.txt"; then
    pass "without $1: exit 1, names '$2'"
  else
    fail "without $1: exit $code"; cat "$tmp/broken.txt"
  fi
}
damaged "resources/fonts/NanumGothic.ttf" "font"
damaged "resources/i18n/maumdesk_ko.qm" "translations"
damaged "forms/definitions/*.yaml" "forms"
damaged "storage/migrations/*.sql" "encrypted database"
rm -rf "$tmp/broken"

echo "== real work in the bundle (synthetic data, cheap test key cost)"
work() {
  clean env MAUMDESK_PASSWORD=smoke-pass-1 MAUMDESK_PDF_PASSWORD=smoke-pdf-1 "$EXE" "$@" > "$tmp/work.txt" 2>&1
}
db="$tmp/work/demo.db"
work demo --db "$db" --years 1 --seed 1 --test-kdf && pass "demo center created" || { fail "demo"; cat "$tmp/work.txt"; }
work verify --db "$db" --user lead && pass "verify" || { fail "verify"; cat "$tmp/work.txt"; }
work report monthly --month "$(date +%Y)-01" --db "$db" --user lead --out "$tmp/work/report.pdf" --encrypt --purpose smoke \
  && [ "$(head -c 5 "$tmp/work/report.pdf")" = "%PDF-" ] && grep -aq "/Encrypt" "$tmp/work/report.pdf" \
  && pass "encrypted PDF report ($(stat -c %s "$tmp/work/report.pdf") bytes)" || { fail "PDF report"; cat "$tmp/work.txt"; }
work report yearly --year "$(date +%Y)" --db "$db" --user lead --out "$tmp/work/report.xlsx" --purpose smoke \
  && [ -s "$tmp/work/report.xlsx" ] && pass "XLSX report" || { fail "XLSX report"; cat "$tmp/work.txt"; }
mkdir -p "$tmp/work/backups"
work backup --db "$db" --user lead --to "$tmp/work/backups" && pass "backup" || { fail "backup"; cat "$tmp/work.txt"; }
work gui --db "$db" --user lead --screenshot "$tmp/work/main.png" \
  && [ -s "$tmp/work/main.png" ] && pass "main window (offscreen screenshot)" || { fail "GUI"; cat "$tmp/work.txt"; }

echo "== no arguments: the app opens (a real X window under Xvfb)"
if command -v Xvfb >/dev/null && command -v xdotool >/dev/null; then
  display=":$(( 100 + RANDOM % 100 ))"
  Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
  xvfb=$!
  sleep 1
  rm -rf "$tmp/home" && mkdir -p "$tmp/home"
  # env execs the bundle, so $! is the app itself
  env -i HOME="$tmp/home" TMPDIR="$tmp/tmp" PATH=/usr/bin:/bin LANG=C.UTF-8 DISPLAY="$display" "$EXE" \
    > "$tmp/noargs.txt" 2>&1 &
  app=$!
  window=""
  for _ in $(seq 1200); do  # first start makes the demo center (production key cost): ~10 s here
    # The first-start choice: Enter takes its default, the demo center.
    chooser=$(DISPLAY="$display" xdotool search --onlyvisible --name "시작" 2>/dev/null | head -1 || true)
    [ -n "$chooser" ] && DISPLAY="$display" xdotool key --window "$chooser" Return 2>/dev/null || true
    window=$(DISPLAY="$display" xdotool search --onlyvisible --name "로그인" 2>/dev/null | head -1 || true)
    [ -n "$window" ] && break
    kill -0 "$app" 2>/dev/null || break
    sleep 0.1
  done
  if [ -n "$window" ] && [ -f "$tmp/home/.local/share/Maumdesk/demo/demo.db" ]; then
    pass "login window '$(DISPLAY="$display" xdotool getwindowname "$window")'; demo center in ~/.local/share/Maumdesk/demo"
  else
    fail "no login window"; cat "$tmp/noargs.txt"
  fi
  kill "$app" 2>/dev/null; wait "$app" 2>/dev/null || true
  kill "$xvfb" 2>/dev/null; wait "$xvfb" 2>/dev/null || true
else
  echo "  skip  (needs Xvfb and xdotool: apt-get install xvfb xdotool)"
fi

echo "== shared libraries"
missing=$(cd "$BUNDLE/_internal" && find . -name "*.so*" -type f -print0 \
  | xargs -0 -n 20 env LD_LIBRARY_PATH="$PWD:$PWD/PySide6/Qt/lib" ldd 2>/dev/null | grep "not found" | sort -u || true)
[ -z "$missing" ] && pass "every bundled library finds its dependencies" || fail "missing libraries: $missing"

echo
if [ "$failures" -eq 0 ]; then
  echo "smoke test passed: $EXE"
else
  echo "smoke test FAILED: $failures problem(s)"
  exit 1
fi
