"""Tickets by e-mail."""
