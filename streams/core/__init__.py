"""The pure core of chipwatch: typed, synchronous, free of I/O and of the clock.

Everything here is a plain function or a small immutable object over pydantic models
from ``schemas``. Time comes in as an argument; a stateful step has the shape
``step(state, event) -> (state, outputs)``. The Faust shell (``streams.app``,
``streams.agents``) calls this; ``chipwatch scan`` calls exactly the same code.
"""
