/** Schema migrations at start-up and the shared JPA converters. */
package jp.kyodonet.platform.persistence;
