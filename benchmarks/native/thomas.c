/*
 * The C floor for core's Tridiagonal.solveInPlace (issue 20, target 3): the same algorithm on the same
 * systems, timed by the same method as TridiagonalBenchmark.main, so that Java / C is a like-for-like ratio.
 *
 * Algorithm (Tridiagonal.solveInPlace, line for line): a finiteness scan of the right-hand side before any
 * work; the forward sweep with a pivot check per row (non-zero and finite) and values below 1e-200 in
 * magnitude flushed to zero; the back substitution with the same flush and a finiteness check of the
 * solution ("checked": the loop as Tridiagonal.solveInPlace had it before issue 20, reading the previous row
 * back from the arrays; "carried": the previous row's multiplier and value kept in registers, as it has it
 * now). The variant "bare" is the textbook loop without checks or flush, for reference only.
 *
 * Input: the bands and right-hand side of TridiagonalBenchmark.setUp, from java.util.Random(42)
 * reproduced here (48-bit LCG, nextDouble = ((next(26) << 27) + next(27)) * 2^-53), so both sides solve
 * the very same system; the checksum (sum of the solution) is printed to show it (gcc -O2 on x86-64
 * emits no fused multiply-add, so the arithmetic is the same as Java's, bit for bit).
 *
 * Build: benchmarks/native/build_thomas.sh (gcc -O2). Run: thomas [batches] [batch_ms] [n...]
 * Output, one line per n and variant:
 *   THOMAS side=c variant=checked n=1000 best_ns_per_unknown=... median_ns_per_unknown=... batches=...
 */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static uint64_t seed;

static void jseed(int64_t s) { seed = ((uint64_t) s ^ 0x5DEECE66DULL) & ((1ULL << 48) - 1); }

static int32_t jnext(int bits) {
    seed = (seed * 0x5DEECE66DULL + 0xBULL) & ((1ULL << 48) - 1);
    return (int32_t) (seed >> (48 - bits));
}

static double jnext_double(void) {
    int64_t hi = (int64_t) jnext(26);
    int64_t lo = (int64_t) jnext(27);
    return (double) ((hi << 27) + lo) * 0x1.0p-53;
}

#define FLUSH 1e-200

static inline double flush(double v) { return fabs(v) < FLUSH ? 0.0 : v; }

static inline int valid_pivot(double p) { return p != 0.0 && isfinite(p); }

/* Tridiagonal.solveInPlace; returns 0, or -1 where Java would throw */
__attribute__((noinline)) static int solve_checked(const double *lower, const double *diag, const double *upper,
                                                   double *rhs, double *scratch, int n) {
    for (int i = 0; i < n; i++) {
        if (!isfinite(rhs[i])) return -1;
    }
    double pivot = diag[0];
    if (!valid_pivot(pivot)) return -1;
    scratch[0] = upper[0] / pivot;
    rhs[0] = flush(rhs[0] / pivot);
    for (int i = 1; i < n; i++) {
        pivot = diag[i] - lower[i] * scratch[i - 1];
        if (!valid_pivot(pivot)) return -1;
        scratch[i] = upper[i] / pivot;
        rhs[i] = flush((rhs[i] - lower[i] * rhs[i - 1]) / pivot);
    }
    int finite = isfinite(rhs[n - 1]);
    for (int i = n - 2; i >= 0; i--) {
        double x = flush(rhs[i] - scratch[i] * rhs[i + 1]);
        rhs[i] = x;
        finite &= isfinite(x);
    }
    return finite ? 0 : -1;
}

/* solve_checked with the previous row's multiplier and value carried in registers (the form of
 * Tridiagonal.solveInPlace since issue 20; the same operations, so the same bits) */
__attribute__((noinline)) static int solve_carried(const double *lower, const double *diag, const double *upper,
                                                   double *rhs, double *scratch, int n) {
    for (int i = 0; i < n; i++) {
        if (!isfinite(rhs[i])) return -1;
    }
    double pivot = diag[0];
    if (!valid_pivot(pivot)) return -1;
    double m = upper[0] / pivot;
    double y = flush(rhs[0] / pivot);
    scratch[0] = m;
    rhs[0] = y;
    for (int i = 1; i < n; i++) {
        double l = lower[i];
        pivot = diag[i] - l * m;
        if (!valid_pivot(pivot)) return -1;
        m = upper[i] / pivot;
        y = flush((rhs[i] - l * y) / pivot);
        scratch[i] = m;
        rhs[i] = y;
    }
    double x = y;
    int finite = isfinite(x);
    for (int i = n - 2; i >= 0; i--) {
        x = flush(rhs[i] - scratch[i] * x);
        rhs[i] = x;
        finite &= isfinite(x);
    }
    return finite ? 0 : -1;
}

/* the textbook Thomas loop, no checks, no flush */
__attribute__((noinline)) static int solve_bare(const double *lower, const double *diag, const double *upper,
                                                double *rhs, double *scratch, int n) {
    double pivot = diag[0];
    scratch[0] = upper[0] / pivot;
    rhs[0] = rhs[0] / pivot;
    for (int i = 1; i < n; i++) {
        pivot = diag[i] - lower[i] * scratch[i - 1];
        scratch[i] = upper[i] / pivot;
        rhs[i] = (rhs[i] - lower[i] * rhs[i - 1]) / pivot;
    }
    for (int i = n - 2; i >= 0; i--) {
        rhs[i] -= scratch[i] * rhs[i + 1];
    }
    return 0;
}

static double now_ns(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec * 1e9 + t.tv_nsec;
}

static int cmp(const void *a, const void *b) {
    double x = *(const double *) a, y = *(const double *) b;
    return x < y ? -1 : x > y;
}

typedef int (*solver)(const double *, const double *, const double *, double *, double *, int);

int main(int argc, char **argv) {
    int batches = argc > 1 ? atoi(argv[1]) : 15;
    double batch_ms = argc > 2 ? atof(argv[2]) : 100;
    int default_sizes[] = {1000, 100000, 1000000};
    int nsizes = argc > 3 ? argc - 3 : 3;
    for (int s = 0; s < nsizes; s++) {
        int n = argc > 3 ? atoi(argv[3 + s]) : default_sizes[s];
        double *lower = malloc(n * sizeof(double)), *diag = malloc(n * sizeof(double));
        double *upper = malloc(n * sizeof(double)), *rhs = malloc(n * sizeof(double));
        double *work = malloc(n * sizeof(double)), *scratch = malloc(n * sizeof(double));
        double *ns = malloc(batches * sizeof(double));
        jseed(42);
        for (int i = 0; i < n; i++) { /* the order of TridiagonalBenchmark.setUp */
            lower[i] = -1 - jnext_double();
            upper[i] = -1 - jnext_double();
            diag[i] = 4 + jnext_double();
            rhs[i] = jnext_double();
        }
        const char *names[] = {"checked", "carried", "bare"};
        solver fns[] = {solve_checked, solve_carried, solve_bare};
        for (int v = 0; v < 3; v++) {
            double w0 = now_ns();
            long reps = 0;
            while (now_ns() - w0 < 1e9) {
                memcpy(work, rhs, n * sizeof(double));
                if (fns[v](lower, diag, upper, work, scratch, n) != 0) { fprintf(stderr, "solve failed\n"); return 1; }
                reps++;
            }
            long per_batch = (long) (reps * batch_ms / 1000.0);
            if (per_batch < 1) per_batch = 1;
            for (int k = 0; k < batches; k++) {
                double t0 = now_ns();
                for (long r = 0; r < per_batch; r++) {
                    memcpy(work, rhs, n * sizeof(double));
                    fns[v](lower, diag, upper, work, scratch, n);
                }
                ns[k] = (now_ns() - t0) / per_batch / n;
            }
            qsort(ns, batches, sizeof(double), cmp);
            double sum = 0;
            for (int i = 0; i < n; i++) sum += work[i];
            printf("THOMAS side=c variant=%s n=%d best_ns_per_unknown=%.4f median_ns_per_unknown=%.4f batches=%d "
                   "solves_per_batch=%ld checksum=%.17g\n", names[v], n, ns[0], ns[batches / 2], batches, per_batch, sum);
            fflush(stdout);
        }
        free(lower); free(diag); free(upper); free(rhs); free(work); free(scratch); free(ns);
    }
    return 0;
}
