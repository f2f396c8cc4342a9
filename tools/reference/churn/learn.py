"""Self-supervised churn scores: learn on the book's own past, apply at the calibration end.

usage: learn.py [CAL_END] [HOLDOUT_DAYS]      (defaults 1997-09-30, 273 = 39 weeks)

For a training cut c < CAL_END the purchase model is refitted on data <= c, features are
computed at c, and the label is "bought in (c, CAL_END]" (horizon h = CAL_END - c): nothing
after CAL_END is read.  The learned model is then applied at CAL_END with the model fitted on
data <= CAL_END and horizon 39 weeks; only then is the holdout read, for scoring.
"""
import sys
import numpy as np, pandas as pd
from scipy.optimize import minimize
from common import *

CAL = pd.Timestamp(sys.argv[1] if len(sys.argv) > 1 else "1997-09-30")
HD = int(sys.argv[2]) if len(sys.argv) > 2 else 273
END = CAL + pd.Timedelta(days=HD)
days = load()
COH = set(cohort_ids())
cache = {}


def frame(cut, h_days, with_pareto=True):
    """Features at `cut` for horizon h_days (model refitted on data <= cut)."""
    cut = pd.Timestamp(cut)
    if cut not in cache:
        s = summarise(days, cut)
        pb, _ = fit_bgnbd(s)
        pn = fit_pareto(s).params_.to_dict() if with_pareto else None
        cache[cut] = (s, pb, pn)
    s, pb, pn = cache[cut]
    f = s.copy()
    h = h_days / 7.0
    x, tx, T = f.x.values.astype(float), f.tx.values, f["T"].values
    f["h"] = h
    f["bg_pa"] = bgnbd_palive(pb, x, tx, T)
    f["bg_p0"] = bgnbd_p0_alive(pb, x, T, h)
    f["bg_pnone"] = 1 - f.bg_pa * (1 - f.bg_p0)
    f["bg_ex"] = bgnbd_ex(pb, x, tx, T, h)
    if pn is not None:
        from lifetimes import ParetoNBDFitter
        m = ParetoNBDFitter(); m.params_ = pd.Series(pn)
        pa = np.asarray(m.conditional_probability_alive(x, tx, T))
        f["pn_pa"] = pa
        f["pn_ex"] = np.asarray(m.conditional_expected_number_of_purchases_up_to_time(h, x, tx, T))
        f["pn_pnone"] = pareto_pnone(pn, x, tx, T, h, pa)
        f["pn_pbuy_alive"] = 1 - pareto_pnone(pn, x, tx, T, h, np.ones_like(pa))
    # model-free features, in weeks
    f["rec"] = f["T"] - f["tx"]                       # weeks since last purchase
    f["l_x"] = np.log1p(x)
    f["l_rec"] = np.log1p(f.rec)
    f["rec_T"] = f.rec / np.maximum(f["T"], 1 / 7)    # share of its life spent silent
    f["l_T"] = np.log1p(f["T"])
    f["rate"] = np.log1p(x / np.maximum(f["T"], 1.0))  # purchases per week of age
    f["l_m"] = np.log1p(f.spend_rep_mean)            # mean spend per repeat day (0 if x=0)
    f["l_m1"] = np.log1p(f.spend_first)
    f["rep"] = (x > 0).astype(float)
    f["l_h"] = np.log(h)
    f["hx"] = f.l_h * f.l_x
    f["hr"] = f.l_h * f.l_rec
    eps = 1e-12
    f["lg_bg"] = logit(np.clip(f.bg_pnone, eps, 1 - eps))
    f["lg_bg_pa"] = logit(np.clip(f.bg_pa, eps, 1 - eps))
    f["lg_bg_p0"] = logit(np.clip(f.bg_p0, eps, 1 - eps))
    f["l_ex"] = np.log(np.maximum(f.bg_ex, 1e-12))
    if pn is not None:
        f["lg_pn"] = logit(np.clip(f.pn_pnone, eps, 1 - eps))
    f["y_none"] = 1 - label(days, f, cut, cut + pd.Timedelta(days=h_days))  # 1 = NO purchase in (cut, cut+h]
    return f


def newton_logistic(X, y, ridge=1.0, offset=None):
    """Newton/IRLS for P(y=1) = sigmoid(offset + [1, X] beta); ridge on non-intercept terms."""
    n, k = X.shape
    Z = np.column_stack([np.ones(n), X])
    off = np.zeros(n) if offset is None else offset
    b = np.zeros(k + 1)
    R = np.eye(k + 1) * ridge; R[0, 0] = 0
    for it in range(100):
        p = expit(off + Z @ b)
        g = Z.T @ (y - p) - R @ b
        Hm = (Z * (p * (1 - p))[:, None]).T @ Z + R
        step = np.linalg.solve(Hm, g)
        b += step
        if np.max(np.abs(step)) < 1e-10:
            break
    return b


def predict(b, X, offset=None):
    Z = np.column_stack([np.ones(len(X)), X])
    return expit((0 if offset is None else offset) + Z @ b)


def fit_alive_corr(X, kbuy, y_buy):
    """P(buy in h) = sigmoid([1,X] beta) * kbuy  (kbuy = model's P(buy in h | alive))."""
    Z = np.column_stack([np.ones(len(X)), X])
    def nll(b):
        q = expit(Z @ b)
        p = np.clip(q * kbuy, 1e-12, 1 - 1e-12)
        return -np.sum(y_buy * np.log(p) + (1 - y_buy) * np.log(1 - p)) + 0.5 * np.sum(b[1:] ** 2)
    res = minimize(nll, np.zeros(Z.shape[1]), method="BFGS")
    return res.x


def report(name, pnone, app, extra=""):
    y = 1 - app.y_none.values
    coh = app.index.isin(COH)
    a = auc(-pnone, y); ac = auc(-pnone[coh], y[coh])
    print(f"{name:58s} AUC {a:.4f} cohort {ac:.4f} mean P(none) {pnone.mean():.4f} obs {app.y_none.mean():.4f} "
          f"(cohort {pnone[coh].mean():.4f}/{app.y_none.values[coh].mean():.4f}) {extra}")
    return a


if __name__ == "__main__":
    app = frame(CAL, HD)
    print(f"apply at {CAL.date()} horizon {HD} days -> holdout to {END.date()}; n={len(app)}; observed no-purchase {app.y_none.mean():.4f}")
    report("BG/NBD P(none,39w) [no learning]", app.bg_pnone.values, app)
    report("Pareto/NBD P(none,39w) [no learning]", app.pn_pnone.values, app)
    report("ranking by -E[X] BG (not a probability)", -app.bg_ex.values, app)

    feature_sets = {
        "F1 base only (Platt)": ["lg_bg"],
        "F2 base + l_x + l_rec": ["lg_bg", "l_x", "l_rec"],
        "F3 base + l_x + l_rec + rec_T + l_T": ["lg_bg", "l_x", "l_rec", "rec_T", "l_T"],
        "F4 F3 + spend (l_m, l_m1)": ["lg_bg", "l_x", "l_rec", "rec_T", "l_T", "l_m", "l_m1"],
        "F5 no model: l_x l_rec rec_T l_T l_m l_m1 l_h": ["l_x", "l_rec", "rec_T", "l_T", "l_m", "l_m1", "l_h"],
        "F6 base + rep + l_x + l_rec + l_m": ["lg_bg", "rep", "l_x", "l_rec", "l_m"],
        "F8 F2 + l_h + l_h*l_x + l_h*l_rec": ["lg_bg", "l_x", "l_rec", "l_h", "hx", "hr"],
        "F9 no model: l_x l_rec l_T l_m + l_h, l_h*l_x, l_h*l_rec": ["l_x", "l_rec", "l_T", "l_m", "l_h", "hx", "hr"],
    }
    wk = 7
    schemes = {
        "S1 one cut c=CAL-13w, h=13w": [(CAL - pd.Timedelta(days=13 * wk), 13 * wk)],
        "S2 one cut c=CAL-26w, h=26w": [(CAL - pd.Timedelta(days=26 * wk), 26 * wk)],
        "S3 cuts CAL-{8,13,20}w, h to CAL": [(CAL - pd.Timedelta(days=k * wk), k * wk) for k in (8, 13, 20)],
        "S4 (CAL-26w,13w),(CAL-26w,26w),(CAL-20w,20w),(CAL-13w,13w)": [(CAL - pd.Timedelta(days=26 * wk), 13 * wk), (CAL - pd.Timedelta(days=26 * wk), 26 * wk), (CAL - pd.Timedelta(days=20 * wk), 20 * wk), (CAL - pd.Timedelta(days=13 * wk), 13 * wk)],
    }
    results = {}
    for sname, cuts in schemes.items():
        cuts = [(c, h) for c, h in cuts if (days.groupby("cid").date.min() <= c).sum() >= 1000]
        if not cuts: continue
        tr = pd.concat([frame(c, h, with_pareto=False) for c, h in cuts])
        print(f"\n== {sname}: training rows {len(tr)}, no-purchase share {tr.y_none.mean():.4f}")
        for fname, cols in feature_sets.items():
            b = newton_logistic(tr[cols].values, tr.y_none.values, ridge=1.0)
            p = predict(b, app[cols].values)
            a = report(f"{fname}", p, app, "coef " + " ".join(f"{v:+.3f}" for v in b))
            results[(sname, fname)] = a
        # offset model: keep the base's horizon (coefficient 1 on the base), learn corrections only
        for fname, cols in [("O1 offset lg_bg + l_x + l_rec", ["l_x", "l_rec"]),
                            ("O2 offset lg_bg + l_x + l_rec + l_m", ["l_x", "l_rec", "l_m"]),
                            ("O3 offset lg_bg + rep + l_x + l_rec + rec_T + l_m", ["rep", "l_x", "l_rec", "rec_T", "l_m"])]:
            b = newton_logistic(tr[cols].values, tr.y_none.values, ridge=1.0, offset=tr.lg_bg.values)
            p = predict(b, app[cols].values, offset=app.lg_bg.values)
            report(fname, p, app, "coef " + " ".join(f"{v:+.3f}" for v in b))
        # alive-correction: P(buy) = q(features) * P_model(buy | alive, h)
        for fname, cols in [("A1 q(l_x, l_rec, rec_T) * (1-P0_bg)", ["l_x", "l_rec", "rec_T"]),
                            ("A2 q(rep, l_x, l_rec, rec_T, l_m) * (1-P0_bg)", ["rep", "l_x", "l_rec", "rec_T", "l_m"])]:
            b = fit_alive_corr(tr[cols].values, 1 - tr.bg_p0.values, 1 - tr.y_none.values)
            q = predict(b, app[cols].values)
            report(fname, 1 - q * (1 - app.bg_p0.values), app, "coef " + " ".join(f"{v:+.3f}" for v in b))

    # Ceiling (NOT allowed: fitted on the holdout itself) for context
    print("\n== ORACLE (fitted on the holdout, for context only)")
    for fname, cols in list(feature_sets.items())[:5]:
        b = newton_logistic(app[cols].values, app.y_none.values, ridge=1.0)
        report(fname, predict(b, app[cols].values), app)
