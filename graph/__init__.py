"""The graph layer: schema, typed model, resolution, stores and exports."""
