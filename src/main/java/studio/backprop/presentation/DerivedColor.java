package studio.backprop.presentation;

import java.util.Locale;

/**
 * Colours the screen's style sheet derives from the palette rather than names, computed the way
 * JavaFX computes CSS {@code derive(color, +x%)}, so an export matches the screen: saturation and
 * brightness (HSB) move towards white by an amount that depends on how bright the colour looks.
 */
final class DerivedColor {

    private DerivedColor() {
    }

    /** {@code derive(hex, fraction × 100%)} for a fraction from 0 to 1. */
    static String lighter(String hex, double fraction) {
        int rgb = Integer.parseInt(hex.substring(1), 16);
        // JavaFX keeps colour components as floats; rounding the same way gives the same last digit.
        double r = (float) (((rgb >> 16) & 0xff) / 255.0);
        double g = (float) (((rgb >> 8) & 0xff) / 255.0);
        double b = (float) ((rgb & 0xff) / 255.0);
        double amount = Math.min(1, fraction * contrastFactor(0.3 * r + 0.59 * g + 0.11 * b));
        double max = Math.max(r, Math.max(g, b));
        double min = Math.min(r, Math.min(g, b));
        double saturation = max == 0 ? 0 : (max - min) / max;
        double newSaturation = saturation * (1 - amount);
        double newBrightness = max + (1 - max) * amount;
        // JavaFX rebuilds the colour from whole degrees of hue.
        double wholeDegrees = Math.floor(hue(r, g, b, max, min) * 60);
        return fromHsb(wholeDegrees / 60, newSaturation, newBrightness);
    }

    /** JavaFX's adjustment: bright colours move further, dark ones less, to keep contrast even. */
    private static double contrastFactor(double brightness) {
        if (brightness > 0.85) return 1.6;
        if (brightness > 0.6) return 1;
        if (brightness > 0.5) return 0.9;
        if (brightness > 0.4) return 0.8;
        if (brightness > 0.3) return 0.7;
        return 0.6;
    }

    /** Hue in [0, 6): which sixth of the colour wheel, and where in it. */
    private static double hue(double r, double g, double b, double max, double min) {
        double range = max - min;
        if (range == 0) return 0;
        double hue;
        if (max == r) hue = (g - b) / range;
        else if (max == g) hue = 2 + (b - r) / range;
        else hue = 4 + (r - g) / range;
        return hue < 0 ? hue + 6 : hue;
    }

    /** The colour a fraction of the way from {@code from} to {@code to}, channel by channel: 0 is from, 1 is to. */
    static String mix(String from, String to, double fraction) {
        int a = Integer.parseInt(from.substring(1), 16);
        int b = Integer.parseInt(to.substring(1), 16);
        int rgb = 0;
        for (int shift = 16; shift >= 0; shift -= 8) {
            int x = (a >> shift) & 0xff;
            int y = (b >> shift) & 0xff;
            rgb |= ((int) Math.round(x + (y - x) * fraction) & 0xff) << shift;
        }
        return String.format(Locale.ROOT, "#%06x", rgb);
    }

    private static String fromHsb(double hue, double saturation, double brightness) {
        int sector = (int) Math.floor(hue) % 6;
        double f = hue - Math.floor(hue);
        double p = brightness * (1 - saturation);
        double q = brightness * (1 - saturation * f);
        double t = brightness * (1 - saturation * (1 - f));
        double[] rgb = switch (sector) {
            case 0 -> new double[] {brightness, t, p};
            case 1 -> new double[] {q, brightness, p};
            case 2 -> new double[] {p, brightness, t};
            case 3 -> new double[] {p, q, brightness};
            case 4 -> new double[] {t, p, brightness};
            default -> new double[] {brightness, p, q};
        };
        return String.format(Locale.ROOT, "#%02x%02x%02x",
                Math.round((float) rgb[0] * 255.0), Math.round((float) rgb[1] * 255.0), Math.round((float) rgb[2] * 255.0));
    }
}
