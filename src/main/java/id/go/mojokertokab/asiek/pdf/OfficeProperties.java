package id.go.mojokertokab.asiek.pdf;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The office as its letterhead (kop surat) and signatures name it.
 *
 * @param government the first line of the letterhead
 * @param name the office
 * @param address street, town, postcode
 * @param contact telephone, e-mail, website in one line
 * @param city the place before a signature's date ("Mojokerto, 14 Desember 2026")
 * @param headTitle the title above the head's signature
 */
@ConfigurationProperties("asiek.office")
public record OfficeProperties(
    @DefaultValue("PEMERINTAH KABUPATEN MOJOKERTO") String government,
    @DefaultValue("DINAS PERPUSTAKAAN DAN KEARSIPAN") String name,
    @DefaultValue("Jl. Raya Jabon Km. 4, Mojoanyar, Kabupaten Mojokerto, Jawa Timur") String address,
    @DefaultValue("Telepon (0321) 000000 · dispusip@mojokertokab.go.id · dispusip.mojokertokab.go.id") String contact,
    @DefaultValue("Mojokerto") String city,
    @DefaultValue("Kepala Dinas Perpustakaan dan Kearsipan Kabupaten Mojokerto") String headTitle) {}
