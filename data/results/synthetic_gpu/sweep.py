"""Synthetic sweep on one GPU: `lafg train` runs in parallel processes.
phase val:  aux + every lafg variant, split_train=train, seeds; prints val/* only (model selection).
phase test: ce, aux and lafg/lafg_naive/lafg_local with the given variants, split_train=trainval; prints test/*."""
import argparse, json, os, subprocess, sys, time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
import numpy as np
sys.path.insert(0, str(Path(__file__).parent))
from variants import VARIANTS
p = argparse.ArgumentParser()
p.add_argument("phase", choices=["val", "test"]); p.add_argument("--epochs", type=int, default=8)
p.add_argument("--seeds", default="0,1,2"); p.add_argument("--parallel", type=int, default=4)
p.add_argument("--variants", default=",".join(VARIANTS)); p.add_argument("--out", default="runs/gpu_sweep")
p.add_argument("--report", default=os.environ.get("OUT", "."))
p.add_argument("--methods", default="ce,aux,lafg,lafg_naive,lafg_local", help="test phase: which methods")
p.add_argument("--deadline", type=float, default=1e9, help="start no job after this many seconds")
a = p.parse_args()
seeds = [int(s) for s in a.seeds.split(",")]; variants = a.variants.split(",")
split = "train" if a.phase == "val" else "trainval"
if a.phase == "val": rows = [("aux", "-", {})] + [("lafg", v, VARIANTS[v]) for v in variants]
else:
    ms = a.methods.split(",")
    rows = [(m, "-", {}) for m in ("ce", "aux") if m in ms] + [(m, v, VARIANTS[v]) for v in variants
                                                              for m in ("lafg", "lafg_naive", "lafg_local") if m in ms]
jobs = [(m, v, s, {**kw, "method": m, "seed": s}) for s in seeds for m, v, kw in rows]  # seed-major: a deadline cuts whole seeds
def run(job):
    m, v, s, kw = job
    if time.time() - T0 > a.deadline: print(f"skipped {m} {v} seed {s} (deadline)", flush=True); return job, None
    out = Path(a.out) / a.phase / f"{m}__{v}__seed{s}"
    sets = [x for k, val in {**kw, "split_train": split, "epochs": a.epochs, "num_workers": 3, "progress": False}.items()
            for x in ("--set", f"{k}={json.dumps(val)}")]
    t0 = time.time()
    r = subprocess.run([sys.executable, "-m", "lafg.train", "--preset", "cpu_synthetic", *sets, "--out-dir", str(out)],
                       capture_output=True, text=True)
    if r.returncode: print(f"FAILED {m} {v} seed {s}:\n{r.stderr[-3000:]}", flush=True); return job, None
    met = json.loads((out / "metrics.json").read_text())
    print(f"done {m:10s} {v:18s} seed {s} in {time.time() - t0:5.1f}s", flush=True)
    return job, met
T0 = t0 = time.time()
with ThreadPoolExecutor(a.parallel) as ex: results = list(ex.map(run, jobs))
keys = ["R@1", "R@2", "R@4", "R@8", "MAP@R"]; pre = "val/" if a.phase == "val" else "test/"
table, lines = [], [f"| method | language variant | seeds | " + " | ".join(keys) + " | train s/run (median) |",
                    "|---|---|---|" + "---|" * len(keys) + "---|"]
for m, v, kw in rows:
    mets = [met for (jm, jv, _, _), met in results if jm == m and jv == v and met]
    if not mets: lines.append(f"| {m} | {v} | 0 | " + " | ".join("failed" for _ in keys) + " | |"); continue
    cells = []
    for k in keys:
        x = np.array([100 * r[pre + k] for r in mets]); cells.append(f"{x.mean():.1f} +- {x.std(ddof=1) if len(x) > 1 else 0:.1f}")
    t = float(np.median([r["train_time_s"] for r in mets]))
    lines.append(f"| {m} | {v} | {len(mets)} | " + " | ".join(cells) + f" | {t:.0f} |")
    table.append({"method": m, "variant": v, "overrides": kw, "seeds": [r["seed"] for r in mets],
                  **{pre + k: [r[pre + k] for r in mets] for k in keys}, "train_time_s": [r["train_time_s"] for r in mets]})
md = "\n".join(lines); print(md); print(f"total {time.time() - t0:.0f} s")
Path(a.report).mkdir(parents=True, exist_ok=True)
(Path(a.report) / f"gpu_sweep_{a.phase}.md").write_text(md + "\n")
(Path(a.report) / f"gpu_sweep_{a.phase}.json").write_text(json.dumps({"phase": a.phase, "split_train": split, "epochs": a.epochs,
    "seeds": seeds, "command": " ".join(sys.argv), "rows": table}, indent=1))
