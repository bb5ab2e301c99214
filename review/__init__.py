"""Tools for reviewing the site by eye: `make screenshots` (review/README.md)."""
