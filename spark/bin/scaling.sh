#!/usr/bin/env bash
# Issue 19's scaling figure: the same sweep on Spark local[1] and local[2] (and the local runner on 1 and 2
# threads), one JVM per run, alternating 1 and 2 cores, PAIRS times.
#   spark/bin/scaling.sh [definition class] [rounds per run] [pairs]
set -euo pipefail
cd "$(dirname "$0")/../.."
DEF=${1:-org.interphase.spark.examples.ContactEnsemble\$Small}; ROUNDS=${2:-2}; PAIRS=${3:-2}
for p in $(seq "$PAIRS"); do
  for c in 1 2; do
    echo "== pair $p, $c core(s)"
    spark/bin/timing.sh "$DEF" "$ROUNDS" "$c" | grep -E "start-up|best|load|points"
  done
done
