"""chipwatch stream workers: the Faust shell around the pure core in ``streams.core``."""
