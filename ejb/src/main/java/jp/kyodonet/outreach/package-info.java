/**
 * 情報発信: the figures of the centre's outreach that the product does not hold records of (the mail magazine is
 * sent by another service), reported by the centre month by month with who and when, for the plan's targets.
 */
package jp.kyodonet.outreach;
