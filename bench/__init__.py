"""Benchmarks, run with `make bench` (never in the test suite)."""
