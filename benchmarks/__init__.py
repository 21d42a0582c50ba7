"""Benchmarks of workshop against a bare Textual app: python -m benchmarks [--smoke]."""
