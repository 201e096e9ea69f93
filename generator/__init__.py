"""Static fact-sheet site generator: news articles in, cited fact sheets out."""

__version__ = "0.1.0"
