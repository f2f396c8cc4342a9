"""How far early CDNOW behaviour can rank "buys again after 1997-09-30": a ceiling check.

Run in a throwaway virtual environment (never a dependency of kam or its tests):

    python3 -m venv /tmp/ltv && /tmp/ltv/bin/pip install pandas scikit-learn
    /tmp/ltv/bin/python tools/reference/prospects_ceiling.py ../shared/data/cdnow/CDNOW_master.txt

It summarises each customer's purchases up to 1997-03-31 (amounts summed per day, as kam's
import books them), labels whether the customer bought again after 1997-09-30, and prints
the 5-fold cross-validated ROC AUC of gradient-boosted trees fitted on that very label:
once on the features kam's profile uses, and once with more (CDs bought, which kam does
not import; the span between first and last day; the largest day; spend per CD; the
weekday of the first purchase). A model that sees the label it is scored on, with more
information than the book holds, is an upper bound for what `kam prospects` can reach
out of time. docs/profile.md quotes the figures.
"""
import sys

import pandas as pd
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import roc_auc_score
from sklearn.model_selection import StratifiedKFold, cross_val_predict

path = sys.argv[1]
rows = pd.read_csv(path, sep=r"\s+", header=0,
                   names=["customer", "date", "cds", "amount"], dtype={"customer": str})
rows["date"] = pd.to_datetime(rows["date"].astype(str), format="%Y%m%d")
as_of, after = pd.Timestamp("1997-03-31"), pd.Timestamp("1997-09-30")
days = (rows[rows["date"] <= as_of]
        .groupby(["customer", "date"]).agg(amount=("amount", "sum"), cds=("cds", "sum"))
        .reset_index().groupby("customer"))
f = pd.DataFrame({
    "first": days["date"].min(), "last": days["date"].max(), "purchaseDays": days.size(),
    "amountSoFar": days["amount"].sum(), "firstOrder": days["amount"].first(),
    "cds": days["cds"].sum(), "firstCDs": days["cds"].first(), "largestDay": days["amount"].max(),
})
f["daysKnown"] = (as_of - f["first"]).dt.days
f["daysSinceLast"] = (as_of - f["last"]).dt.days
f["span"] = (f["last"] - f["first"]).dt.days
f["amountPerCD"] = f["amountSoFar"] / f["cds"]
f["firstWeekday"] = f["first"].dt.day_of_week
label = f.index.isin(rows[rows["date"] > after]["customer"].unique()).astype(int)

kams = ["firstOrder", "purchaseDays", "amountSoFar", "daysKnown", "daysSinceLast"]
more = kams + ["cds", "firstCDs", "span", "largestDay", "amountPerCD", "firstWeekday"]
print(f"customers {len(f)}, base rate {label.mean():.4f}")
for name, columns in (("kam's features", kams), ("with CDs, span, weekday", more)):
    model = HistGradientBoostingClassifier(
        max_iter=200, learning_rate=0.05, max_leaf_nodes=15, min_samples_leaf=100, random_state=0)
    folds = StratifiedKFold(5, shuffle=True, random_state=0)
    scores = cross_val_predict(model, f[columns].values, label, cv=folds, method="predict_proba")[:, 1]
    print(f"boosted trees fitted on the label, {name}: ROC AUC {roc_auc_score(label, scores):.4f}")
