"""Widgets: show state and collect input. Never touch a socket; talk to workers."""
