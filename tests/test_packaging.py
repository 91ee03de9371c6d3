"""The project installs from its own files: pins agree between pyproject and environment.yml."""

import re
import tomllib

import yaml

from judicial_trends import paths


def _pins(requirements):
    return {re.split(r"[=<>~!]", r, 1)[0].lower(): r for r in requirements}


def test_environment_yml_has_the_same_pins_as_pyproject():
    root = paths.project_root()
    project = tomllib.loads((root / "pyproject.toml").read_text())["project"]
    extras = project["optional-dependencies"]
    wanted = _pins(project["dependencies"] + extras["test"] + extras["cluster"])
    env = yaml.safe_load((root / "environment.yml").read_text())
    pip_section = next(d["pip"] for d in env["dependencies"] if isinstance(d, dict))
    listed = _pins([p for p in pip_section if not p.startswith("-e")])
    assert listed == wanted
    assert all("==" in spec for spec in wanted.values()), "every dependency is pinned"


def test_make_setup_installs_the_extras_the_tests_need():
    makefile = (paths.project_root() / "Makefile").read_text()
    assert "-e '.[test,cluster]'" in makefile


def test_gitignore_keeps_lib_and_ignores_outputs():
    ignored = (paths.project_root() / ".gitignore").read_text().split()
    assert "outputs/" in ignored and ".venv/" in ignored
    assert not any(line.strip("/") == "lib" for line in ignored)
