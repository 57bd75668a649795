"""Card layout as data: positioned items in millimetres, with no drawing library involved."""
