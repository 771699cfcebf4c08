"""Where Tværs keeps things on this computer.

The local data folder holds working copies, backups, the log and settings. Tests
and portable installs point it elsewhere with TVAERS_DATA_DIR.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import platformdirs

APP_DIR_NAME = "Tvaers"
DOCUMENTS_FOLDER = "Tværs"
EXTENSION = ".tvaers"


def data_dir() -> Path:
    override = os.environ.get("TVAERS_DATA_DIR")
    base = Path(override) if override else Path(platformdirs.user_data_dir(APP_DIR_NAME, False))
    base.mkdir(parents=True, exist_ok=True)
    return base


def documents_dir() -> Path:
    """Documents/Tværs: where new workshops go unless the user picks another folder."""
    override = os.environ.get("TVAERS_DOCUMENTS_DIR")
    base = (
        Path(override) if override else Path(platformdirs.user_documents_dir()) / DOCUMENTS_FOLDER
    )
    return base


def subdir(name: str) -> Path:
    folder = data_dir() / name
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def document_key(document: Path) -> str:
    """A stable short name for a document's working copy and backups."""
    absolute = str(document.expanduser().absolute())
    return hashlib.sha256(absolute.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def safe_stem(document: Path) -> str:
    keep = "".join(ch if ch.isalnum() or ch in " -_" else "_" for ch in document.stem)
    return keep.strip()[:40] or "workshop"


def log_dir() -> Path:
    return subdir("logs")
