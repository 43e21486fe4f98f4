package vn.thidua.document;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;

import vn.thidua.common.text.Text;

/**
 * Renders an XHTML page (a rendered template) to PDF with the embedded fonts. The fonts are read from the classpath
 * once and subset into each document, so a PDF carries only the glyphs it uses.
 * <p>
 * Every PDF passes here, so here its text is made printable ({@link Text#printable}): the XML parser refuses a page
 * holding U+FFFF or a control character, and stored text may hold one that was written before input refused them,
 * or straight into the database. The page is the template's output, whose own text is printable, with the values
 * already in it: one pass covers every value of every template, escaped or raw.
 */
@ApplicationScoped
public class PdfRenderer {

    static {
        XRLog.setLoggerImpl(new RendererLog());
    }

    /** The family every template names in its CSS. */
    public static final String FAMILY = "Liberation Serif";

    private record Face(byte[] data, int weight, FontStyle style) {
    }

    private final List<Face> faces = List.of(
            face("LiberationSerif-Regular.ttf", 400, FontStyle.NORMAL),
            face("LiberationSerif-Bold.ttf", 700, FontStyle.NORMAL),
            face("LiberationSerif-Italic.ttf", 400, FontStyle.ITALIC),
            face("LiberationSerif-BoldItalic.ttf", 700, FontStyle.ITALIC));

    public byte[] render(String xhtml) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.withProducer("Thi đua");
        for (Face face : faces) {
            builder.useFont(() -> new ByteArrayInputStream(face.data()), FAMILY, face.weight(), face.style(), true);
        }
        builder.withHtmlContent(Text.printable(xhtml), null);
        builder.toStream(out);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static Face face(String file, int weight, FontStyle style) {
        // shipped by com.github.librepdf:openpdf-fonts-extra, with its SIL Open Font License beside the files
        try (InputStream in = PdfRenderer.class.getResourceAsStream("/liberation/" + file)) {
            if (in == null) {
                throw new IllegalStateException("Font missing from the classpath: /liberation/" + file);
            }
            return new Face(in.readAllBytes(), weight, style);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
