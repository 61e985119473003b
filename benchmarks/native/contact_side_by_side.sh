#!/bin/sh
# Contact solver per iteration against its floor and its peer, alternating in one run (issue 20):
#   FFTW r2c+c2r pair (fftw_pair, built by build.sh), the same pair in JTransforms (ContactBenchmark
#   --fft-pair, with the first classpath), the Java solve per iteration (ContactBenchmark
#   --per-iteration) for each classpath given, and numpy + scipy.fft (contact_bem.py) on the very same
#   surface (written by ContactBenchmark), round after round, printing the load before each step.
# Usage: contact_side_by_side.sh "<sizes>" <rounds> <threads> <label>=<classpath> [<label>=<classpath> ...]
#   threads: a list for Java (1,2) and the largest count for FFTW and numpy's workers.
#   REPEAT (default 2) timed solves per side and WARMUP (default 3) Java warm-up solves, from the environment.
set -e
here=$(cd "$(dirname "$0")" && pwd)
sizes=$1
rounds=$2
threads=$3
shift 3
repeat=${REPEAT:-2}
warmup=${WARMUP:-3}
fftw="${FFTW_PAIR_OUT:-$here/target}/fftw_pair"
[ -x "$fftw" ] || "$here/build.sh"
maxThreads=$(echo "$threads" | tr ',' '\n' | sort -n | tail -1)
surfaceCp=$(echo "$1" | cut -d= -f2-)
tmp=$(mktemp -d)
for n in $sizes; do
    java -cp "$surfaceCp" org.interphase.benchmarks.ContactBenchmark "$n" "$tmp/s$n.bin"
done
for r in $(seq 1 "$rounds"); do
    for n in $sizes; do
        echo "== round $r, n = $n, $(date -u +%H:%M:%S) UTC, load $(cut -d' ' -f1-3 /proc/loadavg)"
        "$fftw" "$n" --threads "$maxThreads" --repeat 5
        java -cp "$surfaceCp" org.interphase.benchmarks.ContactBenchmark --fft-pair --threads "$threads" "$n"
        for spec in "$@"; do
            label=${spec%%=*}
            cp=${spec#*=}
            echo "-- $label, load $(cut -d' ' -f1 /proc/loadavg)"
            java -cp "$cp" org.interphase.benchmarks.ContactBenchmark --per-iteration --repeat "$repeat" --warmup "$warmup" \
                --threads "$threads" "$n"
        done
        echo "-- numpy, load $(cut -d' ' -f1 /proc/loadavg)"
        python3 "$here/../python/contact_bem.py" "$n" --surface "$tmp/s$n.bin" --repeat "$repeat" --workers "$maxThreads"
    done
done
rm -rf "$tmp"
