package vn.thidua.catalog;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class RuleSetRepository implements PanacheRepositoryBase<RuleSet, String> {

    /** Newest first: the order an officer reads them in. */
    public List<RuleSet> listNewestFirst(RuleSetStatus status) {
        Sort sort = Sort.by("validFrom", Sort.Direction.Descending).and("code");
        return status == null ? listAll(sort) : list("status", sort, status);
    }

    public List<RuleSet> active() {
        return list("status", RuleSetStatus.ACTIVE);
    }
}
