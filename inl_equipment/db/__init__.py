"""Storage: SQLAlchemy models, engine and session scope, migrations. No Qt here."""
