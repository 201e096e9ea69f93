"""content/: reading and writing entries, and loading them into a validated Site."""
