package id.go.mojokertokab.asiek.report;

import id.go.mojokertokab.asiek.document.DocumentKind;
import id.go.mojokertokab.asiek.document.DocumentRepository;
import id.go.mojokertokab.asiek.document.DocumentsAtHand;
import id.go.mojokertokab.asiek.form.LiveFormVariables;
import id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Forms;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What Bidang Pengembangan sees when reviewing the report (row 8): the link to the draft, rendered from the current
 * data each time it is opened (a document uploaded after a first look is in the next one: no regeneration step), and
 * the documents that will go into the archive with it.
 */
@Configuration(proxyBeanMethods = false)
class ReviewForm {

  @Bean
  LiveFormVariables reviewActivityReportDocuments(DocumentRepository documents) {
    return new DocumentsAtHand(documents, Forms.REVIEW_ACTIVITY_REPORT,
        List.of(DocumentKind.SURAT_PERMOHONAN, DocumentKind.LEMBAR_DISPOSISI, DocumentKind.MATERI, DocumentKind.FOTO, DocumentKind.VIDEO,
            DocumentKind.VIDEO_EDIT, DocumentKind.LAINNYA),
        number -> "**[Buka draf laporan (PDF)](/api/kegiatan/" + number + "/laporan.pdf)**: dibuat dari data terkini setiap kali dibuka.\n\n"
            + "Dokumen yang akan diarsipkan bersama laporan (daftar hadir yang sudah ditutup ikut diarsipkan):\n\n");
  }
}
