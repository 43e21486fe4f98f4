#!/usr/bin/env bash
# Times POST /api/v1/people:import against a running service: a dry run, the real import (every row created), and
# the same people again with a new position (every row updated), printing seconds and rows per second.
#
# Usage:  src/bench/import-people.sh [ROWS] [UNIT_CODE]
#
#   ROWS           people to generate (default 10000; the service takes at most 50000 per import)
#   UNIT_CODE      code of an existing unit in the token's scope to import into; without it a new unit
#                  BENCH-<run id> is created under the token's home unit (the token's `unit` claim)
#
# Environment:
#   THIDUA_URL     base URL of the service (default http://localhost:8080)
#   THIDUA_TOKEN   bearer token with the admin role (board suffices when UNIT_CODE is given) and a `unit` claim;
#                  required
#
# Needs bash, curl, awk and base64. Every run uses fresh person codes (BENCH-<run id>-000001...), so it can be
# repeated against the same service; the generated people stay (people are never deleted), in their own unit.
set -euo pipefail

ROWS="${1:-10000}"
UNIT_CODE="${2:-}"
BASE="${THIDUA_URL:-http://localhost:8080}"
TOKEN="${THIDUA_TOKEN:?set THIDUA_TOKEN to a bearer token (admin role, unit claim)}"
RUN="$(date +%Y%m%d%H%M%S)-$$"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

api() {
    curl -sS -H "Authorization: Bearer $TOKEN" -H 'Accept-Language: en' "$@"
}

# The home unit is the token's `unit` claim: decode the JWT payload (base64url, unpadded).
home_unit() {
    local payload
    payload="$(cut -d. -f2 <<<"$TOKEN" | tr '_-' '/+')"
    while (( ${#payload} % 4 )); do payload+='='; done
    base64 -d <<<"$payload" 2>/dev/null | grep -o '"unit" *: *"[^"]*"' | sed 's/.*"\([^"]*\)"$/\1/'
}

if [[ -z "$UNIT_CODE" ]]; then
    PARENT="$(home_unit)"
    [[ -n "$PARENT" ]] || { echo "the token has no unit claim; pass UNIT_CODE" >&2; exit 1; }
    UNIT_CODE="BENCH-$RUN"
    status="$(api -o "$WORK/unit.json" -w '%{http_code}' -H 'Content-Type: application/json' \
        -d "{\"code\":\"$UNIT_CODE\",\"name\":\"Đơn vị đo hiệu năng $RUN\",\"kind\":\"DEPARTMENT\",\"parentId\":\"$PARENT\"}" \
        "$BASE/api/v1/units")"
    [[ "$status" == 201 ]] || { echo "creating unit $UNIT_CODE failed ($status):" >&2; cat "$WORK/unit.json" >&2; exit 1; }
    echo "created unit $UNIT_CODE"
fi

# People with realistic Vietnamese names (diacritics, NFC), semicolons as Vietnamese spreadsheets export, and a BOM.
generate() {
    local position_suffix="$1" file="$2"
    awk -v rows="$ROWS" -v run="$RUN" -v unit="$UNIT_CODE" -v suffix="$position_suffix" 'BEGIN {
        srand(20220216);
        nf = split("Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Lò Đinh Tòng Giàng", family, " ");
        nm = split("Văn Văn Đức Hữu Minh Quốc Thị Thị Thị Ngọc Thu Thanh Xuân", middle, " ");
        ng = split("An Anh Ánh Bình Chiến Cường Dung Dũng Duyên Đức Giang Hà Hạnh Hiền Hiếu Hoa Hùng Huyền Khánh Lan Linh Long Mai Nam Nga Ngọc Nhung Phương Quang Quỳnh Sơn Tâm Thảo Thủy Trang Trung Tuấn Uyên Việt Yến", given, " ");
        np = split("Chuyên viên|Giảng viên|Giảng viên chính|Phó Trưởng khoa|Trưởng phòng|Kế toán viên|Văn thư", position, "|");
        printf "\357\273\277code;fullName;gender;dateOfBirth;position;unitCode;email\n";
        for (i = 1; i <= rows; i++) {
            m = middle[int(rand() * nm) + 1];
            gender = (m == "Thị") ? "FEMALE" : "MALE";
            name = family[int(rand() * nf) + 1] " " m " " given[int(rand() * ng) + 1];
            dob = sprintf("%04d-%02d-%02d", 1962 + int(rand() * 40), 1 + int(rand() * 12), 1 + int(rand() * 28));
            printf "BENCH-%s-%06d;%s;%s;%s;%s%s;%s;cb%06d@bench.thidua.local\n", run, i, name, gender, dob,
                position[int(rand() * np) + 1], suffix, unit, i;
        }
    }' > "$file"
}

# Posts the file and prints elapsed seconds and rows per second; fails unless the report says what we expect.
timed_import() {
    local label="$1" file="$2" query="$3" expect="$4"
    local out="$WORK/report.json" result status seconds
    result="$(api -o "$out" -w '%{http_code} %{time_total}' -H 'Content-Type: text/csv' \
        --data-binary "@$file" "$BASE/api/v1/people:import$query")"
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

generate "" "$WORK/people.csv"
generate " (cập nhật)" "$WORK/people-updated.csv"
echo "importing $ROWS people into unit $UNIT_CODE at $BASE ($(wc -c < "$WORK/people.csv") bytes of CSV)"
timed_import "dry run (would create)" "$WORK/people.csv" "?dryRun=true" "\"created\":$ROWS,"
timed_import "import (create)" "$WORK/people.csv" "" "\"created\":$ROWS,"
timed_import "import again (update)" "$WORK/people-updated.csv" "" "\"updated\":$ROWS,"
