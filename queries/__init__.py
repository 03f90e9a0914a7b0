"""Cypher templates (one .cypher file each) and the small runner that reads their headers."""
