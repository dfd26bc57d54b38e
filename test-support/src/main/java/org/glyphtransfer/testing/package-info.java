/**
 * Helpers shared by the tests of every module that comes after {@code engine-djl} in the build:
 * starting the PyTorch engine on the CPU ({@link org.glyphtransfer.testing.CpuEngine}), the
 * {@code GLYPH_DATA} guard of tests on the real data ({@link org.glyphtransfer.testing.RealData})
 * and hand-made PNG files ({@link org.glyphtransfer.testing.Pngs}).
 *
 * <p>The artifact {@code glyph-test-support} is a test library: modules depend on it with
 * {@code <scope>test</scope>}, and it may call JUnit (assumptions) itself.
 */
package org.glyphtransfer.testing;
