"""Inference core: model repository, configuration, validation, catalog, Predict. No I/O."""
