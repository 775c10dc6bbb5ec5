#!/usr/bin/env bash
# Proves the packaged runtime is complete: commands run from the Linux app image's own launcher.
#   installer/check-app-image.sh [IMAGE]   (default target/installer/image/techbench)
set -euo pipefail
cd "$(dirname "$0")/.."
launcher=${1:-target/installer/image/techbench}/bin/techbench
work=$(mktemp -d)
hub_pid=""
cleanup() { [ -n "$hub_pid" ] && kill "$hub_pid" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

version=$("$launcher" --version)
echo "$version" | grep -q '^TechBench [0-9]' || { echo "check: --version printed: $version" >&2; exit 1; }
echo "check: $version"

"$launcher" demo-data --data "$work/laptop" --assets 300 --sites 3 2>/dev/null | tail -n 1
listed=$("$launcher" assets list --data "$work/laptop" --limit 5 --format csv | wc -l)
[ "$listed" -eq 6 ] || { echo "check: assets list printed $listed lines, not a header and 5 assets" >&2; exit 1; }
# Lucene's Chinese word segmentation, from the runtime's modules.
"$launcher" kb search 电脑蓝屏 --data "$work/laptop" --language zh | head -n 3

"$launcher" hub --data "$work/hub" --port 0 --host 127.0.0.1 > "$work/hub.out" 2>&1 &
hub_pid=$!
port=""
for _ in $(seq 100); do
  port=$(sed -n 's/.*127\.0\.0\.1:\([0-9]*\),.*/\1/p' "$work/hub.out")
  [ -n "$port" ] && break
  kill -0 "$hub_pid" 2>/dev/null || { cat "$work/hub.out" >&2; exit 1; }
  sleep 0.2
done
[ -n "$port" ] || { echo "check: the hub did not start" >&2; cat "$work/hub.out" >&2; exit 1; }
health=$(curl -fsS "http://127.0.0.1:$port/api/health")
echo "check: hub health $health"
echo "$health" | grep -q '"status":"ok"' || { echo "check: the hub's health is not ok" >&2; exit 1; }
curl -fsS "http://127.0.0.1:$port/metrics" | grep -q '^techbench_hub_info' \
  || { echo "check: the hub's metrics lack techbench_hub_info" >&2; exit 1; }
kill -TERM "$hub_pid"
wait "$hub_pid" || true
hub_pid=""
echo "check: the app image's runtime ran the store, the command line, Chinese search and the hub"
