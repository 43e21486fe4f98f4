package vn.thidua.document;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import vn.thidua.org.OrgDirectory;
import vn.thidua.plan.PlanService;

/**
 * A plan as its PDF: read through {@link PlanService#get} (the caller's role and scope, drafts for the roles that see
 * them) or, for anyone, {@link PlanService#getPublic} (issued and closed plans only).
 */
@ApplicationScoped
public class PlanDocuments {

    @CheckedTemplate(basePath = "documents")
    static class Templates {
        static native TemplateInstance plan(PlanPaper paper);
    }

    @Inject
    PlanService plans;
    @Inject
    OrgDirectory directory;
    @Inject
    PdfRenderer pdf;

    public Documents.File pdf(UUID id) {
        return render(PlanPapers.Source.of(plans.get(id)));
    }

    public Documents.File publicPdf(UUID id) {
        return render(PlanPapers.Source.of(plans.getPublic(id)));
    }

    private Documents.File render(PlanPapers.Source plan) {
        List<OrgDirectory.Letterhead> lineage = plan.issuingUnit() == null ? List.of()
                : directory.lineageOutsideScope(plan.issuingUnit().id());
        String issuing = plan.issuingUnit() == null ? "" : plan.issuingUnit().name();
        PlanPaper paper = PlanPapers.of(plan, Letterhead.of(lineage, issuing));
        String name = paper.draft() || plan.number() == null || plan.number().isBlank() ? "du-thao"
                : DecisionDocuments.slug(plan.number());
        return new Documents.File(pdf.render(Templates.plan(paper).render()), "ke-hoach-" + name + ".pdf");
    }
}
