package vn.thidua.catalog;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import vn.thidua.audit.AuditTrail;
import vn.thidua.common.Caller;
import vn.thidua.common.error.ApiException;
import vn.thidua.common.error.ProblemType;
import vn.thidua.common.outbox.DomainEvent;
import vn.thidua.common.outbox.Outbox;

/**
 * The base salary's history and the awards' coefficients: everyone reads them; an administrator adds a change from a
 * day on (the resource checks the role). Rows are never edited: a correction is a later row. One set for the whole
 * province, so no scope applies.
 */
@ApplicationScoped
public class CashSettingsService {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    static final String BASE_SALARY_ADDED = "catalog.base_salary_added";
    static final String COEFFICIENT_ADDED = "catalog.award_coefficient_added";

    @Inject
    CashSettingsRepository settings;
    @Inject
    AwardTypeRepository types;
    @Inject
    CashCalculator calculator;
    @Inject
    Caller caller;
    @Inject
    AuditTrail audit;
    @Inject
    Outbox outbox;

    /** The whole history, newest first; or, with {@code on}, the one entry in force that day (404 before the first). */
    @Transactional
    public List<CashSettingsResponses.BaseSalaryEntry> baseSalaries(LocalDate on) {
        Optional<BaseSalary> current = settings.baseSalaryOn(today());
        if (on != null) {
            BaseSalary inForce = settings.baseSalaryOn(on).orElseThrow(() -> new ApiException(ProblemType.NOT_FOUND,
                    "detail.base-salary-none-in-force", on));
            return List.of(entry(inForce, current));
        }
        return settings.baseSalaries().stream().map(s -> entry(s, current)).toList();
    }

    @Transactional
    public CashSettingsResponses.BaseSalaryEntry addBaseSalary(CashSettingsRequests.AddBaseSalary request) {
        if (settings.baseSalaryExists(request.effectiveFrom())) {
            throw ApiException.conflict("detail.base-salary-exists", request.effectiveFrom());
        }
        settings.baseSalaryOn(today()).ifPresent(current -> notBefore(request.effectiveFrom(), current.effectiveFrom));
        BaseSalary salary = BaseSalary.add(request.effectiveFrom(), request.amountVnd(), request.legalBasis().strip(),
                Boolean.TRUE.equals(request.needsVerification()), caller.name());
        settings.persist(salary);
        var added = entry(salary, settings.baseSalaryOn(today()));
        audit.record(BASE_SALARY_ADDED, "base-salary", salary.id.toString(), null, null, added);
        outbox.record(new DomainEvent(BASE_SALARY_ADDED, "base-salary", salary.id.toString(), null, added));
        return added;
    }

    /** Each award's coefficient in force on the day (default today), in catalogue order. */
    @Transactional
    public List<CashSettingsResponses.AwardCoefficientEntry> coefficients(LocalDate on) {
        return settings.coefficientsOn(on == null ? today() : on).stream()
                .map(CashSettingsResponses.AwardCoefficientEntry::from).toList();
    }

    @Transactional
    public CashSettingsResponses.AwardCoefficientEntry addCoefficient(
            CashSettingsRequests.AddAwardCoefficient request) {
        String code = request.awardCode().strip();
        if (types.findByIdOptional(code).isEmpty()) {
            throw ApiException.invalid("awardCode", "UNKNOWN_AWARD", "field.award-unknown", code);
        }
        if (settings.coefficientExists(code, request.effectiveFrom())) {
            throw ApiException.conflict("detail.award-coefficient-exists", code, request.effectiveFrom());
        }
        settings.coefficientOn(code, today()).ifPresent(current -> notBefore(request.effectiveFrom(),
                current.effectiveFrom));
        AwardCoefficient row = AwardCoefficient.add(code, request.effectiveFrom(), request.coefficient(),
                request.legalBasis().strip(), Boolean.TRUE.equals(request.needsVerification()), caller.name());
        settings.persist(row);
        var added = CashSettingsResponses.AwardCoefficientEntry.from(row);
        audit.record(COEFFICIENT_ADDED, "award-coefficient", row.id.toString(), null, null, added);
        outbox.record(new DomainEvent(COEFFICIENT_ADDED, "award-coefficient", row.id.toString(), null, added));
        return added;
    }

    public CashAward cashAward(String award, Recipient recipient, LocalDate on) {
        return calculator.amount("award", award, recipient, on == null ? today() : on);
    }

    /**
     * A change may start between the value in force today and any day after, so that a change entered late still
     * counts from its legal date; never before the start of today's value, which would rewrite the amounts of a
     * closed period.
     */
    private static void notBefore(LocalDate effectiveFrom, LocalDate currentFrom) {
        if (!effectiveFrom.isAfter(currentFrom)) {
            throw ApiException.invalid("effectiveFrom", "TOO_EARLY", "field.cash-setting-too-early", currentFrom);
        }
    }

    private static CashSettingsResponses.BaseSalaryEntry entry(BaseSalary salary, Optional<BaseSalary> current) {
        return CashSettingsResponses.BaseSalaryEntry.from(salary,
                current.map(c -> c.id.equals(salary.id)).orElse(false));
    }

    private static LocalDate today() {
        return LocalDate.now(VIETNAM);
    }
}
