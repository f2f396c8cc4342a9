"""Times lifetimes' summary plus BG/NBD fit on the CDNOW master file, in process.

Run in a throwaway virtual environment (never a dependency of kam or its tests):

    python3 -m venv /tmp/ltv && /tmp/ltv/bin/pip install lifetimes
    /tmp/ltv/bin/python tools/reference/lifetimes_fit_time.py ../shared/data/cdnow/CDNOW_master.txt 1998-06-30

Prints the seconds spent in `summary_data_from_transaction_data` (days, as kam counts
purchase days) and `BetaGeoFitter.fit` alone: interpreter start, imports and reading the
file are left out, which favours lifetimes. tools/bench-risk-model compares it with
`kam risk --model`.
"""
import sys
import time

import pandas as pd
from lifetimes import BetaGeoFitter
from lifetimes.utils import summary_data_from_transaction_data

path, end = sys.argv[1], sys.argv[2]
rows = pd.read_csv(path, sep=r"\s+", header=0,
                   names=["customer", "date", "cds", "amount"], dtype={"customer": str})
rows["date"] = pd.to_datetime(rows["date"].astype(str), format="%Y%m%d")
rows = rows[rows["date"] <= end]
start = time.perf_counter()
summary = summary_data_from_transaction_data(
    rows, "customer", "date", observation_period_end=end, freq="D")
summary[["recency", "T"]] /= 7.0  # weeks, as kam fits
fitter = BetaGeoFitter(penalizer_coef=0.0)
fitter.fit(summary["frequency"], summary["recency"], summary["T"])
elapsed = time.perf_counter() - start
print(f"{elapsed:.4f} seconds, {len(summary)} customers, "
      + " ".join(f"{k} {v:.6f}" for k, v in fitter.params_.items()))
