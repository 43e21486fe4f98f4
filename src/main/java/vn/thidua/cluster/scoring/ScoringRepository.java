package vn.thidua.cluster.scoring;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** Every query on scoring tables, rounds and sheets; the caller has already found the cluster in reach. */
@ApplicationScoped
public class ScoringRepository implements PanacheRepositoryBase<ScoringTable, UUID> {

    public List<ScoringTable> tables(UUID clusterId, Integer year) {
        return getEntityManager().createQuery("from ScoringTable where clusterId = :c and (:y is null or year = :y)"
                + " order by year desc, versionNumber desc", ScoringTable.class).setParameter("c", clusterId)
                .setParameter("y", year).getResultList();
    }

    public Optional<ScoringTable> table(UUID clusterId, UUID tableId) {
        return getEntityManager().createQuery("from ScoringTable where clusterId = :c and id = :id",
                ScoringTable.class).setParameter("c", clusterId).setParameter("id", tableId).getResultStream()
                .findFirst();
    }

    /** The year's latest version: the one sheets are entered against. */
    public Optional<ScoringTable> currentTable(UUID clusterId, int year) {
        return getEntityManager().createQuery("from ScoringTable where clusterId = :c and year = :y"
                + " order by versionNumber desc", ScoringTable.class).setParameter("c", clusterId)
                .setParameter("y", year).setMaxResults(1).getResultStream().findFirst();
    }

    public boolean inUse(UUID tableId) {
        return getEntityManager().createQuery("select count(s) from ScoreSheet s where s.tableId = :t", Long.class)
                .setParameter("t", tableId).getSingleResult() > 0;
    }

    public Optional<ScoringRound> round(UUID clusterId, int year) {
        return getEntityManager().createQuery("from ScoringRound where clusterId = :c and year = :y",
                ScoringRound.class).setParameter("c", clusterId).setParameter("y", year).getResultStream()
                .findFirst();
    }

    public Optional<ScoringRound> round(UUID roundId) {
        return Optional.ofNullable(getEntityManager().find(ScoringRound.class, roundId));
    }

    public List<ScoreSheet> sheets(UUID roundId) {
        return getEntityManager().createQuery("from ScoreSheet where roundId = :r order by createdAt, id",
                ScoreSheet.class).setParameter("r", roundId).getResultList();
    }

    /** A sheet of one of the cluster's rounds. */
    public Optional<ScoreSheet> sheet(UUID clusterId, UUID sheetId) {
        return getEntityManager().createQuery("select s from ScoreSheet s, ScoringRound r where r.id = s.roundId"
                + " and r.clusterId = :c and s.id = :id", ScoreSheet.class).setParameter("c", clusterId)
                .setParameter("id", sheetId).getResultStream().findFirst();
    }

    public Optional<ScoreSheet> sheet(UUID tableId, UUID scoredMemberId, UUID scorerMemberId) {
        return getEntityManager().createQuery("from ScoreSheet where tableId = :t and scoredMemberId = :d"
                + " and scorerMemberId = :r", ScoreSheet.class).setParameter("t", tableId)
                .setParameter("d", scoredMemberId).setParameter("r", scorerMemberId).getResultStream().findFirst();
    }

    public void add(Object entity) {
        getEntityManager().persist(entity);
    }
}
