#!/usr/bin/env bash
# make demo: start the bundled Creatio-compatible test server on 127.0.0.1, run the bundled
# Creatio verification collection against it, stop the server. Usage: scripts/demo.sh <build-bin-dir>
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
# The Creatio verification suite, exactly as a user would run it against a real instance, with the
# local environment pointed at the test server. The script exits with Courier's exit code.
"$bin/courier" run collections/creatio-verify.postman_collection.json \
  -e environments/local.postman_environment.json --env-var "base_url=$base"
