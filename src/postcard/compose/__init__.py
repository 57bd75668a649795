"""The application layer that the CLI and the GUI share: who is in a batch, what each card says, how it prints.

``preferences`` (every user choice declared once), ``selection`` (who), ``drafting`` (one card, live),
``printing`` (plan and run a batch), ``reprint`` (logged cards again, exactly), ``problems`` (what stops a card,
as data). Functions that only read and compute are kept apart from those that write to the store, so that a
front end can run the first kind on a worker thread. AGENTS.md lists the API.
"""
