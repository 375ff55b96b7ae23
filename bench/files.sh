#!/usr/bin/env bash
# Files through the API against the demo (bin/kyodo run): 4 clients upload, download, compare and remove PDFs for
# 20 s, with 1 MB files and then with 9 MB files, beside the raw-JDBC baseline of the same chunks; meanwhile the
# server's live byte arrays and live heap are sampled every second (jcmd GC.class_histogram: a full collection, then
# a count of what is still reachable, at one safepoint). A server that held whole files would keep clients x file
# size more byte arrays alive in the 9 MB run (4 x 9 MB = 36 MiB, twice that with a download beside each upload).
# Usage: bench/files.sh [clients] [seconds]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CP="$ROOT/bench/target/kyodo-bench.jar:$ROOT/bench/target/lib/*"
CLIENTS="${1:-4}"
SECONDS_EACH="${2:-20}"
OPS="${3:-both}" # up, down or both
PID="$(cat "$ROOT/.kyodo/domains/kyodo/config/pid" 2>/dev/null)" || { echo "start the demo first: bin/kyodo run" >&2; exit 1; }
DB_URL="${KYODO_BENCH_DB_URL:-jdbc:mysql://127.0.0.1:3307/kyodo}"

live() { # "byte[] MiB, all MiB" reachable after a full collection
  jcmd "$PID" GC.class_histogram 2>/dev/null | awk '$4 == "[B" { b = $3 } $1 == "Total" { t = $3 } END { printf "%.1f %.1f", b / 1048576, t / 1048576 }'
}

sample() { # name pid: samples while the transfer runs; prints min/median/max of each
  local name="$1" pid="$2" file
  file="$(mktemp)"
  sleep 3 # the clients' first files are under way
  while kill -0 "$pid" 2>/dev/null; do
    live >>"$file"; echo >>"$file"
    sleep 1
  done
  for col in 1 2; do
    awk -v c=$col 'NF { print $c }' "$file" | sort -n | awk -v n="$name" -v c=$col '{ v[NR] = $1 } END {
      printf "live %s during %s: min %.1f, median %.1f, max %.1f MiB (%d samples)\n", (c == 1 ? "byte[]" : "heap"), n, v[1], v[int((NR + 1) / 2)], v[NR], NR }'
  done
  rm -f "$file"
}

echo "idle: byte[] and heap live (MiB): $(live)"
for mb in 1 9; do
  out="$(mktemp)"
  java -cp "$CP" jp.kyodonet.bench.FileTransfer http://127.0.0.1:8080/kyodo "$DB_URL" "${KYODO_BENCH_DB_USER:-kyodo}" \
    "${KYODO_BENCH_DB_PASSWORD:-kyodo}" --mb "$mb" --clients "$CLIENTS" --seconds "$SECONDS_EACH" --side api --ops "$OPS" >"$out" 2>&1 &
  load=$!
  sample "the API's $mb MB files" "$load"
  wait "$load"
  java -cp "$CP" jp.kyodonet.bench.FileTransfer http://127.0.0.1:8080/kyodo "$DB_URL" "${KYODO_BENCH_DB_USER:-kyodo}" \
    "${KYODO_BENCH_DB_PASSWORD:-kyodo}" --mb "$mb" --clients "$CLIENTS" --seconds "$SECONDS_EACH" --side jdbc | tail -n 1 >>"$out"
  cat "$out"
  rm -f "$out"
done
echo "idle: byte[] and heap live (MiB): $(live)"
