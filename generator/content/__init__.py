"""content/: reading and writing entries, and loading them into a validated Site."""

KINDS = ("sources", "actors", "topics")      # the folders of content/, one per kind of entry
