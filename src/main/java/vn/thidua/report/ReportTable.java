package vn.thidua.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import vn.thidua.catalog.AwardType;
import vn.thidua.common.api.Tables;
import vn.thidua.evaluation.EvaluationStatus;
import vn.thidua.pledge.PledgeStatus;
import vn.thidua.report.ReportResponses.UnitFigures;

/**
 * The summary report as the table agencies file: one row per unit and a total row, the columns headed in Vietnamese.
 * The same columns make the CSV (UTF-8 with a byte-order mark and CRLF, which Excel opens with the Vietnamese intact)
 * and the XLSX (sheet "Tổng hợp", bold frozen header; sheet "Ghi chú" with what each figure counts).
 */
@ApplicationScoped
public class ReportTable {

    public static final String XLSX = Tables.XLSX;
    static final String SUMMARY_SHEET = "Tổng hợp";
    static final String NOTES_SHEET = "Ghi chú";
    static final String TOTAL = "Tổng cộng";

    private static final Map<PledgeStatus, String> PLEDGE_STATUSES = Map.of(PledgeStatus.DRAFT, "Nháp",
            PledgeStatus.SUBMITTED, "Đã gửi", PledgeStatus.APPROVED, "Đã duyệt", PledgeStatus.RETURNED, "Trả lại",
            PledgeStatus.REJECTED, "Không duyệt", PledgeStatus.WITHDRAWN, "Đã rút");
    private static final Map<EvaluationStatus, String> EVALUATION_STATUSES = Map.of(EvaluationStatus.DRAFT, "Nháp",
            EvaluationStatus.SELF_ASSESSED, "Đã tự đánh giá", EvaluationStatus.UNIT_REVIEWED, "Đơn vị đã bình xét",
            EvaluationStatus.SUBMITTED_TO_COUNCIL, "Đã trình Hội đồng", EvaluationStatus.RETURNED, "Trả lại");
    private static final Map<AwardType.AwardedBy, String> LEVELS = Map.of(AwardType.AwardedBy.AGENCY, "cấp cơ quan",
            AwardType.AwardedBy.PROVINCE, "cấp bộ, ngành, tỉnh", AwardType.AwardedBy.NATIONAL, "cấp Nhà nước");
    private static final Map<Rates.CapStanding, String> STANDINGS = Map.of(Rates.CapStanding.WITHIN,
            "Trong giới hạn", Rates.CapStanding.OVER, "Vượt");

    /** A column: its header, and its cell of a unit's figures (a number, a text, or null for an empty cell). */
    record Column(String header, Function<UnitFigures, Object> cell) {
    }

    @Inject
    ReportService service;

    /** The columns after STT, Mã đơn vị and Đơn vị, for the catalogue of today. */
    List<Column> columns() {
        ReportService.Catalogue catalogue = service.catalogue();
        List<Column> columns = new ArrayList<>();
        columns.add(new Column("Số CB, VC, NLĐ", UnitFigures::headcount));
        for (PledgeStatus status : PledgeStatus.values()) {
            columns.add(new Column("Đăng ký: " + PLEDGE_STATUSES.get(status),
                    f -> f.pledges().byStatus().get(status.name())));
        }
        for (String code : catalogue.titles) {
            columns.add(new Column("Đăng ký: " + catalogue.name(code), f -> f.pledges().byTitle().get(code)));
        }
        for (EvaluationStatus status : EvaluationStatus.values()) {
            columns.add(new Column("Bình xét: " + EVALUATION_STATUSES.get(status),
                    f -> f.evaluations().byStatus().get(status.name())));
        }
        for (String code : catalogue.titles) {
            columns.add(new Column("Đề nghị: " + catalogue.name(code),
                    f -> f.evaluations().proposedTitles().get(code)));
        }
        for (String code : catalogue.forms) {
            columns.add(new Column("Đề nghị: " + catalogue.name(code),
                    f -> f.evaluations().proposedForms().get(code)));
        }
        for (String code : catalogue.titles) {
            columns.add(new Column("Danh hiệu: " + catalogue.name(code), f -> f.titles().byAward().get(code)));
        }
        columns.add(new Column("Danh hiệu bị hủy bỏ", f -> f.titles().revoked()));
        for (String code : catalogue.forms) {
            columns.add(new Column("Khen thưởng: " + catalogue.name(code),
                    f -> f.commendations().byForm().get(code)));
        }
        for (AwardType.AwardedBy level : AwardType.AwardedBy.values()) {
            columns.add(new Column("Khen thưởng " + LEVELS.get(level),
                    f -> f.commendations().byLevel().get(level.name())));
        }
        columns.add(new Column("Khen thưởng bị hủy bỏ", f -> f.commendations().revoked()));
        for (AwardType type : catalogue.all) {
            columns.add(new Column("Tiền thưởng: " + type.nameVi + " (đồng)",
                    f -> f.cash().byAward().get(type.code).amountVnd()));
        }
        columns.add(new Column("Tổng tiền thưởng (đồng)", f -> f.cash().totalVnd()));
        columns.add(new Column("Số suất bị hủy bỏ", f -> f.cash().revokedLines()));
        columns.add(new Column("Tiền phải thu hồi (đồng)", f -> f.cash().owedVnd()));
        columns.add(new Column("Tiền đã thu hồi (đồng)", f -> f.cash().recoveredVnd()));
        columns.add(new Column("Số LĐTT", f -> f.rates().advancedWorkers()));
        columns.add(new Column("Tỷ lệ LĐTT/CB, VC, NLĐ", f -> f.rates().advancedWorkerShare()));
        columns.add(new Column("Số CSTĐCS", f -> f.rates().grassrootsFighters()));
        columns.add(new Column("Tối đa CSTĐCS (chỉ tiêu của đơn vị)", f -> f.rates().grassrootsCap()));
        columns.add(new Column("CSTĐCS so với tối đa", f -> f.rates().grassrootsStanding() == null ? null
                : STANDINGS.get(f.rates().grassrootsStanding())));
        columns.add(new Column("Số tập thể", f -> f.rates().collectives()));
        columns.add(new Column("Số tập thể LĐXS", f -> f.rates().excellentCollectives()));
        columns.add(new Column("Tỷ lệ tập thể LĐXS", f -> f.rates().excellentCollectiveShare()));
        columns.add(new Column("Số tập thể LĐTT", f -> f.rates().advancedCollectives()));
        columns.add(new Column("Tỷ lệ tập thể LĐTT", f -> f.rates().advancedCollectiveShare()));
        return columns;
    }

    /** The table, header first: each unit with its number, then the total; cells are numbers, texts or null. */
    List<List<Object>> rows(ReportResponses.Summary summary) {
        List<Column> columns = columns();
        List<List<Object>> rows = new ArrayList<>();
        List<Object> header = new ArrayList<>(List.of("STT", "Mã đơn vị", "Đơn vị"));
        columns.forEach(c -> header.add(c.header()));
        rows.add(header);
        int number = 1;
        for (UnitFigures unit : summary.units()) {
            rows.add(row(number++, unit.unitCode(), unit.unitName(), unit, columns));
        }
        rows.add(row(null, summary.total().unitCode(), TOTAL, summary.total(), columns));
        return rows;
    }

    private static List<Object> row(Integer number, String code, String name, UnitFigures figures,
            List<Column> columns) {
        List<Object> row = new ArrayList<>();
        row.add(number);
        row.add(code);
        row.add(name);
        columns.forEach(c -> row.add(c.cell().apply(figures)));
        return row;
    }

    byte[] csv(List<List<Object>> rows) {
        return Tables.csv(rows);
    }

    byte[] xlsx(List<List<Object>> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "Thi đua", "1.0");
            Worksheet sheet = workbook.newWorksheet(SUMMARY_SHEET);
            Tables.cells(sheet, rows);
            int width = rows.get(0).size();
            for (int c = 0; c < rows.get(rows.size() - 1).size(); c++) {
                sheet.style(rows.size() - 1, c).bold().set();
            }
            sheet.freezePane(3, 1);
            sheet.width(0, 6);
            sheet.width(1, 14);
            sheet.width(2, 35);
            for (int c = 3; c < width; c++) {
                sheet.width(c, 16);
            }
            notes(workbook.newWorksheet(NOTES_SHEET));
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** What each group of columns counts: the definitions a reader of the sheet needs, in the report's terms. */
    static final List<List<String>> NOTES = List.of(
            List.of("Chỉ tiêu", "Cách tính"),
            List.of("Phạm vi", "Mỗi dòng là một đơn vị: cán bộ, viên chức, người lao động của chính đơn vị đó và đơn vị "
                    + "đó với tư cách tập thể. Chỉ liệt kê đơn vị có người hoặc có số liệu. Dòng Tổng cộng cộng tất cả "
                    + "đơn vị trong phạm vi báo cáo."),
            List.of("Số CB, VC, NLĐ", "Người đang làm việc (không tính người đã nghỉ) tại thời điểm lập báo cáo."),
            List.of("Đăng ký", "Bản đăng ký thi đua của kế hoạch (hoặc các kế hoạch của năm), theo trạng thái; theo "
                    + "danh hiệu chỉ tính bản đăng ký còn hiệu lực (không tính bản đã rút, không duyệt)."),
            List.of("Bình xét", "Bản bình xét của kế hoạch (hoặc các kế hoạch của năm), theo trạng thái; Đề nghị: số "
                    + "bản bình xét mà cuộc họp bình xét đề nghị danh hiệu, hình thức khen thưởng đó."),
            List.of("Danh hiệu, Khen thưởng", "Danh hiệu thi đua, hình thức khen thưởng của năm trong lịch sử khen "
                    + "thưởng (theo quyết định đã ký và theo hồ sơ nhập), còn hiệu lực; cấp khen thưởng theo thẩm "
                    + "quyền tặng trong danh mục. Bị hủy bỏ: đã bị quyết định sau hủy bỏ."),
            List.of("Tiền thưởng", "Tổng tiền thưởng (đồng) các suất còn hiệu lực của quyết định khen thưởng đã ký "
                    + "trong năm. Suất bị hủy bỏ không tính vào tổng; Tiền phải thu hồi, Tiền đã thu hồi là của các "
                    + "suất đó."),
            List.of("Tỷ lệ LĐTT", "Số danh hiệu Lao động tiên tiến còn hiệu lực của năm chia cho số CB, VC, NLĐ; "
                    + "4 chữ số thập phân, làm tròn nửa lên; để trống khi không có người."),
            List.of("Tối đa CSTĐCS", "Chỉ tiêu Chiến sĩ thi đua cơ sở mà đơn vị báo cáo đã thiết lập (tỷ lệ của số Lao "
                    + "động tiên tiến được công nhận hoặc của số CB, VC, NLĐ), chỉ ở dòng tổng; để trống khi không thiết "
                    + "lập chỉ tiêu (Luật 2022 không quy định tỷ lệ). Vượt khi số người đã được công nhận hoặc được Hội "
                    + "đồng thông qua lớn hơn số tối đa."),
            List.of("Tập thể", "Số đơn vị đang hoạt động trong phạm vi; tỷ lệ tập thể LĐXS, LĐTT là số tập thể được "
                    + "danh hiệu chia cho số tập thể."));

    private static void notes(Worksheet sheet) {
        for (int r = 0; r < NOTES.size(); r++) {
            sheet.value(r, 0, NOTES.get(r).get(0));
            sheet.value(r, 1, NOTES.get(r).get(1));
            sheet.style(r, 1).wrapText(true).set();
        }
        sheet.style(0, 0).bold().set();
        sheet.style(0, 1).bold().set();
        sheet.width(0, 25);
        sheet.width(1, 100);
    }
}
