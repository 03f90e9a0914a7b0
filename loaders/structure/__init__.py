"""Structure: sections, numbered items, annotations, tables — how a document lays out its tasks."""
