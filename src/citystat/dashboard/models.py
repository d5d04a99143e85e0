"""The dashboard keeps no tables of its own: the map layer is ``regions.models.MapLayer``."""
