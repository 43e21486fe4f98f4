package vn.thidua.history;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import vn.thidua.catalog.AwardTypeService;
import vn.thidua.common.error.ApiException;
import vn.thidua.common.error.ApiException.FieldViolation;
import vn.thidua.common.text.Text;
import vn.thidua.history.HistoryRequests.CreateAward;
import vn.thidua.history.HistoryRequests.UpdateAward;
import vn.thidua.history.HistoryResponses.Award;
import vn.thidua.org.SubjectKind;

/**
 * Award history: the titles and forms a subject holds, by year. A subject holds an award for a year once among the
 * standing (not revoked) ones, so that an import of past years updates what is there; what a decision wrote is
 * kept by the decisions feature, and the API only revokes it.
 */
@Singleton
public class AwardRecords extends RecordKind<AwardRecord, CreateAward, UpdateAward, Award> {

    @Inject
    AwardTypeService catalog;
    @Inject
    HistoryRepository repository;

    AwardRecords() {
        super("award-record", AwardRecord.class);
    }

    @Override
    AwardRecord build(CreateAward request, Refs refs) {
        AwardRecord award = new AwardRecord();
        award.about(refs.subject(request));
        award.source = AwardSource.IMPORTED;
        edit(award, new UpdateAward(request.year(), request.awardCode(), request.decisionNumber(),
                request.decisionDate(), request.authority(), request.note()), refs);
        return award;
    }

    /** An award a signed decision conferred, on a subject in the unit the decision names. */
    AwardRecord conferredIn(SubjectKind kind, UUID subjectId, UUID unitId, int year, String awardCode,
            String decisionNumber, LocalDate decisionDate, String authority) {
        AwardRecord award = new AwardRecord();
        award.subjectKind = kind;
        award.personId = kind == SubjectKind.PERSON ? subjectId : null;
        award.unitId = unitId;
        award.source = AwardSource.DECISION;
        award.year = year;
        award.awardCode = awardCode.strip().toUpperCase(Locale.ROOT);
        award.decisionNumber = decisionNumber.strip();
        award.decisionDate = decisionDate;
        award.authority = Text.blankToNull(authority);
        return award;
    }

    @Override
    void edit(AwardRecord award, UpdateAward request, Refs refs) {
        award.year = request.year();
        award.awardCode = request.awardCode().strip().toUpperCase(Locale.ROOT);
        award.decisionNumber = request.decisionNumber().strip();
        award.decisionDate = request.decisionDate();
        award.authority = Text.blankToNull(request.authority());
        award.note = Text.blankToNull(request.note());
    }

    @Override
    Award view(AwardRecord award) {
        return Award.from(award);
    }

    @Override
    List<Object> content(AwardRecord a) {
        return Arrays.asList(a.subjectKind, a.subjectId(), a.year, a.awardCode, a.decisionNumber, a.decisionDate,
                a.authority, a.source, a.revokedOn, a.note);
    }

    @Override
    List<FieldViolation> check(AwardRecord award) {
        return violations(catalog.checkAward("awardCode", award.awardCode, award.subjectKind == SubjectKind.PERSON)
                .orElse(null));
    }

    @Override
    void requireEditable(AwardRecord award) {
        award.requireEditable();
    }

    /** Revoked awards are history, not holdings: any number of them may share a year and code. */
    @Override
    Optional<List<Object>> key(AwardRecord a) {
        return a.revoked() ? Optional.empty() : Optional.of(List.of(a.subjectKind, a.subjectId(), a.year, a.awardCode));
    }

    @Override
    String keyTakenKey() {
        return "detail.award-record-exists";
    }

    @Override
    boolean upserts() {
        return true;
    }

    @Override
    void takeContent(AwardRecord target, AwardRecord source) {
        target.decisionNumber = source.decisionNumber;
        target.decisionDate = source.decisionDate;
        target.authority = source.authority;
        target.note = source.note;
    }

    @Override
    List<AwardRecord> sharingKeys(HistoryRepository repository, Collection<AwardRecord> records) {
        return repository.ofSubjects(type, records.stream().map(SubjectRecord::subjectId).distinct().toList(),
                records.stream().map(r -> r.year).distinct().toList());
    }

    @Override
    Map<String, String> sorts() {
        return Map.of("year", "year", "awardCode", "awardCode", "createdAt", "createdAt");
    }
}
