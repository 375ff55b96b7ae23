/** Consultation use cases for centre staff: commands in, views out. */
package jp.kyodonet.consultation.boundary;
