#!/usr/bin/env bash
# make demo: start the bundled test server on 127.0.0.1, run the bundled collection against it,
# stop the server. Usage: scripts/demo.sh <build-bin-dir>
set -euo pipefail
bin=${1:-.build/debug}
log=$(mktemp)
"$bin/courier-testserver" --port 0 >"$log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true; wait $server 2>/dev/null || true; rm -f "$log"' EXIT
for _ in $(seq 1 100); do
  grep -q '^listening on ' "$log" && break
  sleep 0.05
done
base=$(sed -n 's/^listening on //p' "$log" | head -n 1)
[ -n "$base" ] || { echo "the test server did not start:"; cat "$log"; exit 1; }
echo "test server: $base"
"$bin/courier" run collections/echo-smoke.postman_collection.json \
  -e environments/local.postman_environment.json --env-var "base_url=$base"
