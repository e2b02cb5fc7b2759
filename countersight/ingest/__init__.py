"""Ingest: reading case files, OpenStreetMap, articles and photos into the record."""
