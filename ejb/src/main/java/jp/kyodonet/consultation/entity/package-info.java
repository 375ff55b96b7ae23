/** The consultation record and its value types. */
package jp.kyodonet.consultation.entity;
