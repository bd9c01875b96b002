"""Diagnostics: interfaces, ping, DNS, port check, this machine's sockets and neighbours.

Every module here is Qt-free, so the Diagnostics tab and the `socketlab ping`, `dns`,
`ports` and `ifaces` commands run the same code. Anything that can block (a name
lookup, a subprocess, a walk over every process's sockets) runs on a short-lived helper
thread started by an Engine, so `stop()` always ends the engine's loop at once.
"""
