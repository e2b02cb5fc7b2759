"""The map page: static files served beside the API, nothing loaded from outside."""
