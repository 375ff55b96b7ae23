/** The inbox: one read over the records of every capability that can wait for someone. */
package jp.kyodonet.inbox.boundary;
