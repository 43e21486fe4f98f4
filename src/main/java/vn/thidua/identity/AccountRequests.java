package vn.thidua.identity;

import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The bodies of the account and login operations. */
public final class AccountRequests {

    static final String USERNAME_PATTERN = "[A-Za-z0-9][A-Za-z0-9._@-]*";
    static final String ROLE_PATTERN = "admin|board|council|leader|unit_head|member|integration";
    static final String GRANT_PATTERN = "password|client_credentials";

    private AccountRequests() {
    }

    @Schema(name = "TokenRequest", description = "A person's user name and password (grant `password`, the default), "
            + "or an integration client's id and secret (grant `client_credentials`).")
    public record TokenRequest(
            @Schema(enumeration = {"password", "client_credentials"}, defaultValue = "password")
            @Pattern(regexp = GRANT_PATTERN) String grantType,
            // not blank when given (pattern), as when both were required: required by the password grant only
            @Schema(description = "Grant `password`: the user name.", examples = "tct.board", pattern = "\\S")
            @Size(max = 100) String username,
            @Schema(description = "Grant `password`: the password.", examples = "Demo-Board-2026!", pattern = "\\S")
            @Size(max = 200) String password,
            @Schema(description = "Grant `client_credentials`: the integration client's id.", examples = "ubnd.qlvb")
            @Size(max = 100) String clientId,
            @Schema(description = "Grant `client_credentials`: the client's secret.") @Size(max = 200) String clientSecret) {

        static final String CLIENT_CREDENTIALS = "client_credentials";

        @Override
        public String toString() {
            return "TokenRequest[grantType=" + grantType + ", username=" + username + ", clientId=" + clientId + "]";
        }
    }

    @Schema(name = "RefreshTokenRequest")
    public record RefreshRequest(
            @Schema(description = "The refresh token of the last token answer; it is spent by this use.")
            @NotBlank @Size(max = 200) String refreshToken) {

        @Override
        public String toString() {
            return "RefreshRequest[]";
        }
    }

    @Schema(name = "CreateAccountRequest")
    public record CreateAccount(
            @Schema(examples = "tct.member") @NotBlank @Size(max = 100) @Pattern(regexp = USERNAME_PATTERN) String username,
            @Schema(description = "The initial password; the user should change it.") @NotBlank @Size(max = 128) String password,
            @Schema(examples = "Lò Thị Hương") @Size(max = 200) String displayName,
            @NotEmpty Set<@NotNull @Pattern(regexp = ROLE_PATTERN) String> roles,
            @Schema(description = "Home unit: the account acts inside its subtree.") @NotNull UUID unitId,
            @Schema(description = "The person this account belongs to, if any.") UUID personId,
            @Schema(description = "Default true.") Boolean enabled) {

        @Override
        public String toString() {
            return "CreateAccount[username=" + username + "]";
        }
    }

    @Schema(name = "UpdateAccountRequest", description = "Everything but the user name and the password.")
    public record UpdateAccount(
            @Size(max = 200) String displayName,
            @NotEmpty Set<@NotNull @Pattern(regexp = ROLE_PATTERN) String> roles,
            @NotNull UUID unitId,
            UUID personId,
            @NotNull Boolean enabled) {
    }

    @Schema(name = "ChangePasswordRequest")
    public record ChangePassword(
            @NotBlank @Size(max = 200) String currentPassword,
            @NotBlank @Size(max = 128) String newPassword) {

        @Override
        public String toString() {
            return "ChangePassword[]";
        }
    }

    @Schema(name = "CreateIntegrationClientRequest", description = "An integration client (the Board's systems): role "
            + "`integration`, acting inside its home unit's subtree.")
    public record CreateIntegrationClient(
            @Schema(description = "The client id it authenticates with; unique among all accounts' user names.",
                    examples = "ubnd.qlvb") @NotBlank @Size(max = 100) @Pattern(regexp = USERNAME_PATTERN) String clientId,
            @Schema(examples = "Hệ thống quản lý văn bản của Ban Thi đua - Khen thưởng") @Size(max = 200) String displayName,
            @Schema(description = "Home unit: the client acts inside its subtree.") @NotNull UUID unitId) {
    }

    @Schema(name = "ResetPasswordRequest", description = "A new password set by an administrator; it also unlocks.")
    public record ResetPassword(@NotBlank @Size(max = 128) String newPassword) {

        @Override
        public String toString() {
            return "ResetPassword[]";
        }
    }
}
