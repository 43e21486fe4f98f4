package vn.thidua.org;

import java.util.Map;
import java.util.UUID;

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

/** The rules of the organisation tree: unique codes, no cycles, one root, nothing removed that is in use. */
@ApplicationScoped
public class OrgUnitService {

    public static final Map<String, String> SORTS = Map.of("code", "code", "name", "name", "depth", "depth",
            "createdAt", "createdAt");

    @Inject
    OrgUnitRepository units;
    @Inject
    PersonRepository people;
    @Inject
    OrgScope scope;
    @Inject
    AuditTrail audit;
    @Inject
    Outbox outbox;

    @Transactional
    public Page<UnitResponse> list(OrgUnitRepository.UnitFilter filter, Paging paging) {
        var query = units.search(scope.path(), filter, paging.sort());
        long total = query.count();
        return Page.of(query.page(paging.page(), paging.size()).list(), paging, total).map(UnitResponse::from);
    }

    /** The subtree filter for {@code ?within=}: the unit must itself be in scope. */
    @Transactional
    public String pathOf(UUID unitId) {
        return scope.requireUnit(unitId).path;
    }

    @Transactional
    public UnitResponse get(UUID id) {
        return UnitResponse.from(scope.requireUnit(id));
    }

    @Transactional
    public UnitResponse create(UnitRequests.CreateUnit request) {
        OrgUnit parent = scope.requireUnit(request.parentId());
        if (!parent.active) {
            throw ApiException.conflict("detail.unit-parent-inactive");
        }
        requireFreeCode(request.code(), parent.depth + 1, parent.path, null);
        OrgUnit unit = OrgUnit.under(parent, request.code().strip(), request.name().strip(), request.kind());
        unit.shortName = Text.blankToNull(request.shortName());
        unit.letterhead = letterhead(request.letterhead());
        units.persistAndFlush(unit);
        UnitResponse created = UnitResponse.from(unit);
        audit.record("unit.created", "unit", unit.id.toString(), unit.id, null, created);
        outbox.record(new DomainEvent("unit.created", "unit", unit.id.toString(), unit.id, created));
        return created;
    }

    @Transactional
    public UnitResponse update(UUID id, String ifMatch, UnitRequests.UpdateUnit request) {
        OrgUnit unit = scope.requireUnit(id);
        ETags.requireMatch(ifMatch, unit.version);
        UnitResponse before = UnitResponse.from(unit);
        requireFreeCode(request.code(), unit.depth, unit.path, unit.id);
        unit.code = request.code().strip();
        unit.name = request.name().strip();
        unit.shortName = Text.blankToNull(request.shortName());
        unit.kind = request.kind();
        unit.letterhead = letterhead(request.letterhead());
        return changed(unit, before, "unit.updated");
    }

    @Transactional
    public UnitResponse move(UUID id, String ifMatch, UnitRequests.MoveUnit request) {
        OrgUnit unit = scope.requireUnit(id);
        ETags.requireMatch(ifMatch, unit.version);
        if (unit.parentId == null) {
            throw ApiException.conflict("detail.unit-root");
        }
        OrgUnit parent = scope.requireUnit(request.parentId());
        if (unit.contains(parent)) {
            throw ApiException.conflict("detail.unit-cycle");
        }
        if (!parent.active && unit.active) {
            throw ApiException.conflict("detail.unit-parent-inactive");
        }
        if (parent.id.equals(unit.parentId)) {
            return UnitResponse.from(unit);
        }
        String newPath = parent.path + unit.id + "/";
        UUID newAgency = OrgUnit.agencyOf(newPath);
        if (!newAgency.equals(unit.agencyId())) {
            // people's codes are unique per agency: the subtree's people take theirs along into the new one
            people.codeTakenInAgency(unit.path, newAgency).ifPresent(code -> {
                throw ApiException.conflict("detail.unit-move-code-taken", code);
            });
        }
        UnitResponse before = UnitResponse.from(unit);
        String oldPath = unit.path;
        int depthChange = parent.depth + 1 - unit.depth;
        units.movePaths(oldPath, newPath, depthChange);
        unit.parentId = parent.id;
        unit.path = newPath;
        unit.depth = parent.depth + 1;
        return changed(unit, before, "unit.moved");
    }

    @Transactional
    public UnitResponse deactivate(UUID id, String ifMatch) {
        OrgUnit unit = scope.requireUnit(id);
        ETags.requireMatch(ifMatch, unit.version);
        if (unit.parentId == null) {
            throw ApiException.conflict("detail.unit-root");
        }
        if (!unit.active) {
            return UnitResponse.from(unit);
        }
        if (units.hasActiveChildren(unit.id)) {
            throw ApiException.conflict("detail.unit-has-active-children");
        }
        if (units.countActivePeople(unit.id) > 0) {
            throw ApiException.conflict("detail.unit-has-active-people");
        }
        UnitResponse before = UnitResponse.from(unit);
        unit.active = false;
        return changed(unit, before, "unit.deactivated");
    }

    @Transactional
    public UnitResponse activate(UUID id, String ifMatch) {
        OrgUnit unit = scope.requireUnit(id);
        ETags.requireMatch(ifMatch, unit.version);
        if (unit.active) {
            return UnitResponse.from(unit);
        }
        if (unit.parentId != null && !units.findById(unit.parentId).active) {
            throw ApiException.conflict("detail.unit-parent-inactive");
        }
        UnitResponse before = UnitResponse.from(unit);
        unit.active = true;
        return changed(unit, before, "unit.activated");
    }

    private UnitResponse changed(OrgUnit unit, UnitResponse before, String action) {
        unit.touch();
        units.flush();
        UnitResponse after = UnitResponse.from(unit);
        audit.record(action, "unit", unit.id.toString(), unit.id, before, after);
        outbox.record(new DomainEvent(action, "unit", unit.id.toString(), unit.id, after));
        return after;
    }

    /** A code is unique among the agencies, and within each agency among its units: another's is never in the way. */
    private void requireFreeCode(String code, int depth, String unitOrParentPath, UUID self) {
        String stripped = code.strip();
        if (units.findCodeHolder(stripped, depth, unitOrParentPath).filter(other -> !other.id.equals(self))
                .isPresent()) {
            throw ApiException.conflict("detail.unit-code-taken", stripped);
        }
    }


    /** The names trimmed, blanks as absent; a state letterhead with the tree's names is no letterhead at all. */
    private static UnitLetterhead letterhead(UnitLetterhead requested) {
        if (requested == null) {
            return null;
        }
        UnitLetterhead trimmed = new UnitLetterhead(requested.style(), Text.blankToNull(requested.governing()),
                Text.blankToNull(requested.issuing()));
        return trimmed.style() == UnitLetterhead.Style.STATE && trimmed.governing() == null
                && trimmed.issuing() == null ? null : trimmed;
    }
}
