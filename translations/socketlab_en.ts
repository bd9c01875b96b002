<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About {app}</source>
        <extracomment>{app} is the application&apos;s name, SocketLab.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A desktop lab for LAN chat, UDP datagrams, subnets and network diagnostics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BindCombo</name>
    <message>
        <source>All interfaces ({address})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer only ({address})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listen on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address the server listens on. All interfaces: anyone on your LAN can join. This computer only: just programs on this machine.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BitsView</name>
    <message>
        <source>network bits: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host bits: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each network bit = address bit AND mask bit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bits</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelSecurity</name>
    <message>
        <source>Not encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This server does not offer encryption: anyone capturing the LAN can read what is said.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KEY CHANGED: not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted, new key {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First visit to this server: its key is remembered now. Check the code with the host; if it ever changes, SocketLab warns you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted, known key {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same key as on your earlier visits to this server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s key has changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server at {server} showed a different key than on your last visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pinned key: {old}
Key shown now: {new}

If the host made a new key (a new computer, or its key file was deleted), ask them to read their code aloud and compare. If they did not, someone may be pretending to be this server to read the chat: do not trust the new key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust the new key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChatInput</name>
    <message>
        <source>Message</source>
        <extracomment>The biggest paste the box accepts. How many sent lines Up/Down can recall. The most lines the box grows to before it scrolls.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter sends, Shift+Enter starts a new line, Up and Down recall sent lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a message, Enter to send (Shift+Enter: new line, /help: commands)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That paste is {size} MiB: the most you can paste is 1 MiB. Nothing was pasted; your text is still here. Send a long text in parts, or share it as a file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChatSession</name>
    <message>
        <source>The chat history cannot be read: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outbox file {name} cannot be used: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many SocketLab windows are connected to this server.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChatTab</name>
    <message>
        <source>Export...</source>
        <extracomment>Back-off between reconnect attempts (tests shorten it). How long a new connection waits for a SocketLab greeting before going raw. The UDP port servers announce on (None: the protocol&apos;s 5556; tests use a free one). Makes the finder behind Find servers (None: ask every LAN; tests ask loopback).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the conversation as text or CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Chat Conversation...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the chat history (or the raw terminal) as text or CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected. Host a chat, or join one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder {folder}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the server...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the last conversation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send files to the room (/send), or to one person (/send NICK); or drop files on the conversation, or on a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send File...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer files to everyone in the chat room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where received files go, who may send without asking, and the size limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The room calls you {given}: {wanted} was not free there. The next join asks for {wanted} again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The room named you {given}. Type a nickname before the next join to choose one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop hosting to join another chat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A chat room is hosted here: everyone in it is disconnected.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected: host a chat or join one first. Your text is still here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {number} is {cost} bytes: the chat allows {limit} bytes a line. Split it into shorter lines; your text is still here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This line is {cost} bytes: the chat allows {limit} bytes a line. Split it into shorter lines; your text is still here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected any more: your text is still here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected: the bytes were not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection is closed: nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{cost} / {limit} bytes - too long to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{cost} / {limit} bytes - near the limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{cost} / {limit} bytes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConversationEntry</name>
    <message>
        <source>quit</source>
        <extracomment>Why someone left, as the server says it (protocol words, the same from every server version): shown in the window&apos;s language; an unknown reason as it came.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kicked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reconnected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too slow to read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>protocol error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>made room for a newcomer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no complete line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad hello</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many new identities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>banned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>password needs TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{nick} joined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{nick} left ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{nick} left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{nick} is now {new}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(private to {nick}) {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(private) {text}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConversationExport</name>
    <message>
        <source>Nothing to export yet: host or join a chat first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text (*.txt);;CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled: the window closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to {path} failed: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConversationView</name>
    <message>
        <source>Conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up and Down move between the lines (Shift selects), Enter on a message answers its sender privately, Ctrl+C copies the selected lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newest messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} new - show newest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select all</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CountersView</name>
    <message>
        <source>Datagrams</source>
        <extracomment>The hex dump shows at most this many bytes (Copy hex copies them all). The table takes new rows at most this often: at a flood&apos;s rates a person cannot read faster, and every repaint costs CPU the receiving thread would rather have. The decoded text line under the hex dump shows at most this many characters.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn on the sender&apos;s sequence header to count these</source>
        <extracomment>What the loss counters&apos; tip says when there are counts: how streams are told apart (the panel sets it, in the window&apos;s language).</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatagramTableModel</name>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiagnosticsPanel</name>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiagnosticsTab</name>
    <message>
        <source>Interfaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sockets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neighbours (ARP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnostics tools</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiscoveryHints</name>
    <message>
        <source>A firewall on either machine: allow SocketLab (or UDP port 5556 and TCP port 5555) on private networks, on the server&apos;s machine and on yours.</source>
        <extracomment>UDP port of discovery queries and announcements (the chat itself is on TCP 5555). IPv6 link-local multicast group (&quot;sl&quot; in hex: 0x73 0x6c). Longer datagrams are not SocketLab discovery datagrams (ours are about 250 bytes). Seconds between announcements: three a minute. A server is forgotten after this many announcement intervals of silence. Answers a server sends per second at most, whoever asks (a query cannot make it flood). A finder keeps at most this many servers (a flood of fake ones cannot fill memory). A finder keeps at most this many servers announced from one address; a sender that announces more replaces its own least recently heard (one machine may run a few). A finder keeps at most this many addresses per server (IPv4, loopback, IPv6 links). The `every` a finder believes is clamped to this range, so an announcement claiming an hour cannot keep an entry for 2.5 hours: it is forgotten after at most 300 s. Seconds after a change in users before the server announces it (changes coalesce). What commonly stops discovery, for the finder&apos;s &quot;nothing answered&quot; message.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client isolation on Wi-Fi: guest, hotel, campus and some office networks stop devices from seeing each other. Try a home network or a phone&apos;s hotspot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Different subnets: broadcasts do not cross routers. Compare both machines&apos; addresses and masks (Diagnostics, Interfaces); 192.168.1.x/24 and 192.168.0.x/24 are different networks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server was started with announcements off (socketlab serve --no-announce).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can still join by typing the server&apos;s address: the server shows it (&quot;On your LAN: 192.168.1.23:5555&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DnsPanel</name>
    <message>
        <source>Query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a name (example.com) or an address (127.0.0.1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name or address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name → addresses (A, AAAA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address → name (reverse)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lookup kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lookup status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name or address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which IP addresses does a name stand for, and which name does an address have? Asked through the system resolver, like every program on this machine (like nslookup or dig).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{name}: %Ln address(es) ({ipv4} IPv4, {ipv6} IPv6) in {time}.</source>
        <translation>
            <numerusform>{name}: %Ln address ({ipv4} IPv4, {ipv6} IPv6) in {time}.</numerusform>
            <numerusform>{name}: %Ln addresses ({ipv4} IPv4, {ipv6} IPv6) in {time}.</numerusform>
        </translation>
    </message>
    <message>
        <source>From the hosts file ({path}): no DNS packet was sent.</source>
        <extracomment>{path} is the hosts file, /etc/hosts on Linux and macOS.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{query} is already an address: choose Automatic or reverse to find its name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking up the name of {query}...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking up the addresses of {query}...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped the lookup of {query}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer for {query}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{address} is {name} ({time}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventsPane</name>
    <message>
        <source>client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>receiver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>discovery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>socket() makes a new endpoint: SOCK_STREAM is TCP (a connection carrying a stream of bytes), SOCK_DGRAM is UDP (separate datagrams). The number is its file descriptor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>setsockopt() changes an option of the socket: SO_REUSEADDR lets a restarted server bind its port at once, SO_BROADCAST allows sending to a broadcast address, IP_ADD_MEMBERSHIP joins a multicast group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bind() gives the socket its local address and port (IP:port). 0.0.0.0 means every interface of this machine; port 0 asks the system for a free port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listen(128) makes this a server socket: the kernel now answers three-way handshakes by itself and keeps up to 128 finished connections waiting for accept().</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accept() takes one finished connection from the listen queue and returns a new socket for it; the listening socket goes on waiting for more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connect() starts the three-way handshake (SYN, SYN-ACK, ACK). A non-blocking socket returns at once (&apos;in progress&apos;); it becomes writable when the handshake has finished. On UDP it only sets the default destination.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The three-way handshake has finished: the connection is established and both sides can send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send() copies bytes into the kernel&apos;s send buffer and TCP delivers them in order. It may take fewer bytes than offered; the rest goes when the socket is writable again. sendmsg() sends several buffers in one call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sendto() sends one UDP datagram to the address given: no connection, no guarantee it arrives; one call is one datagram.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recv() returns the bytes that have arrived so far, up to the size asked. TCP is a stream: one send() may arrive as several recv() calls, or several as one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recv() returned b&apos;&apos; (zero bytes): the peer closed its side of the connection (it sent FIN). No more data will come, so this side closes its socket too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recvfrom() returns one whole UDP datagram and the address it came from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>close() releases the socket. On a TCP connection it starts the four-way teardown (FIN, ACK, FIN, ACK); the side that closes first waits in TIME_WAIT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>getaddrinfo() turns a host name and port into addresses to use (from DNS, the hosts file, or a literal address).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS handshake agrees on keys and checks the server&apos;s certificate; from then on everything sent on this connection is encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It failed with {code}: {meaning}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed: {code}, {meaning}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events (socket calls)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which kinds of line to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep-alive (ping, pong)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discovery announcements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engine states (running, stopped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two columns: {left} | {right}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the list moving while you read it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the packets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The handshake or teardown of this connection in the Packets tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected lines (all shown lines if none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the shown lines as text or CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume ({count} new)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The events could not be saved in {path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExplanationView</name>
    <message>
        <source>Explanation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a packet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packet {number}: {summary}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handshake step 1 of 3: the client asks to open a connection (SYN) and chooses its first sequence number (shown as 0, relative).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handshake step 2 of 3: the server agrees (SYN, ACK): it sends its own first sequence number and acknowledges the client&apos;s SYN with ack=1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handshake step 3 of 3: the client acknowledges the server&apos;s SYN. Both sides are now ESTABLISHED; connect() and accept() have returned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection was refused: nobody listens on that port, so the system answers the SYN with RST. connect() fails with ECONNREFUSED.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RST resets the connection at once: nobody listens on that port, or a program closed its socket with unread data or SO_LINGER set to 0. There is no TIME_WAIT after a reset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FIN: this side has nothing more to send (close() or shutdown()). The other side can still send until it closes too; the side that sends the first FIN ends in TIME_WAIT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last ACK of the teardown: both FINs are acknowledged and the connection is closed. The side that sent the first FIN now waits in TIME_WAIT for twice the MSL before its address pair can be used again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A data segment of {length} bytes. The receiver answers with an ACK whose ack number is this seq plus {length}: that tells the sender the bytes arrived, so it need not send them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bare ACK: it carries no data, only says which bytes arrived (every byte before ack={ack}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window {window}: how many more bytes this side can take in its receive buffer right now (before scaling); a window of 0 makes the other side wait.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UDP has no handshake and no acknowledgements: its 8-byte header holds only the two ports, a length and a checksum. A datagram is sent at once and may be lost, duplicated or reordered without either side being told.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination unreachable: a router or the receiving host says the packet could not be delivered (for a closed UDP port, &apos;port unreachable&apos;). The sender&apos;s socket then sees an error such as ECONNREFUSED.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Echo reply: the answer to a ping. It carries the request&apos;s identifier and sequence number, so ping can match it and measure the round trip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Echo request: what ping sends. ICMP sits beside IP, has no ports and no connection; the target answers with an echo reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ARP reply (is-at): the owner of the IPv4 address tells its MAC address, which the asker keeps in its ARP cache for a while.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ARP request (who-has): broadcast to the whole local network to find the MAC address of an IPv4 address before the first frame can be sent to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A DNS answer. Its ID ({id}) matches the query&apos;s, so the resolver knows which question it answers; the flags ({flags}) say it is a response and whether there was an error; each record&apos;s TTL ({ttl} s) says how long it may be cached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A DNS query: the resolver asks a server for a name&apos;s records. It picks a random ID ({id}) that the answer must repeat; the flags ({flags}) ask for recursion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name found in the hosts file (/etc/hosts) is answered by the system without any packet: you see DNS only for names it had to ask about.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldError</name>
    <message>
        <source>Error</source>
        <extracomment>Emitted with the new text when an error is shown, and with &quot;&quot; when it is cleared.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileSettingsDialog</name>
    <message>
        <source>File transfer settings</source>
        <extracomment>The biggest size limit the spin box offers, in MiB (1 TiB).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save received files in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept without asking from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nicknames, separated by commas; * for anyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decline offers bigger than:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offers from the people listed are saved in the folder at once. An offer over the size limit is declined at once, and its line says why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save received files in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a whole folder path, for example {example}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is a file, not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{nick}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileTransfers</name>
    <message>
        <source>{name} and {count} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send files to {nick}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send files to the room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected: join a chat (or host one) before sending files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected: the transfer waits until you join the chat again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save {name} as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An offer over your size limit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindServersDialog</name>
    <message>
        <source>Find chat servers on the LAN</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindServersPanel</name>
    <message>
        <source>&lt;b&gt;No server answered.&lt;/b&gt; What commonly blocks discovery:</source>
        <extracomment>The status says how many servers were found (written from the list, in any language).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round trip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the LAN which SocketLab chat servers are running (UDP broadcast, port 5556)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Find servers to see the chats running on your LAN.</source>
        <extracomment>While the panel is shown, the finder asks again this often (seconds).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Servers found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter or a double-click joins a server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the LAN again...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the LAN...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked: {where}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No server answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln datagram(s) on the discovery port were ignored: not SocketLab&apos;s, malformed or forged (the Events list shows them).</source>
        <translation>
            <numerusform>%Ln datagram on the discovery port was ignored: not SocketLab&apos;s, malformed or forged (the Events list shows it).</numerusform>
            <numerusform>%Ln datagrams on the discovery port were ignored: not SocketLab&apos;s, malformed or forged (the Events list shows them).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln server(s) found. Double-click one to join.</source>
        <translation>
            <numerusform>%Ln server found. Double-click one to join.</numerusform>
            <numerusform>%Ln servers found. Double-click one to join.</numerusform>
        </translation>
    </message>
    <message>
        <source>{ms} ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPv6 only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heard from {addresses}. Double-click to join.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heard over IPv6 only, and this server accepts IPv4 only: ask for its address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unverified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{code} (known)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unverified: this announcement is not signed (an older SocketLab, or a server with encryption off), so anyone on the LAN could have sent it. Ask the host for the address before you trust it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known: signed with the key of a server you joined before (code {code}). Nobody else on the LAN can sign with that key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified: signed with this server&apos;s key, code {code}. You have not joined it before: check that the host&apos;s screen shows the same code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} was heard over IPv6 only and accepts IPv4 only: ask for its address and type it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GettingStarted</name>
    <message>
        <source>Chat is a small TCP chat: one side hosts (a server socket that listens and accepts), the others join (a client socket that connects). The Events pane under it shows every socket call as it happens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the port {port} and press Start hosting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In a terminal run {command}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch accept() in the Events pane, then type a line in the terminal and press Enter: recv() shows its bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UDP sends datagrams: no connection and no handshake, each datagram on its own. The receiver binds a port and reads whatever arrives; the sender sends text or bytes to an address, and the counters show what was lost or reordered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In Receive, keep the port {port} and press Start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In Send, type hello, send it to {target} and press Send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The datagram appears in the receiver&apos;s table with the sender&apos;s address and port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subnet computes what an address and a prefix mean: the network (the address AND the mask), the broadcast address and the usable hosts. It also splits, lists and summarises networks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type {address} in Address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the AND bit by bit: the network is {network}, the broadcast {broadcast}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the prefix to {prefix} and watch the network change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnostics gathers the everyday tools: interfaces and MAC addresses, ping, DNS lookups, port checks, open sockets and the neighbour (ARP) table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose Ping in the list on the left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type {host} and press Start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each reply shows its round-trip time and TTL; Stop gives the summary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packets captures what goes over an interface and explains each packet layer by layer, with a diagram of the conversation. Capturing may need administrator rights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the interface {interface} and the preset This chat connection, then press Start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host a chat in the Chat tab, then run {command}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the first three packets: SYN, SYN-ACK, ACK, the three-way handshake.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GettingStartedDialog</name>
    <message>
        <source>Getting started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tabs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it is for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A first thing to try</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpActions</name>
    <message>
        <source>&amp;Getting started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lessons</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HexDumpView</name>
    <message>
        <source>… showing the first {shown} of {size} bytes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistorySearch</name>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the history of this server (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the history of this server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the search (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up and Down move between the matches, Enter shows one in the chat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to a server first: its history is searched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching...</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln match(es) in {server} (newest shown)</source>
        <translation>
            <numerusform>%Ln match in {server} (newest shown)</numerusform>
            <numerusform>%Ln matches in {server} (newest shown)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln match(es) in {server}</source>
        <translation>
            <numerusform>%Ln match in {server}</numerusform>
            <numerusform>%Ln matches in {server}</numerusform>
        </translation>
    </message>
    <message>
        <source>That message is older than the lines shown here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HostPanel</name>
    <message>
        <source>Host a chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start hosting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Announce on the LAN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>So others can find this chat with Find servers: a few times a minute, a UDP broadcast (port 5556) tells the LAN its name, port and number of people. Nothing else is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none: anyone may join</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People joining must give this password: SocketLab asks for it in Join a chat; nc and telnet users type /pass PASSWORD first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted connections only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refuse connections without TLS. nc and telnet users get one line saying how to join with openssl s_client or ncat --ssl.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept the password unencrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let nc and telnet users send the password without encryption. Anyone capturing the LAN can then read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not hosting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This server&apos;s key. Read it aloud to the people joining: SocketLab shows them the same code, and warns them if it ever changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnect the selected user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ban</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnect the selected user and refuse their address for a while</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For 10 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For an hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until the server stops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Banned addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unban</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listen on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Socket options for lessons: SO_REUSEADDR, the listen backlog, pausing accept()</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SO_REUSEADDR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SO_REUSEADDR lets the server bind its port again at once after a restart. The side that closes a TCP connection first keeps it in TIME_WAIT for about 60 s (on Linux), so late packets of the old connection cannot reach a new one; without this option the port is &quot;already in use&quot; until then. Switch it off, host, stop and host again to see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listen backlog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number given to listen(): how many connections the kernel finishes (the three-way handshake) and keeps waiting until the server calls accept(). When it is full, new connect() calls wait or fail. Linux caps it at net.core.somaxconn. Pause accepting to watch it fill.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause accepting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>While on, the server does not call accept(). Clients still connect: the kernel completes their handshake and queues them in the listen backlog. Switch it off and they are accepted at once; the Events pane shows when accept() is called.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop hosting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accept() paused. How many connections wait cannot be measured on this system (Linux shows it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accept() paused: {waiting} of {backlog} waiting in the backlog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key fingerprint: {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until the server stops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who}, {until}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{host} is a name: type one of this computer&apos;s IP addresses, or choose All interfaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hosting on {host}:{port}. Only programs on this computer can join (choose All interfaces to let others on your LAN in).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hosting on port {port}, but this computer has no LAN address: connect it to a network so others can join.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hosting on all interfaces, port {port}. Others on your LAN can join at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hosting on {host}, port {port}. Others on your LAN can join at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy {address} to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy {address}</source>
        <extracomment>{address} is an address and port to share, e.g. 192.168.1.23:5555.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text client (nc, telnet...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{nick} (you)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{nick}: {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnect {nick} from the room?</source>
        <extracomment>{nick} is the nickname of the user the host is about to remove.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdentityPanel</name>
    <message>
        <source>You</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your name in the chat</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncomingDrain</name>
    <message numerus="yes">
        <source>... %Ln message(s) came faster than they could be shown: they are in the history (Ctrl+F searches it).</source>
        <translation>
            <numerusform>... %Ln message came faster than it could be shown: it is in the history (Ctrl+F searches it).</numerusform>
            <numerusform>... %Ln messages came faster than they could be shown: they are in the history (Ctrl+F searches it).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln earlier message(s) from {server} (your history)</source>
        <translation>
            <numerusform>%Ln earlier message from {server} (your history)</numerusform>
            <numerusform>%Ln earlier messages from {server} (your history)</numerusform>
        </translation>
    </message>
    <message>
        <source>Connected to {server} as {nick}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You were removed from the chat by the host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw TCP terminal with {server}: not a SocketLab chat server, so its bytes are shown as they arrive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to {server}...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InterfacesPanel</name>
    <message>
        <source>Interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAC address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the interfaces...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy every interface as text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interfaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The LAN address is the IPv4 address of the interface that holds the default route: the one other machines on your network use to reach this one. Loopback (127.0.0.1, ::1) never leaves this machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This machine&apos;s network interfaces, their MAC addresses and IP addresses with prefix length (like ipconfig /all or ip addr).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the interfaces: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LAN address: {address} on {interface}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default gateway {address}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No LAN address: no interface holds a default route (not connected?).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JoinPanel</name>
    <message>
        <source>Join a chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host or host:port (port {port})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address the host shows, e.g. 192.168.1.23:5555, or [fe80::1]:5555. Any TCP server works too: without a SocketLab greeting you get a raw terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find servers...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the LAN which SocketLab chats are running, and join one with a double-click</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only if the room has one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to the server inside the encrypted connection. It is not sent to a server that does not offer encryption.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LayerTree</name>
    <message>
        <source>Link layer: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network layer: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transport layer: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application layer: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payload ({count} bytes)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lessons</name>
    <message>
        <source>1. The one-to-one chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A TCP chat is two sockets: a server that listens and accepts, a client that connects. Play each side once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In a terminal start a server with {server} (or {python}), then in the Chat tab connect to 127.0.0.1:5555.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a line in the terminal and press Enter: recv() in the Events pane shows its bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now be the server: stop the terminal, then Start hosting on port 5555 (listen() appears).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In a terminal run {client}: the server&apos;s accept() returns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. Port in use, SO_REUSEADDR and TIME_WAIT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only one socket may listen on a port; a closed connection may still hold it for a while in TIME_WAIT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In a terminal run {server} so that port 5555 is taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start hosting on port 5555 in the Chat tab: bind() fails with EADDRINUSE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the terminal, host again, let a client join, then stop hosting; Diagnostics &gt; Sockets shows the port in TIME_WAIT (tick Done).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host on port 5555 again at once: bind() succeeds, because SocketLab sets SO_REUSEADDR before it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3. Bytes and text: UTF-8 and GBK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sockets carry bytes, not text: both sides must agree on the encoding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In a terminal run {command}: the same two characters are 6 bytes in UTF-8 and 4 in GBK (tick Done).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the UDP tab start the receiver on port 5555, then send 你好 to 127.0.0.1:5555 with the encoding UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send it again with the encoding GBK.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch the receiver&apos;s Preview as between UTF-8 and GBK: the wrong one shows garbage, as the Chat tab&apos;s raw terminal does with nc (tick Done).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4. UDP: no connection, loss and order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UDP has no listen(), no accept() and no handshake: each datagram travels alone and may be lost or overtaken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the UDP tab start the receiver on port 5555: it only binds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send hello to 127.0.0.1:5555.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick Sequence header and send 10000 datagrams as fast as possible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the lost and reordered counters: this ticks itself when a gap shows; if loopback loses nothing, tick Done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5. Is this address on my LAN? The AND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address AND the mask gives the network; two hosts on the same network talk directly, others through the gateway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the Subnet tab type 192.168.1.12/26 and read the AND: the network is 192.168.1.0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type 192.168.1.70/26: the AND gives 192.168.1.64, another network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in your own address with This machine and check that your gateway is on the same network (tick Done).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6. MAC, ARP, ping and DNS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names become IP addresses (DNS), IP addresses on the LAN become MAC addresses (ARP), and ping checks that a host answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In Diagnostics &gt; Interfaces find your MAC address (tick Done).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In Diagnostics &gt; Ping, ping 127.0.0.1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In Diagnostics &gt; DNS look up localhost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In Diagnostics &gt; Neighbours (ARP) read which MAC address your gateway has.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>7. The handshake and the teardown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connect() sends SYN, the server answers SYN-ACK, the client ACK; close() sends FIN. Watch them on the wire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the Packets tab choose the interface lo and the preset This chat connection, then press Start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host a chat, and connect to it with {client}: a SYN appears.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the SYN-ACK and the ACK that follow it: the handshake.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the terminal&apos;s connection: FIN and ACK tear it down.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LessonsDialog</name>
    <message>
        <source>Lessons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps tick themselves when SocketLab sees them happen; tick a step&apos;s Done box yourself where it says so.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} ({done}/{total})</source>
        <extracomment>{title} is a lesson&apos;s title; {done} of {total} steps are ticked.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick Done when you have done it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticks itself when SocketLab sees it happen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListPanel</name>
    <message>
        <source>Go to: address or #row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to, in the {name} list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the {name} list as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting… %p%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <extracomment>The most rows a view shows at once (2^24 rows of 22 px stay inside Qt&apos;s int pixel range). Rows cached by the model; a screenful asks for each row once per column and role. Rows measured to fit the columns (the first ones, and the last).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing rows {first} to {last} of {total}: the view holds {rows} rows at a time; Go to moves it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the {name} list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln row(s) to {path}.</source>
        <translation>
            <numerusform>Exported %Ln row to {path}.</numerusform>
            <numerusform>Exported %Ln rows to {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+1 to Ctrl+{last} or Ctrl+Tab switch between the tools</source>
        <extracomment>{last} is the number of the last tool&apos;s shortcut (Ctrl+4 with four tools).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About {app}</source>
        <extracomment>{app} is the application&apos;s name, SocketLab.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom {percent}%</source>
        <extracomment>{percent} is a whole number: &quot;Zoom 130%&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language: {language}</source>
        <extracomment>{language} is the language&apos;s own name: Русский, 简体中文, English.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop hosting and quit?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop sending and quit?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the capture and quit?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop everything and quit?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit {app}</source>
        <extracomment>{app} is the application&apos;s name, SocketLab.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NeighboursPanel</name>
    <message>
        <source>IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAC address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the neighbour table...</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln neighbour(s), read from {source}.</source>
        <translation>
            <numerusform>%Ln neighbour, read from {source}.</numerusform>
            <numerusform>%Ln neighbours, read from {source}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Neighbour table source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neighbours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the table is not shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A machine learns a neighbour&apos;s MAC address with ARP (IPv4) or neighbour discovery (IPv6) the first time it sends to it on the local network. Ping a LAN address, refresh, and it appears here. Addresses beyond the router never do: packets to them go to the router&apos;s MAC address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which MAC address has which IP address on the local network (the ARP table; like arp -a or ip neigh).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the table: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No neighbour table on this system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not resolved)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PacketBytesView</name>
    <message>
        <source>Packet bytes</source>
        <extracomment>At most this many bytes are shown (a frame is at most the snap length, 256 KiB).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a packet to see its bytes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PacketTableModel</name>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PacketsTab</name>
    <message>
        <source>This chat connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This UDP port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ping (ICMP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ARP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything on loopback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network interface to capture on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fills in the filter; typing a filter overrides it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capture filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>filter, e.g. tcp port 5555 (empty: all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packets captured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a pcap or pcapng capture file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the listed packets as a pcapng file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capture error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sequence diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A packet capture is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capturing on {interface} ({method}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} packets, {dropped} dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Captures (*.pcapng *.pcap *.cap);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving {file}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{file}: %Ln packet(s)</source>
        <translation>
            <numerusform>{file}: %Ln packet</numerusform>
            <numerusform>{file}: %Ln packets</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved {count} packets to {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot use {file}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the packets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pcapng (*.pcapng)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeopleList</name>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People in the room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a name to send a private message (/msg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter or a double-click on a name starts a private message (/msg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a name for a private message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{nick} (you)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SocketLab app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text client (nc, telnet...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People ({count})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PingPanel</name>
    <message>
        <source>Seq</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host name or IP address, e.g. 192.168.1.1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the replies and the summary as ping prints them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ping sends ICMP echo requests; each reply&apos;s round-trip time tells how far and how busy the path is. Try 127.0.0.1, then a LAN address, then a website.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interval:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is that host reachable, and how long does a round trip take? (like ping; no administrator rights needed where the system allows it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pinging {host}...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>min/avg/max {min} / {avg} / {max} ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent {sent} · Received {received} · Loss —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent {sent} · Received {received} · Loss {loss}%</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortCheckPanel</name>
    <message>
        <source>Common services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Well-known ports 1-1024</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SocketLab chat 5555</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web 80,443,8080,8443</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host name or IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>22, 20-25 or 22,80,443</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeout per port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ports at a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show closed ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port check status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ports:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeout per port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At a time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which TCP ports accept a connection? open: a program listens; closed: the host refused; filtered: no answer in time (a firewall?). At most {count} ports a run. Check only hosts you may test.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{done} of {total} · {open} open · {closed} closed · {filtered} filtered</source>
        <extracomment>Progress of a port check: &quot;12 of 100 · 2 open · 9 closed · 1 filtered&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Checking %Ln port(s) on {host}...</source>
        <translation>
            <numerusform>Checking %Ln port on {host}...</numerusform>
            <numerusform>Checking %Ln ports on {host}...</numerusform>
        </translation>
    </message>
    <message>
        <source>Not started.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortResultsModel</name>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RateGraph</name>
    <message>
        <source>Receive rate graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datagrams per second over the last 15 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>peak {peak}, now {now}</source>
        <extracomment>{peak} and {now} are rates such as 950/s or 12.3k/s (datagrams per second).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rate graph: no traffic yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>peak {rate}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now {rate}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RawTerminal</name>
    <message>
        <source>Text + LF</source>
        <extracomment>Rows kept in the terminal. Characters of a row shown in the list (the detail pane shows all of it). Bytes of a row shown in the detail pane&apos;s hex dump.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text + CRLF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text, no line ending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hex bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in one send()</source>
        <extracomment>How the typed bytes are handed to the kernel when sent more than once.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as separate send() calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show received bytes as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to show the bytes: as text in an encoding, or as hex. Also the encoding used to send text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw TCP terminal: one row per recv()</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes of the selected row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a row to see its bytes as a hex dump.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send() calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP is a byte stream: it keeps the bytes in order but not the borders between send() calls. Send the line 2 times as separate send() calls: the Events pane shows two send() rows, yet the peer may get both in one recv(). UDP is different: each datagram arrives whole, or not at all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the typed bytes this many times, back to back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text to send, e.g. GET / HTTP/1.0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{calls} recv() calls, {received} bytes received; {sends} sent, {sent} bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent at {time}, {size} bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recv() at {time}, {size} bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to send: type some text (or choose a line ending).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hex bytes to send, e.g. 48 65 6c 6c 6f</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text to send</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReceiverPanel</name>
    <message>
        <source>Receive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bind address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0.0.0.0: every IPv4 interface; :: every IPv6 one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Echo mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send every datagram back to its source (a UDP echo server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>multicast group (optional), e.g. 239.1.2.3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multicast group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interface (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multicast interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join the group on this interface: an address of this machine (IPv4) or an interface name or index (IPv6). Empty: the OS chooses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiver status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow newest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table keeps the last {count} datagrams; the counters count all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received datagrams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected datagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datagram or streams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy hex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hex dump</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a datagram to see its bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reply payload; escapes like \n and \xff work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply to sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receiver has stopped. Press Start to receive again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Echoed {count}, {dropped} not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Echoed {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listening on {address}, joined {group} · receive buffer {buffer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listening on {address} · receive buffer {buffer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear empties the table and the counters (streams, loss, rate) and starts a new count, even while receiving. Stop and Start keep both: the next run goes on counting, so datagrams sent while stopped show as lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#: the datagrams received since the last Clear, from 1. Sequence: the sender&apos;s own number from its sequence header, from 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Streams ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Streams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#{number} from {address}, {size} bytes · sequence {sequence} (the sender counts from 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes 0-11 (marked): sequence header, magic SLSQ, stream {stream}, number {sequence}. The payload follows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{encoding}: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln datagram(s) to {file}.</source>
        <translation>
            <numerusform>Exported %Ln datagram to {file}.</numerusform>
            <numerusform>Exported %Ln datagrams to {file}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped: could not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No datagram selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#{number} from {address}, {size} bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… showing the first {shown} of {size} bytes; Copy hex copies them all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Stopped. Received %Ln datagram(s).</source>
        <translation>
            <numerusform>Stopped. Received %Ln datagram.</numerusform>
            <numerusform>Stopped. Received %Ln datagrams.</numerusform>
        </translation>
    </message>
    <message>
        <source>Start the receiver and select a datagram to reply to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export received datagrams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RowPainter</name>
    <message>
        <source>(waiting to be sent)</source>
        <extracomment>While rows stream in, the view repaints at most this often (about 40 frames a second).</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RttGraph</name>
    <message>
        <source>Round-trip time graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last reply: {rtt} ms, lost: {count}</source>
        <extracomment>{rtt} is a round-trip time in milliseconds; {count} a number of lost requests.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round-trip time (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replies appear here as a line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lost: {count}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SavedPacketsBox</name>
    <message>
        <source>Saved packets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a packet to send it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter or a double-click sends the packet again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name for the current packet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packet name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the sender&apos;s target and payload under this name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the selected packet into the sender without sending it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add packets from a JSON file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write every saved packet to a JSON file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not import {file}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import saved packets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packets (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export saved packets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packets (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name for the packet first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SenderPanel</name>
    <message>
        <source>Needed for 255.255.255.255 and subnet broadcasts (such as 192.168.1.255); without it the OS refuses with &apos;permission denied&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host:port, e.g. 192.168.1.20:5555 or [::1]:5555</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target host and port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send from this local port, so replies come back to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payload format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payload size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Enter sends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of datagrams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many datagrams to send; 0 sends until you press Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interval in milliseconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause between datagrams; 0 sends as fast as possible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sequence header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefix each datagram with 12 bytes (SLSQ, stream id, number) so the receiver can count lost and out-of-order datagrams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow broadcast (SO_BROADCAST)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multicast TTL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many routers a multicast datagram may cross (1: this network)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loop back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliver the group&apos;s datagrams to receivers on this machine too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interface (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multicast interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The interface multicast leaves by: an address of this machine (IPv4) or an interface name or index (IPv6). Empty: the OS chooses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replies: none yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multicast</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln byte(s) + {header} header (over the {limit}-byte limit)</source>
        <translation>
            <numerusform>%Ln byte + {header} header (over the {limit}-byte limit)</numerusform>
            <numerusform>%Ln bytes + {header} header (over the {limit}-byte limit)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln byte(s) + {header} header</source>
        <translation>
            <numerusform>%Ln byte + {header} header</numerusform>
            <numerusform>%Ln bytes + {header} header</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln byte(s) (over the {limit}-byte limit)</source>
        <translation>
            <numerusform>%Ln byte (over the {limit}-byte limit)</numerusform>
            <numerusform>%Ln bytes (over the {limit}-byte limit)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln byte(s)</source>
        <translation>
            <numerusform>%Ln byte</numerusform>
            <numerusform>%Ln bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>{rate}/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent {sent} of {total}, {failed} refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Sent %Ln datagram(s) ({bytes} bytes), {failed} refused.</source>
        <translation>
            <numerusform>Sent %Ln datagram ({bytes} bytes), {failed} refused.</numerusform>
            <numerusform>Sent %Ln datagrams ({bytes} bytes), {failed} refused.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent %Ln datagram(s) ({bytes} bytes).</source>
        <translation>
            <numerusform>Sent %Ln datagram ({bytes} bytes).</numerusform>
            <numerusform>Sent %Ln datagrams ({bytes} bytes).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not sent: see the error above. Sent %Ln datagram(s) ({bytes} bytes), {failed} refused.</source>
        <translation>
            <numerusform>Not sent: see the error above. Sent %Ln datagram ({bytes} bytes), {failed} refused.</numerusform>
            <numerusform>Not sent: see the error above. Sent %Ln datagrams ({bytes} bytes), {failed} refused.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not sent: see the error above. Sent %Ln datagram(s) ({bytes} bytes).</source>
        <translation>
            <numerusform>Not sent: see the error above. Sent %Ln datagram ({bytes} bytes).</numerusform>
            <numerusform>Not sent: see the error above. Sent %Ln datagrams ({bytes} bytes).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %Ln datagram(s) ({bytes} bytes), {failed} refused.</source>
        <translation>
            <numerusform>Stopped after %Ln datagram ({bytes} bytes), {failed} refused.</numerusform>
            <numerusform>Stopped after %Ln datagrams ({bytes} bytes), {failed} refused.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %Ln datagram(s) ({bytes} bytes).</source>
        <translation>
            <numerusform>Stopped after %Ln datagram ({bytes} bytes).</numerusform>
            <numerusform>Stopped after %Ln datagrams ({bytes} bytes).</numerusform>
        </translation>
    </message>
    <message>
        <source>255.255.255.255 is the broadcast address: tick &apos;Allow broadcast&apos; to send there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending to {target}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sending: the sender had stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent {sent} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent {sent}, {failed} refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent {sent}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replies: {count} · last from {address} ({size} bytes): {preview}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SequenceDiagram</name>
    <message>
        <source>Sequence diagram</source>
        <extracomment>At most this many arrows are drawn (a flood&apos;s conversation can be 10,000 packets).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TIME_WAIT: this side sent the first FIN, so it keeps the connection&apos;s address pair for twice the MSL (60 s on Linux) to catch late segments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln more packet(s) of this conversation are not drawn.</source>
        <translation>
            <numerusform>%Ln more packet of this conversation is not drawn.</numerusform>
            <numerusform>%Ln more packets of this conversation are not drawn.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a packet to see its conversation.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SocketTableModel</name>
    <message>
        <source>A TIME_WAIT socket belongs to no program any more: the system keeps it for up to a minute so that late packets of the old connection are not mistaken for a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The program is hidden: it belongs to another user (or another container).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{state}, {seconds} s left</source>
        <extracomment>{state} is TIME_WAIT (kept in English, like ss and netstat write it).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left: unknown (this system does not tell).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left: {seconds} s, then the system forgets it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program (PID)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The other end of the selected connection: the same connection seen from its peer (local and remote swapped).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SocketsPanel</name>
    <message>
        <source>All states</source>
        <extracomment>How long a new socket, or one whose state changed, stays highlighted. Meanings (theme.status_color kinds) of socket states&apos; colours.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter: a port (5555), a state, or a program name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop refreshing every second, to read the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sockets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try it: open a chat (Chat tab) and type its port in the filter. The two ESTABLISHED ends of the connection appear highlighted for a few seconds; select one and its other end stays marked in bold. Close the chat and the side that closed first waits in TIME_WAIT for up to a minute (the State column counts down; hover over a state to read what it means).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the sockets...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sockets status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sockets on this machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every TCP and UDP socket: who listens on which port, and every connection with its state and program (like netstat -an or ss -tuanp).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused. {info}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refreshed {time} in {ms} ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln socket(s), {shown} shown · {info}</source>
        <translation>
            <numerusform>%Ln socket, {shown} shown · {info}</numerusform>
            <numerusform>%Ln sockets, {shown} shown · {info}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StateNotes</name>
    <message>
        <source>LISTEN: a server waits here for connections to this port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SYN_SENT: this end asked to connect (sent SYN) and waits for the server&apos;s SYN-ACK.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SYN_RECV: a connection request arrived and was answered (SYN-ACK); waiting for the client&apos;s final ACK.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ESTABLISHED: the connection is open; both ends can send data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FIN_WAIT1: this end closed the connection (sent FIN) and waits for the other end to acknowledge it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FIN_WAIT2: this end&apos;s close was acknowledged; waiting for the other end to close too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CLOSE_WAIT: the other end closed; this program has not closed its socket yet. Many of these point to a program that forgets to close connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CLOSING: both ends closed at the same time; waiting for the acknowledgement of this end&apos;s FIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LAST_ACK: the other end closed first, then this end; waiting for the last acknowledgement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TIME_WAIT: the end that closed first waits (up to a minute) so that late packets of the old connection are not taken for a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CLOSE: the socket is closed and unused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REACHABLE: the neighbour answered recently; its MAC address is trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STALE: the MAC address is known but not confirmed lately; it is checked the next time something is sent there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DELAY: a packet was just sent to a STALE neighbour; waiting a moment for a sign of life before asking again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PROBE: asking the neighbour directly whether it still has this MAC address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAILED: nobody answered for this address: the host is off, or not on this network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INCOMPLETE: a request for the MAC address was sent; no answer yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PERMANENT: set by hand (or by the system); it never expires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOARP: this interface needs no address resolution (loopback, point-to-point).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>complete: the MAC address is known (the table gives no finer state).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message numerus="yes">
        <source>{detail} Reconnecting in {seconds} s... %Ln message(s) will be sent when it is back.</source>
        <translation>
            <numerusform>{detail} Reconnecting in {seconds} s... %Ln message will be sent when it is back.</numerusform>
            <numerusform>{detail} Reconnecting in {seconds} s... %Ln messages will be sent when it is back.</numerusform>
        </translation>
    </message>
    <message>
        <source>{detail} Reconnecting in {seconds} s...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StreamsModel</name>
    <message>
        <source>Source</source>
        <extracomment>This many streams or more, each with a single datagram: the sender changes its source port per datagram, and the view says so.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stream id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StreamsView</name>
    <message>
        <source>Streams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss and order are counted per stream: one source address and port, with the stream id the sender drew for its run (sequence header on). A sender that uses a new source port for every datagram makes a stream of one datagram each time, and nothing can be counted across them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every stream has one datagram: the sender seems to use a new source port for each datagram (socat does), so loss and order cannot be counted. Send from one socket, with a fixed source port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the {shown} most recently heard of {count} streams.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubnetTab</name>
    <message>
        <source>new prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number of subnets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hosts per subnet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subnet tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calculator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VLSM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summarise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefix or mask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>24 or 255.255.255.0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in an address of one of this machine&apos;s interfaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Prefix or mask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the results as text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address AND mask = network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same network?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another address, e.g. 192.168.1.200 (or a network)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 hosts fit a /31 (RFC 3021)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point-to-point links may use a /31: both addresses are hosts, with no network or broadcast address (RFC 3021). Untick for the classic /30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subnets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host requirements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One a line: a name and the hosts it needs
Sales 50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs, one a line (name, hosts). Allocated largest first:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Networks to summarise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One network a line
192.168.0.0/24</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Networks, one a line (or comma-separated):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The prefix or mask for the address typed on the left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set by the prefix or mask in the address; type the address alone to choose here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No addresses found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No results: correct the address above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not updated while the address has an error. Last result: {result}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{count} usable host(s)</source>
        <translation>
            <numerusform>{count} usable host</numerusform>
            <numerusform>{count} usable hosts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} address(es)</source>
        <translation>
            <numerusform>{count} address</numerusform>
            <numerusform>{count} addresses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;{count}&lt;/b&gt; subnet(s) of /{prefix}, {each} usable hosts each</source>
        <extracomment>{each} is how many usable hosts each subnet has.</extracomment>
        <translation>
            <numerusform>&lt;b&gt;{count}&lt;/b&gt; subnet of /{prefix}, {each} usable hosts each</numerusform>
            <numerusform>&lt;b&gt;{count}&lt;/b&gt; subnets of /{prefix}, {each} usable hosts each</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;{count}&lt;/b&gt; subnet(s) of /{prefix}, {each} addresses each</source>
        <extracomment>{each} is how many addresses each subnet has.</extracomment>
        <translation>
            <numerusform>&lt;b&gt;{count}&lt;/b&gt; subnet of /{prefix}, {each} addresses each</numerusform>
            <numerusform>&lt;b&gt;{count}&lt;/b&gt; subnets of /{prefix}, {each} addresses each</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;{count}&lt;/b&gt; usable host(s) in {network}: {first} to {last}</source>
        <translation>
            <numerusform>&lt;b&gt;{count}&lt;/b&gt; usable host in {network}: {first} to {last}</numerusform>
            <numerusform>&lt;b&gt;{count}&lt;/b&gt; usable hosts in {network}: {first} to {last}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;{count}&lt;/b&gt; address(es) in {network}: {first} to {last}</source>
        <translation>
            <numerusform>&lt;b&gt;{count}&lt;/b&gt; address in {network}: {first} to {last}</numerusform>
            <numerusform>&lt;b&gt;{count}&lt;/b&gt; addresses in {network}: {first} to {last}</numerusform>
        </translation>
    </message>
    <message>
        <source>Planning inside {network}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{count} extra address(es)</source>
        <translation>
            <numerusform>{count} extra address</numerusform>
            <numerusform>{count} extra addresses</numerusform>
        </translation>
    </message>
    <message>
        <source>no extra addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{inputs} networks collapse to &lt;b&gt;{count}&lt;/b&gt; covering exactly the same {addresses} addresses. One summary route: {routes}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the {what}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {what} must be a whole number, not {text}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tabs</name>
    <message>
        <source>Chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UDP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subnet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packets</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TerminalModel</name>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>b&apos;&apos;: the peer closed the connection (end of the stream)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>  [%Ln byte(s) held: an incomplete character]</source>
        <translation>
            <numerusform>  [%Ln byte held: an incomplete character]</numerusform>
            <numerusform>  [%Ln bytes held: an incomplete character]</numerusform>
        </translation>
    </message>
    <message>
        <source>Bytes we sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One recv() call: bytes as they arrived</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TransferRow</name>
    <message>
        <source>{s} s</source>
        <extracomment>Transfers the window follows at most: offers with new ids are what anyone in the room can send, so the oldest ended ones, then the oldest unanswered offers, are forgotten (their lines stay in the conversation; the engine forgets offers sooner).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{m} min {s} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{h} h {m} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to {nick}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to the room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from {nick}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ({details}) {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ({details})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the files (SHA-256)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offered to you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for {nick} to accept…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offered to the room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{percent}%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>through the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused by you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused by the other side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{rate}/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{time} left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received, SHA-256 checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered, SHA-256 checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled by you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled by the other side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You declined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UdpTab</name>
    <message>
        <source>The UDP sender is still sending.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnreadNotifier</name>
    <message>
        <source>SocketLab chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{sender} (private)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_PluralWords</name>
    <message numerus="yes">
        <source>%Ln file(s)</source>
        <translation>
            <numerusform>%Ln file</numerusform>
            <numerusform>%Ln files</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>address</name>
    <message>
        <source>The port is empty: type a number from 1 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port {value} is not a number: type a number from {low} to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port {port} is out of range {low}-{high}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many octets in {host}: an IPv4 address has four (a.b.c.d).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too few octets in {host}: an IPv4 address has four (a.b.c.d).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{host} has an empty octet: write four numbers from 0 to 255.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Octet {octet} in {host} is out of range 0-255.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{host} is not a valid IPv4 address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host is empty: type an IP address or a host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{host} is not a valid IPv6 address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{host} has an empty zone after &apos;%&apos; (write e.g. %eth0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host name is longer than 253 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{host} is not a valid host name: use letters, digits and hyphens between the dots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address is empty: type host or host:port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is missing the closing &apos;]&apos; after the IPv6 address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected &apos;:port&apos; after &apos;]&apos; in {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brackets are only for IPv6 addresses: write {host}:port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host is missing before &apos;:&apos; in {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port is missing after &apos;:&apos; in {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} has no port: write {value}:PORT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ports given: type a port, a range like 20-25, or a list 22,80.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty item in the port list {value} (two commas in a row?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Range {item} runs backwards: write {last}-{first}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many ports: at most {limit:,} in one run.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chat</name>
    <message>
        <source>{server} turned this connection away; SocketLab will not reconnect by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{code} is not a key fingerprint: it has 16 letters and digits, like 7QK4-M2PX-9F3A-BC8D.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key of {server} has CHANGED: it was {previous}, now it is {code}. Someone may be pretending to be this server, or its host made a new key (a new computer, a reinstall). Ask the host which code their server shows; only if it is {code}, accept the new key. Not connecting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{server} shows the key {code}, not {expected} as you were told: not connecting. Someone may be pretending to be this server; check the code with its host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{server} closed the connection before the encrypted handshake could start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{server} answered without encryption although its key is pinned ({previous}): not connecting. Someone may be in the way, or the server was restarted without TLS; ask its host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{server} answered without encryption although you gave its key ({expected}): not connecting. Someone may be in the way, or the server runs without TLS; ask its host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{server} refused the connection: {line}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encrypted connection to {server} failed ({reason}). Not connecting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encrypted connection to {server} broke ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pinned server keys in {path} cannot be read ({reason}), so this server&apos;s key cannot be checked. Not connecting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to {server}...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key of {server} could not be remembered in {path}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reason} Reconnecting in {delay} s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server closed the connection (recv() returned b&apos;&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server closed the connection (close_notify).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over-long lines from the server were skipped: {count}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server stopped: its host closed the room.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused a line&apos;s sequence number: the line was not delivered and stays in the outbox, to be sent again on the next connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This room needs a password. SocketLab sends it only over an encrypted connection, and this one is not encrypted: connect with TLS, or allow the password over plaintext.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to {server}: not a SocketLab chat server, raw TCP terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Malformed message from the server skipped: {line}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to {server} as {nick}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer from the server for {seconds} s: the connection is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outbox is closed: the line was not kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected: the bytes were not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chat history file {path} cannot be written: {reason}.</source>
        <extracomment>Rows per INSERT statement: 7 values each stays under SQLite&apos;s oldest limit of 999. Messages written in one transaction at most (about 2 ms of encoding). Export formats offered by File &gt; Export conversation.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A nickname needs at least one character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A nickname has at most {limit} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A nickname cannot contain spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A nickname can only contain printable characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A nickname cannot start with {char}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A nickname cannot contain invisible characters ({code}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A nickname cannot have an accent or mark without a letter before it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A nickname can have at most {limit} marks on one letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The nickname {nick} is kept for the server: choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The nickname {wanted} is taken; you are {nick}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{problem} You are a guest instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The nickname {nick} is taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{problem} Usage: /nick NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You were removed by the host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: /me ACTION, e.g. /me waves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: /msg NICK TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command /{command}. Type /help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many nickname changes: try again in {seconds} s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The nickname {wanted} looks too much like {nick}, who is online: choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This room needs a password: type /pass PASSWORD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This room needs a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong password {count} times: the connection is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many wrong passwords from {address}: try again in {seconds} s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This room&apos;s password is accepted only over an encrypted connection: connect with SocketLab, `openssl s_client -quiet -connect {server}` or `ncat --ssl {host} {port}`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password within {seconds} s: the connection is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are banned from this room until {until}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are banned from this room until the server stops.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A ban lasts a positive number of minutes; {minutes} is not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody called {target} is online, and it is not an IP address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{target} is not banned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type hex bytes to send, e.g. 48 65 6c 6c 6f.</source>
        <extracomment>What the terminal can show, as the user picks it, and the Python codec behind each. The window lists the current language&apos;s own first (app.ui.i18n.ordered_encodings). Line endings the terminal can add to a typed line. How many times the terminal can send a typed line in one go (the &quot;times&quot; box next to Send).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{token} has no hex digits after its prefix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{token} is not hex: {bad} is not a hex digit (use 0-9 and a-f), e.g. 48 65 6c 6c 6f.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{token} has an odd number of hex digits: each byte is two digits (write 0{digit} for a single digit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{char} cannot be written in {encoding}: choose UTF-8 (or another encoding that has it, such as GBK for Chinese or CP1251 for Russian), or send it as hex.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port {port} is still held by connections in TIME_WAIT ({count} of them): a server on it closed them first a moment ago, and the system keeps such a port busy for about 60 s (on Linux) so late packets of the old connections cannot reach a new one. SO_REUSEADDR is off, so the port cannot be bound until they expire. Wait a minute, or switch SO_REUSEADDR on to bind at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port {port} is still held by connections in TIME_WAIT ({count} of them), left by a program that closed them first without SO_REUSEADDR. Linux lets a new server bind over TIME_WAIT only when the old socket set SO_REUSEADDR too, so wait about 60 s for them to expire, or choose another port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port {port} is already in use (EADDRINUSE). Another program may be listening there; or a server on it just closed and its connections are in TIME_WAIT, which keeps the port busy for about 60 s on Linux. SO_REUSEADDR is off, so TIME_WAIT blocks the port: wait a minute, switch SO_REUSEADDR on, or choose another port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This server cannot announce itself on the LAN: UDP port {port} cannot be used ({reason}). The chat works; others join by typing its address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history file {path} cannot be used: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reason} New connections wait {seconds} s ({count} similar errors not shown).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reason} New connections wait {seconds} s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody called {nick} is online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{option} must be a whole number from {low} to {high}; {value} is not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{option} must be a number from {low} to {high}; {value} is not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history file can no longer be written ({reason}); the room goes on and keeps the latest messages in memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history cannot be searched: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server key in {path} cannot be read ({reason}). Move the file away to make a new key; clients that joined before will see a CHANGED key.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>diagnostics</name>
    <message>
        <source>The {name} did not finish in {seconds} s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{query} is not an IP address: a reverse lookup needs one, like 127.0.0.1.</source>
        <extracomment>The most of the hosts file read, and the longest line looked at (a longer one is skipped). The hosts file that gave every address (no DNS packet was sent), or &quot;&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lookup of {query} timed out after {seconds:g} s: the DNS server did not answer. Check the network connection, or the DNS servers this machine uses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System resolver: the hosts file ({hosts}), then the DNS servers of the network adapters (see ipconfig /all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System resolver (order: {order}): /etc/hosts, then DNS server {servers} (from /etc/resolv.conf).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System resolver: /etc/hosts, then DNS server {servers} (from /etc/resolv.conf).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System resolver (order: {order}): /etc/hosts, then DNS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System resolver: /etc/hosts, then DNS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{state}, loopback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the interfaces took more than {seconds:g} s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>permanent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>`ip neigh` failed ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} cannot be read ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>`arp -a` failed ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no `arp` command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This system does not show its neighbour (ARP) table: {failures}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This system does not show its neighbour (ARP) table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the neighbour table took more than {seconds:g} s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to live exceeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hop limit exceeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reason} (from {source})</source>
        <extracomment>A lost request&apos;s reason, with the address of the router (or host) that said so.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reply in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>raw ICMP sockets need administrator rights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{error} (code {code})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unprivileged ICMP sockets are not allowed here (the sysctl net.ipv4.ping_group_range does not include your group)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unprivileged ICMP sockets are not available here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Using an unprivileged ICMP socket: no administrator rights needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Using a raw ICMP socket, because {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Using a raw ICMP socket: SocketLab runs with administrator rights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no ping program was found on this system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot ping: {reasons}. Install the ping program (Debian/Ubuntu: sudo apt install iputils-ping) or run SocketLab as administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reply within {seconds:g} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not run the system ping: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Using the system ping command: {reasons}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Using the system ping command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <extracomment>The states as people read them; the keys above stay English (the CLI, JSON, counts).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>filtered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{open} open, {closed} closed, {filtered} filtered, {error} error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{open} open, {closed} closed, {filtered} filtered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{checked:,} of {total:,} ports: {counts} in {seconds:.2f} s (stopped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{checked:,} of {total:,} ports: {counts} in {seconds:.2f} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{code}: refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{code}: no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{code}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer within {seconds:g} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} socket(s) show no program: they belong to other users&apos; programs. Run as administrator to see which.</source>
        <extracomment>TCP states in the order a connection lives through them, for the state filter. States in which a socket belongs to no program any more (the kernel finishes it). Linux&apos;s TCP tables, whose timer column says how long a TIME_WAIT socket has left. The most of each table read (about 150 bytes a socket: some 100,000 sockets). Seconds a TIME_WAIT socket has left (Linux), None where it is not known.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the sockets of your own programs only: listing every socket on this system needs administrator rights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not list the sockets: {reason} ({code}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{first}, {second}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{first}; {second}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>discovery</name>
    <message>
        <source>{value} is not a numeric address: give a broadcast address such as 192.168.1.255, or ff02::736c%eth0.</source>
        <extracomment>Loopback broadcast works on Linux; other systems do not broadcast on loopback.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No network interface can send a discovery query: connect to a network (Wi-Fi or cable), then search again.</source>
        <extracomment>Seconds after the first query of a round when it is sent again.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The discovery query could not be sent on any interface (see the events). Check that this machine is connected to a network.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Port {port} is already in use on {host}: {why}</source>
        <extracomment>Ports below this need administrator (root) rights to bind on most systems.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port {port} is already in use: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address is already in use: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another program (or another SocketLab) is listening there. Choose another port, or stop that program. If you just closed a server, its old connections may still be in TIME_WAIT for up to a minute; SO_REUSEADDR lets a new server bind anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port {port} is privileged: run as administrator or choose a port from {first} to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permission denied by the operating system: sending to a broadcast address needs the broadcast option (SO_BROADCAST), or a firewall blocked the packet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permission denied by the operating system (a firewall or missing rights).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection refused by {target}: nothing is listening on that port. Check the port number and that the server is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection refused: nothing is listening on that port. Check the port number and that the server is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address {target} is not available on this machine: a server can only bind to one of this machine&apos;s own addresses (or 0.0.0.0 for all of them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address is not available on this machine: a server can only bind to one of this machine&apos;s own addresses (or 0.0.0.0 for all of them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host unreachable: it did not answer on the local network (is it switched on?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host not found: {target} does not resolve to an address. Check the spelling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host not found: the name does not resolve to an address. Check the spelling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not look up {target} right now: the DNS server did not answer. Check the network connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not look up the name right now: the DNS server did not answer. Check the network connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{target} has no address of the requested kind (IPv4 or IPv6).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name has no address of the requested kind (IPv4 or IPv6).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not resolve {target}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not resolve the name: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No name found for {target}: it has no reverse (PTR) record and is not in the hosts file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No name found for the address: it has no reverse (PTR) record and is not in the hosts file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer came back. The host may be down, or a firewall may be silently dropping the packets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timed out to {target}: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timed out: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network unreachable: this machine has no route to {target}. Check the cable or Wi-Fi and the address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network unreachable: this machine has no route to that network. Check the cable or Wi-Fi and the address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host unreachable: {target} did not answer on the local network (is it switched on?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection reset by the peer: the other side closed the connection abruptly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The peer closed the connection while we were still sending (broken pipe).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message too long: the datagram is bigger than the network allows (at most 65,507 bytes of UDP payload over IPv4, less on some links).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address family not supported: an IPv6 address was used where only IPv4 works, or IPv6 is switched off on this machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operating system ran out of socket buffer space; slow down and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{action} failed: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operation failed: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {engine} stopped because of an internal error: {summary}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <source>Could not write {path}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled; the partial file was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>packets</name>
    <message>
        <source>Cannot capture packets on {interface}: {why} {help}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the system refused a raw socket (AF_PACKET needs root or the CAP_NET_RAW capability).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>raw AF_PACKET sockets exist only on Linux.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wireshark&apos;s dumpcap is not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dumpcap has no permission to capture: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every capture method was turned off (SOCKETLAB_CAPTURE_METHODS={value}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run SocketLab as root (sudo), or install Wireshark&apos;s dumpcap and allow it to capture: sudo setcap cap_net_raw,cap_net_admin=eip $(which dumpcap), then add yourself to the wireshark group (sudo usermod -aG wireshark $USER) and log in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install Wireshark with Npcap (tick &apos;Support loopback traffic&apos; to capture on the loopback adapter); SocketLab then captures with Wireshark&apos;s dumpcap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install Wireshark together with its ChmodBPF package (from the Wireshark installer), which lets members of the access_bpf group capture; then log out and in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run SocketLab as root, or install Wireshark&apos;s dumpcap with permission to capture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no interface called {interface}. Interfaces here: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dumpcap stopped with exit code {code}: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dumpcap&apos;s output could not be read: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading frames from {interface} failed: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the capture file {path}: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {layer} header is cut short: {available} bytes captured, {needed} needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link type {linktype} is not one this decoder knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IP version field says {version}, expected {expected}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IPv4 header length says {length} bytes, less than the minimum 20.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IPv4 total length {total} is shorter than its own header ({header} bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {layer} packet says it has {declared} bytes but only {captured} were captured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TCP data offset says {length} bytes, less than the minimum 20.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TCP data offset says {length} bytes, more than the {available} captured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The UDP length {length} is shorter than its own 8-byte header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The UDP length says {length} bytes but the IP packet holds only {available}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than {limit} IPv6 extension headers: the rest are not decoded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DNS message lists {count} records; only the first {limit} are decoded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A DNS name follows more than {limit} compression pointers (a loop?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A DNS compression pointer points to byte {target}, outside the message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A DNS name is longer than {limit} bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A DNS name has an unknown label type (byte 0x{byte:02x}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DNS message ends in the middle of a record (at byte {offset}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decoding stopped early: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ethernet from {src} to {dst}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>802.1Q VLAN {vlan}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linux cooked capture (the &quot;any&quot; interface)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loopback, address family {family}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPv4 from {src} to {dst}, TTL {ttl}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPv6 from {src} to {dst}, hop limit {hop_limit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP from port {sport} to port {dport}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UDP from port {sport} to port {dport}, {length} bytes of data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{length} bytes of data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A fragment of a larger IP packet: {length} bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{version} from {src} to {dst}, protocol {protocol}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ethernet frame of type 0x{ethertype:04x}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{length} bytes that could not be decoded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linux cooked capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loopback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPv6 extension header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quoted IPv4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quoted IPv6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quoted transport header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{relative} (raw {raw})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Additional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{section} name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{section} type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{section} class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{section} TTL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{section} data length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{section} {type}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>correct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not match (should be 0x{expected:04x}); sent packets often get theirs later from the network card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>8-byte header + {data} bytes of data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the client&apos;s port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server&apos;s port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{flags} seq={seq}: the client asks to connect (step 1 of the three-way handshake)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{flags} seq={seq} ack={ack}: the server agrees (step 2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{flags} seq={seq} ack={ack}: the client confirms (step 3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{flags} seq={seq} ack={ack} len={length}: {length} bytes of data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{flags} ack={ack}: received up to byte {ack}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{flags} seq={seq} ack={ack}: no more data from this side (teardown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{flags} seq={seq} ack={ack} len={length}: {length} bytes of data, then no more data from this side (teardown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{flags} seq={seq} ack={ack}: the last FIN is acknowledged, the connection is closed (teardown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{flags}: connection refused: nothing listens on port {port}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{flags} seq={seq}: the connection is aborted (reset)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{flags} seq={seq}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{flags} seq={seq} ack={ack}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP with no flags seq={seq}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UDP {length} bytes from port {sport} to port {dport} (no handshake: 8-byte header)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Echo (ping) request id=0x{id:04x} seq={seq}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Echo (ping) reply id=0x{id:04x} seq={seq}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination port unreachable ({protocol} port {port})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination port unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination network unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination host unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination protocol unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fragmentation needed (the packet is too big)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination unreachable: communication administratively prohibited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination unreachable: no route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination address unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination unreachable (code {code})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time-to-live exceeded in transit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fragment reassembly time exceeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICMP type {type} code {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICMPv6 type {type} code {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Router solicitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Router advertisement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neighbor solicitation for {target}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neighbor advertisement {target}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who has {target}? Tell {sender}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{sender} is at {mac}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gratuitous ARP for {sender} (an announcement)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ARP operation {operation}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard query response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS opcode {opcode} query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS opcode {opcode} response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind} 0x{id:04x} {qtype} {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind} 0x{id:04x} {qtype} {name} {answer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind} 0x{id:04x} {rcode} {qtype} {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind} 0x{id:04x}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{type} {data} (TTL {ttl})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{answer} and {more} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{length} bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not implemented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply code {rcode}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sequence number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VLAN ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packet type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link-layer address type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link-layer address length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differentiated services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags and fragment offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header checksum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traffic class and flow label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payload length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hop limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extension header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hardware type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hardware size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender MAC address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target MAC address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledgment number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checksum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent pointer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quoted source address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quoted destination address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quoted source port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quoted destination port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authoritative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Truncated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recursion desired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recursion available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer RRs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authority RRs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Additional RRs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown word &apos;{word}&apos; at position {position}: expected {expected}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port {port} is out of range 1-65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{word}&apos; at position {position} is not a port number: write a number 1-65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;port&apos; at position {position} needs a port number after it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{word}&apos; at position {position} is not an IPv4 or IPv6 address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;host&apos; at position {position} needs an address after it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{word}&apos; at position {position} must be followed by &apos;port&apos; or &apos;host&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{word}&apos; at position {position} needs a term after it, such as tcp or port 80</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{word}&apos; at position {position} needs a term before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &apos;(&apos; at position {position} is never closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &apos;)&apos; at position {position} has no matching &apos;(&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parentheses at position {position} hold nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The filter is {length} characters long; at most {limit} are allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The filter nests more than {limit} levels deep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a pcap or pcapng capture: it starts with the bytes {start} instead of a capture file&apos;s magic number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The block at byte {offset} says it is {length} bytes long, more than the {limit} bytes allowed: the capture is damaged or not a capture at all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The block at byte {offset} has an impossible length of {length} bytes (a pcapng block is at least 12 bytes and a multiple of 4): the capture is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The block at byte {offset} says it is {length} bytes long at its start but {trailer} at its end: the capture is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The section header at byte {offset} has no valid byte-order magic: the capture is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The capture uses format version {major}.{minor}, which this reader does not know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The packet at byte {offset} belongs to interface {interface}, but only {count} interfaces were described before it: the capture is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The packet at byte {offset} says it holds {length} bytes, more than its block has room for: the capture is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The block at byte {offset} is too short for its kind ({length} bytes): the capture is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The packet record at byte {offset} says it holds {length} bytes, more than the {limit} bytes allowed: the capture is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The capture holds more than {limit} packets; SocketLab reads at most that many.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is {size} bytes, larger than the {limit} bytes SocketLab reads; cut it with editcap first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The capture ends in the middle of a block ({pending} bytes left over): it was cut short.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The capture reader stopped at an earlier error: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty: there is no capture in it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>subnet</name>
    <message>
        <source>The address is empty: type an address such as 192.168.1.12/24 or 2001:db8::1/64.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many octets in {text}: an IPv4 mask has four numbers (a.b.c.d).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many octets in {text}: an IPv4 address has four numbers (a.b.c.d).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too few octets in {text}: an IPv4 mask has four numbers (a.b.c.d).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too few octets in {text}: an IPv4 address has four numbers (a.b.c.d).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text} has an empty octet: write four numbers from 0 to 255.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Octet {octet} in {text} is not a number from 0 to 255.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Octet {octet} is out of range 0-255 (in {text}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Octet {octet} in {text} has a leading zero: write {number} (some tools read leading zeros as octal).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text} is not a valid IPv4 mask.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text} is not a valid IPv4 address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text} uses &apos;::&apos; more than once: it may stand for one run of zero groups only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{char} in {text} is not a hex digit (0-9, a-f).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group {group} in {text} has more than 4 hex digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text} starts with a single &apos;:&apos;: write &apos;::&apos; or a group first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text} ends with a single &apos;:&apos;: write &apos;::&apos; or a group last.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too few groups in {text}: IPv6 has eight groups, or &apos;::&apos; for a run of zeros.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many groups in {text}: IPv6 has eight groups of 16 bits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text} is not a valid IPv6 address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text} has an empty zone after &apos;%&apos; (write e.g. %eth0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text}: a zone such as %eth0 only goes with IPv6 addresses (fe80::1%eth0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text} is not an IP address: type numbers such as 192.168.1.12 or 2001:db8::1 (host names are not looked up here).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The prefix is empty: write a number from 0 to {max_prefix}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefix {prefix} is too long for IPv{version}: use 0 to {max_prefix}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefix {value} is negative: use 0 to {max_prefix}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A dotted mask like {value} is for IPv4; IPv6 uses a prefix such as /64.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is an IPv6 mask; an IPv4 address needs /0 to /32.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not a prefix or a mask: write a number such as 24 or a mask such as 255.255.255.0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not a prefix or a mask: write a number such as 24 (0 to 128).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not a valid mask (its 1-bits are not contiguous): a mask is 1-bits followed by 0-bits, like {example}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many parts in {value}: write ADDRESS/PREFIX or ADDRESS MASK.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The prefix is missing after &apos;/&apos; in {value}: write e.g. /24.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unspecified: &apos;this host&apos; (RFC 1122)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserved: &apos;this network&apos; (RFC 1122)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loopback (RFC 1122)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private (RFC 1918)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared address space, carrier-grade NAT (RFC 6598)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link-local (RFC 3927)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documentation, TEST-NET-1 (RFC 5737)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documentation, TEST-NET-2 (RFC 5737)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documentation, TEST-NET-3 (RFC 5737)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multicast (RFC 5771)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserved: limited broadcast (RFC 919)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserved for future use (RFC 1112)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserved: IETF protocol assignments (RFC 6890)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserved: benchmarking (RFC 2544)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserved: former 6to4 relay anycast (RFC 7526)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unspecified (RFC 4291)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loopback (RFC 4291)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPv4-mapped (RFC 4291)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPv4/IPv6 translation, NAT64 (RFC 6052)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserved: discard-only (RFC 6666)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documentation (RFC 3849)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global unicast: Teredo (RFC 4380)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global unicast: 6to4 (RFC 3056)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global unicast (RFC 4291)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unique local (RFC 4193)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link-local (RFC 4291)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserved: former site-local (RFC 3879)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multicast (RFC 4291)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interface-local</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>link-local</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>admin-local</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>site-local</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>organisation-local</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>global</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multicast, {scope} scope (RFC 4291)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public (globally routed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserved (not yet assigned by IANA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{first} ... {last} ({count} zones)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{mask} (read as a wildcard mask)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Netmask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wildcard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <extracomment>Exports stop short of this many rows (a 33-million-row CSV is about a gigabyte).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broadcast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usable hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class (historical)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverse DNS zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{address} (zone {zone})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (longer than /64)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expanded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/64 subnets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A /{prefix} keeps the first {prefix} bits for the network and leaves {host_bits} host bits: 2^{host_bits} = {count} address, {first} to {last}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A /{prefix} keeps the first {prefix} bits for the network and leaves {host_bits} host bits: 2^{host_bits} = {count} addresses, {first} to {last}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first address (host bits all 0) names the network and the last (host bits all 1) is the broadcast, so {count} are left for hosts. Broadcast = network OR wildcard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A /31 has no room for a network and a broadcast address: RFC 3021 lets a point-to-point link use both addresses as hosts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A /32 is one host: used for loopback addresses and host routes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPv6 has no broadcast (multicast such as ff02::1 does that job), so every address of the prefix is usable; a LAN is normally a /64, which SLAAC needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two hosts are on the same network when address AND mask gives the same result for both: they then talk directly; otherwise through a router.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private addresses (RFC 1918) are not routed on the Internet: a NAT router translates them to a public address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>100.64.0.0/10 is for carrier-grade NAT between an ISP and its customers&apos; routers; it is not routed on the Internet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link-local addresses never cross a router; IPv4 hosts pick one themselves when DHCP fails, IPv6 interfaces always have one (use it with a zone such as %eth0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loopback traffic never leaves this machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserved for examples in documentation: never used on real networks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multicast goes from one sender to every receiver that joined the group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public addresses are routed on the Internet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global unicast addresses are routed on the Internet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unique local addresses are IPv6&apos;s private range: routed inside a site, never on the Internet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>::ffff:a.b.c.d is how an IPv6 socket shows an IPv4 peer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserved addresses are not for ordinary hosts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (a /32 is a single host)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (a /31 is a point-to-point link, RFC 3021)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} (both addresses, RFC 3021)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} (the address itself)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address</source>
        <extracomment>a row of the AND drawing: the address typed</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AND mask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>= network</source>
        <extracomment>the result row of the AND drawing</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other</source>
        <extracomment>a row of the AND drawing: the other address compared</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ours</source>
        <extracomment>a row of the AND drawing: our network address</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{other} is an IPv6 address and {network} is an IPv{version} network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{other} is an IPv4 address and {network} is an IPv{version} network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{other} is larger than {network} (/{other_prefix} is shorter than /{prefix}): it contains {network}, not the other way round.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{address} AND {mask} = {masked}, not {network_address}. Bit {bit} differs, and it is one of the {prefix} network bits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{other} lies inside {network}: its first {prefix} bits match the network bits and its prefix /{other_prefix} is at least /{prefix}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{address} AND {mask} = {masked}, the same network as {network}: the first {prefix} bits are equal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read this machine&apos;s interfaces: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Binary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inputs merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <extracomment>in a Broadcast column: the subnet (a /31 or /32) has no broadcast address</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This list cannot be searched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row {number} is out of range: this list has {count}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text} is not inside {network}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type one address to find, not the network {network}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text} is not a usable host of {network}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text} is not in this list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A /{prefix} cannot be split into /{new_prefix}s: the new prefix must be from {prefix} to {max_prefix}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of subnets must be at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{subnets} subnets need {extra_bits} more network bits, and a /{prefix} has only {host_bits} host bits (at most {most} subnets).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of hosts must be at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{hosts} hosts do not fit in any IPv{version} network (at most {most}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{hosts} hosts do not fit in one subnet of {network}: a /{prefix} has at most {most} usable hosts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{subnets} subnets use {used} of {total} addresses in {network}; {waste} allocated host addresses are unused (waste); {free} addresses are free.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{subnets} subnets use {used} of {total} addresses in {network}; {waste} allocated host addresses are unused (waste); {free} addresses are free ({blocks}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {line}: {text} has no host count: write a name and a number, e.g. Lab 20.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subnet {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {line}: {name} needs at least 1 host, not {hosts}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No requirements yet: write one a line, a name and a host count (Lab 20).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These subnets do not fit in {network}: they need {needed} addresses ({sizes}) and a /{prefix} has {available}. {name} ({hosts} hosts, a /{misfit_prefix}) is the first that does not fit; the plan needs at least a /{smallest}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {line}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No networks yet: write one a line, such as 192.168.0.0/24.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This list has {rows} rows; an export stops at {limit} (about a gigabyte of CSV). Split into fewer, larger subnets or pick a smaller network.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>trace</name>
    <message>
        <source>fd {fd}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connected from {address}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{version} {cipher}, key {code} ({status})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no TLS answer within {seconds:g} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the handshake did not finish within {seconds:g} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS failed ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answered without TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reset the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connecting again without encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>going on without encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok, port {port}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok: waiting for connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fingerprint {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count:,} messages kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed ({reason}): this connection is closed, the others go on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accept() is not called until you resume: the kernel still completes new connections and queues them in the listen backlog (up to {backlog})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accept() is called again: waiting connections are taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok: SO_REUSEADDR off, so a port held by TIME_WAIT connections cannot be bound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not finished within {seconds:g} s: the connection is closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed by the peer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>protocol error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too slow to read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS handshake timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plaintext refused: this room accepts only TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kicked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>banned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no complete line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>password needs TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>made room for a newcomer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many new identities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reconnected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad hello</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{summary} in {ms:.1f} ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer after {seconds:g} s (abandoned)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} address(es)</source>
        <translation type="unfinished">{count} address</translation>
    </message>
    <message>
        <source>looking up...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reason} from {source}, icmp_seq={seq}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>echo reply icmp_seq={seq} from {source}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>echo reply icmp_seq={seq} from {source}, ttl={ttl}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pid {pid}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{state} ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count:,} bytes from {source}: ignored, {problem} ({total:,} ignored so far)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no interface reaches {host}: nothing to announce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every {seconds:g} s on UDP port {port}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok: listening for discovery queries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>query from {source}: not answered, outside this server&apos;s network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>query from {source}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok, port {port}: answers come back here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok: listening for announcements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>goodbye from {source}, signed by {code}: server stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>goodbye for {name} from {source}: ignored, it announced from {sources}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>goodbye from {source}: server stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>announcement from {source}: {name}, chat port {port}, {users} online{signed}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answer in {ms:.2f} ms from {source}: {name}, chat port {port}, {users} online{signed}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, signed by {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, unsigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{sender} announces more than {count} servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its id is signed by {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its id is signed by {code}, a key you pinned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a SocketLab discovery datagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count:,} bytes, longer than a discovery datagram ({limit:,})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no valid version number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an announcement needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{key} must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown type {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a signed datagram needs key, ts and sig together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{key} must be base64 of at most {limit} bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{key} must be 1-64 letters, digits, - or _</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{key} must be a whole number from {low} to {high}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{key} must be a number from {low:g} to {high:g}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its signature does not match its key and content (forged or altered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed {seconds:,.0f} s ahead of this machine&apos;s clock (at most {window:g} s): a replay, or a clock is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed {seconds:,.0f} s behind this machine&apos;s clock (at most {window:g} s): a replay, or a clock is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsigned, for a room signed by {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed by {code}, but this room id belongs to {owner}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed earlier than one already heard from this room (a replay)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a goodbye unsigned for a room signed by {owner}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a goodbye signed by another key ({code}) for a room signed by {owner}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a goodbye older than the room&apos;s last announcement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>silent for {seconds:.1f} s (it announces every {interval:g} s, taken as {taken:g} s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>b&apos;&apos; (peer closed the connection)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count:,} bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>... {count:,} more socket calls not shown (trace is throttled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in progress (the handshake has started)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok, bound to {address}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok (the kernel reports {count:,} bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>started (process {pid})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok (the kernel now delivers the group&apos;s datagrams)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count:,} bytes from {address}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count:,} bytes in the last {seconds:.1f} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{datagrams:,} datagrams in {turns:,} turns of draining until EWOULDBLOCK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{drained}: {received}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok (UDP: sets the default destination, sends nothing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{calls:,} calls: {sent}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>transfer</name>
    <message>
        <source>ok, for file transfers</source>
        <extracomment>The IPv6 address a transfer port also listens on, beside its IPv4 one.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read {path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} changed since it was offered; offer it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The offer is {size} bytes, more than the {limit} bytes you accept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough free space in {folder}: {need} bytes needed, {free} bytes free.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk holding {folder} is full: free some space, then resume the transfer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to {peer} was lost; trying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pieces of {name} failed their SHA-256 check ({count}); fetching them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} does not match its SHA-256 after every piece was checked; fetching it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} kept arriving damaged; the transfer stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{peer} stopped the transfer: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{peer} cancelled the transfer.</source>
        <extracomment>What the sender&apos;s refusal codes mean, in our own words (its `text` is only logged: it is in the sender&apos;s language, and anyone could write anything there).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{peer} no longer offers this transfer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{peer}&apos;s file changed since it was offered; ask them to offer it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{peer} cannot read the file they offered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{peer}&apos;s transfer is encrypted, and this connection was not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no transfer {transfer_id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{peer} declined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You declined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} would be written outside {folder}; refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{peer}&apos;s transfer connection showed another key than the one offered through the room; refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot encrypt the transfer: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the room&apos;s relay, for a file transfer the receiver cannot fetch directly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The files sent do not match the offer; refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} does not exist or cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many files: at most {limit} in one offer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok, relaying file transfers that cannot go direct</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>udp</name>
    <message>
        <source>{group} is not a multicast group: use 224.0.0.0-239.255.255.255 (IPv4) or an ff00::/8 address (IPv6).</source>
        <extracomment>The IPv4 limited broadcast address: every host on the local link.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no network interface called {name} on this machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{interface} is not an IPv4 address: for IPv4 the multicast interface is given by one of this machine&apos;s addresses, such as 192.168.1.20 or 127.0.0.1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <extracomment>The largest UDP payload over IPv4: 65,535 (IP total length) - 20 (IP header) - 8 (UDP). The largest UDP payload over IPv6 without jumbograms: 65,535 (payload length) - 8 (UDP). The encodings offered for text, by the name people know, with Python&apos;s codec name. Lists put the current language&apos;s own first (app.translations.PREFERRED_ENCODINGS).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text with escapes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text with escapes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown encoding {encoding}: choose one of {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{char} (U+{code}) at position {position} cannot be written in {encoding}: choose UTF-8 (or another encoding that has it), or remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{char} at position {position} is not a hex digit: use 0-9 and a-f, two digits per byte (spaces between bytes are fine).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hex needs two digits per byte, but there are {count} digits: add the missing digit (write 0A, not A).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{char} (U+{code}) at position {position} cannot be written in {encoding}: choose UTF-8, or write its bytes as \xNN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A lone backslash ends the payload at position {position}: write \\ for a backslash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>\x at position {position} needs two hex digits (\x0A, \xff), got {got}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown escape {escape} at position {position}: use \n \r \t \0 \\ or \xNN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>65,535 bytes of IPv6 payload minus the 8-byte UDP header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>65,535 bytes of IP packet minus the 20-byte IP header and the 8-byte UDP header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The datagram is {total:,} bytes ({size:,} + the {header}-byte sequence header): UDP over {version} carries at most {limit:,} bytes ({why}). Make the payload {excess:,} bytes smaller or split it into several datagrams.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The datagram is {total:,} bytes: UDP over {version} carries at most {limit:,} bytes ({why}). Make the payload {excess:,} bytes smaller or split it into several datagrams.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the default interface</source>
        <extracomment>The receive buffer the engine asks for; Linux caps it at net.core.rmem_max. The largest datagram recvfrom() may return (IPv6 payloads reach 65,527 bytes). The counters carry the counts of at most this many streams (the most recently heard); the totals count every stream. Under a flood the trace gets one summary line per this many seconds.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not join {group} on {interface}: {reason} Check the interface (an address of this machine for IPv4, a name such as eth0 for IPv6).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packet {number} is not an object with name, target and payload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packet {number} has no text {key}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packet {number} ({name}) has payload_format {value}: use text, hex or escapes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packet {number} ({name}) has encoding {value}: use one of {choices}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a packets file: invalid JSON at line {line}, column {column} ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a SocketLab packets file (format is {format}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This packets file has version {version}; this SocketLab reads version {supported}. Update SocketLab to read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a packets file: expected an object with a &quot;packets&quot; list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is listening on {target}: that host answered an earlier datagram with ICMP &apos;port unreachable&apos;. UDP itself never notices; the OS reports it on the next send or receive of the socket. Start a receiver there, or check the port.</source>
        <extracomment>How often progress is reported while a job runs. At full speed the trace gets one summary line of sends per this many seconds. Replies read per readiness before the loop looks at other work.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No interface can send to the multicast group {target}: the OS has no multicast route. Set the multicast interface (an address of this machine for IPv4, an interface name or index for IPv6); some interfaces, like Linux&apos;s loopback for IPv6, do not do multicast at all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[seq {number:,}] {preview}</source>
        <extracomment>How far behind the newest number a datagram may arrive and still be told apart exactly: reordered (it was missing) or duplicate (it came before). Each stream that ever had a gap keeps one byte per number of this window (4 KiB), whatever the numbers; a jump of any size beyond it counts the skipped numbers as lost without storing them, and a number further behind than this counts as a duplicate (too late to tell). 4,096 covers a second of reordering at about 4,000 datagrams a second. How many streams, per (source address, stream id), one counter follows. A new one beyond this evicts the least recently heard (its counts stay in the totals), so a sender spraying stream ids or source ports cannot grow the table: at most about 1,024 x 4 KiB = 4 MiB.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
