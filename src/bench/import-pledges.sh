#!/usr/bin/env bash
# Times POST /api/v1/plans/{id}/pledges:import against a running service: a dry run and the real import of ROWS
# pledges (every row created, APPROVED), printing seconds and rows per second.
#
# Usage:  src/bench/import-pledges.sh [ROWS]
#
#   ROWS           pledges to import (default 20000; the service takes at most 50000 per import)
#
# Environment:
#   THIDUA_URL     base URL of the service (default http://localhost:8080)
#   THIDUA_TOKEN   bearer token of an admin with a `unit` claim (the built-in `admin`, whose unit is the root, will
#                  do); required
#
# What it sets up first, under the token's home unit, with fresh codes so that it can be repeated against the same
# service: an agency BENCHP-<run id> with ROWS people (through /people:import), a board account bench.<run id> in
# that agency (plans and pledge imports are the board's), and a plan of that agency with two sub-movements and one
# phase whose registration window is open today, issued. Only the pledge import itself is timed. What it creates
# stays (people, units and plans are never deleted), in its own agency.
#
# Needs bash, curl, awk, sed, base64 and GNU date.
set -euo pipefail

ROWS="${1:-20000}"
BASE="${THIDUA_URL:-http://localhost:8080}"
ADMIN_TOKEN="${THIDUA_TOKEN:?set THIDUA_TOKEN to a bearer token (admin role, unit claim)}"
RUN="$(date +%Y%m%d%H%M%S)-$$"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

# api TOKEN EXPECTED_STATUS OUTPUT_FILE curl-arguments...: fails with the answer unless the status is the expected one
api() {
    local token="$1" expect="$2" out="$3" status
    shift 3
    status="$(curl -sS -o "$out" -w '%{http_code}' -H "Authorization: Bearer $token" -H 'Accept-Language: en' "$@")"
    if [[ "$status" != "$expect" ]]; then
        echo "${*: -1}: HTTP $status, expected $expect:" >&2
        head -c 2000 "$out" >&2
        echo >&2
        exit 1
    fi
}

# The value of a top-level string property of a small JSON answer.
field() {
    grep -o "\"$1\" *: *\"[^\"]*\"" "$2" | head -1 | sed 's/.*"\([^"]*\)"$/\1/'
}

# The home unit is the token's `unit` claim: decode the JWT payload (base64url, unpadded).
home_unit() {
    local payload
    payload="$(cut -d. -f2 <<<"$ADMIN_TOKEN" | tr '_-' '/+')"
    while (( ${#payload} % 4 )); do payload+='='; done
    base64 -d <<<"$payload" 2>/dev/null | grep -o '"unit" *: *"[^"]*"' | sed 's/.*"\([^"]*\)"$/\1/'
}

day() {
    date -d "$1 days" +%F
}

PARENT="$(home_unit)"
[[ -n "$PARENT" ]] || { echo "the token has no unit claim" >&2; exit 1; }

# --- the agency and its people --------------------------------------------------------------------------------------
AGENCY_CODE="BENCHP-$RUN"
api "$ADMIN_TOKEN" 201 "$WORK/unit.json" -H 'Content-Type: application/json' \
    -d "{\"code\":\"$AGENCY_CODE\",\"name\":\"Cơ quan đo hiệu năng đăng ký $RUN\",\"kind\":\"AGENCY\",\"parentId\":\"$PARENT\"}" \
    "$BASE/api/v1/units"
AGENCY_ID="$(field id "$WORK/unit.json")"

awk -v rows="$ROWS" -v run="$RUN" -v unit="$AGENCY_CODE" 'BEGIN {
    srand(20220216);
    nf = split("Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Lò Đinh Tòng Giàng", family, " ");
    nm = split("Văn Văn Đức Hữu Minh Quốc Thị Thị Thị Ngọc Thu Thanh Xuân", middle, " ");
    ng = split("An Anh Ánh Bình Chiến Cường Dung Dũng Duyên Đức Giang Hà Hạnh Hiền Hiếu Hoa Hùng Huyền Khánh Lan Linh Long Mai Nam Nga Ngọc Nhung Phương Quang Quỳnh Sơn Tâm Thảo Thủy Trang Trung Tuấn Uyên Việt Yến", given, " ");
    printf "code;fullName;unitCode\n";
    for (i = 1; i <= rows; i++) {
        printf "BP-%s-%06d;%s %s %s;%s\n", run, i, family[int(rand() * nf) + 1], middle[int(rand() * nm) + 1],
            given[int(rand() * ng) + 1], unit;
    }
}' > "$WORK/people.csv"
api "$ADMIN_TOKEN" 200 "$WORK/people-report.json" -H 'Content-Type: text/csv' --data-binary "@$WORK/people.csv" \
    "$BASE/api/v1/people:import"
grep -q "\"created\":$ROWS," "$WORK/people-report.json" || { echo "the people import did not create $ROWS people" >&2; exit 1; }
echo "created agency $AGENCY_CODE with $ROWS people"

# --- a board account of the agency ---------------------------------------------------------------------------------
BOARD_USER="bench.$RUN"
BOARD_PASSWORD="Bench-$RUN-$RANDOM-Pw!"
api "$ADMIN_TOKEN" 201 "$WORK/account.json" -H 'Content-Type: application/json' \
    -d "{\"username\":\"$BOARD_USER\",\"password\":\"$BOARD_PASSWORD\",\"displayName\":\"Thường trực thi đua (đo hiệu năng)\",\"roles\":[\"board\"],\"unitId\":\"$AGENCY_ID\"}" \
    "$BASE/api/v1/accounts"
curl -sS -o "$WORK/token.json" -H 'Content-Type: application/json' \
    -d "{\"username\":\"$BOARD_USER\",\"password\":\"$BOARD_PASSWORD\"}" "$BASE/api/v1/auth/token"
BOARD_TOKEN="$(field accessToken "$WORK/token.json")"
[[ -n "$BOARD_TOKEN" ]] || { echo "logging in as $BOARD_USER failed:" >&2; cat "$WORK/token.json" >&2; exit 1; }

# --- an issued plan with an open registration window ---------------------------------------------------------------
cat > "$WORK/plan.json" <<JSON
{"number": "$RUN/KH-BENCH", "title": "Kế hoạch thi đua đo hiệu năng", "issuingUnitId": "$AGENCY_ID",
 "issuedOn": "$(day -31)", "kind": "ANNUAL", "startDate": "$(day -60)", "endDate": "$(day 90)",
 "signer": {"name": "Lường Văn Thành", "position": "Hiệu trưởng"},
 "movements": [{"key": "GD5T", "name": "Giảng dạy tốt, nghiên cứu tốt, học tập tốt, quản lý tốt, phục vụ tốt"},
               {"key": "DVCS", "name": "Dân vận khéo"}],
 "phases": [{"number": 1, "name": "Đợt 1", "startDate": "$(day -30)", "endDate": "$(day 60)",
             "registrationOpens": "$(day -5)", "registrationCloses": "$(day 5)"}]}
JSON
api "$BOARD_TOKEN" 201 "$WORK/plan-created.json" -H 'Content-Type: application/json' --data-binary "@$WORK/plan.json" \
    "$BASE/api/v1/plans"
PLAN_ID="$(field id "$WORK/plan-created.json")"
ETAG="$(curl -sS -D - -o /dev/null -H "Authorization: Bearer $BOARD_TOKEN" "$BASE/api/v1/plans/$PLAN_ID" \
    | tr -d '\r' | sed -n 's/^[Ee][Tt][Aa][Gg]: *//p')"
api "$BOARD_TOKEN" 200 "$WORK/plan-issued.json" -X POST -H "If-Match: $ETAG" "$BASE/api/v1/plans/$PLAN_ID:issue"
echo "issued plan $PLAN_ID"

# --- the pledges: every person, half for the whole plan and half for phase 1, with BOM, semicolons, Vietnamese -----
awk -v rows="$ROWS" -v run="$RUN" 'BEGIN {
    printf "\357\273\277Mã cán bộ;Danh hiệu;Đợt;Cam kết:GD5T;Cam kết:DVCS\n";
    for (i = 1; i <= rows; i++) {
        titles = (i % 3 == 0) ? "ADVANCED_WORKER|GRASSROOTS_EMULATION_FIGHTER" : "ADVANCED_WORKER";
        phase = (i % 2 == 0) ? "1" : "";
        printf "BP-%s-%06d;%s;%s;Giảng dạy đủ 270 tiết chuẩn, không có giờ giảng bị đánh giá không đạt;%s\n", run, i,
            titles, phase, (i % 4 == 0) ? "Tham gia đầy đủ các hoạt động của công đoàn, đoàn thanh niên" : "";
    }
}' > "$WORK/pledges.csv"

# Posts the file and prints elapsed seconds and rows per second; fails unless the report says what we expect.
timed_import() {
    local label="$1" query="$2" expect="$3"
    local out="$WORK/report.json" result status seconds
    result="$(curl -sS -o "$out" -w '%{http_code} %{time_total}' -H "Authorization: Bearer $BOARD_TOKEN" \
        -H 'Accept-Language: en' -H 'Content-Type: text/csv' --data-binary "@$WORK/pledges.csv" \
        "$BASE/api/v1/plans/$PLAN_ID/pledges:import$query")"
    status="${result%% *}"
    seconds="${result##* }"
    if [[ "$status" != 200 ]] || ! grep -q "$expect" "$out"; then
        echo "$label: unexpected answer (HTTP $status):" >&2
        head -c 2000 "$out" >&2
        echo >&2
        exit 1
    fi
    awk -v label="$label" -v rows="$ROWS" -v s="$seconds" \
        'BEGIN { printf "%-30s %6d rows  %7.2f s  %8.0f rows/s\n", label, rows, s, rows / s }'
}

echo "importing $ROWS pledges into plan $PLAN_ID at $BASE ($(wc -c < "$WORK/pledges.csv") bytes of CSV)"
timed_import "dry run (would create)" "?dryRun=true" "\"applied\":false,\"counts\":{\"total\":$ROWS,\"created\":$ROWS,"
timed_import "import (create, approved)" "" "\"applied\":true,\"counts\":{\"total\":$ROWS,\"created\":$ROWS,\"approved\":$ROWS,"
