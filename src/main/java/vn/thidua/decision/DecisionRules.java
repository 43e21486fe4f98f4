package vn.thidua.decision;

import java.security.SecureRandom;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import vn.thidua.catalog.AwardType;
import vn.thidua.history.SubjectHistory;
import vn.thidua.org.UnitKind;

/**
 * The law's rules on who may decide what, and on rewarding an achievement once, as small pure functions: the service
 * applies them, the tests call them directly.
 */
final class DecisionRules {

    /** Crockford's base 32: no I, L, O or U, so a code read aloud or typed from paper is not mistaken. */
    static final String CODE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final SecureRandom RANDOM = new SecureRandom();

    private DecisionRules() {
    }

    /**
     * The level of the awards a unit's head may decide: an agency's head its own (LĐTT, CSTĐCS, Giấy khen...), a
     * province's chair or a minister also the provincial ones; a department decides nothing.
     */
    static Optional<AwardType.AwardedBy> authorityLevel(UnitKind kind) {
        return switch (kind) {
            case AGENCY -> Optional.of(AwardType.AwardedBy.AGENCY);
            case PROVINCE, MINISTRY -> Optional.of(AwardType.AwardedBy.PROVINCE);
            case DEPARTMENT, OTHER -> Optional.empty();
        };
    }

    /** Whether an authority of {@code authority}'s level may award what is awarded at {@code award}'s. */
    static boolean mayAward(AwardType.AwardedBy authority, AwardType.AwardedBy award) {
        return authority.ordinal() >= award.ordinal();
    }

    /**
     * The next register number with the unit's symbol: "16/QĐ-UBND" after 15 for a state body, "16-QĐ/TCT" for a
     * Party body (Hướng dẫn 36-HD/VPTW on the Party's documents).
     */
    static String nextNumber(int highest, String unitCode, boolean party) {
        return (highest + 1) + (party ? "-QĐ/" : "/QĐ-") + unitCode;
    }

    /** A fresh verification code, 50 random bits: "7K3QD-M9X2T". */
    static String verificationCode() {
        StringBuilder code = new StringBuilder(11);
        for (int i = 0; i < 10; i++) {
            if (i == 5) {
                code.append('-');
            }
            code.append(CODE_ALPHABET.charAt(RANDOM.nextInt(CODE_ALPHABET.length())));
        }
        return code.toString();
    }

    /** A standing award of the same title for the same year: a title is conferred once a year. */
    static Optional<SubjectHistory.Award> sameTitle(Collection<SubjectHistory.Award> awards, String code, int year) {
        return awards.stream().filter(a -> a.standing() && a.year() == year && a.awardCode().equals(code))
                .findFirst();
    }

    /**
     * A standing form for the same achievement year, among {@code forms} (the codes of the catalogue's forms): the
     * same achievement is rewarded once, unless an officer records why this
     * one is another.
     */
    static Optional<SubjectHistory.Award> sameYearForm(Collection<SubjectHistory.Award> awards, Collection<String> forms,
            int year) {
        return awards.stream().filter(a -> a.standing() && a.year() == year && forms.contains(a.awardCode()))
                .findFirst();
    }

    /** Whether a disciplinary procedure, investigation or inspection about the subject is still open. */
    static boolean proceedingPending(List<SubjectHistory.Proceeding> proceedings) {
        return proceedings.stream().anyMatch(p -> p.closedOn() == null);
    }
}
