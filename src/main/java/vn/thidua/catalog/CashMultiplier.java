package vn.thidua.catalog;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * How many times a person's amount a recipient gets for a kind of award, from a day on: 2 for a collective's form,
 * 1.5 for a household's; 1 for titles, whose coefficients are already their own subject's. Seeded data.
 */
@Entity
@Table(name = "cash_multiplier")
public class CashMultiplier {

    @Id
    public UUID id;
    @Column(nullable = false)
    @Enumerated(EnumType.STRING)
    public Recipient recipient;
    @Column(name = "award_category", nullable = false)
    @Enumerated(EnumType.STRING)
    public AwardType.Category awardCategory;
    @Column(name = "effective_from", nullable = false)
    public LocalDate effectiveFrom;
    @Column(nullable = false, precision = 6, scale = 2)
    public BigDecimal multiplier;
    @Column(name = "legal_basis", nullable = false)
    public String legalBasis;
    @Column(name = "needs_verification", nullable = false)
    public boolean needsVerification;
}
