"""The panes the main window is made of; each owns its widgets and talks through signals."""
