package vn.thidua.cluster;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import vn.thidua.common.api.ETags;
import vn.thidua.common.error.ApiException;

/**
 * The covenant (giao ước thi đua) of a cluster's year: the head's board drafts it and opens it for signing; each
 * member's signature is recorded by its own board (or by the head's for an external member); the covenant is fixed when
 * the last member of the year signs, or when the head closes it.
 */
@ApplicationScoped
public class CovenantService {

    static final String KIND = "cluster-covenant";

    @Inject
    ClusterRepository clusters;
    @Inject
    ClusterAccess access;
    @Inject
    ClusterService service;

    @Transactional
    public ClusterResponses.Covenant get(UUID id, int year) {
        EmulationCluster cluster = access.require(id);
        return view(cluster, require(cluster, year));
    }

    /** Drafts the year's covenant (no If-Match), or redrafts it while still a draft (If-Match). */
    @Transactional
    public Drafted draft(UUID id, int year, String ifMatch, ClusterRequests.Draft request) {
        EmulationCluster cluster = access.require(id);
        access.requireHeadBoard(cluster, year);
        Covenant existing = clusters.covenant(cluster.id, year).orElse(null);
        List<String> targets = request.targets() == null ? List.of()
                : request.targets().stream().map(String::strip).toList();
        if (existing != null) {
            ETags.requireMatch(ifMatch, existing.version);
            ClusterResponses.Covenant before = view(cluster, existing);
            existing.redraft(request.title().strip(), request.content().strip(), targets, access.name());
            return new Drafted(false, changed(cluster, existing, before, "cluster.covenant-updated"));
        }
        Covenant covenant = new Covenant();
        covenant.id = UUID.randomUUID();
        covenant.clusterId = cluster.id;
        covenant.year = year;
        covenant.title = request.title().strip();
        covenant.content = request.content().strip();
        covenant.targets = new ArrayList<>(targets);
        covenant.createdBy = access.name();
        covenant.createdAt = EmulationCluster.now();
        covenant.touched(access.name());
        clusters.add(covenant);
        return new Drafted(true, changed(cluster, covenant, null, "cluster.covenant-drafted"));
    }

    /** Whether the draft was new, and the covenant as it now stands. */
    public record Drafted(boolean created, ClusterResponses.Covenant covenant) {
    }

    @Transactional
    public ClusterResponses.Covenant openForSigning(UUID id, int year, String ifMatch) {
        EmulationCluster cluster = access.require(id);
        Covenant covenant = require(cluster, year);
        ETags.requireMatch(ifMatch, covenant.version);
        access.requireHeadBoard(cluster, year);
        ClusterResponses.Covenant before = view(cluster, covenant);
        covenant.openForSigning(access.name());
        return changed(cluster, covenant, before, "cluster.covenant-opened");
    }

    /** The head closes the signing: the covenant is fixed with the signatures it has. */
    @Transactional
    public ClusterResponses.Covenant fix(UUID id, int year, String ifMatch) {
        EmulationCluster cluster = access.require(id);
        Covenant covenant = require(cluster, year);
        ETags.requireMatch(ifMatch, covenant.version);
        access.requireHeadBoard(cluster, year);
        ClusterResponses.Covenant before = view(cluster, covenant);
        covenant.fix(access.name());
        return changed(cluster, covenant, before, "cluster.covenant-fixed");
    }

    /** Records a member's signature; the last member's fixes the covenant. */
    @Transactional
    public ClusterResponses.Covenant sign(UUID id, int year, ClusterRequests.Sign request) {
        EmulationCluster cluster = access.require(id);
        Covenant covenant = require(cluster, year);
        ClusterMember member = clusters.member(cluster.id, request.memberId()).filter(m -> m.memberIn(year))
                .orElseThrow(() -> ApiException.invalid("memberId", "NOT_A_MEMBER", "field.cluster-not-member",
                        year));
        access.requireActsFor(cluster, year, member);
        covenant.requireSigning();
        if (clusters.signatures(covenant.id).stream().anyMatch(s -> s.memberId.equals(member.id))) {
            throw ApiException.conflict("detail.cluster-covenant-signed", member.name);
        }
        ClusterResponses.Covenant before = view(cluster, covenant);
        CovenantSignature signature = new CovenantSignature();
        signature.covenantId = covenant.id;
        signature.memberId = member.id;
        signature.signerName = request.signerName().strip();
        signature.signerPosition = request.signerPosition().strip();
        signature.signedOn = request.signedOn();
        signature.recordedBy = access.name();
        signature.recordedAt = EmulationCluster.now();
        clusters.add(signature);
        clusters.flush();
        Set<UUID> signed = clusters.signatures(covenant.id).stream().map(s -> s.memberId).collect(Collectors.toSet());
        boolean everyone = clusters.membersIn(cluster.id, year).stream().allMatch(m -> signed.contains(m.id));
        covenant.touched(access.name());
        ClusterResponses.Covenant after = changed(cluster, covenant, before, "cluster.covenant-signed");
        if (everyone) {
            covenant.fix(access.name());
            after = changed(cluster, covenant, after, "cluster.covenant-fixed");
        }
        return after;
    }

    private Covenant require(EmulationCluster cluster, int year) {
        return clusters.covenant(cluster.id, year).orElseThrow(() -> ApiException.notFound("kind.cluster-covenant"));
    }

    ClusterResponses.Covenant view(EmulationCluster cluster, Covenant c) {
        Map<UUID, ClusterMember> members = clusters.members(cluster.id).stream()
                .collect(Collectors.toMap(m -> m.id, Function.identity()));
        List<CovenantSignature> signatures = clusters.signatures(c.id);
        Set<UUID> signed = signatures.stream().map(s -> s.memberId).collect(Collectors.toSet());
        return new ClusterResponses.Covenant(c.id, c.clusterId, c.year, c.title, c.content, List.copyOf(c.targets),
                c.status, signatures.stream().map(s -> new ClusterResponses.Signature(s.memberId,
                        members.get(s.memberId).name, s.signerName, s.signerPosition, s.signedOn, s.recordedBy,
                        s.recordedAt)).toList(),
                members.values().stream().filter(m -> m.memberIn(c.year) && !signed.contains(m.id))
                        .sorted(java.util.Comparator.comparing((ClusterMember m) -> m.name))
                        .map(m -> new ClusterResponses.MemberRef(m.id, m.name)).toList(),
                c.fixedBy, c.fixedAt, c.createdBy, c.createdAt, c.updatedBy, c.updatedAt, c.version);
    }

    private ClusterResponses.Covenant changed(EmulationCluster cluster, Covenant covenant,
            ClusterResponses.Covenant before, String action) {
        clusters.flush();
        ClusterResponses.Covenant after = view(cluster, covenant);
        service.record(action, KIND, covenant.id, cluster, before, after);
        return after;
    }
}
