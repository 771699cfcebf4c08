"""The shared-language tab: each side's words, explained for the other side."""
