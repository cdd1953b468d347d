/**
 * Mail to requesters and staff through Jakarta Mail. Every mail has a key saying what the process meant to send; a key
 * that was handed to the SMTP server once is never sent again, whatever the process transaction does afterwards.
 */
package id.go.mojokertokab.asiek.notification;
