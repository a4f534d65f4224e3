"""Inference adapters: onnxruntime, the Triton gRPC server, the Predict API, NATS, files."""
