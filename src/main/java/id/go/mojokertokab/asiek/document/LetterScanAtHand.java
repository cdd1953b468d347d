package id.go.mojokertokab.asiek.document;

import id.go.mojokertokab.asiek.form.LiveFormVariables;
import id.go.mojokertokab.asiek.form.Markdown;
import id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Forms;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The KADIS's disposition form shows whether the scan of the request letter is in the activity's documents: Agendaris
 * Surat uploads it after recording the letter, and the opening (SOP row 3) cannot be completed without it, so a missing
 * scan is seen weeks before the day, not at the opening.
 */
@Configuration(proxyBeanMethods = false)
class LetterScanAtHand {

  @Bean
  LiveFormVariables dispositionDocuments(DocumentRepository documents) {
    return new DocumentsAtHand(documents, Forms.DISPOSITION, List.of(DocumentKind.SURAT_PERMOHONAN),
        number -> "Pindaian surat permohonan diunggah Agendaris Surat di dokumen kegiatan " + Markdown.escape(number)
            + "; pindaian itu diperlukan saat pembukaan kegiatan (output SOP langkah 3).\n\n");
  }
}
