package vn.thidua.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A title (danh hiệu thi đua) or commendation form (hình thức khen thưởng) of the catalogue. */
@Entity
@Table(name = "award_type")
public class AwardType {

    /** A title is earned by meeting criteria and may be pledged; a form is granted. */
    public enum Category {
        TITLE, FORM
    }

    /** Whom it fits: a person, a collective, or either. */
    public enum Subject {
        INDIVIDUAL, COLLECTIVE, ANY
    }

    /** Who awards it by default. */
    public enum AwardedBy {
        AGENCY, PROVINCE, NATIONAL
    }

    @Id
    public String code;
    @Column(nullable = false)
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    public Category category;
    @Column(nullable = false)
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    public Subject subject;
    @Column(name = "name_vi", nullable = false)
    public String nameVi;
    @Column(name = "name_en", nullable = false)
    public String nameEn;
    @Column(name = "awarded_by", nullable = false)
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    public AwardedBy awardedBy;
    @Column(name = "sort_order", nullable = false)
    public int sortOrder;
    @Column(nullable = false)
    public boolean active;

    public boolean fits(boolean individual) {
        return subject == Subject.ANY || (individual ? subject == Subject.INDIVIDUAL : subject == Subject.COLLECTIVE);
    }
}
