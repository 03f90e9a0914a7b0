"""The one root of every error kg raises; the CLI turns these into one-line messages."""


class KgError(Exception):
    """Something a user can cause or fix: bad input, unreachable store, unknown name."""


class ReadError(KgError):
    """A document could not be read (missing, binary, undecodable)."""


class StoreError(KgError):
    """A store could not be opened, written or queried."""


class QueryError(KgError):
    """A query template is unknown, lacks a parameter, or failed in the store."""


class NotFound(KgError):
    """A name asked for is not in the graph; the message carries suggestions."""


class ExportError(KgError):
    """The graph holds something the chosen export format cannot carry without loss."""
