package vn.thidua.decision;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.EntityManager;

import org.hibernate.query.NativeQuery;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;

import vn.thidua.testsupport.TestOrg;

/**
 * Decisions written straight into the tables, as signing and publishing will leave them, so that the public views are
 * tested without the decision service: each decision is inserted as a draft with its lines (the database refuses
 * lines under a signed decision), then moved on with an UPDATE the immutability trigger allows. Every line carries
 * private values (amount, coefficient, override reason, recovery note) whose text must never reach a public answer.
 */
public final class PublicDecisionFixtures {

    /** How far a decision has come. */
    public enum Stage {
        DRAFT, SIGNED, PUBLISHED
    }

    /** What a line's private columns hold; no public answer may contain any of these texts. */
    public static final String OVERRIDE_REASON = "Lý do riêng: ngoại lệ nội bộ";
    public static final String ELIGIBILITY_NOTE = "Ghi chú đủ điều kiện nội bộ";
    public static final String RECOVERY_NOTE = "Ghi chú thu hồi nội bộ";
    public static final String FUNDING = "Quỹ thi đua khen thưởng nội bộ";
    public static final long AMOUNT_VND = 4_680_001L;

    private static final String ALPHABET = PublicDecisionService.CODE_ALPHABET;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** An awardee line to write: a person of {@code unit} (or the unit itself as a collective), named as printed. */
    public record Line(boolean person, UUID unit, String name, String unitName, String awardCode, String code) {

        public static Line person(UUID unit, String name, String unitName) {
            return new Line(true, unit, name, unitName, "GRASSROOTS_EMULATION_FIGHTER", freshCode());
        }

        public static Line collective(UUID unit, String unitName) {
            return new Line(false, unit, unitName, unitName, "CERTIFICATE_OF_MERIT", freshCode());
        }

        public Line withCode(String verificationCode) {
            return new Line(person, unit, name, unitName, awardCode, verificationCode);
        }
    }

    /** A written decision: its id, number, date, and its lines' ids and codes in position order. */
    public record Made(UUID id, String number, LocalDate date, List<UUID> lineIds, List<String> codes) {
    }

    private PublicDecisionFixtures() {
    }

    /** A fresh code in the stored form {@code XXXXX-XXXXX}. */
    public static String freshCode() {
        return codeStartingWith("");
    }

    /** A fresh code whose first symbols are {@code start} (to test look-alikes such as 0 and 1). */
    public static String codeStartingWith(String start) {
        StringBuilder symbols = new StringBuilder(start);
        while (symbols.length() < 10) {
            symbols.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return symbols.substring(0, 5) + "-" + symbols.substring(5);
    }

    /** A number no other decision has: {@code 123-ABCDEF/QĐ-TCT}. */
    public static String freshNumber() {
        return RANDOM.nextInt(1000) + "-" + TestOrg.uniqueCode("Q").substring(2, 8) + "/QĐ-TCT";
    }

    /** An AWARD decision kept by {@code unit}, of the year {@code year} and dated that year's 28 December. */
    public static Made award(UUID unit, Stage stage, int year, String title, List<Line> lines) {
        return award(unit, stage, year, freshNumber(), LocalDate.of(year, 12, 28), title, lines);
    }

    public static Made award(UUID unit, Stage stage, int year, String number, LocalDate date, String title,
            List<Line> lines) {
        List<UUID> personIds = lines.stream().map(l -> l.person() ? person(l.unit(), l.name()) : null).toList();
        return QuarkusTransaction.requiringNew().call(() -> {
            UUID id = insertDecision(DecisionKind.AWARD, unit, number, date, year, title,
                    lines.isEmpty() ? null : lines.get(0).awardCode(), null, null);
            List<UUID> lineIds = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                lineIds.add(insertLine(id, i + 1, lines.get(i), personIds.get(i)));
            }
            moveOn(id, stage);
            return new Made(id, number, date, List.copyOf(lineIds), lines.stream().map(Line::code).toList());
        });
    }

    /**
     * A REVOCATION decision of the award's lines at {@code positions} (from 1), signed or published; the lines are
     * marked revoked, and the award wholly revoked when none of its lines stands any more.
     */
    public static Made revoke(Made award, Stage stage, LocalDate date, int... positions) {
        String number = freshNumber();
        return QuarkusTransaction.requiringNew().call(() -> {
            UUID unit = (UUID) em().createNativeQuery("SELECT unit_id FROM decision WHERE id = ?1")
                    .setParameter(1, award.id()).getSingleResult();
            UUID id = insertDecision(DecisionKind.REVOCATION, unit, number, date, award.date().getYear(),
                    "Quyết định hủy bỏ Quyết định số " + award.number(), null, award.id(),
                    RevocationGround.FALSIFIED_ACHIEVEMENTS);
            moveOn(id, stage);
            for (int position : positions) {
                em().createNativeQuery("""
                                UPDATE decision_line SET revoked_by_decision_id = ?1, revoked_on = ?2,
                                       recovery_owed_vnd = amount_vnd, recovery_item = 'Giấy chứng nhận',
                                       recovery_note = ?3, version = version + 1
                                 WHERE decision_id = ?4 AND position = ?5""")
                        .setParameter(1, id).setParameter(2, date).setParameter(3, RECOVERY_NOTE)
                        .setParameter(4, award.id()).setParameter(5, position).executeUpdate();
            }
            em().createNativeQuery("""
                            UPDATE decision SET status = 'REVOKED', revoked_by_decision_id = ?1, revoked_on = ?2,
                                   version = version + 1
                             WHERE id = ?3 AND NOT EXISTS (SELECT 1 FROM decision_line
                                                           WHERE decision_id = ?3 AND revoked_on IS NULL)""")
                    .setParameter(1, id).setParameter(2, date).setParameter(3, award.id()).executeUpdate();
            return new Made(id, number, date, List.of(), List.of());
        });
    }

    private static UUID insertDecision(DecisionKind kind, UUID unit, String number, LocalDate date, int year,
            String title, String awardCode, UUID revokes, RevocationGround ground) {
        UUID id = UUID.randomUUID();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        sql("""
                        INSERT INTO decision (id, kind, status, unit_id, authority_unit_id, authority_name,
                               authority_level, award_code, title, year, legal_bases, recipients, funding_source,
                               signer_name, signer_position, decision_date, number, total_vnd, revokes_decision_id,
                               revocation_ground, revocation_reason, created_by, created_at, updated_by, updated_at,
                               version)
                        VALUES (?1, ?2, 'DRAFT', ?3, ?3, 'Trường Chính trị tỉnh Lai Châu', 'AGENCY', ?4, ?5, ?6,
                               CAST(?7 AS jsonb), CAST('["Lưu: VT, TĐKT"]' AS jsonb), ?8, 'Lường Văn Thành',
                               'Hiệu trưởng', ?9, ?10, ?11, ?12, ?13, ?14, 'fixture.board', ?15, 'fixture.board', ?15, 0)""")
                .setParameter(1, id).setParameter(2, kind.name()).setParameter(3, unit).setParameter(4, awardCode)
                .setParameter(5, title).setParameter(6, year)
                .setParameter(7, "[{\"reference\": \"Luật Thi đua, khen thưởng ngày 15/6/2022\", \"summary\": null}]")
                .setParameter(8, FUNDING).setParameter(9, date).setParameter(10, number)
                .setParameter(11, kind == DecisionKind.AWARD ? AMOUNT_VND : 0L).setParameter(12, revokes, UUID.class)
                .setParameter(13, ground == null ? null : ground.name())
                .setParameter(14, ground == null ? null : OVERRIDE_REASON).setParameter(15, now)
                .executeUpdate();
        return id;
    }

    private static UUID insertLine(UUID decision, int position, Line line, UUID personId) {
        UUID id = UUID.randomUUID();
        sql("""
                        INSERT INTO decision_line (id, decision_id, position, subject_kind, person_id, unit_id,
                               subject_name, subject_position, unit_name, award_code, citation, eligibility,
                               eligibility_note, override_reason, coefficient, multiplier, base_salary_vnd,
                               amount_vnd, funding_source, verification_code, created_by, created_at, updated_by,
                               updated_at, version)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, 'Giảng viên chính', ?8, ?9,
                               'Đã có thành tích xuất sắc trong công tác năm', 'FAIL', ?10, ?11, 1.5, 1, 2340000, ?12,
                               ?13, ?14, 'fixture.board', ?15, 'fixture.board', ?15, 0)""")
                .setParameter(1, id).setParameter(2, decision).setParameter(3, position)
                .setParameter(4, line.person() ? "PERSON" : "UNIT").setParameter(5, personId, UUID.class)
                .setParameter(6, line.unit()).setParameter(7, line.name()).setParameter(8, line.unitName())
                .setParameter(9, line.awardCode()).setParameter(10, ELIGIBILITY_NOTE)
                .setParameter(11, OVERRIDE_REASON).setParameter(12, AMOUNT_VND).setParameter(13, FUNDING)
                .setParameter(14, line.code()).setParameter(15, OffsetDateTime.now(ZoneOffset.UTC))
                .executeUpdate();
        return id;
    }

    /** Signs, then publishes, as far as {@code stage}; the number, date and signer were written with the draft. */
    private static void moveOn(UUID id, Stage stage) {
        if (stage == Stage.DRAFT) {
            return;
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        em().createNativeQuery("""
                        UPDATE decision SET status = 'SIGNED', signed_by = 'fixture.leader', signed_at = ?1,
                               version = version + 1 WHERE id = ?2""")
                .setParameter(1, now).setParameter(2, id).executeUpdate();
        if (stage == Stage.PUBLISHED) {
            em().createNativeQuery("""
                            UPDATE decision SET status = 'PUBLISHED', published_by = 'fixture.board',
                                   published_at = ?1, version = version + 1 WHERE id = ?2""")
                    .setParameter(1, now).setParameter(2, id).executeUpdate();
        }
    }

    /** A person of the unit, made by a root administrator, for a line about a person. */
    private static UUID person(UUID unit, String fullName) {
        String id = TestOrg.asRootAdmin().body(Map.of("code", TestOrg.uniqueCode("QD"), "fullName", fullName,
                "unitId", unit.toString())).post("/api/v1/people").then().statusCode(201).extract().path("id");
        return UUID.fromString(id);
    }

    /** A native statement whose parameters may be typed, so that a null binds as its column's type. */
    @SuppressWarnings("unchecked")
    private static NativeQuery<Object> sql(String statement) {
        return em().createNativeQuery(statement).unwrap(NativeQuery.class);
    }

    private static EntityManager em() {
        return Arc.container().instance(EntityManager.class).get();
    }
}
