"""Reference figures for kam's Gamma-Gamma spend model, from the lifetimes package.

Run in a throwaway virtual environment (never a dependency of kam or its tests):

    python3 -m venv /tmp/ltv && /tmp/ltv/bin/pip install lifetimes
    /tmp/ltv/bin/python tools/reference/gamma_gamma.py ../shared/data/cdnow/CDNOW_master.txt

It prints the summary's size and lifetimes' GammaGammaFitter parameters on the CDNOW master
file, calibration 1997-01-01 to 1997-09-30, spend summed per day with the first day left
out, clients with a zero mean spend too; Tests/KamDomainTests/GammaGammaTests.swift holds the printed values.
"""
import sys

import pandas as pd
from lifetimes import GammaGammaFitter
from lifetimes.utils import summary_data_from_transaction_data

path = sys.argv[1]
rows = pd.read_csv(path, sep=r"\s+", header=0,
                   names=["customer", "date", "cds", "amount"], dtype={"customer": str})
rows["date"] = pd.to_datetime(rows["date"].astype(str), format="%Y%m%d")
calibration = rows[rows["date"] <= "1997-09-30"]
summary = summary_data_from_transaction_data(
    calibration, "customer", "date", monetary_value_col="amount",
    observation_period_end="1997-09-30", freq="D")
# lifetimes refuses a zero mean spend (some CDNOW days are $0), and so does kam.
repeat = summary[(summary["frequency"] > 0) & (summary["monetary_value"] > 0)]
fitter = GammaGammaFitter(penalizer_coef=0.0)
fitter.fit(repeat["frequency"], repeat["monetary_value"])
p, q, v = (fitter.params_[k] for k in ("p", "q", "v"))
print(f"customers {len(summary)} repeat {len(repeat)}")
print(f"p {p:.10g} q {q:.10g} v {v:.10g}")
first = repeat.iloc[0]
print("expected mean spend of", first.name, fitter.conditional_expected_average_profit(
    first["frequency"], first["monetary_value"]))
print("mean monetary", repeat["monetary_value"].mean())
