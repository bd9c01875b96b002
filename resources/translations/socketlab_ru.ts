<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About {app}</source>
        <extracomment>{app} is the application&apos;s name, SocketLab.</extracomment>
        <translation>О программе {app}</translation>
    </message>
    <message>
        <source>A desktop lab for LAN chat, UDP datagrams, subnets and network diagnostics.</source>
        <translation>Настольная лаборатория для чата в локальной сети, UDP-датаграмм, подсетей и диагностики сети.</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Версии</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Tools</source>
        <translation>Инструменты</translation>
    </message>
    <message>
        <source>Ctrl+1 to Ctrl+{last} or Ctrl+Tab switch between the tools</source>
        <extracomment>{last} is the number of the last tool&apos;s shortcut (Ctrl+4 with four tools).</extracomment>
        <translation>Ctrl+1…Ctrl+{last} или Ctrl+Tab переключают инструменты</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Тема</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;Системная</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>С&amp;ветлая</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Тёмная</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>&amp;System default</source>
        <translation>Как в &amp;системе</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;About {app}</source>
        <extracomment>{app} is the application&apos;s name, SocketLab.</extracomment>
        <translation>&amp;О программе {app}</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>О &amp;Qt</translation>
    </message>
    <message>
        <source>The new language applies when SocketLab is started again.</source>
        <translation>Новый язык будет применён при следующем запуске SocketLab.</translation>
    </message>
</context>
<context>
    <name>Tabs</name>
    <message>
        <source>Chat</source>
        <translation>Чат</translation>
    </message>
    <message>
        <source>UDP</source>
        <translation>UDP</translation>
    </message>
    <message>
        <source>Subnet</source>
        <translation>Подсети</translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation>Диагностика</translation>
    </message>
    <message>
        <source>Chat will host or join a LAN chat, and work as a raw TCP terminal. It is not built yet.</source>
        <translation>Здесь можно будет создать чат в локальной сети или подключиться к нему, а также работать как простой TCP-терминал. Вкладка ещё не готова.</translation>
    </message>
    <message>
        <source>UDP will send and receive datagrams: unicast, broadcast and multicast. It is not built yet.</source>
        <translation>Здесь можно будет отправлять и принимать датаграммы: одноадресные, широковещательные и групповые. Вкладка ещё не готова.</translation>
    </message>
    <message>
        <source>Subnet will calculate IPv4 and IPv6 networks and show address AND mask in bits. It is not built yet.</source>
        <translation>Здесь можно будет рассчитывать сети IPv4 и IPv6 и видеть «адрес AND маска» по битам. Вкладка ещё не готова.</translation>
    </message>
    <message>
        <source>Diagnostics will show interfaces, ping, DNS, port checks and this machine&apos;s sockets. It is not built yet.</source>
        <translation>Здесь будут сетевые интерфейсы, ping, DNS, проверка портов и сокеты этого компьютера. Вкладка ещё не готова.</translation>
    </message>
</context>
</TS>
