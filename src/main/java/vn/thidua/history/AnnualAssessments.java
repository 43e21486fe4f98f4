package vn.thidua.history;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.inject.Singleton;

import vn.thidua.common.text.Text;
import vn.thidua.history.HistoryRequests.CreateAssessment;
import vn.thidua.history.HistoryRequests.UpdateAssessment;
import vn.thidua.history.HistoryResponses.Assessment;

/** Annual assessments: one per subject and year, so that an import of a year's ratings updates what is there. */
@Singleton
public class AnnualAssessments extends RecordKind<AnnualAssessment, CreateAssessment, UpdateAssessment, Assessment> {

    AnnualAssessments() {
        super("annual-assessment", AnnualAssessment.class);
    }

    @Override
    AnnualAssessment build(CreateAssessment request, Refs refs) {
        AnnualAssessment assessment = new AnnualAssessment();
        assessment.about(refs.subject(request));
        edit(assessment, new UpdateAssessment(request.year(), request.rating(), request.monthsEmployed(),
                request.note()), refs);
        return assessment;
    }

    @Override
    void edit(AnnualAssessment assessment, UpdateAssessment request, Refs refs) {
        assessment.year = request.year();
        assessment.rating = request.rating();
        assessment.monthsEmployed = request.monthsEmployed();
        assessment.note = Text.blankToNull(request.note());
    }

    @Override
    Assessment view(AnnualAssessment assessment) {
        return Assessment.from(assessment);
    }

    @Override
    List<Object> content(AnnualAssessment a) {
        return Arrays.asList(a.subjectKind, a.subjectId(), a.year, a.rating, a.monthsEmployed, a.note);
    }

    @Override
    Optional<List<Object>> key(AnnualAssessment a) {
        return Optional.of(List.of(a.subjectKind, a.subjectId(), a.year));
    }

    @Override
    String keyTakenKey() {
        return "detail.annual-assessment-exists";
    }

    @Override
    boolean upserts() {
        return true;
    }

    @Override
    void takeContent(AnnualAssessment target, AnnualAssessment source) {
        target.rating = source.rating;
        target.monthsEmployed = source.monthsEmployed;
        target.note = source.note;
    }

    @Override
    List<AnnualAssessment> sharingKeys(HistoryRepository repository, Collection<AnnualAssessment> records) {
        return repository.ofSubjects(type, records.stream().map(SubjectRecord::subjectId).distinct().toList(),
                records.stream().map(r -> r.year).distinct().toList());
    }

    @Override
    Map<String, String> sorts() {
        return Map.of("year", "year", "rating", "rating", "createdAt", "createdAt");
    }
}
