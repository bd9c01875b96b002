"""The TCP chat: wire protocol, server and client engines (see docs/PROTOCOL.md)."""
