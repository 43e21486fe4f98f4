package vn.thidua.history;

import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.thidua.common.api.ImportRun;
import vn.thidua.common.api.QueryFlags;
import vn.thidua.common.error.Messages;

/** What the import endpoints share: reading the file by its content type and the options, then one import run. */
@ApplicationScoped
public class HistoryImports {

    static final String TEXT_CSV = "text/csv";

    @Inject
    HistoryImportService imports;
    @Inject
    ObjectMapper json;

    /** The request as the idempotency record fingerprints it: the kind, every option and the raw body. */
    record Fingerprint(String kind, String format, boolean dryRun, boolean allOrNothing, byte[] body) {
    }

    Response run(RecordKind<?, ?, ?, ?> kind, ImportSpec spec, byte[] body, String contentType, String dryRunParam,
            String allOrNothingParam, String idempotencyKey, HttpHeaders headers) throws JsonProcessingException {
        Locale locale = Messages.localeOf(headers);
        boolean dryRun = QueryFlags.parse("dryRun", dryRunParam, false);
        boolean allOrNothing = QueryFlags.parse("allOrNothing", allOrNothingParam, true);
        boolean csv = contentType != null && MediaType.valueOf(contentType).isCompatible(MediaType.valueOf(TEXT_CSV));
        HistoryImportReader.Sheet sheet = csv ? HistoryImportReader.csv(spec, body)
                : HistoryImportReader.json(spec, body, json);
        ImportRun.Options options = new ImportRun.Options(dryRun, allOrNothing, csv ? "csv" : "json");
        Fingerprint fingerprint = new Fingerprint(kind.name, options.format(), dryRun, allOrNothing, body);
        return ImportRun.answer(() -> imports.importOnce(kind, idempotencyKey, fingerprint, sheet, options, locale));
    }
}
