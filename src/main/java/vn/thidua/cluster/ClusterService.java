package vn.thidua.cluster;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import vn.thidua.audit.AuditTrail;
import vn.thidua.common.api.ETags;
import vn.thidua.common.api.Page;
import vn.thidua.common.api.Paging;
import vn.thidua.common.error.ApiException;
import vn.thidua.common.outbox.DomainEvent;
import vn.thidua.common.outbox.Outbox;
import vn.thidua.common.text.Text;
import vn.thidua.org.OrgDirectory;
import vn.thidua.org.UnitKind;

/**
 * The rules of clusters: who organises them (a province or ministry), who belongs in which years, and who heads them
 * each year. Every act is audited and announced in its transaction.
 */
@ApplicationScoped
public class ClusterService {

    public static final Map<String, String> SORTS = Map.of("name", "name", "createdAt", "createdAt", "kind", "kind");
    static final String KIND = "cluster";
    static final BigDecimal DEFAULT_OUTLIER_PCT = BigDecimal.TEN;

    @Inject
    ClusterRepository clusters;
    @Inject
    ClusterAccess access;
    @Inject
    OrgDirectory directory;
    @Inject
    AuditTrail audit;
    @Inject
    Outbox outbox;

    // --- the cluster --------------------------------------------------------------------------------------------

    @Transactional
    public ClusterResponses.Detail create(ClusterRequests.Create request) {
        OrgDirectory.UnitRef organiser = directory.unit(request.organiserUnitId())
                .orElseThrow(() -> ApiException.notFound("kind.unit"));
        UnitKind kind = directory.unitKindOutsideScope(organiser.id()).orElseThrow();
        if (kind != UnitKind.PROVINCE && kind != UnitKind.MINISTRY) {
            throw ApiException.invalid("organiserUnitId", "NOT_PROVINCE_OR_MINISTRY",
                    "field.cluster-organiser-kind", organiser.name());
        }
        EmulationCluster cluster = new EmulationCluster();
        cluster.id = UUID.randomUUID();
        cluster.organiserUnitId = organiser.id();
        access.requireOrganiserBoard(cluster);
        cluster.kind = request.kind();
        cluster.name = request.name().strip();
        cluster.description = Text.blankToNull(request.description());
        cluster.crossScoringMode = Objects.requireNonNullElse(request.crossScoringMode(),
                CrossScoringMode.EVERY_OTHER_MEMBER);
        cluster.finalScoreMethod = Objects.requireNonNullElse(request.finalScoreMethod(),
                FinalScoreMethod.MEAN_OF_CROSS_SCORES);
        cluster.outlierDeviationPct = Objects.requireNonNullElse(request.outlierDeviationPct(), DEFAULT_OUTLIER_PCT);
        cluster.createdBy = access.name();
        cluster.createdAt = EmulationCluster.now();
        cluster.touched(access.name());
        clusters.persistAndFlush(cluster);
        return changed(cluster, null, "cluster.created");
    }

    @Transactional
    public ClusterResponses.Detail update(UUID id, String ifMatch, ClusterRequests.Update request) {
        EmulationCluster cluster = access.require(id);
        ETags.requireMatch(ifMatch, cluster.version);
        access.requireOrganiserBoard(cluster);
        ClusterResponses.Detail before = view(cluster);
        if (request.kind() != null) {
            cluster.kind = request.kind();
        }
        if (request.name() != null) {
            cluster.name = request.name().strip();
        }
        if (request.description() != null) {
            cluster.description = Text.blankToNull(request.description());
        }
        if (request.crossScoringMode() != null) {
            cluster.crossScoringMode = request.crossScoringMode();
        }
        if (request.finalScoreMethod() != null) {
            cluster.finalScoreMethod = request.finalScoreMethod();
        }
        if (request.outlierDeviationPct() != null) {
            cluster.outlierDeviationPct = request.outlierDeviationPct();
        }
        cluster.touched(access.name());
        return changed(cluster, before, "cluster.updated");
    }

    @Transactional
    public ClusterResponses.Detail get(UUID id) {
        return view(access.require(id));
    }

    @Transactional
    public Page<ClusterResponses.Detail> list(ClusterRepository.Filter filter, Paging paging) {
        var found = clusters.search(access.scopePath(), access.homePath(), filter, paging.sort());
        long total = found.count();
        return Page.of(found.page(paging.page(), paging.size()).list(), paging, total).map(this::view);
    }

    // --- members ------------------------------------------------------------------------------------------------

    @Transactional
    public List<ClusterResponses.Member> members(UUID id, Integer year) {
        EmulationCluster cluster = access.require(id);
        return clusters.members(cluster.id).stream().filter(m -> year == null || m.memberIn(year))
                .map(ClusterResponses.Member::from).toList();
    }

    @Transactional
    public ClusterResponses.Member member(UUID id, UUID memberId) {
        EmulationCluster cluster = access.require(id);
        return clusters.member(cluster.id, memberId).map(ClusterResponses.Member::from)
                .orElseThrow(() -> ApiException.notFound("kind.cluster-member"));
    }

    @Transactional
    public ClusterResponses.Member addMember(UUID id, ClusterRequests.AddMember request) {
        EmulationCluster cluster = access.require(id);
        access.requireOrganiserBoard(cluster);
        requireYears("toYear", request.fromYear(), request.toYear());
        ClusterMember member = new ClusterMember();
        member.id = UUID.randomUUID();
        member.clusterId = cluster.id;
        if (request.unitId() != null) {
            OrgDirectory.UnitRef unit = directory.unit(request.unitId())
                    .orElseThrow(() -> ApiException.notFound("kind.unit"));
            if (clusters.unitOverlaps(cluster.id, unit.id(), request.fromYear(), request.toYear(), null)) {
                throw ApiException.conflict("detail.cluster-member-overlap", unit.name());
            }
            member.unitId = unit.id();
            member.name = request.name() != null ? request.name().strip() : unit.name();
            member.province = Text.blankToNull(request.province());
        } else {
            if (request.name() == null || request.province() == null) {
                throw ApiException.invalid(request.name() == null ? "name" : "province", "NOT_NULL",
                        "field.cluster-external-needs-name-and-province");
            }
            member.name = request.name().strip();
            member.province = request.province().strip();
        }
        member.fromYear = request.fromYear();
        member.toYear = request.toYear();
        member.createdBy = access.name();
        member.createdAt = EmulationCluster.now();
        member.updatedBy = member.createdBy;
        member.updatedAt = member.createdAt;
        clusters.add(member);
        clusters.flush();
        ClusterResponses.Member view = ClusterResponses.Member.from(member);
        record("cluster.member-added", "cluster-member", member.id, cluster, null, view);
        return view;
    }

    @Transactional
    public ClusterResponses.Member updateMember(UUID id, UUID memberId, String ifMatch,
            ClusterRequests.UpdateMember request) {
        EmulationCluster cluster = access.require(id);
        ClusterMember member = clusters.member(cluster.id, memberId)
                .orElseThrow(() -> ApiException.notFound("kind.cluster-member"));
        ETags.requireMatch(ifMatch, member.version);
        access.requireOrganiserBoard(cluster);
        ClusterResponses.Member before = ClusterResponses.Member.from(member);
        int from = request.fromYear() != null ? request.fromYear() : member.fromYear;
        Integer to = request.toYear() != null ? request.toYear() : member.toYear;
        requireYears(request.toYear() != null ? "toYear" : "fromYear", from, to);
        if (member.unitId != null && clusters.unitOverlaps(cluster.id, member.unitId, from, to, member.id)) {
            throw ApiException.conflict("detail.cluster-member-overlap", member.name);
        }
        if (request.name() != null) {
            member.name = request.name().strip();
        }
        if (request.province() != null) {
            member.province = request.province().strip();
        }
        member.fromYear = from;
        member.toYear = to;
        member.updatedBy = access.name();
        member.updatedAt = EmulationCluster.now();
        clusters.flush();
        ClusterResponses.Member after = ClusterResponses.Member.from(member);
        record("cluster.member-updated", "cluster-member", member.id, cluster, before, after);
        return after;
    }

    private static void requireYears(String field, int from, Integer to) {
        if (to != null && to < from) {
            throw ApiException.invalid(field, "BEFORE_FROM_YEAR", "field.cluster-years-order");
        }
    }

    // --- leadership ---------------------------------------------------------------------------------------------

    @Transactional
    public List<ClusterResponses.Leadership> leadership(UUID id) {
        EmulationCluster cluster = access.require(id);
        Map<UUID, String> names = clusters.members(cluster.id).stream()
                .collect(Collectors.toMap(m -> m.id, m -> m.name));
        return clusters.leadership(cluster.id).stream().map(l -> view(l, names)).toList();
    }

    @Transactional
    public ClusterResponses.Leadership leadership(UUID id, int year) {
        EmulationCluster cluster = access.require(id);
        return clusters.leadership(cluster.id, year).map(l -> view(cluster, l))
                .orElseThrow(() -> ApiException.notFound("kind.cluster-leadership"));
    }

    /**
     * Appoints the head and deputy of one year: a new row for a year without one (no If-Match), a change of that
     * year's row otherwise (If-Match). Other years' appointments are never touched.
     */
    @Transactional
    public ClusterResponses.Leadership appoint(UUID id, int year, String ifMatch, ClusterRequests.Appoint request) {
        EmulationCluster cluster = access.require(id);
        access.requireOrganiserBoard(cluster);
        ClusterLeadership existing = clusters.leadership(cluster.id, year).orElse(null);
        if (existing != null) {
            ETags.requireMatch(ifMatch, existing.version);
        }
        ClusterMember head = clusters.member(cluster.id, request.headMemberId()).filter(m -> m.memberIn(year))
                .orElseThrow(() -> ApiException.invalid("headMemberId", "NOT_A_MEMBER", "field.cluster-not-member",
                        year));
        if (request.deputyMemberId() != null) {
            if (request.deputyMemberId().equals(head.id)) {
                throw ApiException.invalid("deputyMemberId", "SAME_AS_HEAD", "field.cluster-deputy-is-head");
            }
            clusters.member(cluster.id, request.deputyMemberId()).filter(m -> m.memberIn(year))
                    .orElseThrow(() -> ApiException.invalid("deputyMemberId", "NOT_A_MEMBER",
                            "field.cluster-not-member", year));
        }
        ClusterResponses.Leadership before = existing == null ? null : view(cluster, existing);
        ClusterLeadership appointment = existing != null ? existing : new ClusterLeadership();
        if (existing == null) {
            appointment.id = UUID.randomUUID();
            appointment.clusterId = cluster.id;
            appointment.year = year;
        }
        appointment.headMemberId = head.id;
        appointment.deputyMemberId = request.deputyMemberId();
        appointment.basis = Text.blankToNull(request.basis());
        appointment.appointedBy = access.name();
        appointment.appointedAt = EmulationCluster.now();
        if (existing == null) {
            clusters.add(appointment);
        }
        clusters.flush();
        ClusterResponses.Leadership after = view(cluster, appointment);
        record("cluster.leadership-appointed", "cluster-leadership", appointment.id, cluster, before, after);
        return after;
    }

    // --- helpers ------------------------------------------------------------------------------------------------

    ClusterResponses.Leadership view(EmulationCluster cluster, ClusterLeadership l) {
        Map<UUID, String> names = new HashMap<>();
        clusters.member(cluster.id, l.headMemberId).ifPresent(m -> names.put(m.id, m.name));
        if (l.deputyMemberId != null) {
            clusters.member(cluster.id, l.deputyMemberId).ifPresent(m -> names.put(m.id, m.name));
        }
        return view(l, names);
    }

    /** An appointment with its members' names, from names read once for a whole history. */
    private static ClusterResponses.Leadership view(ClusterLeadership l, Map<UUID, String> names) {
        return new ClusterResponses.Leadership(l.id, l.clusterId, l.year, l.headMemberId, names.get(l.headMemberId),
                l.deputyMemberId, l.deputyMemberId == null ? null : names.get(l.deputyMemberId), l.basis,
                l.appointedBy, l.appointedAt, l.version);
    }

    ClusterResponses.Detail view(EmulationCluster cluster) {
        String organiser = directory.unitNamesOutsideScope(List.of(cluster.organiserUnitId))
                .get(cluster.organiserUnitId);
        return ClusterResponses.Detail.from(cluster, organiser, clusters.memberCount(cluster.id));
    }

    private ClusterResponses.Detail changed(EmulationCluster cluster, ClusterResponses.Detail before, String action) {
        clusters.flush();
        ClusterResponses.Detail after = view(cluster);
        record(action, KIND, cluster.id, cluster, before, after);
        return after;
    }

    /** Audited and announced under the organiser, whose subtree follows its clusters. */
    public void record(String action, String kind, UUID entityId, EmulationCluster cluster, Object before,
            Object after) {
        audit.record(action, kind, entityId.toString(), cluster.organiserUnitId, before, after);
        outbox.record(new DomainEvent(action, kind, entityId.toString(), cluster.organiserUnitId,
                after != null ? after : before));
    }
}
