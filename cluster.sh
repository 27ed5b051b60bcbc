#!/usr/bin/env bash
# MyPage login server as two clustered Keycloak nodes on one machine, behind a small balancer.
# Needs a JDK (17+), Maven and a PostgreSQL server. Run ./cluster.sh --help for details.
set -euo pipefail

usage() {
  cat <<'EOF'
Usage: ./cluster.sh [--help]

Builds the project and starts two Keycloak 26.7.3 nodes with our providers as one cluster (production
mode, kc.sh start), both on one PostgreSQL database, and the balancer in front of them, until Ctrl-C:

  balancer  http://localhost:8090 (MYPAGE_CLUSTER_PORT)  the one address both nodes are named after
                                                 (--hostname), so both issue the same iss;
                                                 round robin, no session affinity
  node 1    HTTP 127.0.0.1:8181, management 9181, JGroups 127.0.0.1:7801
  node 2    HTTP 127.0.0.1:8182, management 9182, JGroups 127.0.0.1:7802

Clustering: Infinispan over JGroups with Keycloak's default jdbc-ping stack (nodes find each other
through the table jgroups_ping of the shared database), JGroups bound to 127.0.0.1. Keycloak keeps two
owners of every authentication session, login failure and single-use object, so a node may die
(kill -9) and the other one carries on.

Each node runs on its own copy of the distribution (server/target/cluster/node1, node2; logs
node*/cluster.log there). Node 1 creates the realm (first start) and realm-config is applied once it is
ready; then node 2 starts. Demo data as in ./dev.sh (users, directory, corporations); SMS and calls go
to MYPAGE_DEV_OUTBOX (default server/target/cluster/dev-outbox.jsonl) unless Twilio is configured; mail
goes to MYPAGE_SMTP_HOST:MYPAGE_SMTP_PORT (default 127.0.0.1:1025, e.g. ./dev.sh's catcher; none: mail fails).

Metrics: http://127.0.0.1:9181/metrics and :9182/metrics (Keycloak's, user events included, and ours:
mypage_*). Per node: add both to your monitoring.

Environment:
  MYPAGE_CLUSTER_DB_URL    JDBC URL   (jdbc:postgresql://127.0.0.1:5432/mypage_cluster; the database must exist)
  MYPAGE_CLUSTER_DB_USER / MYPAGE_CLUSTER_DB_PASSWORD    (postgres / empty)
  MYPAGE_CLUSTER_PORT      balancer port (8090)
  MYPAGE_CLUSTER_PORTS     "HTTP1 MGMT1 JGROUPS1 HTTP2 MGMT2 JGROUPS2" (8181 9181 7801 8182 9182 7802)
  MYPAGE_CLUSTER_SKIP_BUILD=true   use the jars already built
EOF
}

case "${1:-}" in
  -h|--help) usage; exit 0 ;;
  "") ;;
  *) echo "cluster.sh: unknown argument: $1" >&2; usage >&2; exit 2 ;;
esac

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
KC_VERSION=26.7.3
DIST="$ROOT/server/target/keycloak-$KC_VERSION"
HERE="$ROOT/server/target/cluster"
JAVA_BIN="${JAVA_HOME:+$JAVA_HOME/bin/}java"
BALANCER_PORT="${MYPAGE_CLUSTER_PORT:-8090}"
read -r -a PORTS <<<"${MYPAGE_CLUSTER_PORTS:-8181 9181 7801 8182 9182 7802}"
DB_URL="${MYPAGE_CLUSTER_DB_URL:-jdbc:postgresql://127.0.0.1:5432/mypage_cluster}"
DB_USER="${MYPAGE_CLUSTER_DB_USER:-postgres}"
DB_PASSWORD="${MYPAGE_CLUSTER_DB_PASSWORD:-unused}"
HOSTNAME_URL="http://localhost:$BALANCER_PORT"

die() { echo "cluster.sh: $*" >&2; exit 1; }
port_busy() { (: <>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
http_ok() (
  exec 3<>"/dev/tcp/127.0.0.1/$1" || exit 1
  printf 'GET %s HTTP/1.0\r\nHost: localhost\r\n\r\n' "$2" >&3
  IFS= read -r -t 5 status_line <&3 || exit 1
  [[ $status_line == *" 200 "* ]]
) 2>/dev/null

[[ ${#PORTS[@]} -eq 6 ]] || die "MYPAGE_CLUSTER_PORTS needs six ports"
for port in "$BALANCER_PORT" "${PORTS[@]}"; do
  port_busy "$port" && die "port $port is already in use"
done

if [[ ${MYPAGE_CLUSTER_SKIP_BUILD:-false} != true ]]; then
  echo "cluster.sh: building ..."
  (cd "$ROOT" && mvn -B -q -DskipTests -pl server,realm-apply -am package) || die "build failed"
fi

# One copy of the distribution per node: a node's build (--cache=ispn, PostgreSQL) and data are its own.
prepare_node() {
  local home="$HERE/node$1"
  rm -rf "$home"
  mkdir -p "$HERE"
  cp -a "$DIST" "$home"
  rm -rf "$home/data" "$home"/providers/*.jar
  cp "$ROOT"/server/target/providers/*.jar "$home/providers/"
}

export MYPAGE_DEMO_DIRECTORY="$ROOT/realm-config/demo/directory.json"
export MYPAGE_DEMO_CORPORATIONS="$ROOT/realm-config/demo/corporations.json"
export MYPAGE_DEV_OUTBOX="${MYPAGE_DEV_OUTBOX:-$HERE/dev-outbox.jsonl}"
export MYPAGE_SMTP_HOST="${MYPAGE_SMTP_HOST:-127.0.0.1}" MYPAGE_SMTP_PORT="${MYPAGE_SMTP_PORT:-1025}"
export KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD=admin

PIDS=()
cleanup() {
  trap '' INT TERM
  for pid in "${PIDS[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# start_node N HTTP MGMT JGROUPS [extra options]: in the background, log to node N's cluster.log.
start_node() {
  local n=$1 http=$2 mgmt=$3 jgroups=$4
  shift 4
  local home="$HERE/node$n"
  "$home/bin/kc.sh" start \
    --http-enabled=true --http-port="$http" --http-management-port="$mgmt" \
    --hostname="$HOSTNAME_URL" \
    --cache=ispn --cache-stack=jdbc-ping \
    --cache-embedded-network-bind-address=127.0.0.1 --cache-embedded-network-bind-port="$jgroups" \
    --db=postgres --db-url="$DB_URL" --db-username="$DB_USER" --db-password="$DB_PASSWORD" \
    --health-enabled=true --metrics-enabled=true --event-metrics-user-enabled=true \
    --proxy-headers=xforwarded --proxy-trusted-addresses=127.0.0.1 \
    "$@" >>"$home/cluster.log" 2>&1 &
  PIDS+=($!)
  echo "cluster.sh: node $n starting (log $home/cluster.log)"
  for _ in $(seq 1 900); do
    http_ok "$mgmt" /health/ready && { echo "cluster.sh: node $n ready"; return 0; }
    kill -0 "${PIDS[-1]}" 2>/dev/null || die "node $n exited (see $home/cluster.log)"
    sleep 1
  done
  die "node $n not ready within 15 minutes"
}

# The balancer first: pages link to it, and realm-config is applied through it.
"$JAVA_BIN" "$ROOT/integration-tests/src/test/java/jp/ocn/mypage/it/harness/Balancer.java" "$BALANCER_PORT" \
  "http://127.0.0.1:${PORTS[0]}" "http://127.0.0.1:${PORTS[3]}" &
PIDS+=($!)

prepare_node 1
mkdir -p "$HERE/node1/data/import"
printf '{"realm": "mypage", "enabled": false}\n' >"$HERE/node1/data/import/mypage-realm.json"
cp "$ROOT/realm-config/demo/mypage-users-0.json" "$HERE/node1/data/import/mypage-users-0.json"
start_node 1 "${PORTS[0]}" "${PORTS[1]}" "${PORTS[2]}" --import-realm

# Through node 1 directly: node 2 is not up yet.
MYPAGE_APPLY_USERNAME=admin MYPAGE_APPLY_PASSWORD=admin \
  "$JAVA_BIN" -jar "$ROOT/realm-apply/target/mypage-realm-apply.jar" --server "http://localhost:${PORTS[0]}" \
  "$ROOT/realm-config/mypage" "$ROOT/realm-config/demo/mypage-demo-clients.json" \
  || die "applying realm-config failed"

prepare_node 2
start_node 2 "${PORTS[3]}" "${PORTS[4]}" "${PORTS[5]}"

cat <<EOF

cluster.sh: two nodes ready behind $HOSTNAME_URL
  sign in     $HOSTNAME_URL/realms/mypage/account   (demo users as in ./dev.sh)
  node 1      http://localhost:${PORTS[0]}  metrics http://127.0.0.1:${PORTS[1]}/metrics
  node 2      http://localhost:${PORTS[3]}  metrics http://127.0.0.1:${PORTS[4]}/metrics
  cluster     grep ISPN000094 $HERE/node*/cluster.log   (each node's view of the members)
  stop        Ctrl-C (both nodes and the balancer)
EOF
wait
