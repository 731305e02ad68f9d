/*
 * The yardstick for the Java passes: forward and backward over the same graph, as flat arrays in
 * C, doing the same work per node as studio.backprop.autodiff.ForwardPass and BackwardPass: the
 * operands gathered, the value, each local partial, gradients accumulated over fan-out. Like the
 * Java passes it knows from the structure which nodes reach the output, and keeps no local
 * partials (the app works them out again for the few edges it shows). The bench tool writes the
 * graph, compiles this file with gcc -O2 and runs it in the same session.
 *
 * Input (text): n edges output, then per node: op count operand..., then per node the seed value.
 * Op codes are the ordinals of studio.backprop.expr.Op. Output: median ns per node, forward,
 * backward, and both, then the sum of all gradients, which the bench compares with Java's.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

enum { INPUT, CONST, IDENTITY, ADD, SUB, MUL, DIV, POW, NEG, EXP, LN, SQRT, SIN, COS, TAN, TANH,
       SIGMOID, RELU, ABS, MAX, MIN };

static int n, edges, output;
static int *op, *start, *operand;
static double *seed, *value, *grad;
static char *reaches;

static double sigmoid(double x) {
    if (x >= 0) return 1 / (1 + exp(-x));
    double e = exp(x);
    return e / (1 + e);
}

static double apply(int o, const double *a) {
    switch (o) {
        case IDENTITY: return a[0];
        case ADD: return a[0] + a[1];
        case SUB: return a[0] - a[1];
        case MUL: return a[0] * a[1];
        case DIV: return a[0] / a[1];
        case POW: return pow(a[0], a[1]);
        case NEG: return -a[0];
        case EXP: return exp(a[0]);
        case LN: return log(a[0]);
        case SQRT: return sqrt(a[0]);
        case SIN: return sin(a[0]);
        case COS: return cos(a[0]);
        case TAN: return tan(a[0]);
        case TANH: return tanh(a[0]);
        case SIGMOID: return sigmoid(a[0]);
        case RELU: return isnan(a[0]) ? a[0] : (a[0] > 0 ? a[0] : 0);
        case ABS: return fabs(a[0]);
        case MAX: return isnan(a[0]) || isnan(a[1]) ? NAN : a[0] >= a[1] ? a[0] : a[1];
        case MIN: return isnan(a[0]) || isnan(a[1]) ? NAN : a[0] <= a[1] ? a[0] : a[1];
        default: abort();
    }
}

static double partial(int o, int slot, const double *a, double v) {
    switch (o) {
        case IDENTITY: case ADD: return 1;
        case SUB: return slot == 0 ? 1 : -1;
        case MUL: return slot == 0 ? a[1] : a[0];
        case DIV: return slot == 0 ? 1 / a[1] : -a[0] / (a[1] * a[1]);
        case POW:
            if (slot == 0) return a[1] == 0 ? 0 : a[1] * pow(a[0], a[1] - 1);
            if (a[0] > 0) return v * log(a[0]);
            return a[0] == 0 && a[1] > 0 ? 0 : NAN;
        case NEG: return -1;
        case EXP: return v;
        case LN: return 1 / a[0];
        case SQRT: return 0.5 / v;
        case SIN: return cos(a[0]);
        case COS: return -sin(a[0]);
        case TAN: return 1 + v * v;
        case TANH: return 1 - v * v;
        case SIGMOID: return v * (1 - v);
        case RELU: return a[0] > 0 ? 1 : 0;
        case ABS: return a[0] > 0 ? 1 : a[0] < 0 ? -1 : 0;
        case MAX: return (a[0] >= a[1]) == (slot == 0) ? 1 : 0;
        case MIN: return (a[0] <= a[1]) == (slot == 0) ? 1 : 0;
        default: abort();
    }
}

static void forward(void) {
    double a[8];
    memcpy(value, seed, sizeof(double) * n);
    for (int i = 0; i < n; i++) {
        int from = start[i], to = start[i + 1];
        if (from == to) continue;
        for (int k = from; k < to; k++) a[k - from] = value[operand[k]];
        value[i] = apply(op[i], a);
    }
}

static int all_finite(const double *a, int count) {
    for (int k = 0; k < count; k++) if (!isfinite(a[k])) return 0;
    return 1;
}

/* Which nodes lead to the output: structure only, so worked out once, as ComputationGraph does. */
static void find_reaches(void) {
    memset(reaches, 0, n);
    reaches[output] = 1;
    for (int i = output; i >= 0; i--) {
        if (!reaches[i]) continue;
        for (int k = start[i]; k < start[i + 1]; k++) reaches[operand[k]] = 1;
    }
}

static void backward(void) {
    double a[8];
    memset(grad, 0, sizeof(double) * n);
    grad[output] = 1;
    for (int i = output; i >= 0; i--) {
        int from = start[i], to = start[i + 1];
        if (from == to || !reaches[i]) continue;
        for (int k = from; k < to; k++) a[k - from] = value[operand[k]];
        double g = grad[i];
        for (int k = from; k < to; k++) {
            double l = isnan(value[i]) && all_finite(a, to - from) ? NAN : partial(op[i], k - from, a, value[i]);
            grad[operand[k]] += g * l;
        }
    }
}

static double now(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec * 1e9 + t.tv_nsec;
}

static int compare(const void *x, const void *y) {
    double a = *(const double *) x, b = *(const double *) y;
    return a < b ? -1 : a > b;
}

static double median_ns(void (*pass)(void), int runs) {
    double *t = malloc(sizeof(double) * runs);
    for (int r = 0; r < runs; r++) {
        double begin = now();
        pass();
        t[r] = (now() - begin) / n;
    }
    qsort(t, runs, sizeof(double), compare);
    double m = t[runs / 2];
    free(t);
    return m;
}

static void both(void) {
    forward();
    backward();
}

int main(int argc, char **argv) {
    FILE *in = argc > 1 ? fopen(argv[1], "r") : stdin;
    if (!in || fscanf(in, "%d %d %d", &n, &edges, &output) != 3) return 2;
    op = malloc(sizeof(int) * n);
    start = malloc(sizeof(int) * (n + 1));
    operand = malloc(sizeof(int) * (edges > 0 ? edges : 1));
    seed = malloc(sizeof(double) * n);
    value = malloc(sizeof(double) * n);
    grad = malloc(sizeof(double) * n);
    reaches = malloc(n);
    start[0] = 0;
    for (int i = 0; i < n; i++) {
        int count;
        if (fscanf(in, "%d %d", &op[i], &count) != 2) return 2;
        for (int k = 0; k < count; k++) {
            if (fscanf(in, "%d", &operand[start[i] + k]) != 1) return 2;
        }
        start[i + 1] = start[i] + count;
    }
    for (int i = 0; i < n; i++) {
        if (fscanf(in, "%lf", &seed[i]) != 1) return 2;
    }
    find_reaches();
    int runs = argc > 2 ? atoi(argv[2]) : 200;
    for (int r = 0; r < runs; r++) both();  /* warm caches and branch predictors */
    double f = median_ns(forward, runs);
    double b = median_ns(backward, runs);
    double fb = median_ns(both, runs);
    double check = 0;
    for (int i = 0; i < n; i++) check += grad[i];
    printf("%.3f %.3f %.3f %.17g\n", f, b, fb, check);
    return 0;
}
