#!/usr/bin/env bash
# Soak: a fixed request rate for a fixed time against the demo (bin/kyodo run), 0 errors allowed, and the server's
# heap after a full GC sampled every 30 s (jcmd GC.run, then GC.heap_info) to show whether memory grows.
# Usage: bench/soak.sh [minutes] [requests-per-second]      (default 10 minutes at 20 req/s)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CP="$ROOT/bench/target/kyodo-bench.jar:$ROOT/bench/target/lib/*"
MINUTES="${1:-10}"
RATE="${2:-20}"
PID="$(cat "$ROOT/.kyodo/domains/kyodo/config/pid" 2>/dev/null)" || { echo "start the demo first: bin/kyodo run" >&2; exit 1; }
OUT="$ROOT/bench/target/soak$(date +%Y%m%dT%H%M%S)"
mkdir -p "$OUT"

heap_after_gc() { # prints used heap in MiB after a full collection
  jcmd "$PID" GC.run >/dev/null
  jcmd "$PID" GC.heap_info | sed -n 's/.*total [0-9]*K, used \([0-9]*\)K.*/\1/p' | head -1 | awk '{printf "%.1f", $1 / 1024}'
}

java -cp "$CP" jp.kyodonet.bench.Soak http://127.0.0.1:8080/kyodo --minutes "$MINUTES" --rate "$RATE" >"$OUT/load" 2>&1 &
load=$!
echo "seconds heap_after_gc_MiB" >"$OUT/heap"
started=$(date +%s)
while kill -0 "$load" 2>/dev/null; do
  echo "$(($(date +%s) - started)) $(heap_after_gc)" >>"$OUT/heap"
  for _ in $(seq 30); do kill -0 "$load" 2>/dev/null || break; sleep 1; done
done
status=0
wait "$load" || status=$?
echo "$(($(date +%s) - started)) $(heap_after_gc)" >>"$OUT/heap"
cat "$OUT/load"
echo "heap after GC (MiB) every 30 s:"
tr '\n' ' ' <"$OUT/heap" | sed 's/seconds heap_after_gc_MiB //'; echo
# growth: least-squares slope over the samples after the first two minutes (class loading and caches warm up first)
awk 'NR > 1 && $1 >= 120 { n++; sx += $1; sy += $2; sxy += $1 * $2; sxx += $1 * $1 }
     END { if (n > 2) { slope = (n * sxy - sx * sy) / (n * sxx - sx * sx); printf "heap trend after warm-up: %+.2f MiB per minute over %d samples\n", slope * 60, n } }' "$OUT/heap"
exit "$status"
