"""Judicial indicator trend reports: dataset, analysis helpers and report rendering.

For analysts exploring in JupyterLab::

    import judicial_trends as jt
    df = jt.load()                                  # every figure, typed columns
    s = jt.series("court.cases.accepted", "XZ")     # one annual series with quotes and sources
    jt.codebook(), jt.regions(), jt.sources()       # labels and documents to join on
    jt.theme()                                      # the reports' chart theme and CJK font

The names load lazily, so ``import judicial_trends`` stays cheap for the batch runner.
"""

__version__ = "0.1.0"

_API = {name: ("data.explore", name) for name in ("load", "series", "codebook", "regions", "sources")}
_API["theme"] = ("analysis.charts", "setup")
__all__ = sorted(_API)


def __getattr__(name: str):
    if name not in _API:
        raise AttributeError(f"module 'judicial_trends' has no attribute {name!r}")
    from importlib import import_module

    module, attribute = _API[name]
    return getattr(import_module(f"{__name__}.{module}"), attribute)


def __dir__():
    return sorted(list(globals()) + __all__)
