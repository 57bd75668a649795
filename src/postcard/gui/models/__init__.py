"""Item models (tested without a view) and their filter proxies."""
