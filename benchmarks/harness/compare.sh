#!/usr/bin/env bash
# One command for every side-by-side comparison of issue 20 (Java against its peer, alternating, same input):
#   benchmarks/harness/compare.sh [--build] [--quick] [--rounds R] [--only thomas,diffusion,...] [--sizes 256,512]
#                                 [--taufactor] [--no-readme]
# --build packages benchmarks.jar first (mvn -B -pl benchmarks -am package -DskipTests). The C floor is
# (re)built by benchmarks/native/build_thomas.sh. Results go to benchmarks/results/ and the generated section
# of benchmarks/README.md; see benchmarks/harness/compare.py for the families and what each side runs.
# Peers (numpy, scipy, impedance.py, TauFactor, gcc) are never part of the build or of CI.
set -euo pipefail
cd "$(dirname "$0")/../.."
if [ "${1:-}" = "--build" ]; then
  shift
  mvn -B -q -pl benchmarks -am package -DskipTests
fi
if [ ! -f benchmarks/target/benchmarks.jar ]; then
  echo "benchmarks/target/benchmarks.jar is missing: run with --build (or mvn -B -pl benchmarks -am package -DskipTests)" >&2
  exit 2
fi
benchmarks/native/build_thomas.sh >/dev/null
exec python3 benchmarks/harness/compare.py "$@"
