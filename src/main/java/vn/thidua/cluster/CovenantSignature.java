package vn.thidua.cluster;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** A member's signature of a covenant: who signed for the agency, in what position, on which day. */
@Entity
@Table(name = "cluster_covenant_signature")
@IdClass(CovenantSignature.Key.class)
public class CovenantSignature {

    /** The composite key: one signature per member and covenant. */
    public static class Key implements Serializable {
        public UUID covenantId;
        public UUID memberId;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(covenantId, k.covenantId)
                    && Objects.equals(memberId, k.memberId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(covenantId, memberId);
        }
    }

    @Id
    @Column(name = "covenant_id")
    public UUID covenantId;
    @Id
    @Column(name = "member_id")
    public UUID memberId;
    @Column(name = "signer_name", nullable = false)
    public String signerName;
    @Column(name = "signer_position", nullable = false)
    public String signerPosition;
    @Column(name = "signed_on", nullable = false)
    public LocalDate signedOn;
    @Column(name = "recorded_by")
    public String recordedBy;
    @Column(name = "recorded_at", nullable = false)
    public OffsetDateTime recordedAt;
}
