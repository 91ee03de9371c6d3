"""The package tree shows the architecture: a few shared modules at the root, one subpackage
per family, imports flowing one way (batch → render → analysis → data), no private names
borrowed across families, and a README whose layout section names every subpackage."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from judicial_trends import paths

PACKAGE = paths.PACKAGE_DIR
FAMILIES = ["data", "analysis", "render", "batch"]   # each may import only those before it
ROOT_SHARED = {"paths", "exceptions", "fonts", "files"}


def _modules() -> dict[str, Path]:
    return {".".join(p.relative_to(PACKAGE).with_suffix("").parts): p
            for p in PACKAGE.rglob("*.py")}


def _family(module: str) -> str:
    head = module.split(".")[0]
    return head if head in FAMILIES else "root"


def _imports(module: str, path: Path) -> list[tuple[str, list[str]]]:
    """(imported module relative to the package, names) for each import of the package."""
    package = module.split(".")[:-1]
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = ".".join(package[:len(package) - node.level + 1])
            elif (node.module or "").startswith("judicial_trends"):
                base = ""
            else:
                continue
            name = (node.module or "").removeprefix("judicial_trends").lstrip(".") \
                if not node.level else (node.module or "")
            target = ".".join(p for p in (base, name) if p)
            if node.module is None or node.module == "judicial_trends":   # from . import a, b
                found += [(".".join(p for p in (target, a.name) if p), []) for a in node.names]
            else:
                found.append((target, [a.name for a in node.names]))
        elif isinstance(node, ast.Import):
            found += [(a.name.removeprefix("judicial_trends").lstrip("."), [])
                      for a in node.names if a.name.startswith("judicial_trends.")]
    return found


def test_root_holds_at_most_six_modules_and_families_are_subpackages():
    root = sorted(p.stem for p in PACKAGE.glob("*.py"))
    assert len(root) <= 6, root
    for family in FAMILIES:
        assert (PACKAGE / family / "__init__.py").exists(), family


@pytest.mark.parametrize("module, path", sorted(_modules().items()))
def test_imports_flow_one_way(module, path):
    mine = _family(module)
    for target, names in _imports(module, path):
        family = _family(target) if target else "root"
        if mine == "root" and module not in ("__init__", "__main__"):
            assert family == "root" and target.split(".")[0] in ROOT_SHARED, (module, target)
        elif family in FAMILIES and mine in FAMILIES:
            assert FAMILIES.index(family) <= FAMILIES.index(mine), \
                f"{module} ({mine}) imports {target} ({family}): imports flow batch → render → analysis → data"
        if family != mine:
            private = [n for n in names if n.startswith("_")]
            assert not private, f"{module} imports private names {private} from {target}"


def test_readme_layout_names_every_subpackage_and_root_module():
    readme = (paths.project_root() / "README.md").read_text(encoding="utf-8")
    layout = readme.split("## Layout", 1)[1]
    for sub in sorted(p.parent.relative_to(PACKAGE) for p in PACKAGE.rglob("__init__.py")):
        if str(sub) != ".":
            assert f"{sub.name}/" in layout, f"README layout does not show {sub}/"
    for module in PACKAGE.glob("*.py"):
        assert re.search(rf"\b{module.stem}\b", layout), f"README layout does not name {module.name}"
