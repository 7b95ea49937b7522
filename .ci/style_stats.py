#!/usr/bin/env python3
"""House-style statistics of nbdev notebooks (issue 22), printed as a table; not a gate.

    python .ci/style_stats.py                 # this project's nbs/
    python .ci/style_stats.py nbs ../fastcore/nbs ../nbdev/nbs/api   # side by side
    python .ci/style_stats.py --per-notebook                          # one row per notebook of nbs/

Per folder of notebooks: exported cell lines (median / p90, the directive line not counted), the share of exported
cells holding exactly one top-level definition (def / class; an `X = ...` constant beside its function does not
count as a second one), import-only exported cells, the share of public functions with parameters whose parameters are
documented in place (docments: a comment after the parameter), whether the notebooks render an API reference
(`show_doc` cells, or nbdev's `add_show_docs` processor in settings.ini), and the share of code lines over 120
characters."""
import ast, json, re, statistics, sys
from pathlib import Path


def notebooks(where: Path) -> list[Path]:
    "The notebooks of a folder (experiment notebooks included), or one notebook."
    return [where] if where.suffix == ".ipynb" else sorted(where.glob("*.ipynb"))


def cells(where: Path):
    "(notebook, code cell source) of every code cell."
    for nb in notebooks(where):
        for c in json.loads(nb.read_text())["cells"]:
            if c["cell_type"] == "code": yield nb, "".join(c["source"])


def parse(src: str):
    "The cell as Python (directives and magics blanked), or None."
    body = "\n".join("" if l.lstrip().startswith(("#|", "%", "!")) else l for l in src.splitlines())
    try: return ast.parse(body)
    except SyntaxError: return None


def documented(fn: ast.FunctionDef, src_lines: list[str]) -> bool:
    "Every parameter but self/cls has a comment on its line (nbdev's docments)."
    args = [a for a in fn.args.posonlyargs + fn.args.args + fn.args.kwonlyargs if a.arg not in ("self", "cls")]
    return bool(args) and all("#" in src_lines[a.lineno - 1].split(a.arg, 1)[-1] for a in args)


def stats(folder: Path) -> dict:
    exported, one_def, import_only, lines, long_lines, fns, doc_fns, show_doc = [], 0, 0, 0, 0, 0, 0, False
    for nb, src in cells(folder):
        code = [l for l in src.splitlines() if not l.lstrip().startswith("#|")]
        lines += len(code); long_lines += sum(len(l) > 120 for l in code)
        show_doc |= "show_doc(" in src
        tree = parse(src)
        if not re.search(r"^\s*#\|\s*export", src, re.M) or tree is None: continue
        exported.append(len(code))
        defs = [n for n in tree.body if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef))]
        one_def += len(defs) == 1
        import_only += bool(tree.body) and all(isinstance(n, (ast.Import, ast.ImportFrom)) for n in tree.body)
        src_lines = "\n".join("" if l.lstrip().startswith(("#|", "%", "!")) else l for l in src.splitlines()).splitlines()
        for n in ast.walk(tree):
            if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef)) and not n.name.startswith("_"):
                args = [a for a in n.args.posonlyargs + n.args.args + n.args.kwonlyargs if a.arg not in ("self", "cls")]
                if args: fns += 1; doc_fns += documented(n, src_lines)
    settings = (folder.parent if folder.is_dir() else folder.parent.parent) / "settings.ini"
    show_doc |= settings.exists() and "add_show_docs" in settings.read_text()
    q = statistics.quantiles(exported, n=10) if len(exported) > 1 else [0] * 9
    return {"notebooks": len(notebooks(folder)), "exported cells": len(exported),
            "exported cell lines, median / p90": f"{statistics.median(exported):g} / {q[8]:g}" if exported else "-",
            "exported cells with exactly one definition": f"{100 * one_def / max(len(exported), 1):.0f} %",
            "import-only exported cells": import_only,
            "functions with documented parameters (docments)": f"{100 * doc_fns / max(fns, 1):.0f} % of {fns}",
            "API reference (show_doc)": "yes" if show_doc else "none",
            "code lines over 120 characters": f"{100 * long_lines / max(lines, 1):.1f} %"}


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if a != "--per-notebook"]
    folders = [Path(a) for a in args] or [Path(__file__).resolve().parents[1] / "nbs"]
    if "--per-notebook" in sys.argv:
        rows = {nb.stem: stats(nb) for f in folders for nb in notebooks(f)}
        keys = [k for k in next(iter(rows.values())) if k != "notebooks"]
        print("| notebook | " + " | ".join(keys) + " |\n|---|" + "---|" * len(keys))
        for name, r in rows.items(): print(f"| {name} | " + " | ".join(str(r[k]) for k in keys) + " |")
    else:
        table = {str(f): stats(f) for f in folders}
        keys = list(next(iter(table.values())))
        print("| | " + " | ".join(table) + " |\n|---|" + "---|" * len(table))
        for k in keys: print(f"| {k} | " + " | ".join(str(t[k]) for t in table.values()) + " |")
