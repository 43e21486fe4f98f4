package vn.thidua.cluster;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import vn.thidua.common.Caller;
import vn.thidua.common.Roles;
import vn.thidua.common.error.ApiException;
import vn.thidua.org.OrgScope;
import vn.thidua.org.OrgUnit;

/**
 * Who may do what with a cluster. In reach (else 404): the organiser's subtree, and the accounts of member agencies
 * (home unit inside a member unit). Managing the cluster, its members, head and deputy and its scoring tables: admin
 * or board with the organiser in scope. The covenant, the scoring phases and the meeting: the board of the year's head
 * agency (the organiser's board when the head is an external agency). Signing and scoring for a member: that member's
 * own board, or the head's board for an external member, whose people have no accounts here. In reach but not
 * allowed: 403.
 */
@RequestScoped
public class ClusterAccess {

    @Inject
    Caller caller;
    @Inject
    OrgScope scope;
    @Inject
    ClusterRepository clusters;

    /** The cluster, when in reach. */
    public EmulationCluster require(UUID id) {
        OrgUnit home = scope.home();
        return clusters.findInReach(id, scope.path(), home == null ? null : home.path)
                .orElseThrow(() -> ApiException.notFound("kind.cluster"));
    }

    String scopePath() {
        return scope.path();
    }

    String homePath() {
        OrgUnit home = scope.home();
        return home == null ? null : home.path;
    }

    /** Whether the caller stands on the organiser's side (its subtree or above): they see every score at any time. */
    public boolean organiserSide(EmulationCluster cluster) {
        return scope.containsUnitId(cluster.organiserUnitId);
    }

    /** The member of the year the caller works in, if any (the innermost, should member units nest). */
    public Optional<ClusterMember> ownMember(EmulationCluster cluster, int year) {
        String home = homePath();
        if (home == null) {
            return Optional.empty();
        }
        List<ClusterRepository.MemberPlace> places = clusters.memberPlaces(cluster.id);
        return places.stream().filter(p -> home.startsWith(p.unitPath()))
                .sorted(Comparator.comparingInt((ClusterRepository.MemberPlace p) -> p.unitPath().length()).reversed())
                .map(p -> clusters.member(cluster.id, p.memberId()).orElseThrow()).filter(m -> m.memberIn(year))
                .findFirst();
    }

    /** Whether the caller works inside the member's unit. */
    public boolean worksIn(EmulationCluster cluster, ClusterMember member) {
        String home = homePath();
        return home != null && member.unitId != null && clusters.memberPlaces(cluster.id).stream()
                .anyMatch(p -> p.memberId().equals(member.id) && home.startsWith(p.unitPath()));
    }

    public void requireOrganiserBoard(EmulationCluster cluster) {
        if (!(caller.hasRole(Roles.ADMIN) || caller.hasRole(Roles.BOARD)) || !organiserSide(cluster)) {
            throw ApiException.forbidden("detail.cluster-organiser-only");
        }
    }

    /** The board of the year's head agency. */
    public ClusterMember requireHeadBoard(EmulationCluster cluster, int year) {
        ClusterMember head = head(cluster, year).orElseThrow(() -> ApiException.conflict(
                "detail.cluster-no-head", year));
        if (!caller.hasRole(Roles.BOARD) || !runsFor(cluster, head)) {
            throw ApiException.forbidden("detail.cluster-head-only", year);
        }
        return head;
    }

    /**
     * Whether the caller's board runs the year for the head: the head's own board, or, when the head is an external
     * agency (no accounts here), the organiser's board as its secretariat.
     */
    public boolean runsFor(EmulationCluster cluster, ClusterMember head) {
        return head.external() ? organiserSide(cluster) : worksIn(cluster, head);
    }

    /** Whether the caller may sign or score for the member: its own board, or the head's board for an external one. */
    public boolean actsFor(EmulationCluster cluster, int year, ClusterMember member) {
        if (!caller.hasRole(Roles.BOARD)) {
            return false;
        }
        if (member.external()) {
            return head(cluster, year).map(h -> runsFor(cluster, h)).orElse(false);
        }
        return worksIn(cluster, member);
    }

    public void requireActsFor(EmulationCluster cluster, int year, ClusterMember member) {
        if (!actsFor(cluster, year, member)) {
            throw ApiException.forbidden("detail.cluster-member-only", member.name);
        }
    }

    /** The head of the year as a member, if one is appointed. */
    public Optional<ClusterMember> head(EmulationCluster cluster, int year) {
        return clusters.leadership(cluster.id, year).flatMap(l -> clusters.member(cluster.id, l.headMemberId));
    }

    public String name() {
        return caller.name();
    }

    /**
     * A year named in a path: anything but a year this service keeps (1990 to 2100) names nothing there (404), as an
     * unknown id does.
     */
    public static int year(String text) {
        try {
            int year = Integer.parseInt(text);
            if (year >= 1990 && year <= 2100) {
                return year;
            }
        } catch (NumberFormatException e) {
            // not a number: nothing by that name
        }
        throw ApiException.notFound("kind.cluster-year");
    }
}
