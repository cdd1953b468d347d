package id.go.mojokertokab.asiek.workshop;

import id.go.mojokertokab.asiek.document.DocumentKind;
import id.go.mojokertokab.asiek.document.DocumentRepository;
import id.go.mojokertokab.asiek.document.DocumentsAtHand;
import id.go.mojokertokab.asiek.form.LiveFormVariables;
import id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Forms;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The documents each form of the workshop days shows: the KADIS opens with the disposition sheet and the request
 * letter at hand (row 3), the speaker sees the material uploaded (row 4), documentation staff the photos and videos
 * (row 7); each form links to the upload page.
 */
@Configuration(proxyBeanMethods = false)
class WorkshopForms {

  @Bean
  LiveFormVariables openWorkshopDocuments(DocumentRepository documents) {
    return new DocumentsAtHand(documents, Forms.OPEN_WORKSHOP, List.of(DocumentKind.LEMBAR_DISPOSISI, DocumentKind.SURAT_PERMOHONAN));
  }

  @Bean
  LiveFormVariables deliverMaterialDocuments(DocumentRepository documents) {
    return new DocumentsAtHand(documents, Forms.DELIVER_MATERIAL, List.of(DocumentKind.MATERI));
  }

  @Bean
  LiveFormVariables deliverDocumentationDocuments(DocumentRepository documents) {
    return new DocumentsAtHand(documents, Forms.DELIVER_DOCUMENTATION,
        List.of(DocumentKind.FOTO, DocumentKind.VIDEO, DocumentKind.VIDEO_EDIT));
  }
}
