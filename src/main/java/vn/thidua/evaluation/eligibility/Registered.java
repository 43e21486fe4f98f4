package vn.thidua.evaluation.eligibility;

import java.util.List;

import vn.thidua.catalog.RuleName;
import vn.thidua.evaluation.eligibility.CriterionResult.AwardName;

/**
 * No registration, no title (không đăng ký thi đua thì không xét): the subject's approved pledge in the plan names
 * one of {@code titles} (registering for a higher title covers the lower). A pledge still awaiting approval:
 * NEEDS_REVIEW. Switched off per agency by {@code registration.required}.
 */
final class Registered implements Rule {

    @Override
    public RuleName name() {
        return RuleName.REGISTERED;
    }

    @Override
    public CriterionResult check(Criterion criterion, Params params, Judgement judgement) {
        List<String> titles = params.texts("titles");
        var registrations = judgement.subject().registrations();
        List<String> approved = titles.stream().filter(t -> Boolean.TRUE.equals(registrations.get(t))).toList();
        List<String> pending = titles.stream().filter(t -> Boolean.FALSE.equals(registrations.get(t))).toList();
        var result = CriterionResult.of(criterion).value("accepted", titles).value("approved", approved)
                .value("awaitingApproval", pending);
        if (!approved.isEmpty()) {
            return result.is(Outcome.PASS, "eligibility.registered", new AwardName(approved.get(0)));
        }
        if (!pending.isEmpty()) {
            return result.is(Outcome.NEEDS_REVIEW, "eligibility.registration-pending", new AwardName(pending.get(0)));
        }
        return result.is(Outcome.FAIL, "eligibility.not-registered", new AwardName(titles.get(0)));
    }
}
