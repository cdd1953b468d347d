package id.go.mojokertokab.asiek.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param adminUser id of the administrator (ASIEK_ADMIN_USER)
 * @param adminPassword its password (ASIEK_ADMIN_PASSWORD); empty: generated and logged once, refused by the prod profile
 * @param adminEmail its mail address (ASIEK_ADMIN_EMAIL); set on the admin when it has none
 * @param demoUsers whether to create one demo user per lane (default profile only)
 * @param demoPassword the demo users' password (ASIEK_DEMO_PASSWORD)
 * @param demoMailDomain the domain of the demo users' mail addresses
 * @param requireStrongAdminPassword true in the prod profile: refuse to start without a strong admin password
 */
@ConfigurationProperties("asiek.security")
public record SecurityProperties(
    @DefaultValue("admin") String adminUser,
    @DefaultValue("") String adminPassword,
    @DefaultValue("") String adminEmail,
    @DefaultValue("false") boolean demoUsers,
    @DefaultValue("demo") String demoPassword,
    @DefaultValue("pustaka-asiek.test") String demoMailDomain,
    @DefaultValue("false") boolean requireStrongAdminPassword) {}
