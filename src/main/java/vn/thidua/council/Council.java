package vn.thidua.council;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * An agency's Emulation–Commendation Council, one per unit; or a cluster's meeting of one year (hội nghị cụm thi đua),
 * which votes with the same machinery and belongs to the unit whose board runs the cluster's year (the head agency's).
 * {@code establishedBy} cites its founding decision.
 */
@Entity
@Table(name = "council")
public class Council {

    @Id
    public UUID id;
    @Column(name = "unit_id", nullable = false)
    public UUID unitId;
    /** Set for a cluster's meeting: the cluster whose members' delegates sit on it, and the year it meets for. */
    @Column(name = "cluster_id")
    public UUID clusterId;
    @Column(name = "cluster_year")
    public Integer clusterYear;
    @Column(nullable = false)
    public String name;
    @Column(name = "established_by")
    public String establishedBy;
    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;
    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;
    @Version
    public long version;

    /** A new council of the agency, as its founding decision (quyết định thành lập) names it. */
    static Council establish(UUID unitId, String name, String establishedBy) {
        Council council = new Council();
        council.id = UUID.randomUUID();
        council.unitId = unitId;
        council.name = name;
        council.establishedBy = establishedBy;
        council.createdAt = now();
        council.updatedAt = council.createdAt;
        return council;
    }

    /** The meeting of a cluster for a year, managed by the board of the unit that runs the cluster's year. */
    static Council ofCluster(UUID clusterId, int year, UUID unitId, String name) {
        Council council = establish(unitId, name, null);
        council.clusterId = clusterId;
        council.clusterYear = year;
        return council;
    }

    /** A new name or founding decision, e.g. after the agency is renamed or the council re-established. */
    void amend(String newName, String newEstablishedBy) {
        name = newName;
        establishedBy = newEstablishedBy;
        updatedAt = now();
    }

    static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
