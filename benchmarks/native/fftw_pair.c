/*
 * The C floor of the contact solver's convolution: milliseconds per FFTW real forward + inverse pair
 * (r2c then c2r) on an n×n grid of doubles, with the multiply by a real kernel between them that the
 * solver also does (a pass over the half-spectrum), FFTW_MEASURE plans, best of 1 and 2 threads.
 *
 * Build and run: benchmarks/native/build.sh (Debian's libfftw3-dev; a harness tool only, never a
 * dependency of the library). Usage: fftw_pair [n ...] [--repeat R] [--threads T]; prints one line per
 * size and thread count, then the best.
 */
#include <fftw3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <math.h>
#include <time.h>

static double now(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec + 1e-9 * t.tv_nsec;
}

/* CPU time of the whole process: on a loaded machine steadier than the wall time for one thread */
static double cpuNow(void) {
    struct timespec t;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return t.tv_sec + 1e-9 * t.tv_nsec;
}

/* best ms per pair over `repeat` timed batches of `pairs` pairs each; the best CPU ms per pair in *cpu */
static double bench(int n, int threads, int repeat, double *cpu) {
    fftw_plan_with_nthreads(threads);
    size_t real = (size_t) n * n;
    size_t half = (size_t) n * (n / 2 + 1);
    double *x = fftw_alloc_real(real);
    fftw_complex *c = fftw_alloc_complex(half);
    double *k = fftw_alloc_real(half);
    fftw_plan fwd = fftw_plan_dft_r2c_2d(n, n, x, c, FFTW_MEASURE);
    fftw_plan inv = fftw_plan_dft_c2r_2d(n, n, c, x, FFTW_MEASURE);
    /* the planner overwrote x: fill after planning */
    srand(2024);
    for (size_t i = 0; i < real; i++) x[i] = (double) rand() / RAND_MAX;
    for (size_t i = 0; i < half; i++) k[i] = 1.0 / (1.0 + i % 97) / (double) real;
    int pairs = (int) fmax(1, 2e8 / (real * log2((double) real)));
    double best = INFINITY;
    *cpu = INFINITY;
    for (int r = 0; r < repeat; r++) {
        double c0 = cpuNow();
        double t0 = now();
        for (int p = 0; p < pairs; p++) {
            fftw_execute(fwd);
            for (size_t i = 0; i < half; i++) {
                c[i][0] *= k[i];
                c[i][1] *= k[i];
            }
            fftw_execute(inv);
        }
        double ms = (now() - t0) * 1e3 / pairs;
        double cms = (cpuNow() - c0) * 1e3 / pairs;
        if (ms < best) best = ms;
        if (cms < *cpu) *cpu = cms;
    }
    fftw_destroy_plan(fwd);
    fftw_destroy_plan(inv);
    fftw_free(x);
    fftw_free(c);
    fftw_free(k);
    return best;
}

int main(int argc, char **argv) {
    int sizes[16];
    int count = 0;
    int repeat = 5;
    int maxThreads = 2;
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--repeat") && i + 1 < argc) {
            repeat = atoi(argv[++i]);
        } else if (!strcmp(argv[i], "--threads") && i + 1 < argc) {
            maxThreads = atoi(argv[++i]);
        } else if (count < 16) {
            sizes[count++] = atoi(argv[i]);
        }
    }
    if (count == 0) {
        int defaults[] = {256, 512, 1024, 2048};
        for (count = 0; count < 4; count++) sizes[count] = defaults[count];
    }
    fftw_init_threads();
    for (int s = 0; s < count; s++) {
        int n = sizes[s];
        double best = INFINITY;
        int bestThreads = 1;
        for (int t = 1; t <= maxThreads; t++) {
            double cpu;
            double ms = bench(n, t, repeat, &cpu);
            if (t == 1) {
                printf("fftw n = %d threads = %d: %.3f ms per r2c+c2r pair, CPU %.3f ms\n", n, t, ms, cpu);
            } else {
                printf("fftw n = %d threads = %d: %.3f ms per r2c+c2r pair\n", n, t, ms);
            }
            if (ms < best) {
                best = ms;
                bestThreads = t;
            }
        }
        printf("fftw n = %d best: %.3f ms per pair (%d thread%s)\n", n, best, bestThreads, bestThreads > 1 ? "s" : "");
        fflush(stdout);
    }
    fftw_cleanup_threads();
    return 0;
}
