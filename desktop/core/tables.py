"""Every table of a workshop file. Importing this registers them all with SQLModel.metadata,
which is what `storage.new_database` creates."""

from desktop.core import canvas_models, delivery_models, dialogue_models, models, signoff_models

__all__ = ["canvas_models", "delivery_models", "dialogue_models", "models", "signoff_models"]
