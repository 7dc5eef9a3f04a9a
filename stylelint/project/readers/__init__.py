"""Configuration readers: each turns one file format into a `Config`."""
