"""Moved to :mod:`checkin.documents.export`; this name stays for callers that import it."""

from checkin.documents.export import ExportResult, export_attendance  # noqa: F401
