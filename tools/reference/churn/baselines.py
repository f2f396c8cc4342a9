"""Baselines at calibration end CAL (default 1997-09-30), 39-week holdout.
usage: baselines.py [CAL HOLDOUT_END]"""
import sys, time
import numpy as np, pandas as pd
from common import *

CAL = sys.argv[1] if len(sys.argv) > 1 else "1997-09-30"
END = sys.argv[2] if len(sys.argv) > 2 else "1998-06-30"
H = 39.0
days = load()
s = summarise(days, CAL)
s["y"] = label(days, s, CAL, END)
print(f"cal end {CAL}, holdout to {END} ({(pd.Timestamp(END)-pd.Timestamp(CAL)).days} days), customers {len(s)}, "
      f"repeat buyers {(s.x>0).sum()}, buy again {s.y.mean():.4f}, no purchase {1-s.y.mean():.4f}")

# cross-check my summary against lifetimes' freq='D'
from lifetimes.utils import summary_data_from_transaction_data
raw = pd.read_csv(MASTER, sep=r"\s+", header=0, names=["cid", "date", "cds", "amount"], dtype={"cid": str, "date": str})
raw["cid"] = raw.cid.astype(int); raw["date"] = pd.to_datetime(raw.date, format="%Y%m%d")
ls = summary_data_from_transaction_data(raw[raw.date <= CAL], "cid", "date", observation_period_end=CAL, freq="D")
ls = ls.loc[s.index]
print("lifetimes freq=D summary identical:", (ls.frequency.values == s.x.values).all(),
      (ls.recency.values == s.tx_d.values).all(), (ls["T"].values == s.T_d.values).all())

t0 = time.time(); pb, llb = fit_bgnbd(s); t1 = time.time()
print("BG/NBD (weeks)", {k: round(v, 6) for k, v in pb.items()}, "LL", round(llb, 4), f"{t1-t0:.1f}s")
from lifetimes import BetaGeoFitter
bg = BetaGeoFitter().fit(s.x.values, s.tx.values, s["T"].values)
print("lifetimes BetaGeoFitter", bg.params_.round(6).to_dict())
t0 = time.time(); pn = fit_pareto(s); t1 = time.time()
print("Pareto/NBD lifetimes", pn.params_.round(6).to_dict(), "LL", round(-pn._negative_log_likelihood_ * len(s) if hasattr(pn, '_negative_log_likelihood_') else np.nan, 4), f"{t1-t0:.1f}s")
pp = pn.params_.to_dict()
ll_own = pareto_ll_own((pp["r"], pp["alpha"], pp["s"], pp["beta"]), s.x.values, s.tx.values, s["T"].values).sum()
print("Pareto/NBD LL by own formula at lifetimes' params", round(ll_own, 4))

x, tx, T = s.x.values, s.tx.values, s["T"].values
s["bg_pa"] = bgnbd_palive(pb, x, tx, T)
s["bg_ex"] = bgnbd_ex(pb, x, tx, T, H)
s["bg_pnone"] = bgnbd_pnone(pb, x, tx, T, H)
s["pn_pa"], s["pn_ex"], s["pn_pnone"] = pareto_quantities(pn, x, tx, T, H)
# check own P(no purchase) against lifetimes' conditional PMF where available
try:
    chk = np.asarray(pn.conditional_probability_of_n_purchases_up_to_time(0, H, x[:200], tx[:200], T[:200]))
    print("Pareto P(N=0) own vs lifetimes max abs diff (200 customers):", np.abs(chk - s.pn_pnone.values[:200]).max())
except Exception as e:
    print("lifetimes conditional PMF check failed:", e)
print("BG/NBD E[X] own vs lifetimes max abs diff:", np.abs(bg.conditional_expected_number_of_purchases_up_to_time(H, x, tx, T) - s.bg_ex.values).max())

coh = s.index.isin(cohort_ids())
rows = [("BG/NBD E[X(39)]", s.bg_ex), ("BG/NBD P(alive)", s.bg_pa), ("BG/NBD 1-P(no purchase in 39w)", 1 - s.bg_pnone),
        ("Pareto/NBD E[X(39)]", s.pn_ex), ("Pareto/NBD P(alive)", s.pn_pa), ("Pareto/NBD 1-P(no purchase in 39w)", 1 - s.pn_pnone),
        ("recency: -(days since last purchase)", -s.rec_d), ("frequency x", s.x), ("t_x (days first->last)", s.tx_d),
        ("x / T", s.x / s["T"].clip(lower=1/7)), ("total spend", s.spend_total)]
print(f"\n{'score':42s} {'AUC full':>9s} {'AUC cohort':>10s}")
for name, sc in rows:
    print(f"{name:42s} {auc(sc, s.y):9.4f} {auc(sc[coh], s.y[coh]):10.4f}")
print(f"\nmean predicted P(no purchase 39w): BG/NBD {s.bg_pnone.mean():.4f}, Pareto/NBD {s.pn_pnone.mean():.4f}, observed {1-s.y.mean():.4f}")
print(f"cohort n={coh.sum()}: BG/NBD {s.bg_pnone[coh].mean():.4f}, Pareto {s.pn_pnone[coh].mean():.4f}, observed {1-s.y[coh].mean():.4f}")
print(f"mean E[X(39)]: BG {s.bg_ex.mean():.4f} Pareto {s.pn_ex.mean():.4f}; actual holdout purchase days per customer "
      f"{days[(days.date>CAL)&(days.date<=END)].shape[0]/len(s):.4f}")
s.to_pickle(f"/tmp/churn-research/baselines_{CAL}.pkl")
