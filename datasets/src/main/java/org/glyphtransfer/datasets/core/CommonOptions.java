package org.glyphtransfer.datasets.core;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.glyphtransfer.api.OptionSpec;
import org.glyphtransfer.api.PluginOptions;
import org.glyphtransfer.datasets.augment.AffineAugmenter;

/**
 * The options every dataset plugin shares: validation carve-out, per-class subsets of training
 * and of validation and test, and training augmentation, with their descriptions, so all plugins spell them the same way.
 */
public final class CommonOptions {
    /** Share of training held out for validation. */
    public static final String VAL_FRACTION = "valFraction";
    /** Share held out for testing when the source has no test split. */
    public static final String TEST_FRACTION = "testFraction";
    /** Training samples kept per class. */
    public static final String PER_CLASS = "perClass";
    /** Validation and test samples kept per class. */
    public static final String EVAL_PER_CLASS = "evalPerClass";
    /** Turns augmentation on. */
    public static final String AUGMENT = "augment";
    /** Largest rotation in degrees. */
    public static final String ROTATION = "augmentRotation";
    /** Largest shift in pixels. */
    public static final String SHIFT = "augmentShift";
    /** Largest shear in degrees. */
    public static final String SHEAR = "augmentShear";
    /** Largest relative zoom. */
    public static final String ZOOM = "augmentZoom";

    private CommonOptions() {}

    /** @return the validation fraction option */
    public static OptionSpec valFraction() {
        return OptionSpec.decimal(VAL_FRACTION, 0.1)
                .optRange(0, 0.9)
                .optDescription("share of each training class held out for validation (stratified, seeded)");
    }

    /**
     * @param defaultValue the default share
     * @return the test fraction option
     */
    public static OptionSpec testFraction(double defaultValue) {
        return OptionSpec.decimal(TEST_FRACTION, defaultValue)
                .optRange(0.01, 0.9)
                .optDescription("share of each class held out for testing (stratified, seeded)");
    }

    /**
     * The options for subsets and augmentation, after the plugin's own ones.
     *
     * @param pluginSpecific the plugin's own options, first in display order
     * @return all options
     */
    public static OptionSpec[] withShared(OptionSpec... pluginSpecific) {
        List<OptionSpec> all = new ArrayList<>(Arrays.asList(pluginSpecific));
        all.add(OptionSpec.integer(PER_CLASS, null)
                .optRange(1, Integer.MAX_VALUE)
                .optDescription(
                        "keep at most this many training samples per class, chosen with the seed (unset: all)"));
        all.add(OptionSpec.integer(EVAL_PER_CLASS, null)
                .optRange(1, Integer.MAX_VALUE)
                .optDescription("keep at most this many validation and test samples per class, chosen with the seed"
                        + " (unset: all); for quick trial runs, not for results"));
        all.add(OptionSpec.bool(AUGMENT, false)
                .optDescription("randomly rotate, shift, shear and zoom training batches"));
        all.add(OptionSpec.decimal(ROTATION, AffineAugmenter.DEFAULT_ROTATION_DEGREES)
                .optRange(0, 90)
                .optDescription("largest augmentation rotation, degrees either way"));
        all.add(OptionSpec.decimal(SHIFT, AffineAugmenter.DEFAULT_SHIFT_PIXELS)
                .optRange(0, 10)
                .optDescription("largest augmentation shift, pixels in each direction"));
        all.add(OptionSpec.decimal(SHEAR, AffineAugmenter.DEFAULT_SHEAR_DEGREES)
                .optRange(0, 45)
                .optDescription("largest augmentation shear, degrees either way"));
        all.add(OptionSpec.decimal(ZOOM, AffineAugmenter.DEFAULT_ZOOM)
                .optRange(0, 0.5)
                .optDescription("largest augmentation zoom, as a share of the size either way"));
        return all.toArray(new OptionSpec[0]);
    }

    /**
     * The augmenter the options ask for.
     *
     * @param options validated options of a plugin built with {@link #withShared}
     * @return the augmenter, or {@code null} when {@code augment} is false
     */
    public static AffineAugmenter augmenter(PluginOptions options) {
        if (!options.getBoolean(AUGMENT)) {
            return null;
        }
        return AffineAugmenter.builder()
                .optRotationDegrees(options.getDouble(ROTATION))
                .optShiftPixels(options.getDouble(SHIFT))
                .optShearDegrees(options.getDouble(SHEAR))
                .optZoom(options.getDouble(ZOOM))
                .build();
    }
}
