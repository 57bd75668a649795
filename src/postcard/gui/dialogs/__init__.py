"""Dialogs: printing, errors."""
