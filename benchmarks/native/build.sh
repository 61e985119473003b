#!/bin/sh
# Builds the C floor of the contact benchmark (fftw_pair) against Debian's FFTW 3. A harness tool only:
# the library never depends on FFTW. Installs libfftw3-dev with apt-get when its header is missing (root).
# Usage: benchmarks/native/build.sh [--run [sizes...]]
set -e
here=$(cd "$(dirname "$0")" && pwd)
if [ ! -f /usr/include/fftw3.h ]; then
    apt-get install -y --no-install-recommends libfftw3-dev
fi
out="${FFTW_PAIR_OUT:-$here/target}"
mkdir -p "$out"
gcc -O2 -march=native -o "$out/fftw_pair" "$here/fftw_pair.c" -lfftw3_threads -lfftw3 -lpthread -lm
echo "built $out/fftw_pair"
if [ "$1" = "--run" ]; then
    shift
    "$out/fftw_pair" "$@"
fi
