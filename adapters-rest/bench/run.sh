#!/usr/bin/env bash
# Measures the clustergov server against a bare Javalin route returning the same bytes, in one run:
# wrk on loopback, 64 connections, 2 threads, 15 s, for a read route (GET /organizations/{id}) and a
# write route (POST /clusters, a real registration in H2); prints requests/s, the ratio and p99, the
# time from start to ready, and the server's RSS under load. Stops everything it started.
#
#   mvn -B -ntp -q package -DskipTests && adapters-rest/bench/run.sh
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

JAR=target/clustergov-server.jar
DURATION=${DURATION:-15s}
CONNECTIONS=${CONNECTIONS:-64}
THREADS=${THREADS:-2}
PORT=${PORT:-18180}
BARE_PORT=${BARE_PORT:-18181}
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 2; }
[ -f "$JAR" ] || { echo "$JAR is missing: mvn -B -ntp -q package -DskipTests" >&2; exit 2; }

WORK=$(mktemp -d /tmp/clustergov-bench-XXXXXX)
PIDS=()
cleanup() {
  for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done
  for p in "${PIDS[@]}"; do
    for _ in $(seq 1 100); do kill -0 "$p" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$p" 2>/dev/null || true
  done
  rm -rf "$WORK"
}
trap cleanup EXIT

wait_ready() { # url, max tenths of a second
  for _ in $(seq 1 "$2"); do
    curl -sf -o /dev/null "$1" && return 0
    sleep 0.1
  done
  echo "not ready: $1" >&2
  return 1
}

EVALUATOR=bench-evaluator-token-000000001
SUZHOU=bench-suzhou-authority-token-001
cat > "$WORK/tokens" <<TOKENS
$EVALUATOR evaluator evaluator-bench
$SUZHOU authority authority-000003
TOKENS

echo "== clustergov server (--demo, H2 in a fresh folder)"
START_NS=$(date +%s%N)
java -jar "$JAR" --demo --port "$PORT" --data-dir "$WORK/data" --tokens "$WORK/tokens" > "$WORK/server.log" 2>&1 &
SERVER=$!
PIDS+=("$SERVER")
wait_ready "http://127.0.0.1:$PORT/ready" 1200
READY_MS=$(( ($(date +%s%N) - START_NS) / 1000000 ))
echo "start to ready: ${READY_MS} ms (process start to the first 200 from /ready)"

READ_URL="http://127.0.0.1:$PORT/organizations/org-000001"
BODY='{"name":"苏州市基准测试集群","region":"320500","industry":"测试","level":"MUNICIPAL","enterprises":10}'
curl -sf -H "Authorization: Bearer $EVALUATOR" "$READ_URL" > "$WORK/read.json"
curl -sf -X POST -H "Authorization: Bearer $SUZHOU" -H 'Content-Type: application/json' --data-binary "$BODY" \
  "http://127.0.0.1:$PORT/clusters" > "$WORK/write.json"
echo "read body $(wc -c < "$WORK/read.json") bytes, write body $(wc -c < "$WORK/write.json") bytes"

echo "== bare Javalin baseline (same bytes)"
java -cp "$JAR" bench/Bare.java "$BARE_PORT" "$WORK/read.json" "$WORK/write.json" > "$WORK/bare.log" 2>&1 &
PIDS+=("$!")
wait_ready "http://127.0.0.1:$BARE_PORT/ready" 1200

cat > "$WORK/post.lua" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer $SUZHOU"
wrk.body = '$BODY'
LUA

rss_kb() { awk '/VmRSS/ {print $2}' "/proc/$1/status" 2>/dev/null || echo 0; }

MAX_RSS=0
sample_rss() { # samples the server's RSS every second while wrk runs (bounded by the duration + 5 s)
  local secs=${DURATION%s}
  for _ in $(seq 1 $((secs + 5))); do
    local r; r=$(rss_kb "$SERVER")
    [ "$r" -gt "$(cat "$WORK/maxrss" 2>/dev/null || echo 0)" ] && echo "$r" > "$WORK/maxrss"
    sleep 1
  done
}

run() { # name, url, extra wrk args...
  local name=$1 url=$2; shift 2
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "$@" "$url" > "$WORK/$name.txt"
  local rps p99 non2xx
  rps=$(awk '/Requests\/sec/ {print $2}' "$WORK/$name.txt")
  p99=$(awk '$1 == "99%" {print $2}' "$WORK/$name.txt")
  non2xx=$(awk '/Non-2xx/ {print $NF}' "$WORK/$name.txt")
  printf '%-14s %10s req/s   p99 %8s   non-2xx %s\n' "$name" "$rps" "$p99" "${non2xx:-0}"
  echo "$rps" > "$WORK/$name.rps"
}

echo "== wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency"
sample_rss & SAMPLER=$!; PIDS+=("$SAMPLER")
run server-read "$READ_URL" -H "Authorization: Bearer $EVALUATOR"
wait "$SAMPLER" 2>/dev/null || true
run bare-read "http://127.0.0.1:$BARE_PORT/organizations/org-000001"
sample_rss & SAMPLER=$!; PIDS+=("$SAMPLER")
run server-write "http://127.0.0.1:$PORT/clusters" -s "$WORK/post.lua"
wait "$SAMPLER" 2>/dev/null || true
run bare-write "http://127.0.0.1:$BARE_PORT/clusters" -s "$WORK/post.lua"

ratio() { awk -v a="$(cat "$WORK/$1.rps")" -v b="$(cat "$WORK/$2.rps")" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }'; }
echo "== summary"
echo "read  ratio server/bare: $(ratio server-read bare-read)"
echo "write ratio server/bare: $(ratio server-write bare-write)"
echo "server RSS under load (max of 1 s samples): $(( $(cat "$WORK/maxrss" 2>/dev/null || echo 0) / 1024 )) MiB"
echo "server RSS after the runs: $(( $(rss_kb "$SERVER") / 1024 )) MiB"
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
