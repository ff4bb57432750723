"""Faust's table manager without its one-second sleep at start-up.

Why: Faust's ``TableManager.on_start`` sleeps 1.0 s before it registers the tables'
changelog channels and starts recovery, so that tables declared while the app starts
are still picked up. Every start and every restart of a worker waited that second
with nothing to do: in the warm-restart timeline of a worker with 1M remembered hashes
(bench/README.md, "Round 21: start-up"), the log line "Waiting for tables to be
registered" is followed by exactly 1.00 s of silence. chipwatch declares every table
in ``create_app``, before the worker starts, so there is nothing to wait for; a table
added later would still fail loudly (Faust's ``add`` raises "Too late to add tables"
once the channels are registered), never be skipped.

Hand-written: Faust offers the class as a setting (``App(TableManager=...)``) and no
option for the delay; the override only drops the sleep and keeps the rest of Faust's
``on_start`` as it is.
"""

from __future__ import annotations

from faust.tables import TableManager


class PromptTableManager(TableManager):
    """Faust's ``TableManager``, registering channels and starting recovery at once."""

    async def on_start(self) -> None:
        """Register the changelog channels and start recovery (Faust's, minus the sleep)."""
        if not self.should_stop:
            await self._update_channels()
            await self.recovery.start()
