package vn.thidua.evaluation.eligibility;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.JsonNode;

import vn.thidua.catalog.EffectiveSettings;
import vn.thidua.catalog.RuleSettings;
import vn.thidua.evaluation.EvaluationRepository;
import vn.thidua.history.HistoryFacts;
import vn.thidua.org.OrgDirectory;

/**
 * The one reckoning of a unit's quotas ({@code quota.<AWARD>}): what a quota is a share of, and how much of it is
 * used. The council's results, the eligibility answers, decision signing, proposals and reports all ask it, so that
 * none can count differently.
 * <p>
 * <b>Who counts as Lao động tiên tiến (LĐTT)</b> for a quota taken of it: the people of the subtree <em>recognised</em>
 * LĐTT for the year, that is holding a standing LĐTT of the year (conferred by a decision, or imported), or accepted
 * for it by a closed session of the council (the proposal the head's decision rests on), or recognised by the act
 * being judged (the LĐTT this session passes, the LĐTT lines of the decision being signed). People merely eligible
 * do not count. Legal ground: NĐ 91/2017 art. 9.3 counted the cap on "tổng số cá nhân đạt danh hiệu Lao động tiên
 * tiến", those who achieved the title, not those who might; the 2022 law sets no cap, so the agency's configured
 * quota inherits that base.
 * <p>
 * <b>Use</b> of a quota: the subjects of the subtree holding the award for the year (standing) or accepted for it by
 * the council, whoever receives it (people and collectives alike), each counted once.
 */
@ApplicationScoped
public class QuotaReckoning {

    static final String ADVANCED_WORKER = "ADVANCED_WORKER";

    @Inject
    HistoryFacts history;
    @Inject
    EvaluationRepository evaluations;
    @Inject
    OrgDirectory directory;

    /**
     * A quota of one award in one unit for one year: the cap ({@code ratio} × {@code base}, rounded as configured)
     * and the subjects already using it.
     */
    public record Quota(String awardCode, BigDecimal ratio, String of, String rounding, long base, long cap,
            Set<UUID> holders, Set<UUID> advancedWorkers) {

        /**
         * The same quota with more LĐTT recognised by the act being judged (a decision's own LĐTT lines): the base and
         * cap grow when the quota is a share of them.
         */
        public Quota withAdvancedWorkers(Set<UUID> more) {
            if (!ADVANCED_WORKER.equals(of) || advancedWorkers.containsAll(more)) {
                return this;
            }
            Set<UUID> recognised = new HashSet<>(advancedWorkers);
            recognised.addAll(more);
            return new Quota(awardCode, ratio, of, rounding, recognised.size(),
                    Quotas.cap(ratio, recognised.size(), rounding), holders, Set.copyOf(recognised));
        }

        public long used() {
            return holders.size();
        }

        /** The seats still free, never below zero. */
        public long left() {
            return Math.max(0, cap - holders.size());
        }

        /** How many the quota would hold with {@code subjects} added (a holder already counted is not counted twice). */
        public long usedWith(Collection<UUID> subjects) {
            Set<UUID> all = new HashSet<>(holders);
            all.addAll(subjects);
            return all.size();
        }

        public boolean allows(Collection<UUID> subjects) {
            return usedWith(subjects) <= cap;
        }
    }

    /**
     * What the act being judged adds to the facts: LĐTT recognised by it ({@code advancedWorkers}), and a council
     * session whose own verdicts are left out of the use ({@code exceptSession}, the session being counted).
     */
    public record Act(Set<UUID> advancedWorkers, UUID exceptSession) {

        public static final Act NONE = new Act(Set.of(), null);
    }

    /**
     * The quotas configured in {@code settings} (the unit's) for {@code awardCodes} (null: every award with one), over
     * the subtree of {@code unitPath} for {@code year}, in award code order.
     */
    @Transactional
    public Map<String, Quota> quotas(String unitPath, int year, EffectiveSettings settings,
            Collection<String> awardCodes, Act act) {
        Map<String, JsonNode> configured = new TreeMap<>();
        settings.values().keySet().stream().filter(k -> k.startsWith(RuleSettings.QUOTA_PREFIX))
                .map(k -> k.substring(RuleSettings.QUOTA_PREFIX.length()))
                .filter(code -> awardCodes == null || awardCodes.contains(code))
                .forEach(code -> settings.quota(code).ifPresent(q -> configured.put(code, q)));
        Map<String, Quota> quotas = new LinkedHashMap<>();
        if (configured.isEmpty()) {
            return quotas;
        }
        boolean advancedWorkerBase = configured.values().stream()
                .anyMatch(q -> ADVANCED_WORKER.equals(q.path("of").asText(ADVANCED_WORKER)));
        Set<String> read = new HashSet<>(configured.keySet());
        if (advancedWorkerBase) {
            read.add(ADVANCED_WORKER);
        }
        Map<String, Set<UUID>> holders = history.holders(unitPath, year, read);
        evaluations.councilAccepted(unitPath, year, read, act.exceptSession())
                .forEach((code, subjects) -> holders.computeIfAbsent(code, c -> new HashSet<>()).addAll(subjects));
        Long headcount = null;
        for (Map.Entry<String, JsonNode> entry : configured.entrySet()) {
            JsonNode setting = entry.getValue();
            String of = setting.path("of").asText(ADVANCED_WORKER);
            String rounding = setting.path("rounding").asText("FLOOR");
            BigDecimal ratio = setting.get("ratio").decimalValue();
            long base;
            Set<UUID> recognised = Set.of();
            if ("HEADCOUNT".equals(of)) {
                if (headcount == null) {
                    headcount = (long) directory.activePeopleWithin(unitPath).size();
                }
                base = headcount;
            } else {
                recognised = new HashSet<>(holders.getOrDefault(ADVANCED_WORKER, Set.of()));
                recognised.addAll(act.advancedWorkers());
                base = recognised.size();
            }
            quotas.put(entry.getKey(), new Quota(entry.getKey(), ratio, of, rounding, base,
                    Quotas.cap(ratio, base, rounding), Set.copyOf(holders.getOrDefault(entry.getKey(), Set.of())),
                    Set.copyOf(recognised)));
        }
        return quotas;
    }
}
