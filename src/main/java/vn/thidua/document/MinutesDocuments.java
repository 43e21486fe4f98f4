package vn.thidua.document;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import vn.thidua.council.MinutesText;
import vn.thidua.council.ResultsService;

/**
 * The minutes (biên bản) of a council session as PDF, worded by {@link MinutesText#document} as the plain-text
 * minutes are, so the two never say different things; the results of each title as a real table. Reading goes
 * through {@link ResultsService#minutes}, where the caller's role and scope are checked.
 */
@ApplicationScoped
public class MinutesDocuments {

    @CheckedTemplate(basePath = "documents")
    static class Templates {
        static native TemplateInstance minutes(MinutesText.Document doc, List<String> columns);
    }

    @Inject
    ResultsService results;
    @Inject
    PdfRenderer pdf;

    public Documents.File pdf(UUID sessionId) {
        MinutesText.Document doc = MinutesText.document(results.minutes(sessionId));
        return new Documents.File(pdf.render(Templates.minutes(doc, MinutesText.RESULT_COLUMNS).render()), "bien-ban-" + sessionId + ".pdf");
    }
}
