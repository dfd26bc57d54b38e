/**
 * The built-in model plugins: {@code simple-cnn} ({@link org.glyphtransfer.models.SimpleCnnProvider},
 * the reference network of the MNIST-to-letters study), {@code lenet5}
 * ({@link org.glyphtransfer.models.LeNet5Provider}), {@code resnet18}
 * ({@link org.glyphtransfer.models.ResNet18Provider}), {@code mlp}
 * ({@link org.glyphtransfer.models.MlpProvider}), {@code linear}
 * ({@link org.glyphtransfer.models.LinearProvider}), and the published MNIST systems
 * {@code small-cnn} ({@link org.glyphtransfer.models.SmallCnnProvider}), {@code keras-cnn}
 * ({@link org.glyphtransfer.models.KerasCnnProvider}), {@code deep-bn-cnn}
 * ({@link org.glyphtransfer.models.DeepBnCnnProvider}) and {@code dual-conv-cnn}
 * ({@link org.glyphtransfer.models.DualConvCnnProvider}). Each is a {@link org.glyphtransfer.api.ModelProvider}
 * that builds its network as a backbone and a head with named layers, which are what a user freezes
 * up to ({@code --freeze upto:conv2}) and what {@code glyph models --detail} lists. The layers
 * themselves are made with {@link org.glyphtransfer.models.blocks}, the ImageNet-pretrained
 * {@code resnet18-imagenet} lives in {@link org.glyphtransfer.models.pretrained}, and
 * {@link org.glyphtransfer.models.summary} prints the layer table of any of them.
 */
package org.glyphtransfer.models;
