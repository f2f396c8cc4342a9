"""Fallbacks for books without a BG/NBD fit, on CDNOW (as if BG/NBD had failed).
usage: fallback.py [CAL_END]
 R0  kam's recency rule alone: P(alive)=exp(-rec/(3g)), P0=((g+T)/(g+T+H))^(1+x), P(none)=1-P(alive)(1-P0)
 R1  the recommended logistic with the horizon shift L(t) taken from the recency rule instead of BG/NBD
"""
import sys
sys.argv = sys.argv[:2]
import numpy as np, pandas as pd
import learn as L
from learn import frame, newton_logistic, CAL, HD
from common import auc, expit, logit, cohort_ids

wk = 7
COH = set(cohort_ids())


def rule_pnone(f, h_w, k=3.0):
    rep = f[f.x > 0]
    g = max(np.median(rep.tx / rep.x) if len(rep) else np.median(f["T"]), 1 / 7)
    pa = np.exp(-f.rec.values / (k * g))
    p0 = np.exp(-(1 + f.x.values) * np.log1p(h_w / (g + f["T"].values)))
    return 1 - pa * (1 - p0), g


app = frame(CAL, HD)
y = 1 - app.y_none.values
coh = app.index.isin(COH)
p_r0, g = rule_pnone(app, HD / 7)
print(f"CAL {CAL.date()} obs P(none) {app.y_none.mean():.4f};  g = {g:.3f} weeks")
print(f"R0 recency rule alone: AUC {auc(-p_r0, y):.4f} cohort {auc(-p_r0[coh], y[coh]):.4f} mean P(none) {p_r0.mean():.4f}")
span_d = (CAL - L.days.date.min()).days
hmax_d = min(HD, 2 * span_d // 3)
c = CAL - pd.Timedelta(days=hmax_d)
cols = ["l_x", "l_rec", "rec_T", "l_T", "l_m", "l_m1"]
lg = lambda p: logit(np.clip(p, 1e-12, 1 - 1e-12))
parts = []
for h in [int(round(f * hmax_d)) for f in (0.4, 0.65, 1.0)]:
    f = frame(c, h, with_pareto=False)
    f["shift"] = lg(rule_pnone(f, h / 7)[0]) - lg(rule_pnone(f, hmax_d / 7)[0])
    parts.append(f)
tr = pd.concat(parts)
b = newton_logistic(tr[cols + ["shift"]].values, tr.y_none.values, ridge=1.0)
shift = lg(rule_pnone(app, HD / 7)[0]) - lg(rule_pnone(app, hmax_d / 7)[0])
p = expit(np.column_stack([np.ones(len(app)), app[cols].values, shift]) @ b)
print(f"R1 logistic + recency-rule shift (hmax {hmax_d} d): AUC {auc(-p, y):.4f} cohort {auc(-p[coh], y[coh]):.4f} "
      f"mean P(none) {p.mean():.4f}  coef " + ", ".join(f"{v:.4f}" for v in b))
