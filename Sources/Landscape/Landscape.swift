// The numerics library: see the issue for its API.
