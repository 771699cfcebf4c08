"""The workshop file: identity, working copy, save, migrations, lock, backups. No Qt here."""
