/** Calendars over HTTP: the public events listing, the iCalendar feeds, a person's feed address. */
package jp.kyodonet.web.calendar;
