package vn.thidua.evaluation.eligibility;

import vn.thidua.catalog.RuleName;
import vn.thidua.evaluation.AttestationKey;
import vn.thidua.evaluation.eligibility.CriterionResult.Term;

/**
 * What only people can say ("đoàn kết, tích cực tham gia phong trào thi đua"): the unit's review attests it. Until it
 * does, NEEDS_REVIEW; attested as not met, FAIL.
 */
final class Attestation implements Rule {

    @Override
    public RuleName name() {
        return RuleName.ATTESTATION;
    }

    @Override
    public CriterionResult check(Criterion criterion, Params params, Judgement judgement) {
        AttestationKey key = params.choice("key", AttestationKey.class);
        Boolean attested = judgement.subject().attestations().get(key);
        var result = CriterionResult.of(criterion).value("key", key.name()).value("attested", attested);
        if (attested == null) {
            return result.is(Outcome.NEEDS_REVIEW, "eligibility.attestation-missing", Term.of(key));
        }
        return attested ? result.is(Outcome.PASS, "eligibility.attested", Term.of(key))
                : result.is(Outcome.FAIL, "eligibility.attestation-refused", Term.of(key));
    }
}
