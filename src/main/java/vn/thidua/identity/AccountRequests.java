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

    private AccountRequests() {
    }

    @Schema(name = "TokenRequest", description = "User name and password of a built-in account.")
    public record TokenRequest(
            @Schema(examples = "tct.board") @NotBlank @Size(max = 100) String username,
            @Schema(examples = "Demo-Board-2026!") @NotBlank @Size(max = 200) String password) {

        @Override
        public String toString() {
            return "TokenRequest[username=" + username + "]";
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

    @Schema(name = "ResetPasswordRequest", description = "A new password set by an administrator; it also unlocks.")
    public record ResetPassword(@NotBlank @Size(max = 128) String newPassword) {

        @Override
        public String toString() {
            return "ResetPassword[]";
        }
    }
}
