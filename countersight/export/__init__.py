"""Public output formats: one module per format, each fed only by redacted records."""
