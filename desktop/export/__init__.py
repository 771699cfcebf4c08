"""PDF minutes and handouts (reportlab) and CSV. No Qt here (checked by import-linter)."""
