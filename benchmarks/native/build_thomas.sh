#!/usr/bin/env bash
# Builds the C floor of the Thomas solve (issue 20): benchmarks/native/thomas.c -> benchmarks/target/native/thomas.
# gcc -O2 and nothing else (no -march=native, no -ffast-math): the flags a distribution would use, and
# arithmetic bit-identical to Java's (no fused multiply-add on baseline x86-64). Never part of the library or CI.
set -euo pipefail
cd "$(dirname "$0")/../.."
mkdir -p benchmarks/target/native
gcc -O2 -std=c11 -D_POSIX_C_SOURCE=199309L -o benchmarks/target/native/thomas benchmarks/native/thomas.c -lm
echo benchmarks/target/native/thomas
