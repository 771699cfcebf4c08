"""Everything Qt: the main window, one sub-package per tab, dialogs and undo commands."""
