/**
 * Files and comments on a centre's records (consultations, organisations, proposals, contracts and network cases):
 * files kept in the database in chunks, streamed both ways, typed by their content; comments that tell the
 * colleagues they mention.
 */
package jp.kyodonet.attachment;
