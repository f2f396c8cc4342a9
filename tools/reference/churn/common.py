"""Shared code for the kam issue-15 churn research (CDNOW master file).

Units: summaries are built in DAYS (like lifetimes freq='D': x = distinct purchase days - 1,
t_x = days first->last purchase, T = days first purchase -> cut date), then divided by 7 so
every model works in WEEKS, as kam does.  A cut date c means "end of day c": purchases dated
<= c are known; the label window is (c, c+h].
"""
import numpy as np
import pandas as pd
from scipy.special import gammaln, hyp2f1, expit, logit
from scipy.optimize import minimize

import os
SHARED = os.path.join(os.path.dirname(os.path.abspath(__file__)), "../../../../shared/data/cdnow")
MASTER = os.path.join(SHARED, "CDNOW_master.txt")
COHORT = os.path.join(SHARED, "cdnow_customers_summary.csv")


def load():
    d = pd.read_csv(MASTER, sep=r"\s+", header=0, names=["cid", "date", "cds", "amount"],
                    dtype={"cid": str, "date": str})
    d["cid"] = d["cid"].astype(int)
    d["date"] = pd.to_datetime(d["date"], format="%Y%m%d")
    # one row per purchase DAY (several lines a day count once; amounts summed)
    days = d.groupby(["cid", "date"], as_index=False)["amount"].sum()
    return days


def cohort_ids():
    return pd.read_csv(COHORT)["ID"].astype(int).values


def summarise(days, cut):
    """Per-customer summary at end of day `cut` (only customers whose first purchase <= cut)."""
    cut = pd.Timestamp(cut)
    cal = days[days["date"] <= cut]
    g = cal.groupby("cid")
    first = g["date"].min()
    last = g["date"].max()
    n = g.size()
    s = pd.DataFrame({"first": first, "last": last, "n": n})
    s["x"] = s["n"] - 1
    s["tx_d"] = (s["last"] - s["first"]).dt.days
    s["T_d"] = (cut - s["first"]).dt.days
    s["rec_d"] = s["T_d"] - s["tx_d"]          # days since last purchase
    s["tx"] = s["tx_d"] / 7.0
    s["T"] = s["T_d"] / 7.0
    tot = g["amount"].sum()
    fday = cal.merge(first.rename("first"), left_on="cid", right_index=True)
    first_amt = fday[fday["date"] == fday["first"]].groupby("cid")["amount"].sum()
    s["spend_total"] = tot
    s["spend_first"] = first_amt
    s["spend_rep_mean"] = np.where(s["x"] > 0, (tot - first_amt) / s["x"].clip(lower=1), 0.0)
    return s.drop(columns=["n"])


def label(days, s, start_excl, end_incl):
    """1 if the customer has a purchase day in (start_excl, end_incl]."""
    a, b = pd.Timestamp(start_excl), pd.Timestamp(end_incl)
    w = days[(days["date"] > a) & (days["date"] <= b)]
    return s.index.isin(w["cid"].unique()).astype(int)


# ---------------------------------------------------------------- BG/NBD (FHL 2005)
def _groups(x, tx, T):
    k = pd.DataFrame({"x": x, "tx": tx, "T": T})
    gr = k.groupby(["x", "tx", "T"]).size().reset_index(name="w")
    return gr["x"].values.astype(float), gr["tx"].values, gr["T"].values, gr["w"].values.astype(float)


def bgnbd_ll(params, x, tx, T, w):
    r, al, a, b = params
    A1 = gammaln(r + x) - gammaln(r) + r * np.log(al)
    A2 = gammaln(a + b) + gammaln(b + x) - gammaln(b) - gammaln(a + b + x)
    A3 = -(r + x) * np.log(al + T)
    with np.errstate(divide="ignore", invalid="ignore"):
        A4 = np.where(x > 0, np.log(a) - np.log(np.maximum(b + x - 1, 1e-300)) - (r + x) * np.log(al + tx), -np.inf)
    m = np.maximum(A3, A4)
    return np.sum(w * (A1 + A2 + m + np.log(np.exp(A3 - m) + np.exp(A4 - m))))


def fit_bgnbd(s):
    x, tx, T, w = _groups(s["x"].values, s["tx"].values, s["T"].values)
    f = lambda p: -bgnbd_ll(np.exp(p), x, tx, T, w)
    best = None
    for start in ([0.0, 0.0, 0.0, 0.0], [np.log(0.25), np.log(4.0), np.log(0.8), np.log(2.5)]):
        res = minimize(f, start, method="Nelder-Mead", options=dict(xatol=1e-10, fatol=1e-10, maxiter=20000, maxfev=20000))
        res = minimize(f, res.x, method="BFGS")
        if best is None or res.fun < best.fun:
            best = res
    return dict(zip(["r", "alpha", "a", "b"], np.exp(best.x))), -best.fun


def bgnbd_palive(p, x, tx, T):
    r, al, a, b = p["r"], p["alpha"], p["a"], p["b"]
    x = np.asarray(x, float)
    with np.errstate(divide="ignore", invalid="ignore"):
        lo = np.log(a) - np.log(np.maximum(b + x - 1, 1e-300)) + (r + x) * (np.log(al + T) - np.log(al + tx))
    return np.where(x > 0, expit(-lo), 1.0)


def bgnbd_p0_alive(p, x, T, t):
    """P(no purchase in next t | alive) = ((a+T)/(a+T+t))^(r+x)."""
    return np.exp(-(p["r"] + x) * np.log1p(t / (p["alpha"] + T)))


def bgnbd_pnone(p, x, tx, T, t):
    pa = bgnbd_palive(p, x, tx, T)
    return 1 - pa * (1 - bgnbd_p0_alive(p, x, T, t))


def bgnbd_ex(p, x, tx, T, t):
    r, al, a, b = p["r"], p["alpha"], p["a"], p["b"]
    x = np.asarray(x, float)
    z = t / (al + T + t)
    hyp = hyp2f1(r + x, b + x, a + b + x - 1, z)
    first = (a + b + x - 1) / (a - 1)
    second = 1 - ((al + T) / (al + T + t)) ** (r + x) * hyp
    return first * second * bgnbd_palive(p, x, tx, T)


# ---------------------------------------------------------------- Pareto/NBD
def fit_pareto(s, penalizer=0.0):
    from lifetimes import ParetoNBDFitter
    m = ParetoNBDFitter(penalizer_coef=penalizer)
    m.fit(s["x"].values, s["tx"].values, s["T"].values)
    return m


def pareto_quantities(m, x, tx, T, t):
    """lifetimes' P(alive), E[X(t)], and P(no purchase in t) = P(N(t)=0 | x,tx,T)."""
    pa = m.conditional_probability_alive(x, tx, T)
    ex = m.conditional_expected_number_of_purchases_up_to_time(t, x, tx, T)
    pnone = pareto_pnone(m.params_, x, tx, T, t, pa)
    return np.asarray(pa), np.asarray(ex), pnone


# Gauss-Legendre nodes for the 1-D integral in P(no purchase | alive)
_GL_X, _GL_W = np.polynomial.legendre.leggauss(32)


def pareto_pnone(params, x, tx, T, t, palive):
    """P(no purchase in (T, T+t] | x, tx, T) under Pareto/NBD.
    Given alive at T, lambda ~ Gamma(r+x, alpha+T) and mu ~ Gamma(s, beta+T) independently, and
    P(buy in t | alive, lam, mu) = lam/(lam+mu) (1 - e^{-(lam+mu) t}) = int_0^t lam e^{-(lam+mu)u} du, so
    P(buy in t | alive) = int_0^t (r+x)/(alpha+T) ((alpha+T)/(alpha+T+u))^(r+x+1) ((beta+T)/(beta+T+u))^s du.
    Integral by 32-point Gauss-Legendre on u = t*v^2 (v in [0,1]) to follow the steep start."""
    r, al, s, be = params["r"], params["alpha"], params["s"], params["beta"]
    x = np.asarray(x, float)[:, None]
    T = np.asarray(T, float)[:, None]
    v = (_GL_X + 1) / 2
    wv = _GL_W / 2
    u = t * v ** 2
    du = 2 * t * v
    A = al + T
    B = be + T
    f = (r + x) / A * np.exp(-(r + x + 1) * np.log1p(u / A) - s * np.log1p(u / B))
    pbuy_alive = np.sum(f * du * wv, axis=1)
    return 1 - np.asarray(palive) * pbuy_alive


def pareto_ll_own(params, x, tx, T):
    """Pareto/NBD log-likelihood per customer (Fader & Hardie 2005 note), for the Swift spec check."""
    r, al, s, be = params
    x = np.asarray(x, float)
    rsx = r + s + x
    if al >= be:
        big, bb = al, s + 1
    else:
        big, bb = be, r + x + 1
    z1 = abs(al - be) / (big + tx)
    z2 = abs(al - be) / (big + T)
    A0 = hyp2f1(rsx, bb, rsx + 1, z1) / (big + tx) ** rsx - hyp2f1(rsx, bb, rsx + 1, z2) / (big + T) ** rsx
    return (gammaln(r + x) - gammaln(r) + r * np.log(al) + s * np.log(be)
            + np.log(1.0 / ((al + T) ** (r + x) * (be + T) ** s) + s / rsx * A0))


def auc(score, y):
    from sklearn.metrics import roc_auc_score
    return roc_auc_score(y, score)
