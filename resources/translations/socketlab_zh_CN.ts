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
        <source>The new language applies when SocketLab is started again.</source>
        <translation>新的语言将在下次启动 SocketLab 时生效。</translation>
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
        <source>Chat will host or join a LAN chat, and work as a raw TCP terminal. It is not built yet.</source>
        <translation>这里将可以创建或加入局域网聊天，也可以用作原始 TCP 终端。此标签页尚未完成。</translation>
    </message>
    <message>
        <source>UDP will send and receive datagrams: unicast, broadcast and multicast. It is not built yet.</source>
        <translation>这里将可以收发数据报：单播、广播和组播。此标签页尚未完成。</translation>
    </message>
    <message>
        <source>Subnet will calculate IPv4 and IPv6 networks and show address AND mask in bits. It is not built yet.</source>
        <translation>这里将可以计算 IPv4 和 IPv6 网络，并按位显示“地址 AND 掩码”。此标签页尚未完成。</translation>
    </message>
    <message>
        <source>Diagnostics will show interfaces, ping, DNS, port checks and this machine&apos;s sockets. It is not built yet.</source>
        <translation>这里将显示网络接口、ping、DNS、端口检查以及本机的套接字。此标签页尚未完成。</translation>
    </message>
</context>
</TS>
