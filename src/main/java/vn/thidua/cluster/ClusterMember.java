package vn.thidua.cluster;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A member agency of a cluster for a span of years: a unit of this installation, or an external agency (name and
 * province) whose people have no accounts here.
 */
@Entity
@Table(name = "cluster_member")
public class ClusterMember {

    @Id
    public UUID id;
    @Column(name = "cluster_id", nullable = false)
    public UUID clusterId;
    /** Null for an external agency. */
    @Column(name = "unit_id")
    public UUID unitId;
    @Column(nullable = false)
    public String name;
    public String province;
    @Column(name = "from_year", nullable = false)
    public int fromYear;
    @Column(name = "to_year")
    public Integer toYear;
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

    public boolean external() {
        return unitId == null;
    }

    public boolean memberIn(int year) {
        return fromYear <= year && (toYear == null || year <= toYear);
    }
}
