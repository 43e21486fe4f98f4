package vn.thidua.catalog;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * The queries of the cash inputs. Each is dated data: the row in force on a day is the latest whose
 * {@code effectiveFrom} is not after it.
 */
@ApplicationScoped
public class CashSettingsRepository {

    @Inject
    EntityManager em;

    public List<BaseSalary> baseSalaries() {
        return em.createQuery("from BaseSalary order by effectiveFrom desc", BaseSalary.class).getResultList();
    }

    public Optional<BaseSalary> baseSalaryOn(LocalDate day) {
        return em.createQuery("from BaseSalary where effectiveFrom <= :day order by effectiveFrom desc",
                BaseSalary.class).setParameter("day", day).setMaxResults(1).getResultStream().findFirst();
    }

    public boolean baseSalaryExists(LocalDate effectiveFrom) {
        return em.createQuery("select count(*) from BaseSalary where effectiveFrom = :day", Long.class)
                .setParameter("day", effectiveFrom).getSingleResult() > 0;
    }

    public void persist(Object row) {
        em.persist(row);
        em.flush();
    }

    /** Each award's coefficient in force on the day, in catalogue order; awards without one are left out. */
    public List<AwardCoefficient> coefficientsOn(LocalDate day) {
        return em.createQuery("""
                select c from AwardCoefficient c, AwardType t
                where t.code = c.awardCode and c.effectiveFrom = (
                    select max(d.effectiveFrom) from AwardCoefficient d
                    where d.awardCode = c.awardCode and d.effectiveFrom <= :day)
                order by t.sortOrder""", AwardCoefficient.class).setParameter("day", day).getResultList();
    }

    public Optional<AwardCoefficient> coefficientOn(String awardCode, LocalDate day) {
        return em.createQuery("""
                from AwardCoefficient where awardCode = :code and effectiveFrom <= :day
                order by effectiveFrom desc""", AwardCoefficient.class).setParameter("code", awardCode)
                .setParameter("day", day).setMaxResults(1).getResultStream().findFirst();
    }

    public boolean coefficientExists(String awardCode, LocalDate effectiveFrom) {
        return em.createQuery("select count(*) from AwardCoefficient where awardCode = :code and effectiveFrom = :day",
                Long.class).setParameter("code", awardCode).setParameter("day", effectiveFrom).getSingleResult() > 0;
    }

    public Optional<CashMultiplier> multiplierOn(Recipient recipient, AwardType.Category category, LocalDate day) {
        return em.createQuery("""
                from CashMultiplier where recipient = :recipient and awardCategory = :category
                and effectiveFrom <= :day order by effectiveFrom desc""", CashMultiplier.class)
                .setParameter("recipient", recipient).setParameter("category", category).setParameter("day", day)
                .setMaxResults(1).getResultStream().findFirst();
    }
}
