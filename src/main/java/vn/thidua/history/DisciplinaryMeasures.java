package vn.thidua.history;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.inject.Singleton;

import vn.thidua.common.error.ApiException.FieldViolation;
import vn.thidua.common.text.Text;
import vn.thidua.history.HistoryRequests.CreateMeasure;
import vn.thidua.history.HistoryRequests.UpdateMeasure;
import vn.thidua.history.HistoryResponses.Measure;

/** Disciplinary measures: a decision disciplines a subject once; a measure is read for the days it is served. */
@Singleton
public class DisciplinaryMeasures extends RecordKind<DisciplinaryRecord, CreateMeasure, UpdateMeasure, Measure> {

    DisciplinaryMeasures() {
        super("disciplinary-measure", DisciplinaryRecord.class);
    }

    @Override
    DisciplinaryRecord build(CreateMeasure request, Refs refs) {
        DisciplinaryRecord measure = new DisciplinaryRecord();
        measure.about(refs.subject(request));
        edit(measure, new UpdateMeasure(request.measure(), request.decidedOn(), request.servedUntil(),
                request.decisionNumber(), request.note()), refs);
        return measure;
    }

    @Override
    void edit(DisciplinaryRecord measure, UpdateMeasure request, Refs refs) {
        measure.measure = request.measure();
        measure.decidedOn = request.decidedOn();
        measure.servedUntil = request.servedUntil();
        measure.decisionNumber = request.decisionNumber().strip();
        measure.note = Text.blankToNull(request.note());
    }

    @Override
    Measure view(DisciplinaryRecord measure) {
        return Measure.from(measure);
    }

    @Override
    List<Object> content(DisciplinaryRecord m) {
        return Arrays.asList(m.subjectKind, m.subjectId(), m.measure, m.decidedOn, m.servedUntil, m.decisionNumber,
                m.note);
    }

    @Override
    List<FieldViolation> check(DisciplinaryRecord m) {
        return violations(m.servedUntil.isBefore(m.decidedOn) ? new FieldViolation("servedUntil", "BEFORE_START",
                "field.history-ends-before-start", "decidedOn") : null);
    }

    @Override
    Optional<List<Object>> key(DisciplinaryRecord m) {
        return Optional.of(List.of(m.subjectKind, m.subjectId(), Text.fold(m.decisionNumber)));
    }

    @Override
    String keyTakenKey() {
        return "detail.disciplinary-measure-duplicate";
    }

    @Override
    List<DisciplinaryRecord> sharingKeys(HistoryRepository repository, Collection<DisciplinaryRecord> records) {
        return repository.ofSubjects(type, records.stream().map(SubjectRecord::subjectId).distinct().toList());
    }

    @Override
    String yearCondition() {
        return "e.decidedOn <= :toDay and e.servedUntil >= :fromDay";
    }

    @Override
    Map<String, String> sorts() {
        return Map.of("decidedOn", "decidedOn", "servedUntil", "servedUntil", "createdAt", "createdAt");
    }

    @Override
    String defaultSort() {
        return "-decidedOn";
    }
}
