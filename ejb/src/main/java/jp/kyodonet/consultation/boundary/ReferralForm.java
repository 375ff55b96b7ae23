package jp.kyodonet.consultation.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A referral to send: the receiving centre's tenant id, the summary written for the receiver, and whether
 * the requester agreed that the receiver gets their name and contact.
 */
public record ReferralForm(@NotBlank @Size(max = 32) String toCentre,
                           @NotBlank @Size(max = 4000) String summary,
                           @NotNull Boolean contactConsent) {
}
