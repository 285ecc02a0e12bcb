"""Labelled evaluation set and the `make eval` harness for quote, speaker and summary quality."""
