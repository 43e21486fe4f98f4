package vn.thidua.catalog;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** The cash coefficient (hệ số tiền thưởng) of a title or form, from a day until the next row of the same award. */
@Entity
@Table(name = "award_coefficient")
public class AwardCoefficient {

    @Id
    public UUID id;
    @Column(name = "award_code", nullable = false)
    public String awardCode;
    @Column(name = "effective_from", nullable = false)
    public LocalDate effectiveFrom;
    @Column(nullable = false, precision = 6, scale = 2)
    public BigDecimal coefficient;
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

    static AwardCoefficient add(String awardCode, LocalDate effectiveFrom, BigDecimal coefficient, String legalBasis,
            boolean needsVerification, String by) {
        AwardCoefficient row = new AwardCoefficient();
        row.id = UUID.randomUUID();
        row.awardCode = awardCode;
        row.effectiveFrom = effectiveFrom;
        row.coefficient = coefficient;
        row.legalBasis = legalBasis;
        row.needsVerification = needsVerification;
        row.createdBy = by;
        row.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        return row;
    }
}
