package vn.thidua.catalog;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class AwardTypeRepository implements PanacheRepositoryBase<AwardType, String> {

    public List<AwardType> listActive(AwardType.Category category) {
        return category == null ? list("active", Sort.by("sortOrder"), true)
                : list("active = ?1 and category = ?2", Sort.by("sortOrder"), true, category);
    }
}
