#!/usr/bin/env bash
# Builds and runs the SDK's JMH benchmark; prints SDK verification ÷ raw JDK RSA verification (goal >= 0.90).
# The two run side by side (one thread each) in 5 rounds (argument: another number of rounds); about five
# minutes on 2 cores. Not part of mvn verify.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
mvn -B -q -Pbenchmark -pl sdk-benchmark -am -DskipTests package
CP="$ROOT/sdk-benchmark/target/classes:$(cat "$ROOT/sdk-benchmark/target/classpath.txt")"
exec "${JAVA_HOME:+$JAVA_HOME/bin/}java" -cp "$CP" jp.ocn.mypage.sdk.benchmark.RatioMain "$@"
