package vn.thidua.history;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import jakarta.inject.Singleton;

import vn.thidua.common.error.ApiException.FieldViolation;
import vn.thidua.common.text.Text;
import vn.thidua.history.HistoryRequests.CreateProceeding;
import vn.thidua.history.HistoryRequests.UpdateProceeding;
import vn.thidua.history.HistoryResponses.Proceeding;

/** Disciplinary procedures, investigations and inspections: pending ones block every award while they are open. */
@Singleton
public class DisciplinaryProceedings
        extends RecordKind<DisciplinaryProceeding, CreateProceeding, UpdateProceeding, Proceeding> {

    DisciplinaryProceedings() {
        super("disciplinary-proceeding", DisciplinaryProceeding.class);
    }

    @Override
    DisciplinaryProceeding build(CreateProceeding request, Refs refs) {
        DisciplinaryProceeding proceeding = new DisciplinaryProceeding();
        proceeding.about(refs.subject(request));
        edit(proceeding, new UpdateProceeding(request.kind(), request.openedOn(), request.closedOn(),
                request.reference(), request.note()), refs);
        return proceeding;
    }

    @Override
    void edit(DisciplinaryProceeding proceeding, UpdateProceeding request, Refs refs) {
        proceeding.kind = request.kind();
        proceeding.openedOn = request.openedOn();
        proceeding.closedOn = request.closedOn();
        proceeding.reference = Text.blankToNull(request.reference());
        proceeding.note = Text.blankToNull(request.note());
    }

    @Override
    Proceeding view(DisciplinaryProceeding proceeding) {
        return Proceeding.from(proceeding);
    }

    @Override
    List<Object> content(DisciplinaryProceeding p) {
        return Arrays.asList(p.subjectKind, p.subjectId(), p.kind, p.openedOn, p.closedOn, p.reference, p.note);
    }

    @Override
    List<FieldViolation> check(DisciplinaryProceeding p) {
        return violations(p.closedOn != null && p.closedOn.isBefore(p.openedOn) ? new FieldViolation("closedOn",
                "BEFORE_START", "field.history-ends-before-start", "openedOn") : null);
    }

    /** Proceedings have no natural key: the same subject may be inspected twice from the same day. */
    @Override
    List<DisciplinaryProceeding> sharingKeys(HistoryRepository repository,
            Collection<DisciplinaryProceeding> records) {
        return List.of();
    }

    @Override
    String yearCondition() {
        return "e.openedOn <= :toDay and (e.closedOn is null or e.closedOn >= :fromDay)";
    }

    @Override
    Map<String, String> sorts() {
        return Map.of("openedOn", "openedOn", "closedOn", "closedOn", "createdAt", "createdAt");
    }

    @Override
    String defaultSort() {
        return "-openedOn";
    }
}
