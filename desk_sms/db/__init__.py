"""Database: SQLAlchemy 2 models, sessions, migrations; SQLite specifics live in `sqlite.py` only."""
