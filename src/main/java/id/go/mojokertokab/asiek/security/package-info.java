/**
 * Staff, lanes and what each may do: groups per SOP lane, demo users, the admin, Tasklist filters, authorizations,
 * HTTP Basic on the REST API and the guards against the two advisories on 7.24.0.
 */
package id.go.mojokertokab.asiek.security;
