"""RECOMMENDED construction: self-supervised logistic with a learned BG/NBD horizon shift.

usage: recommended.py [CAL_END] [HMAX_WEEKS|auto]     (defaults 1997-09-30, auto = min(H, 2/3 of the span))

  z   = [ln(1+x), ln(1+rec), rec/T, ln(1+T), ln(1+m_rep), ln(1+m_1)]  at the relevant date
        (x repeat purchase days, rec = T - t_x weeks, T weeks, m_rep mean $ per repeat purchase day
         (0 if x = 0), m_1 $ on the first purchase day)
  L_d(t) = logit P_BGNBD(no purchase in t | x, t_x, T), BG/NBD fitted on the book as of date d
  training (only data <= CAL):  c = CAL - hmax; rows (customer known at c, h) for h in {0.4, 0.65, 1}*hmax
        label  = no purchase day in (c, c+h]
        logit P = b0 + b.z_c + kappa * (L_c(h) - L_c(hmax))          ridge-Newton, ridge 1 on b and kappa
  scoring at CAL for H = 39 weeks:
        P(no purchase in H) = sigmoid(b0 + b.z_CAL + kappa * (L_CAL(H) - L_CAL(hmax)))
"""
import sys
HMAX_ARG = sys.argv[2] if len(sys.argv) > 2 else "auto"
sys.argv = sys.argv[:2]            # learn.py reads argv[2] as the holdout length: keep it at 273 days
import numpy as np, pandas as pd
import learn as L
from learn import frame, newton_logistic, CAL, HD
from common import auc, expit, cohort_ids

wk = 7
assert HD == 273
if HMAX_ARG == "auto":   # rule: hmax = min(H, 2/3 of the book's span before CAL), whole days
    span_d = (CAL - L.days.date.min()).days
    HMAX = min(HD, (2 * span_d) // 3) / 7.0
    print(f"hmax rule: span {span_d} days -> hmax {HMAX * 7:.0f} days = {HMAX:.2f} weeks")
else:
    HMAX = float(HMAX_ARG)
COH = set(cohort_ids())
app = frame(CAL, HD)
y = 1 - app.y_none.values
coh = app.index.isin(COH)
ZS = {"with spend": ["l_x", "l_rec", "rec_T", "l_T", "l_m", "l_m1"], "no spend": ["l_x", "l_rec", "rec_T", "l_T"]}


def fit_and_score(cols, hmax_w):
    hmax_d = int(round(hmax_w * wk))  # whole days
    c = CAL - pd.Timedelta(days=hmax_d)
    hs = [int(round(f * hmax_d)) for f in (0.4, 0.65, 1.0)]
    ref = frame(c, hmax_d, with_pareto=False)["lg_bg"].rename("ref")
    parts = []
    for h in hs:
        f = frame(c, h, with_pareto=False).join(ref)
        f["shift"] = f.lg_bg - f.ref
        parts.append(f)
    tr = pd.concat(parts)
    b = newton_logistic(tr[cols + ["shift"]].values, tr.y_none.values, ridge=1.0)
    aref = frame(CAL, hmax_d)
    eta = np.column_stack([np.ones(len(app)), app[cols].values, app.lg_bg.values - aref.lg_bg.values]) @ b
    return expit(eta), b, c, hs, len(tr)


base = {"BG/NBD E[X(39)]": app.bg_ex.values, "BG/NBD P(alive)": app.bg_pa.values,
        "BG/NBD 1-P(none 39w)": 1 - app.bg_pnone.values, "Pareto/NBD E[X(39)]": app.pn_ex.values,
        "Pareto/NBD P(alive)": app.pn_pa.values, "Pareto/NBD 1-P(none 39w)": 1 - app.pn_pnone.values,
        "recency -(T-tx)": -app.rec.values, "frequency x": app.x.values}
best = max(base, key=lambda k: auc(base[k], y))
print(f"CAL {CAL.date()} H=39w  n={len(app)}  observed P(none) {app.y_none.mean():.4f} (cohort {app.y_none.values[coh].mean():.4f})")
for k, v in base.items():
    extra = ""
    if "P(none" in k:
        extra = f"  mean P(none) {1 - v.mean():.4f} (cohort {1 - v[coh].mean():.4f})"
    print(f"  baseline {k:26s} AUC {auc(v, y):.4f}  cohort {auc(v[coh], y[coh]):.4f}{extra}")
print(f"  honest best baseline: {best}")

B = np.random.default_rng(0).integers(0, len(app), size=(300, len(app)))
for zname, cols in ZS.items():
    p, b, c, hs, n = fit_and_score(cols, HMAX)
    d = np.array([auc(-p[i], y[i]) - auc(base[best][i], y[i]) for i in B])
    print(f"\n[{zname}] hmax={HMAX}w cut {c.date()} windows {hs} days, {n} training rows")
    print("  coef (b0, b[z...], kappa): " + ", ".join(f"{v:.6f}" for v in b))
    print(f"  AUC {auc(-p, y):.4f} cohort {auc(-p[coh], y[coh]):.4f}; mean P(none) {p.mean():.4f} vs obs {app.y_none.mean():.4f} "
          f"(diff {p.mean() - app.y_none.mean():+.4f}); cohort {p[coh].mean():.4f} vs {app.y_none.values[coh].mean():.4f}")
    print(f"  AUC - best baseline ({best}): {d.mean():+.4f}, 95% bootstrap [{np.percentile(d, 2.5):+.4f}, {np.percentile(d, 97.5):+.4f}], "
          f"share <= 0: {(d <= 0).mean():.3f}")
    if zname == "with spend":
        t = pd.DataFrame({"dec": pd.qcut(pd.Series(p).rank(method="first"), 10, labels=False).values, "p": p, "o": app.y_none.values})
        t = t.groupby("dec").agg(n=("p", "size"), p_min=("p", "min"), p_max=("p", "max"), predicted=("p", "mean"), observed=("o", "mean"))
        t["pred-obs"] = t.predicted - t.observed
        print(t.round(4).to_string())
        print(f"  Brier {np.mean((p - app.y_none.values) ** 2):.4f} (BG/NBD {np.mean((app.bg_pnone.values - app.y_none.values) ** 2):.4f}, "
              f"Pareto {np.mean((app.pn_pnone.values - app.y_none.values) ** 2):.4f})")
        for nm, mk in (("x=0", app.x.values == 0), ("x>0", app.x.values > 0)):
            print(f"  {nm}: n={mk.sum()} predicted {p[mk].mean():.4f} observed {app.y_none.values[mk].mean():.4f}")
        pd.DataFrame({"cid": app.index, "p_none_39w": p, "y_none": app.y_none.values}).to_csv(
            f"/tmp/churn-research/recommended_scores_{CAL.date()}_h{HMAX:g}.csv", index=False)
