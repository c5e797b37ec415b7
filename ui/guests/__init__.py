"""The Guests screen: the table model, its two forms, and the page that joins them."""

from .dialogs import GuestDialog, PaperCheckInDialog
from .model import GuestTableModel, event_zone
from .page import GuestsPage

__all__ = ["GuestDialog", "GuestTableModel", "GuestsPage", "PaperCheckInDialog", "event_zone"]
