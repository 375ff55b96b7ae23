/**
 * My inbox (issue 20, part 1): what waits for the signed-in person and for their centre, computed from the records
 * themselves on every read (never a second list to keep in step), so an item goes as soon as its record moves on.
 */
package jp.kyodonet.inbox;
