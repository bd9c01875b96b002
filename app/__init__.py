"""SocketLab: a desktop lab for LAN chat, UDP datagrams, subnets and network diagnostics."""

# Kept equal to pyproject.toml's version by tests/test_cli.py; a constant, because reading
# package metadata at start-up costs about 45 ms of the window's first paint.
__version__ = "0.1.0"

APP_NAME = "SocketLab"
ORGANIZATION_NAME = "SocketLab"
