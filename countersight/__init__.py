"""Countersight: the public's record of city surveillance, every fact traced to its sources."""

__version__ = "0.1.0"
