"Figure of the validation search and the test protocol: .venv/bin/python data/results/synthetic_gpu/plot.py"
import json
from pathlib import Path
import matplotlib; matplotlib.use("Agg")
import matplotlib.pyplot as plt
import numpy as np

here = Path(__file__).parent
fig, (ax_val, ax_test) = plt.subplots(1, 2, figsize=(15, 5), gridspec_kw={"width_ratios": [1.1, 1.2]})
val = [r for f in ("val_round1.json", "val_round2.json") for r in json.loads((here / f).read_text())["rows"]]
names = []; seen_aux = 0
for r in val:
    if r["method"] == "aux": seen_aux += 1; names.append(f"aux (round {seen_aux})")
    else: names.append(r["variant"])
means = [100 * np.mean(r["val/R@1"]) for r in val]; stds = [100 * np.std(r["val/R@1"], ddof=1) for r in val]
colors = ["tab:gray" if r["method"] == "aux" else ("tab:green" if r["overrides"].get("tau_a") == 0.5 else "tab:blue") for r in val]
y = np.arange(len(val))
ax_val.barh(y, means, xerr=stds, color=colors); ax_val.set_yticks(y, names, fontsize=8); ax_val.invert_yaxis()
ax_val.set_xlim(50, 90); ax_val.set_xlabel("val R@1 (%)  [9 held-out training classes, 3 seeds]")
ax_val.set_title("Model selection on validation classes\n(blue: tau_a 0.1, green: tau_a 0.5, gray: aux)", fontsize=10)
test = json.loads((here / "test_round1.json").read_text())["rows"]
fixed = json.loads((here / "test_round3_local_frozen_bn.json").read_text())["rows"]  # lafg_local after the BatchNorm fix
for r in test:
    if r["method"] == "lafg_local": r["method"] = "lafg_local\n(BN moved)"
for r in fixed: r["method"] = "lafg_local\n(BN fixed)"
test = test + fixed
# runs without an explicit tau_a were made when its default was 0.1 (see variants.py)
labels = [r["method"].replace("lafg_", "lafg\n") + ("" if r["variant"] == "-" else f"\ntau_a {r['overrides'].get('tau_a', 0.1)}") for r in test]
x = np.arange(len(test)); w = 0.4
for off, key, c in ((-w / 2, "test/R@1", "tab:blue"), (w / 2, "test/MAP@R", "tab:orange")):
    ax_test.bar(x + off, [100 * np.mean(r[key]) for r in test], w, yerr=[100 * np.std(r[key], ddof=1) for r in test],
                color=c, label=key.split("/")[1])
ax_test.set_xticks(x, labels, fontsize=7); ax_test.set_ylabel("% on the 24 unseen classes (3 seeds)")
ax_test.set_title("Test protocol (trainval, 8 epochs, fixed final epoch)", fontsize=10); ax_test.set_ylim(0, 78); ax_test.legend(ncol=2, loc="upper center")
fig.tight_layout()
out = here.parents[2] / "figures" / "synthetic_gpu.png"
fig.savefig(out, dpi=110); print("wrote", out)
