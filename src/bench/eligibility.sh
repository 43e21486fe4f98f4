#!/usr/bin/env bash
# The eligibility benchmark (issue 7): a province of 50,000 people in 200 agencies, with five years of history
# (ratings, conferred titles, initiatives, discipline), a plan with everyone's pledge and evaluation, and the batch
# eligibility of the whole province in one call: every person and unit against every title of the rule set in force.
# Measures the call cold and warm, the statements it sends, and the service's memory, and writes
# target/bench/eligibility.md (at full scale also src/bench/eligibility.md and the README's figure).
#
# Usage:  src/bench/eligibility.sh              full scale: 200 agencies, 50,000 people
#         SCALE=0.05 src/bench/eligibility.sh   a quick try
# Needs what src/bench/run.sh needs (it reuses its functions): java 17, curl, python3, psql (installed when missing).
set -euo pipefail
cd "$(dirname "$0")/../.."
# shellcheck source=src/bench/run.sh
source src/bench/run.sh
RUNS="${RUNS:-5}"
OUT="$ROOT/target/bench-eligibility"
DATA="$OUT/data"
WORK="$OUT/work"
FIGURES="$OUT/figures.txt"

eligibility_main() {
# the service logs where each batch call spends its time at DEBUG; the last warm call's line goes into the results
export QUARKUS_LOG_CATEGORY__VN_THIDUA_EVALUATION_ELIGIBILITY__LEVEL=DEBUG
need_tools
rm -rf "$OUT/data" "$WORK" "$OUT/service.log"
mkdir -p "$WORK"
: > "$FIGURES"
PG_PORT="$(free_port)"
log "scale $SCALE: $AGENCIES agencies, $PEOPLE people"
start_service first
ADMIN_TOKEN="$(login admin "$ADMIN_PASSWORD")"
ROOT_ID="$(token_unit "$ADMIN_TOKEN")"
api "$ADMIN_TOKEN" 201 "$WORK/unit.json" -H 'Content-Type: application/json' \
    -d "{\"code\":\"BENCH-TINH\",\"name\":\"Tỉnh Lai Châu (đo hiệu năng)\",\"kind\":\"PROVINCE\",\"parentId\":\"$ROOT_ID\"}" \
    "$BASE/api/v1/units"
PROVINCE_ID="$(json_field id "$WORK/unit.json")"
for i in $(seq 1 "$AGENCIES"); do
    api "$ADMIN_TOKEN" 201 "$WORK/unit.json" -H 'Content-Type: application/json' \
        -d "{\"code\":\"$(printf 'BENCH-CQ-%03d' "$i")\",\"name\":\"Sở, ban, ngành số $i\",\"kind\":\"AGENCY\",\"parentId\":\"$PROVINCE_ID\"}" \
        "$BASE/api/v1/units"
done
python3 "$BENCH/bench.py" people-csv "$WORK/people.csv" "$PEOPLE" "$AGENCIES"
curl -sS -o "$WORK/people-report.json" -H "Authorization: Bearer $ADMIN_TOKEN" -H 'Content-Type: text/csv' \
    --data-binary "@$WORK/people.csv" "$BASE/api/v1/people:import"
grep -q "\"created\":$PEOPLE," "$WORK/people-report.json" || { head -c 2000 "$WORK/people-report.json" >&2; fail "people import"; }
api "$ADMIN_TOKEN" 201 "$WORK/account.json" -H 'Content-Type: application/json' \
    -d "{\"username\":\"bench.board\",\"password\":\"$BOARD_PASSWORD\",\"displayName\":\"Thường trực Hội đồng thi đua tỉnh\",\"roles\":[\"board\"],\"unitId\":\"$PROVINCE_ID\"}" \
    "$BASE/api/v1/accounts"
BOARD_TOKEN="$(login bench.board "$BOARD_PASSWORD")"
PLAN="$(plan "01/KH-BENCH-E" 1)"
YEAR="$(sql -At -c "SELECT coalesce(year, extract(year FROM end_date)::int) FROM plan WHERE id = '$PLAN'")"
python3 "$BENCH/bench.py" pledges-csv "$WORK/pledges.csv" "$PEOPLE" ""
import_pledges "$PLAN" "$WORK/pledges.csv" > /dev/null
PROVINCE_PATH="$(sql -At -c "SELECT path FROM org_unit WHERE id = '$PROVINCE_ID'")"
started="$(date +%s%N)"
sql -v path="$PROVINCE_PATH" -v plan="$PLAN" -v year="$YEAR" -f "$BENCH/eligibility-data.sql"
log "history generated in $(calc "($(date +%s%N) - $started) / 1e9") s: $(sql -At -c "SELECT (SELECT count(*) FROM annual_assessment) || ' assessments, ' || (SELECT count(*) FROM award_record) || ' awards, ' || (SELECT count(*) FROM initiative) || ' initiatives, ' || (SELECT count(*) FROM evaluation) || ' evaluations'")"
figure date "$(python3 "$BENCH/bench.py" now)"
figure e.runs "$RUNS"
figure e.year "$YEAR"
figure e.people "$PEOPLE"
figure e.units "$(( AGENCIES + 1 ))"
figure e.rows "$(sql -At -c "SELECT (SELECT count(*) FROM annual_assessment) + (SELECT count(*) FROM award_record) + (SELECT count(*) FROM initiative) + (SELECT count(*) FROM disciplinary_measure) + (SELECT count(*) FROM disciplinary_proceeding) + (SELECT count(*) FROM evaluation) + (SELECT count(*) FROM pledge)")"

URL="$BASE/api/v1/plans/$PLAN/eligibility?unit=$PROVINCE_ID&size=50"
times=()
for run in $(seq 0 "$RUNS"); do
    seconds="$(curl -sS -o "$WORK/eligibility.json" -w '%{time_total}' -H "Authorization: Bearer $BOARD_TOKEN" "$URL")"
    python3 -c "import json,sys; d=json.load(open(sys.argv[1])); assert d['total'] == $PEOPLE + $AGENCIES + 1, d.get('total', d)" \
        "$WORK/eligibility.json" || { head -c 2000 "$WORK/eligibility.json" >&2; fail "the batch answer"; }
    if (( run == 0 )); then figure e.cold_s "$seconds"; else times+=("$seconds"); fi
    log "(e) batch eligibility of $PEOPLE people: $seconds s"
done
figure e.warm_median_s "$(printf '%s\n' "${times[@]}" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')"
figure e.warm_best_s "$(printf '%s\n' "${times[@]}" | sort -g | head -1)"
figure e.rss_mb "$(rss_mb "$SERVICE_PID")"
figure e.phases "$(grep -o 'Eligibility of [^"]*' "$OUT/service.log" | tail -1)"
figure e.facts "$(grep -o 'Eligibility facts: [^"]*' "$OUT/service.log" | tail -1)"
python3 -c "
import json, sys
d = json.load(open(sys.argv[1]))
for title, counts in d['counts'].items():
    print('e.count.%s=%s' % (title, ' '.join('%s:%s' % kv for kv in sorted(counts.items()))))
" "$WORK/eligibility.json" >> "$FIGURES"
stop_service
python3 "$BENCH/bench.py" eligibility-report "$FIGURES" "$OUT/eligibility.md" \
    "$( [[ "$SCALE" == 1 ]] && echo "$BENCH/eligibility.md" )" "$( [[ "$SCALE" == 1 ]] && echo "$ROOT/README.md" )"
log "done: $OUT/eligibility.md"
}

eligibility_main "$@"
