#!/usr/bin/env bash
# MyPage against stock Keycloak on this machine: four ratios, a Markdown table and a PNG chart
# (integration-tests/target/benchmark/). Not part of the test suite. ./benchmark.sh --help for the options.
set -euo pipefail
cd "$(dirname "$0")"

case " $* " in
  *" --help "*|*" -h "*) SKIP_BUILD=1 ;;
esac

CP_FILE=integration-tests/target/bench.classpath
DIST=integration-tests/target/keycloak-26.7.3
if [ -z "${SKIP_BUILD:-}" ] || [ ! -f "$CP_FILE" ]; then
  echo "[bench] building (mvn -DskipTests package) and resolving the test classpath"
  mvn -B -q -DskipTests package dependency:build-classpath -pl integration-tests -am \
      -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
  if [ ! -d "$DIST" ]; then
    # The distribution the ITs unpack in pre-integration-test, unpacked here without running any test.
    mvn -B -q -pl integration-tests dependency:unpack@keycloak-dist
  fi
fi

export MYPAGE_TEST_DB=postgres
export MYPAGE_TEST_DB_NAME="${MYPAGE_TEST_DB_NAME:-db_bench}"
ROOT="$(pwd)"
exec java -Xmx1g \
  -Dmypage.keycloak.home="$ROOT/$DIST" \
  -Dmypage.providers.dir="$ROOT/server/target/providers" \
  -Dmypage.realm.config.dir="$ROOT/realm-config" \
  -cp "$ROOT/integration-tests/target/test-classes:$(cat "$CP_FILE")" \
  jp.ocn.mypage.bench.Benchmark "$@"
