#!/usr/bin/env bash
# HQ dashboard read path at 19 centres x 10 fiscal years, against a running demo (bin/kyodo run).
# Seeds KPI facts for FY2014-FY2023 (every monthly indicator per centre and month, plus the yearly ones, a room
# breakdown and a response-days distribution) straight into kpi_fact of the demo's embedded database, then times
# the HQ city view (one indicator, 19 centres ranked, city total, months, 5 years of trend) and the committee
# summary (every indicator x 19 centres). The seeded years hold no records, so the script removes its rows at the
# end (a recomputation of a centre would remove them too).
# Usage: bench/hq-dashboard.sh [base-url] [requests]      e.g. bench/hq-dashboard.sh http://localhost:8080/kyodo 400
set -euo pipefail
BASE="${1:-http://localhost:8080/kyodo}"
REQUESTS="${2:-400}"
DB=(mysql -h 127.0.0.1 -P "${KYODO_DB_PORT:-3307}" -u kyodo -pkyodo kyodo)
command -v mysql >/dev/null || { echo "needs the mysql client (apt-get install mariadb-client)" >&2; exit 1; }

python3 - "$BASE" <<'PY' > /tmp/kyodo-bench-facts.sql
import json, random, sys, urllib.request
base = sys.argv[1]
catalogue = json.load(urllib.request.urlopen(base + "/api/v1/kpi/catalogue"))["indicators"]
tenants = [t["id"] for t in json.load(urllib.request.urlopen(base + "/api/v1/tenants"))]
random.seed(8)
rows = []
for t in tenants:
    size = random.choice([0.3, 0.6, 1.0, 1.5, 4.0])
    for fy in range(2014, 2024):
        for ind in catalogue:
            code, agg, period = ind["code"], ind["aggregation"], ind.get("period", "MONTH")
            if agg in ("RATE", "RATIO"):
                continue
            months = [0] if period == "YEAR" else range(1, 13)
            for m in months:
                if agg == "MEDIAN":
                    for days in range(0, 15):
                        rows.append((t, ind["source"], fy, m, code, str(days), random.randint(0, int(4 * size) + 1)))
                elif code in ("bookings.bookedHours", "bookings.openHours"):
                    for room in ("会議室A", "会議室B", "協働ラボ"):
                        v = 300 if code.endswith("openHours") else random.randint(20, 200)
                        rows.append((t, ind["source"], fy, m, code, room, v))
                else:
                    rows.append((t, ind["source"], fy, m, code, "", random.randint(0, int(60 * size))))
print("DELETE FROM kpi_fact WHERE fiscal_year BETWEEN 2014 AND 2023;")
for i in range(0, len(rows), 1000):
    chunk = rows[i:i + 1000]
    print("INSERT INTO kpi_fact (tenant_id, source, fiscal_year, month, code, dim, value) VALUES "
          + ",".join(f"('{t}','{s}',{fy},{m},'{c}','{d}',{v})" for t, s, fy, m, c, d, v in chunk) + ";")
print(f"-- {len(rows)} rows", file=sys.stderr)
PY
"${DB[@]}" < /tmp/kyodo-bench-facts.sql
echo "seeded $("${DB[@]}" -N -e 'SELECT COUNT(*) FROM kpi_fact WHERE fiscal_year BETWEEN 2014 AND 2023') fact rows (19 centres x FY2014-FY2023)"

python3 - "$BASE" "$REQUESTS" <<'PY'
import json, statistics, sys, time, urllib.request
base, n = sys.argv[1], int(sys.argv[2])
api = base + "/api/v1"
req = urllib.request.Request(api + "/demo/sign-in", data=json.dumps({"tenant": "city", "role": "hq-analyst"}).encode(),
                             headers={"Content-Type": "application/json"})
token = json.load(urllib.request.urlopen(req))["token"]
codes = [i["code"] for i in json.load(urllib.request.urlopen(api + "/kpi/catalogue"))["indicators"]]
def get(path):
    r = urllib.request.Request(api + path, headers={"Authorization": "Bearer " + token})
    t0 = time.perf_counter()
    body = urllib.request.urlopen(r).read()
    return time.perf_counter() - t0, body
first = json.loads(get("/kpi/city?code=consultations.received&fiscalYear=2023")[1])
assert len(first["centres"]) == 19 and len(first["years"]) == 5, first
for _ in range(30):  # warm-up
    get("/kpi/city?code=consultations.received&fiscalYear=2023")
def measure(label, paths):
    times = [get(p)[0] * 1000 for p in paths]
    times.sort()
    q = lambda p: times[min(len(times) - 1, int(round(p * (len(times) - 1))))]
    print(f"{label:44s} n={len(times):4d}  p50 {q(0.50):6.1f} ms  p95 {q(0.95):6.1f} ms  p99 {q(0.99):6.1f} ms  max {times[-1]:6.1f} ms")
measure("HQ city view (1 indicator, 19 centres, 5 FY)", [f"/kpi/city?code={codes[i % len(codes)]}&fiscalYear={2019 + i % 5}" for i in range(n)])
measure("committee summary (34 indicators x 19)", [f"/kpi/city/summary?fiscalYear={2019 + i % 5}" for i in range(max(50, n // 4))])
measure("centre dashboard (HQ drill-down)", [f"/kpi/dashboard?centre=nishi&fiscalYear={2019 + i % 5}" for i in range(max(50, n // 4))])
PY
"${DB[@]}" -e 'DELETE FROM kpi_fact WHERE fiscal_year BETWEEN 2014 AND 2023'
echo "seeded rows removed"
