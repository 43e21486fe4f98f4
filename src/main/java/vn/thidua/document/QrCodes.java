package vn.thidua.document;

import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;

import javax.imageio.ImageIO;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/**
 * QR codes as PNG data URIs for the templates' {@code <img>}: eight pixels a module, so that no viewer's smoothing of
 * an enlarged image blurs the modules' edges.
 */
final class QrCodes {

    private static final int PIXELS_PER_MODULE = 8;

    private QrCodes() {
    }

    /** The text as a QR code with medium error correction (a printed, framed certificate gets scratched). */
    static String dataUri(String text) {
        BitMatrix matrix;
        try {
            matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 2,
                            EncodeHintType.CHARACTER_SET, "UTF-8"));
        } catch (WriterException e) {
            throw new IllegalArgumentException("Text too long for a QR code: " + text.length() + " characters", e);
        }
        int scale = PIXELS_PER_MODULE;
        BufferedImage image = new BufferedImage(matrix.getWidth() * scale, matrix.getHeight() * scale,
                BufferedImage.TYPE_BYTE_BINARY);
        // whole modules at a time on the raster (sample 1 is white, 0 black): a pixel-by-pixel setRGB took 4 ms a code
        WritableRaster raster = image.getRaster();
        int[] white = new int[image.getWidth() * image.getHeight()];
        Arrays.fill(white, 1);
        raster.setSamples(0, 0, image.getWidth(), image.getHeight(), 0, white);
        int[] black = new int[scale * scale];
        for (int y = 0; y < matrix.getHeight(); y++) {
            for (int x = 0; x < matrix.getWidth(); x++) {
                if (matrix.get(x, y)) {
                    raster.setSamples(x * scale, y * scale, scale, scale, 0, black);
                }
            }
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(png.toByteArray());
    }
}
