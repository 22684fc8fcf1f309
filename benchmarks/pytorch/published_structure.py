#!/usr/bin/env python3
"""Times the STRUCTURE of the published HCL experiment (docs/experiments.md#published-hcl-experiment) in PyTorch, as a reference for
`repro bench hcl` (README "Performance"). Written for this suite from docs/experiments.md; it is not the published code.

What it times, at the paper shapes (n = N = 500, d = 1000, rho = published formula with a = 50000, uniform prior):
  - logistic regression: Linear(d->N) + log_softmax, NLL, singletons duplicated, full-batch SGD lr 0.1,
    momentum 0.99, Nesterov, 50 steps (per step and total);
  - MLP: Linear(d->1500) -> sigmoid -> Linear(1500->N) -> log_softmax, SGD lr 3e-4, momentum 0.999, Nesterov
    (per step over --mlp-steps steps, extrapolated to 2000);
  - the published attack structure, ONE model call per probe, under torch.no_grad():
      sign attack on the trained logistic regression (for each coordinate i and each of 5 repeats a uniform
      random x, two forward passes with x_i = +1 and x_i = -1), and coordinate ascent on the MLP after
      --mlp-steps steps (ordered sweeps, at most 10, flip x_i when the target's log-probability rises),
      each on --singletons singletons (published: the first 3);
  - the published experiment's total: LR checkpoints every 2 steps (26 incl. step 0) and MLP checkpoints every
    50 steps (41), 3 singletons attacked at each, extrapolated from the measured per-step and per-singleton times;
  - the machine's sgemm peak in the same process, with the same method as `repro bench hcl`: torch.mm of float32
    matrices, 2 warm-up calls then the best of --sgemm-repeats, for a square product (--sgemm-square, 2048), the
    MLP step's five products (forward X.W1^T [n x d . d x H], s(h).W2^T [n x H . H x N]; backward
    dW2 = g^T.s(h) [N x n . n x H], ds = g.W2 [n x N . N x H], dW1 = delta^T.X [H x n . n x d]; no dX: the inputs
    need no gradient) and coordinate ascent's per-coordinate product [T x H . H x N] (T = singletons in the data);
    GFLOP/s = 2 m k n / best time; the peak is the best of them. The MLP step's matrix-product work is
    2 n (2 d H + 3 H N) flops (5.25 GFLOP at the paper sizes); its GFLOP/s and share of the peak are reported, and
    so are coordinate ascent's: in the published structure each probe is one single-example forward pass,
    2 (d H + H N) flops, (1 + sweeps x d) of them per singleton. (Ours counts what ours computes, a different
    amount: the rates compare efficiency, the times compare speed.)
Every measurement is repeated --repeats times and the median is reported. Prints a table, then one JSON object
(also written to --json when given). Only stdlib, numpy and torch.

    OMP_WAIT_POLICY=PASSIVE python3 benchmarks/pytorch/published_structure.py --threads 2
"""
import argparse
import json
import math
import platform
import statistics
import sys
import time

import numpy as np
import torch

N_TRAIN = 500
DIMENSION = 1000
LABELS = 500
A = 50000.0
HIDDEN = 1500
LR_STEPS = 50
LR_CHECKPOINTS = LR_STEPS // 2 + 1          # every 2 steps, step 0 included: 26
MLP_STEPS = 2000
MLP_CHECKPOINTS = MLP_STEPS // 50 + 1       # every 50 steps, step 0 included: 41
SIGN_REPEATS = 5
MAX_SWEEPS = 10
SGEMM_WARMUPS = 2


def mlp_step_shapes(n, d, hidden, labels):
    """The five products of one full-batch MLP update as autograd runs them: (label, m, k, n) of A[m x k] . B[k x n]."""
    return [
        ("MLP forward X.W1^T", n, d, hidden),
        ("MLP forward s(h).W2^T", n, hidden, labels),
        ("MLP backward dW2 = g^T.s(h)", labels, n, hidden),
        ("MLP backward ds = g.W2", n, labels, hidden),
        ("MLP backward dW1 = delta^T.X", hidden, n, d),
    ]


def mlp_step_flops(n, d, hidden, labels):
    """Matrix-product flops of one MLP update: sum of 2 m k n over its products = 2 n (2 d H + 3 H N)."""
    return sum(2.0 * m * k * q for _, m, k, q in mlp_step_shapes(n, d, hidden, labels))


def published_ascent_flops(sweeps, d=DIMENSION, hidden=HIDDEN, labels=LABELS):
    """Matrix-product flops of the published coordinate ascent on one singleton: one single-example forward pass
    (2 (d H + H N) flops) for the starting score and one per proposed flip, sweeps x d of them."""
    return (1 + sweeps * d) * 2.0 * (d * hidden + hidden * labels)


def sgemm_peak(shapes, repeats, seed):
    """torch.mm of each (label, m, k, n) shape: SGEMM_WARMUPS untimed calls, then the best of `repeats` timed ones."""
    generator = torch.Generator().manual_seed(seed)
    rows = []
    with torch.no_grad():
        for label, m, k, n in shapes:
            a = torch.rand(m, k, generator=generator, dtype=torch.float32)
            b = torch.rand(k, n, generator=generator, dtype=torch.float32)
            for _ in range(SGEMM_WARMUPS):
                torch.mm(a, b)
            best = math.inf
            for _ in range(repeats):
                start = time.perf_counter()
                torch.mm(a, b)
                best = min(best, time.perf_counter() - start)
            rows.append({"label": label, "m": m, "k": k, "n": n, "gflops": 2.0 * m * k * n / best / 1e9, "best_ms": best * 1e3})
    return rows


def published_rho(n, d, a=A):
    """rho = sqrt((2 ln(a * 0.368 * n) - ln ln n) / d) (docs/tasks.md#hcl)."""
    return math.sqrt((2.0 * math.log(a * 0.368 * n) - math.log(math.log(n))) / d)


def generate(seed, n=N_TRAIN, d=DIMENSION, labels=LABELS):
    """An HCL training set with the published distribution (each coordinate fixed with probability rho)."""
    rng = np.random.default_rng(seed)
    rho = published_rho(n, d)
    fixed = rng.random((labels, d)) < rho
    values = rng.choice(np.array([-1.0, 1.0], dtype=np.float32), size=(labels, d))
    y = rng.integers(0, labels, size=n)
    x = rng.choice(np.array([-1.0, 1.0], dtype=np.float32), size=(n, d))
    x = np.where(fixed[y], values[y], x).astype(np.float32)
    counts = np.bincount(y, minlength=labels)
    singletons = np.nonzero(counts[y] == 1)[0]
    return torch.from_numpy(x), torch.from_numpy(y.astype(np.int64)), torch.from_numpy(singletons), rho


class LogisticRegression(torch.nn.Module):
    def __init__(self, d, labels):
        super().__init__()
        self.linear = torch.nn.Linear(d, labels)

    def forward(self, x):
        return torch.log_softmax(self.linear(x), dim=1)


class Mlp(torch.nn.Module):
    def __init__(self, d, hidden, labels):
        super().__init__()
        self.hidden = torch.nn.Linear(d, hidden)
        self.output = torch.nn.Linear(hidden, labels)

    def forward(self, x):
        return torch.log_softmax(self.output(torch.sigmoid(self.hidden(x))), dim=1)


def train(model, x, y, lr, momentum, steps):
    """Full-batch Nesterov SGD on the mean NLL; returns the wall time of each step."""
    optimizer = torch.optim.SGD(model.parameters(), lr=lr, momentum=momentum, nesterov=True)
    times = []
    for _ in range(steps):
        start = time.perf_counter()
        optimizer.zero_grad()
        loss = torch.nn.functional.nll_loss(model(x), y)
        loss.backward()
        optimizer.step()
        times.append(time.perf_counter() - start)
    return times


@torch.no_grad()
def sign_attack(model, label, d, generator):
    """Published structure: per coordinate and repeat one random x, two single-example forward passes."""
    votes = torch.zeros(d)
    for i in range(d):
        for _ in range(SIGN_REPEATS):
            x = torch.randint(0, 2, (1, d), generator=generator).float() * 2 - 1
            x[0, i] = 1.0
            plus = model(x)[0, label]
            x[0, i] = -1.0
            minus = model(x)[0, label]
            votes[i] += 1.0 if plus > minus else -1.0
    return votes.sign()


@torch.no_grad()
def coordinate_ascent(model, label, d, generator):
    """Published structure: ordered sweeps, one single-example forward pass per proposed flip. Returns (x, sweeps)."""
    x = torch.randint(0, 2, (1, d), generator=generator).float() * 2 - 1
    current = model(x)[0, label]
    sweeps = 0
    for _ in range(MAX_SWEEPS):
        sweeps += 1
        flipped = False
        for i in range(d):
            x[0, i] = -x[0, i]
            score = model(x)[0, label]
            if score > current:
                current = score
                flipped = True
            else:
                x[0, i] = -x[0, i]
        if not flipped:
            break
    return x, sweeps


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--threads", type=int, default=2, help="torch.set_num_threads (default 2)")
    parser.add_argument("--mlp-steps", type=int, default=30, help="MLP steps timed; coordinate ascent attacks this MLP (default 30)")
    parser.add_argument("--singletons", type=int, default=3, help="singletons attacked per measurement (published 3)")
    parser.add_argument("--repeats", type=int, default=3, help="repetitions of every measurement; the median is reported (default 3)")
    parser.add_argument("--seed", type=int, default=123)
    parser.add_argument("--sgemm-square", type=int, default=2048,
                        help="side of the square product of the sgemm peak; 0 leaves it out (default 2048)")
    parser.add_argument("--sgemm-repeats", type=int, default=5, help="timed calls per sgemm shape; the best counts (default 5)")
    parser.add_argument("--json", help="also write the JSON object to this file")
    args = parser.parse_args(argv)
    for name in ("threads", "mlp_steps", "singletons", "repeats", "sgemm_repeats"):
        if getattr(args, name) < 1:
            parser.error(f"--{name.replace('_', '-')} must be >= 1")
    if args.sgemm_square < 0:
        parser.error("--sgemm-square must be >= 0 (0 leaves the square product out)")

    torch.set_num_threads(args.threads)
    torch.manual_seed(args.seed)
    x, y, singletons, rho = generate(args.seed)
    duplicated_x = torch.cat([x, x[singletons]])
    duplicated_y = torch.cat([y, y[singletons]])
    targets = singletons[: args.singletons].tolist()
    generator = torch.Generator().manual_seed(args.seed)

    # The sgemm peak first, in this process: same threads and BLAS as the pieces below.
    shapes = ([(f"square {args.sgemm_square}", args.sgemm_square, args.sgemm_square, args.sgemm_square)] if args.sgemm_square > 0 else [])
    shapes += mlp_step_shapes(N_TRAIN, DIMENSION, HIDDEN, LABELS)
    shapes.append(("coordinate ascent s(h).W2^T per coordinate", int(singletons.numel()), HIDDEN, LABELS))
    sgemm_shapes = sgemm_peak(shapes, args.sgemm_repeats, args.seed)
    peak = max(row["gflops"] for row in sgemm_shapes)
    print(f"sgemm peak {peak:.1f} GFLOP/s (best of {args.sgemm_repeats} per shape over {len(shapes)} shapes)", file=sys.stderr)

    lr_total, lr_step, mlp_step, sign_per, ascent_per, sweeps, ascent_rate = [], [], [], [], [], [], []
    # Process CPU time (all threads) of the same pieces: on a shared machine wall time also measures the neighbours.
    cpu_lr, cpu_mlp_step, cpu_sign, cpu_ascent = [], [], [], []
    for repeat in range(args.repeats):
        torch.manual_seed(args.seed + repeat)
        lr_model = LogisticRegression(DIMENSION, LABELS)
        start, cpu = time.perf_counter(), time.process_time()
        times = train(lr_model, duplicated_x, duplicated_y, 0.1, 0.99, LR_STEPS)
        lr_total.append(time.perf_counter() - start)
        cpu_lr.append(time.process_time() - cpu)
        lr_step.append(statistics.mean(times))
        lr_model.eval()

        start, cpu = time.perf_counter(), time.process_time()
        for k in targets:
            sign_attack(lr_model, int(y[k]), DIMENSION, generator)
        sign_per.append((time.perf_counter() - start) / len(targets))
        cpu_sign.append((time.process_time() - cpu) / len(targets))

        mlp = Mlp(DIMENSION, HIDDEN, LABELS)
        cpu = time.process_time()
        times = train(mlp, x, y, 3e-4, 0.999, args.mlp_steps)
        mlp_step.append(statistics.mean(times))
        cpu_mlp_step.append((time.process_time() - cpu) / args.mlp_steps)
        mlp.eval()

        start, cpu = time.perf_counter(), time.process_time()
        repeat_sweeps = []
        for k in targets:
            repeat_sweeps.append(coordinate_ascent(mlp, int(y[k]), DIMENSION, generator)[1])
        ascent_time = time.perf_counter() - start
        ascent_per.append(ascent_time / len(targets))
        cpu_ascent.append((time.process_time() - cpu) / len(targets))
        sweeps.append(statistics.mean(repeat_sweeps))
        ascent_rate.append(sum(published_ascent_flops(k) for k in repeat_sweeps) / ascent_time / 1e9)
        print(f"repeat {repeat + 1}/{args.repeats}: LR {lr_total[-1]:.2f} s, MLP {mlp_step[-1] * 1e3:.1f} ms/step, "
              f"sign {sign_per[-1]:.2f} s/singleton, ascent {ascent_per[-1]:.2f} s/singleton", file=sys.stderr)

    med = statistics.median
    published_attacked = 3
    step_gflop = mlp_step_flops(N_TRAIN, DIMENSION, HIDDEN, LABELS) / 1e9
    step_gflops = step_gflop / med(mlp_step)
    lr_part = med(lr_total) + LR_CHECKPOINTS * published_attacked * med(sign_per)
    mlp_part = MLP_STEPS * med(mlp_step) + MLP_CHECKPOINTS * published_attacked * med(ascent_per)
    result = {
        "side": "pytorch-published-structure",
        "torch": torch.__version__,
        "python": platform.python_version(),
        "threads": torch.get_num_threads(),
        "processor": platform.processor() or platform.machine(),
        "repeats": args.repeats,
        "shapes": {"n": N_TRAIN, "d": DIMENSION, "N": LABELS, "rho": rho, "hidden": HIDDEN,
                   "singletons_in_data": int(singletons.numel()), "duplicated_rows": int(duplicated_x.shape[0])},
        "lr_total_s": med(lr_total),
        "lr_step_ms": med(lr_step) * 1e3,
        "mlp_steps_timed": args.mlp_steps,
        "mlp_step_ms": med(mlp_step) * 1e3,
        "mlp_2000_steps_s": MLP_STEPS * med(mlp_step),
        "sign_attack_s_per_singleton": med(sign_per),
        "coordinate_ascent_s_per_singleton": med(ascent_per),
        "coordinate_ascent_mean_sweeps": med(sweeps),
        "coordinate_ascent_model": f"MLP after {args.mlp_steps} steps",
        "sgemm_peak_gflops": peak,
        "sgemm_shapes": sgemm_shapes,
        "mlp_step_gflop": step_gflop,
        "mlp_step_gflops": step_gflops,
        "mlp_step_share_of_peak": step_gflops / peak,
        # The work is affine in the sweeps, so a repeat's work is len(targets) x the work at its mean sweeps.
        "coordinate_ascent_gflop": med(len(targets) * published_ascent_flops(k) for k in sweeps) / 1e9,
        "coordinate_ascent_gflops": med(ascent_rate),
        "coordinate_ascent_share_of_peak": med(ascent_rate) / peak,
        "experiment_estimate": {
            "singletons_attacked_per_checkpoint": published_attacked,
            "lr_checkpoints": LR_CHECKPOINTS, "mlp_checkpoints": MLP_CHECKPOINTS,
            "lr_part_s": lr_part, "mlp_part_s": mlp_part, "total_s": lr_part + mlp_part,
        },
        "cpu": {"lr_total_s": med(cpu_lr), "mlp_step_ms": med(cpu_mlp_step) * 1e3,
                "sign_attack_s_per_singleton": med(cpu_sign), "coordinate_ascent_s_per_singleton": med(cpu_ascent)},
        "samples": {"lr_total_s": lr_total, "mlp_step_s": mlp_step, "sign_s_per_singleton": sign_per,
                    "ascent_s_per_singleton": ascent_per},
    }
    rows = [
        ("sgemm peak (in this run)", f"{peak:.1f} GFLOP/s (best of {len(sgemm_shapes)} shapes)"),
        ("MLP step rate", f"{step_gflop:.2f} GFLOP, {step_gflops:.1f} GFLOP/s = {100 * step_gflops / peak:.0f}% of peak"),
        ("coord. ascent rate", f"{med(ascent_rate):.2f} GFLOP/s = {100 * med(ascent_rate) / peak:.1f}% of peak"),
        ("LR 50 steps", f"{result['lr_total_s']:.3f} s ({result['lr_step_ms']:.1f} ms/step)"),
        ("MLP per step", f"{result['mlp_step_ms']:.1f} ms (x2000 = {result['mlp_2000_steps_s']:.0f} s)"),
        ("sign attack per singleton", f"{result['sign_attack_s_per_singleton']:.3f} s"),
        ("coord. ascent per singleton", f"{result['coordinate_ascent_s_per_singleton']:.3f} s "
                                         f"({result['coordinate_ascent_mean_sweeps']:.2f} sweeps, {result['coordinate_ascent_model']})"),
        ("cpu time (all threads)", f"LR {med(cpu_lr):.3f} s, MLP {med(cpu_mlp_step) * 1e3:.1f} ms/step, "
                                   f"sign {med(cpu_sign):.3f} s/singleton, ascent {med(cpu_ascent):.3f} s/singleton"),
        ("experiment (3 singletons/ckpt)", f"{lr_part + mlp_part:.0f} s (LR {lr_part:.0f} s, MLP {mlp_part:.0f} s)"),
    ]
    print(f"PyTorch {torch.__version__}, {torch.get_num_threads()} threads, median of {args.repeats}")
    for name, value in rows:
        print(f"  {name:<32} {value}")
    for row in sgemm_shapes:
        print(f"  {row['label']:<44} {row['m']}x{row['k']}.{row['k']}x{row['n']}  {row['best_ms']:.2f} ms  {row['gflops']:.1f} GFLOP/s")
    text = json.dumps(result, indent=2)
    print(text)
    if args.json:
        with open(args.json, "w", encoding="utf-8") as handle:
            handle.write(text + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
