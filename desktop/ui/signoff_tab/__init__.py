"""The sign-off tab ("Ledelsesforankring"): decisions that management owns, and their sign-offs."""
