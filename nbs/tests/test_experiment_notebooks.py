"""The experiment notebooks as papermill runs them: every parameter documented (`papermill --help-notebook` shows a
type and a help text for each), the project's kernel named, an unknown parameter refused, and a sweep in which a
run fails failing the notebook, after the other runs finished, with the reason."""
import json, os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
NBS = sorted((ROOT / "nbs").glob("[0-9]*.ipynb"))
EXPERIMENTS = [p for p in NBS if p.name.startswith("9")]


@pytest.mark.parametrize("nb", NBS, ids=[p.stem for p in NBS])
def test_kernelspec_is_the_project_kernel(nb):
    assert json.loads(nb.read_text())["metadata"]["kernelspec"]["name"] == "lafg"


@pytest.mark.parametrize("nb", EXPERIMENTS, ids=[p.stem for p in EXPERIMENTS])
def test_every_parameter_has_a_type_and_help(nb):
    import papermill
    params = papermill.inspect_notebook(str(nb))
    assert params, f"{nb.name} has no parameters cell"
    for name, p in params.items():
        assert p["inferred_type_name"] not in ("None", "", None), f"{nb.name}: parameter {name} has no type annotation"
        assert p["help"].strip(), f"{nb.name}: parameter {name} has no help comment"


def _run(tmp_path, **params):
    import papermill
    env_out = tmp_path / "runs"
    return papermill.execute_notebook(str(ROOT / "nbs" / "93_exp_train.ipynb"), str(tmp_path / "out.ipynb"),
                                      parameters={"out_dir": str(env_out), **params}, kernel_name="lafg",
                                      cwd=str(ROOT / "nbs"), progress_bar=False, start_timeout=180)


def test_a_failed_run_fails_the_sweep_after_the_others(tmp_path):
    import papermill
    with pytest.raises(papermill.PapermillExecutionError) as e:
        _run(tmp_path, methods=["no_such_method", "aux"])
    assert "1 of 2 runs failed" in str(e.value) and "no_such_method" in str(e.value)
    assert list((tmp_path / "runs").glob("aux-seed0-*/metrics.json")), "the other run did not finish"
    assert "TrainConfig.method" in (tmp_path / "runs" / "no_such_method-seed0-failed" / "error.json").read_text()


def test_an_unknown_parameter_is_an_error(tmp_path):
    import papermill
    with pytest.raises(papermill.PapermillExecutionError) as e:
        _run(tmp_path, seedz=[1])
    assert "unknown parameter(s) 'seedz' (did you mean 'seeds'?)" in str(e.value)
