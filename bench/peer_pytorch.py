#!/usr/bin/env python3
"""The PyTorch peer of `glyph bench`: the same simple-cnn, data, batch size, optimiser and threads.

Trains on the first 54,000 MNIST training images (the size of glyph's training split after its
validation carve-out) for one warm-up epoch and N measured epochs, batch 128, Adam 0.001, batches
gathered by index from one tensor; then measures inference in batches of 1,000 on the 10,000 test
images. Prints one line: BENCH {json}.

Usage: peer_pytorch.py MNIST_DIR THREADS [MEASURED_EPOCHS]
"""
import gzip
import json
import sys
import time

import numpy as np
import torch
from torch import nn


def idx(path, header):
    with gzip.open(path, "rb") as f:
        data = f.read()
    return np.frombuffer(data, dtype=np.uint8, offset=header)


def simple_cnn(classes=10):
    return nn.Sequential(
        nn.Conv2d(1, 32, 3), nn.ReLU(), nn.MaxPool2d(2),
        nn.Conv2d(32, 64, 3), nn.ReLU(), nn.MaxPool2d(2),
        nn.Conv2d(64, 128, 3), nn.ReLU(), nn.MaxPool2d(2),
        nn.Flatten(),
        nn.Linear(128, 256), nn.ReLU(), nn.Dropout(0.5),
        nn.Linear(256, 128), nn.ReLU(), nn.Dropout(0.5),
        nn.Linear(128, classes))


def finished(tensor):
    """Waits for the device's queued work: CUDA kernels run asynchronously, the clock must not."""
    if tensor.is_cuda:
        torch.cuda.synchronize(tensor.device)


def training_speeds(model, x, y, epochs):
    """Images per second of one warm-up epoch and `epochs` measured ones: batch 128, Adam 0.001,
    batches gathered by index from one tensor, on the device the tensors are on."""
    optimiser = torch.optim.Adam(model.parameters(), lr=1e-3)
    loss_fn = nn.CrossEntropyLoss()
    speeds = []
    for _ in range(1 + epochs):
        model.train()
        order = torch.randperm(len(x), device=x.device)
        finished(x)
        start = time.perf_counter()
        for b in range(0, len(x), 128):
            index = order[b:b + 128]
            optimiser.zero_grad()
            loss = loss_fn(model(x[index]), y[index])
            loss.backward()
            optimiser.step()
        finished(x)
        speeds.append(len(x) / (time.perf_counter() - start))
    return speeds


def forward_speed(model, xt):
    """Images per second of inference with softmax in batches of 1,000, the probabilities copied to the host
    as a prediction needs them (as glyph does): one warm-up pass, three measured."""
    model.eval()
    with torch.no_grad():
        for b in range(0, len(xt), 1000):
            model(xt[b:b + 1000])
        finished(xt)
        start = time.perf_counter()
        for _ in range(3):
            for b in range(0, len(xt), 1000):
                torch.softmax(model(xt[b:b + 1000]), 1).cpu()
        finished(xt)
        return 3 * len(xt) / (time.perf_counter() - start)


def main():
    root, threads = sys.argv[1], int(sys.argv[2])
    measured = int(sys.argv[3]) if len(sys.argv) > 3 else 2
    torch.set_num_threads(threads)
    torch.set_num_interop_threads(1)
    torch.manual_seed(42)
    x = torch.from_numpy(idx(f"{root}/train-images-idx3-ubyte.gz", 16).reshape(-1, 1, 28, 28)[:54000].astype(np.float32) / 255)
    y = torch.from_numpy(idx(f"{root}/train-labels-idx1-ubyte.gz", 8)[:54000].astype(np.int64))
    xt = torch.from_numpy(idx(f"{root}/t10k-images-idx3-ubyte.gz", 16).reshape(-1, 1, 28, 28).astype(np.float32) / 255)
    model = simple_cnn()
    parameters = sum(p.numel() for p in model.parameters())
    assert parameters == 159_882, parameters
    speeds = training_speeds(model, x, y, measured)
    forward = forward_speed(model, xt)
    print("BENCH " + json.dumps({
        "measurement": "peer-pytorch", "torch": torch.__version__, "threads": threads, "batch": 128,
        "imagesPerSecondByEpoch": speeds, "imagesPerSecond": sum(speeds[1:]) / measured,
        "forwardImagesPerSecond": forward}))


if __name__ == "__main__":
    main()
