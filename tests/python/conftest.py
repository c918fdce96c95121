"""Shared settings for the Python suite."""

from hypothesis import settings

# Modest runs keep the suite fast; no deadline, as the first call of a test may import pandas.
settings.register_profile("commissioning", max_examples=200, deadline=None)
settings.load_profile("commissioning")
