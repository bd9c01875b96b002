"""SocketLab: a desktop lab for LAN chat, UDP datagrams, subnets and network diagnostics."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("socketlab")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+unknown"

APP_NAME = "SocketLab"
ORGANIZATION_NAME = "SocketLab"
