<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About {app}</source>
        <extracomment>{app} is the application&apos;s name, SocketLab.</extracomment>
        <translation>关于 {app}</translation>
    </message>
    <message>
        <source>A desktop lab for LAN chat, UDP datagrams, subnets and network diagnostics.</source>
        <translation>用于局域网聊天、UDP 数据报、子网计算和网络诊断的桌面实验室。</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>版本</translation>
    </message>
</context>
<context>
    <name>BindCombo</name>
    <message>
        <source>All interfaces ({address})</source>
        <translation>所有接口 ({address})</translation>
    </message>
    <message>
        <source>This computer only ({address})</source>
        <translation>仅本机 ({address})</translation>
    </message>
    <message>
        <source>Listen on</source>
        <translation>监听于</translation>
    </message>
    <message>
        <source>The address the server listens on. All interfaces: anyone on your LAN can join. This computer only: just programs on this machine.</source>
        <translation>服务器监听的地址。所有接口：局域网中的任何人都能加入。仅本机：只有本机上的程序可以加入。</translation>
    </message>
</context>
<context>
    <name>BitsView</name>
    <message>
        <source>network bits: {count}</source>
        <translation>网络位：{count}</translation>
    </message>
    <message>
        <source>host bits: {count}</source>
        <translation>主机位：{count}</translation>
    </message>
    <message>
        <source>each network bit = address bit AND mask bit</source>
        <translation>每个网络位 = 地址位 AND 掩码位</translation>
    </message>
    <message>
        <source>Bits</source>
        <translation>二进制位</translation>
    </message>
</context>
<context>
    <name>ChannelSecurity</name>
    <message>
        <source>Not encrypted</source>
        <translation>未加密</translation>
    </message>
    <message>
        <source>This server does not offer encryption: anyone capturing the LAN can read what is said.</source>
        <translation>此服务器不提供加密：任何在局域网上抓包的人都能读到聊天内容。</translation>
    </message>
    <message>
        <source>KEY CHANGED: not connected</source>
        <translation>密钥已更改：未连接</translation>
    </message>
    <message>
        <source>Encrypted, new key {code}</source>
        <translation>已加密，新密钥 {code}</translation>
    </message>
    <message>
        <source>First visit to this server: its key is remembered now. Check the code with the host; if it ever changes, SocketLab warns you.</source>
        <translation>第一次连接此服务器：现在已记住其密钥。请与主持人核对代码；如果它以后改变，SocketLab 会警告你。</translation>
    </message>
    <message>
        <source>Encrypted, known key {code}</source>
        <translation>已加密，已知密钥 {code}</translation>
    </message>
    <message>
        <source>The same key as on your earlier visits to this server.</source>
        <translation>与你之前连接此服务器时的密钥相同。</translation>
    </message>
    <message>
        <source>The server&apos;s key has changed</source>
        <translation>服务器的密钥已更改</translation>
    </message>
    <message>
        <source>The server at {server} showed a different key than on your last visit.</source>
        <translation>{server} 上的服务器显示的密钥与你上次连接时不同。</translation>
    </message>
    <message>
        <source>Pinned key: {old}
Key shown now: {new}

If the host made a new key (a new computer, or its key file was deleted), ask them to read their code aloud and compare. If they did not, someone may be pretending to be this server to read the chat: do not trust the new key.</source>
        <translation>已记住的密钥：{old}
现在显示的密钥：{new}

如果主持人生成了新密钥（换了电脑，或删除了密钥文件），请让他们念出代码并核对。如果没有，可能有人冒充此服务器来偷看聊天：不要信任新密钥。</translation>
    </message>
    <message>
        <source>Do not connect</source>
        <translation>不要连接</translation>
    </message>
    <message>
        <source>Trust the new key</source>
        <translation>信任新密钥</translation>
    </message>
</context>
<context>
    <name>ChatInput</name>
    <message>
        <source>Message</source>
        <extracomment>The biggest paste the box accepts. How many sent lines Up/Down can recall. The most lines the box grows to before it scrolls.</extracomment>
        <translation>消息</translation>
    </message>
    <message>
        <source>Enter sends, Shift+Enter starts a new line, Up and Down recall sent lines</source>
        <translation>按 Enter 发送，Shift+Enter 换行，上下方向键调出已发送的内容</translation>
    </message>
    <message>
        <source>Type a message, Enter to send (Shift+Enter: new line, /help: commands)</source>
        <translation>输入消息，按 Enter 发送（Shift+Enter：换行，/help：命令）</translation>
    </message>
    <message>
        <source>That paste is {size} MiB: the most you can paste is 1 MiB. Nothing was pasted; your text is still here. Send a long text in parts, or share it as a file.</source>
        <translation>粘贴的内容有 {size} MiB，最多只能粘贴 1 MiB。没有粘贴任何内容，您的文字仍在这里。请分段发送长文本，或以文件方式分享。</translation>
    </message>
</context>
<context>
    <name>ChatSession</name>
    <message>
        <source>The chat history cannot be read: {reason}.</source>
        <translation>无法读取聊天历史：{reason}。</translation>
    </message>
    <message>
        <source>The outbox file {name} cannot be used: {reason}.</source>
        <translation>无法使用发件箱文件 {name}：{reason}。</translation>
    </message>
    <message>
        <source>Too many SocketLab windows are connected to this server.</source>
        <translation>连接到此服务器的 SocketLab 窗口太多。</translation>
    </message>
</context>
<context>
    <name>ChatTab</name>
    <message>
        <source>Export...</source>
        <extracomment>Back-off between reconnect attempts (tests shorten it). How long a new connection waits for a SocketLab greeting before going raw. The UDP port servers announce on (None: the protocol&apos;s 5556; tests use a free one). Makes the finder behind Find servers (None: ask every LAN; tests ask loopback).</extracomment>
        <translation>导出...</translation>
    </message>
    <message>
        <source>Save the conversation as text or CSV</source>
        <translation>将聊天记录保存为文本或 CSV</translation>
    </message>
    <message>
        <source>Export Chat Conversation...</source>
        <translation>导出聊天记录...</translation>
    </message>
    <message>
        <source>Save the chat history (or the raw terminal) as text or CSV</source>
        <translation>将聊天历史（或原始终端）保存为文本或 CSV</translation>
    </message>
    <message>
        <source>Not connected. Host a chat, or join one.</source>
        <translation>未连接。请创建一个聊天，或加入一个聊天。</translation>
    </message>
    <message>
        <source>Cannot create the folder {folder}: {reason}.</source>
        <translation>无法创建文件夹 {folder}：{reason}。</translation>
    </message>
    <message>
        <source>Starting the server...</source>
        <translation>正在启动服务器...</translation>
    </message>
    <message>
        <source>Disconnected.</source>
        <translation>已断开连接。</translation>
    </message>
    <message>
        <source>Saving the last conversation…</source>
        <translation>正在保存上一次的对话…</translation>
    </message>
    <message>
        <source>File...</source>
        <translation>文件...</translation>
    </message>
    <message>
        <source>Send files to the room (/send), or to one person (/send NICK); or drop files on the conversation, or on a name</source>
        <translation>发送文件给整个聊天室 (/send) 或某个人 (/send 昵称)；也可以把文件拖到对话区或某个名字上</translation>
    </message>
    <message>
        <source>Send File...</source>
        <translation>发送文件...</translation>
    </message>
    <message>
        <source>Offer files to everyone in the chat room</source>
        <translation>向聊天室里的所有人发送文件</translation>
    </message>
    <message>
        <source>Files...</source>
        <translation>文件设置...</translation>
    </message>
    <message>
        <source>Where received files go, who may send without asking, and the size limit</source>
        <translation>接收文件的保存位置、可免确认发送的人以及大小限制</translation>
    </message>
    <message>
        <source>The room calls you {given}: {wanted} was not free there. The next join asks for {wanted} again.</source>
        <translation>聊天室称你为 {given}：{wanted} 在那里已被占用。下次加入时会再次请求 {wanted}。</translation>
    </message>
    <message>
        <source>The room named you {given}. Type a nickname before the next join to choose one.</source>
        <translation>聊天室将你命名为 {given}。如需自选昵称，请在下次加入前输入。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>断开连接</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Stop hosting to join another chat.</source>
        <translation>停止主持后才能加入其他聊天。</translation>
    </message>
    <message>
        <source>A chat room is hosted here: everyone in it is disconnected.</source>
        <translation>此处正在主持聊天室：其中所有人都会被断开。</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>Not connected: host a chat or join one first. Your text is still here.</source>
        <translation>未连接：请先创建或加入一个聊天。您的文字仍在这里。</translation>
    </message>
    <message>
        <source>Line {number} is {cost} bytes: the chat allows {limit} bytes a line. Split it into shorter lines; your text is still here.</source>
        <translation>第 {number} 行有 {cost} 字节，聊天每行最多允许 {limit} 字节。请拆分成较短的行；您的文字仍在这里。</translation>
    </message>
    <message>
        <source>This line is {cost} bytes: the chat allows {limit} bytes a line. Split it into shorter lines; your text is still here.</source>
        <translation>这一行有 {cost} 字节，聊天每行最多允许 {limit} 字节。请拆分成较短的行；您的文字仍在这里。</translation>
    </message>
    <message>
        <source>Not connected any more: your text is still here.</source>
        <translation>连接已断开：您的文字仍在这里。</translation>
    </message>
    <message>
        <source>Not connected: the bytes were not sent.</source>
        <translation>未连接：字节未发送。</translation>
    </message>
    <message>
        <source>The connection is closed: nothing was sent.</source>
        <translation>连接已关闭：未发送任何内容。</translation>
    </message>
    <message>
        <source>{cost} / {limit} bytes - too long to send</source>
        <translation>{cost} / {limit} 字节 - 太长，无法发送</translation>
    </message>
    <message>
        <source>{cost} / {limit} bytes - near the limit</source>
        <translation>{cost} / {limit} 字节 - 接近上限</translation>
    </message>
    <message>
        <source>{cost} / {limit} bytes</source>
        <translation>{cost} / {limit} 字节</translation>
    </message>
</context>
<context>
    <name>ConversationEntry</name>
    <message>
        <source>quit</source>
        <extracomment>Why someone left, as the server says it (protocol words, the same from every server version): shown in the window&apos;s language; an unknown reason as it came.</extracomment>
        <translation>主动退出</translation>
    </message>
    <message>
        <source>closed the connection</source>
        <translation>关闭了连接</translation>
    </message>
    <message>
        <source>connection lost</source>
        <translation>连接断开</translation>
    </message>
    <message>
        <source>kicked</source>
        <translation>被主持人移除</translation>
    </message>
    <message>
        <source>reconnected</source>
        <translation>已重新连接</translation>
    </message>
    <message>
        <source>server stopped</source>
        <translation>服务器已停止</translation>
    </message>
    <message>
        <source>too slow to read</source>
        <translation>读取太慢</translation>
    </message>
    <message>
        <source>protocol error</source>
        <translation>协议错误</translation>
    </message>
    <message>
        <source>made room for a newcomer</source>
        <translation>为新来者腾出位置</translation>
    </message>
    <message>
        <source>no complete line</source>
        <translation>没有完整的一行</translation>
    </message>
    <message>
        <source>bad hello</source>
        <translation>错误的 hello</translation>
    </message>
    <message>
        <source>too many new identities</source>
        <translation>新身份过多</translation>
    </message>
    <message>
        <source>banned</source>
        <translation>已被封禁</translation>
    </message>
    <message>
        <source>no password</source>
        <translation>未输入密码</translation>
    </message>
    <message>
        <source>wrong password</source>
        <translation>密码错误</translation>
    </message>
    <message>
        <source>password needs TLS</source>
        <translation>密码需要 TLS</translation>
    </message>
    <message>
        <source>{nick} joined</source>
        <translation>{nick} 加入了聊天</translation>
    </message>
    <message>
        <source>{nick} left ({reason})</source>
        <translation>{nick} 离开了聊天（{reason}）</translation>
    </message>
    <message>
        <source>{nick} left</source>
        <translation>{nick} 离开了聊天</translation>
    </message>
    <message>
        <source>{nick} is now {new}</source>
        <translation>{nick} 改名为 {new}</translation>
    </message>
    <message>
        <source>(private to {nick}) {text}</source>
        <translation>（私聊给 {nick}）{text}</translation>
    </message>
    <message>
        <source>(private) {text}</source>
        <translation>（私聊）{text}</translation>
    </message>
</context>
<context>
    <name>ConversationExport</name>
    <message>
        <source>Nothing to export yet: host or join a chat first.</source>
        <translation>暂无可导出的内容：请先创建或加入一个聊天。</translation>
    </message>
    <message>
        <source>Export conversation</source>
        <translation>导出聊天记录</translation>
    </message>
    <message>
        <source>Text (*.txt);;CSV (*.csv)</source>
        <translation>文本 (*.txt);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}.</source>
        <translation>无法写入 {path}：{reason}。</translation>
    </message>
    <message>
        <source>Exporting...</source>
        <translation>正在导出...</translation>
    </message>
    <message>
        <source>Export cancelled: the window closed.</source>
        <translation>导出已取消：窗口已关闭。</translation>
    </message>
    <message>
        <source>Exported to {path}.</source>
        <translation>已导出到 {path}。</translation>
    </message>
    <message>
        <source>Export to {path} failed: {reason}.</source>
        <translation>导出到 {path} 失败：{reason}。</translation>
    </message>
</context>
<context>
    <name>ConversationView</name>
    <message>
        <source>Conversation</source>
        <translation>聊天记录</translation>
    </message>
    <message>
        <source>Up and Down move between the lines (Shift selects), Enter on a message answers its sender privately, Ctrl+C copies the selected lines.</source>
        <translation>上下方向键在各行之间移动（按住 Shift 可选择），在消息上按 Enter 私聊回复其发送者，Ctrl+C 复制所选行。</translation>
    </message>
    <message>
        <source>Newest messages</source>
        <translation>最新消息</translation>
    </message>
    <message>
        <source>{count} new - show newest</source>
        <translation>{count} 条新消息 - 显示最新</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>全选</translation>
    </message>
</context>
<context>
    <name>CountersView</name>
    <message>
        <source>Datagrams</source>
        <extracomment>The hex dump shows at most this many bytes (Copy hex copies them all). The table takes new rows at most this often: at a flood&apos;s rates a person cannot read faster, and every repaint costs CPU the receiving thread would rather have. The decoded text line under the hex dump shows at most this many characters.</extracomment>
        <translation>数据报</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>字节</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>速率</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>丢失</translation>
    </message>
    <message>
        <source>Out of order</source>
        <translation>乱序</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>重复</translation>
    </message>
    <message>
        <source>Turn on the sender&apos;s sequence header to count these</source>
        <extracomment>What the loss counters&apos; tip says when there are counts: how streams are told apart (the panel sets it, in the window&apos;s language).</extracomment>
        <translation>在发送端开启序号头部才能统计这些</translation>
    </message>
</context>
<context>
    <name>DatagramTableModel</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
</context>
<context>
    <name>DiagnosticsPanel</name>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
</context>
<context>
    <name>DiagnosticsTab</name>
    <message>
        <source>Interfaces</source>
        <translation>网络接口</translation>
    </message>
    <message>
        <source>Ping</source>
        <translation>Ping</translation>
    </message>
    <message>
        <source>DNS</source>
        <translation>DNS</translation>
    </message>
    <message>
        <source>Port check</source>
        <translation>端口检查</translation>
    </message>
    <message>
        <source>Sockets</source>
        <translation>套接字</translation>
    </message>
    <message>
        <source>Neighbours (ARP)</source>
        <translation>邻居 (ARP)</translation>
    </message>
    <message>
        <source>Diagnostics tools</source>
        <translation>诊断工具</translation>
    </message>
</context>
<context>
    <name>DiscoveryHints</name>
    <message>
        <source>A firewall on either machine: allow SocketLab (or UDP port 5556 and TCP port 5555) on private networks, on the server&apos;s machine and on yours.</source>
        <extracomment>UDP port of discovery queries and announcements (the chat itself is on TCP 5555). IPv6 link-local multicast group (&quot;sl&quot; in hex: 0x73 0x6c). Longer datagrams are not SocketLab discovery datagrams (ours are about 250 bytes). Seconds between announcements: three a minute. A server is forgotten after this many announcement intervals of silence. Answers a server sends per second at most, whoever asks (a query cannot make it flood). A finder keeps at most this many servers (a flood of fake ones cannot fill memory). A finder keeps at most this many servers announced from one address; a sender that announces more replaces its own least recently heard (one machine may run a few). A finder keeps at most this many addresses per server (IPv4, loopback, IPv6 links). The `every` a finder believes is clamped to this range, so an announcement claiming an hour cannot keep an entry for 2.5 hours: it is forgotten after at most 300 s. Seconds after a change in users before the server announces it (changes coalesce). What commonly stops discovery, for the finder&apos;s &quot;nothing answered&quot; message.</extracomment>
        <translation>任一台机器上的防火墙：在专用网络中允许 SocketLab（或 UDP 端口 5556 和 TCP 端口 5555），服务器所在机器和您的机器都要设置。</translation>
    </message>
    <message>
        <source>Client isolation on Wi-Fi: guest, hotel, campus and some office networks stop devices from seeing each other. Try a home network or a phone&apos;s hotspot.</source>
        <translation>Wi-Fi 客户端隔离：访客、酒店、校园和部分办公网络会阻止设备互相发现。请尝试家庭网络或手机热点。</translation>
    </message>
    <message>
        <source>Different subnets: broadcasts do not cross routers. Compare both machines&apos; addresses and masks (Diagnostics, Interfaces); 192.168.1.x/24 and 192.168.0.x/24 are different networks.</source>
        <translation>不同的子网：广播不会跨越路由器。请比较两台机器的地址和掩码（诊断，接口）；192.168.1.x/24 和 192.168.0.x/24 是不同的网络。</translation>
    </message>
    <message>
        <source>The server was started with announcements off (socketlab serve --no-announce).</source>
        <translation>服务器启动时关闭了通告（socketlab serve --no-announce）。</translation>
    </message>
    <message>
        <source>You can still join by typing the server&apos;s address: the server shows it (&quot;On your LAN: 192.168.1.23:5555&quot;).</source>
        <translation>您仍可以输入服务器地址来加入：服务器会显示它（&quot;On your LAN: 192.168.1.23:5555&quot;）。</translation>
    </message>
</context>
<context>
    <name>DnsPanel</name>
    <message>
        <source>Query</source>
        <translation>查询</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>应答</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>a name (example.com) or an address (127.0.0.1)</source>
        <translation>名称 (example.com) 或地址 (127.0.0.1)</translation>
    </message>
    <message>
        <source>Name or address</source>
        <translation>名称或地址</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>Name → addresses (A, AAAA)</source>
        <translation>名称 → 地址 (A, AAAA)</translation>
    </message>
    <message>
        <source>Address → name (reverse)</source>
        <translation>地址 → 名称（反向查询）</translation>
    </message>
    <message>
        <source>Lookup kind</source>
        <translation>查询类型</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>超时</translation>
    </message>
    <message>
        <source>Look up</source>
        <translation>查询</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Lookup status</source>
        <translation>查询状态</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>应答</translation>
    </message>
    <message>
        <source>Name or address:</source>
        <translation>名称或地址：</translation>
    </message>
    <message>
        <source>Timeout:</source>
        <translation>超时：</translation>
    </message>
    <message>
        <source>DNS</source>
        <translation>DNS</translation>
    </message>
    <message>
        <source>Which IP addresses does a name stand for, and which name does an address have? Asked through the system resolver, like every program on this machine (like nslookup or dig).</source>
        <translation>一个名称对应哪些 IP 地址，一个地址又对应什么名称？通过系统解析器查询，与本机所有程序一样（类似 nslookup 或 dig）。</translation>
    </message>
    <message numerus="yes">
        <source>{name}: %Ln address(es) ({ipv4} IPv4, {ipv6} IPv6) in {time}.</source>
        <translation>
            <numerusform>{name}：%Ln 个地址（IPv4 {ipv4} 个，IPv6 {ipv6} 个），用时 {time}。</numerusform>
        </translation>
    </message>
    <message>
        <source>From the hosts file ({path}): no DNS packet was sent.</source>
        <extracomment>{path} is the hosts file, /etc/hosts on Linux and macOS.</extracomment>
        <translation>来自 hosts 文件（{path}）：没有发送 DNS 数据包。</translation>
    </message>
    <message>
        <source>{query} is already an address: choose Automatic or reverse to find its name.</source>
        <translation>{query} 已经是地址：请选择“自动”或反向查询来查找它的名称。</translation>
    </message>
    <message>
        <source>Looking up the name of {query}...</source>
        <translation>正在查询 {query} 的名称...</translation>
    </message>
    <message>
        <source>Looking up the addresses of {query}...</source>
        <translation>正在查询 {query} 的地址...</translation>
    </message>
    <message>
        <source>Stopped the lookup of {query}.</source>
        <translation>已停止查询 {query}。</translation>
    </message>
    <message>
        <source>No answer for {query}.</source>
        <translation>{query} 没有应答。</translation>
    </message>
    <message>
        <source>alias</source>
        <translation>别名</translation>
    </message>
    <message>
        <source>{address} is {name} ({time}).</source>
        <translation>{address} 是 {name}（{time}）。</translation>
    </message>
</context>
<context>
    <name>EventsPane</name>
    <message>
        <source>client</source>
        <translation>客户端</translation>
    </message>
    <message>
        <source>server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>sender</source>
        <translation>发送方</translation>
    </message>
    <message>
        <source>receiver</source>
        <translation>接收方</translation>
    </message>
    <message>
        <source>discovery</source>
        <translation>发现</translation>
    </message>
    <message>
        <source>transfer</source>
        <translation>文件传输</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>正在启动</translation>
    </message>
    <message>
        <source>running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>socket() makes a new endpoint: SOCK_STREAM is TCP (a connection carrying a stream of bytes), SOCK_DGRAM is UDP (separate datagrams). The number is its file descriptor.</source>
        <translation>socket() 创建一个新的端点：SOCK_STREAM 是 TCP（一条传送字节流的连接），SOCK_DGRAM 是 UDP（一个个独立的数据报）。数字是它的文件描述符。</translation>
    </message>
    <message>
        <source>setsockopt() changes an option of the socket: SO_REUSEADDR lets a restarted server bind its port at once, SO_BROADCAST allows sending to a broadcast address, IP_ADD_MEMBERSHIP joins a multicast group.</source>
        <translation>setsockopt() 修改套接字的选项：SO_REUSEADDR 让重启的服务器立即绑定原端口，SO_BROADCAST 允许向广播地址发送，IP_ADD_MEMBERSHIP 加入组播组。</translation>
    </message>
    <message>
        <source>bind() gives the socket its local address and port (IP:port). 0.0.0.0 means every interface of this machine; port 0 asks the system for a free port.</source>
        <translation>bind() 为套接字指定本地地址和端口（IP:端口）。0.0.0.0 表示本机的所有网络接口；端口 0 表示让系统挑选一个空闲端口。</translation>
    </message>
    <message>
        <source>listen(128) makes this a server socket: the kernel now answers three-way handshakes by itself and keeps up to 128 finished connections waiting for accept().</source>
        <translation>listen(128) 把它变成服务器套接字：内核从此自行完成三次握手，并让最多 128 个已建立的连接排队等待 accept()。</translation>
    </message>
    <message>
        <source>accept() takes one finished connection from the listen queue and returns a new socket for it; the listening socket goes on waiting for more.</source>
        <translation>accept() 从监听队列中取出一个已建立的连接，并为它返回一个新的套接字；监听套接字继续等待更多连接。</translation>
    </message>
    <message>
        <source>connect() starts the three-way handshake (SYN, SYN-ACK, ACK). A non-blocking socket returns at once (&apos;in progress&apos;); it becomes writable when the handshake has finished. On UDP it only sets the default destination.</source>
        <translation>connect() 开始三次握手（SYN、SYN-ACK、ACK）。非阻塞套接字会立即返回（“进行中”），握手完成后变为可写。对 UDP 来说，它只设置默认目的地址。</translation>
    </message>
    <message>
        <source>The three-way handshake has finished: the connection is established and both sides can send.</source>
        <translation>三次握手已完成：连接已建立，双方都可以发送数据。</translation>
    </message>
    <message>
        <source>send() copies bytes into the kernel&apos;s send buffer and TCP delivers them in order. It may take fewer bytes than offered; the rest goes when the socket is writable again. sendmsg() sends several buffers in one call.</source>
        <translation>send() 把字节复制到内核的发送缓冲区，由 TCP 按顺序送达。它接收的字节可能少于提供的数量；其余部分在套接字再次可写时发送。sendmsg() 一次调用发送多个缓冲区。</translation>
    </message>
    <message>
        <source>sendto() sends one UDP datagram to the address given: no connection, no guarantee it arrives; one call is one datagram.</source>
        <translation>sendto() 向给定地址发送一个 UDP 数据报：没有连接，也不保证送达；一次调用就是一个数据报。</translation>
    </message>
    <message>
        <source>recv() returns the bytes that have arrived so far, up to the size asked. TCP is a stream: one send() may arrive as several recv() calls, or several as one.</source>
        <translation>recv() 返回目前已到达的字节，最多为请求的大小。TCP 是字节流：一次 send() 可能分几次 recv() 收到，几次 send() 也可能一次收到。</translation>
    </message>
    <message>
        <source>recv() returned b&apos;&apos; (zero bytes): the peer closed its side of the connection (it sent FIN). No more data will come, so this side closes its socket too.</source>
        <translation>recv() 返回 b&apos;&apos;（零字节）：对方关闭了它那一端的连接（发送了 FIN）。不会再有数据到来，所以这一端也关闭自己的套接字。</translation>
    </message>
    <message>
        <source>recvfrom() returns one whole UDP datagram and the address it came from.</source>
        <translation>recvfrom() 返回一个完整的 UDP 数据报及其来源地址。</translation>
    </message>
    <message>
        <source>close() releases the socket. On a TCP connection it starts the four-way teardown (FIN, ACK, FIN, ACK); the side that closes first waits in TIME_WAIT.</source>
        <translation>close() 释放套接字。在 TCP 连接上，它开始四次挥手（FIN、ACK、FIN、ACK）；先关闭的一方会进入 TIME_WAIT 等待。</translation>
    </message>
    <message>
        <source>getaddrinfo() turns a host name and port into addresses to use (from DNS, the hosts file, or a literal address).</source>
        <translation>getaddrinfo() 把主机名和端口转换成可用的地址（来自 DNS、hosts 文件或字面地址）。</translation>
    </message>
    <message>
        <source>The TLS handshake agrees on keys and checks the server&apos;s certificate; from then on everything sent on this connection is encrypted.</source>
        <translation>TLS 握手协商密钥并检查服务器的证书；此后这条连接上发送的一切都是加密的。</translation>
    </message>
    <message>
        <source>It failed with {code}: {meaning}</source>
        <translation>调用失败，错误 {code}：{meaning}</translation>
    </message>
    <message>
        <source>failed: {code}, {meaning}</source>
        <translation>失败：{code}，{meaning}</translation>
    </message>
    <message>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>一方</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>调用</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Events (socket calls)</source>
        <translation>事件（套接字调用）</translation>
    </message>
    <message>
        <source>Search events</source>
        <translation>搜索事件</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Which kinds of line to show</source>
        <translation>要显示哪些类型的行</translation>
    </message>
    <message>
        <source>Keep-alive (ping, pong)</source>
        <translation>保活（ping、pong）</translation>
    </message>
    <message>
        <source>Discovery announcements</source>
        <translation>发现广播</translation>
    </message>
    <message>
        <source>Engine states (running, stopped)</source>
        <translation>引擎状态（运行中、已停止）</translation>
    </message>
    <message>
        <source>Two columns: {left} | {right}</source>
        <translation>两列：{left} | {right}</translation>
    </message>
    <message>
        <source>Stop the list moving while you read it</source>
        <translation>阅读时让列表停止滚动</translation>
    </message>
    <message>
        <source>Show the packets</source>
        <translation>显示数据包</translation>
    </message>
    <message>
        <source>The handshake or teardown of this connection in the Packets tab</source>
        <translation>在“数据包”标签页中查看此连接的握手或挥手</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy the selected lines (all shown lines if none)</source>
        <translation>复制选中的行（未选中时复制所有显示的行）</translation>
    </message>
    <message>
        <source>Save...</source>
        <translation>保存...</translation>
    </message>
    <message>
        <source>Save the shown lines as text or CSV</source>
        <translation>将显示的行保存为文本或 CSV</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Clear events</source>
        <translation>清除事件</translation>
    </message>
    <message>
        <source>Resume ({count} new)</source>
        <translation>继续（{count} 条新）</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>含义</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Text (*.txt)</source>
        <translation>文本 (*.txt)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Save events</source>
        <translation>保存事件</translation>
    </message>
    <message>
        <source>The events could not be saved in {path}: {reason}</source>
        <translation>无法将事件保存到 {path}：{reason}</translation>
    </message>
</context>
<context>
    <name>ExplanationView</name>
    <message>
        <source>Explanation</source>
        <translation>解释</translation>
    </message>
    <message>
        <source>Select a packet.</source>
        <translation>请选择一个数据包。</translation>
    </message>
    <message>
        <source>Packet {number}: {summary}</source>
        <translation>数据包 {number}：{summary}</translation>
    </message>
    <message>
        <source>Handshake step 1 of 3: the client asks to open a connection (SYN) and chooses its first sequence number (shown as 0, relative).</source>
        <translation>三次握手第 1 步（共 3 步）：客户端请求建立连接（SYN），并选定自己的初始序号（以相对值显示为 0）。</translation>
    </message>
    <message>
        <source>Handshake step 2 of 3: the server agrees (SYN, ACK): it sends its own first sequence number and acknowledges the client&apos;s SYN with ack=1.</source>
        <translation>三次握手第 2 步（共 3 步）：服务器同意（SYN, ACK）：它发送自己的初始序号，并用 ack=1 确认客户端的 SYN。</translation>
    </message>
    <message>
        <source>Handshake step 3 of 3: the client acknowledges the server&apos;s SYN. Both sides are now ESTABLISHED; connect() and accept() have returned.</source>
        <translation>三次握手第 3 步（共 3 步）：客户端确认服务器的 SYN。现在双方都处于 ESTABLISHED 状态；connect() 和 accept() 已经返回。</translation>
    </message>
    <message>
        <source>The connection was refused: nobody listens on that port, so the system answers the SYN with RST. connect() fails with ECONNREFUSED.</source>
        <translation>连接被拒绝：该端口上没有程序在监听，所以系统用 RST 回应 SYN。connect() 以 ECONNREFUSED 失败。</translation>
    </message>
    <message>
        <source>RST resets the connection at once: nobody listens on that port, or a program closed its socket with unread data or SO_LINGER set to 0. There is no TIME_WAIT after a reset.</source>
        <translation>RST 立即重置连接：原因是该端口上没有程序在监听，或者某个程序在还有未读数据、或 SO_LINGER 设为 0 时关闭了套接字。重置之后没有 TIME_WAIT。</translation>
    </message>
    <message>
        <source>FIN: this side has nothing more to send (close() or shutdown()). The other side can still send until it closes too; the side that sends the first FIN ends in TIME_WAIT.</source>
        <translation>FIN：这一端已没有数据要发送（close() 或 shutdown()）。对方在自己也关闭之前仍可继续发送；先发送 FIN 的一端最后进入 TIME_WAIT。</translation>
    </message>
    <message>
        <source>The last ACK of the teardown: both FINs are acknowledged and the connection is closed. The side that sent the first FIN now waits in TIME_WAIT for twice the MSL before its address pair can be used again.</source>
        <translation>四次挥手的最后一个 ACK：两个 FIN 都已被确认，连接已关闭。先发送 FIN 的一端现在在 TIME_WAIT 中等待两倍 MSL，之后它的地址对才能再次使用。</translation>
    </message>
    <message>
        <source>A data segment of {length} bytes. The receiver answers with an ACK whose ack number is this seq plus {length}: that tells the sender the bytes arrived, so it need not send them again.</source>
        <translation>一个携带 {length} 字节数据的报文段。接收方回复一个 ACK，其 ack 号等于此 seq 加 {length}：这告诉发送方这些字节已经到达，无需重传。</translation>
    </message>
    <message>
        <source>A bare ACK: it carries no data, only says which bytes arrived (every byte before ack={ack}).</source>
        <translation>纯 ACK：它不携带数据，只说明哪些字节已经到达（ack={ack} 之前的所有字节）。</translation>
    </message>
    <message>
        <source>Window {window}: how many more bytes this side can take in its receive buffer right now (before scaling); a window of 0 makes the other side wait.</source>
        <translation>窗口 {window}：这一端的接收缓冲区此刻还能接收多少字节（缩放之前）；窗口为 0 会让对方等待。</translation>
    </message>
    <message>
        <source>UDP has no handshake and no acknowledgements: its 8-byte header holds only the two ports, a length and a checksum. A datagram is sent at once and may be lost, duplicated or reordered without either side being told.</source>
        <translation>UDP 没有握手，也没有确认：它的 8 字节首部只包含两个端口、长度和校验和。数据报立即发出，可能丢失、重复或乱序，而双方都不会得到通知。</translation>
    </message>
    <message>
        <source>Destination unreachable: a router or the receiving host says the packet could not be delivered (for a closed UDP port, &apos;port unreachable&apos;). The sender&apos;s socket then sees an error such as ECONNREFUSED.</source>
        <translation>目的不可达：路由器或接收主机告知该数据包无法交付（对于关闭的 UDP 端口，即“端口不可达”）。发送方的套接字随后会收到 ECONNREFUSED 之类的错误。</translation>
    </message>
    <message>
        <source>Echo reply: the answer to a ping. It carries the request&apos;s identifier and sequence number, so ping can match it and measure the round trip.</source>
        <translation>回显应答：对 ping 的回答。它带有请求的标识符和序号，因此 ping 能把它与请求对应起来并测量往返时间。</translation>
    </message>
    <message>
        <source>Echo request: what ping sends. ICMP sits beside IP, has no ports and no connection; the target answers with an echo reply.</source>
        <translation>回显请求：ping 发送的报文。ICMP 与 IP 同处网络层，没有端口，也没有连接；目标主机以回显应答作答。</translation>
    </message>
    <message>
        <source>ARP reply (is-at): the owner of the IPv4 address tells its MAC address, which the asker keeps in its ARP cache for a while.</source>
        <translation>ARP 应答（is-at）：该 IPv4 地址的拥有者告知自己的 MAC 地址，询问方会把它在 ARP 缓存中保存一段时间。</translation>
    </message>
    <message>
        <source>ARP request (who-has): broadcast to the whole local network to find the MAC address of an IPv4 address before the first frame can be sent to it.</source>
        <translation>ARP 请求（who-has）：在向某个 IPv4 地址发送第一个帧之前，向整个本地网络广播，以查找该地址对应的 MAC 地址。</translation>
    </message>
    <message>
        <source>A DNS answer. Its ID ({id}) matches the query&apos;s, so the resolver knows which question it answers; the flags ({flags}) say it is a response and whether there was an error; each record&apos;s TTL ({ttl} s) says how long it may be cached.</source>
        <translation>DNS 应答。它的 ID（{id}）与查询的 ID 相同，因此解析器知道它回答的是哪个问题；标志（{flags}）表明这是响应以及是否出错；每条记录的 TTL（{ttl} 秒）说明它可以被缓存多久。</translation>
    </message>
    <message>
        <source>A DNS query: the resolver asks a server for a name&apos;s records. It picks a random ID ({id}) that the answer must repeat; the flags ({flags}) ask for recursion.</source>
        <translation>DNS 查询：解析器向服务器询问某个名称的记录。它选取一个随机 ID（{id}），应答必须原样带回；标志（{flags}）请求递归查询。</translation>
    </message>
    <message>
        <source>A name found in the hosts file (/etc/hosts) is answered by the system without any packet: you see DNS only for names it had to ask about.</source>
        <translation>在 hosts 文件（/etc/hosts）中找到的名称由系统直接解析，不发送任何数据包：只有系统必须向外查询的名称才会出现 DNS 报文。</translation>
    </message>
</context>
<context>
    <name>FieldError</name>
    <message>
        <source>Error</source>
        <extracomment>Emitted with the new text when an error is shown, and with &quot;&quot; when it is cleared.</extracomment>
        <translation>错误</translation>
    </message>
</context>
<context>
    <name>FileSettingsDialog</name>
    <message>
        <source>File transfer settings</source>
        <extracomment>The biggest size limit the spin box offers, in MiB (1 TiB).</extracomment>
        <translation>文件传输设置</translation>
    </message>
    <message>
        <source>Save received files in:</source>
        <translation>接收的文件保存到：</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>浏览...</translation>
    </message>
    <message>
        <source>Accept without asking from:</source>
        <translation>自动接收来自：</translation>
    </message>
    <message>
        <source>nicknames, separated by commas; * for anyone</source>
        <translation>昵称，用逗号分隔；* 表示任何人</translation>
    </message>
    <message>
        <source>Decline offers bigger than:</source>
        <translation>拒绝大于此大小的文件：</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>不限制</translation>
    </message>
    <message>
        <source>Offers from the people listed are saved in the folder at once. An offer over the size limit is declined at once, and its line says why.</source>
        <translation>来自所列用户的文件会直接保存到该文件夹。超出大小限制的文件会被立即拒绝，并在其所在行说明原因。</translation>
    </message>
    <message>
        <source>Save received files in</source>
        <translation>接收的文件保存到</translation>
    </message>
    <message>
        <source>Choose a whole folder path, for example {example}.</source>
        <translation>请填写完整的文件夹路径，例如 {example}。</translation>
    </message>
    <message>
        <source>{path} is a file, not a folder.</source>
        <translation>{path} 是文件，不是文件夹。</translation>
    </message>
    <message>
        <source>{nick}: {problem}</source>
        <translation>{nick}：{problem}</translation>
    </message>
</context>
<context>
    <name>FileTransfers</name>
    <message>
        <source>{name} and {count} more</source>
        <translation>{name} 等另外 {count} 项</translation>
    </message>
    <message>
        <source>Send files to {nick}</source>
        <translation>发送文件给 {nick}</translation>
    </message>
    <message>
        <source>Send files to the room</source>
        <translation>发送文件给整个聊天室</translation>
    </message>
    <message>
        <source>Not connected: join a chat (or host one) before sending files.</source>
        <translation>未连接：请先加入（或创建）聊天室，再发送文件。</translation>
    </message>
    <message>
        <source>Not connected: the transfer waits until you join the chat again.</source>
        <translation>未连接：重新加入聊天室后传输将继续。</translation>
    </message>
    <message>
        <source>Save {name} as</source>
        <translation>将 {name} 另存为</translation>
    </message>
    <message>
        <source>An offer over your size limit</source>
        <translation>超出你大小限制的文件</translation>
    </message>
</context>
<context>
    <name>FindServersDialog</name>
    <message>
        <source>Find chat servers on the LAN</source>
        <translation>查找局域网中的聊天服务器</translation>
    </message>
</context>
<context>
    <name>FindServersPanel</name>
    <message>
        <source>&lt;b&gt;No server answered.&lt;/b&gt; What commonly blocks discovery:</source>
        <extracomment>The status says how many servers were found (written from the list, in any language).</extracomment>
        <translation>&lt;b&gt;没有服务器应答。&lt;/b&gt;常见的阻碍发现的原因：</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Round trip</source>
        <translation>往返时间</translation>
    </message>
    <message>
        <source>Key code</source>
        <translation>密钥代码</translation>
    </message>
    <message>
        <source>Find servers</source>
        <translation>查找服务器</translation>
    </message>
    <message>
        <source>Ask the LAN which SocketLab chat servers are running (UDP broadcast, port 5556)</source>
        <translation>询问局域网中正在运行哪些 SocketLab 聊天服务器（UDP 广播，端口 5556）</translation>
    </message>
    <message>
        <source>Press Find servers to see the chats running on your LAN.</source>
        <extracomment>While the panel is shown, the finder asks again this often (seconds).</extracomment>
        <translation>按“查找服务器”查看局域网中正在运行的聊天。</translation>
    </message>
    <message>
        <source>Servers found</source>
        <translation>找到的服务器</translation>
    </message>
    <message>
        <source>Enter or a double-click joins a server</source>
        <translation>按 Enter 或双击即可加入服务器</translation>
    </message>
    <message>
        <source>Asking the LAN again...</source>
        <translation>正在再次询问局域网...</translation>
    </message>
    <message>
        <source>Asking the LAN...</source>
        <translation>正在询问局域网...</translation>
    </message>
    <message>
        <source>no interface</source>
        <translation>没有接口</translation>
    </message>
    <message>
        <source>Asked: {where}</source>
        <translation>已询问：{where}</translation>
    </message>
    <message>
        <source>No server answered.</source>
        <translation>没有服务器应答。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln datagram(s) on the discovery port were ignored: not SocketLab&apos;s, malformed or forged (the Events list shows them).</source>
        <translation>
            <numerusform>发现端口上有 %Ln 个数据报被忽略：不是 SocketLab 的、格式错误或伪造的（事件列表中可见）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln server(s) found. Double-click one to join.</source>
        <translation>
            <numerusform>找到 %Ln 个服务器。双击其中一个即可加入。</numerusform>
        </translation>
    </message>
    <message>
        <source>{ms} ms</source>
        <translation>{ms} 毫秒</translation>
    </message>
    <message>
        <source>IPv6 only</source>
        <translation>仅 IPv6</translation>
    </message>
    <message>
        <source>Heard from {addresses}. Double-click to join.</source>
        <translation>收到来自 {addresses} 的应答。双击即可加入。</translation>
    </message>
    <message>
        <source>Heard over IPv6 only, and this server accepts IPv4 only: ask for its address.</source>
        <translation>只通过 IPv6 收到应答，而此服务器只接受 IPv4：请询问它的地址。</translation>
    </message>
    <message>
        <source>unverified</source>
        <translation>未验证</translation>
    </message>
    <message>
        <source>{code} (known)</source>
        <translation>{code}（已知）</translation>
    </message>
    <message>
        <source>Unverified: this announcement is not signed (an older SocketLab, or a server with encryption off), so anyone on the LAN could have sent it. Ask the host for the address before you trust it.</source>
        <translation>未验证：此公告没有签名（旧版 SocketLab，或未开启加密的服务器），局域网中的任何人都可能发送它。信任它之前，请向主持人询问地址。</translation>
    </message>
    <message>
        <source>Known: signed with the key of a server you joined before (code {code}). Nobody else on the LAN can sign with that key.</source>
        <translation>已知：由你以前加入过的服务器的密钥签名（代码 {code}）。局域网中的其他人无法用该密钥签名。</translation>
    </message>
    <message>
        <source>Verified: signed with this server&apos;s key, code {code}. You have not joined it before: check that the host&apos;s screen shows the same code.</source>
        <translation>已验证：由此服务器的密钥签名，代码 {code}。你以前没有加入过它：请确认主持人屏幕上显示的是同一个代码。</translation>
    </message>
    <message>
        <source>{name} was heard over IPv6 only and accepts IPv4 only: ask for its address and type it.</source>
        <translation>{name} 只通过 IPv6 应答，但只接受 IPv4：请询问它的地址并手动输入。</translation>
    </message>
</context>
<context>
    <name>GettingStarted</name>
    <message>
        <source>Chat is a small TCP chat: one side hosts (a server socket that listens and accepts), the others join (a client socket that connects). The Events pane under it shows every socket call as it happens.</source>
        <translation>聊天是一个小型 TCP 聊天：一方主持（服务器套接字监听并接受连接），其他人加入（客户端套接字发起连接）。下方的事件面板实时显示每一次套接字调用。</translation>
    </message>
    <message>
        <source>Keep the port {port} and press Start hosting.</source>
        <translation>保持端口 {port}，然后点击“开始主持”。</translation>
    </message>
    <message>
        <source>In a terminal run {command}.</source>
        <translation>在终端中运行 {command}。</translation>
    </message>
    <message>
        <source>Watch accept() in the Events pane, then type a line in the terminal and press Enter: recv() shows its bytes.</source>
        <translation>在事件面板中观察 accept()，然后在终端输入一行并按回车：recv() 会显示它的字节。</translation>
    </message>
    <message>
        <source>UDP sends datagrams: no connection and no handshake, each datagram on its own. The receiver binds a port and reads whatever arrives; the sender sends text or bytes to an address, and the counters show what was lost or reordered.</source>
        <translation>UDP 发送数据报：没有连接，没有握手，每个数据报各自独立。接收端绑定一个端口并读取到达的一切；发送端把文本或字节发往某个地址，计数器显示哪些丢失或乱序。</translation>
    </message>
    <message>
        <source>In Receive, keep the port {port} and press Start.</source>
        <translation>在“接收”中保持端口 {port}，然后点击“开始”。</translation>
    </message>
    <message>
        <source>In Send, type hello, send it to {target} and press Send.</source>
        <translation>在“发送”中输入 hello，目标设为 {target}，然后点击“发送”。</translation>
    </message>
    <message>
        <source>The datagram appears in the receiver&apos;s table with the sender&apos;s address and port.</source>
        <translation>数据报会出现在接收端的表格中，并带有发送方的地址和端口。</translation>
    </message>
    <message>
        <source>Subnet computes what an address and a prefix mean: the network (the address AND the mask), the broadcast address and the usable hosts. It also splits, lists and summarises networks.</source>
        <translation>子网计算地址和前缀的含义：网络（地址 AND 掩码）、广播地址和可用主机。它还可以划分、列出和汇总网络。</translation>
    </message>
    <message>
        <source>Type {address} in Address.</source>
        <translation>在“地址”中输入 {address}。</translation>
    </message>
    <message>
        <source>Read the AND bit by bit: the network is {network}, the broadcast {broadcast}.</source>
        <translation>逐位阅读 AND 运算：网络是 {network}，广播地址是 {broadcast}。</translation>
    </message>
    <message>
        <source>Change the prefix to {prefix} and watch the network change.</source>
        <translation>把前缀改为 {prefix}，观察网络如何变化。</translation>
    </message>
    <message>
        <source>Diagnostics gathers the everyday tools: interfaces and MAC addresses, ping, DNS lookups, port checks, open sockets and the neighbour (ARP) table.</source>
        <translation>诊断汇集了日常工具：网络接口和 MAC 地址、ping、DNS 查询、端口检查、打开的套接字以及邻居（ARP）表。</translation>
    </message>
    <message>
        <source>Choose Ping in the list on the left.</source>
        <translation>在左侧列表中选择 Ping。</translation>
    </message>
    <message>
        <source>Type {host} and press Start.</source>
        <translation>输入 {host}，然后点击“开始”。</translation>
    </message>
    <message>
        <source>Each reply shows its round-trip time and TTL; Stop gives the summary.</source>
        <translation>每个回复显示往返时间和 TTL；点击“停止”给出汇总。</translation>
    </message>
    <message>
        <source>Packets captures what goes over an interface and explains each packet layer by layer, with a diagram of the conversation. Capturing may need administrator rights.</source>
        <translation>数据包捕获经过某个接口的流量，逐层解释每个数据包，并绘制会话图。捕获可能需要管理员权限。</translation>
    </message>
    <message>
        <source>Choose the interface {interface} and the preset This chat connection, then press Start.</source>
        <translation>选择接口 {interface} 和预设“当前聊天连接”，然后点击“开始”。</translation>
    </message>
    <message>
        <source>Host a chat in the Chat tab, then run {command}.</source>
        <translation>在聊天标签页中主持聊天，然后运行 {command}。</translation>
    </message>
    <message>
        <source>Read the first three packets: SYN, SYN-ACK, ACK, the three-way handshake.</source>
        <translation>阅读前三个数据包：SYN、SYN-ACK、ACK，即三次握手。</translation>
    </message>
</context>
<context>
    <name>GettingStartedDialog</name>
    <message>
        <source>Getting started</source>
        <translation>入门</translation>
    </message>
    <message>
        <source>Tabs</source>
        <translation>标签页</translation>
    </message>
    <message>
        <source>Help page</source>
        <translation>帮助页面</translation>
    </message>
    <message>
        <source>What it is for</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>A first thing to try</source>
        <translation>先试试这个</translation>
    </message>
</context>
<context>
    <name>HelpActions</name>
    <message>
        <source>&amp;Getting started</source>
        <translation>入门(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Lessons</source>
        <translation>课程(&amp;L)</translation>
    </message>
</context>
<context>
    <name>HexDumpView</name>
    <message>
        <source>… showing the first {shown} of {size} bytes.</source>
        <translation>… 仅显示 {size} 字节中的前 {shown} 字节。</translation>
    </message>
</context>
<context>
    <name>HistorySearch</name>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Search the history of this server (Ctrl+F)</source>
        <translation>搜索此服务器的历史记录 (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search the history</source>
        <translation>搜索历史记录</translation>
    </message>
    <message>
        <source>Search the history of this server</source>
        <translation>搜索此服务器的历史记录</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Close the search (Esc)</source>
        <translation>关闭搜索 (Esc)</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>搜索结果</translation>
    </message>
    <message>
        <source>Up and Down move between the matches, Enter shows one in the chat.</source>
        <translation>上下方向键在匹配项之间移动，按 Enter 在聊天中显示该条。</translation>
    </message>
    <message>
        <source>Connect to a server first: its history is searched.</source>
        <translation>请先连接到服务器：搜索的是它的历史记录。</translation>
    </message>
    <message>
        <source>Searching...</source>
        <translation>正在搜索...</translation>
    </message>
    <message numerus="yes">
        <source>%Ln match(es) in {server} (newest shown)</source>
        <translation>
            <numerusform>在 {server} 中找到 %Ln 条匹配（显示最新的）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln match(es) in {server}</source>
        <translation>
            <numerusform>在 {server} 中找到 %Ln 条匹配</numerusform>
        </translation>
    </message>
    <message>
        <source>That message is older than the lines shown here.</source>
        <translation>该消息比此处显示的行更早。</translation>
    </message>
</context>
<context>
    <name>HostPanel</name>
    <message>
        <source>Host a chat</source>
        <translation>主持聊天</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>Start hosting</source>
        <translation>开始主持</translation>
    </message>
    <message>
        <source>Announce on the LAN</source>
        <translation>在局域网中通告</translation>
    </message>
    <message>
        <source>So others can find this chat with Find servers: a few times a minute, a UDP broadcast (port 5556) tells the LAN its name, port and number of people. Nothing else is sent.</source>
        <translation>以便其他人通过“查找服务器”找到此聊天：每分钟几次，UDP 广播（端口 5556）向局域网告知其名称、端口和人数。不发送其他任何内容。</translation>
    </message>
    <message>
        <source>Room password</source>
        <translation>房间密码</translation>
    </message>
    <message>
        <source>none: anyone may join</source>
        <translation>无：任何人都可加入</translation>
    </message>
    <message>
        <source>People joining must give this password: SocketLab asks for it in Join a chat; nc and telnet users type /pass PASSWORD first.</source>
        <translation>加入的人必须提供此密码：SocketLab 在“加入聊天”中填写；nc 和 telnet 用户先输入 /pass 密码。</translation>
    </message>
    <message>
        <source>Encrypted connections only</source>
        <translation>仅限加密连接</translation>
    </message>
    <message>
        <source>Refuse connections without TLS. nc and telnet users get one line saying how to join with openssl s_client or ncat --ssl.</source>
        <translation>拒绝没有 TLS 的连接。nc 和 telnet 用户会收到一行说明，告诉他们如何用 openssl s_client 或 ncat --ssl 加入。</translation>
    </message>
    <message>
        <source>Accept the password unencrypted</source>
        <translation>接受未加密的密码</translation>
    </message>
    <message>
        <source>Let nc and telnet users send the password without encryption. Anyone capturing the LAN can then read it.</source>
        <translation>允许 nc 和 telnet 用户不加密地发送密码。这样任何在局域网上抓包的人都能读到它。</translation>
    </message>
    <message>
        <source>Not hosting.</source>
        <translation>未在主持。</translation>
    </message>
    <message>
        <source>This server&apos;s key. Read it aloud to the people joining: SocketLab shows them the same code, and warns them if it ever changes.</source>
        <translation>此服务器的密钥。请念给加入的人听：SocketLab 会向他们显示相同的代码，并在它改变时发出警告。</translation>
    </message>
    <message>
        <source>Connected users</source>
        <translation>已连接的用户</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>昵称</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>连接时间</translation>
    </message>
    <message>
        <source>Kick</source>
        <translation>踢出</translation>
    </message>
    <message>
        <source>Disconnect the selected user</source>
        <translation>断开所选用户的连接</translation>
    </message>
    <message>
        <source>Ban</source>
        <translation>封禁</translation>
    </message>
    <message>
        <source>Disconnect the selected user and refuse their address for a while</source>
        <translation>断开所选用户，并在一段时间内拒绝其地址</translation>
    </message>
    <message>
        <source>For 10 minutes</source>
        <translation>10 分钟</translation>
    </message>
    <message>
        <source>For an hour</source>
        <translation>1 小时</translation>
    </message>
    <message>
        <source>Until the server stops</source>
        <translation>直到服务器停止</translation>
    </message>
    <message>
        <source>Banned addresses</source>
        <translation>已封禁的地址</translation>
    </message>
    <message>
        <source>Unban</source>
        <translation>解除封禁</translation>
    </message>
    <message>
        <source>Nobody is connected.</source>
        <translation>没有人连接。</translation>
    </message>
    <message>
        <source>Listen on</source>
        <translation>监听于</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>高级</translation>
    </message>
    <message>
        <source>Socket options for lessons: SO_REUSEADDR, the listen backlog, pausing accept()</source>
        <translation>用于教学的套接字选项：SO_REUSEADDR、listen 队列、暂停 accept()</translation>
    </message>
    <message>
        <source>SO_REUSEADDR</source>
        <translation>SO_REUSEADDR</translation>
    </message>
    <message>
        <source>SO_REUSEADDR lets the server bind its port again at once after a restart. The side that closes a TCP connection first keeps it in TIME_WAIT for about 60 s (on Linux), so late packets of the old connection cannot reach a new one; without this option the port is &quot;already in use&quot; until then. Switch it off, host, stop and host again to see it.</source>
        <translation>SO_REUSEADDR 让服务器重启后能立即再次绑定其端口。先关闭 TCP 连接的一方会让该连接在 TIME_WAIT 状态停留约 60 秒（Linux 上），以免旧连接的迟到数据包进入新连接；没有这个选项，端口在此期间会显示“已被占用”。关闭此选项，启动服务器，停止后再启动一次，即可看到。</translation>
    </message>
    <message>
        <source>Listen backlog</source>
        <translation>listen 队列</translation>
    </message>
    <message>
        <source>The number given to listen(): how many connections the kernel finishes (the three-way handshake) and keeps waiting until the server calls accept(). When it is full, new connect() calls wait or fail. Linux caps it at net.core.somaxconn. Pause accepting to watch it fill.</source>
        <translation>传给 listen() 的数值：内核完成（三次握手）并保持等待、直到服务器调用 accept() 的连接数。队列满时，新的 connect() 调用会等待或失败。Linux 会将其限制在 net.core.somaxconn 以内。暂停接受连接即可观察队列如何填满。</translation>
    </message>
    <message>
        <source>Pause accepting</source>
        <translation>暂停接受连接</translation>
    </message>
    <message>
        <source>While on, the server does not call accept(). Clients still connect: the kernel completes their handshake and queues them in the listen backlog. Switch it off and they are accepted at once; the Events pane shows when accept() is called.</source>
        <translation>开启时，服务器不调用 accept()。客户端仍能连接：内核完成握手，并把它们放进 listen 队列。关闭后它们会立即被接受；事件面板会显示何时调用了 accept()。</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Stop hosting</source>
        <translation>停止主持</translation>
    </message>
    <message>
        <source>accept() paused. How many connections wait cannot be measured on this system (Linux shows it).</source>
        <translation>accept() 已暂停。在此系统上无法测量有多少连接在等待（Linux 上可以看到）。</translation>
    </message>
    <message>
        <source>accept() paused: {waiting} of {backlog} waiting in the backlog</source>
        <translation>accept() 已暂停：队列中有 {waiting} 个连接在等待（上限 {backlog}）</translation>
    </message>
    <message>
        <source>Key fingerprint: {code}</source>
        <translation>密钥指纹：{code}</translation>
    </message>
    <message>
        <source>until the server stops</source>
        <translation>直到服务器停止</translation>
    </message>
    <message>
        <source>until {time}</source>
        <translation>直到 {time}</translation>
    </message>
    <message>
        <source>{who}, {until}</source>
        <translation>{who}，{until}</translation>
    </message>
    <message>
        <source>{host} is a name: type one of this computer&apos;s IP addresses, or choose All interfaces.</source>
        <translation>{host} 是一个名称：请输入本机的一个 IP 地址，或选择“所有接口”。</translation>
    </message>
    <message>
        <source>Hosting on {host}:{port}. Only programs on this computer can join (choose All interfaces to let others on your LAN in).</source>
        <translation>正在 {host}:{port} 上主持。只有本机上的程序可以加入（选择“所有接口”可让局域网中的其他人加入）。</translation>
    </message>
    <message>
        <source>Hosting on port {port}, but this computer has no LAN address: connect it to a network so others can join.</source>
        <translation>正在端口 {port} 上主持，但本机没有局域网地址：请将其连接到网络，以便其他人加入。</translation>
    </message>
    <message>
        <source>Hosting on all interfaces, port {port}. Others on your LAN can join at:</source>
        <translation>正在所有接口上主持，端口 {port}。局域网中的其他人可以通过以下地址加入：</translation>
    </message>
    <message>
        <source>Hosting on {host}, port {port}. Others on your LAN can join at:</source>
        <translation>正在 {host} 上主持，端口 {port}。局域网中的其他人可以通过以下地址加入：</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy {address} to the clipboard</source>
        <translation>将 {address} 复制到剪贴板</translation>
    </message>
    <message>
        <source>Copy {address}</source>
        <extracomment>{address} is an address and port to share, e.g. 192.168.1.23:5555.</extracomment>
        <translation>复制 {address}</translation>
    </message>
    <message>
        <source>text client (nc, telnet...)</source>
        <translation>文本客户端 (nc, telnet...)</translation>
    </message>
    <message>
        <source>{nick} (you)</source>
        <translation>{nick}（您）</translation>
    </message>
    <message>
        <source>{nick}: {kind}</source>
        <translation>{nick}：{kind}</translation>
    </message>
    <message>
        <source>Connected: {count}</source>
        <translation>已连接：{count}</translation>
    </message>
    <message>
        <source>Disconnect {nick} from the room?</source>
        <extracomment>{nick} is the nickname of the user the host is about to remove.</extracomment>
        <translation>要将 {nick} 移出聊天室吗？</translation>
    </message>
</context>
<context>
    <name>IdentityPanel</name>
    <message>
        <source>You</source>
        <translation>您</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>昵称</translation>
    </message>
    <message>
        <source>your name in the chat</source>
        <translation>您在聊天中的名字</translation>
    </message>
</context>
<context>
    <name>IncomingDrain</name>
    <message numerus="yes">
        <source>... %Ln message(s) came faster than they could be shown: they are in the history (Ctrl+F searches it).</source>
        <translation>
            <numerusform>... 有 %Ln 条消息到达得太快，来不及显示：它们都在历史记录中（Ctrl+F 可搜索）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln earlier message(s) from {server} (your history)</source>
        <translation>
            <numerusform>来自 {server} 的 %Ln 条较早消息（您的历史记录）</numerusform>
        </translation>
    </message>
    <message>
        <source>Connected to {server} as {nick}.</source>
        <translation>已以 {nick} 的身份连接到 {server}。</translation>
    </message>
    <message>
        <source>You were removed from the chat by the host.</source>
        <translation>您已被主持人移出聊天。</translation>
    </message>
    <message>
        <source>Raw TCP terminal with {server}: not a SocketLab chat server, so its bytes are shown as they arrive.</source>
        <translation>与 {server} 的原始 TCP 终端：这不是 SocketLab 聊天服务器，因此按到达的原样显示其字节。</translation>
    </message>
    <message>
        <source>Disconnected.</source>
        <translation>已断开连接。</translation>
    </message>
    <message>
        <source>Connecting to {server}...</source>
        <translation>正在连接 {server}...</translation>
    </message>
</context>
<context>
    <name>InterfacesPanel</name>
    <message>
        <source>Interface</source>
        <translation>接口</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>MAC address</source>
        <translation>MAC 地址</translation>
    </message>
    <message>
        <source>Reading the interfaces...</source>
        <translation>正在读取网络接口...</translation>
    </message>
    <message>
        <source>Copy every interface as text</source>
        <translation>以文本形式复制所有接口</translation>
    </message>
    <message>
        <source>Interfaces</source>
        <translation>网络接口</translation>
    </message>
    <message>
        <source>The LAN address is the IPv4 address of the interface that holds the default route: the one other machines on your network use to reach this one. Loopback (127.0.0.1, ::1) never leaves this machine.</source>
        <translation>局域网地址是持有默认路由的接口的 IPv4 地址：网络中的其他机器通过它访问本机。环回地址（127.0.0.1、::1）永远不会离开本机。</translation>
    </message>
    <message>
        <source>This machine&apos;s network interfaces, their MAC addresses and IP addresses with prefix length (like ipconfig /all or ip addr).</source>
        <translation>本机的网络接口、它们的 MAC 地址以及带前缀长度的 IP 地址（类似 ipconfig /all 或 ip addr）。</translation>
    </message>
    <message>
        <source>Could not read the interfaces: {reason}</source>
        <translation>无法读取网络接口：{reason}</translation>
    </message>
    <message>
        <source>LAN address: {address} on {interface}</source>
        <translation>局域网地址：{address}（{interface}）</translation>
    </message>
    <message>
        <source>default gateway {address}</source>
        <translation>默认网关 {address}</translation>
    </message>
    <message>
        <source>No LAN address: no interface holds a default route (not connected?).</source>
        <translation>没有局域网地址：没有接口持有默认路由（未连接？）。</translation>
    </message>
</context>
<context>
    <name>JoinPanel</name>
    <message>
        <source>Join a chat</source>
        <translation>加入聊天</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>服务器地址</translation>
    </message>
    <message>
        <source>host or host:port (port {port})</source>
        <translation>主机 或 主机:端口（端口 {port}）</translation>
    </message>
    <message>
        <source>The address the host shows, e.g. 192.168.1.23:5555, or [fe80::1]:5555. Any TCP server works too: without a SocketLab greeting you get a raw terminal.</source>
        <translation>主持人显示的地址，例如 192.168.1.23:5555 或 [fe80::1]:5555。任何 TCP 服务器也可以：没有 SocketLab 问候时会打开原始终端。</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Find servers...</source>
        <translation>查找服务器...</translation>
    </message>
    <message>
        <source>Ask the LAN which SocketLab chats are running, and join one with a double-click</source>
        <translation>询问局域网中正在运行哪些 SocketLab 聊天，双击即可加入其中一个</translation>
    </message>
    <message>
        <source>Room password</source>
        <translation>房间密码</translation>
    </message>
    <message>
        <source>only if the room has one</source>
        <translation>仅当房间设有密码时</translation>
    </message>
    <message>
        <source>Sent to the server inside the encrypted connection. It is not sent to a server that does not offer encryption.</source>
        <translation>在加密连接内发送给服务器。不会发送给不提供加密的服务器。</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
</context>
<context>
    <name>LayerTree</name>
    <message>
        <source>Link layer: {name}</source>
        <translation>链路层：{name}</translation>
    </message>
    <message>
        <source>Network layer: {name}</source>
        <translation>网络层：{name}</translation>
    </message>
    <message>
        <source>Transport layer: {name}</source>
        <translation>传输层：{name}</translation>
    </message>
    <message>
        <source>Application layer: {name}</source>
        <translation>应用层：{name}</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>协议层</translation>
    </message>
    <message>
        <source>Payload ({count} bytes)</source>
        <translation>有效载荷（{count} 字节）</translation>
    </message>
</context>
<context>
    <name>Lessons</name>
    <message>
        <source>1. The one-to-one chat</source>
        <translation>1. 一对一聊天</translation>
    </message>
    <message>
        <source>A TCP chat is two sockets: a server that listens and accepts, a client that connects. Play each side once.</source>
        <translation>TCP 聊天就是两个套接字：监听并接受连接的服务器，以及发起连接的客户端。两边各扮演一次。</translation>
    </message>
    <message>
        <source>In a terminal start a server with {server} (or {python}), then in the Chat tab connect to 127.0.0.1:5555.</source>
        <translation>在终端中用 {server}（或 {python}）启动服务器，然后在聊天标签页中连接到 127.0.0.1:5555。</translation>
    </message>
    <message>
        <source>Type a line in the terminal and press Enter: recv() in the Events pane shows its bytes.</source>
        <translation>在终端输入一行并按回车：事件面板中的 recv() 会显示它的字节。</translation>
    </message>
    <message>
        <source>Now be the server: stop the terminal, then Start hosting on port 5555 (listen() appears).</source>
        <translation>现在当服务器：停止终端中的程序，然后在端口 5555 上点击“开始主持”（会出现 listen()）。</translation>
    </message>
    <message>
        <source>In a terminal run {client}: the server&apos;s accept() returns.</source>
        <translation>在终端中运行 {client}：服务器的 accept() 返回。</translation>
    </message>
    <message>
        <source>2. Port in use, SO_REUSEADDR and TIME_WAIT</source>
        <translation>2. 端口被占用、SO_REUSEADDR 与 TIME_WAIT</translation>
    </message>
    <message>
        <source>Only one socket may listen on a port; a closed connection may still hold it for a while in TIME_WAIT.</source>
        <translation>一个端口只能有一个套接字在监听；已关闭的连接还可能在 TIME_WAIT 状态下占用它一段时间。</translation>
    </message>
    <message>
        <source>In a terminal run {server} so that port 5555 is taken.</source>
        <translation>在终端中运行 {server}，占用端口 5555。</translation>
    </message>
    <message>
        <source>Start hosting on port 5555 in the Chat tab: bind() fails with EADDRINUSE.</source>
        <translation>在聊天标签页中于端口 5555 开始主持：bind() 以 EADDRINUSE 失败。</translation>
    </message>
    <message>
        <source>Stop the terminal, host again, let a client join, then stop hosting; Diagnostics &gt; Sockets shows the port in TIME_WAIT (tick Done).</source>
        <translation>停止终端中的程序，再次主持，让一个客户端加入，然后停止主持；“诊断 &gt; 套接字”会显示该端口处于 TIME_WAIT（请勾选“完成”）。</translation>
    </message>
    <message>
        <source>Host on port 5555 again at once: bind() succeeds, because SocketLab sets SO_REUSEADDR before it.</source>
        <translation>立即再次在端口 5555 上主持：bind() 成功，因为 SocketLab 在它之前设置了 SO_REUSEADDR。</translation>
    </message>
    <message>
        <source>3. Bytes and text: UTF-8 and GBK</source>
        <translation>3. 字节与文本：UTF-8 和 GBK</translation>
    </message>
    <message>
        <source>Sockets carry bytes, not text: both sides must agree on the encoding.</source>
        <translation>套接字传输的是字节而不是文本：双方必须约定同一种编码。</translation>
    </message>
    <message>
        <source>In a terminal run {command}: the same two characters are 6 bytes in UTF-8 and 4 in GBK (tick Done).</source>
        <translation>在终端中运行 {command}：同样两个字符在 UTF-8 中是 6 个字节，在 GBK 中是 4 个（请勾选“完成”）。</translation>
    </message>
    <message>
        <source>In the UDP tab start the receiver on port 5555, then send 你好 to 127.0.0.1:5555 with the encoding UTF-8.</source>
        <translation>在 UDP 标签页中于端口 5555 启动接收端，然后用 UTF-8 编码把 你好 发送到 127.0.0.1:5555。</translation>
    </message>
    <message>
        <source>Send it again with the encoding GBK.</source>
        <translation>再用 GBK 编码发送一次。</translation>
    </message>
    <message>
        <source>Switch the receiver&apos;s Preview as between UTF-8 and GBK: the wrong one shows garbage, as the Chat tab&apos;s raw terminal does with nc (tick Done).</source>
        <translation>在接收端的“预览方式”中切换 UTF-8 和 GBK：错误的编码会显示乱码，就像聊天标签页的原始终端连接 nc 时一样（请勾选“完成”）。</translation>
    </message>
    <message>
        <source>4. UDP: no connection, loss and order</source>
        <translation>4. UDP：无连接、丢包与顺序</translation>
    </message>
    <message>
        <source>UDP has no listen(), no accept() and no handshake: each datagram travels alone and may be lost or overtaken.</source>
        <translation>UDP 没有 listen()、没有 accept()，也没有握手：每个数据报独自传输，可能丢失或被后面的超过。</translation>
    </message>
    <message>
        <source>In the UDP tab start the receiver on port 5555: it only binds.</source>
        <translation>在 UDP 标签页中于端口 5555 启动接收端：它只做 bind。</translation>
    </message>
    <message>
        <source>Send hello to 127.0.0.1:5555.</source>
        <translation>把 hello 发送到 127.0.0.1:5555。</translation>
    </message>
    <message>
        <source>Tick Sequence header and send 10000 datagrams as fast as possible.</source>
        <translation>勾选“序号头部”，尽可能快地发送 10000 个数据报。</translation>
    </message>
    <message>
        <source>Read the lost and reordered counters: this ticks itself when a gap shows; if loopback loses nothing, tick Done.</source>
        <translation>查看丢失和乱序计数：出现缺口时此步会自动勾选；如果回环接口没有丢包，请勾选“完成”。</translation>
    </message>
    <message>
        <source>5. Is this address on my LAN? The AND</source>
        <translation>5. 这个地址在我的局域网里吗？AND 运算</translation>
    </message>
    <message>
        <source>The address AND the mask gives the network; two hosts on the same network talk directly, others through the gateway.</source>
        <translation>地址 AND 掩码得到网络；同一网络中的两台主机直接通信，其他的经由网关。</translation>
    </message>
    <message>
        <source>In the Subnet tab type 192.168.1.12/26 and read the AND: the network is 192.168.1.0.</source>
        <translation>在子网标签页中输入 192.168.1.12/26 并阅读 AND 运算：网络是 192.168.1.0。</translation>
    </message>
    <message>
        <source>Type 192.168.1.70/26: the AND gives 192.168.1.64, another network.</source>
        <translation>输入 192.168.1.70/26：AND 得到 192.168.1.64，是另一个网络。</translation>
    </message>
    <message>
        <source>Fill in your own address with This machine and check that your gateway is on the same network (tick Done).</source>
        <translation>用“本机”填入你自己的地址，检查网关是否在同一网络中（请勾选“完成”）。</translation>
    </message>
    <message>
        <source>6. MAC, ARP, ping and DNS</source>
        <translation>6. MAC、ARP、ping 和 DNS</translation>
    </message>
    <message>
        <source>Names become IP addresses (DNS), IP addresses on the LAN become MAC addresses (ARP), and ping checks that a host answers.</source>
        <translation>名字被解析为 IP 地址（DNS），局域网中的 IP 地址被解析为 MAC 地址（ARP），ping 检查主机是否应答。</translation>
    </message>
    <message>
        <source>In Diagnostics &gt; Interfaces find your MAC address (tick Done).</source>
        <translation>在“诊断 &gt; 网络接口”中找到你的 MAC 地址（请勾选“完成”）。</translation>
    </message>
    <message>
        <source>In Diagnostics &gt; Ping, ping 127.0.0.1.</source>
        <translation>在“诊断 &gt; Ping”中 ping 127.0.0.1。</translation>
    </message>
    <message>
        <source>In Diagnostics &gt; DNS look up localhost.</source>
        <translation>在“诊断 &gt; DNS”中查询 localhost。</translation>
    </message>
    <message>
        <source>In Diagnostics &gt; Neighbours (ARP) read which MAC address your gateway has.</source>
        <translation>在“诊断 &gt; 邻居 (ARP)”中查看网关的 MAC 地址。</translation>
    </message>
    <message>
        <source>7. The handshake and the teardown</source>
        <translation>7. 握手与断开</translation>
    </message>
    <message>
        <source>connect() sends SYN, the server answers SYN-ACK, the client ACK; close() sends FIN. Watch them on the wire.</source>
        <translation>connect() 发送 SYN，服务器回复 SYN-ACK，客户端回复 ACK；close() 发送 FIN。在线路上观察它们。</translation>
    </message>
    <message>
        <source>In the Packets tab choose the interface lo and the preset This chat connection, then press Start.</source>
        <translation>在数据包标签页中选择接口 lo 和预设“当前聊天连接”，然后点击“开始”。</translation>
    </message>
    <message>
        <source>Host a chat, and connect to it with {client}: a SYN appears.</source>
        <translation>主持一个聊天，并用 {client} 连接它：会出现一个 SYN。</translation>
    </message>
    <message>
        <source>Find the SYN-ACK and the ACK that follow it: the handshake.</source>
        <translation>找到紧随其后的 SYN-ACK 和 ACK：这就是握手。</translation>
    </message>
    <message>
        <source>Close the terminal&apos;s connection: FIN and ACK tear it down.</source>
        <translation>关闭终端中的连接：FIN 和 ACK 将其断开。</translation>
    </message>
</context>
<context>
    <name>LessonsDialog</name>
    <message>
        <source>Lessons</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Steps tick themselves when SocketLab sees them happen; tick a step&apos;s Done box yourself where it says so.</source>
        <translation>当 SocketLab 看到步骤发生时会自动勾选；注明的步骤请自己勾选“完成”。</translation>
    </message>
    <message>
        <source>{title} ({done}/{total})</source>
        <extracomment>{title} is a lesson&apos;s title; {done} of {total} steps are ticked.</extracomment>
        <translation>{title}（{done}/{total}）</translation>
    </message>
    <message>
        <source>Tick Done when you have done it.</source>
        <translation>完成后请勾选“完成”。</translation>
    </message>
    <message>
        <source>Ticks itself when SocketLab sees it happen.</source>
        <translation>SocketLab 看到它发生时会自动勾选。</translation>
    </message>
</context>
<context>
    <name>ListPanel</name>
    <message>
        <source>Go to: address or #row</source>
        <translation>跳转：地址或 #行号</translation>
    </message>
    <message>
        <source>Go to, in the {name} list</source>
        <translation>在“{name}”列表中跳转</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Export the {name} list as CSV</source>
        <translation>将“{name}”列表导出为 CSV</translation>
    </message>
    <message>
        <source>{name} list</source>
        <translation>“{name}”列表</translation>
    </message>
    <message>
        <source>Exporting… %p%</source>
        <translation>正在导出… %p%</translation>
    </message>
    <message>
        <source>Cancel</source>
        <extracomment>The most rows a view shows at once (2^24 rows of 22 px stay inside Qt&apos;s int pixel range). Rows cached by the model; a screenful asks for each row once per column and role. Rows measured to fit the columns (the first ones, and the last).</extracomment>
        <translation>取消</translation>
    </message>
    <message>
        <source>Showing rows {first} to {last} of {total}: the view holds {rows} rows at a time; Go to moves it.</source>
        <translation>显示第 {first} 至 {last} 行，共 {total} 行：视图一次最多容纳 {rows} 行；用“跳转”移动显示范围。</translation>
    </message>
    <message>
        <source>Export the {name} list</source>
        <translation>导出“{name}”列表</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln row(s) to {path}.</source>
        <translation>
            <numerusform>已将 %Ln 行导出到 {path}。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Tools</source>
        <translation>工具</translation>
    </message>
    <message>
        <source>Ctrl+1 to Ctrl+{last} or Ctrl+Tab switch between the tools</source>
        <extracomment>{last} is the number of the last tool&apos;s shortcut (Ctrl+4 with four tools).</extracomment>
        <translation>按 Ctrl+1 至 Ctrl+{last} 或 Ctrl+Tab 在工具之间切换</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Reset zoom</source>
        <translation>重置缩放(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>跟随系统(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>浅色(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;System default</source>
        <translation>跟随系统(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About {app}</source>
        <extracomment>{app} is the application&apos;s name, SocketLab.</extracomment>
        <translation>关于 {app}(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>Zoom {percent}%</source>
        <extracomment>{percent} is a whole number: &quot;Zoom 130%&quot;.</extracomment>
        <translation>缩放 {percent}%</translation>
    </message>
    <message>
        <source>Language: {language}</source>
        <extracomment>{language} is the language&apos;s own name: Русский, 简体中文, English.</extracomment>
        <translation>语言：{language}</translation>
    </message>
    <message>
        <source>Stop hosting and quit?</source>
        <translation>停止主持聊天室并退出？</translation>
    </message>
    <message>
        <source>Stop sending and quit?</source>
        <translation>停止发送并退出？</translation>
    </message>
    <message>
        <source>Stop the capture and quit?</source>
        <translation>停止抓包并退出？</translation>
    </message>
    <message>
        <source>Stop everything and quit?</source>
        <translation>全部停止并退出？</translation>
    </message>
    <message>
        <source>Quit {app}</source>
        <extracomment>{app} is the application&apos;s name, SocketLab.</extracomment>
        <translation>退出 {app}</translation>
    </message>
</context>
<context>
    <name>NeighboursPanel</name>
    <message>
        <source>IP address</source>
        <translation>IP 地址</translation>
    </message>
    <message>
        <source>MAC address</source>
        <translation>MAC 地址</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>接口</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Reading the neighbour table...</source>
        <translation>正在读取邻居表...</translation>
    </message>
    <message numerus="yes">
        <source>%Ln neighbour(s), read from {source}.</source>
        <translation>
            <numerusform>%Ln 个邻居，读取自 {source}。</numerusform>
        </translation>
    </message>
    <message>
        <source>Neighbour table source</source>
        <translation>邻居表来源</translation>
    </message>
    <message>
        <source>Neighbours</source>
        <translation>邻居</translation>
    </message>
    <message>
        <source>Why the table is not shown</source>
        <translation>为什么不显示该表</translation>
    </message>
    <message>
        <source>A machine learns a neighbour&apos;s MAC address with ARP (IPv4) or neighbour discovery (IPv6) the first time it sends to it on the local network. Ping a LAN address, refresh, and it appears here. Addresses beyond the router never do: packets to them go to the router&apos;s MAC address.</source>
        <translation>机器第一次在局域网中向某个邻居发送数据时，会通过 ARP（IPv4）或邻居发现（IPv6）获知它的 MAC 地址。ping 一个局域网地址，然后刷新，它就会出现在这里。路由器之外的地址永远不会出现：发往它们的数据包会发到路由器的 MAC 地址。</translation>
    </message>
    <message>
        <source>Which MAC address has which IP address on the local network (the ARP table; like arp -a or ip neigh).</source>
        <translation>局域网中哪个 MAC 地址对应哪个 IP 地址（ARP 表；类似 arp -a 或 ip neigh）。</translation>
    </message>
    <message>
        <source>Could not read the table: {reason}</source>
        <translation>无法读取该表：{reason}</translation>
    </message>
    <message>
        <source>No neighbour table on this system.</source>
        <translation>此系统上没有邻居表。</translation>
    </message>
    <message>
        <source>(not resolved)</source>
        <translation>（未解析）</translation>
    </message>
</context>
<context>
    <name>PacketBytesView</name>
    <message>
        <source>Packet bytes</source>
        <extracomment>At most this many bytes are shown (a frame is at most the snap length, 256 KiB).</extracomment>
        <translation>数据包字节</translation>
    </message>
    <message>
        <source>Select a packet to see its bytes.</source>
        <translation>选择一个数据包以查看其字节。</translation>
    </message>
</context>
<context>
    <name>PacketTableModel</name>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>目的</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>协议</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>长度</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
</context>
<context>
    <name>PacketsTab</name>
    <message>
        <source>This chat connection</source>
        <translation>当前聊天连接</translation>
    </message>
    <message>
        <source>This UDP port</source>
        <translation>当前 UDP 端口</translation>
    </message>
    <message>
        <source>Ping (ICMP)</source>
        <translation>Ping（ICMP）</translation>
    </message>
    <message>
        <source>DNS</source>
        <translation>DNS</translation>
    </message>
    <message>
        <source>ARP</source>
        <translation>ARP</translation>
    </message>
    <message>
        <source>Everything on loopback</source>
        <translation>环回接口上的全部流量</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>接口</translation>
    </message>
    <message>
        <source>The network interface to capture on</source>
        <translation>要在其上抓包的网络接口</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>预设</translation>
    </message>
    <message>
        <source>Fills in the filter; typing a filter overrides it</source>
        <translation>自动填写过滤器；手动输入过滤器会覆盖它</translation>
    </message>
    <message>
        <source>Capture filter</source>
        <translation>抓包过滤器</translation>
    </message>
    <message>
        <source>filter, e.g. tcp port 5555 (empty: all)</source>
        <translation>过滤器，例如 tcp port 5555（留空：全部）</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Packets captured</source>
        <translation>已捕获的数据包</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>打开…</translation>
    </message>
    <message>
        <source>Open a pcap or pcapng capture file</source>
        <translation>打开 pcap 或 pcapng 抓包文件</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>保存…</translation>
    </message>
    <message>
        <source>Save the listed packets as a pcapng file</source>
        <translation>将列出的数据包保存为 pcapng 文件</translation>
    </message>
    <message>
        <source>Capture error</source>
        <translation>抓包错误</translation>
    </message>
    <message>
        <source>Packets</source>
        <translation>数据包</translation>
    </message>
    <message>
        <source>Sequence diagram</source>
        <translation>时序图</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>过滤</translation>
    </message>
    <message>
        <source>A packet capture is running.</source>
        <translation>正在抓包。</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>正在启动…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Capturing on {interface} ({method}).</source>
        <translation>正在 {interface} 上抓包（{method}）。</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>已停止。</translation>
    </message>
    <message>
        <source>{count} packets, {dropped} dropped</source>
        <translation>{count} 个数据包，丢弃 {dropped} 个</translation>
    </message>
    <message>
        <source>Open a capture</source>
        <translation>打开抓包文件</translation>
    </message>
    <message>
        <source>Captures (*.pcapng *.pcap *.cap);;All files (*)</source>
        <translation>抓包文件 (*.pcapng *.pcap *.cap);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>正在读取 {file}…</translation>
    </message>
    <message>
        <source>Saving {file}…</source>
        <translation>正在保存 {file}…</translation>
    </message>
    <message numerus="yes">
        <source>{file}: %Ln packet(s)</source>
        <translation>
            <numerusform>{file}：%Ln 个数据包</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved {count} packets to {file}.</source>
        <translation>已将 {count} 个数据包保存到 {file}。</translation>
    </message>
    <message>
        <source>Cannot use {file}: {reason}</source>
        <translation>无法使用 {file}：{reason}</translation>
    </message>
    <message>
        <source>Save the packets</source>
        <translation>保存数据包</translation>
    </message>
    <message>
        <source>pcapng (*.pcapng)</source>
        <translation>pcapng (*.pcapng)</translation>
    </message>
</context>
<context>
    <name>PeopleList</name>
    <message>
        <source>People</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>People in the room</source>
        <translation>聊天室成员</translation>
    </message>
    <message>
        <source>Double-click a name to send a private message (/msg)</source>
        <translation>双击名字发送私聊消息 (/msg)</translation>
    </message>
    <message>
        <source>Enter or a double-click on a name starts a private message (/msg)</source>
        <translation>按 Enter 或双击名字即可开始私聊 (/msg)</translation>
    </message>
    <message>
        <source>Double-click a name for a private message.</source>
        <translation>双击名字可发送私聊消息。</translation>
    </message>
    <message>
        <source>{nick} (you)</source>
        <translation>{nick}（您）</translation>
    </message>
    <message>
        <source>SocketLab app</source>
        <translation>SocketLab 应用</translation>
    </message>
    <message>
        <source>text client (nc, telnet...)</source>
        <translation>文本客户端 (nc, telnet...)</translation>
    </message>
    <message>
        <source>People ({count})</source>
        <translation>成员 ({count})</translation>
    </message>
</context>
<context>
    <name>PingPanel</name>
    <message>
        <source>Seq</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>From</source>
        <translation>来自</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>字节</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>host name or IP address, e.g. 192.168.1.1</source>
        <translation>主机名或 IP 地址，例如 192.168.1.1</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>主机</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>次数</translation>
    </message>
    <message>
        <source>until stopped</source>
        <translation>直到停止</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Interval</source>
        <translation>间隔</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>超时</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Copy the replies and the summary as ping prints them</source>
        <translation>按 ping 的输出格式复制应答和统计</translation>
    </message>
    <message>
        <source>Ping sends ICMP echo requests; each reply&apos;s round-trip time tells how far and how busy the path is. Try 127.0.0.1, then a LAN address, then a website.</source>
        <translation>Ping 发送 ICMP 回显请求；每个应答的往返时间反映路径有多远、有多忙。先试 127.0.0.1，再试一个局域网地址，然后试一个网站。</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>应答</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>统计</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>主机：</translation>
    </message>
    <message>
        <source>Count:</source>
        <translation>次数：</translation>
    </message>
    <message>
        <source>Interval:</source>
        <translation>间隔：</translation>
    </message>
    <message>
        <source>Timeout:</source>
        <translation>超时：</translation>
    </message>
    <message>
        <source>Ping</source>
        <translation>Ping</translation>
    </message>
    <message>
        <source>Is that host reachable, and how long does a round trip take? (like ping; no administrator rights needed where the system allows it)</source>
        <translation>该主机是否可达，往返一次需要多长时间？（类似 ping；在系统允许时无需管理员权限）</translation>
    </message>
    <message>
        <source>Pinging {host}...</source>
        <translation>正在 ping {host}...</translation>
    </message>
    <message>
        <source>Not started.</source>
        <translation>未开始。</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>丢失</translation>
    </message>
    <message>
        <source>min/avg/max {min} / {avg} / {max} ms</source>
        <translation>最小/平均/最大 {min} / {avg} / {max} 毫秒</translation>
    </message>
    <message>
        <source>Sent {sent} · Received {received} · Loss —</source>
        <translation>已发送 {sent} · 已接收 {received} · 丢失 —</translation>
    </message>
    <message>
        <source>Sent {sent} · Received {received} · Loss {loss}%</source>
        <translation>已发送 {sent} · 已接收 {received} · 丢失 {loss}%</translation>
    </message>
</context>
<context>
    <name>PortCheckPanel</name>
    <message>
        <source>Common services</source>
        <translation>常用服务</translation>
    </message>
    <message>
        <source>Well-known ports 1-1024</source>
        <translation>知名端口 1-1024</translation>
    </message>
    <message>
        <source>SocketLab chat 5555</source>
        <translation>SocketLab 聊天 5555</translation>
    </message>
    <message>
        <source>Web 80,443,8080,8443</source>
        <translation>网页 80,443,8080,8443</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>主机</translation>
    </message>
    <message>
        <source>host name or IP address</source>
        <translation>主机名或 IP 地址</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>22, 20-25 or 22,80,443</source>
        <translation>22、20-25 或 22,80,443</translation>
    </message>
    <message>
        <source>Presets</source>
        <translation>预设</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Timeout per port</source>
        <translation>每个端口的超时</translation>
    </message>
    <message>
        <source>Ports at a time</source>
        <translation>同时检查的端口数</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>Show closed ports</source>
        <translation>显示关闭的端口</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Port check status</source>
        <translation>端口检查状态</translation>
    </message>
    <message>
        <source>Port results</source>
        <translation>端口结果</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>主机：</translation>
    </message>
    <message>
        <source>Ports:</source>
        <translation>端口：</translation>
    </message>
    <message>
        <source>Timeout per port:</source>
        <translation>每个端口的超时：</translation>
    </message>
    <message>
        <source>At a time:</source>
        <translation>同时：</translation>
    </message>
    <message>
        <source>Port check</source>
        <translation>端口检查</translation>
    </message>
    <message>
        <source>Which TCP ports accept a connection? open: a program listens; closed: the host refused; filtered: no answer in time (a firewall?). At most {count} ports a run. Check only hosts you may test.</source>
        <translation>哪些 TCP 端口接受连接？开放：有程序在监听；关闭：主机拒绝了连接；被过滤：在时限内没有应答（防火墙？）。每次最多 {count} 个端口。只检查你有权测试的主机。</translation>
    </message>
    <message>
        <source>{done} of {total} · {open} open · {closed} closed · {filtered} filtered</source>
        <extracomment>Progress of a port check: &quot;12 of 100 · 2 open · 9 closed · 1 filtered&quot;.</extracomment>
        <translation>{done} / {total} · 开放 {open} · 关闭 {closed} · 被过滤 {filtered}</translation>
    </message>
    <message numerus="yes">
        <source>Checking %Ln port(s) on {host}...</source>
        <translation>
            <numerusform>正在检查 {host} 上的 %Ln 个端口...</numerusform>
        </translation>
    </message>
    <message>
        <source>Not started.</source>
        <translation>未开始。</translation>
    </message>
</context>
<context>
    <name>PortResultsModel</name>
    <message>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
</context>
<context>
    <name>RateGraph</name>
    <message>
        <source>Receive rate graph</source>
        <translation>接收速率图</translation>
    </message>
    <message>
        <source>Datagrams per second over the last 15 seconds</source>
        <translation>最近 15 秒内每秒的数据报数</translation>
    </message>
    <message>
        <source>peak {peak}, now {now}</source>
        <extracomment>{peak} and {now} are rates such as 950/s or 12.3k/s (datagrams per second).</extracomment>
        <translation>峰值 {peak}，当前 {now}</translation>
    </message>
    <message>
        <source>rate graph: no traffic yet</source>
        <translation>速率图：暂无流量</translation>
    </message>
    <message>
        <source>peak {rate}</source>
        <translation>峰值 {rate}</translation>
    </message>
    <message>
        <source>now {rate}</source>
        <translation>当前 {rate}</translation>
    </message>
</context>
<context>
    <name>RawTerminal</name>
    <message>
        <source>Text + LF</source>
        <extracomment>Rows kept in the terminal. Characters of a row shown in the list (the detail pane shows all of it). Bytes of a row shown in the detail pane&apos;s hex dump.</extracomment>
        <translation>文本 + LF</translation>
    </message>
    <message>
        <source>Text + CRLF</source>
        <translation>文本 + CRLF</translation>
    </message>
    <message>
        <source>Text, no line ending</source>
        <translation>文本，无行尾</translation>
    </message>
    <message>
        <source>Hex bytes</source>
        <translation>hex 字节</translation>
    </message>
    <message>
        <source>in one send()</source>
        <extracomment>How the typed bytes are handed to the kernel when sent more than once.</extracomment>
        <translation>一次 send()</translation>
    </message>
    <message>
        <source>as separate send() calls</source>
        <translation>分开多次调用 send()</translation>
    </message>
    <message>
        <source>Show received bytes as</source>
        <translation>接收字节的显示方式</translation>
    </message>
    <message>
        <source>How to show the bytes: as text in an encoding, or as hex. Also the encoding used to send text.</source>
        <translation>字节的显示方式：按某种编码显示为文本，或显示为 hex。也是发送文本时使用的编码。</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Raw TCP terminal: one row per recv()</source>
        <translation>原始 TCP 终端：每次 recv() 一行</translation>
    </message>
    <message>
        <source>Bytes of the selected row</source>
        <translation>所选行的字节</translation>
    </message>
    <message>
        <source>Select a row to see its bytes as a hex dump.</source>
        <translation>选择一行以查看其字节的 hex 转储。</translation>
    </message>
    <message>
        <source>Bytes to send</source>
        <translation>要发送的字节</translation>
    </message>
    <message>
        <source>Times to send</source>
        <translation>发送次数</translation>
    </message>
    <message>
        <source>send() calls</source>
        <translation>send() 调用</translation>
    </message>
    <message>
        <source>TCP is a byte stream: it keeps the bytes in order but not the borders between send() calls. Send the line 2 times as separate send() calls: the Events pane shows two send() rows, yet the peer may get both in one recv(). UDP is different: each datagram arrives whole, or not at all.</source>
        <translation>TCP 是字节流：它保持字节的顺序，但不保留各次 send() 调用之间的边界。把这一行分开调用 send() 发送 2 次：事件面板会显示两行 send()，而对方可能在一次 recv() 中收到全部内容。UDP 则不同：每个数据报要么完整到达，要么根本不到达。</translation>
    </message>
    <message>
        <source>Send the typed bytes this many times, back to back.</source>
        <translation>将输入的字节连续发送这么多次。</translation>
    </message>
    <message>
        <source>Text to send, e.g. GET / HTTP/1.0</source>
        <translation>要发送的文本，例如 GET / HTTP/1.0</translation>
    </message>
    <message>
        <source>Send as</source>
        <translation>发送方式</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>Show as</source>
        <translation>显示为</translation>
    </message>
    <message>
        <source>{calls} recv() calls, {received} bytes received; {sends} sent, {sent} bytes</source>
        <translation>{calls} 次 recv() 调用，收到 {received} 字节；发送 {sends} 次，{sent} 字节</translation>
    </message>
    <message>
        <source>sent at {time}, {size} bytes</source>
        <translation>发送于 {time}，{size} 字节</translation>
    </message>
    <message>
        <source>recv() at {time}, {size} bytes</source>
        <translation>recv() 于 {time}，{size} 字节</translation>
    </message>
    <message>
        <source>Nothing to send: type some text (or choose a line ending).</source>
        <translation>没有可发送的内容：请输入文本（或选择行尾）。</translation>
    </message>
    <message>
        <source>Hex bytes to send, e.g. 48 65 6c 6c 6f</source>
        <translation>要发送的 hex 字节，例如 48 65 6c 6c 6f</translation>
    </message>
    <message>
        <source>Text to send</source>
        <translation>要发送的文本</translation>
    </message>
</context>
<context>
    <name>ReceiverPanel</name>
    <message>
        <source>Receive</source>
        <translation>接收</translation>
    </message>
    <message>
        <source>Bind address</source>
        <translation>绑定地址</translation>
    </message>
    <message>
        <source>0.0.0.0: every IPv4 interface; :: every IPv6 one</source>
        <translation>0.0.0.0：所有 IPv4 接口；::：所有 IPv6 接口</translation>
    </message>
    <message>
        <source>any</source>
        <translation>任意</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>启动</translation>
    </message>
    <message>
        <source>Echo mode</source>
        <translation>回显模式</translation>
    </message>
    <message>
        <source>Send every datagram back to its source (a UDP echo server)</source>
        <translation>把每个数据报发回其来源（UDP 回显服务器）</translation>
    </message>
    <message>
        <source>multicast group (optional), e.g. 239.1.2.3</source>
        <translation>组播组（可选），例如 239.1.2.3</translation>
    </message>
    <message>
        <source>Multicast group</source>
        <translation>组播组</translation>
    </message>
    <message>
        <source>interface (optional)</source>
        <translation>接口（可选）</translation>
    </message>
    <message>
        <source>Multicast interface</source>
        <translation>组播接口</translation>
    </message>
    <message>
        <source>Join the group on this interface: an address of this machine (IPv4) or an interface name or index (IPv6). Empty: the OS chooses.</source>
        <translation>在此接口上加入组：本机的一个地址 (IPv4)，或接口名称或索引 (IPv6)。留空：由操作系统选择。</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>已停止。</translation>
    </message>
    <message>
        <source>Receiver status</source>
        <translation>接收端状态</translation>
    </message>
    <message>
        <source>Preview encoding</source>
        <translation>预览编码</translation>
    </message>
    <message>
        <source>Follow newest</source>
        <translation>跟随最新</translation>
    </message>
    <message>
        <source>The table keeps the last {count} datagrams; the counters count all.</source>
        <translation>表格保留最近 {count} 个数据报；计数器统计全部。</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Received datagrams</source>
        <translation>收到的数据报</translation>
    </message>
    <message>
        <source>Selected datagram</source>
        <translation>所选数据报</translation>
    </message>
    <message>
        <source>Datagram or streams</source>
        <translation>数据报或流</translation>
    </message>
    <message>
        <source>Copy hex</source>
        <translation>复制 hex</translation>
    </message>
    <message>
        <source>Copy text</source>
        <translation>复制文本</translation>
    </message>
    <message>
        <source>Hex dump</source>
        <translation>hex 转储</translation>
    </message>
    <message>
        <source>Select a datagram to see its bytes.</source>
        <translation>选择一个数据报以查看其字节。</translation>
    </message>
    <message>
        <source>reply payload; escapes like \n and \xff work</source>
        <translation>回复内容；支持 \n 和 \xff 等转义</translation>
    </message>
    <message>
        <source>Reply payload</source>
        <translation>回复内容</translation>
    </message>
    <message>
        <source>Reply to sender</source>
        <translation>回复发送方</translation>
    </message>
    <message>
        <source>Bind</source>
        <translation>绑定</translation>
    </message>
    <message>
        <source>port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>组</translation>
    </message>
    <message>
        <source>Preview as</source>
        <translation>预览方式</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>正在启动…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>The receiver has stopped. Press Start to receive again.</source>
        <translation>接收器已停止。按“启动”重新接收。</translation>
    </message>
    <message>
        <source>Echoed {count}, {dropped} not sent</source>
        <translation>已回显 {count} 个，{dropped} 个未发送</translation>
    </message>
    <message>
        <source>Echoed {count}</source>
        <translation>已回显 {count} 个</translation>
    </message>
    <message>
        <source>Listening on {address}, joined {group} · receive buffer {buffer}</source>
        <translation>正在 {address} 上监听，已加入 {group} · 接收缓冲区 {buffer}</translation>
    </message>
    <message>
        <source>Listening on {address} · receive buffer {buffer}</source>
        <translation>正在 {address} 上监听 · 接收缓冲区 {buffer}</translation>
    </message>
    <message>
        <source>Clear empties the table and the counters (streams, loss, rate) and starts a new count, even while receiving. Stop and Start keep both: the next run goes on counting, so datagrams sent while stopped show as lost.</source>
        <translation>“清除”会清空表格和计数器（流、丢失、速率）并开始新的计数，接收时也是如此。“停止”和“开始”两者都保留：下一次运行接着计数，因此停止期间发送的数据报会显示为丢失。</translation>
    </message>
    <message>
        <source>#: the datagrams received since the last Clear, from 1. Sequence: the sender&apos;s own number from its sequence header, from 0.</source>
        <translation>#：自上次清除以来收到的数据报，从 1 开始计数。序号：发送方在序列头中给出的编号，从 0 开始计数。</translation>
    </message>
    <message>
        <source>Streams ({count})</source>
        <translation>流（{count}）</translation>
    </message>
    <message>
        <source>Streams</source>
        <translation>流</translation>
    </message>
    <message>
        <source>#{number} from {address}, {size} bytes · sequence {sequence} (the sender counts from 0)</source>
        <translation>#{number} 来自 {address}，{size} 字节 · 序号 {sequence}（发送方从 0 开始计数）</translation>
    </message>
    <message>
        <source>Bytes 0-11 (marked): sequence header, magic SLSQ, stream {stream}, number {sequence}. The payload follows.</source>
        <translation>第 0-11 字节（已标出）：序列头，魔数 SLSQ，流 {stream}，序号 {sequence}。其后是载荷。</translation>
    </message>
    <message>
        <source>{encoding}: {text}</source>
        <translation>{encoding}：{text}</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln datagram(s) to {file}.</source>
        <translation>
            <numerusform>已将 %Ln 个数据报导出到 {file}。</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped: could not start.</source>
        <translation>已停止：无法启动。</translation>
    </message>
    <message>
        <source>No datagram selected.</source>
        <translation>未选择数据报。</translation>
    </message>
    <message>
        <source>#{number} from {address}, {size} bytes</source>
        <translation>#{number} 来自 {address}，{size} 字节</translation>
    </message>
    <message>
        <source>… showing the first {shown} of {size} bytes; Copy hex copies them all.</source>
        <translation>… 仅显示 {size} 字节中的前 {shown} 字节；“复制 hex”会复制全部。</translation>
    </message>
    <message numerus="yes">
        <source>Stopped. Received %Ln datagram(s).</source>
        <translation>
            <numerusform>已停止。共收到 %Ln 个数据报。</numerusform>
        </translation>
    </message>
    <message>
        <source>Start the receiver and select a datagram to reply to.</source>
        <translation>请启动接收端并选择要回复的数据报。</translation>
    </message>
    <message>
        <source>Export received datagrams</source>
        <translation>导出收到的数据报</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>RowPainter</name>
    <message>
        <source>(waiting to be sent)</source>
        <extracomment>While rows stream in, the view repaints at most this often (about 40 frames a second).</extracomment>
        <translation>（等待发送）</translation>
    </message>
</context>
<context>
    <name>RttGraph</name>
    <message>
        <source>Round-trip time graph</source>
        <translation>往返时间图</translation>
    </message>
    <message>
        <source>last reply: {rtt} ms, lost: {count}</source>
        <extracomment>{rtt} is a round-trip time in milliseconds; {count} a number of lost requests.</extracomment>
        <translation>最近一次回复：{rtt} 毫秒，丢失：{count}</translation>
    </message>
    <message>
        <source>Round-trip time (ms)</source>
        <translation>往返时间（毫秒）</translation>
    </message>
    <message>
        <source>Replies appear here as a line.</source>
        <translation>应答会以折线显示在这里。</translation>
    </message>
    <message>
        <source>lost: {count}</source>
        <translation>丢失：{count}</translation>
    </message>
</context>
<context>
    <name>SavedPacketsBox</name>
    <message>
        <source>Saved packets</source>
        <translation>已保存的数据包</translation>
    </message>
    <message>
        <source>Double-click a packet to send it again.</source>
        <translation>双击数据包即可再次发送。</translation>
    </message>
    <message>
        <source>Enter or a double-click sends the packet again</source>
        <translation>按 Enter 或双击即可再次发送该数据包</translation>
    </message>
    <message>
        <source>name for the current packet</source>
        <translation>当前数据包的名称</translation>
    </message>
    <message>
        <source>Packet name</source>
        <translation>数据包名称</translation>
    </message>
    <message>
        <source>Save current</source>
        <translation>保存当前</translation>
    </message>
    <message>
        <source>Save the sender&apos;s target and payload under this name</source>
        <translation>以此名称保存发送端的目标和内容</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>载入</translation>
    </message>
    <message>
        <source>Put the selected packet into the sender without sending it</source>
        <translation>将所选数据包放入发送端但不发送</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>Add packets from a JSON file</source>
        <translation>从 JSON 文件添加数据包</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Write every saved packet to a JSON file</source>
        <translation>将所有已保存的数据包写入 JSON 文件</translation>
    </message>
    <message>
        <source>Could not import {file}: {reason}</source>
        <translation>无法导入 {file}：{reason}</translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}</source>
        <translation>无法写入 {path}：{reason}</translation>
    </message>
    <message>
        <source>Import saved packets</source>
        <translation>导入已保存的数据包</translation>
    </message>
    <message>
        <source>Packets (*.json);;All files (*)</source>
        <translation>数据包 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Export saved packets</source>
        <translation>导出已保存的数据包</translation>
    </message>
    <message>
        <source>Packets (*.json)</source>
        <translation>数据包 (*.json)</translation>
    </message>
    <message>
        <source>Type a name for the packet first.</source>
        <translation>请先输入数据包名称。</translation>
    </message>
</context>
<context>
    <name>SenderPanel</name>
    <message>
        <source>Needed for 255.255.255.255 and subnet broadcasts (such as 192.168.1.255); without it the OS refuses with &apos;permission denied&apos;.</source>
        <translation>发送到 255.255.255.255 和子网广播地址（如 192.168.1.255）时需要；否则操作系统会以 &apos;permission denied&apos; 拒绝。</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>host:port, e.g. 192.168.1.20:5555 or [::1]:5555</source>
        <translation>主机:端口，例如 192.168.1.20:5555 或 [::1]:5555</translation>
    </message>
    <message>
        <source>Target host and port</source>
        <translation>目标主机和端口</translation>
    </message>
    <message>
        <source>any</source>
        <translation>任意</translation>
    </message>
    <message>
        <source>Local port</source>
        <translation>本地端口</translation>
    </message>
    <message>
        <source>Send from this local port, so replies come back to it</source>
        <translation>从此本地端口发送，以便回复发回该端口</translation>
    </message>
    <message>
        <source>Payload format</source>
        <translation>内容格式</translation>
    </message>
    <message>
        <source>Text encoding</source>
        <translation>文本编码</translation>
    </message>
    <message>
        <source>Payload size</source>
        <translation>内容大小</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Ctrl+Enter sends</source>
        <translation>按 Ctrl+Enter 发送</translation>
    </message>
    <message>
        <source>until stopped</source>
        <translation>直到停止</translation>
    </message>
    <message>
        <source>Number of datagrams</source>
        <translation>数据报数量</translation>
    </message>
    <message>
        <source>How many datagrams to send; 0 sends until you press Stop</source>
        <translation>要发送的数据报数量；0 表示一直发送直到按下“停止”</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> 毫秒</translation>
    </message>
    <message>
        <source>no pause</source>
        <translation>无间隔</translation>
    </message>
    <message>
        <source>Interval in milliseconds</source>
        <translation>间隔（毫秒）</translation>
    </message>
    <message>
        <source>Pause between datagrams; 0 sends as fast as possible</source>
        <translation>数据报之间的间隔；0 表示尽可能快地发送</translation>
    </message>
    <message>
        <source>Sequence header</source>
        <translation>序号头部</translation>
    </message>
    <message>
        <source>Prefix each datagram with 12 bytes (SLSQ, stream id, number) so the receiver can count lost and out-of-order datagrams</source>
        <translation>在每个数据报前加上 12 字节（SLSQ、流 id、序号），以便接收端统计丢失和乱序的数据报</translation>
    </message>
    <message>
        <source>Allow broadcast (SO_BROADCAST)</source>
        <translation>允许广播 (SO_BROADCAST)</translation>
    </message>
    <message>
        <source>Multicast TTL</source>
        <translation>组播 TTL</translation>
    </message>
    <message>
        <source>How many routers a multicast datagram may cross (1: this network)</source>
        <translation>组播数据报最多可经过多少个路由器（1：仅本网络）</translation>
    </message>
    <message>
        <source>Loop back</source>
        <translation>本机回环</translation>
    </message>
    <message>
        <source>Deliver the group&apos;s datagrams to receivers on this machine too</source>
        <translation>也将该组的数据报投递给本机上的接收端</translation>
    </message>
    <message>
        <source>interface (optional)</source>
        <translation>接口（可选）</translation>
    </message>
    <message>
        <source>Multicast interface</source>
        <translation>组播接口</translation>
    </message>
    <message>
        <source>The interface multicast leaves by: an address of this machine (IPv4) or an interface name or index (IPv6). Empty: the OS chooses.</source>
        <translation>组播发出所用的接口：本机的一个地址 (IPv4)，或接口名称或索引 (IPv6)。留空：由操作系统选择。</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Ready.</source>
        <translation>就绪。</translation>
    </message>
    <message>
        <source>Send status</source>
        <translation>发送状态</translation>
    </message>
    <message>
        <source>Replies: none yet.</source>
        <translation>回复：暂无。</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>回复</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>from port</source>
        <translation>源端口</translation>
    </message>
    <message>
        <source>every</source>
        <translation>间隔</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Multicast</source>
        <translation>组播</translation>
    </message>
    <message numerus="yes">
        <source>%Ln byte(s) + {header} header (over the {limit}-byte limit)</source>
        <translation>
            <numerusform>%Ln 字节 + {header} 字节头部（超过 {limit} 字节的上限）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln byte(s) + {header} header</source>
        <translation>
            <numerusform>%Ln 字节 + {header} 字节头部</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln byte(s) (over the {limit}-byte limit)</source>
        <translation>
            <numerusform>%Ln 字节（超过 {limit} 字节的上限）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln byte(s)</source>
        <translation>
            <numerusform>%Ln 字节</numerusform>
        </translation>
    </message>
    <message>
        <source>{rate}/s</source>
        <translation>{rate}/秒</translation>
    </message>
    <message>
        <source>Sent {sent} of {total}, {failed} refused</source>
        <translation>已发送 {sent} / {total}，{failed} 个被拒绝</translation>
    </message>
    <message numerus="yes">
        <source>Sent %Ln datagram(s) ({bytes} bytes), {failed} refused.</source>
        <translation>
            <numerusform>已发送 %Ln 个数据报（{bytes} 字节），{failed} 个被拒绝。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent %Ln datagram(s) ({bytes} bytes).</source>
        <translation>
            <numerusform>已发送 %Ln 个数据报（{bytes} 字节）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not sent: see the error above. Sent %Ln datagram(s) ({bytes} bytes), {failed} refused.</source>
        <translation>
            <numerusform>未发送：请看上面的错误。已发送 %Ln 个数据报（{bytes} 字节），{failed} 个被拒绝。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not sent: see the error above. Sent %Ln datagram(s) ({bytes} bytes).</source>
        <translation>
            <numerusform>未发送：请看上面的错误。已发送 %Ln 个数据报（{bytes} 字节）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %Ln datagram(s) ({bytes} bytes), {failed} refused.</source>
        <translation>
            <numerusform>在发送 %Ln 个数据报（{bytes} 字节）后停止，{failed} 个被拒绝。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %Ln datagram(s) ({bytes} bytes).</source>
        <translation>
            <numerusform>在发送 %Ln 个数据报（{bytes} 字节）后停止。</numerusform>
        </translation>
    </message>
    <message>
        <source>255.255.255.255 is the broadcast address: tick &apos;Allow broadcast&apos; to send there.</source>
        <translation>255.255.255.255 是广播地址：请勾选“允许广播”才能发送到该地址。</translation>
    </message>
    <message>
        <source>Sending to {target}…</source>
        <translation>正在发送到 {target}…</translation>
    </message>
    <message>
        <source>Not sending: the sender had stopped.</source>
        <translation>未在发送：发送器已停止。</translation>
    </message>
    <message>
        <source>Sent {sent} of {total}</source>
        <translation>已发送 {sent} / {total}</translation>
    </message>
    <message>
        <source>Sent {sent}, {failed} refused</source>
        <translation>已发送 {sent} 个，{failed} 个被拒绝</translation>
    </message>
    <message>
        <source>Sent {sent}</source>
        <translation>已发送 {sent}</translation>
    </message>
    <message>
        <source>Replies: {count} · last from {address} ({size} bytes): {preview}</source>
        <translation>回复：{count} · 最近一个来自 {address}（{size} 字节）：{preview}</translation>
    </message>
</context>
<context>
    <name>SequenceDiagram</name>
    <message>
        <source>Sequence diagram</source>
        <extracomment>At most this many arrows are drawn (a flood&apos;s conversation can be 10,000 packets).</extracomment>
        <translation>时序图</translation>
    </message>
    <message>
        <source>TIME_WAIT: this side sent the first FIN, so it keeps the connection&apos;s address pair for twice the MSL (60 s on Linux) to catch late segments.</source>
        <translation>TIME_WAIT：这一端先发送了 FIN，所以它会把该连接的地址对保留两倍 MSL（Linux 上为 60 秒），以接收迟到的报文段。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more packet(s) of this conversation are not drawn.</source>
        <translation>
            <numerusform>此会话还有 %Ln 个数据包未画出。</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a packet to see its conversation.</source>
        <translation>选择一个数据包以查看它所属的会话。</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>位置</translation>
    </message>
</context>
<context>
    <name>SocketTableModel</name>
    <message>
        <source>A TIME_WAIT socket belongs to no program any more: the system keeps it for up to a minute so that late packets of the old connection are not mistaken for a new one.</source>
        <translation>处于 TIME_WAIT 的套接字已不属于任何程序：系统会保留它最多一分钟，以免旧连接的迟到数据包被误认为是新连接的。</translation>
    </message>
    <message>
        <source>The program is hidden: it belongs to another user (or another container).</source>
        <translation>程序被隐藏：它属于另一个用户（或另一个容器）。</translation>
    </message>
    <message>
        <source>{state}, {seconds} s left</source>
        <extracomment>{state} is TIME_WAIT (kept in English, like ss and netstat write it).</extracomment>
        <translation>{state}，还剩 {seconds} 秒</translation>
    </message>
    <message>
        <source>Time left: unknown (this system does not tell).</source>
        <translation>剩余时间：未知（此系统不提供）。</translation>
    </message>
    <message>
        <source>Time left: {seconds} s, then the system forgets it.</source>
        <translation>剩余时间：{seconds} 秒，之后系统会将其清除。</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>协议</translation>
    </message>
    <message>
        <source>Local address</source>
        <translation>本地地址</translation>
    </message>
    <message>
        <source>Remote address</source>
        <translation>远程地址</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Program (PID)</source>
        <translation>程序 (PID)</translation>
    </message>
    <message>
        <source>The other end of the selected connection: the same connection seen from its peer (local and remote swapped).</source>
        <translation>所选连接的另一端：从对端看到的同一个连接（本地与远程地址互换）。</translation>
    </message>
</context>
<context>
    <name>SocketsPanel</name>
    <message>
        <source>All states</source>
        <extracomment>How long a new socket, or one whose state changed, stays highlighted. Meanings (theme.status_color kinds) of socket states&apos; colours.</extracomment>
        <translation>所有状态</translation>
    </message>
    <message>
        <source>Filter: a port (5555), a state, or a program name</source>
        <translation>过滤：端口 (5555)、状态或程序名</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>过滤</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Stop refreshing every second, to read the table</source>
        <translation>停止每秒刷新，以便阅读表格</translation>
    </message>
    <message>
        <source>Sockets</source>
        <translation>套接字</translation>
    </message>
    <message>
        <source>Try it: open a chat (Chat tab) and type its port in the filter. The two ESTABLISHED ends of the connection appear highlighted for a few seconds; select one and its other end stays marked in bold. Close the chat and the side that closed first waits in TIME_WAIT for up to a minute (the State column counts down; hover over a state to read what it means).</source>
        <translation>试试看：打开一个聊天（“聊天”选项卡），在过滤框中输入它的端口。连接的两个 ESTABLISHED 端会高亮几秒钟；选中其中一个，它的另一端会一直以粗体标出。关闭聊天后，先关闭的一端会在 TIME_WAIT 中等待最多一分钟（“状态”列会倒计时；把鼠标指针悬停在状态上可查看其含义）。</translation>
    </message>
    <message>
        <source>Reading the sockets...</source>
        <translation>正在读取套接字...</translation>
    </message>
    <message>
        <source>Sockets status</source>
        <translation>套接字状态</translation>
    </message>
    <message>
        <source>Sockets on this machine</source>
        <translation>本机的套接字</translation>
    </message>
    <message>
        <source>Every TCP and UDP socket: who listens on which port, and every connection with its state and program (like netstat -an or ss -tuanp).</source>
        <translation>所有 TCP 和 UDP 套接字：谁在监听哪个端口，以及每个连接的状态和所属程序（类似 netstat -an 或 ss -tuanp）。</translation>
    </message>
    <message>
        <source>Paused. {info}</source>
        <translation>已暂停。{info}</translation>
    </message>
    <message>
        <source>refreshed {time} in {ms} ms</source>
        <translation>于 {time} 刷新，用时 {ms} 毫秒</translation>
    </message>
    <message numerus="yes">
        <source>%Ln socket(s), {shown} shown · {info}</source>
        <translation>
            <numerusform>共 %Ln 个套接字，显示 {shown} 个 · {info}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StateNotes</name>
    <message>
        <source>LISTEN: a server waits here for connections to this port.</source>
        <translation>LISTEN：服务器在此等待对该端口的连接。</translation>
    </message>
    <message>
        <source>SYN_SENT: this end asked to connect (sent SYN) and waits for the server&apos;s SYN-ACK.</source>
        <translation>SYN_SENT：本端已请求连接（发送了 SYN），正在等待服务器的 SYN-ACK。</translation>
    </message>
    <message>
        <source>SYN_RECV: a connection request arrived and was answered (SYN-ACK); waiting for the client&apos;s final ACK.</source>
        <translation>SYN_RECV：收到连接请求并已回复（SYN-ACK），正在等待客户端最后的 ACK。</translation>
    </message>
    <message>
        <source>ESTABLISHED: the connection is open; both ends can send data.</source>
        <translation>ESTABLISHED：连接已打开，双方都可以发送数据。</translation>
    </message>
    <message>
        <source>FIN_WAIT1: this end closed the connection (sent FIN) and waits for the other end to acknowledge it.</source>
        <translation>FIN_WAIT1：本端已关闭连接（发送了 FIN），正在等待对端确认。</translation>
    </message>
    <message>
        <source>FIN_WAIT2: this end&apos;s close was acknowledged; waiting for the other end to close too.</source>
        <translation>FIN_WAIT2：本端的关闭已被确认，正在等待对端也关闭。</translation>
    </message>
    <message>
        <source>CLOSE_WAIT: the other end closed; this program has not closed its socket yet. Many of these point to a program that forgets to close connections.</source>
        <translation>CLOSE_WAIT：对端已关闭，本程序还没有关闭它的套接字。这类套接字很多，说明某个程序忘了关闭连接。</translation>
    </message>
    <message>
        <source>CLOSING: both ends closed at the same time; waiting for the acknowledgement of this end&apos;s FIN.</source>
        <translation>CLOSING：双方同时关闭了连接，正在等待对本端 FIN 的确认。</translation>
    </message>
    <message>
        <source>LAST_ACK: the other end closed first, then this end; waiting for the last acknowledgement.</source>
        <translation>LAST_ACK：对端先关闭，随后本端关闭，正在等待最后的确认。</translation>
    </message>
    <message>
        <source>TIME_WAIT: the end that closed first waits (up to a minute) so that late packets of the old connection are not taken for a new one.</source>
        <translation>TIME_WAIT：先关闭连接的一端会等待（最多一分钟），以免旧连接迟到的数据包被当成新连接的。</translation>
    </message>
    <message>
        <source>CLOSE: the socket is closed and unused.</source>
        <translation>CLOSE：套接字已关闭，未被使用。</translation>
    </message>
    <message>
        <source>REACHABLE: the neighbour answered recently; its MAC address is trusted.</source>
        <translation>REACHABLE：邻居最近有过应答，其 MAC 地址可信。</translation>
    </message>
    <message>
        <source>STALE: the MAC address is known but not confirmed lately; it is checked the next time something is sent there.</source>
        <translation>STALE：MAC 地址已知，但最近未确认；下次向它发送数据时会再检查。</translation>
    </message>
    <message>
        <source>DELAY: a packet was just sent to a STALE neighbour; waiting a moment for a sign of life before asking again.</source>
        <translation>DELAY：刚向处于 STALE 状态的邻居发送了数据包，先稍等它的回应，再重新询问。</translation>
    </message>
    <message>
        <source>PROBE: asking the neighbour directly whether it still has this MAC address.</source>
        <translation>PROBE：正在直接询问邻居是否仍使用这个 MAC 地址。</translation>
    </message>
    <message>
        <source>FAILED: nobody answered for this address: the host is off, or not on this network.</source>
        <translation>FAILED：该地址无人应答：主机已关机，或不在这个网络中。</translation>
    </message>
    <message>
        <source>INCOMPLETE: a request for the MAC address was sent; no answer yet.</source>
        <translation>INCOMPLETE：已发送 MAC 地址请求，尚未收到应答。</translation>
    </message>
    <message>
        <source>PERMANENT: set by hand (or by the system); it never expires.</source>
        <translation>PERMANENT：手动（或由系统）设置，永不过期。</translation>
    </message>
    <message>
        <source>NOARP: this interface needs no address resolution (loopback, point-to-point).</source>
        <translation>NOARP：该接口不需要地址解析（环回、点对点）。</translation>
    </message>
    <message>
        <source>complete: the MAC address is known (the table gives no finer state).</source>
        <translation>complete：MAC 地址已知（该表不提供更细的状态）。</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message numerus="yes">
        <source>{detail} Reconnecting in {seconds} s... %Ln message(s) will be sent when it is back.</source>
        <translation>
            <numerusform>{detail} {seconds} 秒后重新连接... 恢复连接后将发送 %Ln 条消息。</numerusform>
        </translation>
    </message>
    <message>
        <source>{detail} Reconnecting in {seconds} s...</source>
        <translation>{detail} {seconds} 秒后重新连接...</translation>
    </message>
</context>
<context>
    <name>StreamsModel</name>
    <message>
        <source>Source</source>
        <extracomment>This many streams or more, each with a single datagram: the sender changes its source port per datagram, and the view says so.</extracomment>
        <translation>来源</translation>
    </message>
    <message>
        <source>Stream id</source>
        <translation>流 ID</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>已收到</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>丢失</translation>
    </message>
    <message>
        <source>Out of order</source>
        <translation>乱序</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>重复</translation>
    </message>
</context>
<context>
    <name>StreamsView</name>
    <message>
        <source>Streams</source>
        <translation>流</translation>
    </message>
    <message>
        <source>Loss and order are counted per stream: one source address and port, with the stream id the sender drew for its run (sequence header on). A sender that uses a new source port for every datagram makes a stream of one datagram each time, and nothing can be counted across them.</source>
        <translation>丢失和顺序按流计数：一个流即一个源地址和端口，加上发送方为本次运行选定的流 ID（需开启序列头）。如果发送方每个数据报都使用新的源端口，每次都会形成只有一个数据报的流，这些流之间无法计数。</translation>
    </message>
    <message>
        <source>Every stream has one datagram: the sender seems to use a new source port for each datagram (socat does), so loss and order cannot be counted. Send from one socket, with a fixed source port.</source>
        <translation>每个流只有一个数据报：发送方似乎为每个数据报使用新的源端口（socat 就是这样），因此无法统计丢失和顺序。请从同一个套接字、以固定的源端口发送。</translation>
    </message>
    <message>
        <source>Showing the {shown} most recently heard of {count} streams.</source>
        <translation>显示 {count} 个流中最近收到的 {shown} 个。</translation>
    </message>
</context>
<context>
    <name>SubnetTab</name>
    <message>
        <source>new prefix</source>
        <translation>新前缀</translation>
    </message>
    <message>
        <source>number of subnets</source>
        <translation>子网数量</translation>
    </message>
    <message>
        <source>hosts per subnet</source>
        <translation>每个子网的主机数</translation>
    </message>
    <message>
        <source>Subnet tools</source>
        <translation>子网工具</translation>
    </message>
    <message>
        <source>Calculator</source>
        <translation>计算器</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>划分</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>主机</translation>
    </message>
    <message>
        <source>VLSM</source>
        <translation>VLSM</translation>
    </message>
    <message>
        <source>Summarise</source>
        <translation>汇总</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Prefix or mask</source>
        <translation>前缀或掩码</translation>
    </message>
    <message>
        <source>24 or 255.255.255.0</source>
        <translation>24 或 255.255.255.0</translation>
    </message>
    <message>
        <source>This machine</source>
        <translation>本机</translation>
    </message>
    <message>
        <source>Fill in an address of one of this machine&apos;s interfaces</source>
        <translation>填入本机某个网络接口的地址</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>地址(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Prefix or mask</source>
        <translation>前缀或掩码(&amp;P)</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>计算结果</translation>
    </message>
    <message>
        <source>Copy results</source>
        <translation>复制结果</translation>
    </message>
    <message>
        <source>Copy the results as text</source>
        <translation>以文本形式复制结果</translation>
    </message>
    <message>
        <source>In words</source>
        <translation>文字说明</translation>
    </message>
    <message>
        <source>Address AND mask = network</source>
        <translation>地址 AND 掩码 = 网络地址</translation>
    </message>
    <message>
        <source>Same network?</source>
        <translation>同一网络？</translation>
    </message>
    <message>
        <source>Another address, e.g. 192.168.1.200 (or a network)</source>
        <translation>另一个地址，例如 192.168.1.200（或一个网络）</translation>
    </message>
    <message>
        <source>Another address</source>
        <translation>另一个地址</translation>
    </message>
    <message>
        <source>Split by</source>
        <translation>划分依据</translation>
    </message>
    <message>
        <source>Split value</source>
        <translation>划分值</translation>
    </message>
    <message>
        <source>2 hosts fit a /31 (RFC 3021)</source>
        <translation>2 个主机可用 /31 (RFC 3021)</translation>
    </message>
    <message>
        <source>Point-to-point links may use a /31: both addresses are hosts, with no network or broadcast address (RFC 3021). Untick for the classic /30.</source>
        <translation>点对点链路可以使用 /31：两个地址都是主机地址，没有网络地址和广播地址 (RFC 3021)。取消勾选则使用传统的 /30。</translation>
    </message>
    <message>
        <source>Subnets</source>
        <translation>子网</translation>
    </message>
    <message>
        <source>by</source>
        <translation>按</translation>
    </message>
    <message>
        <source>Host requirements</source>
        <translation>主机需求</translation>
    </message>
    <message>
        <source>One a line: a name and the hosts it needs
Sales 50</source>
        <translation>每行一项：名称和所需主机数
Sales 50</translation>
    </message>
    <message>
        <source>Needs, one a line (name, hosts). Allocated largest first:</source>
        <translation>需求，每行一项（名称，主机数）。从最大的开始分配：</translation>
    </message>
    <message>
        <source>Networks to summarise</source>
        <translation>要汇总的网络</translation>
    </message>
    <message>
        <source>One network a line
192.168.0.0/24</source>
        <translation>每行一个网络
192.168.0.0/24</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>汇总</translation>
    </message>
    <message>
        <source>Networks, one a line (or comma-separated):</source>
        <translation>网络，每行一个（或用逗号分隔）：</translation>
    </message>
    <message>
        <source>The prefix or mask for the address typed on the left</source>
        <translation>左侧所输入地址的前缀或掩码</translation>
    </message>
    <message>
        <source>Set by the prefix or mask in the address; type the address alone to choose here</source>
        <translation>已由地址中的前缀或掩码决定；只输入地址即可在此选择</translation>
    </message>
    <message>
        <source>No addresses found</source>
        <translation>未找到地址</translation>
    </message>
    <message>
        <source>No results: correct the address above.</source>
        <translation>没有结果：请更正上面的地址。</translation>
    </message>
    <message>
        <source>Not updated while the address has an error. Last result: {result}</source>
        <translation>地址有错误时不更新。上次结果：{result}</translation>
    </message>
    <message numerus="yes">
        <source>{count} usable host(s)</source>
        <translation>
            <numerusform>{count} 个可用主机</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} address(es)</source>
        <translation>
            <numerusform>{count} 个地址</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;{count}&lt;/b&gt; subnet(s) of /{prefix}, {each} usable hosts each</source>
        <extracomment>{each} is how many usable hosts each subnet has.</extracomment>
        <translation>
            <numerusform>&lt;b&gt;{count}&lt;/b&gt; 个 /{prefix} 子网，每个 {each} 个可用主机</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;{count}&lt;/b&gt; subnet(s) of /{prefix}, {each} addresses each</source>
        <extracomment>{each} is how many addresses each subnet has.</extracomment>
        <translation>
            <numerusform>&lt;b&gt;{count}&lt;/b&gt; 个 /{prefix} 子网，每个 {each} 个地址</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;{count}&lt;/b&gt; usable host(s) in {network}: {first} to {last}</source>
        <translation>
            <numerusform>{network} 中有 &lt;b&gt;{count}&lt;/b&gt; 个可用主机：从 {first} 到 {last}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;{count}&lt;/b&gt; address(es) in {network}: {first} to {last}</source>
        <translation>
            <numerusform>{network} 中有 &lt;b&gt;{count}&lt;/b&gt; 个地址：从 {first} 到 {last}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} extra address(es)</source>
        <translation>
            <numerusform>多出 {count} 个地址</numerusform>
        </translation>
    </message>
    <message>
        <source>Planning inside {network}</source>
        <translation>在 {network} 内规划</translation>
    </message>
    <message>
        <source>no extra addresses</source>
        <translation>没有多余地址</translation>
    </message>
    <message>
        <source>{inputs} networks collapse to &lt;b&gt;{count}&lt;/b&gt; covering exactly the same {addresses} addresses. One summary route: {routes}.</source>
        <translation>{inputs} 个网络合并为 &lt;b&gt;{count}&lt;/b&gt; 个，正好覆盖同样的 {addresses} 个地址。一条汇总路由：{routes}。</translation>
    </message>
    <message>
        <source>Type the {what}.</source>
        <translation>请输入{what}。</translation>
    </message>
    <message>
        <source>The {what} must be a whole number, not {text}.</source>
        <translation>{what}必须是整数，而不是 {text}。</translation>
    </message>
</context>
<context>
    <name>Tabs</name>
    <message>
        <source>Chat</source>
        <translation>聊天</translation>
    </message>
    <message>
        <source>UDP</source>
        <translation>UDP</translation>
    </message>
    <message>
        <source>Subnet</source>
        <translation>子网</translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation>诊断</translation>
    </message>
    <message>
        <source>Packets</source>
        <translation>数据包</translation>
    </message>
</context>
<context>
    <name>TerminalModel</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>调用</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>字节</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>b&apos;&apos;: the peer closed the connection (end of the stream)</source>
        <translation>b&apos;&apos;：对方关闭了连接（流结束）</translation>
    </message>
    <message numerus="yes">
        <source>  [%Ln byte(s) held: an incomplete character]</source>
        <translation>
            <numerusform>  [保留了 %Ln 字节：字符不完整]</numerusform>
        </translation>
    </message>
    <message>
        <source>Bytes we sent</source>
        <translation>我们发送的字节</translation>
    </message>
    <message>
        <source>One recv() call: bytes as they arrived</source>
        <translation>一次 recv() 调用：按到达原样显示的字节</translation>
    </message>
</context>
<context>
    <name>TransferRow</name>
    <message>
        <source>{s} s</source>
        <extracomment>Transfers the window follows at most: offers with new ids are what anyone in the room can send, so the oldest ended ones, then the oldest unanswered offers, are forgotten (their lines stay in the conversation; the engine forgets offers sooner).</extracomment>
        <translation>{s} 秒</translation>
    </message>
    <message>
        <source>{m} min {s} s</source>
        <translation>{m} 分 {s} 秒</translation>
    </message>
    <message>
        <source>{h} h {m} min</source>
        <translation>{h} 小时 {m} 分</translation>
    </message>
    <message>
        <source>to {nick}</source>
        <translation>发给 {nick}</translation>
    </message>
    <message>
        <source>to the room</source>
        <translation>发给整个聊天室</translation>
    </message>
    <message>
        <source>from {nick}</source>
        <translation>来自 {nick}</translation>
    </message>
    <message>
        <source>{name} ({details}) {who}</source>
        <translation>{name}（{details}）{who}</translation>
    </message>
    <message>
        <source>{name} ({details})</source>
        <translation>{name}（{details}）</translation>
    </message>
    <message>
        <source>{name} {who}</source>
        <translation>{name} {who}</translation>
    </message>
    <message>
        <source>Checking the files (SHA-256)…</source>
        <translation>正在校验文件 (SHA-256)…</translation>
    </message>
    <message>
        <source>Offered to you</source>
        <translation>向你发送的文件</translation>
    </message>
    <message>
        <source>Waiting for {nick} to accept…</source>
        <translation>等待 {nick} 接收…</translation>
    </message>
    <message>
        <source>Offered to the room</source>
        <translation>已发给整个聊天室</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <source>{percent}%</source>
        <translation>{percent}%</translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <translation>{done} / {total}</translation>
    </message>
    <message>
        <source>through the server</source>
        <translation>经服务器中转</translation>
    </message>
    <message>
        <source>paused by you</source>
        <translation>已由你暂停</translation>
    </message>
    <message>
        <source>paused by the other side</source>
        <translation>已由对方暂停</translation>
    </message>
    <message>
        <source>{rate}/s</source>
        <translation>{rate}/秒</translation>
    </message>
    <message>
        <source>{time} left</source>
        <translation>剩余 {time}</translation>
    </message>
    <message>
        <source>Received, SHA-256 checked</source>
        <translation>已接收，SHA-256 校验通过</translation>
    </message>
    <message>
        <source>Delivered, SHA-256 checked</source>
        <translation>已送达，SHA-256 校验通过</translation>
    </message>
    <message>
        <source>Cancelled by you.</source>
        <translation>已由你取消。</translation>
    </message>
    <message>
        <source>Cancelled by the other side.</source>
        <translation>已被对方取消。</translation>
    </message>
    <message>
        <source>You declined.</source>
        <translation>您已拒绝。</translation>
    </message>
    <message>
        <source>Declined.</source>
        <translation>已被拒绝。</translation>
    </message>
    <message>
        <source>Failed: {reason}</source>
        <translation>失败：{reason}</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>接收</translation>
    </message>
    <message>
        <source>Save as...</source>
        <translation>另存为...</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>在文件夹中显示</translation>
    </message>
</context>
<context>
    <name>UdpTab</name>
    <message>
        <source>The UDP sender is still sending.</source>
        <translation>UDP 发送器仍在发送。</translation>
    </message>
</context>
<context>
    <name>UnreadNotifier</name>
    <message>
        <source>SocketLab chat</source>
        <translation>SocketLab 聊天</translation>
    </message>
    <message>
        <source>{sender} (private)</source>
        <translation>{sender}（私聊）</translation>
    </message>
</context>
<context>
    <name>_PluralWords</name>
    <message numerus="yes">
        <source>%Ln file(s)</source>
        <translation>
            <numerusform>%Ln 个文件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>address</name>
    <message>
        <source>The port is empty: type a number from 1 to 65535.</source>
        <translation>端口为空：请输入 1 到 65535 之间的数字。</translation>
    </message>
    <message>
        <source>Port {value} is not a number: type a number from {low} to 65535.</source>
        <translation>端口 {value} 不是数字：请输入 {low} 到 65535 之间的数字。</translation>
    </message>
    <message>
        <source>Port {port} is out of range {low}-{high}.</source>
        <translation>端口 {port} 超出范围 {low}-{high}。</translation>
    </message>
    <message>
        <source>Too many octets in {host}: an IPv4 address has four (a.b.c.d).</source>
        <translation>{host} 中的八位组太多：IPv4 地址只有四个（a.b.c.d）。</translation>
    </message>
    <message>
        <source>Too few octets in {host}: an IPv4 address has four (a.b.c.d).</source>
        <translation>{host} 中的八位组太少：IPv4 地址有四个（a.b.c.d）。</translation>
    </message>
    <message>
        <source>{host} has an empty octet: write four numbers from 0 to 255.</source>
        <translation>{host} 中有空的八位组：请写四个 0 到 255 之间的数字。</translation>
    </message>
    <message>
        <source>Octet {octet} in {host} is out of range 0-255.</source>
        <translation>{host} 中的八位组 {octet} 超出范围 0-255。</translation>
    </message>
    <message>
        <source>{host} is not a valid IPv4 address.</source>
        <translation>{host} 不是有效的 IPv4 地址。</translation>
    </message>
    <message>
        <source>The host is empty: type an IP address or a host name.</source>
        <translation>主机为空：请输入 IP 地址或主机名。</translation>
    </message>
    <message>
        <source>{host} is not a valid IPv6 address.</source>
        <translation>{host} 不是有效的 IPv6 地址。</translation>
    </message>
    <message>
        <source>{host} has an empty zone after &apos;%&apos; (write e.g. %eth0).</source>
        <translation>{host} 中 &apos;%&apos; 后面的区域为空（例如写 %eth0）。</translation>
    </message>
    <message>
        <source>The host name is longer than 253 characters.</source>
        <translation>主机名超过 253 个字符。</translation>
    </message>
    <message>
        <source>{host} is not a valid host name: use letters, digits and hyphens between the dots.</source>
        <translation>{host} 不是有效的主机名：点之间只能用字母、数字和连字符。</translation>
    </message>
    <message>
        <source>The address is empty: type host or host:port.</source>
        <translation>地址为空：请输入 主机 或 主机:端口。</translation>
    </message>
    <message>
        <source>{value} is missing the closing &apos;]&apos; after the IPv6 address.</source>
        <translation>{value} 的 IPv6 地址后缺少右括号 &apos;]&apos;。</translation>
    </message>
    <message>
        <source>Expected &apos;:port&apos; after &apos;]&apos; in {value}.</source>
        <translation>{value} 中 &apos;]&apos; 之后应为 &apos;:端口&apos;。</translation>
    </message>
    <message>
        <source>Brackets are only for IPv6 addresses: write {host}:port.</source>
        <translation>方括号只用于 IPv6 地址：请写 {host}:端口。</translation>
    </message>
    <message>
        <source>The host is missing before &apos;:&apos; in {value}.</source>
        <translation>{value} 中 &apos;:&apos; 之前缺少主机。</translation>
    </message>
    <message>
        <source>The port is missing after &apos;:&apos; in {value}.</source>
        <translation>{value} 中 &apos;:&apos; 之后缺少端口。</translation>
    </message>
    <message>
        <source>{value} has no port: write {value}:PORT.</source>
        <translation>{value} 没有端口：请写 {value}:端口。</translation>
    </message>
    <message>
        <source>No ports given: type a port, a range like 20-25, or a list 22,80.</source>
        <translation>没有给出端口：请输入一个端口、类似 20-25 的范围或 22,80 这样的列表。</translation>
    </message>
    <message>
        <source>Empty item in the port list {value} (two commas in a row?).</source>
        <translation>端口列表 {value} 中有空项（连续两个逗号？）。</translation>
    </message>
    <message>
        <source>Range {item} runs backwards: write {last}-{first}.</source>
        <translation>范围 {item} 写反了：请写 {last}-{first}。</translation>
    </message>
    <message>
        <source>Too many ports: at most {limit:,} in one run.</source>
        <translation>端口太多：一次最多 {limit:,} 个。</translation>
    </message>
</context>
<context>
    <name>chat</name>
    <message>
        <source>{server} turned this connection away; SocketLab will not reconnect by itself.</source>
        <translation>{server} 拒绝了此连接；SocketLab 不会自动重新连接。</translation>
    </message>
    <message>
        <source>{code} is not a key fingerprint: it has 16 letters and digits, like 7QK4-M2PX-9F3A-BC8D.</source>
        <translation>{code} 不是密钥指纹：指纹由 16 个字母和数字组成，例如 7QK4-M2PX-9F3A-BC8D。</translation>
    </message>
    <message>
        <source>The key of {server} has CHANGED: it was {previous}, now it is {code}. Someone may be pretending to be this server, or its host made a new key (a new computer, a reinstall). Ask the host which code their server shows; only if it is {code}, accept the new key. Not connecting.</source>
        <translation>{server} 的密钥已更改：原来是 {previous}，现在是 {code}。可能有人冒充这台服务器，也可能是服务器的主人生成了新密钥（换了电脑或重装了系统）。请询问主人其服务器显示的代码；只有当它是 {code} 时才接受新密钥。不进行连接。</translation>
    </message>
    <message>
        <source>{server} shows the key {code}, not {expected} as you were told: not connecting. Someone may be pretending to be this server; check the code with its host.</source>
        <translation>{server} 出示的密钥是 {code}，而不是告诉你的 {expected}：不进行连接。可能有人冒充这台服务器；请与服务器的主人核对代码。</translation>
    </message>
    <message>
        <source>{server} closed the connection before the encrypted handshake could start.</source>
        <translation>{server} 在加密握手开始之前关闭了连接。</translation>
    </message>
    <message>
        <source>{server} answered without encryption although its key is pinned ({previous}): not connecting. Someone may be in the way, or the server was restarted without TLS; ask its host.</source>
        <translation>{server} 以未加密方式应答，但它的密钥已被记住（{previous}）：不进行连接。可能有人从中拦截，或者服务器重启时关闭了 TLS；请询问服务器的主人。</translation>
    </message>
    <message>
        <source>{server} answered without encryption although you gave its key ({expected}): not connecting. Someone may be in the way, or the server runs without TLS; ask its host.</source>
        <translation>{server} 以未加密方式应答，但你给出了它的密钥（{expected}）：不进行连接。可能有人从中拦截，或者服务器未启用 TLS；请询问服务器的主人。</translation>
    </message>
    <message>
        <source>{server} refused the connection: {line}</source>
        <translation>{server} 拒绝了连接：{line}</translation>
    </message>
    <message>
        <source>The encrypted connection to {server} failed ({reason}). Not connecting.</source>
        <translation>与 {server} 的加密连接失败（{reason}）。不进行连接。</translation>
    </message>
    <message>
        <source>The encrypted connection to {server} broke ({reason}).</source>
        <translation>与 {server} 的加密连接中断（{reason}）。</translation>
    </message>
    <message>
        <source>The pinned server keys in {path} cannot be read ({reason}), so this server&apos;s key cannot be checked. Not connecting.</source>
        <translation>无法读取 {path} 中已记住的服务器密钥（{reason}），因此无法核对这台服务器的密钥。不进行连接。</translation>
    </message>
    <message>
        <source>Connecting to {server}...</source>
        <translation>正在连接 {server}...</translation>
    </message>
    <message>
        <source>The key of {server} could not be remembered in {path}: {reason}.</source>
        <translation>无法在 {path} 中记住 {server} 的密钥：{reason}。</translation>
    </message>
    <message>
        <source>{reason} Reconnecting in {delay} s.</source>
        <translation>{reason} {delay} 秒后重新连接。</translation>
    </message>
    <message>
        <source>The server closed the connection (recv() returned b&apos;&apos;).</source>
        <translation>服务器关闭了连接（recv() 返回了 b&apos;&apos;）。</translation>
    </message>
    <message>
        <source>The server closed the connection (close_notify).</source>
        <translation>服务器关闭了连接（close_notify）。</translation>
    </message>
    <message>
        <source>Over-long lines from the server were skipped: {count}.</source>
        <translation>已跳过服务器发来的过长行：{count} 行。</translation>
    </message>
    <message>
        <source>The server stopped: its host closed the room.</source>
        <translation>服务器已停止：主持人关闭了聊天室。</translation>
    </message>
    <message>
        <source>The server refused a line&apos;s sequence number: the line was not delivered and stays in the outbox, to be sent again on the next connection.</source>
        <translation>服务器拒绝了这一行的序号：该行未送达，仍留在发件箱中，下次连接时会重新发送。</translation>
    </message>
    <message>
        <source>This room needs a password. SocketLab sends it only over an encrypted connection, and this one is not encrypted: connect with TLS, or allow the password over plaintext.</source>
        <translation>此聊天室需要密码。SocketLab 只通过加密连接发送密码，而此连接未加密：请使用 TLS 连接，或允许以明文发送密码。</translation>
    </message>
    <message>
        <source>Connected to {server}: not a SocketLab chat server, raw TCP terminal.</source>
        <translation>已连接到 {server}：不是 SocketLab 聊天服务器，作为原始 TCP 终端使用。</translation>
    </message>
    <message>
        <source>Malformed message from the server skipped: {line}</source>
        <translation>已跳过服务器发来的格式错误的消息：{line}</translation>
    </message>
    <message>
        <source>Connected to {server} as {nick}.</source>
        <translation>已以 {nick} 的身份连接到 {server}。</translation>
    </message>
    <message>
        <source>No answer from the server for {seconds} s: the connection is lost.</source>
        <translation>服务器 {seconds} 秒没有应答：连接已断开。</translation>
    </message>
    <message>
        <source>The outbox is closed: the line was not kept.</source>
        <translation>发件箱已关闭：这一行没有保存。</translation>
    </message>
    <message>
        <source>Not connected: the bytes were not sent.</source>
        <translation>未连接：字节没有发送。</translation>
    </message>
    <message>
        <source>The chat history file {path} cannot be written: {reason}.</source>
        <extracomment>Rows per INSERT statement: 7 values each stays under SQLite&apos;s oldest limit of 999. Messages written in one transaction at most (about 2 ms of encoding). Export formats offered by File &gt; Export conversation.</extracomment>
        <translation>无法写入聊天记录文件 {path}：{reason}。</translation>
    </message>
    <message>
        <source>A nickname needs at least one character.</source>
        <translation>昵称至少需要一个字符。</translation>
    </message>
    <message>
        <source>A nickname has at most {limit} characters.</source>
        <translation>昵称最多 {limit} 个字符。</translation>
    </message>
    <message>
        <source>A nickname cannot contain spaces.</source>
        <translation>昵称不能包含空格。</translation>
    </message>
    <message>
        <source>A nickname can only contain printable characters.</source>
        <translation>昵称只能包含可打印字符。</translation>
    </message>
    <message>
        <source>A nickname cannot start with {char}.</source>
        <translation>昵称不能以 {char} 开头。</translation>
    </message>
    <message>
        <source>A nickname cannot contain invisible characters ({code}).</source>
        <translation>昵称不能包含不可见字符（{code}）。</translation>
    </message>
    <message>
        <source>A nickname cannot have an accent or mark without a letter before it.</source>
        <translation>昵称中的附加符号前面必须有字母。</translation>
    </message>
    <message>
        <source>A nickname can have at most {limit} marks on one letter.</source>
        <translation>昵称中一个字母上最多只能有 {limit} 个附加符号。</translation>
    </message>
    <message>
        <source>The nickname {nick} is kept for the server: choose another.</source>
        <translation>昵称 {nick} 为服务器保留：请换一个。</translation>
    </message>
    <message>
        <source>The nickname {wanted} is taken; you are {nick}.</source>
        <translation>昵称 {wanted} 已被占用；你的昵称是 {nick}。</translation>
    </message>
    <message>
        <source>{problem} You are a guest instead.</source>
        <translation>{problem} 你将以访客身份加入。</translation>
    </message>
    <message>
        <source>The nickname {nick} is taken.</source>
        <translation>昵称 {nick} 已被占用。</translation>
    </message>
    <message>
        <source>{problem} Usage: /nick NAME</source>
        <translation>{problem} 用法：/nick 昵称</translation>
    </message>
    <message>
        <source>You were removed by the host.</source>
        <translation>你已被主持人移出聊天。</translation>
    </message>
    <message>
        <source>Usage: /me ACTION, e.g. /me waves</source>
        <translation>用法：/me 动作，例如 /me 挥手</translation>
    </message>
    <message>
        <source>Usage: /msg NICK TEXT</source>
        <translation>用法：/msg 昵称 文本</translation>
    </message>
    <message>
        <source>Unknown command /{command}. Type /help.</source>
        <translation>未知命令 /{command}。请输入 /help。</translation>
    </message>
    <message>
        <source>Too many nickname changes: try again in {seconds} s.</source>
        <translation>更改昵称过于频繁：请在 {seconds} 秒后重试。</translation>
    </message>
    <message>
        <source>The nickname {wanted} looks too much like {nick}, who is online: choose another.</source>
        <translation>昵称 {wanted} 与在线的 {nick} 太像了：请换一个。</translation>
    </message>
    <message>
        <source>This room needs a password: type /pass PASSWORD</source>
        <translation>进入此聊天室需要密码：请输入 /pass 密码</translation>
    </message>
    <message>
        <source>This room needs a password.</source>
        <translation>进入此聊天室需要密码。</translation>
    </message>
    <message>
        <source>Wrong password.</source>
        <translation>密码错误。</translation>
    </message>
    <message>
        <source>Wrong password {count} times: the connection is closed.</source>
        <translation>密码错误 {count} 次：连接已关闭。</translation>
    </message>
    <message>
        <source>Too many wrong passwords from {address}: try again in {seconds} s.</source>
        <translation>来自 {address} 的错误密码太多：请 {seconds} 秒后再试。</translation>
    </message>
    <message>
        <source>This room&apos;s password is accepted only over an encrypted connection: connect with SocketLab, `openssl s_client -quiet -connect {server}` or `ncat --ssl {host} {port}`.</source>
        <translation>此聊天室的密码只能通过加密连接发送：请使用 SocketLab、`openssl s_client -quiet -connect {server}` 或 `ncat --ssl {host} {port}` 连接。</translation>
    </message>
    <message>
        <source>No password within {seconds} s: the connection is closed.</source>
        <translation>{seconds} 秒内未输入密码：连接已关闭。</translation>
    </message>
    <message>
        <source>You are banned from this room until {until}.</source>
        <translation>你已被禁止进入此聊天室，直到 {until}。</translation>
    </message>
    <message>
        <source>You are banned from this room until the server stops.</source>
        <translation>你已被禁止进入此聊天室，直到服务器停止。</translation>
    </message>
    <message>
        <source>A ban lasts a positive number of minutes; {minutes} is not.</source>
        <translation>封禁时长必须是正数分钟；{minutes} 不是。</translation>
    </message>
    <message>
        <source>Nobody called {target} is online, and it is not an IP address.</source>
        <translation>没有名为 {target} 的在线用户，它也不是 IP 地址。</translation>
    </message>
    <message>
        <source>{target} is not banned.</source>
        <translation>{target} 未被封禁。</translation>
    </message>
    <message>
        <source>Type hex bytes to send, e.g. 48 65 6c 6c 6f.</source>
        <extracomment>What the terminal can show, as the user picks it, and the Python codec behind each. The window lists the current language&apos;s own first (app.ui.i18n.ordered_encodings). Line endings the terminal can add to a typed line. How many times the terminal can send a typed line in one go (the &quot;times&quot; box next to Send).</extracomment>
        <translation>请输入要发送的十六进制字节，例如 48 65 6c 6c 6f。</translation>
    </message>
    <message>
        <source>{token} has no hex digits after its prefix.</source>
        <translation>{token} 的前缀后面没有十六进制数字。</translation>
    </message>
    <message>
        <source>{token} is not hex: {bad} is not a hex digit (use 0-9 and a-f), e.g. 48 65 6c 6c 6f.</source>
        <translation>{token} 不是十六进制：{bad} 不是十六进制数字（请用 0-9 和 a-f），例如 48 65 6c 6c 6f。</translation>
    </message>
    <message>
        <source>{token} has an odd number of hex digits: each byte is two digits (write 0{digit} for a single digit).</source>
        <translation>{token} 的十六进制位数是奇数：每个字节两位数字（单个数字请写成 0{digit}）。</translation>
    </message>
    <message>
        <source>{char} cannot be written in {encoding}: choose UTF-8 (or another encoding that has it, such as GBK for Chinese or CP1251 for Russian), or send it as hex.</source>
        <translation>{char} 无法用 {encoding} 编码：请选择 UTF-8（或其他包含该字符的编码，例如中文用 GBK、俄文用 CP1251），或以十六进制发送。</translation>
    </message>
    <message>
        <source>Port {port} is still held by connections in TIME_WAIT ({count} of them): a server on it closed them first a moment ago, and the system keeps such a port busy for about 60 s (on Linux) so late packets of the old connections cannot reach a new one. SO_REUSEADDR is off, so the port cannot be bound until they expire. Wait a minute, or switch SO_REUSEADDR on to bind at once.</source>
        <translation>端口 {port} 仍被处于 TIME_WAIT 状态的连接占用（共 {count} 个）：该端口上的服务器刚刚先关闭了这些连接，系统会让这样的端口保持占用约 60 秒（Linux 上），以免旧连接的迟到数据包进入新连接。SO_REUSEADDR 已关闭，因此在它们过期之前无法绑定该端口。请等一分钟，或打开 SO_REUSEADDR 以立即绑定。</translation>
    </message>
    <message>
        <source>Port {port} is still held by connections in TIME_WAIT ({count} of them), left by a program that closed them first without SO_REUSEADDR. Linux lets a new server bind over TIME_WAIT only when the old socket set SO_REUSEADDR too, so wait about 60 s for them to expire, or choose another port.</source>
        <translation>端口 {port} 仍被处于 TIME_WAIT 状态的连接占用（共 {count} 个），它们来自一个未设置 SO_REUSEADDR 就先关闭连接的程序。只有旧套接字也设置了 SO_REUSEADDR，Linux 才允许新服务器在 TIME_WAIT 期间绑定，因此请等待约 60 秒让它们过期，或选择其他端口。</translation>
    </message>
    <message>
        <source>Port {port} is already in use (EADDRINUSE). Another program may be listening there; or a server on it just closed and its connections are in TIME_WAIT, which keeps the port busy for about 60 s on Linux. SO_REUSEADDR is off, so TIME_WAIT blocks the port: wait a minute, switch SO_REUSEADDR on, or choose another port.</source>
        <translation>端口 {port} 已被占用（EADDRINUSE）。可能有其他程序在监听该端口；也可能该端口上的服务器刚刚关闭，其连接处于 TIME_WAIT 状态，在 Linux 上会让端口保持占用约 60 秒。SO_REUSEADDR 已关闭，因此 TIME_WAIT 会阻止绑定：请等一分钟、打开 SO_REUSEADDR，或选择其他端口。</translation>
    </message>
    <message>
        <source>This server cannot announce itself on the LAN: UDP port {port} cannot be used ({reason}). The chat works; others join by typing its address.</source>
        <translation>此服务器无法在局域网中广播自己：UDP 端口 {port} 无法使用（{reason}）。聊天仍可使用；其他人可输入其地址加入。</translation>
    </message>
    <message>
        <source>The history file {path} cannot be used: {reason}.</source>
        <translation>历史文件 {path} 无法使用：{reason}。</translation>
    </message>
    <message>
        <source>{reason} New connections wait {seconds} s ({count} similar errors not shown).</source>
        <translation>{reason} 新连接等待 {seconds} 秒（另有 {count} 条类似错误未显示）。</translation>
    </message>
    <message>
        <source>{reason} New connections wait {seconds} s.</source>
        <translation>{reason} 新连接等待 {seconds} 秒。</translation>
    </message>
    <message>
        <source>Nobody called {nick} is online.</source>
        <translation>没有名为 {nick} 的在线用户。</translation>
    </message>
    <message>
        <source>{option} must be a whole number from {low} to {high}; {value} is not.</source>
        <translation>{option} 必须是 {low} 到 {high} 之间的整数；{value} 不是。</translation>
    </message>
    <message>
        <source>{option} must be a number from {low} to {high}; {value} is not.</source>
        <translation>{option} 必须是 {low} 到 {high} 之间的数；{value} 不是。</translation>
    </message>
    <message>
        <source>The history file can no longer be written ({reason}); the room goes on and keeps the latest messages in memory.</source>
        <translation>历史文件已无法写入（{reason}）；聊天室继续运行，并在内存中保留最新的消息。</translation>
    </message>
    <message>
        <source>The history cannot be searched: {reason}.</source>
        <translation>无法搜索历史记录：{reason}。</translation>
    </message>
    <message>
        <source>The server key in {path} cannot be read ({reason}). Move the file away to make a new key; clients that joined before will see a CHANGED key.</source>
        <translation>无法读取 {path} 中的服务器密钥（{reason}）。把该文件移走即可生成新密钥；以前加入过的客户端会看到密钥已更改。</translation>
    </message>
</context>
<context>
    <name>diagnostics</name>
    <message>
        <source>The {name} did not finish in {seconds} s.</source>
        <translation>操作“{name}”未能在 {seconds} 秒内完成。</translation>
    </message>
    <message>
        <source>{query} is not an IP address: a reverse lookup needs one, like 127.0.0.1.</source>
        <extracomment>The most of the hosts file read, and the longest line looked at (a longer one is skipped). The hosts file that gave every address (no DNS packet was sent), or &quot;&quot;.</extracomment>
        <translation>{query} 不是 IP 地址：反向查询需要一个 IP 地址，例如 127.0.0.1。</translation>
    </message>
    <message>
        <source>The lookup of {query} timed out after {seconds:g} s: the DNS server did not answer. Check the network connection, or the DNS servers this machine uses.</source>
        <translation>查询 {query} 在 {seconds:g} 秒后超时：DNS 服务器没有应答。请检查网络连接，或本机使用的 DNS 服务器。</translation>
    </message>
    <message>
        <source>System resolver: the hosts file ({hosts}), then the DNS servers of the network adapters (see ipconfig /all).</source>
        <translation>系统解析器：先查 hosts 文件（{hosts}），再查各网络适配器的 DNS 服务器（见 ipconfig /all）。</translation>
    </message>
    <message>
        <source>System resolver (order: {order}): /etc/hosts, then DNS server {servers} (from /etc/resolv.conf).</source>
        <translation>系统解析器（顺序：{order}）：先查 /etc/hosts，再查 DNS 服务器 {servers}（来自 /etc/resolv.conf）。</translation>
    </message>
    <message>
        <source>System resolver: /etc/hosts, then DNS server {servers} (from /etc/resolv.conf).</source>
        <translation>系统解析器：先查 /etc/hosts，再查 DNS 服务器 {servers}（来自 /etc/resolv.conf）。</translation>
    </message>
    <message>
        <source>System resolver (order: {order}): /etc/hosts, then DNS.</source>
        <translation>系统解析器（顺序：{order}）：先查 /etc/hosts，再查 DNS。</translation>
    </message>
    <message>
        <source>System resolver: /etc/hosts, then DNS.</source>
        <translation>系统解析器：先查 /etc/hosts，再查 DNS。</translation>
    </message>
    <message>
        <source>up</source>
        <translation>已启用</translation>
    </message>
    <message>
        <source>down</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>{state}, loopback</source>
        <translation>{state}，环回</translation>
    </message>
    <message>
        <source>Reading the interfaces took more than {seconds:g} s.</source>
        <translation>读取网络接口用时超过 {seconds:g} 秒。</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>完整</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>不完整</translation>
    </message>
    <message>
        <source>permanent</source>
        <translation>永久</translation>
    </message>
    <message>
        <source>`ip neigh` failed ({reason})</source>
        <translation>`ip neigh` 执行失败（{reason}）</translation>
    </message>
    <message>
        <source>{path} cannot be read ({reason})</source>
        <translation>无法读取 {path}（{reason}）</translation>
    </message>
    <message>
        <source>`arp -a` failed ({reason})</source>
        <translation>`arp -a` 执行失败（{reason}）</translation>
    </message>
    <message>
        <source>there is no `arp` command</source>
        <translation>没有 `arp` 命令</translation>
    </message>
    <message>
        <source>This system does not show its neighbour (ARP) table: {failures}.</source>
        <translation>此系统不提供邻居（ARP）表：{failures}。</translation>
    </message>
    <message>
        <source>This system does not show its neighbour (ARP) table.</source>
        <translation>此系统不提供邻居（ARP）表。</translation>
    </message>
    <message>
        <source>Reading the neighbour table took more than {seconds:g} s.</source>
        <translation>读取邻居表用时超过 {seconds:g} 秒。</translation>
    </message>
    <message>
        <source>Destination unreachable</source>
        <translation>目标不可达</translation>
    </message>
    <message>
        <source>Time to live exceeded</source>
        <translation>超过生存时间（TTL）</translation>
    </message>
    <message>
        <source>Hop limit exceeded</source>
        <translation>超过跳数限制（hop limit）</translation>
    </message>
    <message>
        <source>{reason} (from {source})</source>
        <extracomment>A lost request&apos;s reason, with the address of the router (or host) that said so.</extracomment>
        <translation>{reason}（来自 {source}）</translation>
    </message>
    <message>
        <source>no reply in time</source>
        <translation>未及时收到应答</translation>
    </message>
    <message>
        <source>raw ICMP sockets need administrator rights</source>
        <translation>原始 ICMP 套接字需要管理员权限</translation>
    </message>
    <message>
        <source>{error} (code {code})</source>
        <translation>{error}（代码 {code}）</translation>
    </message>
    <message>
        <source>unprivileged ICMP sockets are not allowed here (the sysctl net.ipv4.ping_group_range does not include your group)</source>
        <translation>此处不允许使用非特权 ICMP 套接字（sysctl net.ipv4.ping_group_range 不包含你所在的组）</translation>
    </message>
    <message>
        <source>unprivileged ICMP sockets are not available here</source>
        <translation>此处无法使用非特权 ICMP 套接字</translation>
    </message>
    <message>
        <source>Using an unprivileged ICMP socket: no administrator rights needed.</source>
        <translation>使用非特权 ICMP 套接字：无需管理员权限。</translation>
    </message>
    <message>
        <source>Using a raw ICMP socket, because {reason}.</source>
        <translation>使用原始 ICMP 套接字，因为{reason}。</translation>
    </message>
    <message>
        <source>Using a raw ICMP socket: SocketLab runs with administrator rights.</source>
        <translation>使用原始 ICMP 套接字：SocketLab 以管理员权限运行。</translation>
    </message>
    <message>
        <source>no ping program was found on this system</source>
        <translation>系统中找不到 ping 程序</translation>
    </message>
    <message>
        <source>Cannot ping: {reasons}. Install the ping program (Debian/Ubuntu: sudo apt install iputils-ping) or run SocketLab as administrator.</source>
        <translation>无法 ping：{reasons}。请安装 ping 程序（Debian/Ubuntu：sudo apt install iputils-ping），或以管理员身份运行 SocketLab。</translation>
    </message>
    <message>
        <source>no reply within {seconds:g} s</source>
        <translation>{seconds:g} 秒内无应答</translation>
    </message>
    <message>
        <source>Could not run the system ping: {reason}</source>
        <translation>无法运行系统 ping：{reason}</translation>
    </message>
    <message>
        <source>Using the system ping command: {reasons}.</source>
        <translation>使用系统 ping 命令：{reasons}。</translation>
    </message>
    <message>
        <source>Using the system ping command.</source>
        <translation>使用系统 ping 命令。</translation>
    </message>
    <message>
        <source>open</source>
        <extracomment>The states as people read them; the keys above stay English (the CLI, JSON, counts).</extracomment>
        <translation>开放</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>filtered</source>
        <translation>被过滤</translation>
    </message>
    <message>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>{open} open, {closed} closed, {filtered} filtered, {error} error</source>
        <translation>开放 {open} 个，关闭 {closed} 个，被过滤 {filtered} 个，错误 {error} 个</translation>
    </message>
    <message>
        <source>{open} open, {closed} closed, {filtered} filtered</source>
        <translation>开放 {open} 个，关闭 {closed} 个，被过滤 {filtered} 个</translation>
    </message>
    <message>
        <source>{checked:,} of {total:,} ports: {counts} in {seconds:.2f} s (stopped)</source>
        <translation>{checked:,} / {total:,} 个端口：{counts}，用时 {seconds:.2f} 秒（已停止）</translation>
    </message>
    <message>
        <source>{checked:,} of {total:,} ports: {counts} in {seconds:.2f} s</source>
        <translation>{checked:,} / {total:,} 个端口：{counts}，用时 {seconds:.2f} 秒</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <source>{code}: refused</source>
        <translation>{code}：连接被拒绝</translation>
    </message>
    <message>
        <source>{code}: no answer</source>
        <translation>{code}：无应答</translation>
    </message>
    <message>
        <source>{code}: {reason}</source>
        <translation>{code}：{reason}</translation>
    </message>
    <message>
        <source>no answer within {seconds:g} s</source>
        <translation>{seconds:g} 秒内无应答</translation>
    </message>
    <message>
        <source>{count} socket(s) show no program: they belong to other users&apos; programs. Run as administrator to see which.</source>
        <extracomment>TCP states in the order a connection lives through them, for the state filter. States in which a socket belongs to no program any more (the kernel finishes it). Linux&apos;s TCP tables, whose timer column says how long a TIME_WAIT socket has left. The most of each table read (about 150 bytes a socket: some 100,000 sockets). Seconds a TIME_WAIT socket has left (Linux), None where it is not known.</extracomment>
        <translation>有 {count} 个套接字看不到所属程序：它们属于其他用户的程序。以管理员身份运行即可看到是哪些程序。</translation>
    </message>
    <message>
        <source>Showing the sockets of your own programs only: listing every socket on this system needs administrator rights.</source>
        <translation>只显示你自己的程序的套接字：列出系统中的全部套接字需要管理员权限。</translation>
    </message>
    <message>
        <source>Could not list the sockets: {reason} ({code}).</source>
        <translation>无法列出套接字：{reason}（{code}）。</translation>
    </message>
    <message>
        <source>{first}, {second}</source>
        <translation>{first}，{second}</translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation>{first}，并且{second}</translation>
    </message>
    <message>
        <source>{first}; {second}</source>
        <translation>{first}；{second}</translation>
    </message>
</context>
<context>
    <name>discovery</name>
    <message>
        <source>{value} is not a numeric address: give a broadcast address such as 192.168.1.255, or ff02::736c%eth0.</source>
        <extracomment>Loopback broadcast works on Linux; other systems do not broadcast on loopback.</extracomment>
        <translation>{value} 不是数字地址：请给出广播地址，例如 192.168.1.255 或 ff02::736c%eth0。</translation>
    </message>
    <message>
        <source>No network interface can send a discovery query: connect to a network (Wi-Fi or cable), then search again.</source>
        <extracomment>Seconds after the first query of a round when it is sent again.</extracomment>
        <translation>没有网络接口可以发送发现查询：请连接网络（Wi-Fi 或网线）后再搜索。</translation>
    </message>
    <message>
        <source>The discovery query could not be sent on any interface (see the events). Check that this machine is connected to a network.</source>
        <translation>发现查询无法从任何接口发出（见事件列表）。请检查本机是否已连接网络。</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Port {port} is already in use on {host}: {why}</source>
        <extracomment>Ports below this need administrator (root) rights to bind on most systems.</extracomment>
        <translation>端口 {port} 在 {host} 上已被占用：{why}</translation>
    </message>
    <message>
        <source>Port {port} is already in use: {why}</source>
        <translation>端口 {port} 已被占用：{why}</translation>
    </message>
    <message>
        <source>The address is already in use: {why}</source>
        <translation>该地址已被占用：{why}</translation>
    </message>
    <message>
        <source>another program (or another SocketLab) is listening there. Choose another port, or stop that program. If you just closed a server, its old connections may still be in TIME_WAIT for up to a minute; SO_REUSEADDR lets a new server bind anyway.</source>
        <translation>另一个程序（或另一个 SocketLab）正在那里监听。请换一个端口，或停止那个程序。如果刚刚关闭了服务器，它的旧连接可能还会在 TIME_WAIT 状态停留最多一分钟；SO_REUSEADDR 可让新服务器照样 bind。</translation>
    </message>
    <message>
        <source>Port {port} is privileged: run as administrator or choose a port from {first} to 65535.</source>
        <translation>端口 {port} 是特权端口：请以管理员身份运行，或选择 {first} 到 65535 之间的端口。</translation>
    </message>
    <message>
        <source>Permission denied by the operating system: sending to a broadcast address needs the broadcast option (SO_BROADCAST), or a firewall blocked the packet.</source>
        <translation>操作系统拒绝了权限：向广播地址发送需要广播选项（SO_BROADCAST），或者防火墙拦截了该数据包。</translation>
    </message>
    <message>
        <source>Permission denied by the operating system (a firewall or missing rights).</source>
        <translation>操作系统拒绝了权限（防火墙或权限不足）。</translation>
    </message>
    <message>
        <source>Connection refused by {target}: nothing is listening on that port. Check the port number and that the server is running.</source>
        <translation>{target} 拒绝了连接：该端口上没有程序在监听。请检查端口号以及服务器是否在运行。</translation>
    </message>
    <message>
        <source>Connection refused: nothing is listening on that port. Check the port number and that the server is running.</source>
        <translation>连接被拒绝：该端口上没有程序在监听。请检查端口号以及服务器是否在运行。</translation>
    </message>
    <message>
        <source>Address {target} is not available on this machine: a server can only bind to one of this machine&apos;s own addresses (or 0.0.0.0 for all of them).</source>
        <translation>地址 {target} 在本机上不可用：服务器只能 bind 到本机自己的某个地址（或 0.0.0.0 表示全部地址）。</translation>
    </message>
    <message>
        <source>The address is not available on this machine: a server can only bind to one of this machine&apos;s own addresses (or 0.0.0.0 for all of them).</source>
        <translation>该地址在本机上不可用：服务器只能 bind 到本机自己的某个地址（或 0.0.0.0 表示全部地址）。</translation>
    </message>
    <message>
        <source>Host unreachable: it did not answer on the local network (is it switched on?).</source>
        <translation>主机不可达：它在局域网中没有应答（它开机了吗？）。</translation>
    </message>
    <message>
        <source>Host not found: {target} does not resolve to an address. Check the spelling.</source>
        <translation>找不到主机：{target} 无法解析为地址。请检查拼写。</translation>
    </message>
    <message>
        <source>Host not found: the name does not resolve to an address. Check the spelling.</source>
        <translation>找不到主机：该名称无法解析为地址。请检查拼写。</translation>
    </message>
    <message>
        <source>Could not look up {target} right now: the DNS server did not answer. Check the network connection and try again.</source>
        <translation>暂时无法查询 {target}：DNS 服务器没有应答。请检查网络连接后重试。</translation>
    </message>
    <message>
        <source>Could not look up the name right now: the DNS server did not answer. Check the network connection and try again.</source>
        <translation>暂时无法查询该名称：DNS 服务器没有应答。请检查网络连接后重试。</translation>
    </message>
    <message>
        <source>{target} has no address of the requested kind (IPv4 or IPv6).</source>
        <translation>{target} 没有所需类型（IPv4 或 IPv6）的地址。</translation>
    </message>
    <message>
        <source>The name has no address of the requested kind (IPv4 or IPv6).</source>
        <translation>该名称没有所需类型（IPv4 或 IPv6）的地址。</translation>
    </message>
    <message>
        <source>Could not resolve {target}: {reason}.</source>
        <translation>无法解析 {target}：{reason}。</translation>
    </message>
    <message>
        <source>Could not resolve the name: {reason}.</source>
        <translation>无法解析该名称：{reason}。</translation>
    </message>
    <message>
        <source>No name found for {target}: it has no reverse (PTR) record and is not in the hosts file.</source>
        <translation>找不到 {target} 的名称：它没有反向（PTR）记录，也不在 hosts 文件中。</translation>
    </message>
    <message>
        <source>No name found for the address: it has no reverse (PTR) record and is not in the hosts file.</source>
        <translation>找不到该地址的名称：它没有反向（PTR）记录，也不在 hosts 文件中。</translation>
    </message>
    <message>
        <source>no answer came back. The host may be down, or a firewall may be silently dropping the packets.</source>
        <translation>没有收到回复。主机可能已关闭，或者防火墙正在悄悄丢弃数据包。</translation>
    </message>
    <message>
        <source>Timed out to {target}: {why}</source>
        <translation>连接 {target} 超时：{why}</translation>
    </message>
    <message>
        <source>Timed out: {why}</source>
        <translation>超时：{why}</translation>
    </message>
    <message>
        <source>Network unreachable: this machine has no route to {target}. Check the cable or Wi-Fi and the address.</source>
        <translation>网络不可达：本机没有到 {target} 的路由。请检查网线或 Wi-Fi 以及地址。</translation>
    </message>
    <message>
        <source>Network unreachable: this machine has no route to that network. Check the cable or Wi-Fi and the address.</source>
        <translation>网络不可达：本机没有到那个网络的路由。请检查网线或 Wi-Fi 以及地址。</translation>
    </message>
    <message>
        <source>Host unreachable: {target} did not answer on the local network (is it switched on?).</source>
        <translation>主机不可达：{target} 在局域网中没有应答（它开机了吗？）。</translation>
    </message>
    <message>
        <source>Connection reset by the peer: the other side closed the connection abruptly.</source>
        <translation>连接被对方重置：对方突然关闭了连接。</translation>
    </message>
    <message>
        <source>The peer closed the connection while we were still sending (broken pipe).</source>
        <translation>我们还在发送时对方就关闭了连接（broken pipe）。</translation>
    </message>
    <message>
        <source>Message too long: the datagram is bigger than the network allows (at most 65,507 bytes of UDP payload over IPv4, less on some links).</source>
        <translation>消息太长：数据报超出了网络允许的大小（IPv4 上 UDP 负载最多 65,507 字节，某些链路上更少）。</translation>
    </message>
    <message>
        <source>Address family not supported: an IPv6 address was used where only IPv4 works, or IPv6 is switched off on this machine.</source>
        <translation>不支持该地址族：在只支持 IPv4 的地方使用了 IPv6 地址，或者本机关闭了 IPv6。</translation>
    </message>
    <message>
        <source>The operating system ran out of socket buffer space; slow down and try again.</source>
        <translation>操作系统的套接字缓冲区空间已用完；请放慢速度后重试。</translation>
    </message>
    <message>
        <source>{action} failed: {reason}.</source>
        <translation>{action} 失败：{reason}。</translation>
    </message>
    <message>
        <source>The operation failed: {reason}.</source>
        <translation>操作失败：{reason}。</translation>
    </message>
    <message>
        <source>The {engine} stopped because of an internal error: {summary}</source>
        <translation>后台任务（{engine}）因内部错误而停止：{summary}</translation>
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <source>Could not write {path}: {reason}.</source>
        <translation>无法写入 {path}：{reason}。</translation>
    </message>
    <message>
        <source>Export cancelled; the partial file was deleted.</source>
        <translation>导出已取消；未完成的文件已删除。</translation>
    </message>
</context>
<context>
    <name>packets</name>
    <message>
        <source>Cannot capture packets on {interface}: {why} {help}</source>
        <translation>无法在 {interface} 上抓包：{why} {help}</translation>
    </message>
    <message>
        <source>the system refused a raw socket (AF_PACKET needs root or the CAP_NET_RAW capability).</source>
        <translation>系统拒绝创建原始套接字（AF_PACKET 需要 root 权限或 CAP_NET_RAW 能力）。</translation>
    </message>
    <message>
        <source>raw AF_PACKET sockets exist only on Linux.</source>
        <translation>原始 AF_PACKET 套接字只有 Linux 上才有。</translation>
    </message>
    <message>
        <source>Wireshark&apos;s dumpcap is not installed.</source>
        <translation>未安装 Wireshark 的 dumpcap。</translation>
    </message>
    <message>
        <source>dumpcap has no permission to capture: {detail}</source>
        <translation>dumpcap 没有抓包权限：{detail}</translation>
    </message>
    <message>
        <source>every capture method was turned off (SOCKETLAB_CAPTURE_METHODS={value}).</source>
        <translation>所有抓包方式都已关闭（SOCKETLAB_CAPTURE_METHODS={value}）。</translation>
    </message>
    <message>
        <source>Run SocketLab as root (sudo), or install Wireshark&apos;s dumpcap and allow it to capture: sudo setcap cap_net_raw,cap_net_admin=eip $(which dumpcap), then add yourself to the wireshark group (sudo usermod -aG wireshark $USER) and log in again.</source>
        <translation>请以 root 身份（sudo）运行 SocketLab，或安装 Wireshark 的 dumpcap 并允许它抓包：sudo setcap cap_net_raw,cap_net_admin=eip $(which dumpcap)，然后把自己加入 wireshark 组（sudo usermod -aG wireshark $USER）并重新登录。</translation>
    </message>
    <message>
        <source>Install Wireshark with Npcap (tick &apos;Support loopback traffic&apos; to capture on the loopback adapter); SocketLab then captures with Wireshark&apos;s dumpcap.</source>
        <translation>安装 Wireshark 及 Npcap（勾选“Support loopback traffic”以便在环回适配器上抓包）；之后 SocketLab 会用 Wireshark 的 dumpcap 抓包。</translation>
    </message>
    <message>
        <source>Install Wireshark together with its ChmodBPF package (from the Wireshark installer), which lets members of the access_bpf group capture; then log out and in again.</source>
        <translation>安装 Wireshark 及其 ChmodBPF 软件包（在 Wireshark 安装程序中），它允许 access_bpf 组的成员抓包；然后注销并重新登录。</translation>
    </message>
    <message>
        <source>Run SocketLab as root, or install Wireshark&apos;s dumpcap with permission to capture.</source>
        <translation>请以 root 身份运行 SocketLab，或安装 Wireshark 的 dumpcap 并授予它抓包权限。</translation>
    </message>
    <message>
        <source>There is no interface called {interface}. Interfaces here: {names}.</source>
        <translation>没有名为 {interface} 的接口。本机的接口有：{names}。</translation>
    </message>
    <message>
        <source>dumpcap stopped with exit code {code}: {detail}</source>
        <translation>dumpcap 已停止，退出码 {code}：{detail}</translation>
    </message>
    <message>
        <source>dumpcap&apos;s output could not be read: {detail}</source>
        <translation>无法读取 dumpcap 的输出：{detail}</translation>
    </message>
    <message>
        <source>Reading frames from {interface} failed: {detail}</source>
        <translation>从 {interface} 读取帧失败：{detail}</translation>
    </message>
    <message>
        <source>Cannot write the capture file {path}: {detail}</source>
        <translation>无法写入抓包文件 {path}：{detail}</translation>
    </message>
    <message>
        <source>The {layer} header is cut short: {available} bytes captured, {needed} needed.</source>
        <translation>{layer} 首部不完整：只捕获了 {available} 字节，需要 {needed} 字节。</translation>
    </message>
    <message>
        <source>Link type {linktype} is not one this decoder knows.</source>
        <translation>此解码器不认识链路类型 {linktype}。</translation>
    </message>
    <message>
        <source>The IP version field says {version}, expected {expected}.</source>
        <translation>IP 版本字段为 {version}，应为 {expected}。</translation>
    </message>
    <message>
        <source>The IPv4 header length says {length} bytes, less than the minimum 20.</source>
        <translation>IPv4 首部长度字段为 {length} 字节，小于最小值 20。</translation>
    </message>
    <message>
        <source>The IPv4 total length {total} is shorter than its own header ({header} bytes).</source>
        <translation>IPv4 总长度 {total} 比它自己的首部（{header} 字节）还短。</translation>
    </message>
    <message>
        <source>The {layer} packet says it has {declared} bytes but only {captured} were captured.</source>
        <translation>{layer} 数据包声明有 {declared} 字节，但只捕获了 {captured} 字节。</translation>
    </message>
    <message>
        <source>The TCP data offset says {length} bytes, less than the minimum 20.</source>
        <translation>TCP 数据偏移字段为 {length} 字节，小于最小值 20。</translation>
    </message>
    <message>
        <source>The TCP data offset says {length} bytes, more than the {available} captured.</source>
        <translation>TCP 数据偏移字段为 {length} 字节，超过了已捕获的 {available} 字节。</translation>
    </message>
    <message>
        <source>The UDP length {length} is shorter than its own 8-byte header.</source>
        <translation>UDP 长度 {length} 比它自己的 8 字节首部还短。</translation>
    </message>
    <message>
        <source>The UDP length says {length} bytes but the IP packet holds only {available}.</source>
        <translation>UDP 长度字段为 {length} 字节，但 IP 数据报只包含 {available} 字节。</translation>
    </message>
    <message>
        <source>More than {limit} IPv6 extension headers: the rest are not decoded.</source>
        <translation>IPv6 扩展首部超过 {limit} 个：其余的不再解码。</translation>
    </message>
    <message>
        <source>The DNS message lists {count} records; only the first {limit} are decoded.</source>
        <translation>DNS 报文列出了 {count} 条记录；只解码前 {limit} 条。</translation>
    </message>
    <message>
        <source>A DNS name follows more than {limit} compression pointers (a loop?).</source>
        <translation>某个 DNS 名称经过了超过 {limit} 个压缩指针（存在循环？）。</translation>
    </message>
    <message>
        <source>A DNS compression pointer points to byte {target}, outside the message.</source>
        <translation>某个 DNS 压缩指针指向偏移 {target} 处的字节，超出了报文范围。</translation>
    </message>
    <message>
        <source>A DNS name is longer than {limit} bytes.</source>
        <translation>某个 DNS 名称超过 {limit} 字节。</translation>
    </message>
    <message>
        <source>A DNS name has an unknown label type (byte 0x{byte:02x}).</source>
        <translation>某个 DNS 名称含有未知的标签类型（字节 0x{byte:02x}）。</translation>
    </message>
    <message>
        <source>The DNS message ends in the middle of a record (at byte {offset}).</source>
        <translation>DNS 报文在一条记录的中间结束（偏移 {offset} 处）。</translation>
    </message>
    <message>
        <source>Decoding stopped early: {error}</source>
        <translation>解码提前停止：{error}</translation>
    </message>
    <message>
        <source>Ethernet from {src} to {dst}</source>
        <translation>以太网，从 {src} 到 {dst}</translation>
    </message>
    <message>
        <source>802.1Q VLAN {vlan}</source>
        <translation>802.1Q VLAN {vlan}</translation>
    </message>
    <message>
        <source>Linux cooked capture (the &quot;any&quot; interface)</source>
        <translation>Linux cooked capture（“any”接口）</translation>
    </message>
    <message>
        <source>Loopback, address family {family}</source>
        <translation>环回，地址族 {family}</translation>
    </message>
    <message>
        <source>IPv4 from {src} to {dst}, TTL {ttl}</source>
        <translation>IPv4，从 {src} 到 {dst}，TTL {ttl}</translation>
    </message>
    <message>
        <source>IPv6 from {src} to {dst}, hop limit {hop_limit}</source>
        <translation>IPv6，从 {src} 到 {dst}，跳数限制 {hop_limit}</translation>
    </message>
    <message>
        <source>TCP from port {sport} to port {dport}</source>
        <translation>TCP，从端口 {sport} 到端口 {dport}</translation>
    </message>
    <message>
        <source>UDP from port {sport} to port {dport}, {length} bytes of data</source>
        <translation>UDP，从端口 {sport} 到端口 {dport}，{length} 字节数据</translation>
    </message>
    <message>
        <source>{length} bytes of data</source>
        <translation>{length} 字节数据</translation>
    </message>
    <message>
        <source>A fragment of a larger IP packet: {length} bytes</source>
        <translation>较大 IP 数据报的一个分片：{length} 字节</translation>
    </message>
    <message>
        <source>{version} from {src} to {dst}, protocol {protocol}</source>
        <translation>{version}，从 {src} 到 {dst}，协议 {protocol}</translation>
    </message>
    <message>
        <source>Ethernet frame of type 0x{ethertype:04x}</source>
        <translation>类型为 0x{ethertype:04x} 的以太网帧</translation>
    </message>
    <message>
        <source>{length} bytes that could not be decoded</source>
        <translation>{length} 字节无法解码的数据</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>有效载荷</translation>
    </message>
    <message>
        <source>Linux cooked capture</source>
        <translation>Linux cooked 捕获（“any”接口）</translation>
    </message>
    <message>
        <source>Loopback</source>
        <translation>环回接口</translation>
    </message>
    <message>
        <source>IPv6 extension header</source>
        <translation>IPv6 扩展首部</translation>
    </message>
    <message>
        <source>Quoted IPv4</source>
        <translation>引用的 IPv4</translation>
    </message>
    <message>
        <source>Quoted IPv6</source>
        <translation>引用的 IPv6</translation>
    </message>
    <message>
        <source>Quoted transport header</source>
        <translation>引用的传输层首部</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>{relative} (raw {raw})</source>
        <translation>{relative}（原始值 {raw}）</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>查询</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>应答</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>授权</translation>
    </message>
    <message>
        <source>Additional</source>
        <translation>附加</translation>
    </message>
    <message>
        <source>{section} name</source>
        <translation>{section}名称</translation>
    </message>
    <message>
        <source>{section} type</source>
        <translation>{section}类型</translation>
    </message>
    <message>
        <source>{section} class</source>
        <translation>{section}类</translation>
    </message>
    <message>
        <source>{section} TTL</source>
        <translation>{section}生存时间 (TTL)</translation>
    </message>
    <message>
        <source>{section} data length</source>
        <translation>{section}数据长度</translation>
    </message>
    <message>
        <source>{section} {type}</source>
        <translation>{section} {type}</translation>
    </message>
    <message>
        <source>correct</source>
        <translation>正确</translation>
    </message>
    <message>
        <source>does not match (should be 0x{expected:04x}); sent packets often get theirs later from the network card</source>
        <translation>不匹配（应为 0x{expected:04x}）；发出的数据包常常稍后才由网卡填入校验和</translation>
    </message>
    <message>
        <source>8-byte header + {data} bytes of data</source>
        <translation>8 字节首部 + {data} 字节数据</translation>
    </message>
    <message>
        <source>the client&apos;s port</source>
        <translation>客户端的端口</translation>
    </message>
    <message>
        <source>the server&apos;s port</source>
        <translation>服务器的端口</translation>
    </message>
    <message>
        <source>{flags} seq={seq}: the client asks to connect (step 1 of the three-way handshake)</source>
        <translation>{flags} seq={seq}：客户端请求连接（三次握手第 1 步）</translation>
    </message>
    <message>
        <source>{flags} seq={seq} ack={ack}: the server agrees (step 2)</source>
        <translation>{flags} seq={seq} ack={ack}：服务器同意（第 2 步）</translation>
    </message>
    <message>
        <source>{flags} seq={seq} ack={ack}: the client confirms (step 3)</source>
        <translation>{flags} seq={seq} ack={ack}：客户端确认（第 3 步）</translation>
    </message>
    <message>
        <source>{flags} seq={seq} ack={ack} len={length}: {length} bytes of data</source>
        <translation>{flags} seq={seq} ack={ack} len={length}：{length} 字节数据</translation>
    </message>
    <message>
        <source>{flags} ack={ack}: received up to byte {ack}</source>
        <translation>{flags} ack={ack}：已收到第 {ack} 字节之前的全部数据</translation>
    </message>
    <message>
        <source>{flags} seq={seq} ack={ack}: no more data from this side (teardown)</source>
        <translation>{flags} seq={seq} ack={ack}：这一端不再发送数据（四次挥手）</translation>
    </message>
    <message>
        <source>{flags} seq={seq} ack={ack} len={length}: {length} bytes of data, then no more data from this side (teardown)</source>
        <translation>{flags} seq={seq} ack={ack} len={length}：{length} 字节数据，之后这一端不再发送数据（四次挥手）</translation>
    </message>
    <message>
        <source>{flags} seq={seq} ack={ack}: the last FIN is acknowledged, the connection is closed (teardown)</source>
        <translation>{flags} seq={seq} ack={ack}：最后一个 FIN 已被确认，连接关闭（四次挥手）</translation>
    </message>
    <message>
        <source>{flags}: connection refused: nothing listens on port {port}</source>
        <translation>{flags}：连接被拒绝：端口 {port} 上没有程序在监听</translation>
    </message>
    <message>
        <source>{flags} seq={seq}: the connection is aborted (reset)</source>
        <translation>{flags} seq={seq}：连接被中止（重置）</translation>
    </message>
    <message>
        <source>{flags} seq={seq}</source>
        <translation>{flags} seq={seq}</translation>
    </message>
    <message>
        <source>{flags} seq={seq} ack={ack}</source>
        <translation>{flags} seq={seq} ack={ack}</translation>
    </message>
    <message>
        <source>TCP with no flags seq={seq}</source>
        <translation>无标志位的 TCP seq={seq}</translation>
    </message>
    <message>
        <source>UDP {length} bytes from port {sport} to port {dport} (no handshake: 8-byte header)</source>
        <translation>UDP {length} 字节，从端口 {sport} 到端口 {dport}（无握手：8 字节首部）</translation>
    </message>
    <message>
        <source>Echo (ping) request id=0x{id:04x} seq={seq}</source>
        <translation>回显（ping）请求 id=0x{id:04x} seq={seq}</translation>
    </message>
    <message>
        <source>Echo (ping) reply id=0x{id:04x} seq={seq}</source>
        <translation>回显（ping）应答 id=0x{id:04x} seq={seq}</translation>
    </message>
    <message>
        <source>Destination port unreachable ({protocol} port {port})</source>
        <translation>端口不可达（{protocol} 端口 {port}）</translation>
    </message>
    <message>
        <source>Destination port unreachable</source>
        <translation>端口不可达</translation>
    </message>
    <message>
        <source>Destination network unreachable</source>
        <translation>网络不可达</translation>
    </message>
    <message>
        <source>Destination host unreachable</source>
        <translation>主机不可达</translation>
    </message>
    <message>
        <source>Destination protocol unreachable</source>
        <translation>协议不可达</translation>
    </message>
    <message>
        <source>Fragmentation needed (the packet is too big)</source>
        <translation>需要分片（数据包太大）</translation>
    </message>
    <message>
        <source>Destination unreachable: communication administratively prohibited</source>
        <translation>目的不可达：通信被管理策略禁止</translation>
    </message>
    <message>
        <source>Destination unreachable: no route</source>
        <translation>目的不可达：没有路由</translation>
    </message>
    <message>
        <source>Destination address unreachable</source>
        <translation>目的地址不可达</translation>
    </message>
    <message>
        <source>Destination unreachable (code {code})</source>
        <translation>目的不可达（代码 {code}）</translation>
    </message>
    <message>
        <source>Time-to-live exceeded in transit</source>
        <translation>传输中生存时间（TTL）超时</translation>
    </message>
    <message>
        <source>Fragment reassembly time exceeded</source>
        <translation>分片重组超时</translation>
    </message>
    <message>
        <source>ICMP type {type} code {code}</source>
        <translation>ICMP 类型 {type} 代码 {code}</translation>
    </message>
    <message>
        <source>ICMPv6 type {type} code {code}</source>
        <translation>ICMPv6 类型 {type} 代码 {code}</translation>
    </message>
    <message>
        <source>Router solicitation</source>
        <translation>路由器请求</translation>
    </message>
    <message>
        <source>Router advertisement</source>
        <translation>路由器通告</translation>
    </message>
    <message>
        <source>Neighbor solicitation for {target}</source>
        <translation>邻居请求：{target}</translation>
    </message>
    <message>
        <source>Neighbor advertisement {target}</source>
        <translation>邻居通告：{target}</translation>
    </message>
    <message>
        <source>Who has {target}? Tell {sender}</source>
        <translation>谁是 {target}？请告诉 {sender}</translation>
    </message>
    <message>
        <source>{sender} is at {mac}</source>
        <translation>{sender} 的 MAC 地址是 {mac}</translation>
    </message>
    <message>
        <source>Gratuitous ARP for {sender} (an announcement)</source>
        <translation>{sender} 的免费 ARP（通告）</translation>
    </message>
    <message>
        <source>ARP operation {operation}</source>
        <translation>ARP 操作 {operation}</translation>
    </message>
    <message>
        <source>Standard query</source>
        <translation>标准查询</translation>
    </message>
    <message>
        <source>Standard query response</source>
        <translation>标准查询响应</translation>
    </message>
    <message>
        <source>DNS opcode {opcode} query</source>
        <translation>DNS 操作码 {opcode} 查询</translation>
    </message>
    <message>
        <source>DNS opcode {opcode} response</source>
        <translation>DNS 操作码 {opcode} 响应</translation>
    </message>
    <message>
        <source>{kind} 0x{id:04x} {qtype} {name}</source>
        <translation>{kind} 0x{id:04x} {qtype} {name}</translation>
    </message>
    <message>
        <source>{kind} 0x{id:04x} {qtype} {name} {answer}</source>
        <translation>{kind} 0x{id:04x} {qtype} {name} {answer}</translation>
    </message>
    <message>
        <source>{kind} 0x{id:04x} {rcode} {qtype} {name}</source>
        <translation>{kind} 0x{id:04x} {rcode} {qtype} {name}</translation>
    </message>
    <message>
        <source>{kind} 0x{id:04x}</source>
        <translation>{kind} 0x{id:04x}</translation>
    </message>
    <message>
        <source>{type} {data} (TTL {ttl})</source>
        <translation>{type} {data}（TTL {ttl}）</translation>
    </message>
    <message>
        <source>{answer} and {more} more</source>
        <translation>{answer} 及另外 {more} 条</translation>
    </message>
    <message>
        <source>{length} bytes</source>
        <translation>{length} 字节</translation>
    </message>
    <message>
        <source>Format error</source>
        <translation>格式错误</translation>
    </message>
    <message>
        <source>Server failure</source>
        <translation>服务器失败</translation>
    </message>
    <message>
        <source>No such name</source>
        <translation>名称不存在</translation>
    </message>
    <message>
        <source>Not implemented</source>
        <translation>未实现</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>Reply code {rcode}</source>
        <translation>响应码 {rcode}</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>标识符</translation>
    </message>
    <message>
        <source>Sequence number</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>目的</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>源</translation>
    </message>
    <message>
        <source>Tag protocol</source>
        <translation>标签协议</translation>
    </message>
    <message>
        <source>VLAN ID</source>
        <translation>VLAN 标识</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Packet type</source>
        <translation>分组类型</translation>
    </message>
    <message>
        <source>Link-layer address type</source>
        <translation>链路层地址类型</translation>
    </message>
    <message>
        <source>Link-layer address length</source>
        <translation>链路层地址长度</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>协议</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>地址族</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Header length</source>
        <translation>首部长度</translation>
    </message>
    <message>
        <source>Differentiated services</source>
        <translation>区分服务</translation>
    </message>
    <message>
        <source>Total length</source>
        <translation>总长度</translation>
    </message>
    <message>
        <source>Identification</source>
        <translation>标识</translation>
    </message>
    <message>
        <source>Flags and fragment offset</source>
        <translation>标志和片偏移</translation>
    </message>
    <message>
        <source>Time to live</source>
        <translation>生存时间 (TTL)</translation>
    </message>
    <message>
        <source>Header checksum</source>
        <translation>首部校验和</translation>
    </message>
    <message>
        <source>Source address</source>
        <translation>源地址</translation>
    </message>
    <message>
        <source>Destination address</source>
        <translation>目的地址</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>Traffic class and flow label</source>
        <translation>通信量类和流标号</translation>
    </message>
    <message>
        <source>Payload length</source>
        <translation>有效载荷长度</translation>
    </message>
    <message>
        <source>Next header</source>
        <translation>下一个首部</translation>
    </message>
    <message>
        <source>Hop limit</source>
        <translation>跳数限制</translation>
    </message>
    <message>
        <source>Extension header</source>
        <translation>扩展首部</translation>
    </message>
    <message>
        <source>Hardware type</source>
        <translation>硬件类型</translation>
    </message>
    <message>
        <source>Protocol type</source>
        <translation>协议类型</translation>
    </message>
    <message>
        <source>Hardware size</source>
        <translation>硬件地址长度</translation>
    </message>
    <message>
        <source>Protocol size</source>
        <translation>协议地址长度</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Sender MAC address</source>
        <translation>发送方 MAC 地址</translation>
    </message>
    <message>
        <source>Sender IP address</source>
        <translation>发送方 IP 地址</translation>
    </message>
    <message>
        <source>Target MAC address</source>
        <translation>目标 MAC 地址</translation>
    </message>
    <message>
        <source>Target IP address</source>
        <translation>目标 IP 地址</translation>
    </message>
    <message>
        <source>Source port</source>
        <translation>源端口</translation>
    </message>
    <message>
        <source>Destination port</source>
        <translation>目的端口</translation>
    </message>
    <message>
        <source>Acknowledgment number</source>
        <translation>确认号</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>标志</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>窗口大小</translation>
    </message>
    <message>
        <source>Checksum</source>
        <translation>校验和</translation>
    </message>
    <message>
        <source>Urgent pointer</source>
        <translation>紧急指针</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>长度</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Target address</source>
        <translation>目标地址</translation>
    </message>
    <message>
        <source>Quoted source address</source>
        <translation>引用的源地址</translation>
    </message>
    <message>
        <source>Quoted destination address</source>
        <translation>引用的目的地址</translation>
    </message>
    <message>
        <source>Quoted source port</source>
        <translation>引用的源端口</translation>
    </message>
    <message>
        <source>Quoted destination port</source>
        <translation>引用的目的端口</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>Transaction ID</source>
        <translation>事务 ID</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>响应</translation>
    </message>
    <message>
        <source>Opcode</source>
        <translation>操作码</translation>
    </message>
    <message>
        <source>Authoritative</source>
        <translation>权威应答</translation>
    </message>
    <message>
        <source>Truncated</source>
        <translation>已截断</translation>
    </message>
    <message>
        <source>Recursion desired</source>
        <translation>期望递归</translation>
    </message>
    <message>
        <source>Recursion available</source>
        <translation>递归可用</translation>
    </message>
    <message>
        <source>Reply code</source>
        <translation>应答码</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>问题数</translation>
    </message>
    <message>
        <source>Answer RRs</source>
        <translation>回答资源记录数</translation>
    </message>
    <message>
        <source>Authority RRs</source>
        <translation>授权资源记录数</translation>
    </message>
    <message>
        <source>Additional RRs</source>
        <translation>附加资源记录数</translation>
    </message>
    <message>
        <source>Unknown word &apos;{word}&apos; at position {position}: expected {expected}</source>
        <translation>位置 {position} 处的单词“{word}”无法识别：应为 {expected}</translation>
    </message>
    <message>
        <source>Port {port} is out of range 1-65535</source>
        <translation>端口 {port} 超出范围 1-65535</translation>
    </message>
    <message>
        <source>&apos;{word}&apos; at position {position} is not a port number: write a number 1-65535</source>
        <translation>位置 {position} 处的“{word}”不是端口号：请写 1-65535 之间的数字</translation>
    </message>
    <message>
        <source>&apos;port&apos; at position {position} needs a port number after it</source>
        <translation>位置 {position} 处的“port”后面需要一个端口号</translation>
    </message>
    <message>
        <source>&apos;{word}&apos; at position {position} is not an IPv4 or IPv6 address</source>
        <translation>位置 {position} 处的“{word}”不是 IPv4 或 IPv6 地址</translation>
    </message>
    <message>
        <source>&apos;host&apos; at position {position} needs an address after it</source>
        <translation>位置 {position} 处的“host”后面需要一个地址</translation>
    </message>
    <message>
        <source>&apos;{word}&apos; at position {position} must be followed by &apos;port&apos; or &apos;host&apos;</source>
        <translation>位置 {position} 处的“{word}”后面必须跟“port”或“host”</translation>
    </message>
    <message>
        <source>&apos;{word}&apos; at position {position} needs a term after it, such as tcp or port 80</source>
        <translation>位置 {position} 处的“{word}”后面需要一个条件，例如 tcp 或 port 80</translation>
    </message>
    <message>
        <source>&apos;{word}&apos; at position {position} needs a term before it</source>
        <translation>位置 {position} 处的“{word}”前面需要一个条件</translation>
    </message>
    <message>
        <source>The &apos;(&apos; at position {position} is never closed</source>
        <translation>位置 {position} 处的“(”没有闭合</translation>
    </message>
    <message>
        <source>The &apos;)&apos; at position {position} has no matching &apos;(&apos;</source>
        <translation>位置 {position} 处的“)”没有匹配的“(”</translation>
    </message>
    <message>
        <source>The parentheses at position {position} hold nothing</source>
        <translation>位置 {position} 处的括号中没有内容</translation>
    </message>
    <message>
        <source>The filter is {length} characters long; at most {limit} are allowed</source>
        <translation>过滤器长 {length} 个字符；最多允许 {limit} 个</translation>
    </message>
    <message>
        <source>The filter nests more than {limit} levels deep</source>
        <translation>过滤器嵌套超过 {limit} 层</translation>
    </message>
    <message>
        <source>This is not a pcap or pcapng capture: it starts with the bytes {start} instead of a capture file&apos;s magic number.</source>
        <translation>这不是 pcap 或 pcapng 抓包文件：它以字节 {start} 开头，而不是抓包文件的魔数。</translation>
    </message>
    <message>
        <source>The block at byte {offset} says it is {length} bytes long, more than the {limit} bytes allowed: the capture is damaged or not a capture at all.</source>
        <translation>偏移 {offset} 处的块声明长度为 {length} 字节，超过了允许的 {limit} 字节：抓包文件已损坏，或者根本不是抓包文件。</translation>
    </message>
    <message>
        <source>The block at byte {offset} has an impossible length of {length} bytes (a pcapng block is at least 12 bytes and a multiple of 4): the capture is damaged.</source>
        <translation>偏移 {offset} 处的块长度为 {length} 字节，这是不可能的（pcapng 块至少 12 字节，且长度为 4 的倍数）：抓包文件已损坏。</translation>
    </message>
    <message>
        <source>The block at byte {offset} says it is {length} bytes long at its start but {trailer} at its end: the capture is damaged.</source>
        <translation>偏移 {offset} 处的块在开头声明长度为 {length} 字节，在结尾却为 {trailer} 字节：抓包文件已损坏。</translation>
    </message>
    <message>
        <source>The section header at byte {offset} has no valid byte-order magic: the capture is damaged.</source>
        <translation>偏移 {offset} 处的节头部没有有效的字节序魔数：抓包文件已损坏。</translation>
    </message>
    <message>
        <source>The capture uses format version {major}.{minor}, which this reader does not know.</source>
        <translation>抓包文件使用的格式版本为 {major}.{minor}，此读取器不认识该版本。</translation>
    </message>
    <message>
        <source>The packet at byte {offset} belongs to interface {interface}, but only {count} interfaces were described before it: the capture is damaged.</source>
        <translation>偏移 {offset} 处的数据包属于接口 {interface}，但在它之前只描述了 {count} 个接口：抓包文件已损坏。</translation>
    </message>
    <message>
        <source>The packet at byte {offset} says it holds {length} bytes, more than its block has room for: the capture is damaged.</source>
        <translation>偏移 {offset} 处的数据包声明包含 {length} 字节，超出了其所在块的容量：抓包文件已损坏。</translation>
    </message>
    <message>
        <source>The block at byte {offset} is too short for its kind ({length} bytes): the capture is damaged.</source>
        <translation>偏移 {offset} 处的块对其类型来说太短（{length} 字节）：抓包文件已损坏。</translation>
    </message>
    <message>
        <source>The packet record at byte {offset} says it holds {length} bytes, more than the {limit} bytes allowed: the capture is damaged.</source>
        <translation>偏移 {offset} 处的数据包记录声明包含 {length} 字节，超过了允许的 {limit} 字节：抓包文件已损坏。</translation>
    </message>
    <message>
        <source>The capture holds more than {limit} packets; SocketLab reads at most that many.</source>
        <translation>抓包文件包含超过 {limit} 个数据包；SocketLab 最多只读取这么多。</translation>
    </message>
    <message>
        <source>The file is {size} bytes, larger than the {limit} bytes SocketLab reads; cut it with editcap first.</source>
        <translation>文件大小为 {size} 字节，超过了 SocketLab 可读取的 {limit} 字节；请先用 editcap 将其切分。</translation>
    </message>
    <message>
        <source>The capture ends in the middle of a block ({pending} bytes left over): it was cut short.</source>
        <translation>抓包文件在一个块的中间结束（剩余 {pending} 字节）：文件被截断了。</translation>
    </message>
    <message>
        <source>The capture reader stopped at an earlier error: {error}</source>
        <translation>抓包读取器已因先前的错误而停止：{error}</translation>
    </message>
    <message>
        <source>The file is empty: there is no capture in it.</source>
        <translation>文件为空：其中没有抓包数据。</translation>
    </message>
</context>
<context>
    <name>subnet</name>
    <message>
        <source>The address is empty: type an address such as 192.168.1.12/24 or 2001:db8::1/64.</source>
        <translation>地址为空：请输入地址，例如 192.168.1.12/24 或 2001:db8::1/64。</translation>
    </message>
    <message>
        <source>Too many octets in {text}: an IPv4 mask has four numbers (a.b.c.d).</source>
        <translation>{text} 中的八位组太多：IPv4 掩码由四个数字组成（a.b.c.d）。</translation>
    </message>
    <message>
        <source>Too many octets in {text}: an IPv4 address has four numbers (a.b.c.d).</source>
        <translation>{text} 中的八位组太多：IPv4 地址由四个数字组成（a.b.c.d）。</translation>
    </message>
    <message>
        <source>Too few octets in {text}: an IPv4 mask has four numbers (a.b.c.d).</source>
        <translation>{text} 中的八位组太少：IPv4 掩码由四个数字组成（a.b.c.d）。</translation>
    </message>
    <message>
        <source>Too few octets in {text}: an IPv4 address has four numbers (a.b.c.d).</source>
        <translation>{text} 中的八位组太少：IPv4 地址由四个数字组成（a.b.c.d）。</translation>
    </message>
    <message>
        <source>{text} has an empty octet: write four numbers from 0 to 255.</source>
        <translation>{text} 中有空的八位组：请写四个 0 到 255 之间的数字。</translation>
    </message>
    <message>
        <source>Octet {octet} in {text} is not a number from 0 to 255.</source>
        <translation>{text} 中的八位组 {octet} 不是 0 到 255 之间的数字。</translation>
    </message>
    <message>
        <source>Octet {octet} is out of range 0-255 (in {text}).</source>
        <translation>八位组 {octet} 超出范围 0-255（在 {text} 中）。</translation>
    </message>
    <message>
        <source>Octet {octet} in {text} has a leading zero: write {number} (some tools read leading zeros as octal).</source>
        <translation>{text} 中的八位组 {octet} 带有前导零：请写 {number}（有些工具会把带前导零的数当作八进制）。</translation>
    </message>
    <message>
        <source>{text} is not a valid IPv4 mask.</source>
        <translation>{text} 不是有效的 IPv4 掩码。</translation>
    </message>
    <message>
        <source>{text} is not a valid IPv4 address.</source>
        <translation>{text} 不是有效的 IPv4 地址。</translation>
    </message>
    <message>
        <source>{text} uses &apos;::&apos; more than once: it may stand for one run of zero groups only.</source>
        <translation>{text} 中多次使用了 &apos;::&apos;：它只能代替一段连续的全零组。</translation>
    </message>
    <message>
        <source>{char} in {text} is not a hex digit (0-9, a-f).</source>
        <translation>{text} 中的 {char} 不是十六进制数字（0-9、a-f）。</translation>
    </message>
    <message>
        <source>Group {group} in {text} has more than 4 hex digits.</source>
        <translation>{text} 中的组 {group} 超过 4 个十六进制数字。</translation>
    </message>
    <message>
        <source>{text} starts with a single &apos;:&apos;: write &apos;::&apos; or a group first.</source>
        <translation>{text} 以单个 &apos;:&apos; 开头：请写 &apos;::&apos;，或先写一个组。</translation>
    </message>
    <message>
        <source>{text} ends with a single &apos;:&apos;: write &apos;::&apos; or a group last.</source>
        <translation>{text} 以单个 &apos;:&apos; 结尾：请写 &apos;::&apos;，或在最后写一个组。</translation>
    </message>
    <message>
        <source>Too few groups in {text}: IPv6 has eight groups, or &apos;::&apos; for a run of zeros.</source>
        <translation>{text} 中的组太少：IPv6 有八个组，或用 &apos;::&apos; 代替连续的零。</translation>
    </message>
    <message>
        <source>Too many groups in {text}: IPv6 has eight groups of 16 bits.</source>
        <translation>{text} 中的组太多：IPv6 有八个 16 位的组。</translation>
    </message>
    <message>
        <source>{text} is not a valid IPv6 address.</source>
        <translation>{text} 不是有效的 IPv6 地址。</translation>
    </message>
    <message>
        <source>{text} has an empty zone after &apos;%&apos; (write e.g. %eth0).</source>
        <translation>{text} 中 &apos;%&apos; 后面的区域为空（例如写 %eth0）。</translation>
    </message>
    <message>
        <source>{text}: a zone such as %eth0 only goes with IPv6 addresses (fe80::1%eth0).</source>
        <translation>{text}：%eth0 这样的区域只能用于 IPv6 地址（fe80::1%eth0）。</translation>
    </message>
    <message>
        <source>{text} is not an IP address: type numbers such as 192.168.1.12 or 2001:db8::1 (host names are not looked up here).</source>
        <translation>{text} 不是 IP 地址：请输入数字形式的地址，例如 192.168.1.12 或 2001:db8::1（这里不解析主机名）。</translation>
    </message>
    <message>
        <source>The prefix is empty: write a number from 0 to {max_prefix}.</source>
        <translation>前缀为空：请写 0 到 {max_prefix} 之间的数字。</translation>
    </message>
    <message>
        <source>Prefix {prefix} is too long for IPv{version}: use 0 to {max_prefix}.</source>
        <translation>前缀 {prefix} 对 IPv{version} 来说太长：请用 0 到 {max_prefix}。</translation>
    </message>
    <message>
        <source>Prefix {value} is negative: use 0 to {max_prefix}.</source>
        <translation>前缀 {value} 是负数：请用 0 到 {max_prefix}。</translation>
    </message>
    <message>
        <source>A dotted mask like {value} is for IPv4; IPv6 uses a prefix such as /64.</source>
        <translation>像 {value} 这样带点的掩码用于 IPv4；IPv6 使用前缀，例如 /64。</translation>
    </message>
    <message>
        <source>{value} is an IPv6 mask; an IPv4 address needs /0 to /32.</source>
        <translation>{value} 是 IPv6 掩码；IPv4 地址需要 /0 到 /32。</translation>
    </message>
    <message>
        <source>{value} is not a prefix or a mask: write a number such as 24 or a mask such as 255.255.255.0.</source>
        <translation>{value} 既不是前缀也不是掩码：请写数字（如 24）或掩码（如 255.255.255.0）。</translation>
    </message>
    <message>
        <source>{value} is not a prefix or a mask: write a number such as 24 (0 to 128).</source>
        <translation>{value} 既不是前缀也不是掩码：请写数字，例如 24（0 到 128）。</translation>
    </message>
    <message>
        <source>{value} is not a valid mask (its 1-bits are not contiguous): a mask is 1-bits followed by 0-bits, like {example}.</source>
        <translation>{value} 不是有效的掩码（其中的 1 位不连续）：掩码是一串 1 位后跟一串 0 位，例如 {example}。</translation>
    </message>
    <message>
        <source>Too many parts in {value}: write ADDRESS/PREFIX or ADDRESS MASK.</source>
        <translation>{value} 中的部分太多：请写 地址/前缀 或 地址 掩码。</translation>
    </message>
    <message>
        <source>The prefix is missing after &apos;/&apos; in {value}: write e.g. /24.</source>
        <translation>{value} 中 &apos;/&apos; 之后缺少前缀：例如写 /24。</translation>
    </message>
    <message>
        <source>Unspecified: &apos;this host&apos; (RFC 1122)</source>
        <translation>未指定：“本主机” (RFC 1122)</translation>
    </message>
    <message>
        <source>Reserved: &apos;this network&apos; (RFC 1122)</source>
        <translation>保留：“本网络” (RFC 1122)</translation>
    </message>
    <message>
        <source>Loopback (RFC 1122)</source>
        <translation>环回地址 (RFC 1122)</translation>
    </message>
    <message>
        <source>Private (RFC 1918)</source>
        <translation>私有地址 (RFC 1918)</translation>
    </message>
    <message>
        <source>Shared address space, carrier-grade NAT (RFC 6598)</source>
        <translation>共享地址空间，运营商级 NAT (RFC 6598)</translation>
    </message>
    <message>
        <source>Link-local (RFC 3927)</source>
        <translation>链路本地地址 (RFC 3927)</translation>
    </message>
    <message>
        <source>Documentation, TEST-NET-1 (RFC 5737)</source>
        <translation>文档用地址，TEST-NET-1 (RFC 5737)</translation>
    </message>
    <message>
        <source>Documentation, TEST-NET-2 (RFC 5737)</source>
        <translation>文档用地址，TEST-NET-2 (RFC 5737)</translation>
    </message>
    <message>
        <source>Documentation, TEST-NET-3 (RFC 5737)</source>
        <translation>文档用地址，TEST-NET-3 (RFC 5737)</translation>
    </message>
    <message>
        <source>Multicast (RFC 5771)</source>
        <translation>组播地址 (RFC 5771)</translation>
    </message>
    <message>
        <source>Reserved: limited broadcast (RFC 919)</source>
        <translation>保留：受限广播 (RFC 919)</translation>
    </message>
    <message>
        <source>Reserved for future use (RFC 1112)</source>
        <translation>保留供将来使用 (RFC 1112)</translation>
    </message>
    <message>
        <source>Reserved: IETF protocol assignments (RFC 6890)</source>
        <translation>保留：IETF 协议分配 (RFC 6890)</translation>
    </message>
    <message>
        <source>Reserved: benchmarking (RFC 2544)</source>
        <translation>保留：基准测试 (RFC 2544)</translation>
    </message>
    <message>
        <source>Reserved: former 6to4 relay anycast (RFC 7526)</source>
        <translation>保留：原 6to4 中继任播 (RFC 7526)</translation>
    </message>
    <message>
        <source>Unspecified (RFC 4291)</source>
        <translation>未指定地址 (RFC 4291)</translation>
    </message>
    <message>
        <source>Loopback (RFC 4291)</source>
        <translation>环回地址 (RFC 4291)</translation>
    </message>
    <message>
        <source>IPv4-mapped (RFC 4291)</source>
        <translation>IPv4 映射地址 (RFC 4291)</translation>
    </message>
    <message>
        <source>IPv4/IPv6 translation, NAT64 (RFC 6052)</source>
        <translation>IPv4/IPv6 转换，NAT64 (RFC 6052)</translation>
    </message>
    <message>
        <source>Reserved: discard-only (RFC 6666)</source>
        <translation>保留：仅用于丢弃 (RFC 6666)</translation>
    </message>
    <message>
        <source>Documentation (RFC 3849)</source>
        <translation>文档用地址 (RFC 3849)</translation>
    </message>
    <message>
        <source>Global unicast: Teredo (RFC 4380)</source>
        <translation>全球单播：Teredo (RFC 4380)</translation>
    </message>
    <message>
        <source>Global unicast: 6to4 (RFC 3056)</source>
        <translation>全球单播：6to4 (RFC 3056)</translation>
    </message>
    <message>
        <source>Global unicast (RFC 4291)</source>
        <translation>全球单播地址 (RFC 4291)</translation>
    </message>
    <message>
        <source>Unique local (RFC 4193)</source>
        <translation>唯一本地地址 (RFC 4193)</translation>
    </message>
    <message>
        <source>Link-local (RFC 4291)</source>
        <translation>链路本地地址 (RFC 4291)</translation>
    </message>
    <message>
        <source>Reserved: former site-local (RFC 3879)</source>
        <translation>保留：原站点本地地址 (RFC 3879)</translation>
    </message>
    <message>
        <source>Multicast (RFC 4291)</source>
        <translation>组播地址 (RFC 4291)</translation>
    </message>
    <message>
        <source>interface-local</source>
        <translation>接口本地</translation>
    </message>
    <message>
        <source>link-local</source>
        <translation>链路本地</translation>
    </message>
    <message>
        <source>admin-local</source>
        <translation>管理本地</translation>
    </message>
    <message>
        <source>site-local</source>
        <translation>站点本地</translation>
    </message>
    <message>
        <source>organisation-local</source>
        <translation>组织本地</translation>
    </message>
    <message>
        <source>global</source>
        <translation>全球</translation>
    </message>
    <message>
        <source>Multicast, {scope} scope (RFC 4291)</source>
        <translation>组播，{scope}范围 (RFC 4291)</translation>
    </message>
    <message>
        <source>Public (globally routed)</source>
        <translation>公网地址（全球路由）</translation>
    </message>
    <message>
        <source>Reserved (not yet assigned by IANA)</source>
        <translation>保留（IANA 尚未分配）</translation>
    </message>
    <message>
        <source>{first} ... {last} ({count} zones)</source>
        <translation>{first} ... {last}（共 {count} 个区域）</translation>
    </message>
    <message>
        <source>{mask} (read as a wildcard mask)</source>
        <translation>{mask}（按通配符掩码理解）</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Netmask</source>
        <translation>子网掩码</translation>
    </message>
    <message>
        <source>Wildcard</source>
        <translation>通配符掩码</translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation>前缀</translation>
    </message>
    <message>
        <source>Network</source>
        <extracomment>Exports stop short of this many rows (a 33-million-row CSV is about a gigabyte).</extracomment>
        <translation>网络地址</translation>
    </message>
    <message>
        <source>Broadcast</source>
        <translation>广播地址</translation>
    </message>
    <message>
        <source>First host</source>
        <translation>第一个主机</translation>
    </message>
    <message>
        <source>Last host</source>
        <translation>最后一个主机</translation>
    </message>
    <message>
        <source>Total addresses</source>
        <translation>地址总数</translation>
    </message>
    <message>
        <source>Usable hosts</source>
        <translation>可用主机数</translation>
    </message>
    <message>
        <source>Class (historical)</source>
        <translation>类别（历史）</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Integer</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>十六进制</translation>
    </message>
    <message>
        <source>Reverse DNS zone</source>
        <translation>反向 DNS 区域</translation>
    </message>
    <message>
        <source>{address} (zone {zone})</source>
        <translation>{address}（区域 {zone}）</translation>
    </message>
    <message>
        <source>none (longer than /64)</source>
        <translation>无（比 /64 长）</translation>
    </message>
    <message>
        <source>Expanded</source>
        <translation>完整形式</translation>
    </message>
    <message>
        <source>First address</source>
        <translation>第一个地址</translation>
    </message>
    <message>
        <source>Last address</source>
        <translation>最后一个地址</translation>
    </message>
    <message>
        <source>/64 subnets</source>
        <translation>/64 子网数</translation>
    </message>
    <message>
        <source>A /{prefix} keeps the first {prefix} bits for the network and leaves {host_bits} host bits: 2^{host_bits} = {count} address, {first} to {last}.</source>
        <translation>/{prefix} 将前 {prefix} 位用作网络位，剩下 {host_bits} 位主机位：2^{host_bits} = {count} 个地址，从 {first} 到 {last}。</translation>
    </message>
    <message>
        <source>A /{prefix} keeps the first {prefix} bits for the network and leaves {host_bits} host bits: 2^{host_bits} = {count} addresses, {first} to {last}.</source>
        <translation>/{prefix} 将前 {prefix} 位用作网络位，剩下 {host_bits} 位主机位：2^{host_bits} = {count} 个地址，从 {first} 到 {last}。</translation>
    </message>
    <message>
        <source>The first address (host bits all 0) names the network and the last (host bits all 1) is the broadcast, so {count} are left for hosts. Broadcast = network OR wildcard.</source>
        <translation>第一个地址（主机位全为 0）是网络地址，最后一个（主机位全为 1）是广播地址，因此剩下 {count} 个地址可分配给主机。广播地址 = 网络地址 OR 通配符掩码。</translation>
    </message>
    <message>
        <source>A /31 has no room for a network and a broadcast address: RFC 3021 lets a point-to-point link use both addresses as hosts.</source>
        <translation>/31 容纳不下网络地址和广播地址：RFC 3021 允许点对点链路把两个地址都用作主机地址。</translation>
    </message>
    <message>
        <source>A /32 is one host: used for loopback addresses and host routes.</source>
        <translation>/32 只有一个主机：用于环回地址和主机路由。</translation>
    </message>
    <message>
        <source>IPv6 has no broadcast (multicast such as ff02::1 does that job), so every address of the prefix is usable; a LAN is normally a /64, which SLAAC needs.</source>
        <translation>IPv6 没有广播（由 ff02::1 等组播承担），因此前缀中的每个地址都可用；局域网通常是 /64，SLAAC 需要它。</translation>
    </message>
    <message>
        <source>Two hosts are on the same network when address AND mask gives the same result for both: they then talk directly; otherwise through a router.</source>
        <translation>当两个主机的“地址 AND 掩码”结果相同时，它们在同一网络中，可以直接通信；否则需要经过路由器。</translation>
    </message>
    <message>
        <source>Private addresses (RFC 1918) are not routed on the Internet: a NAT router translates them to a public address.</source>
        <translation>私有地址 (RFC 1918) 不在互联网上路由：NAT 路由器把它们转换为公网地址。</translation>
    </message>
    <message>
        <source>100.64.0.0/10 is for carrier-grade NAT between an ISP and its customers&apos; routers; it is not routed on the Internet.</source>
        <translation>100.64.0.0/10 用于 ISP 与其客户路由器之间的运营商级 NAT；不在互联网上路由。</translation>
    </message>
    <message>
        <source>Link-local addresses never cross a router; IPv4 hosts pick one themselves when DHCP fails, IPv6 interfaces always have one (use it with a zone such as %eth0).</source>
        <translation>链路本地地址不会穿过路由器；IPv4 主机在 DHCP 失败时自行选择一个，IPv6 接口总是有一个（使用时要带上区域，如 %eth0）。</translation>
    </message>
    <message>
        <source>Loopback traffic never leaves this machine.</source>
        <translation>环回流量永远不会离开本机。</translation>
    </message>
    <message>
        <source>Reserved for examples in documentation: never used on real networks.</source>
        <translation>保留给文档中的示例使用：不会出现在真实网络中。</translation>
    </message>
    <message>
        <source>Multicast goes from one sender to every receiver that joined the group.</source>
        <translation>组播从一个发送者发往所有加入该组的接收者。</translation>
    </message>
    <message>
        <source>Public addresses are routed on the Internet.</source>
        <translation>公网地址在互联网上路由。</translation>
    </message>
    <message>
        <source>Global unicast addresses are routed on the Internet.</source>
        <translation>全球单播地址在互联网上路由。</translation>
    </message>
    <message>
        <source>Unique local addresses are IPv6&apos;s private range: routed inside a site, never on the Internet.</source>
        <translation>唯一本地地址是 IPv6 的私有地址段：在站点内部路由，从不在互联网上路由。</translation>
    </message>
    <message>
        <source>::ffff:a.b.c.d is how an IPv6 socket shows an IPv4 peer.</source>
        <translation>::ffff:a.b.c.d 是 IPv6 套接字显示 IPv4 对端的方式。</translation>
    </message>
    <message>
        <source>Reserved addresses are not for ordinary hosts.</source>
        <translation>保留地址不供普通主机使用。</translation>
    </message>
    <message>
        <source>none (a /32 is a single host)</source>
        <translation>无（/32 只有一个主机）</translation>
    </message>
    <message>
        <source>none (a /31 is a point-to-point link, RFC 3021)</source>
        <translation>无（/31 是点对点链路，RFC 3021）</translation>
    </message>
    <message>
        <source>{count} (both addresses, RFC 3021)</source>
        <translation>{count}（两个地址都可用，RFC 3021）</translation>
    </message>
    <message>
        <source>{count} (the address itself)</source>
        <translation>{count}（地址本身）</translation>
    </message>
    <message>
        <source>address</source>
        <extracomment>a row of the AND drawing: the address typed</extracomment>
        <translation>地址</translation>
    </message>
    <message>
        <source>AND mask</source>
        <translation>AND 掩码</translation>
    </message>
    <message>
        <source>= network</source>
        <extracomment>the result row of the AND drawing</extracomment>
        <translation>= 网络地址</translation>
    </message>
    <message>
        <source>other</source>
        <extracomment>a row of the AND drawing: the other address compared</extracomment>
        <translation>另一个</translation>
    </message>
    <message>
        <source>ours</source>
        <extracomment>a row of the AND drawing: our network address</extracomment>
        <translation>本网络</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Yes: {why}</source>
        <translation>是：{why}</translation>
    </message>
    <message>
        <source>No: {why}</source>
        <translation>否：{why}</translation>
    </message>
    <message>
        <source>{other} is an IPv6 address and {network} is an IPv{version} network.</source>
        <translation>{other} 是 IPv6 地址，而 {network} 是 IPv{version} 网络。</translation>
    </message>
    <message>
        <source>{other} is an IPv4 address and {network} is an IPv{version} network.</source>
        <translation>{other} 是 IPv4 地址，而 {network} 是 IPv{version} 网络。</translation>
    </message>
    <message>
        <source>{other} is larger than {network} (/{other_prefix} is shorter than /{prefix}): it contains {network}, not the other way round.</source>
        <translation>{other} 比 {network} 大（/{other_prefix} 比 /{prefix} 短）：是它包含 {network}，而不是反过来。</translation>
    </message>
    <message>
        <source>{address} AND {mask} = {masked}, not {network_address}. Bit {bit} differs, and it is one of the {prefix} network bits.</source>
        <translation>{address} AND {mask} = {masked}，而不是 {network_address}。第 {bit} 位不同，而它属于 {prefix} 个网络位之一。</translation>
    </message>
    <message>
        <source>{other} lies inside {network}: its first {prefix} bits match the network bits and its prefix /{other_prefix} is at least /{prefix}.</source>
        <translation>{other} 位于 {network} 之内：它的前 {prefix} 位与网络位相同，且其前缀 /{other_prefix} 不短于 /{prefix}。</translation>
    </message>
    <message>
        <source>{address} AND {mask} = {masked}, the same network as {network}: the first {prefix} bits are equal.</source>
        <translation>{address} AND {mask} = {masked}，与 {network} 是同一网络：前 {prefix} 位相同。</translation>
    </message>
    <message>
        <source>Could not read this machine&apos;s interfaces: {reason}</source>
        <translation>无法读取本机的网络接口：{reason}</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>地址数</translation>
    </message>
    <message>
        <source>Binary</source>
        <translation>二进制</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Needed</source>
        <translation>需要</translation>
    </message>
    <message>
        <source>Usable</source>
        <translation>可用</translation>
    </message>
    <message>
        <source>Waste</source>
        <translation>浪费</translation>
    </message>
    <message>
        <source>First</source>
        <translation>第一个</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>最后一个</translation>
    </message>
    <message>
        <source>Inputs merged</source>
        <translation>合并的输入数</translation>
    </message>
    <message>
        <source>none</source>
        <extracomment>in a Broadcast column: the subnet (a /31 or /32) has no broadcast address</extracomment>
        <translation>无</translation>
    </message>
    <message>
        <source>This list cannot be searched.</source>
        <translation>此列表不支持查找。</translation>
    </message>
    <message>
        <source>Row {number} is out of range: this list has {count}.</source>
        <translation>第 {number} 行超出范围：此列表共有 {count} 行。</translation>
    </message>
    <message>
        <source>{text} is not inside {network}.</source>
        <translation>{text} 不在 {network} 之内。</translation>
    </message>
    <message>
        <source>Type one address to find, not the network {network}.</source>
        <translation>请输入一个要查找的地址，而不是网络 {network}。</translation>
    </message>
    <message>
        <source>{text} is not a usable host of {network}.</source>
        <translation>{text} 不是 {network} 中的可用主机地址。</translation>
    </message>
    <message>
        <source>{text} is not in this list.</source>
        <translation>{text} 不在此列表中。</translation>
    </message>
    <message>
        <source>A /{prefix} cannot be split into /{new_prefix}s: the new prefix must be from {prefix} to {max_prefix}.</source>
        <translation>/{prefix} 无法划分为 /{new_prefix} 子网：新前缀必须在 {prefix} 到 {max_prefix} 之间。</translation>
    </message>
    <message>
        <source>The number of subnets must be at least 1.</source>
        <translation>子网数量至少为 1。</translation>
    </message>
    <message>
        <source>{subnets} subnets need {extra_bits} more network bits, and a /{prefix} has only {host_bits} host bits (at most {most} subnets).</source>
        <translation>{subnets} 个子网还需要 {extra_bits} 个网络位，而 /{prefix} 只有 {host_bits} 个主机位（最多 {most} 个子网）。</translation>
    </message>
    <message>
        <source>The number of hosts must be at least 1.</source>
        <translation>主机数量至少为 1。</translation>
    </message>
    <message>
        <source>{hosts} hosts do not fit in any IPv{version} network (at most {most}).</source>
        <translation>{hosts} 个主机放不进任何 IPv{version} 网络（最多 {most} 个）。</translation>
    </message>
    <message>
        <source>{hosts} hosts do not fit in one subnet of {network}: a /{prefix} has at most {most} usable hosts.</source>
        <translation>{hosts} 个主机放不进 {network} 的一个子网：/{prefix} 最多只有 {most} 个可用主机地址。</translation>
    </message>
    <message>
        <source>{subnets} subnets use {used} of {total} addresses in {network}; {waste} allocated host addresses are unused (waste); {free} addresses are free.</source>
        <translation>{subnets} 个子网使用了 {network} 中 {total} 个地址里的 {used} 个；{waste} 个已分配的主机地址未被使用（浪费）；{free} 个地址空闲。</translation>
    </message>
    <message>
        <source>{subnets} subnets use {used} of {total} addresses in {network}; {waste} allocated host addresses are unused (waste); {free} addresses are free ({blocks}).</source>
        <translation>{subnets} 个子网使用了 {network} 中 {total} 个地址里的 {used} 个；{waste} 个已分配的主机地址未被使用（浪费）；{free} 个地址空闲（{blocks}）。</translation>
    </message>
    <message>
        <source>Line {line}: {text} has no host count: write a name and a number, e.g. Lab 20.</source>
        <translation>第 {line} 行：{text} 没有主机数：请写名称和数字，例如 Lab 20。</translation>
    </message>
    <message>
        <source>Subnet {number}</source>
        <translation>子网 {number}</translation>
    </message>
    <message>
        <source>Line {line}: {name} needs at least 1 host, not {hosts}.</source>
        <translation>第 {line} 行：{name} 至少需要 1 个主机，而不是 {hosts}。</translation>
    </message>
    <message>
        <source>No requirements yet: write one a line, a name and a host count (Lab 20).</source>
        <translation>还没有需求：每行写一个，包括名称和主机数（Lab 20）。</translation>
    </message>
    <message>
        <source>These subnets do not fit in {network}: they need {needed} addresses ({sizes}) and a /{prefix} has {available}. {name} ({hosts} hosts, a /{misfit_prefix}) is the first that does not fit; the plan needs at least a /{smallest}.</source>
        <translation>这些子网放不进 {network}：它们需要 {needed} 个地址（{sizes}），而 /{prefix} 只有 {available} 个。{name}（{hosts} 个主机，/{misfit_prefix}）是第一个放不下的；该方案至少需要一个 /{smallest}。</translation>
    </message>
    <message>
        <source>Line {line}: {reason}</source>
        <translation>第 {line} 行：{reason}</translation>
    </message>
    <message>
        <source>No networks yet: write one a line, such as 192.168.0.0/24.</source>
        <translation>还没有网络：每行写一个，例如 192.168.0.0/24。</translation>
    </message>
    <message>
        <source>This list has {rows} rows; an export stops at {limit} (about a gigabyte of CSV). Split into fewer, larger subnets or pick a smaller network.</source>
        <translation>此列表有 {rows} 行；导出最多 {limit} 行（约 1 GB 的 CSV）。请划分为数量更少、更大的子网，或选择更小的网络。</translation>
    </message>
</context>
<context>
    <name>trace</name>
    <message>
        <source>fd {fd}</source>
        <translation>文件描述符 {fd}</translation>
    </message>
    <message>
        <source>connected from {address}</source>
        <translation>已从 {address} 连接</translation>
    </message>
    <message>
        <source>{version} {cipher}, key {code} ({status})</source>
        <translation>{version} {cipher}，密钥 {code}（{status}）</translation>
    </message>
    <message>
        <source>new</source>
        <translation>新的</translation>
    </message>
    <message>
        <source>known</source>
        <translation>已知</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>已更改</translation>
    </message>
    <message>
        <source>no TLS answer within {seconds:g} s</source>
        <translation>{seconds:g} 秒内没有 TLS 应答</translation>
    </message>
    <message>
        <source>the handshake did not finish within {seconds:g} s</source>
        <translation>握手未在 {seconds:g} 秒内完成</translation>
    </message>
    <message>
        <source>TLS failed ({reason})</source>
        <translation>TLS 失败（{reason}）</translation>
    </message>
    <message>
        <source>closed the connection</source>
        <translation>服务器关闭了连接</translation>
    </message>
    <message>
        <source>answered without TLS</source>
        <translation>服务器未使用 TLS 应答</translation>
    </message>
    <message>
        <source>reset the connection</source>
        <translation>服务器重置了连接</translation>
    </message>
    <message>
        <source>connecting again without encryption</source>
        <translation>重新连接，不加密</translation>
    </message>
    <message>
        <source>going on without encryption</source>
        <translation>继续，不加密</translation>
    </message>
    <message>
        <source>ok, port {port}</source>
        <translation>成功，端口 {port}</translation>
    </message>
    <message>
        <source>ok: waiting for connections</source>
        <translation>成功：等待连接</translation>
    </message>
    <message>
        <source>fingerprint {code}</source>
        <translation>指纹 {code}</translation>
    </message>
    <message>
        <source>{count:,} messages kept</source>
        <translation>保留了 {count:,} 条消息</translation>
    </message>
    <message>
        <source>failed ({reason}): this connection is closed, the others go on</source>
        <translation>失败（{reason}）：此连接已关闭，其他连接继续</translation>
    </message>
    <message>
        <source>accept() is not called until you resume: the kernel still completes new connections and queues them in the listen backlog (up to {backlog})</source>
        <translation>在你恢复之前不会调用 accept()：内核仍会完成新连接，并把它们放进 listen 队列（最多 {backlog} 个）</translation>
    </message>
    <message>
        <source>accept() is called again: waiting connections are taken</source>
        <translation>再次调用 accept()：正在接受等待中的连接</translation>
    </message>
    <message>
        <source>ok: SO_REUSEADDR off, so a port held by TIME_WAIT connections cannot be bound</source>
        <translation>成功：SO_REUSEADDR 已关闭，因此被 TIME_WAIT 连接占用的端口无法绑定</translation>
    </message>
    <message>
        <source>not finished within {seconds:g} s: the connection is closed</source>
        <translation>{seconds:g} 秒内未完成：连接已关闭</translation>
    </message>
    <message>
        <source>server stopped</source>
        <translation>服务器已停止</translation>
    </message>
    <message>
        <source>closed by the peer</source>
        <translation>已被对方关闭</translation>
    </message>
    <message>
        <source>connection lost</source>
        <translation>连接断开</translation>
    </message>
    <message>
        <source>protocol error</source>
        <translation>协议错误</translation>
    </message>
    <message>
        <source>too slow to read</source>
        <translation>读取太慢</translation>
    </message>
    <message>
        <source>TLS error</source>
        <translation>TLS 错误</translation>
    </message>
    <message>
        <source>TLS handshake timed out</source>
        <translation>TLS 握手超时</translation>
    </message>
    <message>
        <source>plaintext refused: this room accepts only TLS</source>
        <translation>拒绝明文：此聊天室只接受 TLS</translation>
    </message>
    <message>
        <source>kicked</source>
        <translation>被主持人移除</translation>
    </message>
    <message>
        <source>banned</source>
        <translation>已被封禁</translation>
    </message>
    <message>
        <source>no complete line</source>
        <translation>没有完整的一行</translation>
    </message>
    <message>
        <source>password needs TLS</source>
        <translation>密码需要 TLS</translation>
    </message>
    <message>
        <source>no password</source>
        <translation>未输入密码</translation>
    </message>
    <message>
        <source>wrong password</source>
        <translation>密码错误</translation>
    </message>
    <message>
        <source>made room for a newcomer</source>
        <translation>为新来者腾出位置</translation>
    </message>
    <message>
        <source>too many new identities</source>
        <translation>新身份过多</translation>
    </message>
    <message>
        <source>reconnected</source>
        <translation>已重新连接</translation>
    </message>
    <message>
        <source>bad hello</source>
        <translation>错误的 hello</translation>
    </message>
    <message>
        <source>quit</source>
        <translation>主动退出</translation>
    </message>
    <message>
        <source>{summary} in {ms:.1f} ms</source>
        <translation>{summary}，用时 {ms:.1f} 毫秒</translation>
    </message>
    <message>
        <source>no answer after {seconds:g} s (abandoned)</source>
        <translation>{seconds:g} 秒后仍无应答（已放弃）</translation>
    </message>
    <message>
        <source>{count} address(es)</source>
        <translation>{count} 个地址</translation>
    </message>
    <message>
        <source>looking up...</source>
        <translation>正在查询...</translation>
    </message>
    <message>
        <source>{reason} from {source}, icmp_seq={seq}</source>
        <translation>{reason}，来自 {source}，icmp_seq={seq}</translation>
    </message>
    <message>
        <source>echo reply icmp_seq={seq} from {source}</source>
        <translation>回显应答 icmp_seq={seq}，来自 {source}</translation>
    </message>
    <message>
        <source>echo reply icmp_seq={seq} from {source}, ttl={ttl}</source>
        <translation>回显应答 icmp_seq={seq}，来自 {source}，ttl={ttl}</translation>
    </message>
    <message>
        <source>pid {pid}</source>
        <translation>进程号 {pid}</translation>
    </message>
    <message>
        <source>status {status}</source>
        <translation>退出状态 {status}</translation>
    </message>
    <message>
        <source>{state} ({detail})</source>
        <translation>{state}（{detail}）</translation>
    </message>
    <message>
        <source>{count:,} bytes from {source}: ignored, {problem} ({total:,} ignored so far)</source>
        <translation>来自 {source} 的 {count:,} 字节：已忽略，{problem}（迄今共忽略 {total:,} 个）</translation>
    </message>
    <message>
        <source>no interface reaches {host}: nothing to announce</source>
        <translation>没有接口能到达 {host}：无需广播</translation>
    </message>
    <message>
        <source>every {seconds:g} s on UDP port {port}</source>
        <translation>每 {seconds:g} 秒一次，UDP 端口 {port}</translation>
    </message>
    <message>
        <source>ok: listening for discovery queries</source>
        <translation>成功：正在监听发现查询</translation>
    </message>
    <message>
        <source>query from {source}: not answered, outside this server&apos;s network</source>
        <translation>来自 {source} 的查询：未应答，不在本服务器的网络内</translation>
    </message>
    <message>
        <source>query from {source}</source>
        <translation>来自 {source} 的查询</translation>
    </message>
    <message>
        <source>ok, port {port}: answers come back here</source>
        <translation>成功，端口 {port}：应答会发回这里</translation>
    </message>
    <message>
        <source>ok: listening for announcements</source>
        <translation>成功：正在监听广播</translation>
    </message>
    <message>
        <source>goodbye from {source}, signed by {code}: server stopped</source>
        <translation>来自 {source} 的告别，由 {code} 签名：服务器已停止</translation>
    </message>
    <message>
        <source>goodbye for {name} from {source}: ignored, it announced from {sources}</source>
        <translation>来自 {source} 的 {name} 告别：已忽略，它是从 {sources} 广播的</translation>
    </message>
    <message>
        <source>goodbye from {source}: server stopped</source>
        <translation>来自 {source} 的告别：服务器已停止</translation>
    </message>
    <message>
        <source>announcement from {source}: {name}, chat port {port}, {users} online{signed}</source>
        <translation>来自 {source} 的广播：{name}，聊天端口 {port}，{users} 人在线{signed}</translation>
    </message>
    <message>
        <source>answer in {ms:.2f} ms from {source}: {name}, chat port {port}, {users} online{signed}</source>
        <translation>{ms:.2f} 毫秒后收到来自 {source} 的应答：{name}，聊天端口 {port}，{users} 人在线{signed}</translation>
    </message>
    <message>
        <source>, signed by {code}</source>
        <translation>，由 {code} 签名</translation>
    </message>
    <message>
        <source>, unsigned</source>
        <translation>，未签名</translation>
    </message>
    <message>
        <source>{sender} announces more than {count} servers</source>
        <translation>{sender} 广播了超过 {count} 个服务器</translation>
    </message>
    <message>
        <source>its id is signed by {code}</source>
        <translation>它的 ID 由 {code} 签名</translation>
    </message>
    <message>
        <source>its id is signed by {code}, a key you pinned</source>
        <translation>它的 ID 由 {code} 签名，这是你已固定的密钥</translation>
    </message>
    <message>
        <source>not a SocketLab discovery datagram</source>
        <translation>不是 SocketLab 发现数据报</translation>
    </message>
    <message>
        <source>{count:,} bytes, longer than a discovery datagram ({limit:,})</source>
        <translation>{count:,} 字节，超过发现数据报的长度（{limit:,}）</translation>
    </message>
    <message>
        <source>no valid version number</source>
        <translation>没有有效的版本号</translation>
    </message>
    <message>
        <source>an announcement needs a name</source>
        <translation>广播需要一个名称</translation>
    </message>
    <message>
        <source>{key} must be true or false</source>
        <translation>{key} 必须为 true 或 false</translation>
    </message>
    <message>
        <source>unknown type {kind}</source>
        <translation>未知类型 {kind}</translation>
    </message>
    <message>
        <source>a signed datagram needs key, ts and sig together</source>
        <translation>已签名的数据报需要同时包含 key、ts 和 sig</translation>
    </message>
    <message>
        <source>{key} must be base64 of at most {limit} bytes</source>
        <translation>{key} 必须是不超过 {limit} 字节的 base64</translation>
    </message>
    <message>
        <source>{key} must be 1-64 letters, digits, - or _</source>
        <translation>{key} 必须由 1-64 个字母、数字、- 或 _ 组成</translation>
    </message>
    <message>
        <source>{key} must be a whole number from {low} to {high}</source>
        <translation>{key} 必须是 {low} 到 {high} 之间的整数</translation>
    </message>
    <message>
        <source>{key} must be a number from {low:g} to {high:g}</source>
        <translation>{key} 必须是 {low:g} 到 {high:g} 之间的数</translation>
    </message>
    <message>
        <source>its signature does not match its key and content (forged or altered)</source>
        <translation>签名与其密钥和内容不符（伪造或被篡改）</translation>
    </message>
    <message>
        <source>signed {seconds:,.0f} s ahead of this machine&apos;s clock (at most {window:g} s): a replay, or a clock is wrong</source>
        <translation>签名时间比本机时钟快 {seconds:,.0f} 秒（最多允许 {window:g} 秒）：重放，或某个时钟有误</translation>
    </message>
    <message>
        <source>signed {seconds:,.0f} s behind this machine&apos;s clock (at most {window:g} s): a replay, or a clock is wrong</source>
        <translation>签名时间比本机时钟慢 {seconds:,.0f} 秒（最多允许 {window:g} 秒）：重放，或某个时钟有误</translation>
    </message>
    <message>
        <source>unsigned, for a room signed by {code}</source>
        <translation>未签名，但该聊天室由 {code} 签名</translation>
    </message>
    <message>
        <source>signed by {code}, but this room id belongs to {owner}</source>
        <translation>由 {code} 签名，但此聊天室 ID 属于 {owner}</translation>
    </message>
    <message>
        <source>signed earlier than one already heard from this room (a replay)</source>
        <translation>签名时间早于已收到的该聊天室消息（重放）</translation>
    </message>
    <message>
        <source>a goodbye unsigned for a room signed by {owner}</source>
        <translation>未签名的告别，但该聊天室由 {owner} 签名</translation>
    </message>
    <message>
        <source>a goodbye signed by another key ({code}) for a room signed by {owner}</source>
        <translation>由另一个密钥（{code}）签名的告别，但该聊天室由 {owner} 签名</translation>
    </message>
    <message>
        <source>a goodbye older than the room&apos;s last announcement</source>
        <translation>告别早于该聊天室的最后一次广播</translation>
    </message>
    <message>
        <source>silent for {seconds:.1f} s (it announces every {interval:g} s, taken as {taken:g} s)</source>
        <translation>已沉默 {seconds:.1f} 秒（它每 {interval:g} 秒广播一次，按 {taken:g} 秒计）</translation>
    </message>
    <message>
        <source>b&apos;&apos; (peer closed the connection)</source>
        <translation>b&apos;&apos;（对端关闭了连接）</translation>
    </message>
    <message>
        <source>{count:,} bytes</source>
        <translation>{count:,} 字节</translation>
    </message>
    <message>
        <source>... {count:,} more socket calls not shown (trace is throttled)</source>
        <translation>... 另有 {count:,} 个套接字调用未显示（跟踪已限流）</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>in progress (the handshake has started)</source>
        <translation>进行中（握手已开始）</translation>
    </message>
    <message>
        <source>ok, bound to {address}</source>
        <translation>成功，已绑定到 {address}</translation>
    </message>
    <message>
        <source>ok (the kernel reports {count:,} bytes)</source>
        <translation>成功（内核报告 {count:,} 字节）</translation>
    </message>
    <message>
        <source>started (process {pid})</source>
        <translation>已启动（进程 {pid}）</translation>
    </message>
    <message>
        <source>ok (the kernel now delivers the group&apos;s datagrams)</source>
        <translation>成功（内核现在会投递该组的数据报）</translation>
    </message>
    <message>
        <source>{count:,} bytes from {address}</source>
        <translation>来自 {address} 的 {count:,} 字节</translation>
    </message>
    <message>
        <source>{count:,} bytes in the last {seconds:.1f} s</source>
        <translation>最近 {seconds:.1f} 秒内 {count:,} 字节</translation>
    </message>
    <message>
        <source>{datagrams:,} datagrams in {turns:,} turns of draining until EWOULDBLOCK</source>
        <translation>{turns:,} 轮读取（直到 EWOULDBLOCK）共 {datagrams:,} 个数据报</translation>
    </message>
    <message>
        <source>{drained}: {received}</source>
        <translation>{drained}：{received}</translation>
    </message>
    <message>
        <source>ok (UDP: sets the default destination, sends nothing)</source>
        <translation>成功（UDP：设置默认目的地址，不发送任何数据）</translation>
    </message>
    <message>
        <source>{calls:,} calls: {sent}</source>
        <translation>{calls:,} 次调用：{sent}</translation>
    </message>
</context>
<context>
    <name>transfer</name>
    <message>
        <source>ok, for file transfers</source>
        <extracomment>The IPv6 address a transfer port also listens on, beside its IPv4 one.</extracomment>
        <translation>ok，用于文件传输</translation>
    </message>
    <message>
        <source>Cannot read {path}: {reason}</source>
        <translation>无法读取 {path}：{reason}</translation>
    </message>
    <message>
        <source>{path} changed since it was offered; offer it again.</source>
        <translation>{path} 在发出传输请求后已被修改，请重新发送。</translation>
    </message>
    <message>
        <source>The offer is {size} bytes, more than the {limit} bytes you accept.</source>
        <translation>传输大小为 {size} 字节，超过了您允许的 {limit} 字节。</translation>
    </message>
    <message>
        <source>Not enough free space in {folder}: {need} bytes needed, {free} bytes free.</source>
        <translation>{folder} 中的可用空间不足：需要 {need} 字节，可用 {free} 字节。</translation>
    </message>
    <message>
        <source>The disk holding {folder} is full: free some space, then resume the transfer.</source>
        <translation>{folder} 所在的磁盘已满：请释放一些空间，然后继续传输。</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}</source>
        <translation>无法写入 {path}：{reason}</translation>
    </message>
    <message>
        <source>The connection to {peer} was lost; trying again.</source>
        <translation>与 {peer} 的连接已断开，正在重试。</translation>
    </message>
    <message>
        <source>Pieces of {name} failed their SHA-256 check ({count}); fetching them again.</source>
        <translation>{name} 的部分数据块未通过 SHA-256 校验（{count} 个），正在重新获取。</translation>
    </message>
    <message>
        <source>{name} does not match its SHA-256 after every piece was checked; fetching it again.</source>
        <translation>{name} 的所有数据块均已校验，但整个文件与其 SHA-256 不符，正在重新获取。</translation>
    </message>
    <message>
        <source>{name} kept arriving damaged; the transfer stopped.</source>
        <translation>{name} 多次接收均已损坏，传输已停止。</translation>
    </message>
    <message>
        <source>{peer} stopped the transfer: {reason}</source>
        <translation>{peer} 停止了传输：{reason}</translation>
    </message>
    <message>
        <source>{peer} cancelled the transfer.</source>
        <extracomment>What the sender&apos;s refusal codes mean, in our own words (its `text` is only logged: it is in the sender&apos;s language, and anyone could write anything there).</extracomment>
        <translation>{peer} 取消了传输。</translation>
    </message>
    <message>
        <source>{peer} no longer offers this transfer.</source>
        <translation>{peer} 已不再提供此传输。</translation>
    </message>
    <message>
        <source>{peer}&apos;s file changed since it was offered; ask them to offer it again.</source>
        <translation>{peer} 的文件在发出后已更改：请让对方重新发送。</translation>
    </message>
    <message>
        <source>{peer} cannot read the file they offered.</source>
        <translation>{peer} 无法读取其提供的文件。</translation>
    </message>
    <message>
        <source>{peer}&apos;s transfer is encrypted, and this connection was not.</source>
        <translation>{peer} 的传输已加密，而此连接未加密。</translation>
    </message>
    <message>
        <source>There is no transfer {transfer_id}.</source>
        <translation>不存在传输 {transfer_id}。</translation>
    </message>
    <message>
        <source>{peer} declined.</source>
        <translation>{peer} 已拒绝。</translation>
    </message>
    <message>
        <source>You declined.</source>
        <translation>您已拒绝。</translation>
    </message>
    <message>
        <source>{name} would be written outside {folder}; refused.</source>
        <translation>{name} 将被写入 {folder} 之外，已拒绝。</translation>
    </message>
    <message>
        <source>{peer}&apos;s transfer connection showed another key than the one offered through the room; refused.</source>
        <translation>{peer} 的传输连接出示的密钥与通过聊天室发来的传输请求中的密钥不同，已拒绝。</translation>
    </message>
    <message>
        <source>Cannot encrypt the transfer: {reason}</source>
        <translation>无法加密传输：{reason}</translation>
    </message>
    <message>
        <source>the room&apos;s relay, for a file transfer the receiver cannot fetch directly</source>
        <translation>房间的中转：接收方无法直接获取文件</translation>
    </message>
    <message>
        <source>The files sent do not match the offer; refused.</source>
        <translation>发送的文件与传输请求不符，已拒绝。</translation>
    </message>
    <message>
        <source>{path} does not exist or cannot be read.</source>
        <translation>{path} 不存在或无法读取。</translation>
    </message>
    <message>
        <source>Too many files: at most {limit} in one offer.</source>
        <translation>文件过多：一次最多发送 {limit} 个。</translation>
    </message>
    <message>
        <source>ok, relaying file transfers that cannot go direct</source>
        <translation>成功，无法直连的文件传输将由此中转</translation>
    </message>
</context>
<context>
    <name>udp</name>
    <message>
        <source>{group} is not a multicast group: use 224.0.0.0-239.255.255.255 (IPv4) or an ff00::/8 address (IPv6).</source>
        <extracomment>The IPv4 limited broadcast address: every host on the local link.</extracomment>
        <translation>{group} 不是组播组地址：请使用 224.0.0.0-239.255.255.255 (IPv4) 或 ff00::/8 中的地址 (IPv6)。</translation>
    </message>
    <message>
        <source>There is no network interface called {name} on this machine.</source>
        <translation>本机没有名为 {name} 的网络接口。</translation>
    </message>
    <message>
        <source>{interface} is not an IPv4 address: for IPv4 the multicast interface is given by one of this machine&apos;s addresses, such as 192.168.1.20 or 127.0.0.1.</source>
        <translation>{interface} 不是 IPv4 地址：对于 IPv4，组播接口要用本机的某个地址来指定，例如 192.168.1.20 或 127.0.0.1。</translation>
    </message>
    <message>
        <source>Text</source>
        <extracomment>The largest UDP payload over IPv4: 65,535 (IP total length) - 20 (IP header) - 8 (UDP). The largest UDP payload over IPv6 without jumbograms: 65,535 (payload length) - 8 (UDP). The encodings offered for text, by the name people know, with Python&apos;s codec name. Lists put the current language&apos;s own first (app.translations.PREFERRED_ENCODINGS).</extracomment>
        <translation>文本</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>Hex</translation>
    </message>
    <message>
        <source>Text with escapes</source>
        <translation>带转义的文本</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>hex</source>
        <translation>hex</translation>
    </message>
    <message>
        <source>text with escapes</source>
        <translation>带转义的文本</translation>
    </message>
    <message>
        <source>Unknown encoding {encoding}: choose one of {names}.</source>
        <translation>未知编码 {encoding}：请从 {names} 中选择一种。</translation>
    </message>
    <message>
        <source>{char} (U+{code}) at position {position} cannot be written in {encoding}: choose UTF-8 (or another encoding that has it), or remove it.</source>
        <translation>位置 {position} 的字符 {char} (U+{code}) 无法用 {encoding} 编码：请选择 UTF-8（或其他包含该字符的编码），或删除它。</translation>
    </message>
    <message>
        <source>{char} at position {position} is not a hex digit: use 0-9 and a-f, two digits per byte (spaces between bytes are fine).</source>
        <translation>位置 {position} 的 {char} 不是十六进制数字：请使用 0-9 和 a-f，每个字节两位（字节之间可以有空格）。</translation>
    </message>
    <message>
        <source>Hex needs two digits per byte, but there are {count} digits: add the missing digit (write 0A, not A).</source>
        <translation>十六进制每个字节需要两位数字，但现在共有 {count} 位：请补上缺少的一位（写 0A，而不是 A）。</translation>
    </message>
    <message>
        <source>{char} (U+{code}) at position {position} cannot be written in {encoding}: choose UTF-8, or write its bytes as \xNN.</source>
        <translation>位置 {position} 的字符 {char} (U+{code}) 无法用 {encoding} 编码：请选择 UTF-8，或把它的字节写成 \xNN。</translation>
    </message>
    <message>
        <source>A lone backslash ends the payload at position {position}: write \\ for a backslash.</source>
        <translation>数据在位置 {position} 以单个反斜杠结尾：要表示反斜杠本身，请写 \\。</translation>
    </message>
    <message>
        <source>\x at position {position} needs two hex digits (\x0A, \xff), got {got}.</source>
        <translation>位置 {position} 的 \x 后面需要两位十六进制数字（\x0A、\xff），实际是 {got}。</translation>
    </message>
    <message>
        <source>Unknown escape {escape} at position {position}: use \n \r \t \0 \\ or \xNN.</source>
        <translation>位置 {position} 有未知的转义序列 {escape}：请使用 \n \r \t \0 \\ 或 \xNN。</translation>
    </message>
    <message>
        <source>65,535 bytes of IPv6 payload minus the 8-byte UDP header</source>
        <translation>65,535 字节的 IPv6 负载减去 8 字节的 UDP 头部</translation>
    </message>
    <message>
        <source>65,535 bytes of IP packet minus the 20-byte IP header and the 8-byte UDP header</source>
        <translation>65,535 字节的 IP 包减去 20 字节的 IP 头部和 8 字节的 UDP 头部</translation>
    </message>
    <message>
        <source>The datagram is {total:,} bytes ({size:,} + the {header}-byte sequence header): UDP over {version} carries at most {limit:,} bytes ({why}). Make the payload {excess:,} bytes smaller or split it into several datagrams.</source>
        <translation>数据报有 {total:,} 字节（{size:,} + {header} 字节的序号头部）：{version} 上的 UDP 最多承载 {limit:,} 字节（{why}）。请把数据减少 {excess:,} 字节，或拆分成多个数据报。</translation>
    </message>
    <message>
        <source>The datagram is {total:,} bytes: UDP over {version} carries at most {limit:,} bytes ({why}). Make the payload {excess:,} bytes smaller or split it into several datagrams.</source>
        <translation>数据报有 {total:,} 字节：{version} 上的 UDP 最多承载 {limit:,} 字节（{why}）。请把数据减少 {excess:,} 字节，或拆分成多个数据报。</translation>
    </message>
    <message>
        <source>the default interface</source>
        <extracomment>The receive buffer the engine asks for; Linux caps it at net.core.rmem_max. The largest datagram recvfrom() may return (IPv6 payloads reach 65,527 bytes). The counters carry the counts of at most this many streams (the most recently heard); the totals count every stream. Under a flood the trace gets one summary line per this many seconds.</extracomment>
        <translation>默认接口</translation>
    </message>
    <message>
        <source>Could not join {group} on {interface}: {reason} Check the interface (an address of this machine for IPv4, a name such as eth0 for IPv6).</source>
        <translation>无法加入 {group}（接口：{interface}）：{reason} 请检查接口（IPv4 用本机的某个地址，IPv6 用接口名，如 eth0）。</translation>
    </message>
    <message>
        <source>Packet {number} is not an object with name, target and payload.</source>
        <translation>第 {number} 个数据包不是包含 name、target 和 payload 的对象。</translation>
    </message>
    <message>
        <source>Packet {number} has no text {key}.</source>
        <translation>第 {number} 个数据包缺少文本字段 {key}。</translation>
    </message>
    <message>
        <source>Packet {number} ({name}) has payload_format {value}: use text, hex or escapes.</source>
        <translation>第 {number} 个数据包（{name}）的 payload_format 为 {value}：请使用 text、hex 或 escapes。</translation>
    </message>
    <message>
        <source>Packet {number} ({name}) has encoding {value}: use one of {choices}.</source>
        <translation>第 {number} 个数据包（{name}）的编码为 {value}：请使用 {choices} 之一。</translation>
    </message>
    <message>
        <source>Not a packets file: invalid JSON at line {line}, column {column} ({reason}).</source>
        <translation>不是数据包文件：第 {line} 行第 {column} 列的 JSON 无效（{reason}）。</translation>
    </message>
    <message>
        <source>Not a SocketLab packets file (format is {format}).</source>
        <translation>不是 SocketLab 数据包文件（格式为 {format}）。</translation>
    </message>
    <message>
        <source>This packets file has version {version}; this SocketLab reads version {supported}. Update SocketLab to read it.</source>
        <translation>此数据包文件的版本为 {version}；当前 SocketLab 只能读取版本 {supported}。请更新 SocketLab 后再读取。</translation>
    </message>
    <message>
        <source>Not a packets file: expected an object with a &quot;packets&quot; list.</source>
        <translation>不是数据包文件：应为包含 &quot;packets&quot; 列表的对象。</translation>
    </message>
    <message>
        <source>Nobody is listening on {target}: that host answered an earlier datagram with ICMP &apos;port unreachable&apos;. UDP itself never notices; the OS reports it on the next send or receive of the socket. Start a receiver there, or check the port.</source>
        <extracomment>How often progress is reported while a job runs. At full speed the trace gets one summary line of sends per this many seconds. Replies read per readiness before the loop looks at other work.</extracomment>
        <translation>{target} 上没有程序在监听：该主机对之前的一个数据报回复了 ICMP “port unreachable”（端口不可达）。UDP 本身察觉不到这一点，操作系统会在该套接字下一次发送或接收时报告。请在那里启动接收端，或检查端口。</translation>
    </message>
    <message>
        <source>No interface can send to the multicast group {target}: the OS has no multicast route. Set the multicast interface (an address of this machine for IPv4, an interface name or index for IPv6); some interfaces, like Linux&apos;s loopback for IPv6, do not do multicast at all.</source>
        <translation>没有任何接口能向组播组 {target} 发送：操作系统没有组播路由。请设置组播接口（IPv4 用本机的某个地址，IPv6 用接口名或索引）；有些接口根本不支持组播，例如 Linux 上 IPv6 的环回接口。</translation>
    </message>
    <message>
        <source>[seq {number:,}] {preview}</source>
        <extracomment>How far behind the newest number a datagram may arrive and still be told apart exactly: reordered (it was missing) or duplicate (it came before). Each stream that ever had a gap keeps one byte per number of this window (4 KiB), whatever the numbers; a jump of any size beyond it counts the skipped numbers as lost without storing them, and a number further behind than this counts as a duplicate (too late to tell). 4,096 covers a second of reordering at about 4,000 datagrams a second. How many streams, per (source address, stream id), one counter follows. A new one beyond this evicts the least recently heard (its counts stay in the totals), so a sender spraying stream ids or source ports cannot grow the table: at most about 1,024 x 4 KiB = 4 MiB.</extracomment>
        <translation>[序号 {number:,}] {preview}</translation>
    </message>
</context>
</TS>
