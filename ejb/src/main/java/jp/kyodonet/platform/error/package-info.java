/** Refusals with bilingual messages; the web layer turns them into problem+json. */
package jp.kyodonet.platform.error;
