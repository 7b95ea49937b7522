"""Check that the notebooks are clean and that lafg/ is exactly what nbdev_export makes of nbs/.

Runs nbdev_clean and nbdev_export, then fails if git sees any change under nbs/ or lafg/ (untracked files
included, which `git diff --exit-code` would miss), or if a module in lafg/ was generated from a notebook that no
longer exists (nbdev_export never deletes the modules of renamed notebooks)."""
import re, subprocess, sys
from pathlib import Path

root = Path(__file__).resolve().parents[1]
bin_ = Path(sys.executable).parent
for cmd in ("nbdev_clean", "nbdev_export"):
    subprocess.run([str(bin_ / cmd)], cwd=root, check=True)
drift = subprocess.run(["git", "status", "--porcelain", "--", "nbs", "lafg"], cwd=root,
                       capture_output=True, text=True, check=True).stdout.strip()
orphans = []
for mod in sorted((root / "lafg").glob("*.py")):
    m = re.search(r"File to edit: (\S+?\.ipynb)", mod.read_text()[:400])
    if m and not (mod.parent / m.group(1)).resolve().exists():
        orphans.append(f"{mod.relative_to(root)} (from missing {m.group(1)})")
if drift: print("nbdev_clean + nbdev_export changed these files (commit the result):\n" + drift)
if orphans: print("modules generated from notebooks that no longer exist:\n" + "\n".join(orphans))
if drift or orphans: sys.exit(1)
print("notebooks clean; lafg/ matches nbs/")
