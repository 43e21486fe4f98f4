package vn.thidua.council;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Normalizer;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateInstance;

import vn.thidua.common.text.Text;

/**
 * The minutes (biên bản) of a council session as the Vietnamese document a secretary would type: the layout lives in
 * the template {@code templates/MinutesText/minutes.txt}; this class only says what each place holds, written the
 * Vietnamese way (times in Vietnam, "08 giờ 30 phút", percentages with a decimal comma: "83,33%", names of the
 * agency in capitals in the header) and lays out the results tables, whose columns take the width of their longest
 * cell. The text is NFC-normalised, so that a name typed in decomposed form reads and searches like any other.
 */
@ApplicationScoped
public class MinutesText {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    /** What stands where a time or a name is not known yet: the dotted blank of a form to fill by hand. */
    static final String BLANK = "……";
    public static final List<String> RESULT_COLUMNS = List.of("STT", "Họ và tên / Tập thể", "Đơn vị",
            "Số phiếu đồng ý / cơ sở tính", "Tỷ lệ", "Kết quả");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance minutes(Document doc);
    }

    /**
     * The document's text, UTF-8 when written out, printable ({@link Text#printable}) whatever the stored names and
     * notes hold: the same text is read aloud, pasted into Word and printed.
     */
    public String render(Minutes minutes) {
        String text = Text.printable(Templates.minutes(document(minutes)).render());
        String trimmed = text.lines().map(String::stripTrailing).collect(Collectors.joining("\n", "", "\n"));
        return Normalizer.normalize(trimmed, Normalizer.Form.NFC);
    }

    // --- what the template reads ------------------------------------------------------------------------------------

    /** A time as the document words it; {@link #BLANK} for each part not known. */
    public record When(String hour, String minute, String day, String month, String year, boolean known) {
    }

    /** A member as the document names them: role words are the template's. */
    public record Person(String name, String position, CouncilRole role, String absenceReason) {
    }

    /**
     * One title's part of the agenda and its results: {@code rows} the cells of its results (columns as
     * {@link #RESULT_COLUMNS}), {@code table} the same laid out as plain text, {@code counts} the ballot count of each
     * item voted on, once voting has closed.
     */
    public record TitleSection(int number, String awardName, int items, String threshold, boolean voted,
            Boolean quorumMet, String quorumShare, List<String> table, List<Recusal> recusals,
            List<List<String>> rows, List<Count> counts) {
    }

    public record Recusal(int position, String subjectName, String members) {
    }

    /** The ballots of the item at {@code position} of its title's table (see {@link BallotCount}). */
    public record Count(int position, String subjectName, BallotCount ballots) {
    }

    public record QuotaView(String awardName, String ratio, String of, long base, long cap, int within,
            String over, String tied, String settlement) {
    }

    /** A title's count in the generated conclusion. */
    public record TitleCount(String awardName, long passed, int items, long over) {
    }

    /**
     * The words that differ between a council's session and a cluster's meeting (hội nghị cụm, khối thi đua), whose
     * members are the member agencies' delegates and whose seats (one flag, two Bằng khen) stand for the quotas.
     */
    public record Words(String body, String member, String chairTitle, String viceChairTitle, String secretaryTitle,
            String secretarySignature, String chairSignature, String considers, String quotas, String within, String over, String tied,
            String meeting) {

        static final Words COUNCIL = new Words("Hội đồng", "thành viên", "Chủ tịch Hội đồng", "Phó Chủ tịch Hội đồng",
                "Thư ký Hội đồng", "THƯ KÝ", "CHỦ TỊCH", "Hội đồng xem xét, biểu quyết đề nghị danh hiệu thi đua, hình thức khen "
                        + "thưởng", "Chỉ tiêu khen thưởng", "trong chỉ tiêu", "vượt chỉ tiêu",
                "bằng tỷ lệ phiếu tại ngưỡng chỉ tiêu", "Cuộc họp");
        static final Words CLUSTER_MEETING = new Words("Hội nghị", "đại biểu", "chủ trì Hội nghị",
                "Phó chủ trì Hội nghị", "Thư ký Hội nghị", "THƯ KÝ", "CHỦ TRÌ HỘI NGHỊ", "Hội nghị bình xét, suy tôn bằng bỏ "
                        + "phiếu kín đơn vị dẫn đầu đề nghị tặng Cờ thi đua và các đơn vị đề nghị tặng Bằng khen",
                "Số lượng được suy tôn", "được suy tôn", "ngoài số lượng được suy tôn", "bằng số phiếu tại vị trí cuối",
                "Hội nghị");
    }

    /** {@code heading}: the line under BIÊN BẢN naming the meeting. */
    public record Document(boolean draft, Words words, String heading, boolean party, String parentAgency,
            String agency,
            String agencyName, String sessionName, When meeting, String place, Person chair, Person secretary, int memberCount, int presentCount,
            List<Person> present, List<Person> absent, List<Person> unrecorded, int year, String planNumber,
            String planTitle, String opening, String opinions, List<TitleSection> titles, List<QuotaView> quotas,
            String conclusion, List<TitleCount> tallies, When ended, boolean endedSameDay) {
    }

    // --- what each place holds -------------------------------------------------------------------------------------

    /** What the document says, for layouts other than this plain text (the PDF of {@code vn.thidua.document}). */
    public static Document document(Minutes m) {
        List<Minutes.Attendee> members = m.members() == null ? List.of() : m.members();
        Person chair = members.stream().filter(a -> a.role() == CouncilRole.CHAIR).findFirst().map(MinutesText::person)
                .orElse(new Person(BLANK, null, CouncilRole.CHAIR, null));
        Person secretary = members.stream().filter(a -> a.role() == CouncilRole.SECRETARY).findFirst()
                .map(MinutesText::person).orElse(new Person(BLANK, null, CouncilRole.SECRETARY, null));
        List<Person> present = attending(members, "PRESENT");
        List<Person> absent = attending(members, "ABSENT");
        List<Person> unrecorded = attending(members, "UNRECORDED");

        Words words = m.clusterMeeting() ? Words.CLUSTER_MEETING : Words.COUNCIL;
        Map<String, List<Minutes.Item>> byTitle = new LinkedHashMap<>();
        List<Minutes.Item> items = m.items() == null ? List.of() : m.items();
        items.forEach(item -> byTitle.computeIfAbsent(item.awardCode(), code -> new ArrayList<>()).add(item));
        List<TitleSection> titles = new ArrayList<>();
        List<TitleCount> tallies = new ArrayList<>();
        for (List<Minutes.Item> group : byTitle.values()) {
            titles.add(section(titles.size() + 1, group, words));
            tallies.add(new TitleCount(name(group.get(0)), group.stream().filter(i -> "PASSED".equals(i.outcome())).count(),
                    group.size(), group.stream().filter(i -> "OVER".equals(i.quotaStanding())).count()));
        }
        List<QuotaView> quotas = (m.quotas() == null ? List.<Minutes.QuotaLine>of() : m.quotas()).stream()
                .map(q -> new QuotaView(q.awardName() == null ? q.awardCode() : q.awardName(), percent(q.ratio()),
                        q.of(), q.base(), q.cap(), q.within(), names(q.over()), names(q.tied()),
                        Text.blankToNull(q.settlement())))
                .toList();
        Minutes.Notes notes = m.notes() == null ? new Minutes.Notes(null, null, null, null) : m.notes();
        When meeting = when(m.meetingAt());
        When ended = when(notes.endedAt());
        boolean sameDay = meeting.known() && ended.known() && meeting.day().equals(ended.day())
                && meeting.month().equals(ended.month()) && meeting.year().equals(ended.year());
        String sessionName = Text.blankToNull(m.sessionName());
        String heading = m.clusterMeeting() && sessionName != null ? sessionName
                : "Họp Hội đồng Thi đua - Khen thưởng " + orBlank(m.agencyName())
                        + (sessionName == null ? "" : " (" + sessionName + ")");
        String printed = Text.blankToNull(m.letterheadName()) != null ? m.letterheadName() : m.agencyName();
        return new Document(!m.isFinal(), words, heading, m.party(), upper(Text.blankToNull(m.parentAgencyName())),
                upper(orBlank(printed)), orBlank(m.agencyName()), sessionName, meeting, orBlank(m.place()), chair, secretary, m.memberCount(), m.presentCount(),
                present, absent, unrecorded, m.year(), m.planNumber(), Text.blankToNull(m.planTitle()),
                Text.blankToNull(notes.opening()), Text.blankToNull(notes.opinions()), titles, quotas,
                Text.blankToNull(notes.conclusion()), tallies, ended, sameDay);
    }

    private static TitleSection section(int number, List<Minutes.Item> group, Words words) {
        Minutes.Item ruled = group.stream().filter(i -> i.minRatio() != null).findFirst().orElse(null);
        String threshold = ruled == null ? null
                : ("GT".equals(ruled.comparison()) ? "> " : "≥ ") + percent(ruled.minRatio()) + " "
                        + ("PRESENT".equals(ruled.baseKind()) ? "số " + words.member() + " có mặt"
                                : "tổng số " + words.member() + " " + words.body());
        boolean voted = group.stream().anyMatch(i -> !"NONE".equals(i.votingMode()));
        Boolean quorum = group.stream().map(Minutes.Item::quorumMet).filter(Objects::nonNull).findFirst()
                .orElse(null);
        String quorumShare = group.stream().map(Minutes.Item::quorum).filter(Objects::nonNull).findFirst()
                .map(MinutesText::share).orElse("hai phần ba");
        List<List<String>> rows = new ArrayList<>();
        List<Recusal> recusals = new ArrayList<>();
        List<Count> counts = new ArrayList<>();
        int index = 0;
        for (Minutes.Item item : group) {
            index++;
            if (item.ballots() != null) {
                counts.add(new Count(index, orBlank(item.subjectName()), item.ballots()));
            }
            rows.add(List.of(String.valueOf(index), orBlank(item.subjectName()), orBlank(item.unitName()),
                    item.base() == null || item.tally() == null ? "—" : item.tally().approve() + "/" + item.base(),
                    item.ratio() == null ? "—" : percent(item.ratio()), result(item, words)));
            if (item.recused() != null && !item.recused().isEmpty()) {
                recusals.add(new Recusal(index, orBlank(item.subjectName()), names(item.recused())));
            }
        }
        return new TitleSection(number, name(group.get(0)), group.size(), threshold, voted, quorum, quorumShare,
                table(RESULT_COLUMNS, rows), recusals, List.copyOf(rows), List.copyOf(counts));
    }

    /** The result cell: passed or not, and why not, or where it stands against the title's quota. */
    static String result(Minutes.Item item, Words words) {
        if (item.outcome() == null) {
            return "Chưa biểu quyết";
        }
        if ("PASSED".equals(item.outcome())) {
            String standing = item.quotaStanding() == null ? "" : switch (item.quotaStanding()) {
                case "WITHIN" -> " (" + words.within() + ")";
                case "OVER" -> " (" + words.over() + ")";
                case "TIED" -> " (" + words.tied() + ")";
                default -> "";
            };
            return ("NONE".equals(item.votingMode()) ? "Đạt (" + words.body() + " nhất trí)" : "Đạt") + standing;
        }
        String reason = item.reason() == null ? "" : switch (item.reason()) {
            case "NO_QUORUM" -> " (không đủ số " + words.member() + " dự họp)";
            case "NO_ELIGIBLE_VOTERS" -> " (không có " + words.member() + " được biểu quyết)";
            default -> "";
        };
        return "Không đạt" + reason;
    }

    /**
     * A plain-text table: a header, a rule, and the rows, each column as wide as its widest cell (counted in
     * characters of NFC text, as a Vietnamese letter with its marks is one).
     */
    static List<String> table(List<String> headers, List<List<String>> rows) {
        int[] widths = new int[headers.size()];
        List<List<String>> all = new ArrayList<>();
        all.add(headers);
        all.addAll(rows);
        for (List<String> row : all) {
            for (int c = 0; c < widths.length; c++) {
                widths[c] = Math.max(widths[c], length(row.get(c)));
            }
        }
        List<String> lines = new ArrayList<>();
        lines.add(row(headers, widths));
        StringBuilder rule = new StringBuilder();
        for (int c = 0; c < widths.length; c++) {
            rule.append(c == 0 ? "" : "-+-").append("-".repeat(widths[c]));
        }
        lines.add(rule.toString());
        rows.forEach(r -> lines.add(row(r, widths)));
        return lines;
    }

    private static String row(List<String> cells, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int c = 0; c < widths.length; c++) {
            line.append(c == 0 ? "" : " | ").append(pad(cells.get(c), widths[c]));
        }
        return line.toString().stripTrailing();
    }

    private static Person person(Minutes.Attendee a) {
        return new Person(orBlank(a.fullName()), Text.blankToNull(a.position()), a.role(), Text.blankToNull(a.absenceReason()));
    }

    private static List<Person> attending(List<Minutes.Attendee> members, String attendance) {
        return members.stream().filter(a -> attendance.equals(a.attendance())).map(MinutesText::person).toList();
    }

    private static String names(List<String> names) {
        return names == null ? "" : String.join(", ", names);
    }

    private static String name(Minutes.Item item) {
        return item.awardName() == null ? item.awardCode() : item.awardName();
    }

    static When when(OffsetDateTime at) {
        if (at == null) {
            return new When(BLANK, BLANK, BLANK, BLANK, BLANK, false);
        }
        ZonedDateTime local = at.atZoneSameInstant(VIETNAM);
        return new When(two(local.getHour()), two(local.getMinute()), two(local.getDayOfMonth()),
                two(local.getMonthValue()), String.valueOf(local.getYear()), true);
    }

    private static String two(int value) {
        return value < 10 ? "0" + value : String.valueOf(value);
    }

    /** A share as Vietnamese writes it: 0.9 → "90%", 0.8333 → "83,33%", at most two decimals. */
    /** A quorum as the law words it: two thirds (the seeded 0.6666666666666666), otherwise a percentage. */
    static String share(BigDecimal quorum) {
        return quorum.subtract(new BigDecimal(2).divide(new BigDecimal(3), 12, RoundingMode.HALF_UP)).abs()
                .compareTo(new BigDecimal("1E-9")) < 0 ? "hai phần ba" : percent(quorum);
    }

    static String percent(BigDecimal ratio) {
        if (ratio == null) {
            return "—";
        }
        BigDecimal percent = ratio.multiply(BigDecimal.valueOf(100)).setScale(2, RoundingMode.HALF_UP)
                .stripTrailingZeros();
        return (percent.scale() < 0 ? percent.setScale(0) : percent).toPlainString().replace('.', ',') + "%";
    }

    private static String upper(String text) {
        return text == null ? null : text.toUpperCase(VIETNAMESE);
    }

    private static String orBlank(String text) {
        return text == null || text.isBlank() ? BLANK : text;
    }


    private static int length(String text) {
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        return nfc.codePointCount(0, nfc.length());
    }

    // --- the template's layout helpers ------------------------------------------------------------------------------

    /** {@code text} centred in {@code width} characters (as is when longer). */
    @TemplateExtension
    static String center(String text, int width) {
        int room = width - length(text);
        if (room <= 0) {
            return text;
        }
        int before = room / 2;
        return " ".repeat(before) + text + " ".repeat(room - before);
    }

    /** {@code text} followed by spaces up to {@code width} characters. */
    @TemplateExtension
    static String pad(String text, int width) {
        int room = width - length(text);
        return room <= 0 ? text : text + " ".repeat(room);
    }
}
