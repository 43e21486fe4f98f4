package vn.thidua.org;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A unit of the organisation tree (đơn vị). {@code path} lists the ids from the root down to this unit, so that
 * "inside the subtree of X" is {@code path LIKE X.path || '%'}.
 */
@Entity
@Table(name = "org_unit")
public class OrgUnit {

    @Id
    public UUID id;
    @Column(nullable = false)
    public String code;
    @Column(nullable = false)
    public String name;
    @Column(name = "short_name")
    public String shortName;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public UnitKind kind;
    @Column(name = "parent_id")
    public UUID parentId;
    @Column(nullable = false)
    public String path;
    @Column(nullable = false)
    public int depth;
    @Column(nullable = false)
    public boolean active = true;
    /** How its documents head their first page; null: the state style with the tree's names. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "letterhead")
    public UnitLetterhead letterhead;
    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;
    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;
    @Version
    public long version;

    static OrgUnit root(String code, String name) {
        OrgUnit unit = new OrgUnit();
        unit.id = UUID.randomUUID();
        unit.code = code;
        unit.name = name;
        unit.kind = UnitKind.PROVINCE;
        unit.path = "/" + unit.id + "/";
        unit.depth = 0;
        unit.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        unit.updatedAt = unit.createdAt;
        return unit;
    }

    static OrgUnit under(OrgUnit parent, String code, String name, UnitKind kind) {
        OrgUnit unit = new OrgUnit();
        unit.id = UUID.randomUUID();
        unit.code = code;
        unit.name = name;
        unit.kind = kind;
        unit.parentId = parent.id;
        unit.path = parent.path + unit.id + "/";
        unit.depth = parent.depth + 1;
        unit.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        unit.updatedAt = unit.createdAt;
        return unit;
    }

    /**
     * The agency this unit belongs to: the unit directly under the root on its path, or the root for the root itself.
     * People's codes are unique per agency (the database's {@code thidua_unit_agency} says the same).
     */
    public UUID agencyId() {
        return agencyOf(path);
    }

    static UUID agencyOf(String unitPath) {
        String[] ids = unitPath.split("/");
        return UUID.fromString(ids.length > 2 ? ids[2] : ids[1]);
    }

    static UUID rootOf(String unitPath) {
        return UUID.fromString(unitPath.split("/")[1]);
    }

    /** Units by lower-case code, leaving out a code several of them hold (in different agencies). */
    static Map<String, OrgUnit> uniqueByCode(Collection<OrgUnit> units) {
        Map<String, List<OrgUnit>> byCode = units.stream()
                .collect(Collectors.groupingBy(u -> u.code.toLowerCase(Locale.ROOT)));
        Map<String, OrgUnit> unique = new HashMap<>();
        byCode.forEach((code, holders) -> {
            if (holders.size() == 1) {
                unique.put(code, holders.get(0));
            }
        });
        return unique;
    }

    /** Whether {@code other} is this unit or lies below it. */
    public boolean contains(OrgUnit other) {
        return other.path.startsWith(path);
    }

    void touch() {
        updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
    }
}
