package vn.thidua.pledge;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import vn.thidua.catalog.AwardTypeService;
import vn.thidua.common.api.Tables;
import vn.thidua.common.error.ApiException;
import vn.thidua.org.OrgDirectory;
import vn.thidua.org.SubjectKind;
import vn.thidua.plan.PlanResponses;
import vn.thidua.plan.PlanService;

/**
 * A unit's registration list (danh sách đăng ký thi đua) in the layout agencies file and print: STT, họ và tên (or
 * the collective's name), chức vụ, đơn vị, danh hiệu đăng ký; people first in staff-list order, then collectives.
 * CSV is UTF-8 with a byte-order mark and CRLF, which Excel opens with the Vietnamese intact; XLSX is written as a
 * stream.
 */
@ApplicationScoped
public class PledgeExport {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final List<String> HEADER = List.of("STT", "Họ và tên", "Chức vụ", "Đơn vị", "Danh hiệu đăng ký");

    @Inject
    PledgeRepository pledges;
    @Inject
    PledgeAccess access;
    @Inject
    PlanService plans;
    @Inject
    OrgDirectory directory;
    @Inject
    AwardTypeService catalog;

    /** The export's rows, in print order, without the STT column. */
    record Line(String name, String position, String unit, String titles) {
    }

    @Transactional
    public List<Line> lines(UUID planId, UUID unitId, boolean subtree, UUID phaseId) {
        PlanResponses.Full plan = plans.get(planId);
        if (access.ownOnly()) {
            throw ApiException.forbidden("detail.pledge-not-yours");
        }
        OrgDirectory.UnitRef unit = unitId == null
                ? directory.homeUnit().orElseThrow(() -> ApiException.notFound("kind.unit"))
                : directory.unit(unitId).orElseThrow(() -> ApiException.notFound("kind.unit"));
        List<Pledge> live = pledges.liveWithin(plan.id(), phaseId, unit.path()).stream()
                .filter(p -> subtree || p.unitId.equals(unit.id())).toList();
        Map<UUID, OrgDirectory.PersonRef> people = directory.peopleByIds(live.stream().filter(p -> p.personId != null)
                .map(p -> p.personId).collect(Collectors.toSet()));
        Map<String, String> titleNames = catalog.titleNames();
        List<Line> persons = new ArrayList<>();
        List<Line> collectives = new ArrayList<>();
        for (Pledge pledge : live) {
            String titles = pledge.titles.stream().map(t -> titleNames.getOrDefault(t, t))
                    .collect(Collectors.joining("; "));
            if (pledge.subjectKind == SubjectKind.PERSON) {
                OrgDirectory.PersonRef person = people.get(pledge.personId);
                persons.add(new Line(pledge.subjectName, person == null ? "" : nullToEmpty(person.position()),
                        person == null ? "" : person.unitName(), titles));
            } else {
                collectives.add(new Line(pledge.subjectName, "", "", titles));
            }
        }
        persons.sort(Comparator.comparing(Line::name, OrgDirectory::compareNames));
        collectives.sort(Comparator.comparing(Line::name, vn.thidua.org.OrgDirectory::compareNames));
        persons.addAll(collectives);
        return persons;
    }

    byte[] csv(List<Line> lines) {
        List<List<?>> rows = new ArrayList<>();
        rows.add(HEADER);
        int number = 1;
        for (Line line : lines) {
            rows.add(Arrays.asList(number++, line.name(), line.position(), line.unit(), line.titles()));
        }
        return Tables.csv(rows);
    }

    byte[] xlsx(List<Line> lines) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "Thi đua", "1.0");
            Worksheet sheet = workbook.newWorksheet("Đăng ký thi đua");
            for (int c = 0; c < HEADER.size(); c++) {
                Tables.value(sheet, 0, c, HEADER.get(c));
                sheet.style(0, c).bold().fillColor("DDEBF7").set();
            }
            int row = 1;
            for (Line line : lines) {
                Tables.value(sheet, row, 0, row);
                Tables.value(sheet, row, 1, line.name());
                Tables.value(sheet, row, 2, line.position());
                Tables.value(sheet, row, 3, line.unit());
                Tables.value(sheet, row, 4, line.titles());
                row++;
            }
            sheet.width(0, 6);
            sheet.width(1, 30);
            sheet.width(2, 25);
            sheet.width(3, 35);
            sheet.width(4, 45);
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
