package vn.thidua.cluster;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

import vn.thidua.cluster.scoring.ScoringRequests;
import vn.thidua.cluster.scoring.ScoringService;
import vn.thidua.cluster.scoring.TableContent;
import vn.thidua.common.runtime.ThiduaConfig;
import vn.thidua.identity.ActingAccount;

/**
 * With {@code THIDUA_DEMO=true}, once, through the same services a user's requests go through: the cluster of the
 * political schools of the northern border mountain provinces, which the school (TCT) heads, with five external
 * schools, its covenant for 2022 signed by all, its scoring table and a scored and closed 2022 with a ranking; and
 * the province's culture–society block, where TCT is deputy and SVHTTDL heads.
 * <p>
 * In reality that cluster is organised by the council of the Hồ Chí Minh National Academy of Politics, which is not in
 * this installation; the demo lets the province (LAICHAU, managed by the root administrator) organise it. The scores
 * are illustrative: each school's criteria are scored at a share of their maximum, the same by every scorer, except
 * that Hà Giang scores Điện Biên far lower (an outlier), so that Lào Cai and Lạng Sơn tie.
 */
@ApplicationScoped
public class DemoClusters {

    private static final Logger LOG = Logger.getLogger(DemoClusters.class);
    public static final String CLUSTER_NAME = "Cụm thi đua các trường chính trị tỉnh khu vực miền núi biên giới phía Bắc";
    static final String BLOCK_NAME = "Khối thi đua các cơ quan văn hóa – xã hội tỉnh Lai Châu";
    private static final int YEAR = 2022;
    private static final String ORGANISER = "admin";
    private static final String HEAD = "tct.board";
    /** The external schools with their province, and the share of each criterion's maximum they are scored at. */
    private static final Map<String, String> EXTERNAL = new LinkedHashMap<>();
    private static final Map<String, String> SHARE = new LinkedHashMap<>();
    /** Who signed the covenant for each school (illustrative, but for Lai Châu's head, the demo's leader). */
    public static final Map<String, String> SIGNERS = Map.of(
            "Trường Chính trị tỉnh Lai Châu", "Lường Văn Thành",
            "Trường Chính trị tỉnh Lào Cai", "Nguyễn Văn Hải",
            "Trường Chính trị tỉnh Hà Giang", "Lý Thị Mai",
            "Trường Chính trị tỉnh Điện Biên", "Lò Văn Pâng",
            "Trường Chính trị Hoàng Đình Giong tỉnh Cao Bằng", "Nông Văn Thắng",
            "Trường Chính trị Hoàng Văn Thụ tỉnh Lạng Sơn", "Hoàng Thị Lan");

    static {
        EXTERNAL.put("Trường Chính trị tỉnh Lào Cai", "Lào Cai");
        EXTERNAL.put("Trường Chính trị tỉnh Hà Giang", "Hà Giang");
        EXTERNAL.put("Trường Chính trị tỉnh Điện Biên", "Điện Biên");
        EXTERNAL.put("Trường Chính trị Hoàng Đình Giong tỉnh Cao Bằng", "Cao Bằng");
        EXTERNAL.put("Trường Chính trị Hoàng Văn Thụ tỉnh Lạng Sơn", "Lạng Sơn");
        SHARE.put("Trường Chính trị tỉnh Lai Châu", "0.95");
        SHARE.put("Trường Chính trị tỉnh Lào Cai", "0.90");
        SHARE.put("Trường Chính trị tỉnh Hà Giang", "0.85");
        SHARE.put("Trường Chính trị tỉnh Điện Biên", "0.93");
        SHARE.put("Trường Chính trị Hoàng Đình Giong tỉnh Cao Bằng", "0.87");
        SHARE.put("Trường Chính trị Hoàng Văn Thụ tỉnh Lạng Sơn", "0.90");
    }

    @Inject
    ThiduaConfig config;
    @Inject
    EntityManager em;
    @Inject
    ActingAccount acting;
    @Inject
    ClusterService clusters;
    @Inject
    CovenantService covenants;
    @Inject
    ScoringService scoring;

    /** After the demo decisions (DemoDecisions observes at APPLICATION + 1100). */
    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 1200) StartupEvent event) {
        if (config.demo()) {
            loadOnce();
        }
    }

    @Transactional
    void loadOnce() {
        em.createNativeQuery("SELECT pg_advisory_xact_lock(7401013)").getSingleResult();
        Map<String, UUID> units = new LinkedHashMap<>();
        for (String code : List.of("LAICHAU", "TCT", "SVHTTDL")) {
            List<?> found = em.createNativeQuery("SELECT id FROM org_unit WHERE code = ?1").setParameter(1, code)
                    .getResultList();
            if (found.isEmpty()) {
                return;
            }
            units.put(code, (UUID) found.get(0));
        }
        if (!em.createNativeQuery("SELECT 1 FROM cluster WHERE name = ?1").setParameter(1, CLUSTER_NAME)
                .getResultList().isEmpty()) {
            return;
        }
        Map<String, UUID> members = acting.call(ORGANISER, () -> organise(units));
        acting.call(HEAD, () -> runTheYear(members));
        acting.call(ORGANISER, () -> block(units));
        LOG.infof("Loaded the demo clusters: %s (%d members, %d scored and closed) and %s", CLUSTER_NAME,
                members.size() - 1, YEAR, BLOCK_NAME);
    }

    /** The cluster, its members from 2021, TCT heading 2022 with Lào Cai as deputy, and the 2022 table. */
    private Map<String, UUID> organise(Map<String, UUID> units) {
        UUID cluster = clusters.create(new ClusterRequests.Create(units.get("LAICHAU"), ClusterKind.CLUSTER,
                CLUSTER_NAME, "Các trường chính trị tỉnh Lai Châu, Lào Cai, Hà Giang, Điện Biên, Cao Bằng, Lạng Sơn.",
                CrossScoringMode.EVERY_OTHER_MEMBER, FinalScoreMethod.MEAN_OF_CROSS_SCORES, BigDecimal.TEN)).id();
        Map<String, UUID> members = new LinkedHashMap<>();
        members.put("cluster", cluster);
        members.put("Trường Chính trị tỉnh Lai Châu", clusters.addMember(cluster, new ClusterRequests.AddMember(
                units.get("TCT"), null, "Lai Châu", 2021, null)).id());
        EXTERNAL.forEach((name, province) -> members.put(name, clusters.addMember(cluster,
                new ClusterRequests.AddMember(null, name, province, 2021, null)).id()));
        clusters.appoint(cluster, 2021, null, new ClusterRequests.Appoint(members.get("Trường Chính trị tỉnh Lào Cai"),
                members.get("Trường Chính trị tỉnh Lai Châu"), "Biên bản Hội nghị cụm thi đua ngày 15/01/2021"));
        clusters.appoint(cluster, YEAR, null, new ClusterRequests.Appoint(members.get("Trường Chính trị tỉnh Lai Châu"),
                members.get("Trường Chính trị tỉnh Lào Cai"), "Biên bản Hội nghị tổng kết cụm thi đua năm 2021"));
        scoring.createTable(cluster, new ScoringRequests.CreateTable(YEAR, "Bảng chấm điểm thi đua năm 2022",
                TABLE));
        return members;
    }

    static final TableContent TABLE = new TableContent(List.of(
            new TableContent.Group("I", "Thực hiện nhiệm vụ chính trị được giao", new BigDecimal("60"), List.of(
                    item("I.1", "Đào tạo, bồi dưỡng cán bộ theo kế hoạch được giao", "30",
                            "Hoàn thành 100% chỉ tiêu: 30 điểm; mỗi 5% chưa đạt trừ 3 điểm."),
                    item("I.2", "Nghiên cứu khoa học, tổng kết thực tiễn", "20",
                            "Mỗi đề tài cấp tỉnh được nghiệm thu: 5 điểm, tối đa 20 điểm."),
                    item("I.3", "Xây dựng đội ngũ giảng viên đạt chuẩn", "10",
                            "Tỷ lệ giảng viên đạt chuẩn từ 90% trở lên: 10 điểm."))),
            new TableContent.Group("II", "Xây dựng Đảng, đoàn thể và công tác thi đua", new BigDecimal("40"), List.of(
                    item("II.1", "Tổ chức đảng hoàn thành tốt nhiệm vụ trở lên", "15",
                            "Hoàn thành xuất sắc: 15 điểm; hoàn thành tốt: 10 điểm."),
                    item("II.2", "Tổ chức phong trào thi đua, thực hiện giao ước", "15",
                            "Theo báo cáo tổng kết phong trào và biên bản kiểm tra chéo."),
                    item("II.3", "Thực hiện chế độ thông tin, báo cáo của cụm", "10",
                            "Gửi đủ, đúng hạn các báo cáo: 10 điểm.")))),
            List.of(item("T1", "Sáng kiến, mô hình mới được cấp có thẩm quyền công nhận", "5",
                    "Mỗi sáng kiến cấp tỉnh: 2,5 điểm.")),
            List.of(item("P1", "Chậm gửi báo cáo, hồ sơ theo quy định của cụm", "5", "Mỗi lần chậm: trừ 1 điểm.")));

    private static TableContent.Item item(String code, String title, String max, String guidance) {
        return new TableContent.Item(code, title, new BigDecimal(max), guidance);
    }

    /**
     * As the head's board (TCT): the covenant drafted, opened and signed by all (the externals' signatures entered
     * from the signed copy), self-scores, cross-scores by every other member, and the year closed.
     */
    private Void runTheYear(Map<String, UUID> members) {
        UUID cluster = members.get("cluster");
        covenants.draft(cluster, YEAR, null, new ClusterRequests.Draft("Giao ước thi đua năm 2022",
                "Các trường chính trị trong Cụm thi đua giao ước thi đua thực hiện thắng lợi nhiệm vụ chính trị năm "
                        + "2022, đổi mới nội dung, chương trình đào tạo, bồi dưỡng cán bộ gắn với thực tiễn "
                        + "địa phương.",
                List.of("Hoàn thành 100% kế hoạch đào tạo, bồi dưỡng năm 2022",
                        "Mỗi trường có ít nhất 02 đề tài khoa học cấp tỉnh được nghiệm thu",
                        "100% tổ chức đảng hoàn thành tốt nhiệm vụ trở lên")));
        long version = covenants.get(cluster, YEAR).version();
        covenants.openForSigning(cluster, YEAR, "\"" + version + "\"");
        for (String school : SHARE.keySet()) {
            covenants.sign(cluster, YEAR, new ClusterRequests.Sign(members.get(school), SIGNERS.get(school),
                    "Hiệu trưởng", LocalDate.of(YEAR, 2, 18)));
        }
        scoring.open(cluster, YEAR);
        for (String school : SHARE.keySet()) {
            BigDecimal share = new BigDecimal(SHARE.get(school)).add(new BigDecimal("0.03"));
            scoring.enter(cluster, YEAR, new ScoringRequests.EnterSheet(members.get(school), null,
                    entries(school, share.min(BigDecimal.ONE), school)));
        }
        scoring.startCrossScoring(cluster, YEAR, "*");
        for (String scorer : SHARE.keySet()) {
            for (String scored : SHARE.keySet()) {
                if (scorer.equals(scored)) {
                    continue;
                }
                BigDecimal share = scorer.equals("Trường Chính trị tỉnh Hà Giang")
                        && scored.equals("Trường Chính trị tỉnh Điện Biên") ? new BigDecimal("0.70")
                                : new BigDecimal(SHARE.get(scored));
                scoring.enter(cluster, YEAR, new ScoringRequests.EnterSheet(members.get(scored), members.get(scorer),
                        entries(scored, share, scorer)));
            }
        }
        scoring.close(cluster, YEAR, "*");
        return null;
    }

    /**
     * Every criterion at the share of its maximum; Lai Châu's recognised initiative earns it 2 bonus points, and Cao
     * Bằng's late report costs it 1.
     */
    private static List<ScoringRequests.Entry> entries(String scored, BigDecimal share, String scorer) {
        List<ScoringRequests.Entry> entries = new ArrayList<>();
        for (TableContent.Group group : TABLE.groups()) {
            for (TableContent.Item criterion : group.criteria()) {
                entries.add(new ScoringRequests.Entry(criterion.code(), criterion.maxPoints().multiply(share)
                        .setScale(2, RoundingMode.HALF_UP), null, scorer.equals(scored) ? List.of(
                                new ScoringRequests.Evidence("Báo cáo tổng kết năm 2022 - " + criterion.code(),
                                        "https://truongchinhtri.example.vn/2022/bao-cao-"
                                                + criterion.code().toLowerCase().replace('.', '-') + ".pdf", null))
                        : List.of()));
            }
        }
        if (scored.equals("Trường Chính trị tỉnh Lai Châu")) {
            entries.add(new ScoringRequests.Entry("T1", new BigDecimal("2"), "Sáng kiến được UBND tỉnh công nhận",
                    List.of()));
        }
        if (scored.equals("Trường Chính trị Hoàng Đình Giong tỉnh Cao Bằng")) {
            entries.add(new ScoringRequests.Entry("P1", BigDecimal.ONE, "Chậm gửi báo cáo 6 tháng", List.of()));
        }
        return entries;
    }

    /** The province's culture–society block: SVHTTDL heads 2022, TCT is deputy; the provincial health department. */
    private Void block(Map<String, UUID> units) {
        UUID block = clusters.create(new ClusterRequests.Create(units.get("LAICHAU"), ClusterKind.BLOCK, BLOCK_NAME,
                "Các sở, ban, ngành và đơn vị sự nghiệp khối văn hóa – xã hội của tỉnh.", CrossScoringMode.HEAD_ONLY,
                FinalScoreMethod.MEAN_OF_CROSS_SCORES, BigDecimal.TEN)).id();
        UUID svh = clusters.addMember(block, new ClusterRequests.AddMember(units.get("SVHTTDL"), null, "Lai Châu",
                2022, null)).id();
        UUID tct = clusters.addMember(block, new ClusterRequests.AddMember(units.get("TCT"), null, "Lai Châu", 2022,
                null)).id();
        clusters.addMember(block, new ClusterRequests.AddMember(null, "Sở Y tế tỉnh Lai Châu", "Lai Châu", 2022, null));
        clusters.appoint(block, YEAR, null, new ClusterRequests.Appoint(svh, tct,
                "Quyết định phân công khối thi đua năm 2022 của Hội đồng Thi đua – Khen thưởng tỉnh"));
        return null;
    }
}
