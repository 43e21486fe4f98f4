package vn.thidua.document;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import vn.thidua.catalog.AwardType;
import vn.thidua.catalog.AwardTypeService;
import vn.thidua.common.error.ApiException;
import vn.thidua.common.text.Text;
import vn.thidua.decision.DecisionKind;
import vn.thidua.decision.DecisionResponses;
import vn.thidua.decision.DecisionService;
import vn.thidua.decision.DecisionSheet;
import vn.thidua.decision.DecisionStatus;
import vn.thidua.org.OrgDirectory;
import vn.thidua.org.SubjectKind;

/**
 * A decision's documents: the decision with its list (PDF; DOCX while a draft) and its certificates. Reading goes
 * through {@link DecisionService#sheet}, so the caller's role and scope are checked there, once.
 */
@ApplicationScoped
public class DecisionDocuments {

    @CheckedTemplate(basePath = "documents")
    static class Templates {
        static native TemplateInstance decision(DecisionPaper paper);

        static native TemplateInstance certificates(CertificatePaper paper);
    }

    @Inject
    DecisionService decisions;
    @Inject
    AwardTypeService awards;
    @Inject
    OrgDirectory directory;
    @Inject
    PdfRenderer pdf;
    @Inject
    DecisionDocx docx;

    public Documents.File pdf(UUID id) {
        DecisionPaper paper = paper(decisions.sheet(id));
        return new Documents.File(pdf.render(Templates.decision(paper).render()), fileName(paper, "pdf"));
    }

    /** The draft as a Word document to edit the wording in; a signed decision is only printed as it was signed. */
    public Documents.File docx(UUID id) {
        DecisionSheet sheet = decisions.sheet(id);
        if (sheet.decision().status() != DecisionStatus.DRAFT) {
            throw ApiException.conflict("document.docx-draft-only", sheet.decision().status());
        }
        DecisionPaper paper = paper(sheet);
        return new Documents.File(docx.write(paper), fileName(paper, "docx"));
    }

    /** The certificates of every standing line, one a page; or of one line. */
    public Documents.File certificates(UUID id, UUID awardeeId, String baseUrl) {
        DecisionSheet sheet = decisions.sheet(id);
        DecisionResponses.Decision d = sheet.decision();
        List<DecisionResponses.Awardee> lines = sheet.lines();
        DecisionResponses.Awardee line = awardeeId == null ? null : lines.stream()
                .filter(l -> l.id().equals(awardeeId)).findFirst()
                .orElseThrow(() -> ApiException.notFound("kind.decision-awardee"));
        if (d.kind() != DecisionKind.AWARD || d.status() == DecisionStatus.DRAFT || d.decisionDate() == null) {
            throw ApiException.conflict("document.certificates-signed-only", d.status());
        }
        if (line != null) {
            if (line.revoked()) {
                throw ApiException.conflict("document.certificate-revoked", line.revokedOn());
            }
            lines = List.of(line);
        } else {
            lines = lines.stream().filter(l -> !l.revoked()).toList();
            if (lines.isEmpty()) {
                throw ApiException.conflict("document.certificates-none-standing", d.number());
            }
        }
        Letterhead head = letterhead(d);
        Signature signature = Signature.of(d.signerPosition(), d.signerName());
        String authority = Letterhead.upper(signature.headTitle() + " " + d.authorityName());
        Map<String, AwardType> catalogue = awards.all();
        String verify = baseUrl.replaceAll("/+$", "") + "/api/v1/public/verify/";
        List<CertificatePaper.Certificate> certificates = lines.stream().map(l -> {
            AwardType award = catalogue.get(l.awardCode());
            String name = award == null ? l.awardCode() : award.nameVi;
            boolean title = award != null && award.category == AwardType.Category.TITLE;
            String detail = l.subjectKind() == SubjectKind.PERSON
                    ? (l.subjectPosition() == null ? "" : l.subjectPosition() + ", ") + l.unitName()
                    : l.unitName() == null || l.unitName().equals(l.subjectName()) ? null : l.unitName();
            String citation = l.citation() != null && !l.citation().isBlank() ? l.citation().strip()
                    : title ? "Đã đạt danh hiệu “" + name + "” năm " + d.year()
                    : "Đã có thành tích trong thực hiện nhiệm vụ năm " + d.year();
            String url = verify + l.verificationCode();
            return new CertificatePaper.Certificate(title ? "CÔNG NHẬN DANH HIỆU" : "TẶNG",
                    Letterhead.upper(title ? "“" + name + "”" : name), l.subjectName(), detail, citation,
                    "Quyết định số " + d.number() + " ngày " + Paper.shortDate(d.decisionDate()),
                    head.placeAndDate(d.decisionDate(), d.year()), signature, l.verificationCode(), url,
                    QrCodes.dataUri(url));
        }).toList();
        String title = "Giấy chứng nhận khen thưởng theo Quyết định " + d.number();
        CertificatePaper paper = new CertificatePaper(title, authority, head.party(), certificates);
        String name = awardeeId == null ? "giay-khen-" + slug(d.number()) + ".pdf"
                : "giay-khen-" + slug(d.number()) + "-" + lines.get(0).verificationCode() + ".pdf";
        return new Documents.File(pdf.render(Templates.certificates(paper).render()), name);
    }

    DecisionPaper paper(DecisionSheet sheet) {
        DecisionResponses.Decision d = sheet.decision();
        List<OrgDirectory.Letterhead> lineage = lineage(d);
        return DecisionPapers.of(sheet, Letterhead.of(lineage, d.authorityName()), symbol(d, lineage), awards.all());
    }

    private Letterhead letterhead(DecisionResponses.Decision d) {
        return Letterhead.of(lineage(d), d.authorityName());
    }

    /** The issuing unit and those above it; none for a higher authority recorded without a unit here. */
    private List<OrgDirectory.Letterhead> lineage(DecisionResponses.Decision d) {
        UUID issuing = d.authorityUnitId() != null ? d.authorityUnitId() : d.unitId();
        return d.external() && d.authorityUnitId() == null ? List.of() : directory.lineageOutsideScope(issuing);
    }

    /**
     * The issuing body's symbol after "/QĐ-" (state) or "-QĐ/" (Party): from its number once signed, else the
     * authority unit's code.
     */
    private static String symbol(DecisionResponses.Decision d, List<OrgDirectory.Letterhead> lineage) {
        for (String kind : List.of("/QĐ-", "-QĐ/")) {
            if (d.number() != null && d.number().contains(kind)) {
                return d.number().substring(d.number().indexOf(kind) + kind.length());
            }
        }
        return lineage.isEmpty() ? "" : lineage.get(lineage.size() - 1).code();
    }

    private static String fileName(DecisionPaper paper, String extension) {
        String number = paper.draft() ? "du-thao" : slug(paper.numberLine().replace("Số: ", ""));
        return "quyet-dinh-" + number + "." + extension;
    }

    /** "125/QĐ-TCT" → "125-QD-TCT": ASCII for a file name. */
    static String slug(String text) {
        return Text.fold(text).toUpperCase(Locale.ROOT)
                .replaceAll("[^A-Z0-9]+", "-").replaceAll("^-|-$", "");
    }
}
