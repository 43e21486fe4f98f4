package vn.thidua.history;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Singleton;

import vn.thidua.common.error.ApiException;
import vn.thidua.common.text.Text;
import vn.thidua.common.error.ApiException.FieldViolation;
import vn.thidua.history.HistoryRequests.InitiativeContent;
import vn.thidua.history.HistoryResponses.InitiativeView;
import vn.thidua.org.OrgDirectory.PersonRef;
import vn.thidua.org.OrgDirectory.UnitRef;

/**
 * Initiatives and science projects. Their authors must all be in the caller's scope; the record is scoped to the
 * owning unit, or to the nearest unit that holds every author, so that whoever may see all of them sees it. One
 * decision recognises a title once.
 */
@Singleton
public class Initiatives extends RecordKind<Initiative, InitiativeContent, InitiativeContent, InitiativeView> {

    Initiatives() {
        super("initiative", Initiative.class);
    }

    @Override
    Initiative build(InitiativeContent request, Refs refs) {
        Initiative initiative = new Initiative();
        edit(initiative, request, refs);
        return initiative;
    }

    @Override
    void edit(Initiative initiative, InitiativeContent request, Refs refs) {
        List<FieldViolation> violations = new ArrayList<>();
        List<String> paths = new ArrayList<>();
        Set<UUID> authors = new LinkedHashSet<>();
        List<UUID> given = request.authorIds() == null ? List.of() : request.authorIds();
        for (int i = 0; i < given.size(); i++) {
            // an id out of scope answers 404 wherever it is given, as if it did not exist
            UnitRef unit = refs.person(given.get(i)).map(PersonRef::unitId).flatMap(refs::unit)
                    .orElseThrow(() -> ApiException.notFound("kind.person"));
            if (!authors.add(given.get(i))) {
                violations.add(new FieldViolation("authorIds[" + i + "]", "DUPLICATE", "field.history-author-repeated"));
            } else {
                paths.add(unit.path());
            }
        }
        if (request.unitId() != null) {
            paths.add(0, refs.unit(request.unitId()).orElseThrow(() -> ApiException.notFound("kind.unit")).path());
        } else if (given.isEmpty()) {
            violations.add(new FieldViolation("authorIds", "NOT_EMPTY", "field.initiative-authors-required"));
        }
        if (!violations.isEmpty()) {
            throw ApiException.invalid(violations);
        }
        initiative.kind = request.kind();
        initiative.title = request.title().strip();
        initiative.authorIds.clear();
        initiative.authorIds.addAll(authors);
        initiative.ownerUnitId = request.unitId();
        initiative.unitId = request.unitId() != null ? request.unitId() : nearestCommonUnit(paths);
        initiative.recognisedBy = request.recognisedBy().strip();
        initiative.decisionNumber = request.decisionNumber().strip();
        initiative.recognisedOn = request.recognisedOn();
        initiative.year = request.year() != null ? request.year() : request.recognisedOn().getYear();
        initiative.level = request.level();
        initiative.note = Text.blankToNull(request.note());
    }

    /** The deepest unit on every path: paths are chains of ids from the root, "/root/agency/department/". */
    static UUID nearestCommonUnit(List<String> paths) {
        List<String> common = null;
        for (String path : paths) {
            List<String> ids = Arrays.stream(path.split("/")).filter(s -> !s.isEmpty()).toList();
            if (common == null) {
                common = ids;
                continue;
            }
            int same = 0;
            while (same < common.size() && same < ids.size() && common.get(same).equals(ids.get(same))) {
                same++;
            }
            common = common.subList(0, same);
        }
        if (common == null || common.isEmpty()) {
            throw new IllegalStateException("Units of one organisation share its root: " + paths);
        }
        return UUID.fromString(common.get(common.size() - 1));
    }

    @Override
    InitiativeView view(Initiative initiative) {
        return InitiativeView.from(initiative);
    }

    @Override
    List<Object> content(Initiative i) {
        return Arrays.asList(i.kind, i.title, i.authorIds.stream().sorted().toList(), i.ownerUnitId, i.recognisedBy,
                i.decisionNumber, i.recognisedOn, i.year, i.level, i.note);
    }

    @Override
    List<FieldViolation> check(Initiative i) {
        boolean inRange = i.year >= HistoryRequests.MIN_YEAR && i.year <= HistoryRequests.MAX_YEAR;
        return violations(inRange ? null : new FieldViolation("year", "OUT_OF_RANGE", "field.integer-range",
                HistoryRequests.MIN_YEAR, HistoryRequests.MAX_YEAR));
    }

    @Override
    Optional<List<Object>> key(Initiative i) {
        return Optional.of(List.of(Text.fold(i.decisionNumber), Text.fold(i.title)));
    }

    @Override
    String keyTakenKey() {
        return "detail.initiative-duplicate";
    }

    @Override
    List<Initiative> sharingKeys(HistoryRepository repository, Collection<Initiative> records) {
        return repository.initiativesByDecisions(records.stream().map(i -> i.decisionNumber).toList());
    }

    /** Also in reach when one author is: whoever sees one of its authors sees what they wrote. */
    @Override
    String scopeCondition() {
        return "(" + HistoryRepository.IN_SCOPE + " or exists (select p.id from Person p, OrgUnit u where u.id = "
                + "p.unitId and u.path like :scope and p.id member of e.authorIds))";
    }

    @Override
    String personCondition() {
        return ":person member of e.authorIds";
    }

    @Override
    Map<String, String> sorts() {
        return Map.of("year", "year", "recognisedOn", "recognisedOn", "title", "title", "createdAt", "createdAt");
    }
}
