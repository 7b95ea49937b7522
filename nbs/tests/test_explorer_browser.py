"""The explorer in a real JupyterLab, driven by headless Chromium: the notebook is opened, its cells run, a query
button is clicked, and the explorer must answer with its retrievals. Needs Debian's `chromium` and
`chromium-driver` (skipped without them). `LAFG_SCREENSHOT=<file.png>` keeps the screenshot, and `LAFG_EXPLORER_RUNS`
(a JSON {name: run folder}) explores those runs instead of two tiny ones trained here."""
import json, os, shutil, socket, subprocess, sys, time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM, DRIVER = shutil.which("chromium"), shutil.which("chromedriver")
pytestmark = pytest.mark.skipif(not (CHROMIUM and DRIVER), reason="needs Debian's chromium and chromium-driver")


def _free_port():
    with socket.socket() as s: s.bind(("127.0.0.1", 0)); return s.getsockname()[1]


def _notebook(path: Path, runs: dict):
    import nbformat
    nb = nbformat.v4.new_notebook(metadata={"kernelspec": {"name": "lafg", "display_name": "lafg", "language": "python"}})
    nb.cells = [nbformat.v4.new_code_cell(f"from lafg.explorer import Explorer\nex = Explorer({json.dumps(runs)}, num_queries=6, k=5)\nex.ui")]
    nbformat.write(nb, path)


def test_explorer_responds_in_jupyterlab(tmp_path):
    from selenium import webdriver
    from selenium.webdriver.chrome.options import Options
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select, WebDriverWait
    runs = json.loads(os.environ["LAFG_EXPLORER_RUNS"]) if os.environ.get("LAFG_EXPLORER_RUNS") else None
    if runs is None:
        code = ("from lafg.config import TrainConfig\nfrom lafg.train import train\n"
                f"for m in ('aux', 'lafg'): train(TrainConfig.preset('tiny', method=m, epochs=1, out_dir={str(tmp_path)!r} + '/' + m))")
        subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT, capture_output=True)
        runs = {m: str(tmp_path / m) for m in ("aux", "lafg")}
    _notebook(tmp_path / "explorer.ipynb", runs)
    port = _free_port()
    lab = subprocess.Popen([sys.executable, "-m", "jupyter", "lab", "--no-browser", f"--port={port}", "--ServerApp.token=",
                            "--ServerApp.password=", "--allow-root", f"--ServerApp.root_dir={tmp_path}", "--ServerApp.disable_check_xsrf=True",
                            "--LabApp.news_url=", "--LabApp.expose_app_in_browser=True", "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate"],
                           stdout=subprocess.DEVNULL, stderr=open(tmp_path / "lab.log", "w"), cwd=tmp_path)
    opts = Options(); opts.binary_location = CHROMIUM
    for a in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
              "--disable-component-update", "--disable-sync", f"--user-data-dir={tmp_path / 'chrome'}", "--window-size=1400,2200"):
        opts.add_argument(a)
    driver = None
    try:
        for _ in range(240):
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=1): break
            except OSError:
                if lab.poll() is not None: break
                time.sleep(0.5)
        else: pytest.fail("JupyterLab did not listen within 120 s:\n" + (tmp_path / "lab.log").read_text()[-2000:])
        if lab.poll() is not None: pytest.fail("JupyterLab exited:\n" + (tmp_path / "lab.log").read_text()[-2000:])
        driver = webdriver.Chrome(service=Service(DRIVER), options=opts)
        driver.get(f"http://127.0.0.1:{port}/lab/tree/explorer.ipynb")
        wait = WebDriverWait(driver, 240)
        # JupyterLab re-renders cells while it starts, so drive it through its own command registry, not clicks on cells
        wait.until(lambda d: d.execute_script("return !!(window.jupyterapp && document.querySelector('.jp-Notebook .jp-Cell'))"))
        panel = ("const w = Array.from(window.jupyterapp.shell.widgets('main')).find(x => x.sessionContext); "
                 "const k = w && w.sessionContext.session && w.sessionContext.session.kernel; ")
        wait.until(lambda d: d.execute_script(panel + "return !!(k && k.status === 'idle')"))   # headless: no focus, so find the panel
        driver.execute_script(panel + "window.jupyterapp.shell.activateById(w.id); window.jupyterapp.commands.execute('notebook:run-all-cells')")
        buttons = wait.until(lambda d: [b for b in d.find_elements(By.CSS_SELECTOR, "button") if b.text.startswith("query ")] or None)
        target = buttons[1]; label = target.text
        driver.execute_script("arguments[0].scrollIntoView({block: 'center'});", target); target.click()
        # its retrievals (1 figure) and its maps (1 figure: a row per run) below the 6 tiles
        wait.until(lambda d: label in d.find_element(By.CSS_SELECTOR, ".jp-OutputArea").text and
                   len(d.find_elements(By.CSS_SELECTOR, ".jp-OutputArea img")) >= 6 + 1 + 1)
        maps = driver.find_elements(By.CSS_SELECTOR, ".jp-OutputArea img")[-1]   # the maps figure, shown unscaled
        natural = driver.execute_script("return [arguments[0].naturalWidth, arguments[0].naturalHeight]", maps)
        shown = (maps.size["width"], maps.size["height"])
        assert abs(shown[0] / shown[1] - natural[0] / natural[1]) < 0.02, (shown, natural)   # drawn at its true aspect
        choice = Select(driver.find_element(By.CSS_SELECTOR, ".jp-OutputArea select"))
        cls = choice.options[1].text; choice.select_by_index(1)
        wait.until(lambda d: "selected attribute" in d.find_element(By.CSS_SELECTOR, ".jp-OutputArea").text and cls in d.find_element(By.CSS_SELECTOR, ".jp-OutputArea").text)
        for b in driver.find_elements(By.CSS_SELECTOR, ".jp-toast-button"):   # JupyterLab's "news?" toast covers the page
            if b.text.strip() == "No": b.click()
        time.sleep(2)
        shot = os.environ.get("LAFG_SCREENSHOT") or str(tmp_path / "explorer.png")
        driver.execute_script("document.querySelector('.jp-WindowedPanel-outer, .jp-Notebook').scrollTop = 0;")
        driver.save_screenshot(shot)
        assert Path(shot).stat().st_size > 10_000
    finally:
        if driver is not None: driver.quit()
        lab.terminate(); lab.wait(timeout=30)
