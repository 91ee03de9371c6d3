"""Judicial indicator trend reports: dataset, analysis helpers and report rendering."""

__version__ = "0.1.0"
