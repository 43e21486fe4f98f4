package vn.thidua.decision;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import vn.thidua.catalog.AwardTypeService;
import vn.thidua.common.api.Page;
import vn.thidua.common.api.Paging;
import vn.thidua.common.error.ApiException;
import vn.thidua.plan.PlanParts;

/** The public views of decisions (công khai) and the verification of certificates, for anyone without a token. */
@ApplicationScoped
public class PublicDecisionService {

    public static final Map<String, String> SORTS = Map.of("decisionDate", "decision_date", "number", "number");

    /** Crockford's base32: no I, L, O or U, so that a code read off paper is not mistaken. */
    static final String CODE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    static final int CODE_HALF = 5;

    @Inject
    PublicDecisionRepository decisions;
    @Inject
    AwardTypeService catalog;

    @Transactional
    public Page<PublicDecisionResponses.PublicSummary> list(PublicDecisionRepository.Filter filter, Paging paging) {
        PublicDecisionRepository.Found found = decisions.search(filter, paging.sort(), paging.page(), paging.size());
        List<UUID> ids = found.decisions().stream().map(d -> d.id).toList();
        Map<UUID, PublicDecisionRepository.Awardees> awardees = decisions.awardees(ids);
        Map<UUID, CommendationDecision> named = decisions.decisions(namedBy(found.decisions()));
        Awards awards = awards();
        List<PublicDecisionResponses.PublicSummary> items = found.decisions().stream().map(d -> {
            PublicDecisionRepository.Awardees lines = awardees.getOrDefault(d.id,
                    new PublicDecisionRepository.Awardees(0, List.of()));
            return new PublicDecisionResponses.PublicSummary(d.id, d.kind, d.number, d.decisionDate, d.authorityName,
                    signer(d), d.title, awards.of(d.awardCode), d.year, d.status, d.revokedOn,
                    ref(named, d.revokedByDecisionId), ref(named, d.revokesDecisionId), lines.count(),
                    List.copyOf(lines.firstNames()));
        }).toList();
        return Page.of(items, paging, found.total());
    }

    @Transactional
    public PublicDecisionResponses.Detail get(UUID id) {
        CommendationDecision d = decisions.findPublished(id)
                .orElseThrow(() -> ApiException.notFound("kind.published-decision"));
        Map<UUID, CommendationDecision> named = decisions.decisions(namedBy(List.of(d)));
        Awards awards = awards();
        List<PublicDecisionResponses.Awardee> lines = decisions.lines(d.id).stream()
                .map(l -> new PublicDecisionResponses.Awardee(l.position, l.subjectKind, l.subjectName, l.unitName,
                        awards.of(l.awardCode), l.citation, l.revokedOn != null, l.revokedOn))
                .toList();
        return new PublicDecisionResponses.Detail(d.id, d.kind, d.number, d.decisionDate, d.authorityName, signer(d),
                d.title, awards.of(d.awardCode), d.year, List.copyOf(d.legalBases), d.status, d.revokedOn,
                ref(named, d.revokedByDecisionId), ref(named, d.revokesDecisionId), d.revocationGround, lines);
    }

    /**
     * The certificate holding {@code code}, once its decision is signed. Anything else, a malformed code included,
     * is the same 404: the answer must not tell a well-formed unknown code from a mistyped one.
     */
    @Transactional
    public PublicDecisionResponses.Verification verify(String code) {
        return find(code).orElseThrow(() -> ApiException.notFound("kind.verification-code"));
    }

    /** The certificate holding {@code code}, or empty (unknown and malformed alike), for a page to say so. */
    @Transactional
    public Optional<PublicDecisionResponses.Verification> find(String code) {
        Optional<DecisionLine> found = canonicalCode(code).flatMap(decisions::signedAwardLine);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        DecisionLine line = found.get();
        Set<UUID> ids = new HashSet<>();
        ids.add(line.decisionId);
        if (line.revokedByDecisionId != null) {
            ids.add(line.revokedByDecisionId);
        }
        Map<UUID, CommendationDecision> named = decisions.decisions(ids);
        CommendationDecision d = named.get(line.decisionId);
        boolean standing = line.revokedOn == null;
        return Optional.of(new PublicDecisionResponses.Verification(standing, standing
                ? PublicDecisionResponses.Standing.STANDING : PublicDecisionResponses.Standing.REVOKED,
                line.subjectKind, line.subjectName, line.unitName, awards().of(line.awardCode), line.citation,
                d.publishedAt != null ? d.id : null, d.number, d.decisionDate, d.authorityName, signer(d), d.year,
                line.revokedOn, ref(named, line.revokedByDecisionId)));
    }

    /**
     * A code as typed off a certificate, in the form it is stored ({@code XXXXX-XXXXX}): upper case, without spaces
     * or dashes wherever they are, and Crockford's look-alikes read as the digits they stand for (O as 0, I and L as
     * 1). Empty when what is left is not ten symbols of the alphabet.
     */
    static Optional<String> canonicalCode(String typed) {
        if (typed == null || typed.length() > 4 * CODE_HALF * 2) {
            return Optional.empty();
        }
        StringBuilder symbols = new StringBuilder();
        for (int i = 0; i < typed.length(); i++) {
            char c = typed.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)
                    || Character.getType(c) == Character.DASH_PUNCTUATION) {
                continue;
            }
            char upper = Character.toUpperCase(c);
            char read = switch (upper) {
                case 'O' -> '0';
                case 'I', 'L' -> '1';
                default -> upper;
            };
            if (CODE_ALPHABET.indexOf(read) < 0) {
                return Optional.empty();
            }
            symbols.append(read);
        }
        if (symbols.length() != CODE_HALF * 2) {
            return Optional.empty();
        }
        return Optional.of(symbols.substring(0, CODE_HALF) + "-" + symbols.substring(CODE_HALF));
    }

    /** The decisions a decision names: the one revoking it, or the one it revokes. */
    private static Set<UUID> namedBy(List<CommendationDecision> found) {
        Set<UUID> ids = new HashSet<>();
        for (CommendationDecision d : found) {
            if (d.revokedByDecisionId != null) {
                ids.add(d.revokedByDecisionId);
            }
            if (d.revokesDecisionId != null) {
                ids.add(d.revokesDecisionId);
            }
        }
        return ids;
    }

    private static PublicDecisionResponses.DecisionRef ref(Map<UUID, CommendationDecision> named, UUID id) {
        CommendationDecision decision = id == null ? null : named.get(id);
        return decision == null ? null : new PublicDecisionResponses.DecisionRef(
                decision.publishedAt != null ? decision.id : null, decision.number, decision.decisionDate);
    }

    private static PlanParts.Signer signer(CommendationDecision d) {
        return new PlanParts.Signer(d.signerName, d.signerPosition);
    }

    private Awards awards() {
        return new Awards(catalog.names(false), catalog.names(true));
    }

    /** The catalogue's names, read once per answer. */
    private record Awards(Map<String, String> vi, Map<String, String> en) {

        PublicDecisionResponses.Award of(String code) {
            return code == null ? null : new PublicDecisionResponses.Award(code, vi.get(code), en.get(code));
        }
    }
}
