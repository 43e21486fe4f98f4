package vn.thidua.decision.proposal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import vn.thidua.common.error.ApiException.FieldViolation;

/**
 * What a dossier lacks before it may be sent (domain rules, process step 6; Ban Thi đua – Khen thưởng Trung ương, hồ sơ
 * đề nghị khen thưởng): at least one nominee; the list; the council's minutes with the vote when the nominees came from
 * a session or an award needs a vote; an achievement report for each nominee; and, for the emulation fighters above
 * the agency, proof of each nominee's initiative or project. Every gap is reported at once, so that the officer
 * completes the dossier in one pass.
 */
public final class DossierCheck {

    /** The titles whose criteria rest on an initiative or project of wide effect, proven in the dossier. */
    public static final Set<String> NEED_INITIATIVE_PROOF = Set.of("PROVINCE_EMULATION_FIGHTER",
            "NATIONAL_EMULATION_FIGHTER");

    /** A nominee as the check sees it, in the proposal's order. */
    public record Nominee(UUID id, String name, String awardCode) {
    }

    /** A part as the check sees it; {@code nomineeId} null for a part about the whole proposal. */
    public record Part(DossierPartKind kind, UUID nomineeId) {
    }

    private DossierCheck() {
    }

    /** @param minutesNeeded whether the council's minutes belong in this dossier */
    public static List<FieldViolation> missing(List<Nominee> nominees, List<Part> parts, boolean minutesNeeded) {
        List<FieldViolation> missing = new ArrayList<>();
        if (nominees.isEmpty()) {
            missing.add(new FieldViolation("nominees", "NO_NOMINEE", "field.proposal-no-nominee"));
        }
        if (!has(parts, DossierPartKind.LIST, null)) {
            missing.add(new FieldViolation("dossier", "MISSING_LIST", "field.proposal-missing-list"));
        }
        if (minutesNeeded && !has(parts, DossierPartKind.MINUTES, null)) {
            missing.add(new FieldViolation("dossier", "MISSING_MINUTES", "field.proposal-missing-minutes"));
        }
        for (int i = 0; i < nominees.size(); i++) {
            Nominee nominee = nominees.get(i);
            if (!has(parts, DossierPartKind.ACHIEVEMENT_REPORT, nominee.id())) {
                missing.add(new FieldViolation("nominees[" + i + "]", "MISSING_ACHIEVEMENT_REPORT",
                        "field.proposal-missing-report", nominee.name()));
            }
            if (NEED_INITIATIVE_PROOF.contains(nominee.awardCode())
                    && !has(parts, DossierPartKind.INITIATIVE_PROOF, nominee.id())) {
                missing.add(new FieldViolation("nominees[" + i + "]", "MISSING_INITIATIVE_PROOF",
                        "field.proposal-missing-initiative-proof", nominee.name(), nominee.awardCode()));
            }
        }
        return missing;
    }

    /** A part of the kind; about this nominee when one is named, about the whole proposal or anyone otherwise. */
    private static boolean has(List<Part> parts, DossierPartKind kind, UUID nominee) {
        return parts.stream().anyMatch(p -> p.kind() == kind && (nominee == null || nominee.equals(p.nomineeId())));
    }
}
