/** The inbox over HTTP. */
package jp.kyodonet.web.inbox;
