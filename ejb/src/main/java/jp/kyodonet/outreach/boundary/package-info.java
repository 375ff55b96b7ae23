/** Reading and reporting a centre's monthly figures. */
package jp.kyodonet.outreach.boundary;
