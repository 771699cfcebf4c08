"""The Workshop tab: details, participants and follow-up actions."""
