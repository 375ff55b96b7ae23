/**
 * 総合相談 (general consultation): intake, follow-up and closing of the consultations a centre receives.
 * Tenant scope: a consultation and its requester's personal data never leave their centre; every read
 * of personal data is audit-logged.
 */
package jp.kyodonet.consultation;
