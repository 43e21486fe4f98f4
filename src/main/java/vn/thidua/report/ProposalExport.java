package vn.thidua.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import vn.thidua.common.api.Tables;
import vn.thidua.catalog.AwardType;
import vn.thidua.catalog.AwardTypeService;
import vn.thidua.council.CouncilVotes;
import vn.thidua.council.ItemOutcome;
import vn.thidua.council.ResultsService;
import vn.thidua.council.SessionResponses;
import vn.thidua.council.SessionService;
import vn.thidua.decision.proposal.DossierPartKind;
import vn.thidua.decision.proposal.ProposalResponses;
import vn.thidua.decision.proposal.ProposalService;
import vn.thidua.org.OrgDirectory;
import vn.thidua.org.SubjectKind;

/**
 * A proposal's dossier in the provincial export schema, read through the proposal's and the council's services (so
 * their scope and roles hold), and the same content as a workbook: "Tờ trình" (the proposal), "Danh sách" (the
 * nominees with the council's vote) and "Hồ sơ" (the dossier's references).
 */
@ApplicationScoped
public class ProposalExport {

    @Inject
    ProposalService proposals;
    @Inject
    SessionService sessions;
    @Inject
    ResultsService results;
    @Inject
    AwardTypeService catalog;
    @Inject
    OrgDirectory directory;

    @Transactional
    public ProposalDossier dossier(UUID id) {
        ProposalResponses.Detail proposal = proposals.get(id);
        List<ProposalResponses.Nominee> nominees = proposals.nominees(id);
        List<ProposalResponses.Part> parts = proposals.dossier(id);
        OrgDirectory.UnitRef unit = directory.unitOutsideScope(proposal.unitId()).orElseThrow();

        ProposalDossier.CouncilSession session = null;
        Map<UUID, SessionResponses.ItemResultView> votes = new HashMap<>();
        if (proposal.councilSessionId() != null) {
            SessionResponses.Session s = sessions.get(proposal.councilSessionId());
            session = new ProposalDossier.CouncilSession(s.id(), s.name(), s.councilName(), s.meetingAt(),
                    s.memberCount(), s.presentCount());
            results.results(s.id()).items().forEach(item -> votes.put(item.itemId(), item));
        }
        Map<UUID, Integer> positions = new HashMap<>();
        nominees.forEach(n -> positions.put(n.id(), n.position()));
        List<ProposalDossier.Nominee> listed = nominees.stream().map(n -> nominee(n, votes.get(n.agendaItemId())))
                .toList();
        List<ProposalDossier.DossierReference> references = parts.stream()
                .map(p -> new ProposalDossier.DossierReference(p.kind(), p.title(), p.url(), p.checksum(),
                        p.nomineeId() == null ? null : positions.get(p.nomineeId())))
                .toList();
        return new ProposalDossier(ProposalDossier.VERSION, OffsetDateTime.now(ZoneOffset.UTC)
                .truncatedTo(ChronoUnit.SECONDS),
                new ProposalDossier.Proposal(proposal.id(), proposal.number(), proposal.sentOn(), proposal.title(),
                        proposal.year(), proposal.status(), new ProposalDossier.Unit(unit.id(), unit.code(),
                                unit.name()), proposal.toAuthorityName(), proposal.toUnitId(), proposal.signerName(),
                        proposal.signerPosition(), proposal.planId()),
                session, listed, references,
                references.stream().filter(r -> r.kind() == DossierPartKind.MINUTES).toList());
    }

    private ProposalDossier.Nominee nominee(ProposalResponses.Nominee n, SessionResponses.ItemResultView vote) {
        AwardType type = catalog.award(n.awardCode())
                .orElseThrow(() -> new IllegalStateException("nominee " + n.id() + " names an unknown award"));
        CouncilVotes.Vote carried = n.councilVote();
        ProposalDossier.CouncilResult result = vote != null
                ? new ProposalDossier.CouncilResult(vote.itemId(), vote.tally().approve(), vote.tally().reject(),
                        vote.tally().abstain(), vote.base(), vote.baseKind(), vote.ratio(), vote.minRatio(),
                        vote.outcome(), vote.accepted())
                // a nominee added by hand rests on an accepted vote of another session of the council
                : carried == null ? null : new ProposalDossier.CouncilResult(carried.itemId(), carried.votesFor(),
                        carried.votesAgainst(), carried.abstentions(), carried.base(), carried.baseKind(), carried.ratio(),
                        carried.minRatio(), ItemOutcome.PASSED, true);
        return new ProposalDossier.Nominee(n.position(), n.subjectKind(), n.personId(), n.unitId(), n.subjectName(),
                n.subjectPosition(), n.unitName(), new ProposalDossier.Award(type.code, type.nameVi, type.category,
                        type.awardedBy), n.citation(), result, n.outcome(), carried);
    }

    static final List<String> NOMINEE_HEADER = List.of("STT", "Họ và tên / Tập thể", "Chức vụ", "Đơn vị",
            "Danh hiệu, hình thức đề nghị", "Cấp khen thưởng", "Thành tích", "Số phiếu đồng ý", "Số phiếu không đồng ý",
            "Tổng số tính tỷ lệ", "Tỷ lệ đồng ý", "Tỷ lệ tối thiểu", "Kết quả Hội đồng", "Kết quả quyết định");
    static final List<String> DOSSIER_HEADER = List.of("STT", "Loại", "Tên tài liệu", "Đường dẫn", "Mã kiểm tra",
            "Của (STT trong danh sách)");
    private static final Map<DossierPartKind, String> KINDS = Map.of(DossierPartKind.LIST, "Danh sách đề nghị",
            DossierPartKind.ACHIEVEMENT_REPORT, "Báo cáo thành tích", DossierPartKind.MINUTES,
            "Biên bản họp Hội đồng", DossierPartKind.INITIATIVE_PROOF, "Minh chứng sáng kiến, đề tài",
            DossierPartKind.PRIOR_DECISION, "Quyết định khen thưởng trước", DossierPartKind.OTHER, "Tài liệu khác");
    private static final Map<AwardType.AwardedBy, String> LEVELS = Map.of(AwardType.AwardedBy.AGENCY, "Cơ quan",
            AwardType.AwardedBy.PROVINCE, "Bộ, ngành, tỉnh", AwardType.AwardedBy.NATIONAL, "Nhà nước");

    byte[] xlsx(ProposalDossier d) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "Thi đua", "1.0");
            proposalSheet(workbook.newWorksheet("Tờ trình"), d);
            nomineeSheet(workbook.newWorksheet("Danh sách"), d);
            dossierSheet(workbook.newWorksheet("Hồ sơ"), d);
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void proposalSheet(Worksheet sheet, ProposalDossier d) {
        ProposalDossier.Proposal p = d.proposal();
        List<List<Object>> rows = List.of(
                List.of("Số tờ trình", text(p.number())),
                List.of("Ngày gửi", p.sentOn() == null ? "" : p.sentOn().toString()),
                List.of("Trích yếu", p.title()),
                List.of("Năm thành tích", p.year()),
                List.of("Cơ quan đề nghị", p.proposingUnit().name()),
                List.of("Kính gửi", p.toAuthorityName()),
                List.of("Người ký", text(p.signerName())),
                List.of("Chức vụ người ký", text(p.signerPosition())),
                List.of("Trạng thái", p.status().name()),
                List.of("Phiên họp Hội đồng", d.councilSession() == null ? "" : d.councilSession().name()),
                List.of("Số người, tập thể đề nghị", d.nominees().size()),
                List.of("Biên bản họp Hội đồng", String.join("\n", d.minutes().stream().map(m -> m.title() + ": "
                        + m.url()).toList())),
                List.of("Phiên bản lược đồ", d.schemaVersion()),
                List.of("Mã tờ trình", p.id().toString()));
        for (int r = 0; r < rows.size(); r++) {
            Tables.value(sheet, r, 0, rows.get(r).get(0));
            sheet.style(r, 0).bold().set();
            cell(sheet, r, 1, rows.get(r).get(1));
        }
        sheet.width(0, 28);
        sheet.width(1, 90);
    }

    private static void nomineeSheet(Worksheet sheet, ProposalDossier d) {
        header(sheet, NOMINEE_HEADER);
        int r = 1;
        for (ProposalDossier.Nominee n : d.nominees()) {
            ProposalDossier.CouncilResult v = n.councilResult();
            List<Object> row = List.of(n.position(), n.name(), text(n.jobPosition()),
                    n.subjectKind() == SubjectKind.UNIT ? "" : n.unitName(), n.award().name(),
                    LEVELS.get(n.award().level()), text(n.citation()),
                    v == null ? "" : v.approvals(), v == null ? "" : v.rejections(), v == null ? "" : v.base(),
                    v == null || v.ratio() == null ? "" : v.ratio(), v == null || v.minRatio() == null ? "" : v.minRatio(),
                    v == null ? "" : v.outcome().name(), n.outcome() == null ? "" : n.outcome().name());
            for (int c = 0; c < row.size(); c++) {
                cell(sheet, r, c, row.get(c));
            }
            r++;
        }
        sheet.freezePane(0, 1);
        sheet.width(1, 30);
        sheet.width(3, 30);
        sheet.width(4, 40);
        sheet.width(6, 60);
    }

    private static void dossierSheet(Worksheet sheet, ProposalDossier d) {
        header(sheet, DOSSIER_HEADER);
        int r = 1;
        for (ProposalDossier.DossierReference part : d.dossier()) {
            List<Object> row = List.of(r, KINDS.get(part.kind()), part.title(), part.url(), text(part.checksum()),
                    part.nomineePosition() == null ? "" : part.nomineePosition());
            for (int c = 0; c < row.size(); c++) {
                cell(sheet, r, c, row.get(c));
            }
            r++;
        }
        sheet.freezePane(0, 1);
        sheet.width(1, 28);
        sheet.width(2, 40);
        sheet.width(3, 60);
    }

    private static void header(Worksheet sheet, List<String> header) {
        for (int c = 0; c < header.size(); c++) {
            Tables.value(sheet, 0, c, header.get(c));
            sheet.style(0, c).bold().fillColor("DDEBF7").set();
        }
    }

    /** A cell of the sheet; an empty text is left out, no cell rather than an empty one. */
    private static void cell(Worksheet sheet, int r, int c, Object value) {
        if (!"".equals(value)) {
            Tables.value(sheet, r, c, value);
        }
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
