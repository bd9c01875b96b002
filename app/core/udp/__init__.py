"""UDP: payload codecs, the sequence header, and the sender and receiver engines."""
