package vn.thidua.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

import vn.thidua.org.SubjectKind;

@QuarkusTest
class HistoryFactsTest {

    @Inject
    HistoryFacts facts;
    @Inject
    EntityManager em;
    @Inject
    jakarta.transaction.UserTransaction transaction;

    /** Runs {@code work} in a transaction that is rolled back: bulk data for one test leaves no trace. */
    private void undone(Runnable work) {
        try {
            transaction.setTransactionTimeout(600);
            transaction.begin();
            try {
                work.run();
            } finally {
                transaction.rollback();
            }
        } catch (jakarta.transaction.NotSupportedException | jakarta.transaction.SystemException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void create(HistoryFixtures f, String collection, Map<String, ?> body) {
        f.board().body(body).post("/api/v1/" + collection).then().statusCode(201);
    }

    private String path(UUID unit) {
        return QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery(
                "SELECT path FROM org_unit WHERE id = ?1").setParameter(1, unit).getSingleResult());
    }

    @Test
    void aSubtreeLoadsEverySubjectWithItsRecordsOfTheYearsInTimeOrder() {
        HistoryFixtures f = new HistoryFixtures();
        HistoryFixtures.Person duc = f.person();
        HistoryFixtures.Person anh = f.person(f.office, "Trần Thị Ánh");
        HistoryFixtures.Person idle = f.person(f.office, "Lò Văn Páo");
        create(f, "annual-assessments", Map.of("personId", duc.id(), "year", 2023, "rating", "EXCELLENT"));
        create(f, "annual-assessments", Map.of("personId", duc.id(), "year", 2022, "rating", "GOOD",
                "monthsEmployed", 7));
        create(f, "annual-assessments", Map.of("personId", duc.id(), "year", 2021, "rating", "GOOD"));
        create(f, "annual-assessments", Map.of("unitId", f.faculty, "year", 2023, "rating", "EXCELLENT"));
        create(f, "disciplinary-measures", Map.of("personId", duc.id(), "measure", "WARNING",
                "decidedOn", "2021-03-01", "servedUntil", "2022-02-28", "decisionNumber", "9/QĐ"));
        create(f, "disciplinary-measures", Map.of("personId", duc.id(), "measure", "REPRIMAND",
                "decidedOn", "2019-03-01", "servedUntil", "2020-02-28", "decisionNumber", "3/QĐ"));
        create(f, "disciplinary-proceedings", Map.of("personId", anh.id(), "kind", "INVESTIGATION",
                "openedOn", LocalDate.now().minusDays(3).toString()));
        create(f, "disciplinary-proceedings", Map.of("personId", anh.id(), "kind", "INSPECTION",
                "openedOn", "2018-01-01", "closedOn", "2018-06-01"));
        create(f, "initiatives", Map.of("kind", "INITIATIVE", "title", "Giảng dạy bằng tình huống",
                "authorIds", List.of(duc.id(), anh.id()), "recognisedBy", "Hội đồng sáng kiến",
                "decisionNumber", "112/QĐ", "recognisedOn", "2023-11-20", "level", "BASE"));
        create(f, "initiatives", Map.of("kind", "SCIENCE_PROJECT", "title", "Bồi dưỡng lý luận",
                "unitId", f.faculty, "recognisedBy", "Sở KH&CN", "decisionNumber", "8/QĐ",
                "recognisedOn", "2022-06-15", "level", "PROVINCE"));
        create(f, "award-records", Map.of("personId", duc.id(), "year", 2023,
                "awardCode", "GRASSROOTS_EMULATION_FIGHTER", "decisionNumber", "215/QĐ"));
        String revoked = f.board().body(Map.of("personId", duc.id(), "year", 2022, "awardCode", "ADVANCED_WORKER",
                "decisionNumber", "178/QĐ")).post("/api/v1/award-records").then().statusCode(201).extract().path("id");
        f.board().header("If-Match", "\"0\"").body(Map.of("revokedOn", "2024-06-03", "revocationNumber", "301/QĐ",
                "reason", "Hồ sơ không trung thực")).post("/api/v1/award-records/" + revoked + ":revoke").then()
                .statusCode(200);
        create(f, "award-records", Map.of("unitId", f.faculty, "year", 2022, "awardCode", "CERTIFICATE_OF_MERIT",
                "decisionNumber", "180/QĐ"));

        Map<UUID, SubjectHistory> all = facts.forSubtree(path(f.agency), 2022, 2024);

        assertEquals(6, all.size(), "the agency, two departments, three people");
        SubjectHistory ducs = all.get(duc.id());
        assertEquals(SubjectKind.PERSON, ducs.kind());
        assertEquals(List.of(new SubjectHistory.Assessment(2022, Rating.GOOD, 7),
                new SubjectHistory.Assessment(2023, Rating.EXCELLENT, null)), ducs.assessments());
        assertEquals(List.of(new SubjectHistory.Measure(DisciplineMeasure.WARNING, LocalDate.of(2021, 3, 1),
                LocalDate.of(2022, 2, 28), "9/QĐ")), ducs.measures());
        assertEquals(List.of(2022, 2023), ducs.awards().stream().map(SubjectHistory.Award::year).toList());
        assertEquals(LocalDate.of(2024, 6, 3), ducs.awards().get(0).revokedOn());
        assertTrue(ducs.awards().get(1).standing());
        assertEquals(List.of("112/QĐ"), ducs.initiatives().stream().map(SubjectHistory.Initiative::decisionNumber)
                .toList());
        SubjectHistory anhs = all.get(anh.id());
        assertEquals(1, anhs.initiatives().size());
        assertEquals(List.of(ProceedingKind.INVESTIGATION), anhs.proceedings().stream()
                .map(SubjectHistory.Proceeding::kind).toList(), "the pending one, whatever the years");
        SubjectHistory faculty = all.get(f.faculty);
        assertEquals(SubjectKind.UNIT, faculty.kind());
        assertEquals(1, faculty.assessments().size());
        assertEquals(List.of("CERTIFICATE_OF_MERIT"), faculty.awards().stream()
                .map(SubjectHistory.Award::awardCode).toList());
        assertEquals(List.of(EffectLevel.PROVINCE), faculty.initiatives().stream()
                .map(SubjectHistory.Initiative::level).toList());
        assertEquals(SubjectHistory.empty(SubjectKind.PERSON, idle.id()), all.get(idle.id()));
        assertEquals(SubjectHistory.empty(SubjectKind.UNIT, f.office), all.get(f.office));

        Map<UUID, SubjectHistory> some = facts.forSubjects(List.of(duc.id(), idle.id()), List.of(f.faculty), 2022,
                2024);
        assertEquals(Map.of(duc.id(), ducs, idle.id(), all.get(idle.id()), f.faculty, faculty), some);
        assertEquals(all.get(f.office), facts.forSubtree(path(f.office), 2022, 2024).get(f.office));
    }

    @Test
    void theNumberOfStatementsDoesNotGrowWithTheNumberOfSubjects() {
        int small = statementsForPeople(3);
        int large = statementsForPeople(60);
        assertEquals(6, small, "one for the subjects and one per table");
        assertEquals(small, large);

        HistoryFixtures f = new HistoryFixtures();
        List<UUID> people = List.of(f.person().id(), f.person().id(), f.person().id());
        int few = StatementCounter.count(() -> facts.forSubjects(people.subList(0, 1), List.of(), 2020, 2024))
                .statements();
        int more = StatementCounter.count(() -> facts.forSubjects(people, List.of(f.faculty, f.office), 2020, 2024))
                .statements();
        assertEquals(5, few, "one per table");
        assertEquals(few, more);
    }

    /** Statements of a subtree load over {@code count} people with records of every kind, made in SQL and undone. */
    private int statementsForPeople(int count) {
        HistoryFixtures f = new HistoryFixtures();
        String path = path(f.agency);
        int[] statements = new int[1];
        undone(() -> {
            HistoryData.people(em, f.faculty, count, "S" + count + "-" + UUID.randomUUID().toString().substring(0, 6));
            HistoryData.records(em, path, 2020, 2024);
            StatementCounter.Counted<Map<UUID, SubjectHistory>> counted = StatementCounter.count(
                    () -> facts.forSubtree(path, 2020, 2024));
            assertEquals(count + 3, counted.result().size());
            assertTrue(counted.result().values().stream().filter(h -> h.kind() == SubjectKind.PERSON)
                    .allMatch(h -> h.assessments().size() == 5 && h.awards().size() == 2));
            statements[0] = counted.statements();
        });
        return statements[0];
    }

    /** The engine's batch: a province-sized subtree, 50,000 people with five years of history, loaded in one go. */
    @Test
    void fiftyThousandPeopleWithFiveYearsOfHistoryLoadInWellUnderTwoSeconds() {
        HistoryFixtures f = new HistoryFixtures();
        String path = path(f.agency);
        undone(() -> {
            long started = System.nanoTime();
            HistoryData.departments(em, f.agency, path, 100);
            for (int chunk = 0; chunk < 5; chunk++) {
                HistoryData.peopleAcrossDepartments(em, path, 10_000, "B" + chunk + "-" + UUID.randomUUID()
                        .toString().substring(0, 6));
            }
            HistoryData.records(em, path, 2021, 2025);
            em.createNativeQuery("ANALYZE").executeUpdate();
            long generated = System.nanoTime();
            StatementCounter.Counted<Map<UUID, SubjectHistory>> counted = StatementCounter.count(
                    () -> facts.forSubtree(path, 2021, 2025));
            long loaded = System.nanoTime();
            long records = counted.result().values().stream().mapToLong(h -> h.assessments().size()
                    + h.measures().size() + h.proceedings().size() + h.initiatives().size() + h.awards().size()).sum();
            System.out.printf("HistoryFacts: %d subjects, %d records in %d statements, loaded in %d ms "
                    + "(data made in %d ms)%n", counted.result().size(), records, counted.statements(),
                    (loaded - generated) / 1_000_000, (generated - started) / 1_000_000);
            assertEquals(50_000 + 103, counted.result().size());
            assertEquals(6, counted.statements());
            // the target is well under two seconds on a quiet machine (about 0.8 s here); the bound only catches a
            // regression by an order of magnitude, without failing on a machine busy with other builds
            assertTrue(loaded - generated < 5_000_000_000L, "loaded in " + (loaded - generated) / 1_000_000 + " ms");
        });
    }
}
