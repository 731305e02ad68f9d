/*
 * The yardstick for the Java passes: forward and backward over the same graph, as flat arrays in
 * C, doing the same work per node as studio.backprop.autodiff.ForwardPass and BackwardPass: one or
 * two operands read, the value, then the chain rule through the node (Op.chain) with the same NaN
 * rule. Like the Java passes it knows from the structure which nodes reach the output, and keeps
 * no local partials (the app works them out again for the few edges it shows). The bench tool
 * writes the graph, compiles this file with gcc -O2 and runs it in the same session.
 *
 * Input (text): n edges output, then per node: op count operand..., then per node the seed value.
 * Ops are named as in studio.backprop.expr.Op.jsonName(). Output: median ns per node, forward,
 * backward, and both, then the sum of all gradients, which the bench compares with Java's.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

enum { INPUT, CONST, IDENTITY, ADD, SUB, MUL, DIV, POW, NEG, EXP, LN, SQRT, SIN, COS, TAN, TANH,
       SIGMOID, RELU, STEP, ABS, MAX, MIN };

static const char *NAMES[] = {"input", "const", "id", "add", "sub", "mul", "div", "pow", "neg", "exp", "ln",
                               "sqrt", "sin", "cos", "tan", "tanh", "sigmoid", "relu", "step", "abs", "max", "min"};

static int n, edges, output;
static int *op, *start, *operand;
static double *seed, *value, *grad;
static char *reaches;

static double sigmoid(double x) {
    if (x >= 0) return 1 / (1 + exp(-x));
    double e = exp(x);
    return e / (1 + e);
}

/* C's pow already is IEEE's: 1^y = 1 for every y, (-1)^±inf = 1, which Java's needs taught. */
static double sigmoid_slope(double x) {
    double t = exp(-fabs(x)), s = 1 + t;
    return t / (s * s);
}

static double tanh_slope(double x) {
    double t = exp(-fabs(x)), sech = 2 * t / (1 + t * t);
    return sech * sech;
}

static double apply(int o, double x, double y) {
    switch (o) {
        case IDENTITY: return x;
        case ADD: return x + y;
        case SUB: return x - y;
        case MUL: return x * y;
        case DIV: return x / y;
        case POW: return pow(x, y);
        case NEG: return -x;
        case EXP: return exp(x);
        case LN: return log(x);
        case SQRT: return sqrt(x);
        case SIN: return sin(x);
        case COS: return cos(x);
        case TAN: return tan(x);
        case TANH: return tanh(x);
        case SIGMOID: return sigmoid(x);
        case RELU: return isnan(x) ? x : (x > 0 ? x : 0);
        case STEP: return x > 0 ? 1 : x <= 0 ? 0 : x;
        case ABS: return fabs(x);
        case MAX: return isnan(x) || isnan(y) ? NAN : x >= y ? x : y;
        case MIN: return isnan(x) || isnan(y) ? NAN : x <= y ? x : y;
        default: abort();
    }
}

static double binary_partial(int o, int slot, double x, double y, double v) {
    if (o == POW) {
        if (slot == 0) return y == 0 ? 0 : y * pow(x, y - 1);
        return x == 0 && y >= 0 ? 0 : v * log(x);
    }
    double mine = slot == 0 ? x : y, other = slot == 0 ? y : x;
    if (mine == other) return 0.5;
    return (o == MAX ? mine < other : mine > other) ? 0 : 1;
}

static double unary_partial(int o, double x, double v) {
    switch (o) {
        case EXP: return v;
        case LN: return 1 / x;
        case SQRT: return 0.5 / v;
        case SIN: return cos(x);
        case COS: return -sin(x);
        case TAN: return 1 + v * v;
        case TANH: return tanh_slope(x);
        case SIGMOID: return sigmoid_slope(x);
        case RELU: return x > 0 ? 1 : 0;
        case STEP: return 0;
        case ABS: return x > 0 ? 1 : x < 0 ? -1 : 0;
        default: abort();
    }
}

/* The chain rule through one node, as Op.chain does it: upstream times each partial, added in. */
static void chain(int o, double x, double y, double v, double up, int first, int second) {
    switch (o) {
        case IDENTITY: grad[first] += up; break;
        case NEG: grad[first] -= up; break;
        case ADD: grad[first] += up; grad[second] += up; break;
        case SUB: grad[first] += up; grad[second] -= up; break;
        case MUL: grad[first] += up * y; grad[second] += up * x; break;
        case DIV: grad[first] += up / y; grad[second] += up * (-x / (y * y)); break;
        case POW: case MAX: case MIN:
            grad[first] += up * binary_partial(o, 0, x, y, v);
            grad[second] += up * binary_partial(o, 1, x, y, v);
            break;
        default: grad[first] += up * unary_partial(o, x, v);
    }
}

static void forward(void) {
    memcpy(value, seed, sizeof(double) * n);
    for (int i = 0; i < n; i++) {
        int from = start[i], to = start[i + 1];
        if (from == to) continue;
        value[i] = apply(op[i], value[operand[from]], to - from == 2 ? value[operand[from + 1]] : NAN);
    }
}

static void backward(void) {
    memset(grad, 0, sizeof(double) * n);
    grad[output] = 1;
    for (int i = output; i >= 0; i--) {
        int from = start[i], to = start[i + 1];
        if (from == to || !reaches[i]) continue;
        int first = operand[from], second = to - from == 2 ? operand[from + 1] : first;
        double x = value[first], y = to - from == 2 ? value[second] : NAN;
        if (isnan(value[i]) && isfinite(x) && (to - from == 1 || isfinite(y))) {
            grad[first] = NAN;
            grad[second] = NAN;
        } else {
            chain(op[i], x, y, value[i], grad[i], first, second);
        }
    }
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

static int code(const char *name) {
    for (int c = 0; c < (int) (sizeof NAMES / sizeof NAMES[0]); c++) {
        if (strcmp(NAMES[c], name) == 0) return c;
    }
    fprintf(stderr, "flat_passes: no op '%s' here; add it to NAMES, the enum and the switches\n", name);
    exit(3);
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
        char name[32];
        if (fscanf(in, "%31s %d", name, &count) != 2 || count > 2) return 2;
        op[i] = code(name);
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
