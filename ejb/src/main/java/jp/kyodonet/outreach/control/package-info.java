/** The outreach indicators made from the reported figures, and their change marks. */
package jp.kyodonet.outreach.control;
