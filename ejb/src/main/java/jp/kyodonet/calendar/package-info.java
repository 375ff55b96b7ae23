/**
 * Calendars: the public events of every centre (one listing, filters), a centre's public events as an iCalendar feed,
 * a person's own sessions, meetings and follow-ups as a feed behind a secret address they can renew, and the portal's
 * week and month views.
 */
package jp.kyodonet.calendar;
