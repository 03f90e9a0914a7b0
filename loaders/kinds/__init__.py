"""Kinds: one reader per kind of document (plans, tables, reports, news, generic); the registry lists them."""
