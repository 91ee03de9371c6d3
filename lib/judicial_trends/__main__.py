"""Command line: ``python -m judicial_trends data|render …``."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    commands = {"data": "judicial_trends.data.cli", "render": "judicial_trends.render.cli"}
    if not argv or argv[0] not in commands:
        print("usage: python -m judicial_trends {data,render} …  (add --help for details)")
        return 2
    from importlib import import_module

    return import_module(commands[argv[0]]).main(argv[1:])


if __name__ == "__main__":
    sys.exit(main())
