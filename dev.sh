#!/usr/bin/env bash
# MyPage login server: build and run Keycloak with our providers, theme and demo realm for development.
# Needs only a JDK (17+) and Maven. Run ./dev.sh --help for details.
set -euo pipefail

usage() {
  cat <<'EOF'
Usage: ./dev.sh [--help]

Builds the project, installs our providers into the Keycloak 26.7.3 distribution unpacked under
server/target/, creates realm "mypage" with its demo users and demo customer directory on the first
start, applies realm-config/ to it at every start (once the server is ready), and runs Keycloak in
development mode (embedded H2 database) until you press Ctrl-C:

  http://localhost:8080/realms/mypage/account   try a sign-in (account console)
  http://localhost:8080/admin                   admin console, admin / admin
  http://localhost:9000/health/ready            readiness
  http://localhost:8081/                        demo MyPage portal (client mypage-portal; MYPAGE_PORTAL_PORT)
  http://localhost:8080/realms/daccount-sim     stand-in dアカウント provider (user d-demo, linked to nobody)

Mail:   without MYPAGE_SMTP_HOST a mail catcher listens on 127.0.0.1:1025 and saves every mail to
        server/target/dev-mail/ (links are printed, e.g. password reset). With MYPAGE_SMTP_HOST
        (and MYPAGE_SMTP_PORT ...) set, mail goes to that server instead.
SMS:    without Twilio settings every SMS / voice message is appended to MYPAGE_DEV_OUTBOX
        (default server/target/dev-outbox.jsonl).
Data:   the H2 database is kept in server/target/keycloak-26.7.3/data/h2 across restarts (users and
        data stay; changes to realm-config/ are applied in place at the next start); delete that
        folder, or run mvn clean, to start afresh.
EOF
}

case "${1:-}" in
  -h|--help) usage; exit 0 ;;
  "") ;;
  *) echo "dev.sh: unknown argument: $1" >&2; usage >&2; exit 2 ;;
esac

# Resolve the repository from this script's own location so it works from any directory.
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
KC_VERSION=26.7.3
KC_HOME="$ROOT/server/target/keycloak-$KC_VERSION"
MAIL_PORT=1025
MAIL_DIR="$ROOT/server/target/dev-mail"
JAVA_BIN="${JAVA_HOME:+$JAVA_HOME/bin/}java"

die() { echo "dev.sh: $*" >&2; exit 1; }

# True when something accepts connections on 127.0.0.1:$1 (pure bash: a fresh machine may lack curl/ss).
port_busy() { (: <>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# True when GET http://127.0.0.1:$1$2 answers 200 (subshell so a refused connection cannot end the script).
http_ok() (
  exec 3<>"/dev/tcp/127.0.0.1/$1" || exit 1
  printf 'GET %s HTTP/1.0\r\nHost: localhost\r\n\r\n' "$2" >&3
  IFS= read -r -t 5 status_line <&3 || exit 1
  [[ $status_line == *" 200 "* ]]
) 2>/dev/null

command -v mvn >/dev/null || die "Maven (mvn) not found on PATH"
command -v "$JAVA_BIN" >/dev/null || die "java not found (set JAVA_HOME or put a JDK 17+ on PATH)"

# Fail early and plainly instead of letting Keycloak die half-started on a taken port.
PORTAL_PORT="${MYPAGE_PORTAL_PORT:-8081}"
for port in 8080 9000 "$PORTAL_PORT"; do
  port_busy "$port" && die "port $port is already in use (another dev.sh or Keycloak still running?)"
done

# 1. Build: providers, theme, Keycloak distribution and GreenMail (quiet; Maven still prints errors).
echo "dev.sh: building (the first run downloads Keycloak $KC_VERSION and takes a few minutes) ..."
(cd "$ROOT" && mvn -B -q -DskipTests -pl server,realm-apply,portal -am package) || die "build failed (see Maven output above)"

# 2. Install our jars; remove the old ones first so renamed or dropped jars do not linger.
rm -f "$KC_HOME"/providers/*.jar
cp "$ROOT"/server/target/providers/*.jar "$KC_HOME/providers/"

# 3. First start only (Keycloak skips the import once the realm exists): --import-realm creates an empty,
#    disabled realm with the demo users, so the demo directory loads at start-up; realm-config itself is
#    applied to the running server below, at every start. data/h2 stays: dev data survives restarts.
mkdir -p "$KC_HOME/data/import"
printf '{"realm": "mypage", "enabled": false}\n' > "$KC_HOME/data/import/mypage-realm.json"
cp "$ROOT/realm-config/demo/mypage-users-0.json" "$KC_HOME/data/import/mypage-users-0.json"
# The stand-in dアカウント provider: its own realm daccount-sim (client mypage-dev, user d-demo), imported on the
# first start like the demo users. The mypage realm's provider daccount points at it (realm-config/demo/daccount-dev.json,
# applied below) and reads the client secret from Keycloak's file vault, as production reads its real secret.
cp "$ROOT/realm-config/demo/daccount-sim-realm.json" "$KC_HOME/data/import/daccount-sim-realm.json"
DEV_VAULT="$KC_HOME/data/dev-vault"
mkdir -p "$DEV_VAULT"
printf '%s' "daccount-sim-dev-secret" > "$DEV_VAULT/mypage_daccount__client__secret"
export MYPAGE_DACCOUNT_ENABLED=true MYPAGE_DACCOUNT_CLIENT_ID=mypage-dev

# Background processes to stop when dev.sh ends, however it ends.
CATCHER_PID=""
WATCHER_PID=""
PORTAL_PID=""
KC_PID=""
# shellcheck disable=SC2317  # invoked through the traps below
cleanup() {
  trap '' INT TERM   # a second Ctrl-C must not interrupt the clean-up
  if [[ -n $KC_PID ]] && kill -0 "$KC_PID" 2>/dev/null; then
    kill -TERM "$KC_PID" 2>/dev/null || true   # kc.sh forwards it to Keycloak: graceful shutdown
    wait "$KC_PID" 2>/dev/null || true
  fi
  for pid in $PORTAL_PID $WATCHER_PID $CATCHER_PID; do
    kill -TERM "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  done
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# 4. Mail: without a configured SMTP server, catch mail locally so reset links can be followed.
if [[ -z ${MYPAGE_SMTP_HOST:-} ]]; then
  port_busy "$MAIL_PORT" && die "port $MAIL_PORT is already in use, so the dev mail catcher cannot start
  (another dev.sh still running?). Stop that process, or set MYPAGE_SMTP_HOST and MYPAGE_SMTP_PORT
  to send mail to that SMTP server instead."
  mkdir -p "$MAIL_DIR"
  "$JAVA_BIN" -cp "$ROOT/server/target/tools/greenmail-standalone.jar" \
    "$ROOT/server/src/dev/DevMailCatcher.java" "$MAIL_PORT" "$MAIL_DIR" &
  CATCHER_PID=$!
  # Wait until it listens (the source launcher compiles first), so Keycloak never sees a refused port.
  for _ in $(seq 1 120); do
    port_busy "$MAIL_PORT" && break
    kill -0 "$CATCHER_PID" 2>/dev/null || die "the dev mail catcher did not start (see its message above)"
    sleep 0.5
  done
  port_busy "$MAIL_PORT" || die "the dev mail catcher did not open port $MAIL_PORT within 60 seconds"
  export MYPAGE_SMTP_HOST=127.0.0.1 MYPAGE_SMTP_PORT=$MAIL_PORT
  MAIL_INFO="caught on 127.0.0.1:$MAIL_PORT, saved in $MAIL_DIR/ (each mail and its links printed as [mail] lines)"
else
  MAIL_INFO="sent to the SMTP server $MYPAGE_SMTP_HOST:${MYPAGE_SMTP_PORT:-1025} (MYPAGE_SMTP_HOST is set)"
fi

# 5. SMS / voice outbox of the dev sender (used while Twilio is not configured).
export MYPAGE_DEV_OUTBOX="${MYPAGE_DEV_OUTBOX:-$ROOT/server/target/dev-outbox.jsonl}"
mkdir -p "$(dirname "$MYPAGE_DEV_OUTBOX")"
[[ -e $MYPAGE_DEV_OUTBOX ]] || : > "$MYPAGE_DEV_OUTBOX"
if [[ -n ${MYPAGE_TWILIO_ACCOUNT_SID:-} ]]; then
  OUTBOX_INFO="Twilio is configured (MYPAGE_TWILIO_ACCOUNT_SID): SMS and calls go to Twilio, not to $MYPAGE_DEV_OUTBOX"
else
  OUTBOX_INFO="$MYPAGE_DEV_OUTBOX (one JSON line per SMS / voice message)"
fi

# 6. Demo customer directory (loaded by our provider at start-up) and the dev administrator
#    (Keycloak creates it only when the database is new).
export MYPAGE_DEMO_DIRECTORY="$ROOT/realm-config/demo/directory.json"
# Demo corporations' user IDs, roles and own mobiles (organizations too).
export MYPAGE_DEMO_CORPORATIONS="$ROOT/realm-config/demo/corporations.json"
export KC_BOOTSTRAP_ADMIN_USERNAME=admin
export KC_BOOTSTRAP_ADMIN_PASSWORD=admin

# 7. Where things are.
cat <<EOF

==========================================================================================
 MyPage login server (development): Keycloak $KC_VERSION, embedded H2 database
------------------------------------------------------------------------------------------
 Try a sign-in     http://localhost:8080/realms/mypage/account
 OIDC discovery    http://localhost:8080/realms/mypage/.well-known/openid-configuration
 Admin console     http://localhost:8080/admin   (admin / admin)
 Readiness         http://localhost:9000/health/ready
 Demo client       mypage-portal, secret mypage-portal-secret, redirect http://localhost:*
 Demo portal       http://localhost:$PORTAL_PORT/ (signs in through mypage-portal; 通話明細 through mypage-call-details)

 Demo users, password Mypage-Demo-2026 for all:
   taro.yamada@ocn.ne.jp      active, customer number N123456789
   hanako.suzuki@example.jp   active, other mail address as OCN ID (password change due)
   jiro.sato@ocn.ne.jp        unregistered (no customer number linked)
   saburo.kato@ocn.ne.jp      cancelled (read-only)
   shiro.ito@ocn.ne.jp        withdrawn (no login)
   daihyo@shoji.example.jp    corporate representative, customer number N678901234
 Connection ID     ab123456@xyz.ocn.ne.jp (type it as login ID to see the guidance)
 dアカウント        「dアカウントでログイン」 signs in at the stand-in realm daccount-sim: d-demo / Mypage-Demo-2026
                   (linked to nobody: the first sign-in links it to the OCN ID you then type)

 SMS/voice outbox  $OUTBOX_INFO
 Mail              $MAIL_INFO
 Database          $KC_HOME/data/h2 (kept across restarts; delete it to start afresh)
 Stop              Ctrl-C
==========================================================================================

EOF

# realm-config/mypage to the running server: created on the first start, updated in place afterwards (prints
# each change, or "no changes"). Placeholders (MYPAGE_SMTP_HOST ...) come from this script's environment.
# The demo clients (mypage-portal, mypage-call-details: literal secrets, http://localhost:* redirects) are
# for development only: not in realm-config/mypage, which compose and production apply, but applied here
# with it from realm-config/demo/mypage-demo-clients.json; so is realm-config/demo/daccount-dev.json (the
# dアカウント provider's endpoints at the stand-in realm daccount-sim).
apply_realm_config() {
  MYPAGE_APPLY_USERNAME="$KC_BOOTSTRAP_ADMIN_USERNAME" MYPAGE_APPLY_PASSWORD="$KC_BOOTSTRAP_ADMIN_PASSWORD" \
    "$JAVA_BIN" -jar "$ROOT/realm-apply/target/mypage-realm-apply.jar" --server http://localhost:8080 \
    "$ROOT/realm-config/mypage" "$ROOT/realm-config/demo/mypage-demo-clients.json" \
    "$ROOT/realm-config/demo/daccount-dev.json" \
    || echo "dev.sh: applying realm-config/mypage failed (see above); fix it and restart ./dev.sh" >&2
}

# Keycloak's start-up log pushes the banner out of sight: say when it is ready to use.
(
  for _ in $(seq 1 900); do
    if http_ok 9000 /health/ready; then
      apply_realm_config
      printf '\ndev.sh: MyPage dev server is ready: http://localhost:8080/realms/mypage/account (details in the banner above)\n\n'
      exit 0
    fi
    sleep 1
  done
) &
WATCHER_PID=$!

# 8. The demo portal (portal/, the SDK on Javalin) beside Keycloak: it discovers the realm at its first request,
#    so it may start first. Back-channel logout reaches it at http://localhost:8081/backchannel-logout (demo client).
MYPAGE_PORTAL_PORT="$PORTAL_PORT" "$JAVA_BIN" -jar "$ROOT/portal/target/mypage-portal.jar" &
PORTAL_PID=$!

# 9. Run Keycloak until Ctrl-C. It runs as a child we wait for (not exec) so that the traps above can
#    stop it and the mail catcher, also when dev.sh itself is sent SIGTERM.
"$KC_HOME/bin/kc.sh" start-dev --http-port=8080 --health-enabled=true --import-realm \
  --vault=file --vault-dir="$DEV_VAULT" &
KC_PID=$!
status=0
wait "$KC_PID" || status=$?
KC_PID=""
exit "$status"
