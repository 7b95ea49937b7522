"""Every notebook in nbs/ is a test: run it in-process with nbdev's test runner (execnb), as `nbdev_test` does.

Cells flagged with a `tst_flags` flag from settings.ini (`slow`, `gpu`) are skipped unless the flag is named in
the LAFG_TEST_FLAGS environment variable, e.g. `LAFG_TEST_FLAGS="slow" pytest nbs/tests`.
"""
import os
from configparser import ConfigParser
from pathlib import Path

import pytest
import nbdev.test as nbt  # not `from nbdev.test import test_nb`: pytest would collect it

ROOT = Path(__file__).resolve().parents[2]
NBS = sorted((ROOT / "nbs").glob("[0-9]*.ipynb"))

_cfg = ConfigParser(delimiters=["="]); _cfg.read(ROOT / "settings.ini")
ALL_FLAGS = _cfg["DEFAULT"].get("tst_flags", "").split()
FORCED = os.environ.get("LAFG_TEST_FLAGS", "").split()


@pytest.mark.parametrize("nb", NBS, ids=[p.stem for p in NBS])
def test_notebook(nb, capsys):
    skip = [f for f in ALL_FLAGS if f not in FORCED]
    ok, secs = nbt.test_nb(nb, skip_flags=skip, force_flags=FORCED, basepath=ROOT)
    assert ok, f"notebook {nb.name} failed (traceback above, in the captured stderr)"
