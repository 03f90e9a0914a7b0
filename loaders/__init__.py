"""Loaders: bytes → text → document kind → Extraction, one module per document kind."""
