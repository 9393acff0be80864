#!/usr/bin/python3
"""Writes the pair fixtures of tst_relval and prints statsmodels' Engle-Granger figures for them
(the golden values in the test). Run once by hand with Debian's python3-statsmodels 0.13.5; the
test itself needs neither Python nor statsmodels.

cointegrated.csv: x a Gaussian random walk, y = 0.5 + 1.3 x + s with s an AR(1), s_t = 0.9 s_{t-1} + e_t.
independent.csv: two independent Gaussian random walks.
"""
import math
import random

import numpy as np
from statsmodels.tsa.stattools import adfuller, coint
import statsmodels.api as sm


def write(name, x, y):
    with open(name, "w") as f:
        f.write("x,y\n")
        for a, b in zip(x, y):
            f.write(f"{a!r},{b!r}\n")


def report(name, x, y):
    x, y = np.array(x), np.array(y)
    t, p, crit = coint(y, x, trend="c", autolag="aic")
    fit = sm.OLS(y, sm.add_constant(x)).fit()
    resid = y - fit.params[0] - fit.params[1] * x
    adf = adfuller(resid, regression="n", autolag="AIC")
    d = np.diff(resid)
    hl = sm.OLS(d, sm.add_constant(resid[:-1])).fit().params[1]
    print(name, repr(fit.params[1]), repr(fit.params[0]), repr(t), repr(p), [repr(c) for c in crit], adf[2], adf[3],
          repr(-math.log(2) / math.log(1 + hl)))


rng = random.Random(20261206)
n = 600
x, s = [4.0], [0.0]
for _ in range(n - 1):
    x.append(x[-1] + rng.gauss(0, 0.01))
    s.append(0.9 * s[-1] + rng.gauss(0, 0.005))
y = [0.5 + 1.3 * a + b for a, b in zip(x, s)]
write("cointegrated.csv", x, y)
report("cointegrated", x, y)

u, v = [5.0], [3.0]
for _ in range(n - 1):
    u.append(u[-1] + rng.gauss(0, 0.01))
    v.append(v[-1] + rng.gauss(0, 0.01))
write("independent.csv", u, v)
report("independent", u, v)
