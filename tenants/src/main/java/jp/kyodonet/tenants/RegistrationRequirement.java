package jp.kyodonet.tenants;

import java.util.List;
import java.util.Objects;

/**
 * One requirement an organisation must meet to be registered at a centre (団体登録の要件), confirmed by staff at
 * registration. Each centre sets its own in its catalogue file ({@code registrationRequirements}); a centre that
 * sets none has {@link #DEFAULTS}.
 *
 * @param code a stable upper-case code ({@code NON_PROFIT})
 * @param ja   the requirement as staff and applicants read it
 * @param en   the same in English
 */
public record RegistrationRequirement(String code, String ja, String en) {

    /** Non-profit, self-governed, for the public good: what every centre of the seeds asks of a group. */
    public static final List<RegistrationRequirement> DEFAULTS = List.of(
            new RegistrationRequirement("NON_PROFIT", "非営利性（営利を目的としない）", "Non-profit"),
            new RegistrationRequirement("AUTONOMOUS", "自主性（自主的に運営されている）", "Self-governed"),
            new RegistrationRequirement("PUBLIC_BENEFIT", "公益性（公益的な活動をしている）", "For the public good"));

    public RegistrationRequirement {
        Objects.requireNonNull(code);
        Objects.requireNonNull(ja);
        Objects.requireNonNull(en);
    }

    /** Whether a code is upper-case letters, digits and '_' (2-40 characters). */
    public static boolean isWellFormedCode(String code) {
        return code != null && code.matches("[A-Z][A-Z0-9_]{1,39}");
    }
}
