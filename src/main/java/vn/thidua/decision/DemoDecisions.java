package vn.thidua.decision;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;

import vn.thidua.common.runtime.ThiduaConfig;
import vn.thidua.identity.ActingAccount;
import vn.thidua.plan.PlanParts;

/**
 * With {@code THIDUA_DEMO=true}, the school's decision on the titles of 2022, once, through the same services a user's
 * requests go through: drafted by the board from the council's closed session of 26/12/2022 (every passed and accepted
 * title the head of the school may confer), signed by the head on 30/12/2022 with the register's number, and
 * published. Its number is illustrative, not from the seed document.
 */
@ApplicationScoped
public class DemoDecisions {

    private static final Logger LOG = Logger.getLogger(DemoDecisions.class);
    private static final LocalDate SIGNED_ON = LocalDate.of(2022, 12, 30);
    private static final List<String> TITLES = List.of("ADVANCED_WORKER", "GRASSROOTS_EMULATION_FIGHTER",
            "ADVANCED_COLLECTIVE");

    @Inject
    ThiduaConfig config;
    @Inject
    EntityManager em;
    @Inject
    ActingAccount acting;
    @Inject
    DecisionService decisions;

    /** After the demo council (DemoCouncil observes at APPLICATION + 1000). */
    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 1100) StartupEvent event) {
        if (config.demo()) {
            loadOnce();
        }
    }

    @Transactional
    void loadOnce() {
        em.createNativeQuery("SELECT pg_advisory_xact_lock(7401009)").getSingleResult();
        List<?> found = em.createNativeQuery("""
                SELECT u.id, p.id, s.id FROM org_unit u
                JOIN plan p ON p.issuing_unit_id = u.id AND p.number = '99-KH/TCT'
                JOIN council_session s ON s.plan_id = p.id AND s.status = 'CLOSED'
                WHERE u.code = 'TCT'""").getResultList();
        if (found.isEmpty() || !em.createNativeQuery("SELECT 1 FROM decision WHERE plan_id = ?1")
                .setParameter(1, ((Object[]) found.get(0))[1]).getResultList().isEmpty()) {
            return;
        }
        Object[] row = (Object[]) found.get(0);
        UUID school = (UUID) row[0];
        UUID plan = (UUID) row[1];
        UUID session = (UUID) row[2];
        UUID id = acting.call("tct.board", () -> draft(school, plan, session));
        DecisionResponses.Decision signed = acting.call("tct.leader", () -> decisions.sign(id, "*",
                new DecisionRequests.Sign("125-QĐ/TCT", SIGNED_ON, null, null, null)));
        acting.call("tct.board", () -> decisions.publish(id, "*"));
        LOG.infof("Signed and published the demo decision %s: %d awardees, %,d VND", signed.number(),
                signed.awardeeCount(), signed.totalVnd());
    }

    private UUID draft(UUID school, UUID plan, UUID session) {
        UUID id = decisions.create(new DecisionRequests.Create(school, "ADVANCED_WORKER",
                "Về việc công nhận danh hiệu thi đua năm 2022", null, plan, null, session, List.of(
                        new PlanParts.LegalBasis("Luật Thi đua, khen thưởng ngày 26/11/2003; Luật sửa đổi, bổ sung một "
                                + "số điều của Luật Thi đua, khen thưởng ngày 16/11/2013", null),
                        new PlanParts.LegalBasis("Nghị định số 91/2017/NĐ-CP ngày 31/7/2017 của Chính phủ quy định chi "
                                + "tiết thi hành một số điều của Luật Thi đua, khen thưởng", null),
                        new PlanParts.LegalBasis("Kế hoạch số 99-KH/TCT ngày 16/02/2022 của Trường Chính trị tỉnh Lai "
                                + "Châu về phát động phong trào thi đua năm 2022", null),
                        new PlanParts.LegalBasis("Biên bản họp Hội đồng Thi đua - Khen thưởng Trường ngày 26/12/2022",
                                null)),
                List.of("Như Điều 3", "Ban Thi đua - Khen thưởng tỉnh", "Lưu: VT, TCHC"), null, "Lường Văn Thành",
                "Hiệu trưởng", SIGNED_ON)).id();
        decisions.addFromSession(id, new DecisionRequests.FromSession(session, TITLES,
                "Đã có thành tích hoàn thành tốt nhiệm vụ năm 2022"));
        return id;
    }
}
