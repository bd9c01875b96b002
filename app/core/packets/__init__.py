"""Packets on the wire: capture (AF_PACKET or dumpcap), decoding with byte offsets for
every field, pcap/pcapng files, and the words that explain each packet.

Qt-free and sans-IO where it can be: `decode` turns bytes into `Packet`s, `pcapfile`
reads and writes files and streams, `capture` is the engine that owns a socket.
"""
