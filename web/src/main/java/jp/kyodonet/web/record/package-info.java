/** Files and comments of a centre's records, reached below each record ({@code /consultations/{id}/attachments}…). */
package jp.kyodonet.web.record;
