#!/usr/bin/env bash
# The training runtime's GPU check in one go (≤ 8 minutes): AMP memory and speed, and 2-GPU DDP
# when two GPUs are lent. Results: $OUT/train_gpu.json (or ./train_gpu.json).
set -euo pipefail
cd "$(dirname "$0")/../.."
PY=${PY:-.venv/bin/python}
[ -x "$PY" ] || PY=python3
export PYTHONPATH="$PWD/libs:$PWD/testing:$PWD/services/training${PYTHONPATH:+:$PYTHONPATH}"
nvidia-smi --query-gpu=name,memory.total --format=csv || true
timeout 480 "$PY" bench/gpu/train_gpu.py --out "${OUT:-.}/train_gpu.json" "$@"
