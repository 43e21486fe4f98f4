package vn.thidua.history;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

/**
 * What every history record has: its id, the unit that scopes it (who may see and change it), a free note, and who
 * wrote it when, with the version that guards concurrent edits.
 */
@MappedSuperclass
public abstract class HistoryRecord {

    @Id
    public UUID id;
    @Column(name = "unit_id", nullable = false)
    public UUID unitId;
    public String note;
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

    void created(String by) {
        id = UUID.randomUUID();
        createdBy = by;
        createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        updatedBy = by;
        updatedAt = createdAt;
    }

    void touched(String by) {
        updatedBy = by;
        updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
    }
}
