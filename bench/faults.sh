#!/usr/bin/env bash
# Faults under a write load, against the demo (bin/kyodo run: embedded MariaDB on 3307, server on 8080).
# Four clients record consultations all along (bench Faults: 10 s timeout, retry with the same Idempotency-Key);
# meanwhile the database is killed with SIGKILL and started again, then stopped cleanly (bin/kyodo db-stop) and
# started again; then the server (Payara's JVM) is killed with SIGKILL and started again, then stopped cleanly
# (asadmin stop-domain) and started again. At the end every acknowledged write is looked up in the database (0 may be
# lost), and the timeline shows when writes failed and came back and what /health/ready said. A clean stop must keep
# every row as a kill does (a clean stop of the embedded database once deleted its data folder under /tmp).
# Usage: bench/faults.sh [db|server|both]          (default both; about four minutes)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CP="$ROOT/bench/target/kyodo-bench.jar:$ROOT/bench/target/lib/*"
WHICH="${1:-both}"
RUN="$ROOT/bench/target/faults$(date +%Y%m%dT%H%M%S)"
mkdir -p "$RUN"
curl -fsS -o /dev/null http://127.0.0.1:8080/kyodo/api/v1/tenants || { echo "start the demo first: bin/kyodo run" >&2; exit 1; }
event() { echo "$(date +%s%3N) $*" >>"$RUN/events"; echo "$(date +%T) $*"; }

case "$WHICH" in db) seconds=100 ;; server) seconds=170 ;; *) seconds=260 ;; esac
java -cp "$CP" jp.kyodonet.bench.Faults http://127.0.0.1:8080/kyodo "jdbc:mysql://127.0.0.1:3307/kyodo" kyodo kyodo "$RUN" \
  --seconds "$seconds" --clients 4 >"$RUN/report" 2>&1 &
load=$!
sleep 12
if [ "$WHICH" != server ]; then
  event "killed the database (SIGKILL to mariadbd and its launcher)"
  pkill -9 -f 'mariadbd.*--port=3307' || pkill -9 -f "mariadbd.*$ROOT/.kyodo/db" || true
  kill -9 "$(cat "$ROOT/.kyodo/db/pid")" 2>/dev/null || true
  sleep 10
  event "restarted the database"
  "$ROOT/bin/kyodo" db-start
  sleep 20
  event "stopped the database cleanly (bin/kyodo db-stop)"
  "$ROOT/bin/kyodo" db-stop
  [ -d "$ROOT/.kyodo/db/data/kyodo" ] || { event "the data folder is gone after a clean stop"; exit 1; }
  sleep 5
  event "started the database again (bin/kyodo db-start)"
  "$ROOT/bin/kyodo" db-start
  sleep 20
fi
if [ "$WHICH" != db ]; then
  event "killed the server (SIGKILL to Payara's JVM)"
  kill -9 "$(cat "$ROOT/.kyodo/domains/kyodo/config/pid")"
  sleep 5
  event "restarted the server"
  "$ROOT/bin/kyodo" server-start
  sleep 15
  event "stopped the server cleanly (asadmin stop-domain)"
  "$ROOT/.kyodo/payara-"*/payara6/bin/asadmin stop-domain --domaindir "$ROOT/.kyodo/domains" kyodo >/dev/null
  sleep 5
  event "started the server again"
  "$ROOT/bin/kyodo" server-start
fi
status=0
wait "$load" || status=$?
cat "$RUN/report"
exit "$status"
