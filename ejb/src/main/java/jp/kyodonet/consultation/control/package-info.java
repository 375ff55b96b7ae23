/** Persistence of consultations and the consultation demo records. */
package jp.kyodonet.consultation.control;
