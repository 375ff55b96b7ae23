#!/usr/bin/env bash
# Files through the API against the demo (bin/kyodo run): 4 clients upload, download, compare and remove PDFs for
# 20 s, with 1 MB files and then with 9 MB files, beside the raw-JDBC baseline of the same chunks; meanwhile the
# server's heap after a full GC is sampled every 2 s (jcmd GC.run, then GC.heap_info). A server that held whole
# files would keep clients x file size more in the 9 MB run.
# Usage: bench/files.sh [clients] [seconds]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CP="$ROOT/bench/target/kyodo-bench.jar:$ROOT/bench/target/lib/*"
CLIENTS="${1:-4}"
SECONDS_EACH="${2:-20}"
PID="$(cat "$ROOT/.kyodo/domains/kyodo/config/pid" 2>/dev/null)" || { echo "start the demo first: bin/kyodo run" >&2; exit 1; }
DB_URL="${KYODO_BENCH_DB_URL:-jdbc:mysql://127.0.0.1:3307/kyodo}"

heap_after_gc() { # used heap in MiB after a full collection
  jcmd "$PID" GC.run >/dev/null
  jcmd "$PID" GC.heap_info | sed -n 's/.*total [0-9]*K, used \([0-9]*\)K.*/\1/p' | head -1 | awk '{printf "%.1f", $1 / 1024}'
}

sample() { # name: samples the heap while the transfer with that name runs; prints min/median/max
  local name="$1" pid="$2" samples=()
  while kill -0 "$pid" 2>/dev/null; do
    samples+=("$(heap_after_gc)")
    sleep 2
  done
  printf '%s\n' "${samples[@]}" | sort -n | awk -v n="$name" '{ v[NR] = $1 } END { printf "heap after GC during %s: min %.1f, median %.1f, max %.1f MiB (%d samples)\n", n, v[1], v[int((NR + 1) / 2)], v[NR], NR }'
}

echo "idle heap after GC: $(heap_after_gc) MiB"
for mb in 1 9; do
  out="$(mktemp)"
  java -cp "$CP" jp.kyodonet.bench.FileTransfer http://127.0.0.1:8080/kyodo "$DB_URL" "${KYODO_BENCH_DB_USER:-kyodo}" \
    "${KYODO_BENCH_DB_PASSWORD:-kyodo}" --mb "$mb" --clients "$CLIENTS" --seconds "$SECONDS_EACH" --side api >"$out" 2>&1 &
  load=$!
  sample "the API's $mb MB files" "$load"
  wait "$load"
  java -cp "$CP" jp.kyodonet.bench.FileTransfer http://127.0.0.1:8080/kyodo "$DB_URL" "${KYODO_BENCH_DB_USER:-kyodo}" \
    "${KYODO_BENCH_DB_PASSWORD:-kyodo}" --mb "$mb" --clients "$CLIENTS" --seconds "$SECONDS_EACH" --side jdbc | tail -n 1 >>"$out"
  cat "$out"
  rm -f "$out"
done
echo "idle heap after GC: $(heap_after_gc) MiB"
