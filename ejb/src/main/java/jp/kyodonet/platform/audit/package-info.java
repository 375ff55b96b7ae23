/** The per-centre audit log of personal-data reads and changes. */
package jp.kyodonet.platform.audit;
