#!/usr/bin/env bash
# Times the network meeting materials for all 19 centres against a running demo (bin/kyodo run):
# generating the packet (every centre's page from the records) and rendering its PDF, N times each.
# Usage: bench/materials.sh [base-url] [runs]     e.g. bench/materials.sh http://localhost:8080/kyodo 10
set -euo pipefail
BASE="${1:-http://localhost:8080/kyodo}"
RUNS="${2:-10}"
API="$BASE/api/v1"
token=$(curl -sf -X POST -H 'Content-Type: application/json' -d '{"tenant":"city","role":"network-coordinator"}' \
  "$API/demo/sign-in" | python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])')
auth=(-H "Authorization: Bearer $token")
meeting=$(curl -sf "${auth[@]}" -X POST -H 'Content-Type: application/json' \
  -d "{\"title\":\"ベンチマーク会議 $(date +%s)\",\"date\":\"$(date +%F)\",\"format\":\"VENUE\"}" "$API/network/meetings" \
  | python3 -c 'import json,sys; print(json.load(sys.stdin)["meeting"]["id"])')
gen=()
pdf=()
for i in $(seq 1 "$RUNS"); do
  out=$(curl -sf "${auth[@]}" -X POST -o /tmp/kyodo-bench-materials.json -w '%{time_total}' "$API/network/meetings/$meeting/materials")
  gen+=("$out")
  id=$(python3 -c 'import json; print(json.load(open("/tmp/kyodo-bench-materials.json"))["ref"]["id"])')
  pages=$(python3 -c 'import json; print(len(json.load(open("/tmp/kyodo-bench-materials.json"))["packet"]["wards"]))')
  pdf+=("$(curl -sf "${auth[@]}" -o /tmp/kyodo-bench-materials.pdf -w '%{time_total}' "$API/network/materials/$id/pdf")")
done
python3 - "$pages" "$(stat -c %s /tmp/kyodo-bench-materials.pdf)" "${gen[*]}" "${pdf[*]}" <<'PY'
import statistics, sys
pages, size, gen, pdf = int(sys.argv[1]), int(sys.argv[2]), [float(x) for x in sys.argv[3].split()], [float(x) for x in sys.argv[4].split()]
both = [g + p for g, p in zip(gen, pdf)]
print(f"centres per packet: {pages}; PDF size: {size // 1024} KB; runs: {len(gen)}")
for name, xs in (("generate packet", gen), ("render PDF", pdf), ("generate + PDF", both)):
    print(f"{name:16s} median {statistics.median(xs)*1000:7.0f} ms   max {max(xs)*1000:7.0f} ms")
PY
