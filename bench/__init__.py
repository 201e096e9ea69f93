"""The benchmark: a synthetic corpus, our builds timed stage by stage, and Pelican and Hugo beside them."""
