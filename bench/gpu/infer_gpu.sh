#!/usr/bin/env bash
# Serving's GPU check in one go (≤ 5 minutes): pathology tiles/s at 1024×1024 (torch fp32,
# fp16, bf16; onnxruntime CUDA when the build has it) and p50/p99 with GPU utilisation under
# concurrent load through the inference service's batcher. Results: $OUT/infer_gpu.json.
set -euo pipefail
cd "$(dirname "$0")/../.."
PY=${PY:-.venv/bin/python}
[ -x "$PY" ] || PY=python3
export PYTHONPATH="$PWD/libs:$PWD/services/training:$PWD/services/inference${PYTHONPATH:+:$PYTHONPATH}"
nvidia-smi --query-gpu=name,memory.total,driver_version --format=csv || true
timeout 290 "$PY" bench/gpu/infer_gpu.py --out "${OUT:-.}/infer_gpu.json" "$@"
