package vn.thidua.council;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.thidua.common.Roles;
import vn.thidua.identity.AccountDirectory.AccountRef;

/** What the council operations answer. */
public final class CouncilResponses {

    private CouncilResponses() {
    }

    @Schema(name = "Council", description = "An agency's Emulation–Commendation Council (Hội đồng thi đua – khen "
            + "thưởng).")
    public record CouncilView(
            UUID id,
            @Schema(description = "The agency the council belongs to.") UUID unitId,
            @Schema(examples = "Trường Chính trị tỉnh") String unitName,
            @Schema(examples = "Hội đồng Thi đua - Khen thưởng Trường Chính trị tỉnh") String name,
            @Schema(examples = "Quyết định số 15/QĐ-TCT ngày 05/01/2026") String establishedBy,
            @Schema(description = "Set when the council is a cluster's meeting of one year (hội nghị cụm thi đua): "
                    + "the cluster.") UUID clusterId,
            @Schema(description = "The year the cluster's meeting is held for.", examples = "2022") Integer clusterYear,
            OffsetDateTime createdAt,
            OffsetDateTime updatedAt,
            @Schema(required = true) long version) {

        static CouncilView of(Council council, String unitName) {
            return new CouncilView(council.id, council.unitId, unitName, council.name, council.establishedBy,
                    council.clusterId, council.clusterYear, council.createdAt, council.updatedAt, council.version);
        }
    }

    @Schema(name = "CouncilMember", description = "One membership of a council: an account in a role for a span of "
            + "days. A member changing role or coming back after a gap has one membership per span.")
    public record MemberView(
            UUID id,
            UUID councilId,
            UUID accountId,
            @Schema(examples = "tct.hieutruong") String username,
            @Schema(examples = "Lường Văn Thành") String fullName,
            @Schema(examples = "Hiệu trưởng") String position,
            CouncilRole role,
            @Schema(description = "At a cluster's meeting: the member agency the delegate represents. A delegate "
                    + "without an account (an external agency's) votes on paper.") UUID clusterMemberId,
            LocalDate validFrom,
            @Schema(description = "The last day; null: until further notice.") LocalDate validTo,
            @Schema(required = true, description = "Whether the membership holds today (in Vietnam).")
            boolean current,
            @Schema(required = true, description = "Whether the account holds the role council, which voting "
                    + "needs. A member without it is listed but cannot vote.") boolean canVote,
            OffsetDateTime createdAt,
            OffsetDateTime updatedAt,
            @Schema(required = true) long version) {

        static MemberView of(CouncilMember member, AccountRef account, LocalDate today) {
            return new MemberView(member.id, member.councilId, member.accountId,
                    account == null ? null : account.username(), member.fullName, member.position, member.role,
                    member.clusterMemberId, member.validFrom, member.validTo, member.holdsOn(today),
                    account != null && account.hasRole(Roles.COUNCIL), member.createdAt,
                    member.updatedAt, member.version);
        }
    }
}
