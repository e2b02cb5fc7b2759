"""The store: schema, migrations and sessions, on SQLite or PostgreSQL/PostGIS."""
