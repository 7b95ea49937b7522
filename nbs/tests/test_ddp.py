"""DistributedDataParallel on CPU: `torchrun --standalone --nproc_per_node 2` (gloo backend, localhost only) trains a
tiny `lafg.train` configuration. The test checks that the run completes, that both ranks start from and end with the
same weights (DDP averaged the gradients) and that the weights moved, that each rank got its own whole-class share
of every P x K batch, and that only rank 0 wrote the run folder (log, checkpoint, metrics).

Known flake, cause not found: seen in 3 of about 9 full-suite runs (with the notebooks running beside it under
`pytest -n 2`), one rank aborts with "terminate called without an active exception" (SIGABRT, a C++ thread torn
down); 20 runs of the same command alone or beside two busy processes all passed. The workers print where they
are, so a failure shows the stage; an attempt that ends in exactly that abort is run once more from scratch (in a
fresh folder), and any other failure fails the test at once.
"""
import json, os, subprocess, sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

# the workers train the tiny preset of lafg.config (2 epochs x 2 steps of 4 classes x 2 images: 2 classes per rank)

WORKER = r'''
import hashlib, json, sys
import torch.distributed as dist
from lafg.config import TrainConfig
from lafg.train import Trainer

out_dir, method = sys.argv[1], sys.argv[2]
dist.init_process_group("gloo")
rank, world = dist.get_rank(), dist.get_world_size()
trainer = Trainer(TrainConfig.preset("tiny", method=method, out_dir=out_dir + "/run"))

def digest():
    h = hashlib.sha256()
    for k, v in sorted(trainer.net.state_dict().items()):
        h.update(k.encode()); h.update(v.detach().cpu().contiguous().numpy().tobytes())
    return h.hexdigest()

print(f"[rank {rank}] trainer built", flush=True)
init = digest()
trainer.batch_sampler.set_epoch(0)
first = next(iter(trainer.batch_sampler))
metrics = trainer.fit()
print(f"[rank {rank}] fit done", flush=True)
report = {"rank": rank, "world": world, "init": init, "final": digest(), "first_batch": first,
          "first_labels": [int(trainer.train_ds.labels[i]) for i in first], "metrics": metrics,
          "steps": trainer.global_step}
reports = [None] * world
dist.all_gather_object(reports, report)
if rank == 0:
    with open(out_dir + "/result.json", "w") as f: json.dump(reports, f)
print(f"[rank {rank}] gathered", flush=True)
dist.destroy_process_group()
print(f"[rank {rank}] process group destroyed", flush=True)
'''


@pytest.mark.parametrize("method", ["lafg"])
def test_ddp_two_cpu_processes(tmp_path, method):
    base_path = tmp_path
    env = {**os.environ, "OMP_NUM_THREADS": "1", "CUDA_VISIBLE_DEVICES": "",
           "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")])}
    for attempt in (1, 2):
        tmp_path = base_path / f"attempt{attempt}"; tmp_path.mkdir()
        worker = tmp_path / "worker.py"; worker.write_text(WORKER)
        cmd = [sys.executable, "-m", "torch.distributed.run", "--standalone", "--nnodes", "1", "--nproc_per_node", "2",
               str(worker), str(tmp_path), method]
        r = subprocess.run(cmd, env=env, cwd=tmp_path, capture_output=True, text=True, timeout=420)
        known_abort = r.returncode != 0 and "terminate called without an active exception" in r.stdout + r.stderr
        if not known_abort: break
        print(f"attempt {attempt}: a rank aborted (the known flake); worker output:\n{r.stdout[-2000:]}")
    assert r.returncode == 0, f"torchrun failed ({r.returncode}):\n{r.stdout[-4000:]}\n{r.stderr[-6000:]}"
    reports = sorted(json.loads((tmp_path / "result.json").read_text()), key=lambda x: x["rank"])
    a, b = reports
    assert (a["world"], b["world"]) == (2, 2)
    from lafg.config import TrainConfig
    tiny = TrainConfig.preset("tiny")
    assert a["steps"] == b["steps"] == tiny.epochs * tiny.batches_per_epoch
    assert a["init"] == b["init"], "ranks started from different weights"
    assert a["final"] == b["final"], "ranks' weights disagree after training: gradients were not averaged"
    assert a["final"] != a["init"], "the weights did not change"
    # each rank got its own whole classes of the same global batch
    assert not set(a["first_batch"]) & set(b["first_batch"])
    assert not set(a["first_labels"]) & set(b["first_labels"])
    half = tiny.classes_per_batch // 2
    assert len(set(a["first_labels"])) == len(set(b["first_labels"])) == half
    assert len(a["first_batch"]) == len(b["first_batch"]) == half * tiny.images_per_class
    # every rank returns rank 0's final metrics; only rank 0 wrote files
    assert a["metrics"] == b["metrics"] and 0 <= a["metrics"]["test/R@1"] <= 1
    run = tmp_path / "run"
    log = [json.loads(l) for l in (run / "log.jsonl").read_text().splitlines()]
    assert [e["epoch"] for e in log] == list(range(1, tiny.epochs + 1))
    assert (run / "checkpoint.pt").exists() and (run / "metrics.json").exists()
    import torch
    ck = torch.load(run / "checkpoint.pt", weights_only=False)
    assert ck["world_size"] == 2 and len(ck["rng"]) == 2
