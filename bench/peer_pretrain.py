#!/usr/bin/env python3
"""The PyTorch peer of `glyph pretrain --model simple-cnn --dataset mnist --epochs N --option augment=false`,
as a whole process.

The same work as glyph's default recipe without its batch augmentation: MNIST from the .gz IDX files, pixels / 255, a stratified
seeded 10 % validation carve-out (54,000 / 6,000), the central 22 x 22 crop, simple-cnn with dropout
0.25, Adam 0.001 with per-epoch cosine decay, label smoothing 0.1, batch 128, a validation pass
after every epoch, the best epoch's weights kept, a test pass on 10,000 images, and the model and a
JSON report (accuracy, per-class precision / recall / F1, confusion matrix) written to OUT.
The network is written the way a PyTorch user writes it (ReLU before pooling).

Prints one line: PEER {json} with the time of each stage; the whole process is timed from outside.

Usage: peer_pretrain.py MNIST_DIR OUT THREADS [EPOCHS]
"""
import time

started = time.perf_counter()

import copy  # noqa: E402
import gzip  # noqa: E402
import json  # noqa: E402
import math  # noqa: E402
import os  # noqa: E402
import sys  # noqa: E402

import numpy as np  # noqa: E402
import torch  # noqa: E402
from torch import nn  # noqa: E402

CROP = 22


def idx(path, header):
    with gzip.open(path, "rb") as f:
        return np.frombuffer(f.read(), dtype=np.uint8, offset=header)


def images(path):
    x = idx(path, 16).reshape(-1, 1, 28, 28).astype(np.float32) / 255
    start = (28 - CROP) // 2
    return torch.from_numpy(np.ascontiguousarray(x[:, :, start:start + CROP, start:start + CROP]))


def stratified_split(labels, fraction, seed):
    rng = np.random.default_rng(seed)
    validation = []
    for c in np.unique(labels):
        members = np.flatnonzero(labels == c)
        rng.shuffle(members)
        validation.extend(members[:round(len(members) * fraction)])
    mask = np.zeros(len(labels), dtype=bool)
    mask[validation] = True
    return np.flatnonzero(~mask), np.flatnonzero(mask)


def simple_cnn(classes=10, dropout=0.25):
    return nn.Sequential(
        nn.Conv2d(1, 32, 3), nn.ReLU(), nn.MaxPool2d(2),
        nn.Conv2d(32, 64, 3), nn.ReLU(), nn.MaxPool2d(2),
        nn.Conv2d(64, 128, 3), nn.ReLU(), nn.MaxPool2d(2),
        nn.Flatten(),
        nn.Linear(128, 256), nn.ReLU(), nn.Dropout(dropout),
        nn.Linear(256, 128), nn.ReLU(), nn.Dropout(dropout),
        nn.Linear(128, classes))


def predict(model, x, batch=1000):
    model.eval()
    with torch.no_grad():
        return torch.cat([torch.softmax(model(x[b:b + batch]), 1) for b in range(0, len(x), batch)])


def report(probabilities, labels, classes=10):
    predicted = probabilities.argmax(1).numpy()
    truth = labels.numpy()
    confusion = np.zeros((classes, classes), dtype=np.int64)
    np.add.at(confusion, (truth, predicted), 1)
    per_class = []
    for c in range(classes):
        tp = confusion[c, c]
        precision = tp / max(1, confusion[:, c].sum())
        recall = tp / max(1, confusion[c].sum())
        f1 = 0 if precision + recall == 0 else 2 * precision * recall / (precision + recall)
        per_class.append({"class": c, "precision": precision, "recall": recall, "f1": f1})
    return {"accuracy": float((predicted == truth).mean()), "perClass": per_class,
            "confusion": confusion.tolist(), "meanConfidence": float(probabilities.max(1).values.mean())}


def main():
    root, out, threads = sys.argv[1], sys.argv[2], int(sys.argv[3])
    epochs = int(sys.argv[4]) if len(sys.argv) > 4 else 3
    stages = {"startup": time.perf_counter() - started}
    torch.set_num_threads(threads)
    torch.set_num_interop_threads(1)
    torch.manual_seed(42)

    t = time.perf_counter()
    x_all = images(f"{root}/train-images-idx3-ubyte.gz")
    y_all_np = idx(f"{root}/train-labels-idx1-ubyte.gz", 8).astype(np.int64)
    train, validation = stratified_split(y_all_np, 0.1, 42)
    y_all = torch.from_numpy(y_all_np)
    x, y = x_all[train], y_all[train]
    xv, yv = x_all[validation], y_all[validation]
    xt = images(f"{root}/t10k-images-idx3-ubyte.gz")
    yt = torch.from_numpy(idx(f"{root}/t10k-labels-idx1-ubyte.gz", 8).astype(np.int64))
    stages["load"] = time.perf_counter() - t

    t = time.perf_counter()
    model = simple_cnn()
    optimiser = torch.optim.Adam(model.parameters(), lr=1e-3)
    loss_fn = nn.CrossEntropyLoss(label_smoothing=0.1)
    best, best_loss, history = None, math.inf, []
    for epoch in range(epochs):
        for group in optimiser.param_groups:
            group["lr"] = 1e-3 * 0.5 * (1 + math.cos(math.pi * epoch / epochs))
        model.train()
        order = torch.randperm(len(x))
        for b in range(0, len(x), 128):
            index = order[b:b + 128]
            optimiser.zero_grad()
            loss = loss_fn(model(x[index]), y[index])
            loss.backward()
            optimiser.step()
        val = predict(model, xv)
        val_loss = float(nn.functional.nll_loss(torch.log(val.clamp_min(1e-12)), yv))
        history.append({"epoch": epoch + 1, "validationLoss": val_loss,
                        "validationAccuracy": float((val.argmax(1) == yv).float().mean())})
        if val_loss < best_loss:
            best_loss, best = val_loss, copy.deepcopy(model.state_dict())
    model.load_state_dict(best)
    stages["training"] = time.perf_counter() - t

    t = time.perf_counter()
    result = report(predict(model, xt), yt)
    stages["test"] = time.perf_counter() - t

    t = time.perf_counter()
    os.makedirs(out, exist_ok=True)
    torch.save(model.state_dict(), f"{out}/model.pt")
    with open(f"{out}/report.json", "w") as f:
        json.dump({"history": history, "test": result}, f, indent=2)
    stages["report"] = time.perf_counter() - t
    print("PEER " + json.dumps({"torch": torch.__version__, "threads": threads, "epochs": epochs,
                                "testAccuracy": result["accuracy"], "stages": stages}))


if __name__ == "__main__":
    main()
