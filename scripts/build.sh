#!/usr/bin/env bash
# One build serves the main job and the tests: the debug configuration, in which Package.swift optimises our
# own targets (the numerics, the renderer, the kernel, the cell language: -O, whole module) and leaves
# swift-syntax unoptimised, so a first build on 2 cores takes about 5 minutes instead of 15 (README, "Quick
# start"). No debug info (-gnone): it only costs build time. (The index store stays: test discovery on Linux reads it.)
# Benchmarks build the release configuration instead (scripts/benchmark.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -Xswiftc -gnone "$@"
