package id.go.mojokertokab.asiek.notification;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param from sender address of every mail (ASIEK_MAIL_FROM)
 * @param fromName sender name shown by mail clients
 * @param publicUrl where staff reach the application, for links in mail (ASIEK_PUBLIC_URL)
 */
@ConfigurationProperties("asiek.mail")
public record MailProperties(
    @DefaultValue("pustaka-asiek@localhost") String from,
    @DefaultValue("Dinas Perpustakaan dan Kearsipan Kab. Mojokerto") String fromName,
    @DefaultValue("http://localhost:8080") String publicUrl) {}
