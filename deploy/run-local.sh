#!/usr/bin/env bash
# `make run`: a worker against the local broker (already up), the bundled samples fed
# into the input topic, and the alerts printed as they come. Ctrl-C stops the worker and
# the broker. Logs: .run/worker.log.
set -euo pipefail
run=${RUN_DIR:-.run}
bin=${VENV:-.venv}/bin
mkdir -p "$run"
export CHIPWATCH_WEB_PORT=${CHIPWATCH_WEB_PORT:-6066}
export CHIPWATCH_DATA_DIR=${CHIPWATCH_DATA_DIR:-$run/data}

cleanup() {
  trap - EXIT INT TERM  # once, whichever signal or exit got here first
  echo >&2
  echo "stopping the worker and the broker" >&2
  [ -f "$run/worker.pid" ] && kill "$(cat "$run/worker.pid")" 2>/dev/null || true
  for _ in $(seq 1 40); do
    [ -f "$run/worker.pid" ] && kill -0 "$(cat "$run/worker.pid")" 2>/dev/null || break
    sleep 0.5
  done
  rm -f "$run/worker.pid"
  KAFKA_STATE_DIR="$run/kafka" deploy/kafka/kafka-local down
}
trap cleanup EXIT INT TERM

echo "starting a chipwatch worker (logs: $run/worker.log)" >&2
"$bin/chipwatch" worker >"$run/worker.log" 2>&1 &
echo $! >"$run/worker.pid"
for _ in $(seq 1 120); do
  if curl -fsS "http://127.0.0.1:$CHIPWATCH_WEB_PORT/readyz" >/dev/null 2>&1; then break; fi
  kill -0 "$(cat "$run/worker.pid")" 2>/dev/null || { tail -n 40 "$run/worker.log" >&2; exit 1; }
  sleep 0.5
done
echo "worker ready: http://127.0.0.1:$CHIPWATCH_WEB_PORT/metrics" >&2
"$bin/chipwatch" produce streams/samples/articles.jsonl
echo "alerts on alerts.policy (Ctrl-C stops worker and broker):" >&2
"$bin/chipwatch" tail --from-beginning --pretty
