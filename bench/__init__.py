"""Benchmark tooling for Backup Desk: a deterministic dataset generator and the peer comparison harness.

`python -m bench.dataset OUT --scale S` builds the dataset (about 1 GB at scale 1);
`python -m bench.run_bench` measures Backup Desk against restic, borg, 7-Zip and tar|zstd|age.
"""
