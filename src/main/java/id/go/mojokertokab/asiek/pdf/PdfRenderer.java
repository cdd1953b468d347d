package id.go.mojokertokab.asiek.pdf;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/** Renders a template of resources/pdf/ with a model into a PDF/A-2u document. */
@Component
public class PdfRenderer {

  private static final String[][] FONTS = {
      {"LiberationSans-Regular", "Liberation Sans", "400", "NORMAL"},
      {"LiberationSans-Bold", "Liberation Sans", "700", "NORMAL"},
      {"LiberationSans-Italic", "Liberation Sans", "400", "ITALIC"},
      {"LiberationSerif-Regular", "Liberation Serif", "400", "NORMAL"},
      {"LiberationSerif-Bold", "Liberation Serif", "700", "NORMAL"}};

  private final SpringTemplateEngine templates = new SpringTemplateEngine();
  private final OfficeProperties office;

  PdfRenderer(OfficeProperties office) {
    this.office = office;
    ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
    resolver.setPrefix("pdf/");
    resolver.setSuffix(".xhtml");
    resolver.setTemplateMode(TemplateMode.XML);
    resolver.setCharacterEncoding("UTF-8");
    templates.setTemplateResolver(resolver);
  }

  /** The PDF of {@code template} (a file pdf/NAME.xhtml) with {@code model}; the letterhead is in the model as "kantor". */
  public byte[] render(String template, Map<String, Object> model) {
    Map<String, Object> variables = new HashMap<>(model);
    variables.put("kantor", office);
    String html = templates.process(template, new Context(Locale.forLanguageTag("id-ID"), variables));
    ByteArrayOutputStream pdf = new ByteArrayOutputStream();
    try {
      PdfRendererBuilder builder = new PdfRendererBuilder();
      builder.useFastMode();
      builder.usePdfUaAccessibility(false);
      builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_2_U);
      builder.useColorProfile(Srgb.PROFILE);
      for (String[] font : FONTS) {
        builder.useFont(() -> font(font[0]), font[1], Integer.parseInt(font[2]), FontStyle.valueOf(font[3]), true);
      }
      builder.withHtmlContent(html, "classpath:/pdf/");
      builder.toStream(pdf);
      builder.run();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return pdf.toByteArray();
  }

  public OfficeProperties office() {
    return office;
  }

  /** Read on the first PDF, not at start-up: it loads Java 2D's colour management (LCMS) and its native library. */
  private static final class Srgb {
    static final byte[] PROFILE = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
  }

  private static InputStream font(String name) {
    InputStream in = PdfRenderer.class.getResourceAsStream("/pdf/fonts/" + name + ".ttf");
    if (in == null) {
      throw new IllegalStateException("font " + name + " missing from the classpath");
    }
    return in;
  }
}
