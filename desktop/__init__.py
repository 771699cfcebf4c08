"""Tværs: a desktop app for procurement workshops across procurement and the professional side."""

__version__ = "0.1.0"
APP_NAME = "Tværs"
