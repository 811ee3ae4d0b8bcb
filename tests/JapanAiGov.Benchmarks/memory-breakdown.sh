#!/usr/bin/env bash
# Where the resident memory of the published app goes (issue 27, lever 4), after the dashboard and four item pages on a
# fresh database: mapped managed images (framework and app folder), native libraries, the GC heap (dotnet-counters),
# the rest of the anonymous memory (JIT code, SQLite, the runtime's own heaps), and the biggest types on the GC heap
# (dotnet-gcdump). Usage: memory-breakdown.sh <published app folder> [extra environment ...], e.g.
#   bash tests/JapanAiGov.Benchmarks/memory-breakdown.sh /tmp/japanaigov-web-bench/app DOTNET_GCgen0size=0x400000
# Needs dotnet-counters and dotnet-gcdump (dotnet tool install -g dotnet-counters / dotnet-gcdump) for the GC figures.
set -euo pipefail
export PATH="$PATH:$HOME/.dotnet/tools"
app=$1
shift
port=${PORT:-5081}
work=$(mktemp -d)
trap 'kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; rm -rf "$work"' EXIT

(cd "$app" && exec env ASPNETCORE_ENVIRONMENT=Production ConnectionStrings__Default="Data Source=$work/memory.db" EGov__Enabled=false \
  PublicComments__Enabled=false Diet__Enabled=false App__PublicBaseUrl=http://127.0.0.1:$port Serilog__MinimumLevel__Default=Warning "$@" \
  dotnet JapanAiGov.Web.dll --urls "http://127.0.0.1:$port" >"$work/app.log" 2>&1) &
pid=$!
until curl -fs -o /dev/null "http://127.0.0.1:$port/" 2>/dev/null; do sleep 0.05; done
for slug in pipa-amendment-ai-training profit-based-penalties high-impact-frontier-models ai-promotion-act; do
  curl -fsS -o /dev/null "http://127.0.0.1:$port/items/$slug"
done
server=$(pgrep -P "$pid" -f JapanAiGov.Web.dll || echo "$pid")

echo "Resident memory of the app after the dashboard and four item pages: $(awk '/VmRSS/ { printf "%.1f MB", $2 / 1024 }' "/proc/$server/status")"
awk -v app="$(cd "$app" && pwd)" '
  /^[0-9a-f]+-[0-9a-f]+ / { path = (NF >= 6) ? $6 : ""; next }
  /^Rss:/ {
    kb = $2
    if (path ~ /\.dll$/) { group = (index(path, app) == 1) ? "managed images, app folder" : "managed images, framework"; name = path; sub(/.*\//, "", name) }
    else if (path ~ /\.so(\.[0-9]+)*$/) { group = "native libraries"; name = path; sub(/.*\//, "", name) }
    else if (path == "[heap]") { group = "native heap (malloc: SQLite, the runtime)"; name = "" }
    else if (path == "" ) { group = "anonymous (GC heap, JIT code, runtime and SQLite arenas)"; name = "" }
    else if (path ~ /doublemapper/) { group = "JIT code and stubs, mapped twice (W^X double mapping)"; name = "" }
    else { group = "other mappings"; name = path; sub(/.*\//, "", name) }
    total[group] += kb
    if (name != "") { part[group SUBSEP name] += kb }
  }
  END {
    m = 0
    for (g in total) { groups[++m] = g }
    for (i = 1; i <= m; i++) for (j = i + 1; j <= m; j++) if (total[groups[j]] > total[groups[i]]) { t = groups[i]; groups[i] = groups[j]; groups[j] = t }
    for (gi = 1; gi <= m; gi++) {
      g = groups[gi]
      printf "  %-58s %7.1f MB\n", g, total[g] / 1024
      n = 0
      for (k in part) { split(k, p, SUBSEP); if (p[1] == g) { names[++n] = p[2]; sizes[n] = part[k] } }
      for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (sizes[j] > sizes[i]) { t = sizes[i]; sizes[i] = sizes[j]; sizes[j] = t; t = names[i]; names[i] = names[j]; names[j] = t }
      for (i = 1; i <= n && i <= 6; i++) printf "      %-54s %7.1f MB\n", names[i], sizes[i] / 1024
      delete names; delete sizes
    }
  }' "/proc/$server/smaps"

if command -v dotnet-counters >/dev/null; then
  dotnet-counters collect -p "$server" --counters System.Runtime --format csv -o "$work/counters.csv" --duration 00:00:03 >/dev/null 2>&1 || true
  echo "GC and JIT (dotnet-counters, last sample):"
  awk -F, 'NR > 1 { last[$3] = $NF } END { for (k in last) if (k ~ /heap.size|committed|jitted|assembl|working/) printf "  %-70s %s\n", k, last[k] }' "$work/counters.csv" 2>/dev/null | sort
fi
if command -v dotnet-gcdump >/dev/null; then
  dotnet-gcdump collect -p "$server" -o "$work/heap.gcdump" >/dev/null 2>&1 || true
  echo "Largest types on the GC heap (dotnet-gcdump report):"
  dotnet-gcdump report "$work/heap.gcdump" 2>/dev/null | head -n 20 || true
fi
