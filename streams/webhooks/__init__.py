"""Webhook subscribers: the subscription store and API, and signed, retried deliveries.

Modules: ``store`` (subscriptions), ``fanout`` (alerts to deliveries, replays),
``lanes`` (the backlog, per-subscriber queues, what follows an attempt), ``delivery``
(one signed HTTP attempt), ``api`` (the /subscriptions views), ``wiring``
(``register_webhooks``: tables, agents, scanner task, views).

Data flow (every state change goes through Kafka, so a restart loses nothing):

* Subscriptions live in a global table over a compacted topic: every worker reads all
  of them. Static ones come from a YAML file and are read-only.
* ``webhook-fanout`` reads the alert topic and, for each subscription an alert matches,
  writes a ``DeliveryRecord`` (key: its ``webhook-id``) to the compacted retries topic.
* ``webhook-pending`` reads the retries topic into the ``webhook-pending`` table (a
  tombstone removes the key). The table is the durable backlog: a restarted worker
  recovers it from its changelog and goes on where the dead one stopped.
* A scanner task moves due records into per-subscriber lanes (a bounded queue, a few
  sender tasks with their own HTTP connection pool, and a circuit breaker), so a slow
  subscriber never holds up another one or the alert pipeline.
* A sender makes one attempt, then writes the record back with the attempt appended
  and the next time (a retry), or a tombstone (delivered or given up: the latter also
  goes to the webhook DLQ with every attempt's outcome).

Retries are not a retry library's loop: a loop lives in one process's memory, and the
schedule spans days, so the schedule is data (``next_at``) in Kafka instead.
"""
