#!/usr/bin/env bash
# The benchmark, in one run: starts the packaged service on a throw-away embedded PostgreSQL, loads a province through
# the API, and measures side by side
#   (a) reading 50-row pages of a plan's pledges (wrk, rising concurrency) next to pgbench running the same SQL,
#   (b) pledge submissions per second, each checked afterwards for its audit row and outbox event,
#   (c) importing pledge rows by CSV next to PostgreSQL COPY of the same rows,
#   (d) start-up time to ready and resident memory idle and under load,
# and writes target/bench/results.md (at full scale also src/bench/results.md and the README's figures).
#
# Usage:  src/bench/run.sh                     full scale: 200 agencies, 50,000 people and pledges, 100,000 imported
#         SCALE=0.05 DURATION=5 src/bench/run.sh   a quick try while developing
#
# Environment:
#   SCALE          share of the full data set (default 1)
#   DURATION       seconds of each load step (default 20)
#   CLIENTS        concurrency levels of (a) (default "1 4 16 64")
#   B_CLIENTS      connections of (b) (default 16)
#   WARMUP         seconds of page reads before (a) is measured (default 15)
#   JAVA_OPTS      JVM options of the service (default: the container's, with the heap the compose limit gives it, and
#                  deep JFR stacks so that the profiles reach the application's frames)
#   BUSY_NOTE      a sentence for the results when the machine was not quiet
#   KEEP_DATA=1    keep target/bench/data afterwards (the database of the run)
#
# Needs (installs with apt-get when missing, as root on Debian): wrk, psql and pgbench; and java 17, curl, python3.
# Not part of the test suite: nothing under src/bench is compiled or run by Maven.
set -euo pipefail

cd "$(dirname "$0")/../.."
ROOT="$(pwd)"
BENCH="$ROOT/src/bench"
SCALE="${SCALE:-1}"
DURATION="${DURATION:-20}"
CLIENTS="${CLIENTS:-1 4 16 64}"
B_CLIENTS="${B_CLIENTS:-16}"
JAVA_OPTS="${JAVA_OPTS:--Xmx768m -XX:FlightRecorderOptions=stackdepth=256 -XX:+ExitOnOutOfMemoryError -Djava.util.logging.manager=org.jboss.logmanager.LogManager}"
OUT="$ROOT/target/bench"
DATA="$OUT/data"
WORK="$OUT/work"
FIGURES="$OUT/figures.txt"
ADMIN_PASSWORD="Bench-Admin-$RANDOM-$RANDOM-Pw!"
BOARD_PASSWORD="Bench-Board-$RANDOM-$RANDOM-Pw!"

scaled() { python3 -c "import sys; print(max(int(sys.argv[2]), round(float(sys.argv[1]) * int(sys.argv[3]))))" "$SCALE" "$@"; }
AGENCIES="$(scaled 2 200)"
PEOPLE="$(scaled 20 50000)"

log() { printf '%s  %s\n' "$(date +%T)" "$*" >&2; }
fail() { log "FAILED: $*"; exit 1; }
figure() { printf '%s=%s\n' "$1" "$2" >> "$FIGURES"; }
calc() { python3 -c "print($1)"; }

# --- cleanup: the service (and with it its PostgreSQL), the load generator and the samplers, also on Ctrl-C -------
SERVICE_PID=""
LOAD_PID=""
SAMPLER_PID=""

postmaster_pid() {
    [[ -f "$DATA/postgres/postmaster.pid" ]] && head -1 "$DATA/postgres/postmaster.pid" || true
}

stop_service() {
    [[ -n "$SERVICE_PID" ]] || return 0
    if kill -0 "$SERVICE_PID" 2>/dev/null; then
        kill -TERM "$SERVICE_PID" 2>/dev/null || true
        for _ in $(seq 1 600); do kill -0 "$SERVICE_PID" 2>/dev/null || break; sleep 0.1; done
        if kill -0 "$SERVICE_PID" 2>/dev/null; then
            log "the service did not stop within 60 s; killing it"
            kill -KILL "$SERVICE_PID" 2>/dev/null || true
        fi
    fi
    wait "$SERVICE_PID" 2>/dev/null || true
    SERVICE_PID=""
    # A JVM that died without its shutdown hook leaves its postmaster behind: stop it (fast shutdown), never kill -9.
    local pm
    pm="$(postmaster_pid)"
    if [[ -n "$pm" ]] && kill -0 "$pm" 2>/dev/null && grep -q postgres "/proc/$pm/cmdline" 2>/dev/null; then
        log "stopping the PostgreSQL left running (pid $pm)"
        kill -INT "$pm" 2>/dev/null || true
        for _ in $(seq 1 300); do kill -0 "$pm" 2>/dev/null || break; sleep 0.1; done
    fi
}

cleanup() {
    local status=$?
    trap - EXIT INT TERM
    for pid in "$LOAD_PID" "$SAMPLER_PID"; do
        [[ -n "$pid" ]] && kill "$pid" 2>/dev/null || true
    done
    stop_service
    if [[ "${KEEP_DATA:-}" != 1 ]]; then rm -rf "$DATA"; fi
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# Runs a load generator in the background so that cleanup can stop it, and waits for it.
run_load() {
    "$@" &
    LOAD_PID=$!
    local status=0
    wait "$LOAD_PID" || status=$?
    LOAD_PID=""
    return "$status"
}

# --- tools -----------------------------------------------------------------------------------------------------------
need_tools() {
    for tool in java curl python3; do
        command -v "$tool" >/dev/null || fail "$tool is needed"
    done
    if ! command -v wrk >/dev/null; then
        log "installing wrk"
        apt-get update -q >/dev/null && apt-get install -y -q wrk >/dev/null
    fi
    PSQL="$(ls /usr/lib/postgresql/*/bin/psql 2>/dev/null | sort -V | tail -1 || true)"
    if [[ -z "$PSQL" ]]; then
        log "installing postgresql-client"
        apt-get update -q >/dev/null && apt-get install -y -q postgresql-client >/dev/null
        PSQL="$(ls /usr/lib/postgresql/*/bin/psql | sort -V | tail -1)"
    fi
    # Debian ships pgbench in the server package (postgresql-NN); unpack it under target/ rather than installing a
    # server that would create and start a cluster of its own.
    PGBENCH="$(ls /usr/lib/postgresql/*/bin/pgbench "$OUT"/pgtools/usr/lib/postgresql/*/bin/pgbench 2>/dev/null \
        | sort -V | tail -1 || true)"
    if [[ -z "$PGBENCH" ]]; then
        local major
        major="$(basename "$(dirname "$(dirname "$PSQL")")")"
        log "unpacking pgbench from postgresql-$major"
        mkdir -p "$OUT/pgtools"
        (cd "$OUT/pgtools" && apt-get download -q "postgresql-$major" >/dev/null && dpkg-deb -x postgresql-"$major"_*.deb .)
        PGBENCH="$(ls "$OUT"/pgtools/usr/lib/postgresql/*/bin/pgbench | tail -1)"
    fi
    # built when missing or older than the sources: a stale package measures yesterday's code
    if [[ ! -f target/quarkus-app/quarkus-run.jar ]] \
        || [[ -n "$(find pom.xml src/main -newer target/quarkus-app/quarkus-run.jar -print -quit)" ]]; then
        log "building the package"
        ./mvnw -B -q package -DskipTests
    fi
}

free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

# --- the service -----------------------------------------------------------------------------------------------------
rss_mb() { awk '/^VmRSS/ { printf "%.0f", $2 / 1024 }' "/proc/$1/status" 2>/dev/null || echo 0; }

postgres_pids() {
    local pm
    pm="$(postmaster_pid)"
    [[ -n "$pm" ]] || return 0
    echo "$pm"
    pgrep -P "$pm" || true
}

# Proportional set size: the shared buffers counted once across the postmaster and its backends.
pg_pss_mb() {
    local total=0 kb
    for pid in $(postgres_pids); do
        kb="$(awk '/^Pss:/ { print $2 }' "/proc/$pid/smaps_rollup" 2>/dev/null || echo 0)"
        total=$((total + ${kb:-0}))
    done
    echo $((total / 1024))
}

# CPU ticks (user + system, children reaped included) used so far by processes; awk only, to keep the marks tight.
cpu_ticks() {
    local files=()
    for pid in "$@"; do [[ -r "/proc/$pid/stat" ]] && files+=("/proc/$pid/stat"); done
    (( ${#files[@]} )) || { echo 0; return; }
    # the command name (field 2) may hold spaces: count the fields from the closing parenthesis
    cat "${files[@]}" 2>/dev/null | awk '{ sub(/^.*\) /, ""); t += $12 + $13 + $14 + $15 } END { print t + 0 }'
}

# start_service LABEL: starts the packaged service and records the time from process start to ready, and idle memory.
start_service() {
    local label="$1" started ready_ms
    HTTP_PORT="$(free_port)"
    BASE="http://127.0.0.1:$HTTP_PORT"
    started="$(date +%s%N)"
    # shellcheck disable=SC2086
    THIDUA_DATA_DIR="$DATA" THIDUA_ADMIN_PASSWORD="$ADMIN_PASSWORD" THIDUA_EMBEDDED_POSTGRES_PORT="$PG_PORT" \
        QUARKUS_HTTP_PORT="$HTTP_PORT" QUARKUS_HTTP_ACCESS_LOG_ENABLED=false \
        setsid java $JAVA_OPTS -jar target/quarkus-app/quarkus-run.jar >> "$OUT/service.log" 2>&1 &
    SERVICE_PID=$!
    until [[ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/q/health/ready")" == 200 ]]; do
        kill -0 "$SERVICE_PID" 2>/dev/null || { tail -20 "$OUT/service.log" >&2; fail "the service exited"; }
        (( $(date +%s%N) - started < 180000000000 )) || fail "the service was not ready within 180 s"
        sleep 0.02
    done
    ready_ms=$(( ($(date +%s%N) - started) / 1000000 ))
    sleep 5
    figure "d.$label.ready_s" "$(calc "$ready_ms / 1000")"
    figure "d.$label.rss_idle_mb" "$(rss_mb "$SERVICE_PID")"
    figure "d.$label.pg_pss_idle_mb" "$(pg_pss_mb)"
    log "$label start: ready after $ready_ms ms; idle RSS $(rss_mb "$SERVICE_PID") MB (PostgreSQL PSS $(pg_pss_mb) MB)"
}

sql() {
    PGPASSWORD=postgres "$PSQL" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres "$@"
}

# api TOKEN EXPECTED_STATUS OUTPUT curl-arguments...: fails with the answer unless the status is the expected one.
api() {
    local token="$1" expect="$2" out="$3" status
    shift 3
    status="$(curl -sS -o "$out" -w '%{http_code}' -H "Authorization: Bearer $token" -H 'Accept-Language: en' "$@")"
    if [[ "$status" != "$expect" ]]; then
        head -c 2000 "$out" >&2
        fail "${*: -1}: HTTP $status, expected $expect"
    fi
}

json_field() { python3 -c "import json, sys; print(json.load(open(sys.argv[1]))[sys.argv[2]])" "$2" "$1"; }

login() {
    curl -sS -H 'Content-Type: application/json' -d "{\"username\":\"$1\",\"password\":\"$2\"}" \
        "$BASE/api/v1/auth/token" > "$WORK/token.json"
    json_field accessToken "$WORK/token.json"
}

token_unit() {
    python3 -c "import base64, json, sys; p = sys.argv[1].split('.')[1]; print(json.loads(base64.urlsafe_b64decode(p + '=' * (-len(p) % 4)))['unit'])" "$1"
}

day() { date -d "$1 days" +%F; }

# plan NUMBER PHASES: creates and issues a plan of the province with that many phases, all open for registration.
plan() {
    local number="$1" phases="$2" list="" etag
    for n in $(seq 1 "$phases"); do
        # phases follow each other, 40 days each from 30 days ago; every registration window is open today
        list+="${list:+,}{\"number\":$n,\"name\":\"Đợt $n\",\"startDate\":\"$(day $(( 40 * n - 70 )))\",\"endDate\":\"$(day $(( 40 * n - 31 )))\",\"registrationOpens\":\"$(day -5)\",\"registrationCloses\":\"$(day 5)\"}"
    done
    cat > "$WORK/plan.json" <<JSON
{"number": "$number", "title": "Kế hoạch phát động phong trào thi đua năm $(date +%Y) (đo hiệu năng)",
 "issuingUnitId": "$PROVINCE_ID", "issuedOn": "$(day -31)", "kind": "ANNUAL", "startDate": "$(day -70)",
 "endDate": "$(day 120)", "signer": {"name": "Lường Văn Thành", "position": "Chủ tịch Ủy ban nhân dân tỉnh"},
 "movements": [{"key": "GD5T", "name": "Giảng dạy tốt, nghiên cứu tốt, học tập tốt, quản lý tốt, phục vụ tốt"},
               {"key": "DVCS", "name": "Dân vận khéo"}],
 "phases": [$list]}
JSON
    api "$BOARD_TOKEN" 201 "$WORK/plan-created.json" -H 'Content-Type: application/json' \
        --data-binary "@$WORK/plan.json" "$BASE/api/v1/plans"
    local id
    id="$(json_field id "$WORK/plan-created.json")"
    etag="$(curl -sS -D - -o /dev/null -H "Authorization: Bearer $BOARD_TOKEN" "$BASE/api/v1/plans/$id" \
        | tr -d '\r' | sed -n 's/^[Ee][Tt][Aa][Gg]: *//p')"
    api "$BOARD_TOKEN" 200 "$WORK/plan-issued.json" -X POST -H "If-Match: $etag" "$BASE/api/v1/plans/$id:issue"
    echo "$id"
}

# import_pledges PLAN FILE: posts a pledge CSV as the board; prints the seconds it took. Every row must be created.
import_pledges() {
    local result rows
    rows=$(( $(wc -l < "$2") - 1 ))
    result="$(curl -sS -o "$WORK/import.json" -w '%{http_code} %{time_total}' -H "Authorization: Bearer $BOARD_TOKEN" \
        -H 'Accept-Language: en' -H 'Content-Type: text/csv' --data-binary "@$2" "$BASE/api/v1/plans/$1/pledges:import")"
    [[ "${result%% *}" == 200 ]] && grep -q "\"applied\":true,\"counts\":{\"total\":$rows,\"created\":$rows," "$WORK/import.json" \
        || { head -c 2000 "$WORK/import.json" >&2; fail "importing $2: HTTP ${result%% *}"; }
    echo "${result##* }"
}

# --- profiles --------------------------------------------------------------------------------------------------------
profile_start() {
    jcmd "$SERVICE_PID" JFR.start name="bench-$1" settings=default filename="$OUT/profile-$1.jfr" >/dev/null
    sql -c "SELECT pg_stat_statements_reset()" >/dev/null
}

# profile_stop STEP TITLE [REQUESTS]: the JFR and pg_stat_statements summaries of the step, as markdown.
profile_stop() {
    jcmd "$SERVICE_PID" JFR.stop name="bench-$1" >/dev/null
    python3 "$BENCH/bench.py" jfr-summary "$OUT/profile-$1.jfr" "$2" > "$OUT/profile-$1.md"
    sql -c "\\copy (SELECT calls, total_exec_time, mean_exec_time, rows, query FROM pg_stat_statements WHERE query NOT ILIKE '%pg_stat_statements%' ORDER BY total_exec_time DESC LIMIT 8) TO '$OUT/statements-$1.csv' CSV"
    python3 "$BENCH/bench.py" statements "$OUT/statements-$1.csv" "$2" "${3:-}" > "$OUT/statements-$1.md"
}

# cpu_mark / cpu_step STEP: the CPU seconds of the service, its PostgreSQL and the load generator during a step.
cpu_mark() {
    MARK_JAVA="$(cpu_ticks "$SERVICE_PID")"
    MARK_PG="$(cpu_ticks $(postgres_pids))"
    MARK_SELF="$(cpu_ticks $$)"
    MARK_WALL="$(date +%s%N)"
}

cpu_step() {
    local wall java pg self hz
    wall="$(date +%s%N)"
    java="$(cpu_ticks "$SERVICE_PID")"
    pg="$(cpu_ticks $(postgres_pids))"
    # the load generators are this shell's reaped children: their time shows in this shell's cutime/cstime
    self="$(cpu_ticks $$)"
    hz="$(getconf CLK_TCK)"
    figure "cpu.$1.java_s" "$(calc "($java - $MARK_JAVA) / $hz")"
    figure "cpu.$1.pg_s" "$(calc "($pg - $MARK_PG) / $hz")"
    figure "cpu.$1.load_s" "$(calc "($self - $MARK_SELF) / $hz")"
    figure "cpu.$1.wall_s" "$(calc "($wall - $MARK_WALL) / 1e9")"
}

# Samples the service's RSS and PostgreSQL's PSS every second while a step runs; keeps the maximum of each.
sampler_start() {
    (
        max_rss=0 max_pss=0
        while true; do
            r="$(rss_mb "$SERVICE_PID")"; p="$(pg_pss_mb)"
            (( r > max_rss )) && max_rss=$r
            (( p > max_pss )) && max_pss=$p
            echo "$max_rss $max_pss" > "$OUT/memory-max"
            sleep 1
        done
    ) &
    SAMPLER_PID=$!
}

sampler_stop() {
    kill "$SAMPLER_PID" 2>/dev/null || true
    wait "$SAMPLER_PID" 2>/dev/null || true
    SAMPLER_PID=""
}

# wrk_step NAME SCRIPT THREADS CONNECTIONS: runs wrk for DURATION and records its RESULT line as NAME.* figures.
wrk_step() {
    local name="$1" script="$2" threads="$3" connections="$4" line
    cpu_mark
    BENCH_WRK_DIR="$BENCH/wrk" BENCH_THREADS="$threads" run_load \
        wrk -t "$threads" -c "$connections" -d "${DURATION}s" --timeout 10s -s "$BENCH/wrk/$script" "$BASE" \
        > "$WORK/wrk.out" 2>&1 || { cat "$WORK/wrk.out" >&2; fail "wrk $name"; }
    cpu_step "${name//./-}"
    line="$(grep '^RESULT' "$WORK/wrk.out")" || { cat "$WORK/wrk.out" >&2; fail "wrk $name printed no result"; }
    for pair in ${line#RESULT }; do
        local key="${pair%%=*}" value="${pair#*=}"
        case "$key" in
            *_us) figure "$name.${key%_us}_ms" "$(calc "$value / 1000")" ;;
            *) figure "$name.$key" "$value" ;;
        esac
    done
    local ok window
    ok="$(sed -n 's/.* ok=\([0-9]*\).*/\1/p' <<<"$line")"
    window="$(sed -n 's/.*window_us=\([0-9]*\).*/\1/p' <<<"$line")"
    figure "$name.rps" "$(calc "$ok / ($window / 1e6) if $window else 0")"
    figure "$name.rate" "$(calc "$ok / ($window / 1e6) if $window else 0")"
    log "$name: $line"
}

get() { sed -n "s/^$1=//p" "$FIGURES" | tail -1; }

# =====================================================================================================================
# One function, read whole before it runs: editing this file during a run cannot change the run.
main() {
need_tools
rm -rf "$OUT/data" "$WORK" "$OUT"/profile-* "$OUT"/statements-* "$OUT/notes.md" "$OUT/service.log"
mkdir -p "$WORK"
: > "$FIGURES"
figure date "$(python3 "$BENCH/bench.py" now)"
figure scale "$SCALE"
figure duration "$DURATION"
figure clients "$CLIENTS"
figure agencies "$AGENCIES"
figure people "$PEOPLE"
figure java_opts "$JAVA_OPTS"
figure busy_note "${BUSY_NOTE:-}"
PG_PORT="$(free_port)"
log "scale $SCALE: $AGENCIES agencies, $PEOPLE people; psql $PSQL, pgbench $PGBENCH; results in $OUT"

# --- (d) first start, and the data, through the API --------------------------------------------------------------------
start_service first
ADMIN_TOKEN="$(login admin "$ADMIN_PASSWORD")"
ROOT_ID="$(token_unit "$ADMIN_TOKEN")"
api "$ADMIN_TOKEN" 201 "$WORK/unit.json" -H 'Content-Type: application/json' \
    -d "{\"code\":\"BENCH-TINH\",\"name\":\"Tỉnh Lai Châu (đo hiệu năng)\",\"kind\":\"PROVINCE\",\"parentId\":\"$ROOT_ID\"}" \
    "$BASE/api/v1/units"
PROVINCE_ID="$(json_field id "$WORK/unit.json")"
for i in $(seq 1 "$AGENCIES"); do
    code="$(printf 'BENCH-CQ-%03d' "$i")"
    api "$ADMIN_TOKEN" 201 "$WORK/unit.json" -H 'Content-Type: application/json' \
        -d "{\"code\":\"$code\",\"name\":\"Sở, ban, ngành số $i\",\"kind\":\"AGENCY\",\"parentId\":\"$PROVINCE_ID\"}" \
        "$BASE/api/v1/units"
done
python3 "$BENCH/bench.py" people-csv "$WORK/people.csv" "$PEOPLE" "$AGENCIES"
result="$(curl -sS -o "$WORK/people-report.json" -w '%{http_code} %{time_total}' -H "Authorization: Bearer $ADMIN_TOKEN" \
    -H 'Content-Type: text/csv' --data-binary "@$WORK/people.csv" "$BASE/api/v1/people:import")"
grep -q "\"created\":$PEOPLE," "$WORK/people-report.json" || { head -c 2000 "$WORK/people-report.json" >&2; fail "people import"; }
figure load.people_import_s "${result##* }"
api "$ADMIN_TOKEN" 201 "$WORK/account.json" -H 'Content-Type: application/json' \
    -d "{\"username\":\"bench.board\",\"password\":\"$BOARD_PASSWORD\",\"displayName\":\"Thường trực Hội đồng thi đua tỉnh\",\"roles\":[\"board\"],\"unitId\":\"$PROVINCE_ID\"}" \
    "$BASE/api/v1/accounts"
BOARD_TOKEN="$(login bench.board "$BOARD_PASSWORD")"
PLAN_A="$(plan "01/KH-BENCH-A" 1)"
PHASE_A="$(sql -At -c "SELECT id FROM campaign_phase WHERE plan_id = '$PLAN_A'")"
PLAN_B="$(plan "02/KH-BENCH-B" 2)"
python3 "$BENCH/bench.py" pledges-csv "$WORK/pledges-a.csv" "$PEOPLE" ""
seconds="$(import_pledges "$PLAN_A" "$WORK/pledges-a.csv")"
figure load.pledge_import_s "$seconds"
figure a.pledges "$PEOPLE"
log "loaded: $AGENCIES agencies, $PEOPLE people, plan $PLAN_A with $PEOPLE pledges"

# pg_stat_statements has to be loaded at server start: it takes effect at the restart below.
# Also from then on: a csvlog in the data directory, for the statements of one request below.
sql -c "ALTER SYSTEM SET shared_preload_libraries = 'pg_stat_statements'" -c "ALTER SYSTEM SET logging_collector = on" \
    -c "ALTER SYSTEM SET log_destination = 'csvlog'" -c "ANALYZE"
stop_service
start_service restart
sql -c "CREATE EXTENSION IF NOT EXISTS pg_stat_statements"
BOARD_TOKEN="$(login bench.board "$BOARD_PASSWORD")"

# --- (a) a page of pledges: the service next to pgbench with the SQL the service sends ---------------------------------
PAGES=$(( (PEOPLE + 49) / 50 ))
export BENCH_PLAN="$PLAN_A" BENCH_TOKEN="$BOARD_TOKEN" BENCH_PAGES="$PAGES"
log "(a) warming up"
DURATION_SAVED="$DURATION"; DURATION="${WARMUP:-15}"
# a first recording sets JFR up, which takes seconds, before any step is profiled
jcmd "$SERVICE_PID" JFR.start name=bench-warmup settings=default >/dev/null
wrk_step warmup pages.lua 2 4
jcmd "$SERVICE_PID" JFR.stop name=bench-warmup >/dev/null
DURATION="$DURATION_SAVED"

# The statements of one request, as PostgreSQL received them and with their parameters, from its log.
sql -c "ALTER SYSTEM SET log_statement = 'all'" -c "SELECT pg_reload_conf()" >/dev/null
sleep 1
api "$BOARD_TOKEN" 200 "$WORK/page.json" "$BASE/api/v1/plans/$PLAN_A/pledges?size=50&page=7"
sql -c "ALTER SYSTEM RESET log_statement" -c "SELECT pg_reload_conf()" >/dev/null
STATEMENTS="$(python3 "$BENCH/bench.py" capture-sql "$DATA/postgres/log" "$OUT" "$PAGES")"
figure a.statements_per_request "$STATEMENTS"
TOTAL="$(json_field total "$WORK/page.json")"
[[ "$(sql -At -f "$OUT/count.sql")" == "$TOTAL" ]] || fail "the count statement, bound, does not give the API's total $TOTAL"
[[ "$(sql -At -f "$OUT/page.sql" | cut -d'|' -f1 | tr '\n' ' ')" \
   == "$(python3 -c "import json; print(' '.join(i['id'] for i in json.load(open('$WORK/page.json'))['items']) + ' ')")" ]] \
    || fail "the page statement, bound, does not give the API's page"
log "(a) pgbench script: $OUT/pgbench-page.sql"

sampler_start
for c in $CLIENTS; do
    threads=$(( c < 2 ? c : 2 ))
    wrk_step "a.wrk.c$c" pages.lua "$threads" "$c"
    cpu_mark
    mapfile -t pgbench_vars < "$OUT/pgbench-page.args"
    run_load "$PGBENCH" -n -M prepared -c "$c" -j "$threads" -T "$DURATION" -f "$OUT/pgbench-page.sql" \
        "${pgbench_vars[@]}" --log --log-prefix="$WORK/pgbench-log" -h 127.0.0.1 -p "$PG_PORT" -U postgres postgres \
        > "$WORK/pgbench-output.txt" 2>&1 || { cat "$WORK/pgbench-output.txt" >&2; fail "pgbench at $c clients"; }
    cpu_step "a-pgbench-c$c"
    tps="$(sed -n 's/^tps = \([0-9.]*\).*/\1/p' "$WORK/pgbench-output.txt" | head -1)"
    figure "a.pgbench.c$c.tps" "$tps"
    latency="$(python3 "$BENCH/bench.py" pgbench-latency "$WORK/pgbench-log")"
    for pair in $latency; do
        key="${pair%%=*}"; value="${pair#*=}"
        case "$key" in
            *_us) figure "a.pgbench.c$c.${key%_us}_ms" "$(calc "$value / 1000")" ;;
            *) figure "a.pgbench.c$c.$key" "$value" ;;
        esac
    done
    log "(a) pgbench at $c clients: $tps tx/s"
done
# Profiled apart, so that no measured level pays for the recording: 16 connections, or the most when 16 is not run.
PROFILED="${CLIENTS##* }"
[[ " $CLIENTS " == *" 16 "* ]] && PROFILED=16
figure a.profiled_clients "$PROFILED"
profile_start a
wrk_step a.profiled pages.lua 2 "$PROFILED"
profile_stop a "(a) page reads, $PROFILED connections" "$(get a.profiled.ok)"
sampler_stop
read -r max_rss max_pss < "$OUT/memory-max"
figure d.load.rss_max_mb "$max_rss"
figure d.load.pg_pss_max_mb "$max_pss"

# Half of the peak rate, held by pacing 8 connections: each waits between its requests for what the rate leaves over.
PEAK="$(for c in $CLIENTS; do get "a.wrk.c$c.rps"; done | sort -g | tail -1)"
HALF_CONNECTIONS=8
PACE_MS="$(calc "max(0, int(1000 * $HALF_CONNECTIONS / ($PEAK / 2) - $(get a.wrk.c1.p50_ms)))")"
figure a.half.connections "$HALF_CONNECTIONS"
BENCH_DELAY_MS="$PACE_MS" wrk_step a.half pages.lua 2 "$HALF_CONNECTIONS"

# --- (b) submissions: drafts created through the API, then submitted, then checked in the database --------------------
figure b.connections "$B_CLIENTS"
BENCH_PHASE="$PHASE_A" BENCH_CODE_PREFIX="BENCH-P-" BENCH_PEOPLE="$PEOPLE" wrk_step b.create create.lua 2 "$B_CLIENTS"
sql -c "\\copy (SELECT id, version FROM pledge WHERE plan_id = '$PLAN_A' AND phase_id = '$PHASE_A' AND status = 'DRAFT' ORDER BY random()) TO '$WORK/drafts.csv' CSV"
AUDIT_BEFORE="$(sql -At -c "SELECT coalesce(max(id), 0) FROM audit_event")"
OUTBOX_BEFORE="$(sql -At -c "SELECT coalesce(max(position), 0) FROM outbox_event")"
profile_start b
BENCH_IDS="$WORK/drafts.csv" wrk_step b.submit submit.lua 2 "$B_CLIENTS"
profile_stop b "(b) submissions" "$(get b.submit.ok)"
sleep 2 # requests still in flight when wrk stopped finish on the server
sql -At -F ' ' -c "
    SELECT count(*),
           count(*) FILTER (WHERE EXISTS (SELECT 1 FROM audit_event a WHERE a.id > $AUDIT_BEFORE
               AND a.action = 'pledge.submitted' AND a.entity_type = 'pledge' AND a.entity_id = p.id::text)),
           count(*) FILTER (WHERE EXISTS (SELECT 1 FROM outbox_event o WHERE o.position > $OUTBOX_BEFORE
               AND o.type = 'pledge.submitted' AND o.aggregate_id = p.id::text))
    FROM pledge p WHERE p.plan_id = '$PLAN_A' AND p.phase_id = '$PHASE_A' AND p.status = 'SUBMITTED'" > "$WORK/verify.txt"
read -r submitted audited evented < "$WORK/verify.txt"
figure b.verify.submitted "$submitted"
figure b.verify.audited "$audited"
figure b.verify.evented "$evented"
# wrk does not wait for the answers in flight when its time is up: those submissions count in the database only
if (( submitted >= $(get b.submit.ok) )) && [[ "$audited" == "$submitted" && "$evented" == "$submitted" ]]; then
    figure b.verify.ok true
else
    figure b.verify.ok false
    log "(b) MISMATCH: $(get b.submit.ok) answered 200, $submitted submitted, $audited audited, $evented with an event"
fi

# --- (c) CSV import of plan B's pledges (two phases, one request each) next to COPY of the same rows ------------------
python3 "$BENCH/bench.py" pledges-csv "$WORK/pledges-b1.csv" "$PEOPLE" 1
python3 "$BENCH/bench.py" pledges-csv "$WORK/pledges-b2.csv" "$PEOPLE" 2
figure c.rows $(( 2 * PEOPLE ))
figure c.requests 2
figure c.megabytes "$(calc "($(stat -c %s "$WORK/pledges-b1.csv") + $(stat -c %s "$WORK/pledges-b2.csv")) / 1e6")"
AUDIT_BEFORE="$(sql -At -c "SELECT coalesce(max(id), 0) FROM audit_event")"
OUTBOX_BEFORE="$(sql -At -c "SELECT coalesce(max(position), 0) FROM outbox_event")"
profile_start c
cpu_mark
s1="$(import_pledges "$PLAN_B" "$WORK/pledges-b1.csv")"
s2="$(import_pledges "$PLAN_B" "$WORK/pledges-b2.csv")"
cpu_step c-import
profile_stop c "(c) CSV import" 2
figure c.import.seconds "$(calc "$s1 + $s2")"
COLUMNS_OF_PLEDGE="id, plan_id, phase_id, subject_kind, person_id, unit_id, subject_name, titles, commitments, status, status_reason, late_reason, created_by, submitted_by, submitted_at, decided_by, decided_at, created_at, updated_at, version"
COLUMNS_OF_AUDIT="occurred_at, actor, action, entity_type, entity_id, unit_id, request_id, changes"
COLUMNS_OF_OUTBOX="event_id, type, aggregate_kind, aggregate_id, unit_id, actor, payload, occurred_at"
sql -c "\\copy (SELECT $COLUMNS_OF_PLEDGE FROM pledge WHERE plan_id = '$PLAN_B') TO '$WORK/copy-pledges.csv' CSV" \
    -c "\\copy (SELECT $COLUMNS_OF_AUDIT FROM audit_event WHERE id > $AUDIT_BEFORE) TO '$WORK/copy-audit.csv' CSV" \
    -c "\\copy (SELECT $COLUMNS_OF_OUTBOX FROM outbox_event WHERE position > $OUTBOX_BEFORE) TO '$WORK/copy-outbox.csv' CSV" \
    -c "CREATE TABLE bench_copy_pledge (LIKE pledge INCLUDING ALL)" \
    -c "CREATE TABLE bench_copy_pledge_all (LIKE pledge INCLUDING ALL)" \
    -c "CREATE TABLE bench_copy_audit (LIKE audit_event INCLUDING ALL)" \
    -c "CREATE TABLE bench_copy_outbox (LIKE outbox_event INCLUDING ALL)" \
    -c "CHECKPOINT"
[[ "$(wc -l < "$WORK/copy-pledges.csv")" == $(( 2 * PEOPLE )) ]] || fail "plan B does not have $(( 2 * PEOPLE )) pledges"
started="$(date +%s%N)"
sql -c "\\copy bench_copy_pledge ($COLUMNS_OF_PLEDGE) FROM '$WORK/copy-pledges.csv' CSV"
figure c.copy.seconds "$(calc "($(date +%s%N) - $started) / 1e9")"
started="$(date +%s%N)"
sql -1 -c "\\copy bench_copy_pledge_all ($COLUMNS_OF_PLEDGE) FROM '$WORK/copy-pledges.csv' CSV" \
    -c "\\copy bench_copy_audit ($COLUMNS_OF_AUDIT) FROM '$WORK/copy-audit.csv' CSV" \
    -c "\\copy bench_copy_outbox ($COLUMNS_OF_OUTBOX) FROM '$WORK/copy-outbox.csv' CSV"
figure c.copy_all.seconds "$(calc "($(date +%s%N) - $started) / 1e9")"
sql -c "DROP TABLE bench_copy_pledge, bench_copy_pledge_all, bench_copy_audit, bench_copy_outbox"
log "(c) import $(get c.import.seconds) s, COPY $(get c.copy.seconds) s, COPY with audit and outbox $(get c.copy_all.seconds) s"

# --- results ---------------------------------------------------------------------------------------------------------
stop_service
[[ -f "$BENCH/notes.md" ]] && cp "$BENCH/notes.md" "$OUT/notes.md"
python3 "$BENCH/bench.py" report "$FIGURES" "$OUT/results.md"
if [[ "$SCALE" == 1 ]]; then
    cp "$OUT/results.md" "$BENCH/results.md"
    python3 "$BENCH/bench.py" report "$FIGURES" "$BENCH/results.md" "$ROOT/README.md"
fi
log "done: $OUT/results.md"
}

# run.sh can be sourced (src/bench/eligibility.sh reuses its functions) without running the benchmark
if [[ "${BASH_SOURCE[0]}" == "$0" ]]; then
    main "$@"
fi
