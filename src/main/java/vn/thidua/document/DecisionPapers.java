package vn.thidua.document;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import vn.thidua.catalog.AwardType;
import vn.thidua.decision.DecisionCitation;
import vn.thidua.decision.DecisionKind;
import vn.thidua.decision.DecisionResponses;
import vn.thidua.decision.DecisionSheet;
import vn.thidua.decision.DecisionStatus;
import vn.thidua.decision.RevocationGround;
import vn.thidua.decision.VoteBasis;
import vn.thidua.org.SubjectKind;
import vn.thidua.plan.PlanParts;

/**
 * Words a decision: the articles of an award decision (what is conferred on how many people and collectives, the cash
 * and its fund, who carries it out) or of a revocation (what is annulled, why, what is paid back), with its letterhead,
 * bases, recipients, signature and list. Pure: the same sheet gives the same paper.
 */
final class DecisionPapers {

    private static final Locale VI = Locale.forLanguageTag("vi");
    private static final String SEE_LIST = " (có danh sách kèm theo).";
    private static final String EXECUTION = "Quyết định này có hiệu lực kể từ ngày ký. Thủ trưởng các đơn vị có liên "
            + "quan và các cá nhân, tập thể có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này.";

    private DecisionPapers() {
    }

    static DecisionPaper of(DecisionSheet sheet, Letterhead letterhead, String symbol, Map<String, AwardType> catalogue) {
        DecisionResponses.Decision d = sheet.decision();
        boolean draft = d.status() == DecisionStatus.DRAFT;
        boolean revocation = d.kind() == DecisionKind.REVOCATION;
        Signature signature = Signature.of(d.signerPosition(), d.signerName());
        String authority = signature.headTitle() + " " + d.authorityName();
        String numberLine = letterhead.numberLine(draft ? null : d.number(),
                (letterhead.party() ? "-QĐ/" : "/QĐ-") + symbol);
        String placeAndDate = letterhead.placeAndDate(draft ? null : d.decisionDate(), d.year());

        List<DecisionPaper.Article> articles = new ArrayList<>();
        long total;
        if (revocation) {
            total = sheet.lines().stream().mapToLong(l -> l.recovery() == null || l.recovery().owedVnd() == null
                    ? l.amountVnd() : l.recovery().owedVnd()).sum();
            articles.add(article(1, revoked(sheet, catalogue) + reason(d), List.of()));
            if (total > 0) {
                articles.add(article(2, "Các cá nhân, tập thể có tên tại Điều 1 nộp lại hiện vật khen thưởng và số "
                        + "tiền thưởng đã nhận, tổng số " + Paper.vnd(total) + " đồng.", List.of()));
            }
        } else {
            total = sheet.lines().stream().mapToLong(DecisionResponses.Awardee::amountVnd).sum();
            Map<String, List<DecisionResponses.Awardee>> byAward = new LinkedHashMap<>();
            sheet.lines().forEach(l -> byAward.computeIfAbsent(l.awardCode(), k -> new ArrayList<>()).add(l));
            List<String> conferrals = byAward.entrySet().stream()
                    .map(e -> conferral(catalogue.get(e.getKey()), e.getKey(), e.getValue(), d.year())).toList();
            if (conferrals.size() == 1) {
                articles.add(article(1, conferrals.get(0) + SEE_LIST, List.of()));
            } else {
                List<String> points = new ArrayList<>();
                for (int i = 0; i < conferrals.size(); i++) {
                    points.add((i + 1) + ". " + conferrals.get(i) + (i == conferrals.size() - 1 ? "." : ";"));
                }
                articles.add(article(1, "Khen thưởng các cá nhân, tập thể có tên trong danh sách kèm theo, cụ thể:",
                        points));
            }
            if (total > 0) {
                articles.add(article(2, "Tiền thưởng kèm theo danh hiệu, hình thức khen thưởng tại Điều 1 thực hiện "
                        + "theo quy định hiện hành, tổng số " + Paper.vnd(total) + " đồng"
                        + (d.fundingSource() == null ? "." : ", chi từ " + lowerFirst(d.fundingSource()) + "."),
                        List.of()));
            }
        }
        articles.add(article(articles.size() + 1, EXECUTION, List.of()));

        List<String> recipients = new ArrayList<>();
        if (d.recipients() == null || d.recipients().isEmpty()) {
            recipients.add("Như Điều " + articles.size() + ";");
            recipients.add("Lưu: VT.");
        } else {
            d.recipients().forEach(r -> recipients.add(r.strip()));
        }

        String madeBy = draft || d.number() == null ? "" : " số " + d.number() + " ngày " + Paper.shortDate(d.decisionDate());
        String listNote = "(Kèm theo Quyết định" + madeBy + " của " + authority + ")";
        List<DecisionPaper.Row> rows = new ArrayList<>(sheet.lines().size());
        int n = 0;
        for (DecisionResponses.Awardee l : sheet.lines()) {
            AwardType award = catalogue.get(l.awardCode());
            long amount = revocation && l.recovery() != null && l.recovery().owedVnd() != null
                    ? l.recovery().owedVnd() : l.amountVnd();
            rows.add(new DecisionPaper.Row(++n, l.subjectName(),
                    l.subjectKind() == SubjectKind.PERSON ? l.subjectPosition() : null, l.unitName(),
                    award == null ? l.awardCode() : award.nameVi, amount == 0 ? "" : Paper.vnd(amount),
                    overrideNote(l)));
        }
        String listTitle = revocation ? "DANH SÁCH CÁ NHÂN, TẬP THỂ BỊ THU HỒI DANH HIỆU, HÌNH THỨC KHEN THƯỞNG"
                : "DANH SÁCH CÁ NHÂN, TẬP THỂ ĐƯỢC KHEN THƯỞNG";
        String documentTitle = "Quyết định " + (draft || d.number() == null ? "(dự thảo)" : d.number()) + " "
                + lowerFirst(subject(d.title()));
        return new DecisionPaper(draft, letterhead, numberLine, placeAndDate, subject(d.title()),
                Letterhead.upper(authority), bases(d.legalBases()), articles, recipients, signature, listTitle,
                listNote, revocation, rows, Paper.vnd(total), documentTitle);
    }

    /** The line's note on the list when the signer conferred it without the council's vote, with the reason given. */
    static String overrideNote(DecisionResponses.Awardee line) {
        return line.vote() == null || line.vote().basis() != VoteBasis.OVERRIDE ? null
                : "Không qua biểu quyết của Hội đồng Thi đua – Khen thưởng; lý do: " + line.vote().overrideReason();
    }

    /** "Về việc ...": the decision's title as its subject line (trích yếu), whether or not it was typed with it. */
    static String subject(String title) {
        String t = title.strip();
        return t.regionMatches(true, 0, "Về việc", 0, 7) ? "Về việc" + t.substring(7) : "Về việc " + lowerFirst(t);
    }

    private static List<String> bases(List<PlanParts.LegalBasis> bases) {
        return bases == null ? List.of() : bases.stream().map(b -> Paper.basis(b, "Căn cứ")).toList();
    }

    /** "Công nhận danh hiệu “Lao động tiên tiến” năm 2022 cho 8 cá nhân và 2 tập thể". */
    private static String conferral(AwardType award, String code, List<DecisionResponses.Awardee> lines, int year) {
        String name = award == null ? code : award.nameVi;
        String whom = whom(lines);
        if (award != null && award.category == AwardType.Category.TITLE) {
            return "Công nhận danh hiệu “" + name + "” năm " + year + " cho " + whom;
        }
        return "Tặng " + name + " cho " + whom + " đã có thành tích trong thực hiện nhiệm vụ năm " + year;
    }

    private static String revoked(DecisionSheet sheet, Map<String, AwardType> catalogue) {
        List<String> names = sheet.lines().stream().map(l -> {
            AwardType award = catalogue.get(l.awardCode());
            return award == null ? l.awardCode() : award.nameVi;
        }).distinct().toList();
        DecisionResponses.Decision annulled = sheet.revokes();
        String source = annulled == null ? "" : " đã tặng tại " + DecisionCitation.of(annulled.number(),
                annulled.decisionDate(), annulled.signerPosition(), annulled.authorityName());
        return "Thu hồi " + String.join(", ", names) + source + " đối với " + whom(sheet.lines())
                + " có tên trong danh sách kèm theo.";
    }

    private static String reason(DecisionResponses.Decision d) {
        if (d.revocationGround() == null) {
            return "";
        }
        String ground = ground(d.revocationGround());
        return " Lý do: " + ground + (d.revocationReason() == null || d.revocationReason().isBlank() ? "."
                : " (" + d.revocationReason().strip() + ").");
    }

    /** The ground in the words of Luật Thi đua, khen thưởng 2022, chương VII. */
    static String ground(RevocationGround ground) {
        return switch (ground) {
            case FALSIFIED_ACHIEVEMENTS -> "gian dối trong việc kê khai thành tích";
            case FORGED_DOSSIER -> "làm giả hồ sơ, giấy tờ, cung cấp thông tin sai sự thật";
            case UNLAWFUL_PROCEDURE -> "việc thẩm định, xét duyệt, đề nghị khen thưởng sai quy định";
            case VIOLATION_ESTABLISHED -> "có kết luận của cơ quan có thẩm quyền về việc không đủ tiêu chuẩn trong "
                    + "thời gian lập thành tích";
        };
    }

    private static String whom(List<DecisionResponses.Awardee> lines) {
        long people = lines.stream().filter(l -> l.subjectKind() == SubjectKind.PERSON).count();
        long units = lines.size() - people;
        if (people > 0 && units > 0) {
            return people + " cá nhân và " + units + " tập thể";
        }
        return units > 0 ? units + " tập thể" : people + " cá nhân";
    }

    private static DecisionPaper.Article article(int number, String text, List<String> points) {
        return new DecisionPaper.Article("Điều " + number + ".", text, points);
    }

    private static String lowerFirst(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toLowerCase(VI) + text.substring(1);
    }
}
