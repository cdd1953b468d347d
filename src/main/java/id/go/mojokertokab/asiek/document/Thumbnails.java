package id.go.mojokertokab.asiek.document;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Iterator;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Small JPEG copies of photos for the upload page and the activity report, made once and kept beside the store. The
 * photo is decoded already subsampled, so a 24-megapixel photo never sits whole in memory. Formats the JDK cannot read
 * (HEIC, WebP) have no thumbnail.
 */
@Component
public record Thumbnails(DocumentProperties properties, DocumentStore store) {

  private static final Logger log = LoggerFactory.getLogger(Thumbnails.class);
  static final int WIDTH = 480;

  /** The thumbnail of an image document, made now if it is not there yet. */
  public Optional<Path> of(Document document) {
    if (!document.isImage()) {
      return Optional.empty();
    }
    Path thumbnail = properties.thumbnails().resolve(document.id() + ".jpg");
    if (Files.exists(thumbnail)) {
      return Optional.of(thumbnail);
    }
    try {
      Optional<BufferedImage> image = read(store.path(document));
      if (image.isEmpty()) {
        return Optional.empty();
      }
      Files.createDirectories(thumbnail.getParent());
      Path temporary = Files.createTempFile(properties.thumbnails(), document.id(), ".part");
      ImageIO.write(image.get(), "jpg", temporary.toFile());
      Files.move(temporary, thumbnail, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      return Optional.of(thumbnail);
    } catch (IOException | RuntimeException e) {
      log.warn("No thumbnail for document {}: {}", document.id(), e.getMessage());
      return Optional.empty();
    }
  }

  static Optional<BufferedImage> read(Path file) throws IOException {
    try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
      Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
      if (readers == null || !readers.hasNext()) {
        return Optional.empty();
      }
      ImageReader reader = readers.next();
      try {
        reader.setInput(in, true, true);
        int width = reader.getWidth(0);
        int height = reader.getHeight(0);
        ImageReadParam param = reader.getDefaultReadParam();
        int step = Math.max(1, width / (WIDTH * 2));
        param.setSourceSubsampling(step, step, 0, 0);
        BufferedImage decoded = reader.read(0, param);
        int targetHeight = Math.max(1, (int) Math.round((double) height / width * WIDTH));
        BufferedImage small = new BufferedImage(Math.min(WIDTH, width), Math.min(targetHeight, height), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = small.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, small.getWidth(), small.getHeight());
        g.drawImage(decoded, 0, 0, small.getWidth(), small.getHeight(), null);
        g.dispose();
        return Optional.of(small);
      } finally {
        reader.dispose();
      }
    }
  }
}
