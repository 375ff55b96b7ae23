#!/usr/bin/env bash
# Crash while change marks wait (issue 18), against the demo (bin/kyodo run: embedded MariaDB on 3307, server on 8080).
# Eight clients record consultations (received in three fiscal years) and bookings at all 18 ward centres; right
# after the last acknowledged write the server's JVM is killed with SIGKILL. The marks left in kpi_fact_mark are
# counted, the server is started again, and the time until the backlog is 0 is measured; then every fiscal year
# written to is rebuilt from the records, which must write and remove nothing (the facts were right).
# Usage: bench/kpi-crash.sh [writes per client, default 40]          (about two minutes)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BASE=http://127.0.0.1:8080/kyodo
PER_CLIENT="${1:-40}"
RUN="$ROOT/bench/target/kpi-crash$(date +%Y%m%dT%H%M%S)"
mkdir -p "$RUN"
MYSQL=(mysql -h 127.0.0.1 -P 3307 -u kyodo -pkyodo kyodo -N -B)
curl -fsS -o /dev/null "$BASE/api/v1/tenants" || { echo "start the demo first: bin/kyodo run" >&2; exit 1; }
say() { echo "$(date +%T) $*" | tee -a "$RUN/report"; }
token() { curl -fsS -X POST -H 'Content-Type: application/json' -d "{\"tenant\":\"$1\",\"role\":\"$2\"}" \
  "$BASE/api/v1/demo/sign-in" | sed -n 's/.*"token":"\([^"]*\)".*/\1/p'; }
HQ="$(token city hq-analyst)"
WARDS=(aoba asahi hodogaya isogo izumi kanagawa kanazawa kohoku konan midori minami naka nishi sakae seya totsuka tsurumi tsuzuki)
this_year=$(date -d '-3 months' +%Y)   # the fiscal year of today (April to March)

rooms=()
for ward in "${WARDS[@]}"; do
  manager="$(token "$ward" centre-manager)"
  room="$(curl -fsS -X POST -H "Authorization: Bearer $manager" -H 'Content-Type: application/json' "$BASE/api/v1/spaces" \
    -d "{\"name\":\"障害試験室 $RANDOM$RANDOM\",\"kind\":\"ROOM\",\"capacity\":20,\"openingHours\":\"MON=09:00-21:00;TUE=09:00-21:00;WED=09:00-21:00;THU=09:00-21:00;FRI=09:00-21:00;SAT=09:00-21:00;SUN=09:00-21:00\",\"slotMinutes\":30,\"eligible\":[\"REGISTERED_ORGANISATION\",\"CENTRE_INTERNAL\"],\"maxHoursPerDay\":3,\"maxDaysAhead\":90,\"approvalRequired\":false}" \
    | sed -n 's/.*"id":"\([^"]*\)".*/\1/p' | head -1)"
  rooms+=("$room")
done

client() { # number
  local n=$1 ward=${WARDS[$(( $1 % 18 ))]} room=${rooms[$(( $1 % 18 ))]} staff day received code ok=0
  staff="$(token "$ward" centre-staff)"
  for ((k = 0; k < PER_CLIENT; k++)); do
    received=$(date -d "-$(( (k % 3) * 400 )) days" +%F)
    code=$(curl -s -o /dev/null -w '%{http_code}' -X POST -H "Authorization: Bearer $staff" -H 'Content-Type: application/json' \
      "$BASE/api/v1/consultations" -d "{\"receivedOn\":\"$received\",\"channel\":\"COUNTER\",\"requesterKind\":\"CIVIC_GROUP\",\"requesterName\":\"障害 試験\",\"track\":\"CIVIC_ACTIVITY\",\"topics\":[\"ACCOUNTING\"],\"summary\":\"障害試験 $n-$k\"}")
    [ "$code" = 201 ] && ok=$((ok + 1))
    day=$(date -d "+$(( 1 + k ))days" +%F)
    code=$(curl -s -o /dev/null -w '%{http_code}' -X POST -H "Authorization: Bearer $staff" -H 'Content-Type: application/json' \
      "$BASE/api/v1/bookings" -d "{\"spaceId\":\"$room\",\"bookerKind\":\"CENTRE_INTERNAL\",\"bookerName\":\"障害試験\",\"purpose\":\"EVENT_SEMINAR\",\"date\":\"$day\",\"start\":\"$(printf %02d $(( 9 + n / 18 * 2 ))):00\",\"end\":\"$(printf %02d $(( 10 + n / 18 * 2 ))):00\",\"headcount\":10}")
    [ "$code" = 201 ] && ok=$((ok + 1))
  done
  echo "$ok" >"$RUN/acknowledged.$n"
}

say "8 clients, $PER_CLIENT consultations and $PER_CLIENT bookings each"
for n in 0 1 2 3 4 5 6 7; do client "$n" & done
wait
kill -9 "$(cat "$ROOT/.kyodo/domains/kyodo/config/pid")"
killed=$(date +%s%3N)
acknowledged=$(cat "$RUN"/acknowledged.* | paste -sd+ | bc)
say "killed the server (SIGKILL) right after the last of $acknowledged acknowledged writes"
waiting=$("${MYSQL[@]}" -e "SELECT COUNT(*) FROM kpi_fact_mark WHERE stale")
say "marks waiting in kpi_fact_mark after the kill: $waiting"
"$ROOT/bin/kyodo" server-start >/dev/null
started=$(date +%s%3N)
say "server started again in $(( (started - killed) / 1000 )) s"
HQ="$(token city hq-analyst)"
while true; do
  backlog=$(curl -fsS -H "Authorization: Bearer $HQ" "$BASE/api/v1/kpi/facts/status" | sed -n 's/.*"backlog":\([0-9]*\).*/\1/p')
  [ "$backlog" = 0 ] && break
  sleep 0.5
done
drained=$(date +%s%3N)
say "backlog 0 $(( (drained - started) )) ms after the start ($(( (drained - killed) / 1000 )) s after the kill)"
failed=0
for year in $((this_year - 3)) $((this_year - 2)) $((this_year - 1)) $this_year; do
  outcome="$(KYODO_TOKEN="$HQ" "$ROOT/bin/kyodo" kpi-rebuild "$year")"
  say "rebuild FY$year: $outcome"
  echo "$outcome" | grep -q '"written":0,"removed":0' || failed=1
done
[ "$failed" = 0 ] && say "the facts equal a rebuild from the records" || { say "FACTS DIFFERED FROM THE RECORDS"; exit 1; }
