#!/usr/bin/env bash
# Loopback load test of POST /api/classify and POST /api/review (issues #5 and #9); see tests/load/README.md.
# Builds Release, starts `OfficeGovernance.Cli serve` (the function classes as routes) on a free loopback port with a
# development identity, writes the request bodies from samples/portfolio.xlsx, warms up, runs wrk against each
# endpoint and prints requests/s and latency percentiles. Exits non-zero when any response was not a 2xx or any
# socket error occurred.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
threads="${LOAD_THREADS:-2}"
connections="${LOAD_CONNECTIONS:-16}"
duration="${LOAD_DURATION:-20s}"
warmup="${LOAD_WARMUP:-5s}"
# The host ships no appsettings, so ASP.NET Core would write six Information lines per request to the console; the
# measurement is of the API, not of console logging, unless this is set to Information.
aspnetcore_log_level="${LOAD_ASPNETCORE_LOG_LEVEL:-Warning}"

for tool in wrk curl dotnet; do
  if ! command -v "$tool" >/dev/null; then
    echo "run.sh: $tool is not installed (wrk on Debian: apt-get install -y wrk)" >&2
    exit 2
  fi
done

work="$(mktemp -d)"
host_pid=""
cleanup() {
  if [[ -n "$host_pid" ]] && kill -0 "$host_pid" 2>/dev/null; then
    kill "$host_pid"
    # The host's exit status after SIGTERM says nothing about the measurement, which is already printed.
    wait "$host_pid" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

fail() {
  echo "run.sh: $*" >&2
  if [[ -f "$work/host.log" ]]; then
    echo "--- last lines of the host's log ---" >&2
    tail -n 40 "$work/host.log" >&2
  fi
  exit 1
}

echo "== build (Release)"
for project in tests/OfficeGovernance.Benchmarks functions/OfficeGovernance.Cli; do
  dotnet build -c Release -nologo -v quiet "$root/$project" >"$work/build.log" 2>&1 \
    || { cat "$work/build.log" >&2; fail "the Release build of $project failed"; }
done
host_dll="$(dotnet msbuild "$root/functions/OfficeGovernance.Cli" -nologo -getProperty:TargetPath -p:Configuration=Release)"
[[ -f "$host_dll" ]] || fail "the host's build output $host_dll is missing"

echo "== request bodies from samples/portfolio.xlsx"
dotnet run -c Release --no-build --project "$root/tests/OfficeGovernance.Benchmarks" -- \
  http-bodies "$work/bodies" "$root/samples/portfolio.xlsx"

# The review body names the stored workbook (the caller must be able to read it) and the review reads its decision
# log on every request, so the host's workbook folder holds the sample and its log holds the sample's nine decisions.
mkdir -p "$work/decisions" "$work/workbooks"
cp "$root/samples/portfolio.xlsx" "$work/workbooks/portfolio.xlsx"
cp "$root/samples/portfolio.xlsx.decisions.jsonl" "$work/decisions/portfolio.xlsx.decisions.jsonl"

echo "== start the host"
# Port 0: Kestrel picks a free loopback port and logs it, so no port is guessed and none can be taken meanwhile.
(
  cd "$work"
  exec env -u DecisionLog__TableConnection -u DecisionLog__TableEndpoint \
    Auth__DevelopmentIdentity=someone@example.org \
    DecisionLog__Directory="$work/decisions" \
    Workbooks__Directory="$work/workbooks" \
    "Logging__LogLevel__Microsoft.AspNetCore=$aspnetcore_log_level" \
    dotnet "$host_dll" serve --urls http://127.0.0.1:0
) >"$work/host.log" 2>&1 &
host_pid=$!

base=""
for _ in $(seq 1 120); do
  kill -0 "$host_pid" 2>/dev/null || fail "the host exited during start-up"
  if [[ -z "$base" ]]; then
    base="$(grep -o -m1 'Now listening on: http://127\.0\.0\.1:[0-9]*' "$work/host.log" | sed 's/^Now listening on: //' || true)"
  fi
  if [[ -n "$base" ]] && curl -fsS -o /dev/null "$base/api/health"; then
    break
  fi
  sleep 0.5
done
if [[ -z "$base" ]] || ! curl -fsS -o /dev/null "$base/api/health"; then
  fail "GET /api/health did not answer within 60 s"
fi
echo "host: $base (pid $host_pid)"

declare -A results
endpoints=(classify review)

for endpoint in "${endpoints[@]}"; do
  url="$base/api/$endpoint"
  body="$work/bodies/$endpoint.json"
  status="$(curl -sS -o "$work/$endpoint.response" -w '%{http_code}' -X POST -H 'Content-Type: application/json' \
    --data-binary "@$body" "$url")"
  if [[ "$status" != 200 ]]; then
    cat "$work/$endpoint.response" >&2
    fail "POST /api/$endpoint answered $status, not 200"
  fi
  echo
  echo "== POST /api/$endpoint: body $(stat -c %s "$body") bytes, response $(stat -c %s "$work/$endpoint.response") bytes"
  echo "-- warm-up ($warmup)"
  wrk -t "$threads" -c "$connections" -d "$warmup" --timeout 10s -s "$root/tests/load/post-file.lua" "$url" -- "$body" \
    >"$work/$endpoint.warmup" || fail "wrk failed during the warm-up of /api/$endpoint"
  grep '^RESULT' "$work/$endpoint.warmup"
  echo "-- measured ($threads threads, $connections connections, $duration)"
  wrk -t "$threads" -c "$connections" -d "$duration" --timeout 10s --latency -s "$root/tests/load/post-file.lua" "$url" -- "$body" \
    | tee "$work/$endpoint.wrk" || fail "wrk failed on /api/$endpoint"
  line="$(grep '^RESULT' "$work/$endpoint.wrk")" || fail "wrk printed no RESULT line for /api/$endpoint"
  results[$endpoint]="$line"
done

echo
echo "== summary ($(nproc) CPUs: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'))"
printf '%-18s %12s %10s %10s %10s %10s\n' endpoint 'requests/s' 'p50 ms' 'p99 ms' requests non-2xx
failed=0
for endpoint in "${endpoints[@]}"; do
  line="${results[$endpoint]}"
  field() { sed -E "s/.* $1=([^ ]+).*/\1/" <<<"$line"; }
  printf '%-18s %12s %10s %10s %10s %10s\n' "POST /api/$endpoint" "$(field rps)" "$(field p50_ms)" "$(field p99_ms)" \
    "$(field requests)" "$(field non2xx)"
  errors=$(( $(field non2xx) + $(field connect) + $(field read) + $(field write) + $(field timeout) ))
  if (( errors > 0 )); then
    echo "POST /api/$endpoint: $(field non2xx) non-2xx responses and socket errors connect $(field connect)," \
      "read $(field read), write $(field write), timeout $(field timeout)" >&2
    failed=1
  fi
done
(( failed == 0 )) || fail "some responses were not 2xx"
