"""Writes pretrained image features as a .npz that Landscape loads in one call, for the reference code's
pretrained-feature experiment (code/get_loss_values_extraction.py: every image through HuggingFace's
image-feature-extraction pipeline with google/vit-base-patch16-224, pooled, 768 values).

Not run by the tests (no model weights are reachable there); it needs what the user has installed:
`transformers` with a backend (PyTorch) and `torchvision` for the datasets, or a folder of images.

usage:
  python scripts/extract_features.py --dataset MNIST --root ./data --split train --count 10000 --out mnist_vit_train.npz
  python scripts/extract_features.py --images DIR --out features.npz    # DIR/<label>/<image files>, labels by sorted folder name
  options: --model google/vit-base-patch16-224 (any image-feature-extraction model), --batch 32

The file holds `features` (n, d) float32 and `labels` (n,) int64; in a cell or with the library:
  Dataset.npz(path: "mnist_vit_train.npz")
"""
from __future__ import annotations

import argparse
import pathlib

import numpy as np


def images_from_torchvision(name: str, root: str, split: str, count: int | None):
    from torchvision import datasets  # the reference code's loaders, so the objects are the same ones

    data = getattr(datasets, name)(root, train=(split == "train"), download=False)
    n = len(data) if count is None else min(count, len(data))
    for i in range(n):
        image, label = data[i]
        yield image.convert("RGB"), int(label)


def images_from_folder(directory: str, count: int | None):
    from PIL import Image

    classes = sorted(p for p in pathlib.Path(directory).iterdir() if p.is_dir())
    seen = 0
    for label, folder in enumerate(classes):
        for path in sorted(folder.iterdir()):
            if count is not None and seen >= count:
                return
            yield Image.open(path).convert("RGB"), label
            seen += 1


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    source = parser.add_mutually_exclusive_group(required=True)
    source.add_argument("--dataset", help="a torchvision dataset class: MNIST, FashionMNIST, CIFAR10, CIFAR100")
    source.add_argument("--images", help="a folder of class folders of images")
    parser.add_argument("--root", default="./data", help="torchvision's download folder (the reference code's ./data)")
    parser.add_argument("--split", choices=["train", "test"], default="train")
    parser.add_argument("--count", type=int, default=None, help="the first COUNT objects (all by default)")
    parser.add_argument("--model", default="google/vit-base-patch16-224")
    parser.add_argument("--batch", type=int, default=32)
    parser.add_argument("--out", required=True)
    args = parser.parse_args()

    from transformers import pipeline

    extractor = pipeline(task="image-feature-extraction", model=args.model, pool=True)
    objects = (images_from_torchvision(args.dataset, args.root, args.split, args.count) if args.dataset
               else images_from_folder(args.images, args.count))
    features, labels, batch = [], [], []

    def flush() -> None:
        for vector in extractor([image for image, _ in batch], batch_size=args.batch):
            features.append(np.asarray(vector, dtype=np.float32).reshape(-1))
        labels.extend(label for _, label in batch)
        batch.clear()

    for item in objects:
        batch.append(item)
        if len(batch) == args.batch:
            flush()
    if batch:
        flush()
    np.savez(args.out, features=np.stack(features), labels=np.asarray(labels, dtype=np.int64))
    print(f"wrote {args.out}: features {np.stack(features).shape}, {len(set(labels))} classes")


if __name__ == "__main__":
    main()
