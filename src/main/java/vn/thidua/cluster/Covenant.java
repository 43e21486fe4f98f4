package vn.thidua.cluster;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import vn.thidua.common.error.ApiException;

/**
 * The covenant (giao ước thi đua) of a cluster's year: drafted by the head, opened for signing (its text fixed from
 * then on), and fixed when every member has signed or the head closes it.
 */
@Entity
@Table(name = "cluster_covenant")
public class Covenant {

    @Id
    public UUID id;
    @Column(name = "cluster_id", nullable = false)
    public UUID clusterId;
    @Column(nullable = false)
    public int year;
    @Column(nullable = false)
    public String title;
    @Column(nullable = false)
    public String content;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<String> targets = new ArrayList<>();
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CovenantStatus status = CovenantStatus.DRAFT;
    @Column(name = "fixed_by")
    public String fixedBy;
    @Column(name = "fixed_at")
    public OffsetDateTime fixedAt;
    @Column(name = "created_by")
    public String createdBy;
    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;
    @Column(name = "updated_by")
    public String updatedBy;
    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;
    @Version
    public long version;

    void redraft(String title, String content, List<String> targets, String by) {
        require(CovenantStatus.DRAFT, CovenantStatus.DRAFT);
        this.title = title;
        this.content = content;
        this.targets = new ArrayList<>(targets);
        touched(by);
    }

    void openForSigning(String by) {
        require(CovenantStatus.SIGNING, CovenantStatus.DRAFT);
        status = CovenantStatus.SIGNING;
        touched(by);
    }

    void requireSigning() {
        if (status != CovenantStatus.SIGNING) {
            throw ApiException.conflict("detail.cluster-covenant-not-signing", status);
        }
    }

    void fix(String by) {
        require(CovenantStatus.FIXED, CovenantStatus.SIGNING);
        status = CovenantStatus.FIXED;
        fixedBy = by;
        fixedAt = EmulationCluster.now();
        touched(by);
    }

    void touched(String by) {
        updatedBy = by;
        updatedAt = EmulationCluster.now();
    }

    private void require(CovenantStatus target, CovenantStatus from) {
        if (status != from) {
            throw ApiException.conflict("detail.cluster-covenant-transition", status, target, from);
        }
    }
}
