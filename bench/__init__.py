"""Benchmarks (`python -m bench`): figures and targets, kept out of the test-suite."""
