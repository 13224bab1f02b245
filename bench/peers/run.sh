#!/usr/bin/env bash
# Side-by-side speed of tidings and the peer extractors on one core, over the
# 990 annotated pages of trafilatura's evaluation set. See README.md here.
set -euo pipefail

usage() {
  cat <<'EOF'
Usage: bench/peers/run.sh [--pages N] [--only NAMES] [--core C] [--tidings auto|bench|cli] [--no-install]

Times tidings and its peers on one core over the same pages, each page set
loaded into memory before the timed parse + extract loop, and prints a table.

  --pages N        use only the first N of the 990 pages (quick checks)
  --only NAMES     comma-separated subset of: jsdom, linkedom, lxml, boilerpipe, tidings
  --core C         CPU to pin every tool to with taskset (default 0)
  --tidings MODE   bench: $TIDINGS_BUILD/bench/extract_bench --benchmark_filter=Extract
                   cli:   time $TIDINGS_BUILD/tidings extract <pages> -o /dev/null
                   auto:  bench if that executable exists, else cli (default)
  --no-install     do not install missing apt/npm packages, fail instead
  -h, --help       this text

Environment:
  TIDINGS_BUILD      tidings build folder (default: build, relative to the repository)
  TIDINGS_PEERS_DIR  scratch folder for npm packages, pages and compiled drivers
                     (default: $HOME/.cache/tidings-peers); never inside the repository
  TIDINGS_EVAL_DIR   trafilatura evaluation set (default: ../shared/data/extraction/trafilatura-eval)
  PEERS_VERBOSE      set to print each page a peer fails on
EOF
}

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$HERE/../.." && pwd)"
PEERS_DIR="${TIDINGS_PEERS_DIR:-$HOME/.cache/tidings-peers}"
EVAL_DIR="${TIDINGS_EVAL_DIR:-$REPO/../shared/data/extraction/trafilatura-eval}"
BUILD="${TIDINGS_BUILD:-build}"
case "$BUILD" in /*) ;; *) BUILD="$REPO/$BUILD" ;; esac
PY=/usr/bin/python3 # Debian's python, where python3-readability lives
BOILERPIPE_JAR=/usr/share/java/boilerpipe.jar

PAGES=0
ONLY="jsdom,linkedom,lxml,boilerpipe,tidings"
CORE=0
TIDINGS_MODE=auto
INSTALL=1
while [ $# -gt 0 ]; do
  case "$1" in
    --pages) PAGES="${2:?--pages needs a number}"; shift 2 ;;
    --pages=*) PAGES="${1#*=}"; shift ;;
    --only) ONLY="${2:?--only needs names}"; shift 2 ;;
    --only=*) ONLY="${1#*=}"; shift ;;
    --core) CORE="${2:?--core needs a CPU number}"; shift 2 ;;
    --core=*) CORE="${1#*=}"; shift ;;
    --tidings) TIDINGS_MODE="${2:?--tidings needs auto, bench or cli}"; shift 2 ;;
    --tidings=*) TIDINGS_MODE="${1#*=}"; shift ;;
    --no-install) INSTALL=0; shift ;;
    -h | --help) usage; exit 0 ;;
    *) echo "run.sh: unknown argument: $1" >&2; usage >&2; exit 2 ;;
  esac
done
[[ "$PAGES" =~ ^[0-9]+$ ]] || { echo "run.sh: --pages wants a number" >&2; exit 2; }
[[ "$CORE" =~ ^[0-9]+$ ]] || { echo "run.sh: --core wants a CPU number" >&2; exit 2; }
case "$TIDINGS_MODE" in auto | bench | cli) ;; *) echo "run.sh: --tidings auto|bench|cli" >&2; exit 2 ;; esac
declare -A WANT=()
IFS=',' read -r -a names <<<"$ONLY"
for name in "${names[@]}"; do
  case "$name" in
    jsdom | linkedom | lxml | boilerpipe | tidings) WANT[$name]=1 ;;
    *) echo "run.sh: unknown tool '$name' (jsdom, linkedom, lxml, boilerpipe, tidings)" >&2; exit 2 ;;
  esac
done
wants() { [ -n "${WANT[$1]:-}" ]; }

case "$(realpath -m "$PEERS_DIR")/" in
  "$REPO"/*) echo "run.sh: TIDINGS_PEERS_DIR must be outside the repository" >&2; exit 2 ;;
esac
[ -f "$EVAL_DIR/tests/evaldata.json" ] || { echo "run.sh: no $EVAL_DIR/tests/evaldata.json" >&2; exit 2; }

log() { echo "run.sh: $*" >&2; }

# --- 1. tools --------------------------------------------------------------
apt_missing=()
need_apt() { # package...
  local p
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || apt_missing+=("$p")
  done
}
command -v taskset >/dev/null || need_apt util-linux
if wants jsdom || wants linkedom; then
  command -v node >/dev/null || need_apt nodejs
  command -v npm >/dev/null || need_apt npm
fi
wants lxml && need_apt python3 python3-readability
if wants boilerpipe; then
  # boilerpipe.jar's manifest pulls nekohtml.jar and xercesImpl.jar.
  need_apt libboilerpipe-java libnekohtml-java libxerces2-java
  command -v javac >/dev/null || need_apt default-jdk-headless
fi
if [ ${#apt_missing[@]} -gt 0 ]; then
  [ "$INSTALL" = 1 ] || { echo "run.sh: missing Debian packages: ${apt_missing[*]}" >&2; exit 1; }
  SUDO=""
  [ "$(id -u)" = 0 ] || SUDO=sudo
  log "installing ${apt_missing[*]}"
  $SUDO apt-get install -y --no-install-recommends "${apt_missing[@]}" >&2
fi

NPM_DIR="$PEERS_DIR/npm"
if wants jsdom || wants linkedom; then
  mkdir -p "$NPM_DIR"
  if ! cmp -s "$HERE/package.json" "$NPM_DIR/package.json" ||
    ! cmp -s "$HERE/package-lock.json" "$NPM_DIR/package-lock.json" ||
    [ ! -d "$NPM_DIR/node_modules/@mozilla/readability" ]; then
    [ "$INSTALL" = 1 ] || { echo "run.sh: npm packages missing in $NPM_DIR" >&2; exit 1; }
    log "installing npm packages into $NPM_DIR"
    cp "$HERE/package.json" "$HERE/package-lock.json" "$NPM_DIR/"
    npm ci --prefix "$NPM_DIR" --no-audit --no-fund >&2
  fi
  # ES modules resolve packages from their own folder, so the drivers run
  # from the scratch folder next to node_modules.
  cp "$HERE/pages.mjs" "$HERE/readability_jsdom.mjs" "$HERE/readability_linkedom.mjs" "$NPM_DIR/"
fi

JAVA_DIR="$PEERS_DIR/java"
if wants boilerpipe; then
  mkdir -p "$JAVA_DIR"
  if [ ! -f "$JAVA_DIR/Boilerpipe.class" ] || [ "$HERE/Boilerpipe.java" -nt "$JAVA_DIR/Boilerpipe.class" ]; then
    log "compiling Boilerpipe.java"
    javac -d "$JAVA_DIR" -cp "$BOILERPIPE_JAR" "$HERE/Boilerpipe.java"
  fi
fi

# --- 2. pages ----------------------------------------------------------------
PAGE_DIR="$PEERS_DIR/pages"
LIST_ALL="$PEERS_DIR/pages.tsv"
# The stamp stays out of pages/: tidings reads every file in that folder.
STAMP="$PEERS_DIR/pages.complete"
if [ -f "$PAGE_DIR/.complete" ]; then mv "$PAGE_DIR/.complete" "$STAMP"; fi
if [ ! -f "$STAMP" ] || [ ! -f "$LIST_ALL" ]; then
  log "decompressing the evaluation pages into $PAGE_DIR"
  rm -rf "$PAGE_DIR"
  mkdir -p "$PAGE_DIR"
  "$PY" - "$EVAL_DIR/tests" "$PAGE_DIR" "$LIST_ALL" <<'EOF'
import gzip, json, os, sys
tests, out, listing = sys.argv[1:4]
with open(os.path.join(tests, "evaldata.json"), encoding="utf-8") as f:
    data = json.load(f)
with open(listing + ".tmp", "w", encoding="utf-8") as lst:
    for url, entry in data.items():
        name = entry["file"]
        src = os.path.join(tests, "cache", name + ".gz")
        if not os.path.exists(src):
            src = os.path.join(tests, "eval", name + ".gz")
        dst = os.path.join(out, name)
        with gzip.open(src, "rb") as fin, open(dst, "wb") as fout:
            fout.write(fin.read())
        lst.write(f"{dst}\t{url}\n")
os.replace(listing + ".tmp", listing)
EOF
  wc -l <"$LIST_ALL" >"$STAMP"
fi
TOTAL=$(wc -l <"$LIST_ALL")
if [ "$PAGES" = 0 ] || [ "$PAGES" -ge "$TOTAL" ]; then
  PAGES=$TOTAL
fi
LIST="$PEERS_DIR/pages-$PAGES.tsv"
head -n "$PAGES" "$LIST_ALL" >"$LIST"
BYTES=$(cut -f1 "$LIST" | tr '\n' '\0' | xargs -0 cat | wc -c)

# --- 3. runs -----------------------------------------------------------------
RUN_DIR="$(mktemp -d "${TMPDIR:-/tmp}/tidings-peers-run.XXXXXX")"
trap 'rm -rf "$RUN_DIR"' EXIT
RESULTS="$RUN_DIR/results"
: >"$RESULTS"
PIN=(taskset -c "$CORE")
LOAD_BEFORE="$(cut -d' ' -f1-3 /proc/loadavg)"

run_peer() { # label command...
  local label="$1"
  shift
  log "running $label on core $CORE over $PAGES pages"
  if "$@" >"$RUN_DIR/out" 2>"$RUN_DIR/err"; then
    grep -E '^[^ ]+ [0-9]+ [0-9.]+ [0-9.]+ [0-9.-]+' "$RUN_DIR/out" | tee -a "$RESULTS" >&2 || true
  else
    log "$label failed (exit $?); last lines of its stderr:"
    tail -n 5 "$RUN_DIR/err" >&2
    echo "$label FAILED" >>"$RESULTS"
  fi
}

if wants tidings; then
  bench_exe="$BUILD/bench/extract_bench"
  tidings_exe="$BUILD/tidings"
  mode="$TIDINGS_MODE"
  if [ "$mode" = auto ]; then
    if [ -x "$bench_exe" ]; then mode=bench; else mode=cli; fi
  fi
  if [ "$mode" = bench ]; then
    [ -x "$bench_exe" ] || { echo "run.sh: no $bench_exe (build it, or use --tidings cli)" >&2; exit 1; }
    log "running $bench_exe --benchmark_filter=Extract on core $CORE (its own page set)"
    if "${PIN[@]}" "$bench_exe" --benchmark_filter=Extract \
      --benchmark_out="$RUN_DIR/bench.json" --benchmark_out_format=json >"$RUN_DIR/bench.txt" 2>&1; then
      # One row per benchmark, from the pages (items) and bytes it reports.
      "$PY" - "$RUN_DIR/bench.json" >>"$RESULTS" <<'EOF' || log "could not read extract_bench's output"
import json, sys
scale = {"ns": 1e-9, "us": 1e-6, "ms": 1e-3, "s": 1.0}
rows = 0
for b in json.load(open(sys.argv[1]))["benchmarks"]:
    if b.get("run_type") == "aggregate" or "items_per_second" not in b:
        continue
    # Google Benchmark's rates are per CPU second; the peers' per wall second.
    unit = scale[b.get("time_unit", "ns")]
    wall = b["real_time"] * unit * b["iterations"]
    cpu = b["cpu_time"] * unit * b["iterations"]
    pages = b["items_per_second"] * cpu
    nbytes = b.get("bytes_per_second", 0) * cpu
    mbps = f"{nbytes / 1e6 / wall:.2f}" if nbytes else "-"
    name = "tidings[" + b["name"].replace(" ", "_") + "]"
    print(f"{name} {round(pages)} {wall:.3f} {pages / wall:.2f} {mbps} errors=- empty=- cpu={cpu:.3f}")
    rows += 1
if rows == 0:
    sys.exit("extract_bench reported no items_per_second")
EOF
      grep '^tidings\[' "$RESULTS" >&2 || true
      if [ "$PAGES" != "$TOTAL" ]; then
        echo "extract_bench ran over its own page set, not the first $PAGES pages" >>"$RUN_DIR/warnings"
      fi
    else
      log "extract_bench failed; its output:"
      tail -n 10 "$RUN_DIR/bench.txt" >&2
      echo "tidings[extract_bench] FAILED" >>"$RESULTS"
    fi
  else
    [ -x "$tidings_exe" ] || { echo "run.sh: no $tidings_exe (build first, or set TIDINGS_BUILD)" >&2; exit 1; }
    if [ "$PAGES" = "$TOTAL" ]; then
      input="$PAGE_DIR"
    else
      # A folder holding exactly the chosen pages, hard links into pages/.
      input="$PEERS_DIR/subset-$PAGES"
      rm -rf "$input"
      mkdir -p "$input"
      cut -f1 "$LIST" | tr '\n' '\0' | xargs -0 ln -t "$input" 2>/dev/null ||
        cut -f1 "$LIST" | tr '\n' '\0' | xargs -0 cp -t "$input"
    fi
    log "running tidings extract on core $CORE over $PAGES pages (whole process: reading files and writing JSON included)"
    cat "$LIST" >/dev/null # warm the page cache, as the peers read before timing
    set +e
    TIMEFORMAT='%R %U %S'
    { time "${PIN[@]}" "$tidings_exe" extract "$input" -o /dev/null 2>"$RUN_DIR/err"; } 2>"$RUN_DIR/time"
    rc=$?
    set -e
    read -r wall user sys <"$RUN_DIR/time"
    if [ "$rc" -le 1 ]; then
      rejected=$(grep -oE '[0-9]+ rejected' "$RUN_DIR/err" | tail -n 1 | cut -d' ' -f1)
      read_count=$(grep -oE '[0-9]+ records read' "$RUN_DIR/err" | tail -n 1 | cut -d' ' -f1)
      comparable=yes
      if [ "${read_count:-?}" != "$PAGES" ]; then
        comparable=no
        log "WARNING: tidings extract read ${read_count:-?} records, not $PAGES: its figures are not comparable"
        echo "tidings extract read ${read_count:-?} records for $PAGES pages: its row is not comparable" >>"$RUN_DIR/warnings"
      fi
      awk -v n="$PAGES" -v s="$wall" -v u="$user" -v y="$sys" -v b="$BYTES" -v e="${rejected:--}" -v c="$comparable" 'BEGIN {
        printf "tidings[cli] %d %.3f %.2f %.2f errors=%s empty=- cpu=%.3f comparable=%s\n", n, s, n / s, b / 1e6 / s, e, u + y, c }' |
        tee -a "$RESULTS" >&2
    else
      log "tidings extract failed (exit $rc):"
      tail -n 5 "$RUN_DIR/err" >&2
      echo "tidings[cli] FAILED" >>"$RESULTS"
    fi
  fi
fi

wants boilerpipe && run_peer boilerpipe \
  "${PIN[@]}" java -cp "$JAVA_DIR:$BOILERPIPE_JAR" Boilerpipe "$LIST"
wants linkedom && run_peer readability.js+linkedom \
  "${PIN[@]}" node --max-old-space-size=4096 "$NPM_DIR/readability_linkedom.mjs" "$LIST"
wants lxml && run_peer readability-lxml \
  "${PIN[@]}" "$PY" "$HERE/readability_lxml.py" "$LIST"
wants jsdom && run_peer readability.js+jsdom \
  "${PIN[@]}" node --max-old-space-size=4096 "$NPM_DIR/readability_jsdom.mjs" "$LIST"

# --- 4. table ----------------------------------------------------------------
LOAD_AFTER="$(cut -d' ' -f1-3 /proc/loadavg)"
CPU_MODEL="$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')"
touch "$RUN_DIR/warnings"
"$PY" - "$RESULTS" "$PAGES" "$BYTES" "$CORE" "$(nproc --all)" "$CPU_MODEL" "$LOAD_BEFORE" "$LOAD_AFTER" "$RUN_DIR/warnings" <<'EOF'
import sys
results, pages, nbytes, core, ncpu, cpu_model, load0, load1, warnings = sys.argv[1:10]
rows = []
for line in open(results):
    f = line.split()
    if len(f) >= 2 and f[1] == "FAILED":
        rows.append((f[0], None))
        continue
    extra = dict(x.split("=", 1) for x in f[5:] if "=" in x)
    n, wall, cpu = int(f[1]), float(f[2]), float(extra.get("cpu", "nan"))
    mb = float(f[4]) * wall if f[4] != "-" else float("nan")
    rows.append((f[0], dict(pages=n, seconds=wall, cpu=cpu, pps=n / wall, mbps=mb / wall,
                            cpu_pps=n / cpu if cpu > 0 else float("nan"),
                            cpu_mbps=mb / cpu if cpu > 0 else float("nan"),
                            errors=extra.get("errors", "-"), empty=extra.get("empty", "-"),
                            comparable=extra.get("comparable", "yes") == "yes")))
ref = next((r for n, r in rows if n.startswith("tidings") and r and r["comparable"]), None)
print(f"Extraction speed on one core (CPU {core} of {ncpu}: {cpu_model})")
print(f"{pages} pages, {int(nbytes) / 1e6:.1f} MB of HTML; load average before {load0}, after {load1}")
print()
def num(x, fmt):
    return "-" if x != x else format(x, fmt)  # NaN as "-"
head = (f"{'tool':<28} {'pages':>6} {'errors':>6} {'empty':>5} | {'wall s':>8} {'pages/s':>8} {'MB/s':>7}"
        f" | {'CPU s':>8} {'pages/s':>8} {'MB/s':>7} | {'rel.':>8}")
print(head)
print("-" * len(head))
for name, r in rows:
    if r is None:
        print(f"{name:<28} {'FAILED':>6}")
        continue
    rel = f"{r['cpu_pps'] / ref['cpu_pps']:.3g}x" if ref and r["comparable"] else "-"
    print(f"{name:<28} {r['pages']:>6} {r['errors']:>6} {r['empty']:>5} |"
          f" {r['seconds']:>8.2f} {num(r['pps'], '.1f'):>8} {num(r['mbps'], '.2f'):>7} |"
          f" {num(r['cpu'], '.2f'):>8} {num(r['cpu_pps'], '.1f'):>8} {num(r['cpu_mbps'], '.2f'):>7} | {rel:>8}")
print()
print("Timed: parse + extract with every page already in memory (boilerpipe: cold = first pass in a fresh JVM,")
print("warm = second pass in the same JVM). tidings[cli] times the whole process, reading files and writing JSON")
print("included; tidings[BM_*] rows come from bench/extract_bench and its own page set (every page under")
print("trafilatura-eval/tests, decoded to UTF-8 before timing). CPU s = CPU time of the whole process (JIT and GC")
print("threads included), less disturbed by other load on the core than wall time; rel. = CPU pages/s over")
print("tidings'. errors = pages the tool crashed on (their time counts); empty = pages it returned no text for.")
for w in open(warnings):
    print("WARNING: " + w.strip())
EOF
