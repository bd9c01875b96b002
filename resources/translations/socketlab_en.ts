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
        <source>The new language applies when SocketLab is started again.</source>
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
        <source>Chat will host or join a LAN chat, and work as a raw TCP terminal. It is not built yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UDP will send and receive datagrams: unicast, broadcast and multicast. It is not built yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subnet will calculate IPv4 and IPv6 networks and show address AND mask in bits. It is not built yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnostics will show interfaces, ping, DNS, port checks and this machine&apos;s sockets. It is not built yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
