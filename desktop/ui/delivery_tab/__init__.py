"""The "Levering" tab: the delivery board of services."""
