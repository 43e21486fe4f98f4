package vn.thidua.decision.proposal;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A part of a proposal's dossier, kept elsewhere and referred to by URL; about one nominee, or the whole proposal. */
@Entity
@Table(name = "proposal_dossier_part")
public class DossierPart {

    @Id
    public UUID id;
    @Column(name = "proposal_id", nullable = false)
    public UUID proposalId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DossierPartKind kind;
    @Column(nullable = false)
    public String title;
    @Column(nullable = false)
    public String url;
    public String checksum;
    @Column(name = "nominee_id")
    public UUID nomineeId;
    @Column(name = "created_by")
    public String createdBy;
    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;
}
