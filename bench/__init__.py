"""Load benchmark of the public site: `make bench` runs `python -m bench.run` (see README.md)."""
