#!/usr/bin/env bash
# Tortuosity along z, Java (MicrostructureBenchmark.main) and TauFactor 2 (taufactor_run.py) alternating in
# one session on the same .npy files, with the load average printed before each run (issue 15).
#
# Usage, from anywhere (runs from the repository root):
#   benchmarks/python/side_by_side_tortuosity.sh [ROUNDS] [NAMES...]
#   ROUNDS  Java-then-TauFactor rounds per structure (default 2)
#   NAMES   structures of benchmarks/target/microstructures/structures.tsv
#           (default: spheres50_100 spheres50_200 spheres50_300)
# Environment: JAR (default benchmarks/target/benchmarks.jar), JAVA_OPTS (default -Xmx6g),
#   TOL (Java relative residual tolerances, one solve series each, default 1e-6; e.g. "1e-4 1e-5 1e-6"),
#   REPEAT (Java solves per tolerance in one JVM, the first with the JIT warm-up, default 2), CRIT (TauFactor conv_crit values, default "1e-2 1e-4"),
#   ITER_LIMIT (TauFactor, default 10000), THREADS (both sides, default 2),
#   REFERENCE=1 (first solve each structure exactly with scipy + pyamg in float64, to state the accuracy),
#   OLD_JAR (a benchmarks.jar built from an earlier commit: its Java run comes first in every round, its lines
#   relabelled JAVA_OLD, so that a change of the solver is measured old/new/peer in the same session),
#   DIR (the structures' directory, default benchmarks/target/microstructures).
# Needs: benchmarks.jar (mvn -B -pl benchmarks -am package -DskipTests), the structures
#   (python3 benchmarks/python/microstructure_structures.py) and the peer installed outside the project
#   (benchmarks/README.md, "Microstructure (issue 15)"). Lines start with JAVA, TAUFACTOR, REFERENCE or #.
set -euo pipefail
cd "$(dirname "$0")/../.."
JAR=${JAR:-benchmarks/target/benchmarks.jar}
JAVA_OPTS=${JAVA_OPTS:--Xmx6g}
TOL=${TOL:-1e-6}
REPEAT=${REPEAT:-2}
CRIT=${CRIT:-1e-2 1e-4}
ITER_LIMIT=${ITER_LIMIT:-10000}
THREADS=${THREADS:-2}
DIR=${DIR:-benchmarks/target/microstructures}
ROUNDS=${1:-2}
shift || true
if [ $# -gt 0 ]; then NAMES=("$@"); else NAMES=(spheres50_100 spheres50_200 spheres50_300); fi

echo "# side by side, $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, $(java -version 2>&1 | head -1)," \
     "$(python3 -c 'import torch; from importlib.metadata import version; print("torch", torch.__version__, "taufactor", version("taufactor"))')"
for name in "${NAMES[@]}"; do
  if [ "${REFERENCE:-0}" = 1 ]; then
    echo "# $name reference: $(uptime)"
    python3 benchmarks/python/taufactor_run.py "$name" --dir "$DIR" --reference --crit 1e-2 --iter-limit 1 --threads "$THREADS" \
      | grep '^REFERENCE'
  fi
  for round in $(seq 1 "$ROUNDS"); do
    if [ -n "${OLD_JAR:-}" ]; then
      echo "# $name round $round java (OLD_JAR): $(uptime)"
      # shellcheck disable=SC2086
      for tol in $TOL; do
        # shellcheck disable=SC2086
        java $JAVA_OPTS -cp "$OLD_JAR" org.interphase.benchmarks.MicrostructureBenchmark --dir "$DIR" --tol "$tol" \
          --threads "$THREADS" --repeat "$REPEAT" "$name" | sed 's/^JAVA/JAVA_OLD/'
      done
    fi
    for tol in $TOL; do
      echo "# $name round $round java tol $tol: $(uptime)"
      # shellcheck disable=SC2086
      java $JAVA_OPTS -cp "$JAR" org.interphase.benchmarks.MicrostructureBenchmark --dir "$DIR" --tol "$tol" \
        --threads "$THREADS" --repeat "$REPEAT" "$name"
    done
    echo "# $name round $round taufactor: $(uptime)"
    # shellcheck disable=SC2086
    python3 benchmarks/python/taufactor_run.py "$name" --dir "$DIR" --crit $CRIT --iter-limit "$ITER_LIMIT" \
      --threads "$THREADS"
  done
done
