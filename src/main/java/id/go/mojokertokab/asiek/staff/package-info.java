/**
 * The office's real staff as Camunda users: the administrator imports them from a CSV file (user id, name, e-mail,
 * lane) instead of clicking through Admin, and hands each new member the initial password shown once.
 */
package id.go.mojokertokab.asiek.staff;
