"""The UDP tab: a sender, a receiver with a capped datagram table, and saved packets."""
