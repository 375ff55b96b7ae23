/** Paginated lists. */
package jp.kyodonet.platform.paging;
