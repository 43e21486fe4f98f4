package vn.thidua.history;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import org.hibernate.annotations.BatchSize;

/**
 * A recognised initiative (sáng kiến) or accepted science project, with its authors; a collective's own has an owning
 * unit and may have no authors. {@code unitId} scopes it: the owning unit, or the nearest unit holding every author.
 */
@Entity
@Table(name = "initiative")
public class Initiative extends HistoryRecord {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public InitiativeKind kind;
    @Column(nullable = false)
    public String title;
    @ElementCollection(fetch = FetchType.LAZY)
    @BatchSize(size = 200)
    @CollectionTable(name = "initiative_author", joinColumns = @JoinColumn(name = "initiative_id"))
    @Column(name = "person_id", nullable = false)
    public Set<UUID> authorIds = new LinkedHashSet<>();
    @Column(name = "owner_unit_id")
    public UUID ownerUnitId;
    @Column(name = "recognised_by", nullable = false)
    public String recognisedBy;
    @Column(name = "decision_number", nullable = false)
    public String decisionNumber;
    @Column(name = "recognised_on", nullable = false)
    public LocalDate recognisedOn;
    /** The emulation year it counts for. */
    @Column(nullable = false)
    public int year;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public EffectLevel level;
}
