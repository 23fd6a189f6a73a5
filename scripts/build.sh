#!/usr/bin/env bash
# One release build serves the main job, the tests and the benchmarks (swift-syntax makes a first
# build take about 8 minutes on 2 cores; every later one is incremental). -enable-testing lets the
# test targets use @testable imports against the same optimised build.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release -Xswiftc -enable-testing "$@"
