package vn.thidua.council;

import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import io.quarkus.hibernate.orm.panache.PanacheQuery;

import vn.thidua.audit.AuditTrail;
import vn.thidua.common.api.ETags;
import vn.thidua.common.api.Page;
import vn.thidua.common.api.Paging;
import vn.thidua.common.error.ApiException;
import vn.thidua.common.error.ApiException.FieldViolation;
import vn.thidua.common.error.Messages;
import vn.thidua.common.outbox.DomainEvent;
import vn.thidua.common.outbox.Outbox;
import vn.thidua.common.text.Text;
import vn.thidua.council.CouncilDirectory.CouncilRef;
import vn.thidua.council.CouncilResponses.CouncilView;
import vn.thidua.council.CouncilResponses.MemberView;
import vn.thidua.identity.AccountDirectory;
import vn.thidua.identity.AccountDirectory.AccountRef;
import vn.thidua.org.OrgDirectory;

/**
 * The rules of councils and their memberships: one council per agency; a member is an enabled account of the agency's
 * subtree, holds one membership at a time, and the chair's and the secretary's seats have one holder on any day.
 */
@ApplicationScoped
public class CouncilService {

    /** Memberships are days in Vietnam. */
    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    public static final Map<String, String> SORTS = Map.of("name", "name", "createdAt", "createdAt");
    /** The exclusion constraint of 0016-councils.xml: one account, one membership of a council on any day. */
    private static final String EXCLUSION_VIOLATION = "23P01";

    @Inject
    CouncilRepository councils;
    @Inject
    CouncilAccess access;
    @Inject
    CouncilDirectory directory;
    @Inject
    OrgDirectory org;
    @Inject
    AccountDirectory accounts;
    @Inject
    AuditTrail audit;
    @Inject
    Outbox outbox;

    /** The list's query: councils of {@code unitId} or, with {@code subtree}, of any agency under it. */
    public record ListQuery(UUID unitId, boolean subtree) {
    }

    // --- councils -----------------------------------------------------------------------------------------------

    @Transactional
    public Page<CouncilView> list(ListQuery query, Paging paging) {
        String within = null;
        UUID exact = null;
        if (query.unitId() != null) {
            OrgDirectory.UnitRef unit = org.unit(query.unitId()).orElseThrow(() -> ApiException.notFound("kind.unit"));
            within = query.subtree() ? unit.path() : null;
            exact = query.subtree() ? null : unit.id();
        }
        PanacheQuery<Council> found = councils.search(new CouncilRepository.Filter(
                access.readsScope() ? access.scopePath() : null, access.account().orElse(null), within, exact),
                paging.sort());
        long total = found.count();
        List<Council> page = found.page(paging.page(), paging.size()).list();
        Map<UUID, String> unitNames = councils.unitNames(page.stream().map(c -> c.unitId).toList());
        return Page.of(page, paging, total).map(c -> CouncilView.of(c, unitNames.get(c.unitId)));
    }

    @Transactional
    public CouncilView create(CouncilRequests.Create request) {
        OrgDirectory.UnitRef unit = org.unit(request.unitId()).orElseThrow(() -> ApiException.notFound("kind.unit"));
        Optional<Council> existing = directory.councilOf(unit.id()).flatMap(councils::findByIdOptional);
        if (existing.isPresent()) {
            throw ApiException.conflict("detail.council-exists", unit.name(), existing.get().name);
        }
        Council council = Council.establish(unit.id(), request.name().strip(), Text.blankToNull(request.establishedBy()));
        councils.persistAndFlush(council);
        return changed(council, unit.name(), null, "council.created");
    }

    @Transactional
    public CouncilView get(UUID id) {
        CouncilRef ref = access.readable(id, "kind.council");
        return CouncilView.of(councils.findById(ref.id()), ref.unitName());
    }

    @Transactional
    public CouncilView update(UUID id, String ifMatch, CouncilRequests.Update request) {
        CouncilRef ref = access.manageable(id, "kind.council");
        Council council = councils.findById(ref.id());
        ETags.requireMatch(ifMatch, council.version);
        if (request.name() != null && request.name().isBlank()) {
            throw ApiException.invalid("name", "NOT_BLANK", "field.required");
        }
        CouncilView before = CouncilView.of(council, ref.unitName());
        council.amend(request.name() == null ? council.name : request.name().strip(),
                request.establishedBy() == null ? council.establishedBy : Text.blankToNull(request.establishedBy()));
        return changed(council, ref.unitName(), before, "council.updated");
    }

    // --- memberships --------------------------------------------------------------------------------------------

    /**
     * The members holding office on {@code on} (null: today), or with {@code all} every membership past and future;
     * in the minutes' order: by role, then by name in staff-list order.
     */
    @Transactional
    public List<MemberView> members(UUID councilId, LocalDate on, boolean all) {
        CouncilRef council = access.readable(councilId, "kind.council");
        if (all && on != null) {
            throw ApiException.invalid("all", "EXCLUSIVE", "field.council-members-all-with-on");
        }
        List<CouncilMember> found = councils.members(council.id(), all ? null : on != null ? on : today());
        Map<UUID, AccountRef> byAccount = accounts.accounts(found.stream().map(m -> m.accountId)
                .filter(Objects::nonNull).toList());
        LocalDate today = today();
        return found.stream()
                .sorted(Comparator.comparing((CouncilMember m) -> m.role)
                        .thenComparing((a, b) -> OrgDirectory.compareNames(a.fullName, b.fullName))
                        .thenComparing(m -> m.validFrom).thenComparing(m -> m.id))
                .map(m -> MemberView.of(m, byAccount.get(m.accountId), today)).toList();
    }

    @Transactional
    public MemberView member(UUID id) {
        CouncilMember member = councils.member(id).orElse(null);
        if (member == null) {
            // a caller who reads only the councils they sit on is refused alike whether the seat exists or not
            access.refuseUnlessReader();
            throw ApiException.notFound("kind.council-member");
        }
        access.readable(member.councilId, "kind.council-member");
        return view(member);
    }

    @Transactional
    public MemberView addMember(UUID councilId, CouncilRequests.AddMember request) {
        CouncilRef council = access.manageable(councilId, "kind.council");
        refuseDelegateChange(council);
        councils.lockForChange(council.id());
        AccountRef account = accounts.account(request.accountId()).filter(a -> access.inScope(a.unitPath()))
                .orElseThrow(() -> ApiException.notFound("kind.account"));
        List<FieldViolation> violations = new ArrayList<>();
        if (!account.enabled()) {
            violations.add(new FieldViolation("accountId", "ACCOUNT_DISABLED", "field.council-member-account-disabled"));
        }
        if (!account.unitPath().startsWith(council.unitPath())) {
            violations.add(new FieldViolation("accountId", "NOT_IN_AGENCY", "field.council-member-outside-agency",
                    council.unitName()));
        }
        violations.addAll(term(request.validFrom(), request.validTo()));
        if (request.fullName() != null && request.fullName().isBlank()) {
            violations.add(new FieldViolation("fullName", "NOT_BLANK", "field.required"));
        }
        if (!violations.isEmpty()) {
            throw ApiException.invalid(violations);
        }
        requireSeatFree(council.id(), null, account.id(), request.role(), request.validFrom(), request.validTo());
        String fullName = request.fullName() != null ? request.fullName().strip() : nameOf(account);
        CouncilMember member = CouncilMember.appoint(council.id(), account.id(), fullName,
                Text.blankToNull(request.position()), request.role(), request.validFrom(), request.validTo());
        councils.persistMember(member);
        flushMembership(member);
        return changedMember(member, council, account, null, "council.member_added");
    }

    @Transactional
    public MemberView updateMember(UUID id, String ifMatch, CouncilRequests.UpdateMember request) {
        CouncilMember member = councils.member(id).orElseThrow(() -> ApiException.notFound("kind.council-member"));
        CouncilRef council = access.manageable(member.councilId, "kind.council-member");
        refuseDelegateChange(council);
        councils.lockForChange(council.id());
        ETags.requireMatch(ifMatch, member.version);
        CouncilRole role = request.role() != null ? request.role() : member.role;
        LocalDate from = request.validFrom() != null ? request.validFrom() : member.validFrom;
        LocalDate to = request.validTo() != null ? request.validTo() : member.validTo;
        List<FieldViolation> violations = new ArrayList<>(term(from, to));
        if (request.fullName() != null && request.fullName().isBlank()) {
            violations.add(new FieldViolation("fullName", "NOT_BLANK", "field.required"));
        }
        if (!violations.isEmpty()) {
            throw ApiException.invalid(violations);
        }
        requireSeatFree(council.id(), member.id, member.accountId, role, from, to);
        AccountRef account = accountOf(member).orElse(null);
        MemberView before = MemberView.of(member, account, today());
        member.change(request.fullName() != null ? request.fullName().strip() : member.fullName,
                request.position() != null ? Text.blankToNull(request.position()) : member.position, role, from, to);
        flushMembership(member);
        return changedMember(member, council, account, before, "council.member_changed");
    }

    @Transactional
    public void deleteMember(UUID id, String ifMatch) {
        CouncilMember member = councils.member(id).orElseThrow(() -> ApiException.notFound("kind.council-member"));
        CouncilRef council = access.manageable(member.councilId, "kind.council-member");
        refuseDelegateChange(council);
        councils.lockForChange(council.id());
        ETags.requireMatch(ifMatch, member.version);
        if (councils.isSnapshotted(member.id)) {
            throw ApiException.conflict("detail.council-member-in-session");
        }
        MemberView before = MemberView.of(member, accountOf(member).orElse(null), today());
        councils.deleteMember(member);
        councils.flush();
        audit.record("council.member_removed", "council_member", member.id.toString(), council.unitId(), before,
                null);
        outbox.record(new DomainEvent("council.member_removed", "council_member", member.id.toString(),
                council.unitId(), before));
    }

    // --- cluster meetings ---------------------------------------------------------------------------------------

    /**
     * A delegate to a cluster's meeting: a member agency's representative, with an account here, or (an external
     * agency's) without one, who then votes on paper only.
     */
    public record Delegate(UUID clusterMemberId, UUID accountId, String fullName, String position,
            CouncilRole role) {
    }

    /**
     * The meeting of a cluster for a year, established on first use: a council of the unit whose board runs the year,
     * voting with the council's own sessions, secret ballot and paper tallies.
     */
    @Transactional
    public UUID clusterMeeting(UUID clusterId, int year, UUID unitId, String name) {
        Optional<UUID> existing = directory.meetingOf(clusterId, year);
        if (existing.isPresent()) {
            return access.manageable(existing.get(), "kind.council").id();
        }
        OrgDirectory.UnitRef unit = org.unit(unitId).orElseThrow(() -> ApiException.notFound("kind.unit"));
        Council council = Council.ofCluster(clusterId, year, unit.id(), name);
        councils.persistAndFlush(council);
        changed(council, unit.name(), null, "council.created");
        return council.id;
    }

    /** The meeting of a cluster for a year, if it was convened (whatever the caller's scope). */
    public Optional<UUID> meetingOf(UUID clusterId, int year) {
        return directory.meetingOf(clusterId, year);
    }

    /**
     * Seats the delegates for the meeting's day: memberships of that day alone, so that each year's meeting keeps the
     * delegates it had and a new year's seats never overlap an earlier one's.
     */
    @Transactional
    public List<MemberView> seatDelegates(UUID councilId, LocalDate day, List<Delegate> delegates) {
        CouncilRef council = access.manageable(councilId, "kind.council");
        councils.lockForChange(council.id());
        councils.reseatMeeting(council.id(), List.of(), day);
        Map<UUID, AccountRef> byId = accounts.accounts(delegates.stream().map(Delegate::accountId)
                .filter(Objects::nonNull).toList());
        List<MemberView> seated = new ArrayList<>();
        for (Delegate delegate : delegates) {
            AccountRef account = null;
            if (delegate.accountId() != null) {
                account = Optional.ofNullable(byId.get(delegate.accountId())).filter(AccountRef::enabled)
                        .orElseThrow(() -> ApiException.notFound("kind.account"));
            }
            requireSeatFree(council.id(), null, delegate.accountId(), delegate.role(), day, day);
            CouncilMember member = CouncilMember.appoint(council.id(), delegate.accountId(),
                    delegate.fullName().strip(), Text.blankToNull(delegate.position()), delegate.role(), day, day);
            member.clusterMemberId = delegate.clusterMemberId();
            councils.persistMember(member);
            flushMembership(member);
            seated.add(changedMember(member, council, account, null, "council.member_added"));
        }
        return seated;
    }

    // --- rules --------------------------------------------------------------------------------------------------

    /** A cluster meeting's delegates are seated by convening it, one per member agency: never by hand. */
    private static void refuseDelegateChange(CouncilRef council) {
        if (council.clusterMeeting()) {
            throw ApiException.conflict("detail.council-cluster-meeting-seats");
        }
    }

    private static List<FieldViolation> term(LocalDate from, LocalDate to) {
        if (to != null && to.isBefore(from)) {
            return List.of(new FieldViolation("validTo", "ENDS_BEFORE_START", "field.council-member-ends-before-start",
                    from));
        }
        return List.of();
    }

    /**
     * One membership per account on any day (the exclusion constraint says so too), and one chair and one secretary
     * holding office on any day; vice-chairs and members are as many as the agency decides.
     */
    private void requireSeatFree(UUID councilId, UUID self, UUID accountId, CouncilRole role, LocalDate from,
            LocalDate to) {
        if (accountId != null && councils.overlappingOfAccount(councilId, accountId, self, from, to).isPresent()) {
            throw overlap(from, to);
        }
        if (role == CouncilRole.CHAIR || role == CouncilRole.SECRETARY) {
            councils.overlappingInRole(councilId, role, self, from, to).ifPresent(holder -> {
                throw ApiException.conflict("detail.council-seat-taken", new Messages.Key("council.role." + role),
                        holder.fullName, holder.validFrom, until(holder.validTo));
            });
        }
    }

    /** The database refuses an overlap that a concurrent change let through: the same answer as the check's. */
    private void flushMembership(CouncilMember member) {
        try {
            councils.flush();
        } catch (PersistenceException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof SQLException sql && EXCLUSION_VIOLATION.equals(sql.getSQLState())) {
                    throw overlap(member.validFrom, member.validTo);
                }
            }
            throw e;
        }
    }

    private static ApiException overlap(LocalDate from, LocalDate to) {
        return ApiException.conflict("detail.council-member-overlap", from, until(to));
    }

    private static Object until(LocalDate day) {
        return day != null ? day : new Messages.Key("council.until-further-notice");
    }

    /** The name the minutes print by default: the account's person's, else its display name, else its user name. */
    private String nameOf(AccountRef account) {
        Optional<String> person = Optional.ofNullable(account.personId()).flatMap(org::person)
                .map(OrgDirectory.PersonRef::fullName);
        if (person.isPresent()) {
            return person.get();
        }
        return account.displayName() != null && !account.displayName().isBlank() ? account.displayName().strip()
                : account.username();
    }

    // --- answers, audit and events ------------------------------------------------------------------------------

    /** The member's account; a delegate without one has none. */
    private Optional<AccountRef> accountOf(CouncilMember member) {
        return member.accountId == null ? Optional.empty() : accounts.account(member.accountId);
    }

    private MemberView view(CouncilMember member) {
        return MemberView.of(member, accountOf(member).orElse(null), today());
    }

    private CouncilView changed(Council council, String unitName, CouncilView before, String action) {
        councils.flush();
        CouncilView after = CouncilView.of(council, unitName);
        audit.record(action, "council", council.id.toString(), council.unitId, before, after);
        outbox.record(new DomainEvent(action, "council", council.id.toString(), council.unitId, after));
        return after;
    }

    private MemberView changedMember(CouncilMember member, CouncilRef council, AccountRef account, MemberView before,
            String action) {
        MemberView after = MemberView.of(member, account, today());
        audit.record(action, "council_member", member.id.toString(), council.unitId(), before, after);
        outbox.record(new DomainEvent(action, "council_member", member.id.toString(), council.unitId(), after));
        return after;
    }

    static LocalDate today() {
        return LocalDate.now(VIETNAM);
    }

}
