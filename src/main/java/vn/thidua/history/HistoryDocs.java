package vn.thidua.history;

/** Texts the history operations share in the contract: who may call them, and how their imports work. */
final class HistoryDocs {

    static final String READERS = "Who: admin, board, council, leader, unit_head and integration read the records of "
            + "their scope (their home unit's subtree); a member reads only the records about themselves. A record "
            + "outside the scope answers 404.";
    static final String BOARD_AND_UNIT_HEADS = "Who: the board and unit heads, within their scope; a record or "
            + "subject outside it answers 404.";
    static final String BOARD_ONLY = "Who: the board only, within its scope; a record or subject outside it answers "
            + "404.";
    static final String IMPORT = """
            Each row is checked as a single creation checks one record; subjects are named by code (`personCode` or \
            `unitCode`, each row exactly one) and a code outside your scope reads as unknown. At most 50,000 rows.

            ```
            curl -H "Authorization: Bearer $TOKEN" -H 'Content-Type: text/csv' --data-binary @file.csv \\
                 'https://thidua.example/api/v1/<collection>:import?dryRun=true'
            ```
            (`--data-binary`, not `-d`, which drops the line breaks.)

            **CSV** (`Content-Type: text/csv`): UTF-8 with or without BOM; comma or semicolon, whichever the header \
            line uses; columns in any order, named as below or by their Vietnamese headers (case and accents do \
            not matter). Dates as `2024-03-15` or `15/03/2024`. An unknown, repeated or missing column is a 400 \
            naming it. Row numbers are spreadsheet rows (the header is 1).

            **JSON** (`Content-Type: application/json`): an array of objects with the same names. Row numbers are \
            positions from 1.

            **Answer**: 200 with the report whenever the file could be read, also when rows failed: check `applied`. \
            With `allOrNothing=true` (the default) one failed row means nothing is saved. `dryRun=true` checks \
            everything and saves nothing. Each failed row lists its `errors` (`field` is the column as your file \
            names it), in the language of `Accept-Language`. A key repeated within the file fails each of its rows \
            (DUPLICATE_IN_FILE).

            **Retries**: with `Idempotency-Key`, an applied import runs once and a retry gets its report again; a \
            dry run or a rejected import is not remembered.
            """;

    private HistoryDocs() {
    }
}
