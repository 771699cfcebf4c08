"""The workshop's data and rules. No Qt here (checked by import-linter)."""
