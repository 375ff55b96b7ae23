# The product on a real cluster on this machine (sourced by bin/kyodo: `bin/kyodo cluster up|failover|status|down`).
#
#   MariaDB primary   127.0.0.1:3316   Debian's mariadbd, binary log, GTID
#   MariaDB replica   127.0.0.1:3317   replicating from the primary (configured here), read-only
#   Payara DAS        admin 127.0.0.1:29048 (domain in .kyodo/cluster/domains)
#   deployment group  kyodo-dg: instances i1 (HTTP 127.0.0.1:29180) and i2 (29280) on one configuration
#                     kyodo-dg-config, the data grid (Hazelcast) on, persistent EJB timers in the data grid;
#                     jdbc/kyodo on the primary, jdbc/kyodo-reports (the dashboards' reads) on the replica
#   HAProxy           127.0.0.1:29090, health-checked on /health/ready every second
#
# Everything lives in .kyodo/cluster (KYODO_CLUSTER_DIR); `down` stops it and keeps the data, `down --purge` removes
# it. The demo's settings (demo sign-in, demo data) as `bin/kyodo run`, without Keycloak.
CLUSTER_DIR="${KYODO_CLUSTER_DIR:-$HOME_DIR/cluster}"
CLUSTER_DAS_PORTBASE=29000
CLUSTER_INSTANCES=(i1:29100 i2:29200)
CLUSTER_LB_PORT=29090
CLUSTER_PRIMARY_PORT=3316
CLUSTER_REPLICA_PORT=3317
CLUSTER_NODE=kyodo-node
CLUSTER_GROUP=kyodo-dg
CLUSTER_CONFIG=kyodo-dg-config
CLUSTER_BASE="http://127.0.0.1:$CLUSTER_LB_PORT/kyodo"

cluster_asadmin() {
  "$ASADMIN" --host 127.0.0.1 --port $((CLUSTER_DAS_PORTBASE + 48)) --user admin \
    --passwordfile "$CLUSTER_DIR/domains/admin.password" "$@"
}

cluster_sql() { # primary|replica sql...
  local which="$1"; shift
  mariadb --no-defaults --socket="$CLUSTER_DIR/db-$which/socket" -uroot "$@"
}

# A MariaDB server of Debian's package in CLUSTER_DIR/db-NAME (installed when missing), started unless it runs.
cluster_db_start() { # name port server-id extra-options...
  local name="$1" port="$2" id="$3"; shift 3
  local dir="$CLUSTER_DIR/db-$name" i
  if [ -f "$dir/pid" ] && kill -0 "$(cat "$dir/pid")" 2>/dev/null; then return 0; fi
  command -v mariadbd >/dev/null || { apt-get update -qq >/dev/null; apt-get install -y -qq mariadb-server >/dev/null; }
  mkdir -p "$dir"
  if [ ! -d "$dir/data/mysql" ]; then
    mariadb-install-db --no-defaults --datadir="$dir/data" --user=root --auth-root-authentication-method=normal \
      --skip-test-db >"$dir/install.log" 2>&1 || { cat "$dir/install.log" >&2; die "mariadb-install-db failed in $dir"; }
  fi
  nohup mariadbd --no-defaults --user=root --datadir="$dir/data" --port="$port" --bind-address=127.0.0.1 \
    --socket="$dir/socket" --pid-file="$dir/pid" --log-error="$dir/error.log" --server-id="$id" \
    --log-bin="$dir/data/binlog" --binlog-format=ROW --innodb-buffer-pool-size=256M --max-connections=400 \
    --character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci "$@" >/dev/null 2>&1 &
  for ((i = 0; i < 60; i++)); do
    cluster_sql "$name" -e 'SELECT 1' >/dev/null 2>&1 && { say "MariaDB $name ready on 127.0.0.1:$port"; return 0; }
    sleep 1
  done
  tail -20 "$dir/error.log" >&2; die "MariaDB $name did not start (log: $dir/error.log)"
}

# The primary, the replica and the replication between them; the schema kyodo and its user on the primary, which the
# replica receives through replication.
cluster_databases() {
  local fresh=no
  [ -d "$CLUSTER_DIR/db-primary/data/mysql" ] || fresh=yes
  cluster_db_start primary "$CLUSTER_PRIMARY_PORT" 1
  cluster_db_start replica "$CLUSTER_REPLICA_PORT" 2 --read-only=1 --relay-log="$CLUSTER_DIR/db-replica/data/relay"
  if [ "$fresh" = yes ]; then
    local secret; secret="$(head -c 32 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 20)"
    cluster_sql primary -e "CREATE USER 'replicator'@'127.0.0.1' IDENTIFIED BY '$secret';
      GRANT REPLICATION SLAVE ON *.* TO 'replicator'@'127.0.0.1';"
    cluster_sql replica -e "CHANGE MASTER TO MASTER_HOST='127.0.0.1', MASTER_PORT=$CLUSTER_PRIMARY_PORT,
      MASTER_USER='replicator', MASTER_PASSWORD='$secret', MASTER_USE_GTID=slave_pos; START SLAVE;"
    cluster_sql primary -e "CREATE DATABASE kyodo CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
      CREATE USER 'kyodo'@'127.0.0.1' IDENTIFIED BY 'kyodo'; CREATE USER 'kyodo'@'localhost' IDENTIFIED BY 'kyodo';
      GRANT ALL PRIVILEGES ON kyodo.* TO 'kyodo'@'127.0.0.1'; GRANT ALL PRIVILEGES ON kyodo.* TO 'kyodo'@'localhost';"
  fi
  local i
  for ((i = 0; i < 30; i++)); do
    cluster_sql replica -e "SHOW DATABASES LIKE 'kyodo'" | grep -q kyodo && break
    sleep 1
  done
  cluster_sql replica -e "SHOW SLAVE STATUS\G" | grep -E 'Slave_(IO|SQL)_Running:' | tr -s ' ' | paste -sd' ' >&2
}

# The DAS, the configuration of the group, the group and its instances, the data sources and the deployment.
cluster_payara() {
  local domaindir="$CLUSTER_DIR/domains" P="configs.config.$CLUSTER_CONFIG"
  make_keys "$CLUSTER_DIR/keys"
  create_domain "$domaindir" "$CLUSTER_DAS_PORTBASE"
  "$ASADMIN" start-domain --domaindir "$domaindir" kyodo >/dev/null
  listen_on_loopback server-config cluster_asadmin
  cluster_asadmin copy-config default-config "$CLUSTER_CONFIG" >/dev/null
  listen_on_loopback "$CLUSTER_CONFIG" cluster_asadmin
  cluster_asadmin set "$P.security-service.activate-default-principal-to-role-mapping=true" \
    "$P.ejb-container.ejb-timer-service.ejb-timer-service=DataGrid" >/dev/null
  # the application's settings, as system properties of the group's configuration (MicroProfile Config reads them)
  local settings=(
    "mp.jwt.verify.publickey.location=file://$CLUSTER_DIR/keys/public.pem" "mp.jwt.verify.issuer=urn:kyodonet:demo"
    platform.mode=demo platform.demo-sign-in.enabled=true
    "platform.demo-sign-in.private-key-location=$CLUSTER_DIR/keys/private.pem" platform.demo-data.enabled=true
    platform.demo-sign-in.token-minutes=480 platform.token.max-age-minutes=480)
  local property joined=""
  for property in "${settings[@]}"; do
    joined+="${joined:+:}${property%%=*}=$(escape_property "${property#*=}")"
  done
  cluster_asadmin create-system-properties --target "$CLUSTER_CONFIG" "$joined" >/dev/null
  cluster_asadmin create-node-config --nodehost localhost --installdir "$PAYARA" \
    --nodedir "$CLUSTER_DIR/nodes" "$CLUSTER_NODE" >/dev/null
  cluster_asadmin create-deployment-group "$CLUSTER_GROUP" >/dev/null
  local instance
  for instance in "${CLUSTER_INSTANCES[@]}"; do
    cluster_asadmin create-instance --node "$CLUSTER_NODE" --config "$CLUSTER_CONFIG" \
      --portbase "${instance#*:}" "${instance%%:*}" >/dev/null
    cluster_asadmin add-instance-to-deployment-group --instance "${instance%%:*}" \
      --deploymentgroup "$CLUSTER_GROUP" >/dev/null
    # the JMS broker is off (listen_on_loopback): no default JMS connection factory to fail at every start
    cluster_asadmin delete-resource-ref --target "${instance%%:*}" jms/__defaultConnectionFactory >/dev/null
  done
  create_pool kyodo-pool "jdbc:mysql://127.0.0.1:$CLUSTER_PRIMARY_PORT/kyodo" kyodo kyodo cluster_asadmin
  create_pool kyodo-replica-pool "jdbc:mysql://127.0.0.1:$CLUSTER_REPLICA_PORT/kyodo" kyodo kyodo cluster_asadmin
  cluster_asadmin create-jdbc-resource --target "$CLUSTER_GROUP" --connectionpoolid kyodo-pool jdbc/kyodo >/dev/null
  cluster_asadmin create-jdbc-resource --target "$CLUSTER_GROUP" --connectionpoolid kyodo-replica-pool \
    jdbc/kyodo-reports >/dev/null
  cluster_asadmin deploy --target "$CLUSTER_GROUP" --name kyodo "$EAR" >/dev/null
  touch "$domaindir/complete"
}

cluster_instance_pid() { # instance
  cat "$CLUSTER_DIR/nodes/$CLUSTER_NODE/$1/config/pid" 2>/dev/null || true
}

cluster_instance_start() { # instance
  "$ASADMIN" start-local-instance --nodedir "$CLUSTER_DIR/nodes" --node "$CLUSTER_NODE" "$1" >/dev/null
}

cluster_balancer() {
  command -v haproxy >/dev/null || { apt-get update -qq >/dev/null; apt-get install -y -qq haproxy >/dev/null; }
  local cfg="$CLUSTER_DIR/haproxy.cfg" instance servers=""
  for instance in "${CLUSTER_INSTANCES[@]}"; do
    servers+="  server ${instance%%:*} 127.0.0.1:$((${instance#*:} + 80)) check"$'\n'
  done
  cat >"$cfg" <<EOF
global
  maxconn 512
defaults
  mode http
  timeout connect 2s
  timeout client 60s
  timeout server 60s
  retries 2
  option redispatch
frontend kyodo
  bind 127.0.0.1:$CLUSTER_LB_PORT
  default_backend payara
backend payara
  balance roundrobin
  option httpchk GET /health/ready
  http-check expect status 200
  default-server inter 1s fall 2 rise 2
$servers
EOF
  [ -f "$CLUSTER_DIR/haproxy.pid" ] && kill "$(cat "$CLUSTER_DIR/haproxy.pid")" 2>/dev/null || true
  haproxy -f "$cfg" -D -p "$CLUSTER_DIR/haproxy.pid" || die "HAProxy did not start ($cfg)"
}

cluster_up() {
  [ -f "$EAR" ] || die "no EAR at $EAR (run the build: mvn -DskipTests -DskipITs install)"
  mkdir -p "$CLUSTER_DIR"
  local started; started=$(date +%s)
  cluster_databases
  if [ -f "$CLUSTER_DIR/domains/complete" ]; then
    "$ASADMIN" start-domain --domaindir "$CLUSTER_DIR/domains" kyodo >/dev/null 2>&1 || true
  else
    cluster_payara
  fi
  cluster_asadmin start-deployment-group "$CLUSTER_GROUP" >/dev/null \
    || die "the deployment group did not start (logs: $CLUSTER_DIR/nodes/$CLUSTER_NODE/*/logs/server.log)"
  cluster_balancer
  wait_for "$CLUSTER_BASE/api/v1/tenants" 180 || die "the cluster does not answer at $CLUSTER_BASE"
  say "cluster up in $(($(date +%s) - started)) s: $CLUSTER_BASE (HAProxy) -> i1 127.0.0.1:29180, i2 127.0.0.1:29280;"
  say "  MariaDB primary 127.0.0.1:$CLUSTER_PRIMARY_PORT, replica 127.0.0.1:$CLUSTER_REPLICA_PORT (the dashboards read it)"
  say "  portal: $CLUSTER_BASE/   stop: bin/kyodo cluster down"
}

cluster_down() { # [--purge]
  [ -f "$CLUSTER_DIR/haproxy.pid" ] && kill "$(cat "$CLUSTER_DIR/haproxy.pid")" 2>/dev/null || true
  rm -f "$CLUSTER_DIR/haproxy.pid"
  if [ -f "$CLUSTER_DIR/domains/admin.password" ]; then
    cluster_asadmin stop-deployment-group "$CLUSTER_GROUP" >/dev/null 2>&1 || true
    "$ASADMIN" stop-domain --domaindir "$CLUSTER_DIR/domains" kyodo >/dev/null 2>&1 || true
  fi
  local instance pid
  for instance in "${CLUSTER_INSTANCES[@]}"; do # what a stop did not reach
    pid="$(cluster_instance_pid "${instance%%:*}")"
    [ -n "$pid" ] && kill -9 "$pid" 2>/dev/null || true
  done
  local db
  for db in replica primary; do stop_pid_file "$CLUSTER_DIR/db-$db/pid" 60; done
  [ "${1:-}" = --purge ] && rm -rf "$CLUSTER_DIR"
  say "cluster stopped${1:+ and removed}"
}

cluster_status() {
  local instance pid
  curl -fsS -o /dev/null "$CLUSTER_BASE/api/v1/tenants" && say "load balancer: $CLUSTER_BASE answers" \
    || say "load balancer: no answer at $CLUSTER_BASE"
  for instance in "${CLUSTER_INSTANCES[@]}"; do
    say "${instance%%:*}: /health/ready $(curl -s -o /dev/null -w '%{http_code}' \
      "http://127.0.0.1:$((${instance#*:} + 80))/health/ready" || true)"
  done
  cluster_sql replica -e "SHOW SLAVE STATUS\G" 2>/dev/null \
    | grep -E 'Slave_(IO|SQL)_Running:|Seconds_Behind_Master' | tr -s ' ' | paste -sd' ' >&2 || say "replica: not running"
}

# Four clients write through the load balancer (bench Faults) for five minutes; after one minute the instance that
# fired the persistent timer last is killed with SIGKILL, and 30 s later started again. Then:
# every acknowledged write is in the primary, the time without answers, each minute's firing of the persistent timer
# (one per minute for the group) and the nightly check moved to a minute of this run (one run), the facts against a
# rebuild (0 written, 0 removed) and the HQ view from the replica with the time its figures are as of.
cluster_failover() {
  curl -fsS -o /dev/null "$CLUSTER_BASE/api/v1/tenants" || die "the cluster is not up: bin/kyodo cluster up"
  local run; run="$ROOT/bench/target/cluster-failover$(date +%Y%m%dT%H%M%S)"
  mkdir -p "$run"
  local cp="$ROOT/bench/target/kyodo-bench.jar:$ROOT/bench/target/lib/*"
  [ -f "$ROOT/bench/target/kyodo-bench.jar" ] || die "build first: mvn -DskipTests -DskipITs install"
  event() { echo "$(date +%s%3N) $*" >>"$run/events"; say "$(date +%T) $*"; }
  local since nightly
  since="$(date -u '+%Y-%m-%d %H:%M:00')"
  # the nightly check, moved to three minutes from now (Japan time) for this run; put back at the end
  nightly="$(TZ=Asia/Tokyo date -d '+3 min' +%H:%M)"
  cluster_asadmin create-system-properties --target "$CLUSTER_CONFIG" "kyodo.kpi.nightly-check-at=$(escape_property "$nightly")" >/dev/null
  event "the nightly check is set to $nightly Japan time"
  java -cp "$cp" jp.kyodonet.bench.Faults "$CLUSTER_BASE" "jdbc:mysql://127.0.0.1:$CLUSTER_PRIMARY_PORT/kyodo" \
    kyodo kyodo "$run" --seconds 300 --clients 4 >"$run/report" 2>&1 &
  local load=$! victim pid
  sleep 60
  # the instance that fired the persistent timer last: it owns the timer, which must move to the other
  victim="$(cluster_sql primary kyodo -N -e "SELECT server FROM kpi_timer_firing ORDER BY due_at DESC LIMIT 1")"
  victim="${victim%%@*}"
  pid="$(cluster_instance_pid "$victim")"
  event "killed $victim, which fired the timer last (SIGKILL to its JVM, pid $pid)"
  kill -9 "$pid"
  sleep 30
  event "starting $victim again (asadmin start-local-instance)"
  cluster_instance_start "$victim"
  event "$victim started"
  local status=0
  wait "$load" || status=$?
  cluster_asadmin delete-system-property --target "$CLUSTER_CONFIG" kyodo.kpi.nightly-check-at >/dev/null || true
  cat "$run/report"
  cluster_report "$since" | tee "$run/cluster-report"
  return "$status"
}

cluster_report() { # since (UTC, 'YYYY-mm-dd HH:MM:SS')
  local since="$1" token year code i
  token="$(curl -fsS -X POST -H 'Content-Type: application/json' -d '{"tenant":"city","role":"hq-analyst"}' \
    "$CLUSTER_BASE/api/v1/demo/sign-in" | sed -n 's/.*"token":"\([^"]*\)".*/\1/p')"
  for ((i = 0; i < 120; i++)); do
    curl -fsS -H "Authorization: Bearer $token" "$CLUSTER_BASE/api/v1/kpi/facts/status" | grep -q '"backlog":0,' && break
    sleep 1
  done
  echo "facts status after the run: $(curl -fsS -H "Authorization: Bearer $token" "$CLUSTER_BASE/api/v1/kpi/facts/status")"
  echo "firings of the persistent minute timer since $since UTC (due minute, the instance that ran it, further firings"
  echo "of the same minute, which did nothing, and by whom):"
  cluster_sql primary kyodo -e "SELECT due_at, server, fired_at, also_fired, also_fired_by FROM kpi_timer_firing
    WHERE due_at >= '$since' ORDER BY due_at" | sed 's/^/  /'
  echo "minutes fired more than once: $(cluster_sql primary kyodo -N -e "SELECT COUNT(*) FROM kpi_timer_firing
    WHERE due_at >= '$since' AND also_fired > 0")"
  echo "nightly checks since then (kind, server, started, checked, marked):"
  cluster_sql primary kyodo -e "SELECT kind, server, started_at, checked, marked FROM kpi_check_run
    WHERE kind = 'nightly' AND started_at >= '$since'" | sed 's/^/  /'
  year=$((10#$(date +%m) > 3 ? $(date +%Y) : $(date +%Y) - 1))
  code="$(curl -fsS -H "Authorization: Bearer $token" "$CLUSTER_BASE/api/v1/kpi/catalogue" \
    | grep -o '"code":"[^"]*"' | head -1 | cut -d'"' -f4)"
  echo "rebuild of FY$year against the facts the workers kept: $(curl -fsS -X POST -H "Authorization: Bearer $token" \
    "$CLUSTER_BASE/api/v1/kpi/facts/rebuild?fiscalYear=$year")"
  echo "replica: $(cluster_sql replica -e "SHOW SLAVE STATUS\G" | grep -E 'Slave_SQL_Running:|Seconds_Behind_Master' | tr -s ' ' | paste -sd' ')"
  echo "HQ city view (read from the replica): $(curl -fsS -H "Authorization: Bearer $token" \
    "$CLUSTER_BASE/api/v1/kpi/city?code=$code&fiscalYear=$year" | grep -o '"factsAsOf":"[^"]*"')"
}

cluster_main() { # up|failover|status|down [--purge]
  case "${1:-}" in
    up) cluster_up ;;
    failover) cluster_failover ;;
    status) cluster_status ;;
    down) cluster_down "${2:-}" ;;
    *) sed -n '1,14p' "$ROOT/bin/cluster.sh" | sed 's/^# \{0,1\}//'; exit 2 ;;
  esac
}
