package vn.thidua.decision;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import vn.thidua.audit.AuditTrail;
import vn.thidua.catalog.AwardType;
import vn.thidua.catalog.AwardTypeService;
import vn.thidua.catalog.CashAward;
import vn.thidua.catalog.CashCalculator;
import vn.thidua.catalog.Recipient;
import vn.thidua.catalog.EffectiveSettings;
import vn.thidua.catalog.RuleSetService;
import vn.thidua.common.api.ETags;
import vn.thidua.common.api.Page;
import vn.thidua.common.api.Paging;
import vn.thidua.common.error.ApiException;
import vn.thidua.common.error.ApiException.FieldViolation;
import vn.thidua.common.error.ProblemType;
import vn.thidua.common.outbox.DomainEvent;
import vn.thidua.common.outbox.Outbox;
import vn.thidua.common.text.Text;
import vn.thidua.council.CouncilVotes;
import vn.thidua.council.ItemOutcome;
import vn.thidua.council.ResultsService;
import vn.thidua.council.SessionResponses;
import vn.thidua.council.SessionService;
import vn.thidua.council.SessionStatus;
import vn.thidua.evaluation.eligibility.EligibilityService;
import vn.thidua.evaluation.eligibility.Outcome;
import vn.thidua.evaluation.eligibility.QuotaReckoning;
import vn.thidua.evaluation.eligibility.TitleResult;
import vn.thidua.history.HistoryFacts;
import vn.thidua.history.HistoryService;
import vn.thidua.history.SubjectHistory;
import vn.thidua.org.OrgDirectory;
import vn.thidua.org.SubjectKind;
import vn.thidua.org.UnitKind;
import vn.thidua.plan.PlanResponses;
import vn.thidua.plan.PlanService;
import vn.thidua.plan.PlanStatus;

/**
 * The life of a commendation decision: drafting it with its awardee lines (by hand or from a council session's
 * results), each line judged by the law's rules and its cash reckoned on the decision date; signing (number, date and
 * signer fixed, verification codes given, every award written into its subject's history); publishing; revoking by a
 * later decision, line by line, with the recovery of money and item; and recording a higher authority's decision
 * that came back on a proposal. Every act is audited and announced in the outbox in the same transaction.
 */
@ApplicationScoped
public class DecisionService {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final String ADVANCED_WORKER = "ADVANCED_WORKER";
    public static final Map<String, String> SORTS = Map.of("decisionDate", "decisionDate", "createdAt", "createdAt",
            "number", "number", "year", "year", "status", "status");

    @Inject
    DecisionRepository decisions;
    @Inject
    DecisionAccess access;
    @Inject
    OrgDirectory directory;
    @Inject
    AwardTypeService catalog;
    @Inject
    CashCalculator cash;
    @Inject
    EligibilityService eligibility;
    @Inject
    HistoryFacts historyFacts;
    @Inject
    HistoryService history;
    @Inject
    PlanService plans;
    @Inject
    SessionService sessions;
    @Inject
    ResultsService results;
    @Inject
    CouncilVotes councilVotes;
    @Inject
    QuotaReckoning reckoning;
    @Inject
    RuleSetService ruleSets;
    @Inject
    AuditTrail audit;
    @Inject
    Outbox outbox;

    // --- reading ------------------------------------------------------------------------------------------------

    @Transactional
    public DecisionResponses.Decision get(UUID id) {
        return view(access.readable(id));
    }

    @Transactional
    public Page<DecisionResponses.Decision> list(DecisionRepository.Filter filter, Paging paging) {
        DecisionRepository.Filter scoped = filter;
        if (filter.unitId() != null) {
            OrgDirectory.UnitRef unit = directory.unit(filter.unitId())
                    .orElseThrow(() -> ApiException.notFound("kind.unit"));
            scoped = new DecisionRepository.Filter(filter.status(), filter.kind(), filter.year(), filter.planId(),
                    null, unit.path(), filter.query());
        }
        var found = decisions.search(scoped, access.scopePath(), paging.sort());
        long total = found.count();
        List<CommendationDecision> page = found.page(paging.page(), paging.size()).list();
        Map<UUID, long[]> counts = decisions.lineCounts(page.stream().map(d -> d.id).toList());
        return Page.of(page.stream().map(d -> {
            long[] c = counts.getOrDefault(d.id, new long[2]);
            return DecisionResponses.Decision.from(d, c[0], c[1]);
        }).toList(), paging, total);
    }

    @Transactional
    public Page<DecisionResponses.Awardee> awardees(UUID id, Paging paging) {
        CommendationDecision decision = access.readable(id);
        return Page.of(decisions.linePage(decision.id, paging.page(), paging.size()).stream()
                .map(DecisionResponses.Awardee::from).toList(), paging, decisions.lineCount(decision.id));
    }

    @Transactional
    public DecisionResponses.Awardee awardee(UUID id, UUID awardeeId) {
        return DecisionResponses.Awardee.from(line(access.readable(id), awardeeId));
    }

    /**
     * A decision with every line it prints, in order: an award decision's own lines, a revocation's the lines it
     * annulled, and the decision a revocation annuls. One read for documents of any length.
     */
    @Transactional
    public DecisionSheet sheet(UUID id) {
        CommendationDecision decision = access.readable(id);
        List<DecisionLine> lines = decision.kind == DecisionKind.REVOCATION
                ? decisions.linesRevokedBy(decision.id) : decisions.lines(decision.id);
        DecisionResponses.Decision revoked = decision.revokesDecisionId == null ? null
                : decisions.findByIdOptional(decision.revokesDecisionId).map(this::view).orElse(null);
        return new DecisionSheet(view(decision), lines.stream().map(DecisionResponses.Awardee::from).toList(),
                revoked);
    }

    // --- drafting -----------------------------------------------------------------------------------------------

    @Transactional
    public DecisionResponses.Decision create(DecisionRequests.Create request) {
        OrgDirectory.UnitRef unit = request.unitId() == null
                ? directory.homeUnit().orElseThrow(() -> ApiException.notFound("kind.unit"))
                : directory.unit(request.unitId()).orElseThrow(() -> ApiException.notFound("kind.unit"));
        UnitKind unitKind = directory.unitKindOutsideScope(unit.id()).orElseThrow();
        AwardType.AwardedBy level = DecisionRules.authorityLevel(unitKind).orElseThrow(() -> ApiException.invalid(
                "unitId", "NOT_AN_AUTHORITY", "field.decision-not-an-authority", unit.name()));
        AwardType type = awardType("awardCode", request.awardCode().strip());
        if (!DecisionRules.mayAward(level, type.awardedBy)) {
            throw ApiException.invalid("awardCode", "ABOVE_AUTHORITY", "field.decision-award-above-authority",
                    type.nameVi, unit.name());
        }
        CommendationDecision decision = CommendationDecision.draft(DecisionKind.AWARD, unit.id(), access.name());
        decision.authorityUnitId = unit.id();
        decision.authorityName = unit.name();
        decision.authorityLevel = level;
        decision.awardCode = type.code;
        decision.title = request.title().strip();
        Integer year = request.year();
        if (request.planId() != null) {
            PlanResponses.Full plan = plans.get(request.planId());
            if (plan.status() != PlanStatus.ISSUED && plan.status() != PlanStatus.CLOSED) {
                throw ApiException.conflict("detail.decision-plan-not-issued", plan.status());
            }
            if (request.phaseId() != null && plan.phases().stream().noneMatch(p -> p.id().equals(request.phaseId()))) {
                throw ApiException.invalid("phaseId", "UNKNOWN_PHASE", "field.decision-phase-unknown");
            }
            decision.planId = plan.id();
            decision.phaseId = request.phaseId();
            if (year == null) {
                year = plan.year() != null ? plan.year() : plan.endDate().getYear();
            }
        } else if (request.phaseId() != null) {
            throw ApiException.invalid("phaseId", "UNKNOWN_PHASE", "field.decision-phase-unknown");
        }
        if (type.category == AwardType.Category.TITLE && decision.planId == null) {
            throw ApiException.invalid("planId", "REQUIRED_FOR_TITLE", "field.decision-title-needs-plan");
        }
        if (year == null) {
            throw ApiException.invalid("year", "NOT_NULL", "field.decision-year-required");
        }
        decision.year = year;
        if (request.councilSessionId() != null) {
            SessionResponses.Session session = sessions.get(request.councilSessionId());
            if (decision.planId != null && session.planId() != null && !session.planId().equals(decision.planId)) {
                throw ApiException.invalid("councilSessionId", "OTHER_PLAN", "field.decision-session-other-plan");
            }
            decision.councilSessionId = session.id();
        }
        decision.legalBases = request.legalBases() == null ? new ArrayList<>() : new ArrayList<>(request.legalBases());
        decision.recipients = request.recipients() == null ? new ArrayList<>() : new ArrayList<>(request.recipients());
        decision.fundingSource = Objects.requireNonNullElse(Text.blankToNull(request.fundingSource()),
                defaultFund(unit.name()));
        decision.signerName = Text.blankToNull(request.signerName());
        decision.signerPosition = Text.blankToNull(request.signerPosition());
        decision.decisionDate = request.decisionDate() == null ? today() : request.decisionDate();
        decisions.persist(decision);
        return changed(decision, null, "created");
    }

    @Transactional
    public DecisionResponses.Decision update(UUID id, String ifMatch, DecisionRequests.Update request) {
        CommendationDecision decision = access.forAct(id);
        ETags.requireMatch(ifMatch, decision.version);
        decision.requireDraft();
        DecisionResponses.Decision before = view(decision);
        if (request.title() != null) {
            decision.title = request.title().strip();
        }
        if (request.legalBases() != null) {
            decision.legalBases = new ArrayList<>(request.legalBases());
        }
        if (request.recipients() != null) {
            decision.recipients = new ArrayList<>(request.recipients());
        }
        if (request.fundingSource() != null) {
            decision.fundingSource = Objects.requireNonNullElse(Text.blankToNull(request.fundingSource()),
                    defaultFund(decision.authorityName));
        }
        if (request.signerName() != null) {
            decision.signerName = Text.blankToNull(request.signerName());
        }
        if (request.signerPosition() != null) {
            decision.signerPosition = Text.blankToNull(request.signerPosition());
        }
        if (request.decisionDate() != null && !request.decisionDate().equals(decision.decisionDate)) {
            decision.decisionDate = request.decisionDate();
            List<DecisionLine> lines = decisions.lines(decision.id);
            reckonCash(decision, lines);
            total(decision, lines);
        }
        decision.touched(access.name());
        return changed(decision, before, "updated");
    }

    @Transactional
    public void delete(UUID id, String ifMatch) {
        CommendationDecision decision = access.forAct(id);
        ETags.requireMatch(ifMatch, decision.version);
        decision.requireDraft();
        DecisionResponses.Decision before = view(decision);
        decisions.lines(decision.id).forEach(decisions::removeLine);
        decisions.flush();
        decisions.delete(decision);
        decisions.flush();
        audit.record("decision.deleted", "decision", decision.id.toString(), decision.unitId, before, null);
        outbox.record(new DomainEvent("decision.deleted", "decision", decision.id.toString(), decision.unitId, before));
    }

    @Transactional
    public DecisionResponses.Awardee addAwardee(UUID id, DecisionRequests.AddAwardee request) {
        CommendationDecision decision = access.forAct(id);
        requireAwardDraft(decision);
        AwardType type = request.awardCode() == null ? awardType("awardCode", decision.awardCode)
                : awardType("awardCode", request.awardCode().strip());
        requireWithinAuthority(decision, type, "awardCode");
        Subject subject = subject(decision, request.subjectKind(), request.subjectId());
        List<DecisionLine> lines = decisions.lines(decision.id);
        if (lines.stream().anyMatch(l -> l.subjectId().equals(subject.id()) && l.awardCode.equals(type.code))) {
            throw ApiException.conflict("detail.decision-awardee-listed", subject.name(), type.nameVi);
        }
        DecisionLine line = newLine(decision, nextPosition(lines), subject, type.code);
        line.citation = Text.blankToNull(request.citation());
        line.evaluationId = request.evaluationId();
        line.overrideReason = Text.blankToNull(request.overrideReason());
        line.fundingSource = Objects.requireNonNullElse(Text.blankToNull(request.fundingSource()),
                decision.fundingSource);
        Judging judging = judging(decision, List.of(line));
        List<FieldViolation> refusals = new ArrayList<>();
        judging.judge(line, lines, "awardCode").ifPresent(refusals::add);
        List<DecisionLine> all = new ArrayList<>(lines);
        all.add(line);
        refusals.addAll(judging.quotas(all));
        if (!refusals.isEmpty()) {
            throw ApiException.invalid(refusals);
        }
        reckonCash(decision, List.of(line));
        decisions.persistLine(line);
        DecisionResponses.Decision before = view(decision);
        total(decision, all);
        decision.touched(access.name());
        changed(decision, before, "updated");
        return DecisionResponses.Awardee.from(line);
    }

    @Transactional
    public DecisionResponses.Added addFromSession(UUID id, DecisionRequests.FromSession request) {
        CommendationDecision decision = access.forAct(id);
        requireAwardDraft(decision);
        UUID sessionId = request.councilSessionId() != null ? request.councilSessionId() : decision.councilSessionId;
        if (sessionId == null) {
            throw ApiException.invalid("councilSessionId", "NOT_NULL", "field.decision-session-required");
        }
        SessionResponses.Results found = results.results(sessionId);
        if (found.status() != SessionStatus.CLOSED) {
            throw ApiException.conflict("detail.decision-session-not-closed", found.status());
        }
        if (decision.councilSessionId == null) {
            decision.councilSessionId = sessionId;
        }
        Set<String> wanted = new HashSet<>(request.awardCodes() == null || request.awardCodes().isEmpty()
                ? List.of(decision.awardCode) : request.awardCodes());
        List<DecisionLine> lines = decisions.lines(decision.id);
        List<DecisionResponses.Skipped> skipped = new ArrayList<>();
        List<DecisionLine> candidates = new ArrayList<>();
        Set<String> listed = new HashSet<>();
        lines.forEach(l -> listed.add(l.subjectId() + "/" + l.awardCode));
        int position = nextPosition(lines);
        Subjects subjects = new Subjects(decision, found.items().stream()
                .filter(i -> i.subjectKind() == SubjectKind.PERSON).map(SessionResponses.ItemResultView::subjectId)
                .toList());
        for (SessionResponses.ItemResultView item : found.items()) {
            if (item.outcome() != ItemOutcome.PASSED) {
                continue;
            }
            Optional<String> reason = Optional.empty();
            AwardType type = awardType("awardCodes", item.awardCode());
            if (!wanted.contains(item.awardCode())) {
                reason = Optional.of("NOT_REQUESTED");
            } else if (!item.accepted()) {
                reason = Optional.of("NOT_ACCEPTED");
            } else if (!DecisionRules.mayAward(decision.authorityLevel, type.awardedBy)) {
                reason = Optional.of("ABOVE_AUTHORITY");
            } else if (listed.contains(item.subjectId() + "/" + item.awardCode())) {
                reason = Optional.of("ALREADY_LISTED");
            }
            if (reason.isPresent()) {
                skipped.add(new DecisionResponses.Skipped(item.itemId(), item.subjectName(), item.awardCode(),
                        reason.get()));
                continue;
            }
            Subject subject = subjects.of(item.subjectKind(), item.subjectId());
            DecisionLine line = newLine(decision, position++, subject, item.awardCode());
            line.citation = Text.blankToNull(request.citation());
            line.evaluationId = item.evaluationId();
            line.agendaItemId = item.itemId();
            line.fundingSource = decision.fundingSource;
            candidates.add(line);
            listed.add(item.subjectId() + "/" + item.awardCode());
        }
        Judging judging = judging(decision, candidates);
        List<DecisionLine> kept = new ArrayList<>(lines);
        List<DecisionLine> added = new ArrayList<>();
        position = nextPosition(lines);
        for (DecisionLine line : candidates) {
            Optional<FieldViolation> refusal = judging.judge(line, kept, "awardCodes");
            List<DecisionLine> with = new ArrayList<>(kept);
            with.add(line);
            if (refusal.isEmpty() && !judging.quotas(with).isEmpty()) {
                refusal = Optional.of(new FieldViolation("awardCodes", "QUOTA_EXCEEDED", "field.decision-quota"));
            }
            if (refusal.isPresent()) {
                skipped.add(new DecisionResponses.Skipped(line.agendaItemId, line.subjectName, line.awardCode,
                        refusal.get().code()));
                continue;
            }
            line.position = position++;
            kept.add(line);
            added.add(line);
        }
        reckonCash(decision, added);
        added.forEach(decisions::persistLine);
        DecisionResponses.Decision before = view(decision);
        total(decision, kept);
        decision.touched(access.name());
        DecisionResponses.Decision after = changed(decision, before, "updated");
        return new DecisionResponses.Added(added.stream().map(DecisionResponses.Awardee::from).toList(), skipped,
                after.totalVnd(), after.version());
    }

    @Transactional
    public DecisionResponses.Awardee updateAwardee(UUID id, UUID awardeeId, String ifMatch,
            DecisionRequests.UpdateAwardee request) {
        CommendationDecision decision = access.forAct(id);
        requireAwardDraft(decision);
        DecisionLine line = line(decision, awardeeId);
        ETags.requireMatch(ifMatch, line.version);
        if (request.citation() != null) {
            line.citation = Text.blankToNull(request.citation());
        }
        if (request.fundingSource() != null) {
            line.fundingSource = Objects.requireNonNullElse(Text.blankToNull(request.fundingSource()),
                    decision.fundingSource);
        }
        if (request.overrideReason() != null) {
            line.overrideReason = Text.blankToNull(request.overrideReason());
            List<DecisionLine> others = decisions.lines(decision.id).stream().filter(l -> !l.id.equals(line.id))
                    .toList();
            judging(decision, List.of(line)).judge(line, others, "overrideReason").ifPresent(refusal -> {
                throw ApiException.invalid(List.of(refusal));
            });
        }
        line.touched(access.name());
        DecisionResponses.Decision before = view(decision);
        decision.touched(access.name());
        changed(decision, before, "updated");
        return DecisionResponses.Awardee.from(line);
    }

    @Transactional
    public DecisionResponses.Decision removeAwardee(UUID id, UUID awardeeId, String ifMatch) {
        CommendationDecision decision = access.forAct(id);
        requireAwardDraft(decision);
        DecisionLine line = line(decision, awardeeId);
        ETags.requireMatch(ifMatch, line.version);
        DecisionResponses.Decision before = view(decision);
        decisions.removeLine(line);
        List<DecisionLine> rest = decisions.lines(decision.id).stream().filter(l -> !l.id.equals(line.id)).toList();
        // the printed list numbers its lines 1, 2, 3...: the ones after the removed line move up
        for (int i = 0; i < rest.size(); i++) {
            if (rest.get(i).position != i + 1) {
                rest.get(i).position = i + 1;
                rest.get(i).touched(access.name());
            }
        }
        total(decision, rest);
        decision.touched(access.name());
        return changed(decision, before, "updated");
    }

    // --- signing and publishing ---------------------------------------------------------------------------------

    @Transactional
    public DecisionResponses.Decision sign(UUID id, String ifMatch, DecisionRequests.Sign request) {
        CommendationDecision decision = access.forAct(id);
        ETags.requireMatch(ifMatch, decision.version);
        requireAwardDraft(decision);
        LocalDate date = request.decisionDate() == null ? today() : request.decisionDate();
        if (date.isAfter(today())) {
            throw ApiException.invalid("decisionDate", "IN_FUTURE", "field.decision-date-future", date);
        }
        List<DecisionLine> lines = decisions.lines(decision.id);
        if (lines.isEmpty()) {
            throw ApiException.conflict("detail.decision-empty");
        }
        String signerName = Objects.requireNonNullElse(Text.blankToNull(request.signerName()), decision.signerName);
        String signerPosition = Objects.requireNonNullElse(Text.blankToNull(request.signerPosition()),
                decision.signerPosition);
        List<FieldViolation> missing = new ArrayList<>();
        if (signerName == null) {
            missing.add(new FieldViolation("signerName", "REQUIRED_TO_SIGN", "field.decision-signer-required"));
        }
        if (signerPosition == null) {
            missing.add(new FieldViolation("signerPosition", "REQUIRED_TO_SIGN", "field.decision-signer-required"));
        }
        if (!missing.isEmpty()) {
            throw ApiException.invalid(missing);
        }
        decisions.lockRegister(registerKey(decision), date.getYear());
        String number = number(decision, request.number(), date);
        DecisionResponses.Decision before = view(decision);
        decision.decisionDate = date;

        // everything is judged again on the day: history, evaluations, votes and quotas may have moved since drafting
        Judging judging = judging(decision, lines);
        List<FieldViolation> refusals = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            DecisionLine line = lines.get(i);
            List<DecisionLine> others = lines.subList(0, i);
            judging.judge(line, others, "awardees[" + (line.position - 1) + "]").ifPresent(refusals::add);
        }
        List<DecisionLine> overridden = overrideVotes(lines, request.voteOverrides());
        List<FieldViolation> withoutVote = lines.stream().filter(l -> l.voteBasis == VoteBasis.MISSING)
                .map(l -> new FieldViolation("awardees[" + (l.position - 1) + "]", "VOTE_MISSING",
                        "field.decision-vote-missing", l.subjectName, judging.awardName(l.awardCode),
                        decision.authorityName, decision.year))
                .toList();
        if (!withoutVote.isEmpty()) {
            throw ApiException.incomplete(ProblemType.CONFLICT, "detail.decision-votes-missing", withoutVote);
        }
        refusals.addAll(judging.quotas(lines));
        if (!refusals.isEmpty()) {
            throw ApiException.invalid(refusals);
        }
        for (DecisionLine line : overridden) {
            audit.record("decision.vote-overridden", "decision-line", line.id.toString(), decision.unitId, null,
                    DecisionResponses.Awardee.from(line));
        }
        reckonCash(decision, lines);
        total(decision, lines);
        confer(decision, lines, number, date);
        decision.sign(number, date, signerName, signerPosition, access.name());
        return changed(decision, before, "signed");
    }

    /**
     * The signer's overrides: each names a line still without the vote its award needs and gives the legal reason for
     * conferring it all the same. An override of a line that has its vote, or of no line, is refused.
     */
    private List<DecisionLine> overrideVotes(List<DecisionLine> lines, List<DecisionRequests.VoteOverride> overrides) {
        if (overrides == null || overrides.isEmpty()) {
            return List.of();
        }
        Map<UUID, DecisionLine> byId = new HashMap<>();
        lines.forEach(l -> byId.put(l.id, l));
        List<FieldViolation> problems = new ArrayList<>();
        List<DecisionLine> overridden = new ArrayList<>();
        for (int i = 0; i < overrides.size(); i++) {
            DecisionRequests.VoteOverride override = overrides.get(i);
            DecisionLine line = byId.get(override.awardeeId());
            String field = "voteOverrides[" + i + "].awardeeId";
            if (line == null) {
                problems.add(new FieldViolation(field, "UNKNOWN_AWARDEE", "field.decision-awardee-unknown"));
            } else if (overridden.contains(line)) {
                problems.add(new FieldViolation(field, "DUPLICATE", "field.decision-vote-override-repeated"));
            } else if (line.voteBasis != VoteBasis.MISSING) {
                problems.add(new FieldViolation(field, "VOTE_NOT_MISSING", "field.decision-vote-not-missing",
                        line.subjectName, line.voteBasis));
            } else {
                overridden.add(line);
            }
        }
        if (!problems.isEmpty()) {
            throw ApiException.invalid(problems);
        }
        for (int i = 0; i < overrides.size(); i++) {
            byId.get(overrides.get(i).awardeeId()).overrideVote(overrides.get(i).reason().strip(), access.name());
        }
        return overridden;
    }

    @Transactional
    public DecisionResponses.Decision publish(UUID id, String ifMatch) {
        CommendationDecision decision = access.forAct(id);
        ETags.requireMatch(ifMatch, decision.version);
        DecisionResponses.Decision before = view(decision);
        decision.publish(access.name());
        return changed(decision, before, "published");
    }

    // --- revoking -----------------------------------------------------------------------------------------------

    @Transactional
    public DecisionResponses.Decision revoke(UUID id, String ifMatch, DecisionRequests.Revoke request) {
        CommendationDecision decision = access.forAct(id);
        ETags.requireMatch(ifMatch, decision.version);
        if (decision.kind != DecisionKind.AWARD || !decision.standing()) {
            throw ApiException.conflict("detail.decision-transition", decision.status, DecisionStatus.REVOKED,
                    DecisionStatus.SIGNED + ", " + DecisionStatus.PUBLISHED);
        }
        List<DecisionLine> lines = decisions.lines(decision.id);
        List<DecisionLine> chosen = new ArrayList<>();
        if (request.awardeeIds() == null || request.awardeeIds().isEmpty()) {
            lines.stream().filter(l -> !l.revoked()).forEach(chosen::add);
        } else {
            Map<UUID, DecisionLine> byId = new HashMap<>();
            lines.forEach(l -> byId.put(l.id, l));
            List<FieldViolation> unknown = new ArrayList<>();
            for (int i = 0; i < request.awardeeIds().size(); i++) {
                DecisionLine line = byId.get(request.awardeeIds().get(i));
                if (line == null) {
                    unknown.add(new FieldViolation("awardeeIds[" + i + "]", "UNKNOWN_AWARDEE",
                            "field.decision-awardee-unknown"));
                } else if (!chosen.contains(line)) {
                    chosen.add(line);
                }
            }
            if (!unknown.isEmpty()) {
                throw ApiException.invalid(unknown);
            }
        }
        LocalDate date = request.decisionDate() == null ? today() : request.decisionDate();
        if (date.isAfter(today())) {
            throw ApiException.invalid("decisionDate", "IN_FUTURE", "field.decision-date-future", date);
        }
        if (date.isBefore(decision.decisionDate)) {
            throw ApiException.invalid("decisionDate", "BEFORE_DECISION", "field.decision-revoked-before",
                    decision.decisionDate);
        }
        DecisionResponses.Decision before = view(decision);
        CommendationDecision revocation = CommendationDecision.draft(DecisionKind.REVOCATION, decision.unitId,
                access.name());
        revocation.authorityUnitId = decision.authorityUnitId;
        revocation.authorityName = decision.authorityName;
        revocation.authorityLevel = decision.authorityLevel;
        revocation.external = decision.external;
        revocation.awardCode = decision.awardCode;
        revocation.year = decision.year;
        revocation.planId = decision.planId;
        revocation.phaseId = decision.phaseId;
        revocation.revokesDecisionId = decision.id;
        revocation.revocationGround = request.ground();
        revocation.revocationReason = request.reason().strip();
        revocation.legalBases = request.legalBases() == null ? new ArrayList<>()
                : new ArrayList<>(request.legalBases());
        revocation.fundingSource = decision.fundingSource;
        revocation.title = Objects.requireNonNullElse(Text.blankToNull(request.title()),
                DecisionCitation.revocationTitle(decision));
        decisions.lockRegister(registerKey(revocation), date.getYear());
        String number = number(revocation, request.number(), date);
        revocation.sign(number, date, request.signerName().strip(), request.signerPosition().strip(), access.name());
        long recovered = chosen.stream().mapToLong(l -> l.amountVnd).sum();
        revocation.totalVnd = recovered;
        decisions.persist(revocation);
        decisions.flush();
        Map<String, String> names = catalog.names(false);
        for (DecisionLine line : chosen) {
            line.revoke(revocation, names.getOrDefault(line.awardCode, line.awardCode), access.name());
            if (line.awardRecordId != null) {
                history.revokeConferred(line.awardRecordId, date, number, revocation.revocationReason);
            }
        }
        decisions.flush();
        decision.lineRevoked(revocation, lines.stream().allMatch(DecisionLine::revoked), access.name());
        changed(decision, before, "revoked");
        return changed(revocation, null, "signed");
    }

    @Transactional
    public DecisionResponses.Awardee recordRecovery(UUID id, UUID awardeeId, String ifMatch,
            DecisionRequests.Recovery request) {
        CommendationDecision decision = access.forAct(id);
        DecisionLine line = line(decision, awardeeId);
        ETags.requireMatch(ifMatch, line.version);
        if (!line.revoked()) {
            throw ApiException.conflict("detail.decision-line-not-revoked", line.subjectName);
        }
        List<FieldViolation> refused = new ArrayList<>();
        for (var day : List.of(Map.entry("recoveredOn", Optional.ofNullable(request.recoveredOn())),
                Map.entry("itemRecoveredOn", Optional.ofNullable(request.itemRecoveredOn())))) {
            day.getValue().ifPresent(on -> {
                if (line.revokedOn != null && on.isBefore(line.revokedOn)) {
                    refused.add(new FieldViolation(day.getKey(), "BEFORE_REVOCATION",
                            "field.decision-recovered-before-revocation", line.revokedOn));
                } else if (on.isAfter(today())) {
                    refused.add(new FieldViolation(day.getKey(), "IN_FUTURE", "field.decision-date-future", on));
                }
            });
        }
        if (request.recoveredVnd() != null && request.recoveredVnd() > 0 && request.recoveredOn() == null) {
            refused.add(new FieldViolation("recoveredOn", "NOT_NULL", "field.decision-recovered-on-required"));
        }
        if (!refused.isEmpty()) {
            throw ApiException.invalid(refused);
        }
        DecisionResponses.Awardee before = DecisionResponses.Awardee.from(line);
        line.recovered(request.recoveredVnd(), request.recoveredOn(), request.itemRecoveredOn(),
                Text.blankToNull(request.note()), access.name());
        decisions.flush();
        DecisionResponses.Awardee after = DecisionResponses.Awardee.from(line);
        audit.record("decision.recovery-recorded", "decision-awardee", line.id.toString(), decision.unitId, before,
                after);
        outbox.record(new DomainEvent("decision.recovery-recorded", "decision-awardee", line.id.toString(),
                decision.unitId, after));
        return after;
    }

    // --- a higher authority's decision --------------------------------------------------------------------------

    /**
     * Records a higher authority's decision that came back on a proposal, as signed, for the proposals feature (which
     * has checked the caller's role and scope): its awardees' cash on its date, verification codes and history, as
     * for a decision signed here. The rules are not run again: the higher authority judged.
     */
    @Transactional
    public DecisionResponses.Decision recordHigherDecision(HigherDecision higher) {
        CommendationDecision decision = CommendationDecision.draft(DecisionKind.AWARD, higher.unitId(),
                access.name());
        decision.external = true;
        decision.proposalId = higher.proposalId();
        decision.authorityUnitId = higher.authorityUnitId();
        decision.authorityName = higher.authorityName().strip();
        decision.authorityLevel = higher.authorityLevel();
        decision.title = higher.title().strip();
        decision.year = higher.year();
        decision.planId = higher.planId();
        decision.legalBases = higher.legalBases() == null ? new ArrayList<>() : new ArrayList<>(higher.legalBases());
        decision.fundingSource = defaultFund(decision.authorityName);
        decision.decisionDate = higher.decisionDate();
        decision.awardCode = !higher.awardees().isEmpty() ? higher.awardees().get(0).awardCode()
                : higher.outsideAwardCodes().isEmpty() ? null : higher.outsideAwardCodes().get(0);
        if (decision.awardCode == null) {
            throw ApiException.invalid("awardees", "EMPTY", "field.decision-no-awardee");
        }
        decisions.lockRegister(registerKey(decision), higher.decisionDate().getYear());
        if (decisions.numberTaken(decision.authorityUnitId, decision.authorityName, higher.decisionDate(),
                higher.number(), decision.id)) {
            throw ApiException.conflict("detail.decision-number-taken", higher.number(), decision.authorityName,
                    higher.decisionDate().getYear());
        }
        decisions.persist(decision);
        decisions.flush();
        List<DecisionLine> lines = new ArrayList<>();
        int position = 1;
        Subjects subjects = new Subjects(decision, higher.awardees().stream()
                .filter(a -> a.kind() == SubjectKind.PERSON).map(HigherDecision.Awardee::subjectId).toList());
        for (HigherDecision.Awardee awardee : higher.awardees()) {
            AwardType type = awardType("awardees[" + (position - 1) + "].awardCode", awardee.awardCode());
            Subject subject = subjects.of(awardee.kind(), awardee.subjectId());
            DecisionLine line = newLine(decision, position++, subject, type.code);
            line.citation = Text.blankToNull(awardee.citation());
            line.evaluationId = awardee.evaluationId();
            line.fundingSource = decision.fundingSource;
            line.eligibility = LineEligibility.NOT_JUDGED;
            line.eligibilityNote = "Quyết định của " + decision.authorityName;
            line.voteBasis = VoteBasis.HIGHER_DECISION;
            lines.add(line);
        }
        reckonCash(decision, lines);
        lines.forEach(decisions::persistLine);
        total(decision, lines);
        confer(decision, lines, higher.number(), higher.decisionDate());
        decision.sign(higher.number(), higher.decisionDate(), higher.signerName().strip(),
                higher.signerPosition().strip(), access.name());
        return changed(decision, null, "signed");
    }

    // --- the steps ----------------------------------------------------------------------------------------------

    /** Gives every line its verification code and writes its award into the subject's history, all in one go. */
    private void confer(CommendationDecision decision, List<DecisionLine> lines, String number, LocalDate date) {
        List<UUID> records = history.recordConferredAll(lines.stream().map(line -> new HistoryService.Conferral(
                line.subjectKind, line.subjectId(), line.unitId, decision.year, line.awardCode, number, date,
                decision.authorityName)).toList());
        for (int i = 0; i < lines.size(); i++) {
            DecisionLine line = lines.get(i);
            line.verificationCode = DecisionRules.verificationCode();
            line.awardRecordId = records.get(i);
            line.touched(access.name());
        }
        // the lines are written while the decision is still a draft: the database refuses lines of a signed one
        decisions.flush();
    }

    /** The register a decision is numbered in: its authority's unit, or its name for one outside the tree. */
    private static String registerKey(CommendationDecision decision) {
        return decision.authorityUnitId != null ? decision.authorityUnitId.toString()
                : decision.authorityName.toLowerCase(java.util.Locale.ROOT);
    }

    private String number(CommendationDecision decision, String requested, LocalDate date) {
        String number = Text.blankToNull(requested);
        if (number == null) {
            if (decision.authorityUnitId == null) {
                throw ApiException.invalid("number", "REQUIRED_TO_SIGN", "field.decision-number-required");
            }
            OrgDirectory.Letterhead issuing = directory.letterheadOutsideScope(decision.authorityUnitId).orElseThrow();
            number = DecisionRules.nextNumber(decisions.highestNumber(decision.authorityUnitId, date.getYear()),
                    issuing.code(), issuing.party());
        }
        if (decisions.numberTaken(decision.authorityUnitId, decision.authorityName, date, number, decision.id)) {
            throw ApiException.conflict("detail.decision-number-taken", number, decision.authorityName,
                    date.getYear());
        }
        return number;
    }

    /** Each line's cash on the decision date; one lookup per award and kind of recipient, however many lines. */
    private void reckonCash(CommendationDecision decision, List<DecisionLine> lines) {
        Map<String, CashAward> reckoned = new HashMap<>();
        for (DecisionLine line : lines) {
            Recipient recipient = line.subjectKind == SubjectKind.PERSON ? Recipient.PERSON : Recipient.COLLECTIVE;
            CashAward award = reckoned.computeIfAbsent(line.awardCode + "/" + recipient,
                    key -> cash.amount(line.awardCode, recipient, decision.decisionDate));
            line.coefficient = award.coefficient();
            line.multiplier = award.multiplier();
            line.baseSalaryVnd = award.baseSalaryVnd();
            line.amountVnd = award.amountVnd();
        }
    }

    private static void total(CommendationDecision decision, List<DecisionLine> lines) {
        decision.totalVnd = lines.stream().filter(l -> !l.revoked()).mapToLong(l -> l.amountVnd).sum();
    }

    private void requireAwardDraft(CommendationDecision decision) {
        decision.requireDraft();
        if (decision.kind != DecisionKind.AWARD) {
            throw ApiException.conflict("detail.decision-signed", decision.number, decision.status);
        }
    }

    private void requireWithinAuthority(CommendationDecision decision, AwardType type, String field) {
        if (!DecisionRules.mayAward(decision.authorityLevel, type.awardedBy)) {
            throw ApiException.invalid(field, "ABOVE_AUTHORITY", "field.decision-award-above-authority",
                    type.nameVi, decision.authorityName);
        }
    }

    private AwardType awardType(String field, String code) {
        return catalog.award(code).orElseThrow(() -> ApiException.invalid(field, "UNKNOWN_AWARD",
                "field.award-unknown", code));
    }

    private DecisionLine line(CommendationDecision decision, UUID awardeeId) {
        return decisions.line(decision.id, awardeeId)
                .orElseThrow(() -> ApiException.notFound("kind.decision-awardee"));
    }

    private static int nextPosition(List<DecisionLine> lines) {
        return lines.stream().mapToInt(l -> l.position).max().orElse(0) + 1;
    }

    /** A subject as the decision names it: in the caller's scope and under the issuing authority. */
    private record Subject(SubjectKind kind, UUID id, UUID unitId, String name, String position, String unitName) {
    }

    private Subject subject(CommendationDecision decision, SubjectKind kind, UUID id) {
        return new Subjects(decision, kind == SubjectKind.PERSON ? List.of(id) : List.of()).of(kind, id);
    }

    /**
     * The subjects of one call: the authority's path read once, the people named in one query, each unit once, so
     * that a session's hundreds of results cost a few queries, not a few per line.
     */
    private final class Subjects {
        private final String authorityPath;
        private final Map<UUID, OrgDirectory.PersonRef> people;
        private final Map<UUID, Optional<OrgDirectory.UnitRef>> units = new HashMap<>();

        Subjects(CommendationDecision decision, List<UUID> personIds) {
            authorityPath = decision.authorityUnitId == null || decision.external ? null
                    : directory.unitOutsideScope(decision.authorityUnitId).orElseThrow().path();
            people = personIds.isEmpty() ? Map.of() : directory.peopleByIds(personIds);
        }

        Subject of(SubjectKind kind, UUID id) {
            if (kind == SubjectKind.PERSON) {
                OrgDirectory.PersonRef person = Optional.ofNullable(people.get(id))
                        .orElseThrow(() -> ApiException.notFound("kind.person"));
                // the person is in scope, so is their unit
                OrgDirectory.UnitRef unit = units.computeIfAbsent(person.unitId(), directory::unitOutsideScope)
                        .orElseThrow();
                requireUnder(authorityPath, unit, person.fullName());
                return new Subject(kind, person.id(), unit.id(), person.fullName(), person.position(), unit.name());
            }
            OrgDirectory.UnitRef unit = units.computeIfAbsent(id, directory::unit)
                    .orElseThrow(() -> ApiException.notFound("kind.unit"));
            requireUnder(authorityPath, unit, unit.name());
            return new Subject(kind, unit.id(), unit.id(), unit.name(), null, unit.name());
        }
    }

    private static void requireUnder(String authorityPath, OrgDirectory.UnitRef unit, String name) {
        if (authorityPath != null && !unit.path().startsWith(authorityPath)) {
            throw ApiException.invalid("subjectId", "OUTSIDE_AUTHORITY", "field.decision-subject-outside-authority",
                    name);
        }
    }

    private DecisionLine newLine(CommendationDecision decision, int position, Subject subject, String awardCode) {
        DecisionLine line = DecisionLine.of(decision.id, position, subject.kind(), subject.id(), subject.unitId(),
                access.name());
        line.subjectName = subject.name();
        line.subjectPosition = subject.position();
        line.unitName = subject.unitName();
        line.awardCode = awardCode;
        return line;
    }

    // --- judging ------------------------------------------------------------------------------------------------

    private Judging judging(CommendationDecision decision, List<DecisionLine> lines) {
        List<UUID> people = lines.stream().filter(l -> l.personId != null).map(l -> l.personId).distinct().toList();
        List<UUID> units = lines.stream().filter(l -> l.personId == null).map(l -> l.unitId).distinct().toList();
        Map<UUID, SubjectHistory> histories = people.isEmpty() && units.isEmpty() ? Map.of()
                : historyFacts.forSubjects(people, units, decision.year, decision.year);
        String authorityPath = directory.unitOutsideScope(decision.authorityUnitId).orElseThrow().path();
        Set<UUID> subjects = new HashSet<>();
        lines.forEach(l -> subjects.add(l.subjectId()));
        EligibilityService.Verdicts verdicts = decision.planId == null ? null
                : eligibility.judgeWithin(decision.planId, decision.phaseId, authorityPath, today(), subjects);
        EffectiveSettings settings = ruleSets.settingsForYear(decision.year, authorityPath).orElse(null);
        return new Judging(decision, histories, verdicts, catalog.all(), authorityPath, settings,
                councilVotes.accepted(decision.authorityUnitId, decision.year, subjects));
    }

    /**
     * The law's refusals for the lines of one decision, with the facts read once: the subjects' history of the year,
     * the rules' verdicts over the authority's subtree, the settings there (which awards need the council's vote, the
     * quotas), and the accepted votes of the authority's own council for the year.
     */
    private final class Judging {
        private final CommendationDecision decision;
        private final Map<UUID, SubjectHistory> histories;
        private final EligibilityService.Verdicts verdicts;
        private final Map<String, AwardType> types;
        private final Set<String> forms = new HashSet<>();
        private final String authorityPath;
        private final EffectiveSettings settings;
        private final Map<String, List<CouncilVotes.Vote>> votes;
        private Map<String, QuotaReckoning.Quota> quotas;

        Judging(CommendationDecision decision, Map<UUID, SubjectHistory> histories,
                EligibilityService.Verdicts verdicts, Map<String, AwardType> types, String authorityPath,
                EffectiveSettings settings, Map<String, List<CouncilVotes.Vote>> votes) {
            this.decision = decision;
            this.histories = histories;
            this.verdicts = verdicts;
            this.types = types;
            this.authorityPath = authorityPath;
            this.settings = settings;
            this.votes = votes;
            types.values().stream().filter(t -> t.category == AwardType.Category.FORM).forEach(t -> forms.add(t.code));
        }

        /**
         * Sets the line's eligibility and answers the refusal, if the law refuses it: a pending proceeding, the same
         * title already conferred for the year, a form for an achievement year already rewarded (unless a reason is
         * recorded), a subject the rules do not find eligible (unless a reason is recorded).
         */
        Optional<FieldViolation> judge(DecisionLine line, List<DecisionLine> others, String field) {
            AwardType type = types.get(line.awardCode);
            SubjectHistory past = histories.getOrDefault(line.subjectId(),
                    SubjectHistory.empty(line.subjectKind, line.subjectId()));
            if (DecisionRules.proceedingPending(past.proceedings())) {
                return Optional.of(new FieldViolation(field, "PROCEEDING_PENDING",
                        "field.decision-proceeding-pending", line.subjectName));
            }
            if (type.category == AwardType.Category.TITLE) {
                Optional<SubjectHistory.Award> same = DecisionRules.sameTitle(past.awards(), line.awardCode,
                        decision.year);
                if (same.isPresent()) {
                    return Optional.of(new FieldViolation(field, "ALREADY_AWARDED", "field.decision-already-awarded",
                            line.subjectName, type.nameVi, decision.year, same.get().decisionNumber()));
                }
            } else {
                Optional<SubjectHistory.Award> rewarded = DecisionRules.sameYearForm(past.awards(), forms,
                        decision.year);
                Optional<DecisionLine> listed = others.stream().filter(o -> o.subjectId().equals(line.subjectId())
                        && forms.contains(o.awardCode) && !o.id.equals(line.id)).findFirst();
                if (line.overrideReason == null && rewarded.isPresent()) {
                    return Optional.of(new FieldViolation(field, "SAME_PERIOD_REWARDED",
                            "field.decision-same-period", line.subjectName, decision.year,
                            rewarded.get().decisionNumber()));
                }
                if (line.overrideReason == null && listed.isPresent()) {
                    return Optional.of(new FieldViolation(field, "SAME_PERIOD_LISTED",
                            "field.decision-same-period-listed", line.subjectName, listed.get().position));
                }
            }
            TitleResult result = verdicts == null ? null
                    : verdicts.outcomes().getOrDefault(line.subjectId(), Map.of()).get(line.awardCode);
            line.eligibility = result == null ? LineEligibility.NOT_JUDGED
                    : result.outcome() == Outcome.PASS && result.awaitingCouncil() ? LineEligibility.AWAITING_COUNCIL
                    : LineEligibility.valueOf(result.outcome().name());
            vote(line);
            line.eligibilityNote = result == null ? null : eligibilityNote(verdicts.ruleSetCode(), result);
            boolean judgedNeeded = type.category == AwardType.Category.TITLE
                    && line.eligibility == LineEligibility.NOT_JUDGED;
            if ((line.eligibility.needsOverride() || judgedNeeded) && line.overrideReason == null) {
                return Optional.of(new FieldViolation(field, "NOT_ELIGIBLE", "field.decision-not-eligible",
                        line.subjectName, type.nameVi, line.eligibility));
            }
            return Optional.empty();
        }

        /**
         * What the line rests on for the council's vote its award needs (the settings' one answer): the accepted item
         * of the authority's own council (the line's own item when it is one of them, else the latest), else the
         * signer's override, else nothing yet.
         */
        private void vote(DecisionLine line) {
            if (settings == null || !settings.voteRequired(line.awardCode)) {
                line.voteBasis = VoteBasis.NOT_REQUIRED;
                line.councilSessionId = null;
                return;
            }
            List<CouncilVotes.Vote> found = votes.getOrDefault(CouncilVotes.key(line.subjectId(), line.awardCode),
                    List.of());
            Optional<CouncilVotes.Vote> vote = found.stream().filter(v -> v.itemId().equals(line.agendaItemId))
                    .findFirst().or(() -> found.stream().findFirst());
            if (vote.isPresent()) {
                line.restOn(vote.get().sessionId(), vote.get().itemId());
            } else if (line.voteOverrideReason == null) {
                line.voteBasis = VoteBasis.MISSING;
                line.councilSessionId = null;
            }
        }

        String awardName(String code) {
            AwardType type = types.get(code);
            return type == null ? code : type.nameVi;
        }

        /** What the line's judgement says, in Vietnamese as the register keeps it: "LAW2022_ND152: đủ điều kiện". */
        private static String eligibilityNote(String ruleSet, TitleResult result) {
            String outcome = switch (result.outcome()) {
                case PASS -> "đủ điều kiện";
                case FAIL -> "không đủ điều kiện";
                case NEEDS_REVIEW -> "cần xem xét";
                case AWAITING_COUNCIL -> "chờ Hội đồng biểu quyết";
                case NOT_APPLICABLE -> "không áp dụng";
            };
            return ruleSet + ": " + outcome + (result.awaitingCouncil() && result.outcome() != Outcome.AWAITING_COUNCIL
                    ? " (chờ Hội đồng biểu quyết)" : "");
        }

        /**
         * A refusal per award whose configured quota the lines would overrun, counting those holding it for the year or
         * accepted for it by the council ({@link QuotaReckoning}); the decision's own LĐTT lines count as recognised.
         */
        List<FieldViolation> quotas(List<DecisionLine> lines) {
            List<FieldViolation> refusals = new ArrayList<>();
            if (settings == null) {
                return refusals;
            }
            if (quotas == null) {
                quotas = reckoning.quotas(authorityPath, decision.year, settings, null, QuotaReckoning.Act.NONE);
            }
            if (quotas.isEmpty()) {
                return refusals;
            }
            Map<String, Set<UUID>> listed = new HashMap<>();
            lines.stream().filter(l -> !l.revoked())
                    .forEach(l -> listed.computeIfAbsent(l.awardCode, c -> new HashSet<>()).add(l.subjectId()));
            Set<UUID> advancedWorkers = listed.getOrDefault(ADVANCED_WORKER, Set.of());
            for (QuotaReckoning.Quota configured : quotas.values()) {
                Set<UUID> subjects = listed.get(configured.awardCode());
                if (subjects == null) {
                    continue;
                }
                QuotaReckoning.Quota quota = configured.withAdvancedWorkers(advancedWorkers);
                if (!quota.allows(subjects)) {
                    refusals.add(new FieldViolation("awardees", "QUOTA_EXCEEDED", "field.decision-quota-exceeded",
                            awardName(quota.awardCode()), subjects.size(), quota.usedWith(subjects) - subjects.size(),
                            quota.cap()));
                }
            }
            return refusals;
        }
    }

    // --- answering ----------------------------------------------------------------------------------------------

    private DecisionResponses.Decision view(CommendationDecision decision) {
        long[] counts = decisions.lineCounts(List.of(decision.id)).getOrDefault(decision.id, new long[2]);
        return DecisionResponses.Decision.from(decision, counts[0], counts[1]);
    }

    private DecisionResponses.Decision changed(CommendationDecision decision, DecisionResponses.Decision before,
            String act) {
        decisions.flush();
        DecisionResponses.Decision after = view(decision);
        String action = "decision." + act;
        audit.record(action, "decision", decision.id.toString(), decision.unitId, before, after);
        outbox.record(new DomainEvent(action, "decision", decision.id.toString(), decision.unitId, after));
        return after;
    }

    private static String defaultFund(String authorityName) {
        return "Quỹ thi đua, khen thưởng của " + authorityName;
    }

    static LocalDate today() {
        return LocalDate.now(VIETNAM);
    }
}
