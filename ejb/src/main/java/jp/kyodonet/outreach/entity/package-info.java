/** The reported figures (TENANT scope: one centre's numbers, no personal data). */
package jp.kyodonet.outreach.entity;
