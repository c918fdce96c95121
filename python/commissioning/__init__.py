"""commissioning: the money behind UK public-sector commissioning decisions."""

from ._core import __version__

__all__ = ["__version__"]
