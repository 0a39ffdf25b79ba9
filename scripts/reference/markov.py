#!/usr/bin/python3
"""
Reference numbers for the Markov roll-forward of the exchange-rate card (src/stats/markov.ts,
toolkits/ratecard/model.ts), computed once with NumPy and committed as test/reference/markov.json;
the lab's tests compare against it, so CI needs no Python. Run: /usr/bin/python3 scripts/reference/markov.py

Twelve monthly count tables over {none, A, I, P, L} from a fixed pattern (no random numbers): the
pooled row-normalised matrix, the mean inflow, and twelve months of heads n_{t+1} = n_t P + inflow
(the churned, column none, dropped each month) with GMV_t = n_t . g + no-stage GMV. Quantiles use
NumPy's default (linear, type 7).
"""
import json
import pathlib

import numpy as np

tables = []
for t in range(12):
    c = np.zeros((5, 5))
    c[0, 1:] = [400 + 13 * t, 90 + (t % 4) * 5, 30 + t, 1]
    c[1] = [300 + 7 * (t % 5), 180 + t, 60 + 3 * (t % 3), 25 + (t % 2), 2]
    c[2] = [50 + t, 40, 70 + 2 * (t % 4), 45 + (t % 5), 6]
    c[3] = [0, 0, 0, 900 + 10 * t, 30 + (t % 6)]
    c[4] = [0, 0, 0, 40 + (t % 3), 300 + 5 * t]
    tables.append(c)
pooled = sum(tables)
P = pooled / pooled.sum(axis=1, keepdims=True)
inflow = np.array([0.0] + [np.mean([c[0, j] for c in tables]) for j in range(1, 5)])
g = np.array([0.0, 3.5, 40.0, 12.0, 55.0])
no_stage = 2500.0
heads = np.array([0.0, 900.0, 250.0, 2000.0, 420.0])
gmv = []
n = heads.copy()
for _ in range(12):
    gmv.append(float(n @ g + no_stage))
    n = n @ P + inflow
    n[0] = 0.0
values = [((i * 53) % 41) * 1.7 - 3 for i in range(57)]
out = {
    "tables": [c.tolist() for c in tables],
    "P": P.tolist(),
    "inflow": inflow.tolist(),
    "g": g.tolist(),
    "no_stage": no_stage,
    "heads": heads.tolist(),
    "gmv": gmv,
    "values": values,
    "q10": float(np.quantile(values, 0.1)),
    "q90": float(np.quantile(values, 0.9)),
    "numpy": np.__version__,
}
path = pathlib.Path(__file__).resolve().parents[2] / "test/reference/markov.json"
path.write_text(json.dumps(out, indent=1) + "\n")
print(f"wrote {path}: gmv[0] {gmv[0]:.4f}, gmv[11] {gmv[11]:.4f}, q10 {out['q10']}, q90 {out['q90']}")
