#!/usr/bin/env bash
# The app's pages against a raw page over the same rows (docs/benchmarks.md, "Pages against a raw page").
# Builds a SQLite database with 200 items, publishes the app (Release, ReadyToRun; and once without, for the cold
# start) and tests/JapanAiGov.RawPage, then
# runs wrk against each in turn (A B A B …, ROUNDS rounds) for the dashboard and an item page, uncached and with
# output caching, and prints requests/s, p50/p99 and the ratio app/raw of every round and their medians. Then measures
# the cold start (fresh database to the first served dashboard, COLD_RUNS runs) and the resident memory after the
# dashboard and four item pages.
# BASELINE_REF=<git ref> also publishes that commit (a git worktree) and measures it in the same rounds (app, raw,
# baseline) and cold starts: the before and after side by side.
# Needs wrk (Debian: apt-get install wrk) and curl. Knobs: ROUNDS (default 5), DURATION (wrk seconds, default 10),
# CONNECTIONS (default 32), ITEMS (default 200), COLD_RUNS (default 5), WARMUP (seconds of load before measuring each
# page, default 15: the tiered JIT is still recompiling hot code for several seconds after start), SKIP_PUBLISH=1 to
# reuse the last build; SKIP_PAGES=1, SKIP_SAME_BYTES=1, SKIP_WRITES=1, SKIP_COLD=1 leave out a part. Readers during writes: WRITE_READERS
# (default 32), WRITE_DURATION (default 30), WRITE_EVERY (default 5).
set -euo pipefail
cd "$(dirname "$0")/../.."

rounds=${ROUNDS:-5} duration=${DURATION:-10} connections=${CONNECTIONS:-32} items=${ITEMS:-200} cold_runs=${COLD_RUNS:-5}
warmup=${WARMUP:-15} baseline_ref=${BASELINE_REF:-}
out=${BENCH_DIR:-/tmp/japanaigov-web-bench}
app_port=5077 raw_port=5078 baseline_port=5079
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }
mkdir -p "$out"
if [ -z "${SKIP_PUBLISH:-}" ]; then
  echo "Publishing the app and the raw page (Release) ..."
  dotnet publish src/JapanAiGov.Web -c Release -r linux-x64 --self-contained false -o "$out/app" -v q -nologo >/dev/null
  dotnet publish src/JapanAiGov.Web -c Release -o "$out/app-jit" -v q -nologo >/dev/null
  dotnet publish tests/JapanAiGov.RawPage -c Release -o "$out/raw" -v q -nologo >/dev/null
  dotnet build tests/JapanAiGov.Benchmarks -c Release -v q -nologo >/dev/null
  if [ -n "$baseline_ref" ]; then
    echo "Publishing the baseline $baseline_ref ..."
    git worktree remove --force "$out/baseline-src" 2>/dev/null || rm -rf "$out/baseline-src"
    git worktree add --detach "$out/baseline-src" "$baseline_ref" >/dev/null 2>&1
    (cd "$out/baseline-src" && dotnet publish src/JapanAiGov.Web -c Release -r linux-x64 --self-contained false -o "$out/baseline" -v q -nologo >/dev/null)
    git worktree remove --force "$out/baseline-src"
  fi
fi

pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap cleanup EXIT

wait_for() { # url, timeout seconds
  local deadline=$((SECONDS + $2))
  until curl -fsS -o /dev/null "$1" 2>/dev/null; do
    [ $SECONDS -lt $deadline ] || { echo "no answer from $1" >&2; return 1; }
    sleep 0.05
  done
}

launch() { # folder, port, database, path to wait for, extra environment ...: starts the app, sets app_pid
  # The app as an operator runs it, without its background watchers (they would call e-Gov during the runs).
  (cd "$1" && exec env ASPNETCORE_ENVIRONMENT=Production ConnectionStrings__Default="Data Source=$3" EGov__Enabled=false \
    PublicComments__Enabled=false App__PublicBaseUrl=http://127.0.0.1:$2 Serilog__MinimumLevel__Default=Warning "${@:5}" \
    dotnet JapanAiGov.Web.dll --urls "http://127.0.0.1:$2" >"$out/app-$2.log" 2>&1) &
  app_pid=$!
  pids+=("$app_pid")
  wait_for "http://127.0.0.1:$2$4" 60
}

start_app() { # database, cache on/off[, folder, port] (the baseline's folder and port)
  launch "${3:-$out/app}" "${4:-$app_port}" "$1" /health/live OutputCache__Enabled="$2"
}

stop_app() { kill "$app_pid" 2>/dev/null || true; wait "$app_pid" 2>/dev/null || true; }

# 1. The database: the app migrates and seeds it, then the benchmark tool adds items up to ITEMS.
db="$out/bench.db"
rm -f "$db" "$db-wal" "$db-shm"
start_app "$db" true
stop_app
dotnet tests/JapanAiGov.Benchmarks/bin/Release/net10.0/JapanAiGov.Benchmarks.dll add-items "$db" $((items - 4))

# The app's cached pages as bytes, for the raw page to answer from memory (the cache's own overhead, issue 27).
mkdir -p "$out/bytes"
start_app "$db" true
curl -fsS -H 'Accept-Language: en' -o "$out/bytes/dashboard.html" "http://127.0.0.1:$app_port/"
curl -fsS -H 'Accept-Language: en' -o "$out/bytes/item.html" "http://127.0.0.1:$app_port/items/pipa-amendment-ai-training"
stop_app

(cd "$out/raw" && exec dotnet JapanAiGov.RawPage.dll --urls "http://127.0.0.1:$raw_port" --Database "$db" --Bytes "$out/bytes" >"$out/raw.log" 2>&1) &
pids+=("$!")
wait_for "http://127.0.0.1:$raw_port/" 60

# wrk's summary as "requests/s p50-ms p99-ms".
measure() {
  wrk -t1 -c"$connections" -d"${duration}s" --latency -H 'Accept-Language: en' "$1" | awk '
    function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
    $1 == "50%" { p50 = ms($2) } $1 == "99%" { p99 = ms($2) } $1 == "Requests/sec:" { rps = $2 }
    END { printf "%.0f %.2f %.2f\n", rps, p50, p99 }'
}

median() { sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else printf "%.3f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

compare() { # label, cache on/off, app path, raw path
  local baseline_pid=""
  if [ -n "$baseline_ref" ]; then
    start_app "$db" "$2" "$out/baseline" "$baseline_port"
    baseline_pid=$app_pid
  fi
  start_app "$db" "$2"
  for _ in 1 2 3; do curl -fsS -o /dev/null "http://127.0.0.1:$app_port$3"; curl -fsS -o /dev/null "http://127.0.0.1:$raw_port$4"; done
  wrk -t1 -c"$connections" -d"${warmup}s" "http://127.0.0.1:$app_port$3" >/dev/null
  wrk -t1 -c"$connections" -d5s "http://127.0.0.1:$raw_port$4" >/dev/null
  [ -z "$baseline_pid" ] || wrk -t1 -c"$connections" -d"${warmup}s" "http://127.0.0.1:$baseline_port$3" >/dev/null
  local ratios=() baseline_ratios=()
  printf '\n%s: app %s vs raw %s (%s bytes vs %s bytes)\n' "$1" "$3" "$4" \
    "$(curl -fsS -H 'Accept-Language: en' "http://127.0.0.1:$app_port$3" | wc -c)" "$(curl -fsS "http://127.0.0.1:$raw_port$4" | wc -c)"
  printf '  %-5s %10s %9s %9s %10s %9s %9s %7s' round app-rps p50-ms p99-ms raw-rps p50-ms p99-ms ratio
  [ -z "$baseline_pid" ] && echo || printf ' %13s %9s %9s %7s\n' baseline-rps p50-ms p99-ms ratio
  for round in $(seq "$rounds"); do
    read -r a_rps a_p50 a_p99 <<<"$(measure "http://127.0.0.1:$app_port$3")"
    read -r r_rps r_p50 r_p99 <<<"$(measure "http://127.0.0.1:$raw_port$4")"
    ratio=$(awk -v a="$a_rps" -v r="$r_rps" 'BEGIN { printf "%.3f", a / r }')
    ratios+=("$ratio")
    printf '  %-5s %10s %9s %9s %10s %9s %9s %7s' "$round" "$a_rps" "$a_p50" "$a_p99" "$r_rps" "$r_p50" "$r_p99" "$ratio"
    if [ -n "$baseline_pid" ]; then
      read -r b_rps b_p50 b_p99 <<<"$(measure "http://127.0.0.1:$baseline_port$3")"
      baseline_ratio=$(awk -v a="$b_rps" -v r="$r_rps" 'BEGIN { printf "%.3f", a / r }')
      baseline_ratios+=("$baseline_ratio")
      printf ' %13s %9s %9s %7s' "$b_rps" "$b_p50" "$b_p99" "$baseline_ratio"
    fi
    echo
  done
  printf '  median ratio app/raw: %s' "$(printf '%s\n' "${ratios[@]}" | median)"
  [ -z "$baseline_pid" ] && echo || printf '   baseline/raw: %s\n' "$(printf '%s\n' "${baseline_ratios[@]}" | median)"
  stop_app
  [ -z "$baseline_pid" ] || { app_pid=$baseline_pid; stop_app; }
}

rows=$(start_app "$db" false; curl -fsS -H 'Accept-Language: en' "http://127.0.0.1:$app_port/" | grep -o '<a href="/items/' | wc -l; stop_app)
echo "The dashboard shows $rows rows per page; the raw page is asked for as many (?limit=$rows)."
if [ -z "${SKIP_PAGES:-}" ]; then
  compare "Dashboard, uncached" false "/" "/?limit=$rows"
  compare "Dashboard, output cache" true "/" "/?limit=$rows"
  compare "Item page, uncached" false "/items/pipa-amendment-ai-training" "/items/pipa-amendment-ai-training"
  compare "Item page, output cache" true "/items/pipa-amendment-ai-training" "/items/pipa-amendment-ai-training"
fi
if [ -z "${SKIP_SAME_BYTES:-}" ]; then
  compare "Dashboard, output cache, against the same bytes from memory" true "/" "/same-bytes/dashboard.html"
  compare "Item page, output cache, against the same bytes from memory" true "/items/pipa-amendment-ai-training" "/same-bytes/item.html"
fi

# 2b. Readers during writes (issue 27): WRITE_READERS connections read a page for WRITE_DURATION seconds with the output
# cache on while an editor (signed in through the login form, as a browser) changes the item's status every
# WRITE_EVERY seconds through the status form; p50/p99 of the readers, app and baseline one after the other.
write_readers=${WRITE_READERS:-32} write_duration=${WRITE_DURATION:-30} write_every=${WRITE_EVERY:-5}
bench_password="benchmark editor password 27"
form_value() { grep -o "name=\"$1\" [^>]*value=\"[^\"]*\"" | head -n 1 | sed 's/.*value="//; s/"$//'; }
editor_loop() { # port, seconds, page: signs in, then changes the item's status every write_every seconds until the time is up,
  # timing one read of the page right after each write
  local base="http://127.0.0.1:$1" jar="$out/editor-$1.cookies" deadline=$((SECONDS + $2)) n=0 token
  rm -f "$jar"
  token=$(curl -fsS -c "$jar" -b "$jar" "$base/account/login" | form_value __RequestVerificationToken)
  curl -fsS -o /dev/null -c "$jar" -b "$jar" --data-urlencode "Input.Email=bench-editor@example.org" \
    --data-urlencode "Input.Password=$bench_password" --data-urlencode "__RequestVerificationToken=$token" "$base/account/login"
  while [ $SECONDS -lt $deadline ]; do
    sleep "$write_every"
    local page status version
    page=$(curl -fsS -c "$jar" -b "$jar" "$base/admin/items/pipa-amendment-ai-training/status")
    token=$(printf '%s' "$page" | form_value __RequestVerificationToken)
    version=$(printf '%s' "$page" | form_value Input.Version)
    n=$((n + 1))
    if [ $((n % 2)) -eq 1 ]; then status=PendingMetiAnnex; else status=Reported; fi
    curl -fsS -o /dev/null -c "$jar" -b "$jar" --data-urlencode "__RequestVerificationToken=$token" --data-urlencode "Input.Version=$version" \
      --data-urlencode "Input.NewStatus=$status" --data-urlencode "Input.Reason=Benchmark write $n: the readers must not wait for it." \
      "$base/admin/items/pipa-amendment-ai-training/status" || echo "  (write $n on port $1 refused)" >&2
    # The first reader after the write (the editor's redirect has been answered): what a reader waits for it.
    curl -fsS -o /dev/null -w '%{time_total}\n' -H 'Accept-Language: en' "$base$3" >>"$out/first-reads"
  done
  echo "$n"
}
during_writes() { # label, path
  printf '\n%s with %s readers while an editor writes every %s s (%s s; output cache on)\n' "$1" "$write_readers" "$write_every" "$write_duration"
  printf '  %-10s %10s %9s %9s %9s %7s %22s\n' build rps p50-ms p99-ms max-ms writes first-read-after-write
  local folders=("$out/app") labels=(app) ports=("$app_port")
  [ -z "$baseline_ref" ] || { folders+=("$out/baseline"); labels+=(baseline); ports+=("$baseline_port"); }
  for round in $(seq "$rounds"); do
    for i in "${!folders[@]}"; do
      launch "${folders[$i]}" "${ports[$i]}" "$db" /health/live OutputCache__Enabled=true
      wrk -t1 -c"$write_readers" -d"${warmup}s" "http://127.0.0.1:${ports[$i]}$2" >/dev/null
      rm -f "$out/first-reads"
      editor_loop "${ports[$i]}" "$write_duration" "$2" >"$out/writes" &
      local editor=$!
      read -r rps p50 p99 max <<<"$(wrk -t1 -c"$write_readers" -d"${write_duration}s" --latency -H 'Accept-Language: en' "http://127.0.0.1:${ports[$i]}$2" | awk '
        function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
        $1 == "Latency" && !max { max = ms($4) } $1 == "50%" { p50 = ms($2) } $1 == "99%" { p99 = ms($2) } $1 == "Requests/sec:" { rps = $2 }
        END { printf "%.0f %.2f %.2f %.2f\n", rps, p50, p99, max }')"
      wait "$editor"
      printf '  %-10s %10s %9s %9s %9s %7s %22s\n' "${labels[$i]}" "$rps" "$p50" "$p99" "$max" "$(cat "$out/writes")" \
        "$(awk '{ printf "%s%.1f", (NR > 1 ? " " : ""), $1 * 1000 } END { if (!NR) printf "-" }' "$out/first-reads" 2>/dev/null) ms"
      stop_app
    done
  done
}
if [ -z "${SKIP_WRITES:-}" ]; then
  (cd "$out/app" && ConnectionStrings__Default="Data Source=$db" dotnet JapanAiGov.Web.dll users add --email bench-editor@example.org \
    --role Editor --name "Benchmark editor" --password "$bench_password" >/dev/null 2>&1) || true
  during_writes "Dashboard" "/"
  during_writes "Item page" "/items/pipa-amendment-ai-training"
fi

# 3. Cold start: a fresh database (migrations and seed) to the first served dashboard; then RSS after the dashboard
# and four item pages. As published, then with one lever turned back each time (runtime switches, same build).
# With RESTART=1 in the extra environment's place (first), the database is made once and every run starts on it: a
# restart of an installed app rather than a first start.
cold_start() { # label, folder, [RESTART=1] extra environment ...
  local starts=() memories=() restart=""
  if [ "${3:-}" = RESTART=1 ]; then
    restart=1
    set -- "$1" "$2" "${@:4}"
    rm -f "$out/restart.db"*
    launch "$2" "$app_port" "$out/restart.db" / "${@:3}"
    stop_app
  fi
  for run in $(seq "$cold_runs"); do
    local fresh="$out/cold-$run.db"
    [ -z "$restart" ] || fresh="$out/restart.db"
    [ -n "$restart" ] || rm -f "$fresh" "$fresh-wal" "$fresh-shm"
    local begin end
    begin=$(date +%s%N)
    launch "$2" "$app_port" "$fresh" / "${@:3}"
    end=$(date +%s%N)
    for slug in pipa-amendment-ai-training profit-based-penalties high-impact-frontier-models ai-promotion-act; do
      curl -fsS -o /dev/null "http://127.0.0.1:$app_port/items/$slug"
    done
    local server
    server=$(pgrep -f "JapanAiGov.Web.dll --urls http://127.0.0.1:$app_port" | head -n 1)
    starts+=("$(( (end - begin) / 1000000 ))")
    memories+=("$(awk '/VmRSS/ { printf "%.0f", $2 / 1024 }' "/proc/$server/status")")
    stop_app
  done
  printf '  %-44s start %s ms (median; runs: %s)   RSS %s MB (median; runs: %s)\n' "$1" \
    "$(printf '%s\n' "${starts[@]}" | median)" "${starts[*]}" "$(printf '%s\n' "${memories[@]}" | median)" "${memories[*]}"
}

echo
echo "Cold start to the first dashboard on a fresh database; resident memory after the dashboard and four item pages:"
[ -z "${SKIP_COLD:-}" ] || exit 0
cold_start "as published (ReadyToRun, workstation GC)" "$out/app"
cold_start "as published, restarted on its database" "$out/app" RESTART=1
cold_start "published without -r (no ReadyToRun)" "$out/app-jit"
cold_start "with the server GC (DOTNET_gcServer=1)" "$out/app" DOTNET_gcServer=1 DOTNET_gcConcurrent=1
cold_start "with a 4 MB gen0 budget (DOTNET_GCgen0size)" "$out/app" DOTNET_GCgen0size=0x400000
[ -z "$baseline_ref" ] || cold_start "baseline $baseline_ref, as published" "$out/baseline"
[ -z "$baseline_ref" ] || cold_start "baseline $baseline_ref, restarted on its database" "$out/baseline" RESTART=1
