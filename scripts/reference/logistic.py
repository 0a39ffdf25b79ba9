#!/usr/bin/python3
"""
Reference fits for the lab's statistics (src/stats), computed once with standard libraries and
committed as test/reference/logistic.json; the lab's tests compare against it, so CI needs no
Python. Run: /usr/bin/python3 scripts/reference/logistic.py (Debian: python3-statsmodels, python3-sklearn).

The data are deterministic (no random numbers): 60 launches with two features and a label that
depends on them with noise from a fixed pattern, so the classes overlap (no separation).
"""
import json
import pathlib

import numpy as np
import statsmodels.api as sm
from sklearn.isotonic import IsotonicRegression
from sklearn.metrics import roc_auc_score

rows = []
for i in range(60):
    x1 = ((i * 37) % 17) / 4 - 2
    x2 = ((i * 11) % 13) / 3 - 2
    noise = ((i * 7) % 5 - 2) * 0.9
    y = 1 if 0.8 * x1 - 1.1 * x2 + noise > 0.6 else 0
    rows.append((x1, x2, y))

X = np.array([[r[0], r[1]] for r in rows])
y = np.array([r[2] for r in rows])

# Unregularised maximum likelihood (Newton), as the lab fits it.
fit = sm.Logit(y, sm.add_constant(X)).fit(method="newton", tol=1e-12, maxiter=100, disp=False)
eta = sm.add_constant(X) @ fit.params
p = 1 / (1 + np.exp(-eta))

# Platt scaling: a logistic regression of the label on a score. On the model's own log-odds it is
# the identity (intercept 0, slope 1) in-sample, so the reference scales the first feature instead.
platt = sm.Logit(y, sm.add_constant(X[:, 0])).fit(method="newton", tol=1e-12, maxiter=100, disp=False)

iso = IsotonicRegression(increasing=True, out_of_bounds="clip").fit(p, y)

out = {
    "source": "scripts/reference/logistic.py (statsmodels %s, scikit-learn)" % sm.__version__,
    "x": X.tolist(),
    "y": y.tolist(),
    "coefficients": fit.params.tolist(),
    "standard_errors": fit.bse.tolist(),
    "log_likelihood": float(fit.llf),
    "probabilities": p.tolist(),
    "auc": float(roc_auc_score(y, p)),
    "platt": {"intercept": float(platt.params[0]), "slope": float(platt.params[1])},
    "isotonic": {
        "x": iso.X_thresholds_.tolist(),
        "y": iso.y_thresholds_.tolist(),
    },
}
path = pathlib.Path(__file__).resolve().parents[2] / "test/reference/logistic.json"
path.write_text(json.dumps(out, indent=1) + "\n")
print("wrote", path, "positives", int(y.sum()), "of", len(y))
