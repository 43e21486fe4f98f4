#!/usr/bin/env bash
# The documents benchmark (issue 12): a decision with 1,000 awardees, drafted through the API line by line, then
#   printed as a PDF (its list over some fifty pages) and as a DOCX while a draft, signed (each line judged again,
#   its cash reckoned, its code given and its award written into history), printed again signed, and all its
#   certificates printed in one PDF of 1,000 pages;
# each print timed cold (the first of the JVM) and warm (median of RUNS). Writes target/bench-documents/documents.md
# (with LINES=1000 also src/bench/documents.md and the README's figures).
#
# Usage:  src/bench/documents.sh              1,000 lines, 5 warm runs
#         LINES=100 RUNS=2 src/bench/documents.sh   a quick try
#         BUSY_NOTE="..."   a sentence for the results when the machine was not quiet
# Needs what src/bench/run.sh needs (it reuses its functions): java 17, curl, python3, psql (installed when missing).
set -euo pipefail
cd "$(dirname "$0")/../.."
# shellcheck source=src/bench/run.sh
source src/bench/run.sh
RUNS="${RUNS:-5}"
LINES="${LINES:-1000}"
OUT="$ROOT/target/bench-documents"
DATA="$OUT/data"
WORK="$OUT/work"
FIGURES="$OUT/figures.txt"
LEADER_PASSWORD="Bench-Leader-$RANDOM-$RANDOM-Pw!"

# timed NAME URL [curl arguments...]: GETs the URL RUNS+1 times as the board; the first is the cold figure, the median
# of the others the warm one; keeps the last answer as $WORK/NAME.
timed() {
    local name="$1" url="$2" seconds times=()
    shift 2
    for run in $(seq 0 "$RUNS"); do
        seconds="$(curl -sS -o "$WORK/$name" -w '%{http_code} %{time_total}' -H "Authorization: Bearer $BOARD_TOKEN" \
            "$@" "$url")"
        [[ "${seconds%% *}" == 200 ]] || { head -c 2000 "$WORK/$name" >&2; fail "$name: HTTP ${seconds%% *}"; }
        seconds="${seconds##* }"
        if (( run == 0 )); then figure "x.$name.cold_s" "$seconds"; else times+=("$seconds"); fi
        log "$name: $seconds s"
    done
    figure "x.$name.warm_s" "$(printf '%s\n' "${times[@]}" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')"
    figure "x.$name.bytes" "$(stat -c %s "$WORK/$name")"
    if [[ "$name" == *.pdf ]]; then
        figure "x.$name.pages" "$(pdfinfo "$WORK/$name" | sed -n 's/^Pages: *//p')"
    fi
}

documents_main() {
need_tools
if ! command -v pdfinfo >/dev/null; then
    log "installing poppler-utils (pdfinfo counts the pages)"
    apt-get update -q >/dev/null && apt-get install -y -q poppler-utils >/dev/null
fi
rm -rf "$OUT/data" "$WORK" "$OUT/service.log"
mkdir -p "$WORK"
: > "$FIGURES"
PG_PORT="$(free_port)"
log "a decision of $LINES lines"
start_service first
ADMIN_TOKEN="$(login admin "$ADMIN_PASSWORD")"
ROOT_ID="$(token_unit "$ADMIN_TOKEN")"
api "$ADMIN_TOKEN" 201 "$WORK/unit.json" -H 'Content-Type: application/json' \
    -d "{\"code\":\"BENCH-TINH\",\"name\":\"Tỉnh Lai Châu\",\"kind\":\"PROVINCE\",\"parentId\":\"$ROOT_ID\"}" \
    "$BASE/api/v1/units"
PROVINCE_ID="$(json_field id "$WORK/unit.json")"
api "$ADMIN_TOKEN" 201 "$WORK/unit.json" -H 'Content-Type: application/json' \
    -d "{\"code\":\"$(python3 "$BENCH/bench.py" agency-code 1)\",\"name\":\"Trường Chính trị tỉnh Lai Châu\",\"kind\":\"AGENCY\",\"parentId\":\"$PROVINCE_ID\"}" \
    "$BASE/api/v1/units"
AGENCY_ID="$(json_field id "$WORK/unit.json")"
python3 "$BENCH/bench.py" people-csv "$WORK/people.csv" "$LINES" 1
curl -sS -o "$WORK/people-report.json" -H "Authorization: Bearer $ADMIN_TOKEN" -H 'Content-Type: text/csv' \
    --data-binary "@$WORK/people.csv" "$BASE/api/v1/people:import"
grep -q "\"created\":$LINES," "$WORK/people-report.json" || { head -c 2000 "$WORK/people-report.json" >&2; fail "people import"; }
for role in board leader; do
    password="$BOARD_PASSWORD"; [[ "$role" == leader ]] && password="$LEADER_PASSWORD"
    api "$ADMIN_TOKEN" 201 "$WORK/account.json" -H 'Content-Type: application/json' \
        -d "{\"username\":\"bench.$role\",\"password\":\"$password\",\"displayName\":\"$role\",\"roles\":[\"$role\"],\"unitId\":\"$AGENCY_ID\"}" \
        "$BASE/api/v1/accounts"
done
BOARD_TOKEN="$(login bench.board "$BOARD_PASSWORD")"
LEADER_TOKEN="$(login bench.leader "$LEADER_PASSWORD")"

api "$BOARD_TOKEN" 201 "$WORK/decision.json" -H 'Content-Type: application/json' -d @- "$BASE/api/v1/decisions" <<JSON
{"awardCode": "CERTIFICATE_OF_MERIT", "title": "Về việc tặng Giấy khen năm 2025", "year": 2025,
 "decisionDate": "2025-12-30", "signerName": "Lường Văn Thành", "signerPosition": "Hiệu trưởng",
 "legalBases": [{"reference": "Luật Thi đua, khen thưởng ngày 15/6/2022"},
                {"reference": "Nghị định số 152/2025/NĐ-CP ngày 15/6/2025 của Chính phủ"}],
 "recipients": ["Như Điều 3;", "Lưu: VT, TCHC."], "fundingSource": "Quỹ thi đua, khen thưởng của Trường"}
JSON
DECISION="$(json_field id "$WORK/decision.json")"
sql -At -c "SELECT p.id FROM person p JOIN org_unit u ON u.id = p.unit_id WHERE u.id = '$AGENCY_ID' ORDER BY p.code" \
    > "$WORK/people.txt"
started="$(date +%s%N)"
while read -r person; do
    api "$BOARD_TOKEN" 201 "$WORK/line.json" -H 'Content-Type: application/json' \
        -d "{\"subjectKind\":\"PERSON\",\"subjectId\":\"$person\",\"citation\":\"Đã có thành tích hoàn thành xuất sắc nhiệm vụ năm 2025\"}" \
        "$BASE/api/v1/decisions/$DECISION/awardees"
done < "$WORK/people.txt"
figure x.lines "$(sql -At -c "SELECT count(*) FROM decision_line WHERE decision_id = '$DECISION'")"
figure x.add_s "$(calc "($(date +%s%N) - $started) / 1e9")"
log "$LINES lines added in $(get x.add_s) s"

timed draft.pdf "$BASE/api/v1/decisions/$DECISION/document"
timed draft.docx "$BASE/api/v1/decisions/$DECISION/document?format=docx"

etag="$(curl -sS -D - -o /dev/null -H "Authorization: Bearer $BOARD_TOKEN" "$BASE/api/v1/decisions/$DECISION" \
    | tr -d '\r' | sed -n 's/^[Ee][Tt][Aa][Gg]: *//p')"
seconds="$(curl -sS -o "$WORK/signed.json" -w '%{http_code} %{time_total}' -X POST -H "Authorization: Bearer $LEADER_TOKEN" \
    -H "If-Match: $etag" -H 'Content-Type: application/json' -d '{"decisionDate":"2025-12-30"}' \
    "$BASE/api/v1/decisions/$DECISION:sign")"
[[ "${seconds%% *}" == 200 ]] || { head -c 2000 "$WORK/signed.json" >&2; fail "signing: HTTP ${seconds%% *}"; }
figure x.sign_s "${seconds##* }"
log "signed in ${seconds##* } s"

timed signed.pdf "$BASE/api/v1/decisions/$DECISION/document"
timed certificates.pdf "$BASE/api/v1/decisions/$DECISION/certificates"
LINE="$(sql -At -c "SELECT id FROM decision_line WHERE decision_id = '$DECISION' ORDER BY position LIMIT 1")"
timed certificate.pdf "$BASE/api/v1/decisions/$DECISION/awardees/$LINE/certificate"
figure x.rss_mb "$(rss_mb "$SERVICE_PID")"
figure date "$(python3 "$BENCH/bench.py" now)"
figure x.runs "$RUNS"
figure x.busy "${BUSY_NOTE:-}"
stop_service
python3 "$BENCH/bench.py" documents-report "$FIGURES" "$OUT/documents.md" \
    "$( [[ "$LINES" == 1000 ]] && echo "$BENCH/documents.md" )" "$( [[ "$LINES" == 1000 ]] && echo "$ROOT/README.md" )"
log "done: $OUT/documents.md"
}

documents_main "$@"
