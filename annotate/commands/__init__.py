"""Sub-commands of the ``annotate`` CLI, one module per group; each has ``register(subparsers)``."""
