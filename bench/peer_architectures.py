#!/usr/bin/env python3
"""The PyTorch peer of `glyph bench` for every built-in architecture.

Each network is written here as a PyTorch user writes it (the same layers, padding, dropout and
batch normalisation as glyph's plugin with its default options, 1 x 28 x 28 input, 10 classes),
and the script refuses to measure a network whose parameter count differs from glyph's.

Measurement, like glyph's: `PER_CLASS` MNIST training images of each class (taken from the first
54,000, the size of glyph's training split; 0: all 54,000), batch 128, Adam 0.001, batches gathered by index
from one tensor, one warm-up epoch, then `EPOCHS` measured epochs; then forward-only inference with
softmax in batches of 1,000 over the first `INFER_IMAGES` test images, one warm-up pass and three
measured ones. DEVICE (default cpu) is where glyph's measurement ran, as PyTorch names it (cpu,
cuda:0): the network and the data go there. Prints one line: BENCH {json}, with the peak resident
memory of the process (and the peak GPU memory on a GPU).

Usage:
  peer_architectures.py --counts                     each architecture and its parameter count, one per line
  peer_architectures.py NAME MNIST_DIR THREADS PER_CLASS EPOCHS INFER_IMAGES GLYPH_PARAMETERS [DEVICE]
"""
import json
import resource
import sys

import numpy as np
import torch
from torch import nn

from peer_pytorch import forward_speed, idx, simple_cnn, training_speeds


def lenet5(classes=10):
    return nn.Sequential(
        nn.Conv2d(1, 6, 5, padding=2), nn.ReLU(), nn.AvgPool2d(2),
        nn.Conv2d(6, 16, 5), nn.ReLU(), nn.AvgPool2d(2),
        nn.Flatten(),
        nn.Linear(16 * 5 * 5, 120), nn.ReLU(),
        nn.Linear(120, 84), nn.ReLU(),
        nn.Linear(84, classes))


def small_cnn(classes=10):
    return nn.Sequential(
        nn.Conv2d(1, 64, 3), nn.ReLU(), nn.MaxPool2d(2),
        nn.Conv2d(64, 64, 3), nn.ReLU(), nn.MaxPool2d(2),
        nn.Conv2d(64, 64, 3), nn.ReLU(), nn.MaxPool2d(2),
        nn.Flatten(),
        nn.Linear(64, 64), nn.ReLU(),
        nn.Linear(64, 32), nn.ReLU(),
        nn.Linear(32, classes))


def keras_cnn(classes=10):
    return nn.Sequential(
        nn.Conv2d(1, 32, 5, padding=2), nn.ReLU(),
        nn.Conv2d(32, 32, 5, padding=2), nn.ReLU(),
        nn.MaxPool2d(2), nn.Dropout(0.25),
        nn.Conv2d(32, 64, 3, padding=1), nn.ReLU(),
        nn.Conv2d(64, 64, 3, padding=1), nn.ReLU(),
        nn.MaxPool2d(2), nn.Dropout(0.25),
        nn.Flatten(),
        nn.Linear(64 * 7 * 7, 256), nn.ReLU(), nn.Dropout(0.5),
        nn.Linear(256, classes))


def deep_bn_cnn(classes=10):
    return nn.Sequential(
        nn.Conv2d(1, 32, 3), nn.ReLU(), nn.BatchNorm2d(32), nn.Dropout(0.2),
        nn.Conv2d(32, 64, 3), nn.ReLU(), nn.MaxPool2d(2),
        nn.Conv2d(64, 128, 3), nn.ReLU(),
        nn.Conv2d(128, 256, 3), nn.ReLU(), nn.MaxPool2d(2),
        nn.Flatten(),
        nn.Linear(256 * 4 * 4, 512), nn.ReLU(),
        nn.Linear(512, classes))


def dual_conv_cnn(classes=10):
    return nn.Sequential(
        nn.Conv2d(1, 32, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2),
        nn.Conv2d(32, 64, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2),
        nn.Flatten(), nn.Dropout(0.5),
        nn.Linear(64 * 7 * 7, 128), nn.ReLU(),
        nn.Linear(128, 64), nn.ReLU(),
        nn.Linear(64, classes))


def linear(classes=10):
    return nn.Sequential(nn.Flatten(), nn.Linear(28 * 28, classes))


def mlp(classes=10):
    return nn.Sequential(nn.Flatten(), nn.Linear(28 * 28, 256), nn.ReLU(), nn.Linear(256, classes))


class BasicBlock(nn.Module):
    """ResNet's basic block: two 3x3 convolutions with BatchNorm, added to the (projected) input."""

    def __init__(self, inputs, filters, stride):
        super().__init__()
        self.conv1 = nn.Conv2d(inputs, filters, 3, stride, 1, bias=False)
        self.bn1 = nn.BatchNorm2d(filters)
        self.conv2 = nn.Conv2d(filters, filters, 3, 1, 1, bias=False)
        self.bn2 = nn.BatchNorm2d(filters)
        self.shortcut = nn.Identity()
        if stride != 1 or inputs != filters:
            self.shortcut = nn.Sequential(nn.Conv2d(inputs, filters, 1, stride, bias=False), nn.BatchNorm2d(filters))

    def forward(self, x):
        out = torch.relu(self.bn1(self.conv1(x)))
        out = self.bn2(self.conv2(out))
        return torch.relu(out + self.shortcut(x))


def resnet18(classes=10):
    """ResNet-18 for small images: a 3x3 stride-1 stem and no max-pool, as glyph's resnet18."""
    layers = [nn.Conv2d(1, 64, 3, 1, 1, bias=False), nn.BatchNorm2d(64), nn.ReLU()]
    channels = 64
    for stage, width in enumerate((64, 128, 256, 512)):
        for block in range(2):
            layers.append(BasicBlock(channels, width, 2 if stage > 0 and block == 0 else 1))
            channels = width
    layers += [nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(512, classes)]
    return nn.Sequential(*layers)


ARCHITECTURES = {
    "simple-cnn": simple_cnn,
    "lenet5": lenet5,
    "small-cnn": small_cnn,
    "keras-cnn": keras_cnn,
    "deep-bn-cnn": deep_bn_cnn,
    "dual-conv-cnn": dual_conv_cnn,
    "linear": linear,
    "mlp": mlp,
    "resnet18": resnet18,
}


def blas():
    """The BLAS library this process loaded: Debian's torch uses whichever libblas.so.3 is installed or on
    LD_LIBRARY_PATH, and the reference implementation makes every dense layer many times slower."""
    with open("/proc/self/maps") as maps:
        paths = {line.split()[-1] for line in maps if "blas" in line.split()[-1].rsplit("/", 1)[-1]}
    return " ".join(sorted(paths)) or "unknown"


def parameters(model):
    """Learnable parameters, as glyph counts them (BatchNorm's running statistics are buffers, not counted)."""
    return sum(p.numel() for p in model.parameters())


def per_class_subset(labels, per_class):
    """The first `per_class` indices of every class, in order; all of them for 0."""
    if per_class == 0:
        return np.arange(len(labels))
    chosen = [np.flatnonzero(labels == c)[:per_class] for c in range(10)]
    return np.sort(np.concatenate(chosen))


def measure(name, root, threads, per_class, epochs, infer_images, expected, device="cpu"):
    torch.set_num_threads(threads)
    torch.set_num_interop_threads(1)
    torch.manual_seed(42)
    model = ARCHITECTURES[name]()
    count = parameters(model)
    if count != expected:
        raise SystemExit(f"{name}: the peer has {count:,} parameters, glyph {expected:,}; the networks differ")
    labels = idx(f"{root}/train-labels-idx1-ubyte.gz", 8)[:54000]
    keep = per_class_subset(labels, per_class)
    images = idx(f"{root}/train-images-idx3-ubyte.gz", 16).reshape(-1, 1, 28, 28)[:54000]
    x = torch.from_numpy(images[keep].astype(np.float32) / 255).to(device)
    y = torch.from_numpy(labels[keep].astype(np.int64)).to(device)
    test = idx(f"{root}/t10k-images-idx3-ubyte.gz", 16).reshape(-1, 1, 28, 28)[:infer_images]
    xt = torch.from_numpy(test.astype(np.float32) / 255).to(device)
    model.to(device)
    speeds = training_speeds(model, x, y, epochs)
    forward = forward_speed(model, xt)
    gpu = {"peakGpuMiB": torch.cuda.max_memory_allocated(device) / 2**20} if x.is_cuda else {}
    return {
        "measurement": "peer-architecture", "model": name, "torch": torch.__version__, "blas": blas(),
        "threads": threads, "device": device, **gpu,
        "batch": 128, "trainImages": len(x), "parameters": count, "inferImages": len(xt),
        "imagesPerSecondByEpoch": speeds, "imagesPerSecond": sum(speeds[1:]) / epochs,
        "forwardImagesPerSecond": forward,
        "peakResidentMiB": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}


def main():
    if sys.argv[1:] == ["--counts"]:
        for name, network in ARCHITECTURES.items():
            print(name, parameters(network()))
    elif len(sys.argv) in (8, 9):
        name, root = sys.argv[1], sys.argv[2]
        threads, per_class, epochs, infer_images, expected = (int(a) for a in sys.argv[3:8])
        device = sys.argv[8] if len(sys.argv) == 9 else "cpu"
        result = measure(name, root, threads, per_class, epochs, infer_images, expected, device)
        print("BENCH " + json.dumps(result))
    else:
        raise SystemExit(__doc__)


if __name__ == "__main__":
    main()
