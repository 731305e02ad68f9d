package studio.backprop.export;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;

/**
 * Saves an image as PNG with its resolution recorded, so that slide programs place a 4× export at
 * the same size as a 1× one instead of four times as large. Buffers in memory, never in a
 * temporary file.
 */
final class PngFile {

    private static final String PNG_FORMAT = "javax_imageio_png_1.0";

    static {
        // ImageIO buffers in a temporary file unless told not to: a full java.io.tmpdir then broke every PNG
        // export, and a failed write left a NullPointerException from ImageIO's stream closer thread. A PNG
        // of a graph compresses to far less than the image it is made from, so memory is the better buffer.
        ImageIO.setUseCache(false);
    }

    private PngFile() {
    }

    static void write(BufferedImage image, double dotsPerInch, OutputStream out) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            ImageWriteParam param = writer.getDefaultWriteParam();
            IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), param);
            metadata.mergeTree(PNG_FORMAT, resolution(dotsPerInch));
            writer.setOutput(stream);
            writer.write(null, new IIOImage(image, null, metadata), param);
        } finally {
            writer.dispose();
        }
    }

    /** PNG's own pHYs chunk, in pixels per metre (the standard tree's millimetres are misread by some JDKs). */
    private static IIOMetadataNode resolution(double dotsPerInch) {
        String perMetre = Long.toString(Math.round(dotsPerInch / 0.0254));
        IIOMetadataNode physical = new IIOMetadataNode("pHYs");
        physical.setAttribute("pixelsPerUnitXAxis", perMetre);
        physical.setAttribute("pixelsPerUnitYAxis", perMetre);
        physical.setAttribute("unitSpecifier", "meter");
        IIOMetadataNode root = new IIOMetadataNode(PNG_FORMAT);
        root.appendChild(physical);
        return root;
    }
}
