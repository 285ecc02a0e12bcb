"""Entry points: the command line and the bootstrap that wires core, storage and adapters."""
