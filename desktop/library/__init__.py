"""The organisation's library (issue 21): shared language, templates and decisions on a
PostgreSQL server the municipality's IT runs. Optional and offline-first: nothing here is
imported, and no connection is opened, unless a library is configured. Never imports Qt."""
