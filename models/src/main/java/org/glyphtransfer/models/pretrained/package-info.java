/**
 * Networks with imported weights. {@link org.glyphtransfer.models.pretrained.ResNet18ImageNetProvider}
 * is the {@code resnet18-imagenet} model plugin: an ImageNet-pretrained ResNet-18, loaded as
 * TorchScript from a file or from DJL's PyTorch model zoo, as the backbone in front of a fresh linear
 * head. The backbone is a {@link org.glyphtransfer.models.pretrained.TorchScriptBackbone}, which
 * starts with {@link org.glyphtransfer.models.pretrained.ImageNetInput} to turn grey images
 * into the three-channel, standardised input the network was trained on. Whether the imported
 * weights are frozen is decided by the training settings, as for any other model.
 */
package org.glyphtransfer.models.pretrained;
