"""The read-only public JSON API (FastAPI), versioned under /api/v1."""
