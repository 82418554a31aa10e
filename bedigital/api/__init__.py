"""The read API, /api/v1/ (the roof: it reads every content app through its public API)."""
