"""Pure-Python domain code: contacts, text rules, layout geometry. No Qt, no reportlab, no SQLite."""
