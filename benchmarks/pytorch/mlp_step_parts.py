#!/usr/bin/env python3
"""The published MLP's full-batch update at the paper shapes, cut into parts as src/Memorization.Benchmarks/
MlpStepBenchmarks.cs cuts it (whole update, forward with loss, forward + backward, optimiser step, zero_grad), for
README "Performance": where the time outside the matrix products goes on each side. Same data distribution and shapes
as published_structure.py (n = N = 500, d = 1000, H = 1500), SGD lr 3e-4, momentum 0.999, Nesterov.
Each part: 5 warm-up calls, then the median of --repeats timed calls.

    OMP_WAIT_POLICY=PASSIVE /usr/bin/python3 benchmarks/pytorch/mlp_step_parts.py --threads 2
"""
import argparse
import statistics
import time

import torch

from published_structure import generate, HIDDEN, LABELS


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--repeats", type=int, default=20)
    parser.add_argument("--seed", type=int, default=123)
    args = parser.parse_args()
    torch.set_num_threads(args.threads)
    torch.manual_seed(args.seed)
    generated = generate(args.seed)
    x = torch.as_tensor(generated[0])
    y = torch.as_tensor(generated[1]).long()
    model = torch.nn.Sequential(torch.nn.Linear(x.shape[1], HIDDEN), torch.nn.Sigmoid(), torch.nn.Linear(HIDDEN, LABELS),
                                torch.nn.LogSoftmax(dim=1))
    optimizer = torch.optim.SGD(model.parameters(), lr=3e-4, momentum=0.999, nesterov=True)

    def update():
        optimizer.zero_grad()
        torch.nn.functional.nll_loss(model(x), y).backward()
        optimizer.step()

    def forward_with_loss():
        with torch.no_grad():
            return torch.nn.functional.nll_loss(model(x), y).item()

    def forward_backward():
        torch.nn.functional.nll_loss(model(x), y).backward()

    update()
    parts = [("Update", update), ("ForwardWithLoss", forward_with_loss), ("ForwardBackward", forward_backward),
             ("OptimizerStep", optimizer.step), ("ZeroGrad", optimizer.zero_grad)]
    print(f"PyTorch {torch.__version__}, {torch.get_num_threads()} threads, median of {args.repeats}")
    for name, part in parts:
        for _ in range(5):
            part()
        times = []
        for _ in range(args.repeats):
            start = time.perf_counter()
            part()
            times.append(time.perf_counter() - start)
        print(f"  {name:16s} {1000 * statistics.median(times):8.2f} ms")


if __name__ == "__main__":
    main()
