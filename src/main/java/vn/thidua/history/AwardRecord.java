package vn.thidua.history;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import vn.thidua.common.error.ApiException;

/**
 * A title or form conferred on a subject for a year (khen thưởng đã nhận). Only IMPORTED records are edited through
 * the API; a revoked one stays in history with its revocation.
 */
@Entity
@Table(name = "award_record")
public class AwardRecord extends SubjectRecord {

    @Column(nullable = false)
    public int year;
    @Column(name = "award_code", nullable = false)
    public String awardCode;
    @Column(name = "decision_number", nullable = false)
    public String decisionNumber;
    @Column(name = "decision_date")
    public LocalDate decisionDate;
    public String authority;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AwardSource source;
    @Column(name = "revoked_on")
    public LocalDate revokedOn;
    @Column(name = "revocation_number")
    public String revocationNumber;
    @Column(name = "revocation_reason")
    public String revocationReason;

    boolean revoked() {
        return revokedOn != null;
    }

    /** Only what was imported is kept through the API, and a revoked award is kept as it was revoked. */
    void requireEditable() {
        if (source != AwardSource.IMPORTED) {
            throw ApiException.conflict("detail.award-record-from-decision");
        }
        if (revoked()) {
            throw ApiException.conflict("detail.award-record-revoked", revokedOn);
        }
    }

    void revoke(LocalDate on, String number, String reason, String by) {
        if (revoked()) {
            throw ApiException.conflict("detail.award-record-revoked", revokedOn);
        }
        revokedOn = on;
        revocationNumber = number;
        revocationReason = reason;
        touched(by);
    }
}
