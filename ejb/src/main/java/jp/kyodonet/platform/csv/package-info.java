/** CSV as Excel and kintone read and write it (RFC 4180, optional BOM). */
package jp.kyodonet.platform.csv;
