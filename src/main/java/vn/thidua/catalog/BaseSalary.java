package vn.thidua.catalog;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** The base salary (mức lương cơ sở) from a day until the next change: what cash awards are multiples of. */
@Entity
@Table(name = "base_salary")
public class BaseSalary {

    @Id
    public UUID id;
    @Column(name = "effective_from", nullable = false, unique = true)
    public LocalDate effectiveFrom;
    @Column(name = "amount_vnd", nullable = false)
    public long amountVnd;
    @Column(name = "legal_basis", nullable = false)
    public String legalBasis;
    @Column(name = "needs_verification", nullable = false)
    public boolean needsVerification;
    @Column(name = "created_by")
    public String createdBy;
    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;
    @Version
    public long version;

    static BaseSalary add(LocalDate effectiveFrom, long amountVnd, String legalBasis, boolean needsVerification,
            String by) {
        BaseSalary salary = new BaseSalary();
        salary.id = UUID.randomUUID();
        salary.effectiveFrom = effectiveFrom;
        salary.amountVnd = amountVnd;
        salary.legalBasis = legalBasis;
        salary.needsVerification = needsVerification;
        salary.createdBy = by;
        salary.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        return salary;
    }
}
