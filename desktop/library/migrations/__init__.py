"""The library server's Alembic environment, run from desktop.library.admin (no alembic.ini)."""
