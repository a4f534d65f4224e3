"""The ``medenclave`` commands, one module per area; each defines ``register(registry)``."""
