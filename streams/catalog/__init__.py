"""The bundled entity catalog (``catalog.yaml``), loaded by ``streams.core.catalog``."""
