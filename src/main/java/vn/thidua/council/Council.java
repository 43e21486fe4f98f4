package vn.thidua.council;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** An agency's Emulation–Commendation Council; one per unit. {@code establishedBy} cites its founding decision. */
@Entity
@Table(name = "council")
public class Council {

    @Id
    public UUID id;
    @Column(name = "unit_id", nullable = false)
    public UUID unitId;
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
}
