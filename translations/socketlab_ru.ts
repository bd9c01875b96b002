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
        <translation>Настольная лаборатория для чата в локальной сети, UDP-дейтаграмм, подсетей и диагностики сети.</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Версии</translation>
    </message>
</context>
<context>
    <name>BindCombo</name>
    <message>
        <source>All interfaces ({address})</source>
        <translation>Все интерфейсы ({address})</translation>
    </message>
    <message>
        <source>This computer only ({address})</source>
        <translation>Только этот компьютер ({address})</translation>
    </message>
    <message>
        <source>Listen on</source>
        <translation>Слушать на</translation>
    </message>
    <message>
        <source>The address the server listens on. All interfaces: anyone on your LAN can join. This computer only: just programs on this machine.</source>
        <translation>Адрес, на котором слушает сервер. Все интерфейсы: подключиться может любой в вашей локальной сети. Только этот компьютер: лишь программы на этой машине.</translation>
    </message>
</context>
<context>
    <name>BitsView</name>
    <message>
        <source>network bits: {count}</source>
        <translation>биты сети: {count}</translation>
    </message>
    <message>
        <source>host bits: {count}</source>
        <translation>биты узла: {count}</translation>
    </message>
    <message>
        <source>each network bit = address bit AND mask bit</source>
        <translation>каждый бит сети = бит адреса AND бит маски</translation>
    </message>
    <message>
        <source>Bits</source>
        <translation>Биты</translation>
    </message>
</context>
<context>
    <name>ChannelSecurity</name>
    <message>
        <source>Not encrypted</source>
        <translation>Без шифрования</translation>
    </message>
    <message>
        <source>This server does not offer encryption: anyone capturing the LAN can read what is said.</source>
        <translation>Этот сервер не предлагает шифрование: любой, кто перехватывает трафик в сети, может прочитать разговор.</translation>
    </message>
    <message>
        <source>KEY CHANGED: not connected</source>
        <translation>КЛЮЧ ИЗМЕНИЛСЯ: не подключено</translation>
    </message>
    <message>
        <source>Encrypted, new key {code}</source>
        <translation>Зашифровано, новый ключ {code}</translation>
    </message>
    <message>
        <source>First visit to this server: its key is remembered now. Check the code with the host; if it ever changes, SocketLab warns you.</source>
        <translation>Первое подключение к этому серверу: его ключ запомнен. Сверьте код с организатором; если ключ когда-нибудь изменится, SocketLab предупредит вас.</translation>
    </message>
    <message>
        <source>Encrypted, known key {code}</source>
        <translation>Зашифровано, известный ключ {code}</translation>
    </message>
    <message>
        <source>The same key as on your earlier visits to this server.</source>
        <translation>Тот же ключ, что и при прежних подключениях к этому серверу.</translation>
    </message>
    <message>
        <source>The server&apos;s key has changed</source>
        <translation>Ключ сервера изменился</translation>
    </message>
    <message>
        <source>The server at {server} showed a different key than on your last visit.</source>
        <translation>Сервер {server} показал другой ключ, чем при прошлом подключении.</translation>
    </message>
    <message>
        <source>Pinned key: {old}
Key shown now: {new}

If the host made a new key (a new computer, or its key file was deleted), ask them to read their code aloud and compare. If they did not, someone may be pretending to be this server to read the chat: do not trust the new key.</source>
        <translation>Запомненный ключ: {old}
Показанный сейчас ключ: {new}

Если организатор создал новый ключ (новый компьютер или удалённый файл ключа), попросите его прочитать код вслух и сравните. Если нет, кто-то может выдавать себя за этот сервер, чтобы читать чат: не доверяйте новому ключу.</translation>
    </message>
    <message>
        <source>Do not connect</source>
        <translation>Не подключаться</translation>
    </message>
    <message>
        <source>Trust the new key</source>
        <translation>Доверять новому ключу</translation>
    </message>
</context>
<context>
    <name>ChatInput</name>
    <message>
        <source>Message</source>
        <extracomment>The biggest paste the box accepts. How many sent lines Up/Down can recall. The most lines the box grows to before it scrolls.</extracomment>
        <translation>Сообщение</translation>
    </message>
    <message>
        <source>Enter sends, Shift+Enter starts a new line, Up and Down recall sent lines</source>
        <translation>Enter отправляет, Shift+Enter начинает новую строку, стрелки вверх и вниз вызывают отправленные строки</translation>
    </message>
    <message>
        <source>Type a message, Enter to send (Shift+Enter: new line, /help: commands)</source>
        <translation>Сообщение; Enter — отправить, Shift+Enter — новая строка, /help</translation>
    </message>
    <message>
        <source>That paste is {size} MiB: the most you can paste is 1 MiB. Nothing was pasted; your text is still here. Send a long text in parts, or share it as a file.</source>
        <translation>Вставляемый текст занимает {size} МиБ, а вставить можно не больше 1 МиБ. Ничего не вставлено, ваш текст на месте. Отправьте длинный текст частями или передайте его файлом.</translation>
    </message>
</context>
<context>
    <name>ChatSession</name>
    <message>
        <source>The chat history cannot be read: {reason}.</source>
        <translation>Не удаётся прочитать историю чата: {reason}.</translation>
    </message>
    <message>
        <source>The outbox file {name} cannot be used: {reason}.</source>
        <translation>Файл очереди отправки {name} нельзя использовать: {reason}.</translation>
    </message>
    <message>
        <source>Too many SocketLab windows are connected to this server.</source>
        <translation>К этому серверу подключено слишком много окон SocketLab.</translation>
    </message>
</context>
<context>
    <name>ChatTab</name>
    <message>
        <source>Export...</source>
        <extracomment>Back-off between reconnect attempts (tests shorten it). How long a new connection waits for a SocketLab greeting before going raw. The UDP port servers announce on (None: the protocol&apos;s 5556; tests use a free one). Makes the finder behind Find servers (None: ask every LAN; tests ask loopback).</extracomment>
        <translation>Экспорт...</translation>
    </message>
    <message>
        <source>Save the conversation as text or CSV</source>
        <translation>Сохранить переписку как текст или CSV</translation>
    </message>
    <message>
        <source>Export Chat Conversation...</source>
        <translation>Экспорт переписки чата...</translation>
    </message>
    <message>
        <source>Save the chat history (or the raw terminal) as text or CSV</source>
        <translation>Сохранить историю чата (или сырого терминала) как текст или CSV</translation>
    </message>
    <message>
        <source>Not connected. Host a chat, or join one.</source>
        <translation>Нет подключения. Создайте чат или подключитесь к существующему.</translation>
    </message>
    <message>
        <source>Cannot create the folder {folder}: {reason}.</source>
        <translation>Не удаётся создать папку {folder}: {reason}.</translation>
    </message>
    <message>
        <source>Starting the server...</source>
        <translation>Запуск сервера...</translation>
    </message>
    <message>
        <source>Disconnected.</source>
        <translation>Отключено.</translation>
    </message>
    <message>
        <source>Saving the last conversation…</source>
        <translation>Сохранение последнего разговора…</translation>
    </message>
    <message>
        <source>File...</source>
        <translation>Файл...</translation>
    </message>
    <message>
        <source>Send files to the room (/send), or to one person (/send NICK); or drop files on the conversation, or on a name</source>
        <translation>Отправить файлы всей комнате (/send) или одному человеку (/send НИК); или перетащите файлы в беседу или на имя</translation>
    </message>
    <message>
        <source>Send File...</source>
        <translation>Отправить файл...</translation>
    </message>
    <message>
        <source>Offer files to everyone in the chat room</source>
        <translation>Предложить файлы всем в комнате чата</translation>
    </message>
    <message>
        <source>Files...</source>
        <translation>Файлы...</translation>
    </message>
    <message>
        <source>Where received files go, who may send without asking, and the size limit</source>
        <translation>Куда сохранять полученные файлы, от кого принимать без вопроса и предел размера</translation>
    </message>
    <message>
        <source>The room calls you {given}: {wanted} was not free there. The next join asks for {wanted} again.</source>
        <translation>В комнате вас зовут {given}: имя {wanted} там уже занято. При следующем входе снова будет запрошено {wanted}.</translation>
    </message>
    <message>
        <source>The room named you {given}. Type a nickname before the next join to choose one.</source>
        <translation>Комната назвала вас {given}. Чтобы выбрать имя самому, введите его перед следующим входом.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Отключиться</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Подключиться</translation>
    </message>
    <message>
        <source>Stop hosting to join another chat.</source>
        <translation>Остановите свой сервер, чтобы подключиться к другому чату.</translation>
    </message>
    <message>
        <source>A chat room is hosted here: everyone in it is disconnected.</source>
        <translation>Здесь открыта комната чата: все её участники будут отключены.</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Send</source>
        <translation>Отправить</translation>
    </message>
    <message>
        <source>Not connected: host a chat or join one first. Your text is still here.</source>
        <translation>Нет подключения: сначала создайте чат или подключитесь к нему. Ваш текст на месте.</translation>
    </message>
    <message>
        <source>Line {number} is {cost} bytes: the chat allows {limit} bytes a line. Split it into shorter lines; your text is still here.</source>
        <translation>Строка {number} занимает {cost} байт, а чат допускает не больше {limit} байт в строке. Разбейте её на строки покороче; ваш текст на месте.</translation>
    </message>
    <message>
        <source>This line is {cost} bytes: the chat allows {limit} bytes a line. Split it into shorter lines; your text is still here.</source>
        <translation>Строка занимает {cost} байт, а чат допускает не больше {limit} байт в строке. Разбейте её на строки покороче; ваш текст на месте.</translation>
    </message>
    <message>
        <source>Not connected any more: your text is still here.</source>
        <translation>Подключение потеряно: ваш текст на месте.</translation>
    </message>
    <message>
        <source>Not connected: the bytes were not sent.</source>
        <translation>Нет подключения: байты не отправлены.</translation>
    </message>
    <message>
        <source>The connection is closed: nothing was sent.</source>
        <translation>Соединение закрыто: ничего не отправлено.</translation>
    </message>
    <message>
        <source>{cost} / {limit} bytes - too long to send</source>
        <translation>{cost} / {limit} байт — слишком длинно для отправки</translation>
    </message>
    <message>
        <source>{cost} / {limit} bytes - near the limit</source>
        <translation>{cost} / {limit} байт — почти предел</translation>
    </message>
    <message>
        <source>{cost} / {limit} bytes</source>
        <translation>{cost} / {limit} байт</translation>
    </message>
</context>
<context>
    <name>ConversationEntry</name>
    <message>
        <source>quit</source>
        <extracomment>Why someone left, as the server says it (protocol words, the same from every server version): shown in the window&apos;s language; an unknown reason as it came.</extracomment>
        <translation>вышел сам</translation>
    </message>
    <message>
        <source>closed the connection</source>
        <translation>соединение закрыто</translation>
    </message>
    <message>
        <source>connection lost</source>
        <translation>соединение потеряно</translation>
    </message>
    <message>
        <source>kicked</source>
        <translation>удалён хозяином чата</translation>
    </message>
    <message>
        <source>reconnected</source>
        <translation>подключился заново</translation>
    </message>
    <message>
        <source>server stopped</source>
        <translation>сервер остановлен</translation>
    </message>
    <message>
        <source>too slow to read</source>
        <translation>слишком медленно читал</translation>
    </message>
    <message>
        <source>protocol error</source>
        <translation>ошибка протокола</translation>
    </message>
    <message>
        <source>made room for a newcomer</source>
        <translation>освободил место новичку</translation>
    </message>
    <message>
        <source>no complete line</source>
        <translation>нет полной строки</translation>
    </message>
    <message>
        <source>bad hello</source>
        <translation>неверное приветствие</translation>
    </message>
    <message>
        <source>too many new identities</source>
        <translation>слишком много новых личностей</translation>
    </message>
    <message>
        <source>banned</source>
        <translation>забанен</translation>
    </message>
    <message>
        <source>no password</source>
        <translation>нет пароля</translation>
    </message>
    <message>
        <source>wrong password</source>
        <translation>неверный пароль</translation>
    </message>
    <message>
        <source>password needs TLS</source>
        <translation>пароль только через TLS</translation>
    </message>
    <message>
        <source>{nick} joined</source>
        <translation>{nick} присоединяется к чату</translation>
    </message>
    <message>
        <source>{nick} left ({reason})</source>
        <translation>{nick} покидает чат ({reason})</translation>
    </message>
    <message>
        <source>{nick} left</source>
        <translation>{nick} покидает чат</translation>
    </message>
    <message>
        <source>{nick} is now {new}</source>
        <translation>{nick} теперь {new}</translation>
    </message>
    <message>
        <source>(private to {nick}) {text}</source>
        <translation>(лично для {nick}) {text}</translation>
    </message>
    <message>
        <source>(private) {text}</source>
        <translation>(лично) {text}</translation>
    </message>
</context>
<context>
    <name>ConversationExport</name>
    <message>
        <source>Nothing to export yet: host or join a chat first.</source>
        <translation>Пока нечего экспортировать: сначала создайте чат или подключитесь к нему.</translation>
    </message>
    <message>
        <source>Export conversation</source>
        <translation>Экспорт переписки</translation>
    </message>
    <message>
        <source>Text (*.txt);;CSV (*.csv)</source>
        <translation>Текст (*.txt);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}.</source>
        <translation>Не удаётся записать {path}: {reason}.</translation>
    </message>
    <message>
        <source>Exporting...</source>
        <translation>Экспорт...</translation>
    </message>
    <message>
        <source>Export cancelled: the window closed.</source>
        <translation>Экспорт отменён: окно закрыто.</translation>
    </message>
    <message>
        <source>Exported to {path}.</source>
        <translation>Экспортировано в {path}.</translation>
    </message>
    <message>
        <source>Export to {path} failed: {reason}.</source>
        <translation>Экспорт в {path} не удался: {reason}.</translation>
    </message>
</context>
<context>
    <name>ConversationView</name>
    <message>
        <source>Conversation</source>
        <translation>Переписка</translation>
    </message>
    <message>
        <source>Up and Down move between the lines (Shift selects), Enter on a message answers its sender privately, Ctrl+C copies the selected lines.</source>
        <translation>Стрелки вверх и вниз переходят между строками (с Shift — выделяют), Enter на сообщении начинает личный ответ его отправителю, Ctrl+C копирует выделенные строки.</translation>
    </message>
    <message>
        <source>Newest messages</source>
        <translation>Новые сообщения</translation>
    </message>
    <message>
        <source>{count} new - show newest</source>
        <translation>Новых: {count} — показать</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>Выделить всё</translation>
    </message>
</context>
<context>
    <name>CountersView</name>
    <message>
        <source>Datagrams</source>
        <extracomment>The hex dump shows at most this many bytes (Copy hex copies them all). The table takes new rows at most this often: at a flood&apos;s rates a person cannot read faster, and every repaint costs CPU the receiving thread would rather have. The decoded text line under the hex dump shows at most this many characters.</extracomment>
        <translation>Дейтаграммы</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Байты</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Скорость</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Потеряно</translation>
    </message>
    <message>
        <source>Out of order</source>
        <translation>Не по порядку</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Дубликаты</translation>
    </message>
    <message>
        <source>Turn on the sender&apos;s sequence header to count these</source>
        <extracomment>What the loss counters&apos; tip says when there are counts: how streams are told apart (the panel sets it, in the window&apos;s language).</extracomment>
        <translation>Включите у отправителя заголовок с номерами, чтобы считать это</translation>
    </message>
</context>
<context>
    <name>DatagramTableModel</name>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Просмотр</translation>
    </message>
</context>
<context>
    <name>DiagnosticsPanel</name>
    <message>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Остановить</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
</context>
<context>
    <name>DiagnosticsTab</name>
    <message>
        <source>Interfaces</source>
        <translation>Интерфейсы</translation>
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
        <translation>Проверка портов</translation>
    </message>
    <message>
        <source>Sockets</source>
        <translation>Сокеты</translation>
    </message>
    <message>
        <source>Neighbours (ARP)</source>
        <translation>Соседи (ARP)</translation>
    </message>
    <message>
        <source>Diagnostics tools</source>
        <translation>Инструменты диагностики</translation>
    </message>
</context>
<context>
    <name>DiscoveryHints</name>
    <message>
        <source>A firewall on either machine: allow SocketLab (or UDP port 5556 and TCP port 5555) on private networks, on the server&apos;s machine and on yours.</source>
        <extracomment>UDP port of discovery queries and announcements (the chat itself is on TCP 5555). IPv6 link-local multicast group (&quot;sl&quot; in hex: 0x73 0x6c). Longer datagrams are not SocketLab discovery datagrams (ours are about 250 bytes). Seconds between announcements: three a minute. A server is forgotten after this many announcement intervals of silence. Answers a server sends per second at most, whoever asks (a query cannot make it flood). A finder keeps at most this many servers (a flood of fake ones cannot fill memory). A finder keeps at most this many servers announced from one address; a sender that announces more replaces its own least recently heard (one machine may run a few). A finder keeps at most this many addresses per server (IPv4, loopback, IPv6 links). The `every` a finder believes is clamped to this range, so an announcement claiming an hour cannot keep an entry for 2.5 hours: it is forgotten after at most 300 s. Seconds after a change in users before the server announces it (changes coalesce). What commonly stops discovery, for the finder&apos;s &quot;nothing answered&quot; message.</extracomment>
        <translation>Брандмауэр на одной из машин: разрешите SocketLab (или UDP-порт 5556 и TCP-порт 5555) в частных сетях — и на машине сервера, и на своей.</translation>
    </message>
    <message>
        <source>Client isolation on Wi-Fi: guest, hotel, campus and some office networks stop devices from seeing each other. Try a home network or a phone&apos;s hotspot.</source>
        <translation>Изоляция клиентов в Wi-Fi: гостевые, гостиничные, университетские и некоторые офисные сети не дают устройствам видеть друг друга. Попробуйте домашнюю сеть или точку доступа телефона.</translation>
    </message>
    <message>
        <source>Different subnets: broadcasts do not cross routers. Compare both machines&apos; addresses and masks (Diagnostics, Interfaces); 192.168.1.x/24 and 192.168.0.x/24 are different networks.</source>
        <translation>Разные подсети: широковещательная рассылка не проходит через маршрутизаторы. Сравните адреса и маски обеих машин (Диагностика, Интерфейсы); 192.168.1.x/24 и 192.168.0.x/24 — разные сети.</translation>
    </message>
    <message>
        <source>The server was started with announcements off (socketlab serve --no-announce).</source>
        <translation>Сервер запущен без объявлений (socketlab serve --no-announce).</translation>
    </message>
    <message>
        <source>You can still join by typing the server&apos;s address: the server shows it (&quot;On your LAN: 192.168.1.23:5555&quot;).</source>
        <translation>Вы всё равно можете подключиться, введя адрес сервера: сервер его показывает (&quot;On your LAN: 192.168.1.23:5555&quot;).</translation>
    </message>
</context>
<context>
    <name>DnsPanel</name>
    <message>
        <source>Query</source>
        <translation>Запрос</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>a name (example.com) or an address (127.0.0.1)</source>
        <translation>имя (example.com) или адрес (127.0.0.1)</translation>
    </message>
    <message>
        <source>Name or address</source>
        <translation>Имя или адрес</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Автоматически</translation>
    </message>
    <message>
        <source>Name → addresses (A, AAAA)</source>
        <translation>Имя → адреса (A, AAAA)</translation>
    </message>
    <message>
        <source>Address → name (reverse)</source>
        <translation>Адрес → имя (обратный запрос)</translation>
    </message>
    <message>
        <source>Lookup kind</source>
        <translation>Вид запроса</translation>
    </message>
    <message>
        <source> s</source>
        <translation> с</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>Тайм-аут</translation>
    </message>
    <message>
        <source>Look up</source>
        <translation>Найти</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Очистить</translation>
    </message>
    <message>
        <source>Lookup status</source>
        <translation>Состояние запроса</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Ответы</translation>
    </message>
    <message>
        <source>Name or address:</source>
        <translation>Имя или адрес:</translation>
    </message>
    <message>
        <source>Timeout:</source>
        <translation>Тайм-аут:</translation>
    </message>
    <message>
        <source>DNS</source>
        <translation>DNS</translation>
    </message>
    <message>
        <source>Which IP addresses does a name stand for, and which name does an address have? Asked through the system resolver, like every program on this machine (like nslookup or dig).</source>
        <translation>Каким IP-адресам соответствует имя и какое имя у адреса? Запрос идёт через системный резолвер, как у любой программы на этом компьютере (как nslookup или dig).</translation>
    </message>
    <message numerus="yes">
        <source>{name}: %Ln address(es) ({ipv4} IPv4, {ipv6} IPv6) in {time}.</source>
        <translation>
            <numerusform>{name}: %Ln адрес (IPv4: {ipv4}, IPv6: {ipv6}) за {time}.</numerusform>
            <numerusform>{name}: %Ln адреса (IPv4: {ipv4}, IPv6: {ipv6}) за {time}.</numerusform>
            <numerusform>{name}: %Ln адресов (IPv4: {ipv4}, IPv6: {ipv6}) за {time}.</numerusform>
        </translation>
    </message>
    <message>
        <source>From the hosts file ({path}): no DNS packet was sent.</source>
        <extracomment>{path} is the hosts file, /etc/hosts on Linux and macOS.</extracomment>
        <translation>Из файла hosts ({path}): DNS-запрос не отправлялся.</translation>
    </message>
    <message>
        <source>{query} is already an address: choose Automatic or reverse to find its name.</source>
        <translation>{query} — уже адрес: выберите «Автоматически» или обратный запрос, чтобы узнать его имя.</translation>
    </message>
    <message>
        <source>Looking up the name of {query}...</source>
        <translation>Поиск имени для {query}...</translation>
    </message>
    <message>
        <source>Looking up the addresses of {query}...</source>
        <translation>Поиск адресов для {query}...</translation>
    </message>
    <message>
        <source>Stopped the lookup of {query}.</source>
        <translation>Поиск {query} остановлен.</translation>
    </message>
    <message>
        <source>No answer for {query}.</source>
        <translation>Нет ответа для {query}.</translation>
    </message>
    <message>
        <source>alias</source>
        <translation>псевдоним</translation>
    </message>
    <message>
        <source>{address} is {name} ({time}).</source>
        <translation>{address} — это {name} ({time}).</translation>
    </message>
</context>
<context>
    <name>EventsPane</name>
    <message>
        <source>client</source>
        <translation>клиент</translation>
    </message>
    <message>
        <source>server</source>
        <translation>сервер</translation>
    </message>
    <message>
        <source>sender</source>
        <translation>отправитель</translation>
    </message>
    <message>
        <source>receiver</source>
        <translation>получатель</translation>
    </message>
    <message>
        <source>discovery</source>
        <translation>обнаружение</translation>
    </message>
    <message>
        <source>transfer</source>
        <translation>передача файлов</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>запуск</translation>
    </message>
    <message>
        <source>running</source>
        <translation>работает</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>остановлен</translation>
    </message>
    <message>
        <source>socket() makes a new endpoint: SOCK_STREAM is TCP (a connection carrying a stream of bytes), SOCK_DGRAM is UDP (separate datagrams). The number is its file descriptor.</source>
        <translation>socket() создаёт новую конечную точку: SOCK_STREAM — это TCP (соединение, по которому идёт поток байтов), SOCK_DGRAM — UDP (отдельные дейтаграммы). Число — её файловый дескриптор.</translation>
    </message>
    <message>
        <source>setsockopt() changes an option of the socket: SO_REUSEADDR lets a restarted server bind its port at once, SO_BROADCAST allows sending to a broadcast address, IP_ADD_MEMBERSHIP joins a multicast group.</source>
        <translation>setsockopt() меняет параметр сокета: SO_REUSEADDR позволяет перезапущенному серверу сразу занять свой порт, SO_BROADCAST разрешает отправку на широковещательный адрес, IP_ADD_MEMBERSHIP вступает в группу многоадресной рассылки.</translation>
    </message>
    <message>
        <source>bind() gives the socket its local address and port (IP:port). 0.0.0.0 means every interface of this machine; port 0 asks the system for a free port.</source>
        <translation>bind() назначает сокету локальный адрес и порт (IP:порт). 0.0.0.0 означает все интерфейсы этого компьютера; порт 0 просит систему выбрать свободный порт.</translation>
    </message>
    <message>
        <source>listen(128) makes this a server socket: the kernel now answers three-way handshakes by itself and keeps up to 128 finished connections waiting for accept().</source>
        <translation>listen(128) делает сокет серверным: теперь ядро само отвечает на трёхсторонние рукопожатия и держит до 128 установленных соединений в ожидании accept().</translation>
    </message>
    <message>
        <source>accept() takes one finished connection from the listen queue and returns a new socket for it; the listening socket goes on waiting for more.</source>
        <translation>accept() берёт одно установленное соединение из очереди listen и возвращает для него новый сокет; слушающий сокет продолжает ждать следующих.</translation>
    </message>
    <message>
        <source>connect() starts the three-way handshake (SYN, SYN-ACK, ACK). A non-blocking socket returns at once (&apos;in progress&apos;); it becomes writable when the handshake has finished. On UDP it only sets the default destination.</source>
        <translation>connect() начинает трёхстороннее рукопожатие (SYN, SYN-ACK, ACK). Неблокирующий сокет возвращается сразу («в процессе»); он становится доступен для записи, когда рукопожатие завершено. Для UDP вызов лишь задаёт адрес назначения по умолчанию.</translation>
    </message>
    <message>
        <source>The three-way handshake has finished: the connection is established and both sides can send.</source>
        <translation>Трёхстороннее рукопожатие завершено: соединение установлено, и обе стороны могут отправлять данные.</translation>
    </message>
    <message>
        <source>send() copies bytes into the kernel&apos;s send buffer and TCP delivers them in order. It may take fewer bytes than offered; the rest goes when the socket is writable again. sendmsg() sends several buffers in one call.</source>
        <translation>send() копирует байты в буфер отправки ядра, и TCP доставляет их по порядку. Вызов может принять меньше байтов, чем предложено; остальное уйдёт, когда сокет снова будет доступен для записи. sendmsg() отправляет несколько буферов за один вызов.</translation>
    </message>
    <message>
        <source>sendto() sends one UDP datagram to the address given: no connection, no guarantee it arrives; one call is one datagram.</source>
        <translation>sendto() отправляет одну UDP-дейтаграмму на указанный адрес: без соединения и без гарантии доставки; один вызов — одна дейтаграмма.</translation>
    </message>
    <message>
        <source>recv() returns the bytes that have arrived so far, up to the size asked. TCP is a stream: one send() may arrive as several recv() calls, or several as one.</source>
        <translation>recv() возвращает уже пришедшие байты, не больше запрошенного размера. TCP — это поток: один send() может прийти несколькими вызовами recv(), а несколько — одним.</translation>
    </message>
    <message>
        <source>recv() returned b&apos;&apos; (zero bytes): the peer closed its side of the connection (it sent FIN). No more data will come, so this side closes its socket too.</source>
        <translation>recv() вернул b&apos;&apos; (ноль байтов): собеседник закрыл свою сторону соединения (отправил FIN). Данных больше не будет, поэтому эта сторона тоже закрывает сокет.</translation>
    </message>
    <message>
        <source>recvfrom() returns one whole UDP datagram and the address it came from.</source>
        <translation>recvfrom() возвращает одну UDP-дейтаграмму целиком и адрес, с которого она пришла.</translation>
    </message>
    <message>
        <source>close() releases the socket. On a TCP connection it starts the four-way teardown (FIN, ACK, FIN, ACK); the side that closes first waits in TIME_WAIT.</source>
        <translation>close() освобождает сокет. На TCP-соединении он начинает четырёхэтапное закрытие (FIN, ACK, FIN, ACK); сторона, закрывшая первой, ждёт в состоянии TIME_WAIT.</translation>
    </message>
    <message>
        <source>getaddrinfo() turns a host name and port into addresses to use (from DNS, the hosts file, or a literal address).</source>
        <translation>getaddrinfo() превращает имя хоста и порт в адреса для подключения (из DNS, файла hosts или записанного адреса).</translation>
    </message>
    <message>
        <source>The TLS handshake agrees on keys and checks the server&apos;s certificate; from then on everything sent on this connection is encrypted.</source>
        <translation>Рукопожатие TLS согласует ключи и проверяет сертификат сервера; после этого всё, что передаётся по соединению, зашифровано.</translation>
    </message>
    <message>
        <source>It failed with {code}: {meaning}</source>
        <translation>Вызов завершился ошибкой {code}: {meaning}</translation>
    </message>
    <message>
        <source>failed: {code}, {meaning}</source>
        <translation>ошибка: {code}, {meaning}</translation>
    </message>
    <message>
        <source>error</source>
        <translation>ошибка</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Сторона</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Вызов</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Events (socket calls)</source>
        <translation>События (вызовы сокетов)</translation>
    </message>
    <message>
        <source>Search events</source>
        <translation>Поиск в событиях</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Показать</translation>
    </message>
    <message>
        <source>Which kinds of line to show</source>
        <translation>Какие строки показывать</translation>
    </message>
    <message>
        <source>Keep-alive (ping, pong)</source>
        <translation>Проверка связи (ping, pong)</translation>
    </message>
    <message>
        <source>Discovery announcements</source>
        <translation>Объявления обнаружения</translation>
    </message>
    <message>
        <source>Engine states (running, stopped)</source>
        <translation>Состояния движков (работает, остановлен)</translation>
    </message>
    <message>
        <source>Two columns: {left} | {right}</source>
        <translation>Две колонки: {left} | {right}</translation>
    </message>
    <message>
        <source>Stop the list moving while you read it</source>
        <translation>Остановить прокрутку, пока вы читаете</translation>
    </message>
    <message>
        <source>Show the packets</source>
        <translation>Показать пакеты</translation>
    </message>
    <message>
        <source>The handshake or teardown of this connection in the Packets tab</source>
        <translation>Рукопожатие или закрытие этого соединения на вкладке «Пакеты»</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <source>Copy the selected lines (all shown lines if none)</source>
        <translation>Копировать выбранные строки (или все показанные)</translation>
    </message>
    <message>
        <source>Save...</source>
        <translation>Сохранить...</translation>
    </message>
    <message>
        <source>Save the shown lines as text or CSV</source>
        <translation>Сохранить показанные строки как текст или CSV</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Очистить</translation>
    </message>
    <message>
        <source>Clear events</source>
        <translation>Очистить события</translation>
    </message>
    <message>
        <source>Resume ({count} new)</source>
        <translation>Продолжить (новых: {count})</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Продолжить</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Пауза</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>ошибка</translation>
    </message>
    <message>
        <source>Text (*.txt)</source>
        <translation>Текст (*.txt)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Save events</source>
        <translation>Сохранение событий</translation>
    </message>
    <message>
        <source>The events could not be saved in {path}: {reason}</source>
        <translation>Не удалось сохранить события в {path}: {reason}</translation>
    </message>
</context>
<context>
    <name>ExplanationView</name>
    <message>
        <source>Explanation</source>
        <translation>Пояснение</translation>
    </message>
    <message>
        <source>Select a packet.</source>
        <translation>Выберите пакет.</translation>
    </message>
    <message>
        <source>Packet {number}: {summary}</source>
        <translation>Пакет {number}: {summary}</translation>
    </message>
    <message>
        <source>Handshake step 1 of 3: the client asks to open a connection (SYN) and chooses its first sequence number (shown as 0, relative).</source>
        <translation>Рукопожатие, шаг 1 из 3: клиент просит открыть соединение (SYN) и выбирает свой начальный порядковый номер (показан как 0, относительный).</translation>
    </message>
    <message>
        <source>Handshake step 2 of 3: the server agrees (SYN, ACK): it sends its own first sequence number and acknowledges the client&apos;s SYN with ack=1.</source>
        <translation>Рукопожатие, шаг 2 из 3: сервер соглашается (SYN, ACK): он отправляет свой начальный порядковый номер и подтверждает SYN клиента значением ack=1.</translation>
    </message>
    <message>
        <source>Handshake step 3 of 3: the client acknowledges the server&apos;s SYN. Both sides are now ESTABLISHED; connect() and accept() have returned.</source>
        <translation>Рукопожатие, шаг 3 из 3: клиент подтверждает SYN сервера. Теперь обе стороны в состоянии ESTABLISHED; connect() и accept() вернули управление.</translation>
    </message>
    <message>
        <source>The connection was refused: nobody listens on that port, so the system answers the SYN with RST. connect() fails with ECONNREFUSED.</source>
        <translation>В соединении отказано: на этом порту никто не слушает, поэтому система отвечает на SYN сегментом RST. connect() завершается с ошибкой ECONNREFUSED.</translation>
    </message>
    <message>
        <source>RST resets the connection at once: nobody listens on that port, or a program closed its socket with unread data or SO_LINGER set to 0. There is no TIME_WAIT after a reset.</source>
        <translation>RST немедленно сбрасывает соединение: на этом порту никто не слушает либо программа закрыла сокет, не прочитав пришедшие данные, или с SO_LINGER, равным 0. После сброса TIME_WAIT не бывает.</translation>
    </message>
    <message>
        <source>FIN: this side has nothing more to send (close() or shutdown()). The other side can still send until it closes too; the side that sends the first FIN ends in TIME_WAIT.</source>
        <translation>FIN: этой стороне больше нечего отправлять (close() или shutdown()). Другая сторона может продолжать отправку, пока тоже не закроет соединение; сторона, отправившая первый FIN, в итоге оказывается в TIME_WAIT.</translation>
    </message>
    <message>
        <source>The last ACK of the teardown: both FINs are acknowledged and the connection is closed. The side that sent the first FIN now waits in TIME_WAIT for twice the MSL before its address pair can be used again.</source>
        <translation>Последний ACK закрытия соединения: оба FIN подтверждены, соединение закрыто. Сторона, отправившая первый FIN, теперь ждёт в TIME_WAIT удвоенное время MSL, прежде чем её пару адресов можно будет использовать снова.</translation>
    </message>
    <message>
        <source>A data segment of {length} bytes. The receiver answers with an ACK whose ack number is this seq plus {length}: that tells the sender the bytes arrived, so it need not send them again.</source>
        <translation>Сегмент данных длиной {length} байт. Получатель отвечает сегментом ACK, номер подтверждения (ack) в котором равен этому seq плюс {length}: так отправитель узнаёт, что байты дошли и их не нужно отправлять повторно.</translation>
    </message>
    <message>
        <source>A bare ACK: it carries no data, only says which bytes arrived (every byte before ack={ack}).</source>
        <translation>Чистый ACK: он не несёт данных, а лишь сообщает, какие байты пришли (все байты до ack={ack}).</translation>
    </message>
    <message>
        <source>Window {window}: how many more bytes this side can take in its receive buffer right now (before scaling); a window of 0 makes the other side wait.</source>
        <translation>Окно {window}: сколько ещё байтов эта сторона может принять в свой буфер приёма прямо сейчас (без учёта масштабирования); окно 0 заставляет другую сторону ждать.</translation>
    </message>
    <message>
        <source>UDP has no handshake and no acknowledgements: its 8-byte header holds only the two ports, a length and a checksum. A datagram is sent at once and may be lost, duplicated or reordered without either side being told.</source>
        <translation>У UDP нет рукопожатия и подтверждений: его 8-байтовый заголовок содержит только два порта, длину и контрольную сумму. Дейтаграмма отправляется сразу и может потеряться, продублироваться или прийти не по порядку, и ни одной из сторон об этом не сообщат.</translation>
    </message>
    <message>
        <source>Destination unreachable: a router or the receiving host says the packet could not be delivered (for a closed UDP port, &apos;port unreachable&apos;). The sender&apos;s socket then sees an error such as ECONNREFUSED.</source>
        <translation>Узел назначения недоступен: маршрутизатор или принимающий узел сообщает, что пакет не удалось доставить (для закрытого порта UDP — «порт недоступен»). После этого сокет отправителя получает ошибку, например ECONNREFUSED.</translation>
    </message>
    <message>
        <source>Echo reply: the answer to a ping. It carries the request&apos;s identifier and sequence number, so ping can match it and measure the round trip.</source>
        <translation>Эхо-ответ: ответ на ping. Он несёт идентификатор и порядковый номер запроса, поэтому ping может сопоставить ответ с запросом и измерить время кругового обхода.</translation>
    </message>
    <message>
        <source>Echo request: what ping sends. ICMP sits beside IP, has no ports and no connection; the target answers with an echo reply.</source>
        <translation>Эхо-запрос: то, что отправляет ping. ICMP работает на одном уровне с IP, у него нет ни портов, ни соединений; адресат отвечает эхо-ответом.</translation>
    </message>
    <message>
        <source>ARP reply (is-at): the owner of the IPv4 address tells its MAC address, which the asker keeps in its ARP cache for a while.</source>
        <translation>Ответ ARP (is-at): владелец IPv4-адреса сообщает свой MAC-адрес, и спросивший некоторое время хранит его в своём кэше ARP.</translation>
    </message>
    <message>
        <source>ARP request (who-has): broadcast to the whole local network to find the MAC address of an IPv4 address before the first frame can be sent to it.</source>
        <translation>Запрос ARP (who-has): рассылается широковещательно по всей локальной сети, чтобы узнать MAC-адрес, соответствующий IPv4-адресу, прежде чем отправить на него первый кадр.</translation>
    </message>
    <message>
        <source>A DNS answer. Its ID ({id}) matches the query&apos;s, so the resolver knows which question it answers; the flags ({flags}) say it is a response and whether there was an error; each record&apos;s TTL ({ttl} s) says how long it may be cached.</source>
        <translation>Ответ DNS. Его ID ({id}) совпадает с ID запроса, поэтому резолвер знает, на какой вопрос пришёл ответ; флаги ({flags}) говорят, что это ответ и была ли ошибка; TTL каждой записи ({ttl} с) указывает, как долго её можно хранить в кэше.</translation>
    </message>
    <message>
        <source>A DNS query: the resolver asks a server for a name&apos;s records. It picks a random ID ({id}) that the answer must repeat; the flags ({flags}) ask for recursion.</source>
        <translation>Запрос DNS: резолвер запрашивает у сервера записи для имени. Он выбирает случайный ID ({id}), который ответ должен повторить; флаги ({flags}) запрашивают рекурсию.</translation>
    </message>
    <message>
        <source>A name found in the hosts file (/etc/hosts) is answered by the system without any packet: you see DNS only for names it had to ask about.</source>
        <translation>На имя из файла hosts (/etc/hosts) система отвечает без всяких пакетов: DNS виден только для тех имён, о которых ей пришлось спрашивать.</translation>
    </message>
</context>
<context>
    <name>FieldError</name>
    <message>
        <source>Error</source>
        <extracomment>Emitted with the new text when an error is shown, and with &quot;&quot; when it is cleared.</extracomment>
        <translation>Ошибка</translation>
    </message>
</context>
<context>
    <name>FileSettingsDialog</name>
    <message>
        <source>File transfer settings</source>
        <extracomment>The biggest size limit the spin box offers, in MiB (1 TiB).</extracomment>
        <translation>Настройки передачи файлов</translation>
    </message>
    <message>
        <source>Save received files in:</source>
        <translation>Сохранять полученные файлы в:</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>Обзор...</translation>
    </message>
    <message>
        <source>Accept without asking from:</source>
        <translation>Принимать без вопроса от:</translation>
    </message>
    <message>
        <source>nicknames, separated by commas; * for anyone</source>
        <translation>ники через запятую; * — от всех</translation>
    </message>
    <message>
        <source>Decline offers bigger than:</source>
        <translation>Отклонять предложения больше:</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> МиБ</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>без ограничения</translation>
    </message>
    <message>
        <source>Offers from the people listed are saved in the folder at once. An offer over the size limit is declined at once, and its line says why.</source>
        <translation>Файлы от перечисленных людей сразу сохраняются в папку. Предложение больше предела сразу отклоняется, и в его строке сказано почему.</translation>
    </message>
    <message>
        <source>Save received files in</source>
        <translation>Сохранять полученные файлы в</translation>
    </message>
    <message>
        <source>Choose a whole folder path, for example {example}.</source>
        <translation>Укажите полный путь к папке, например {example}.</translation>
    </message>
    <message>
        <source>{path} is a file, not a folder.</source>
        <translation>{path} — это файл, а не папка.</translation>
    </message>
    <message>
        <source>{nick}: {problem}</source>
        <translation>{nick}: {problem}</translation>
    </message>
</context>
<context>
    <name>FileTransfers</name>
    <message>
        <source>{name} and {count} more</source>
        <translation>{name} и ещё {count}</translation>
    </message>
    <message>
        <source>Send files to {nick}</source>
        <translation>Отправить файлы: {nick}</translation>
    </message>
    <message>
        <source>Send files to the room</source>
        <translation>Отправить файлы всей комнате</translation>
    </message>
    <message>
        <source>Not connected: join a chat (or host one) before sending files.</source>
        <translation>Нет подключения: войдите в чат (или создайте его), прежде чем отправлять файлы.</translation>
    </message>
    <message>
        <source>Not connected: the transfer waits until you join the chat again.</source>
        <translation>Нет подключения: передача продолжится, когда вы снова войдёте в чат.</translation>
    </message>
    <message>
        <source>Save {name} as</source>
        <translation>Сохранить {name} как</translation>
    </message>
    <message>
        <source>An offer over your size limit</source>
        <translation>Предложение больше вашего предела</translation>
    </message>
</context>
<context>
    <name>FindServersDialog</name>
    <message>
        <source>Find chat servers on the LAN</source>
        <translation>Поиск чат-серверов в локальной сети</translation>
    </message>
</context>
<context>
    <name>FindServersPanel</name>
    <message>
        <source>&lt;b&gt;No server answered.&lt;/b&gt; What commonly blocks discovery:</source>
        <extracomment>The status says how many servers were found (written from the list, in any language).</extracomment>
        <translation>&lt;b&gt;Ни один сервер не ответил.&lt;/b&gt; Что обычно мешает поиску:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Участники</translation>
    </message>
    <message>
        <source>Round trip</source>
        <translation>Время отклика</translation>
    </message>
    <message>
        <source>Key code</source>
        <translation>Код ключа</translation>
    </message>
    <message>
        <source>Find servers</source>
        <translation>Найти серверы</translation>
    </message>
    <message>
        <source>Ask the LAN which SocketLab chat servers are running (UDP broadcast, port 5556)</source>
        <translation>Спросить локальную сеть, какие чат-серверы SocketLab запущены (широковещательная рассылка UDP, порт 5556)</translation>
    </message>
    <message>
        <source>Press Find servers to see the chats running on your LAN.</source>
        <extracomment>While the panel is shown, the finder asks again this often (seconds).</extracomment>
        <translation>Нажмите «Найти серверы», чтобы увидеть чаты в вашей локальной сети.</translation>
    </message>
    <message>
        <source>Servers found</source>
        <translation>Найденные серверы</translation>
    </message>
    <message>
        <source>Enter or a double-click joins a server</source>
        <translation>Enter или двойной щелчок — подключиться к серверу</translation>
    </message>
    <message>
        <source>Asking the LAN again...</source>
        <translation>Повторный опрос локальной сети...</translation>
    </message>
    <message>
        <source>Asking the LAN...</source>
        <translation>Опрос локальной сети...</translation>
    </message>
    <message>
        <source>no interface</source>
        <translation>нет интерфейсов</translation>
    </message>
    <message>
        <source>Asked: {where}</source>
        <translation>Опрошены: {where}</translation>
    </message>
    <message>
        <source>No server answered.</source>
        <translation>Ни один сервер не ответил.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln datagram(s) on the discovery port were ignored: not SocketLab&apos;s, malformed or forged (the Events list shows them).</source>
        <translation>
            <numerusform>%Ln дейтаграмма на порту обнаружения проигнорирована: не от SocketLab, повреждённая или поддельная (она видна в списке событий).</numerusform>
            <numerusform>%Ln дейтаграммы на порту обнаружения проигнорированы: не от SocketLab, повреждённые или поддельные (они видны в списке событий).</numerusform>
            <numerusform>%Ln дейтаграмм на порту обнаружения проигнорировано: не от SocketLab, повреждённые или поддельные (они видны в списке событий).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln server(s) found. Double-click one to join.</source>
        <translation>
            <numerusform>Найден %Ln сервер. Дважды щёлкните сервер, чтобы подключиться.</numerusform>
            <numerusform>Найдено %Ln сервера. Дважды щёлкните сервер, чтобы подключиться.</numerusform>
            <numerusform>Найдено %Ln серверов. Дважды щёлкните сервер, чтобы подключиться.</numerusform>
        </translation>
    </message>
    <message>
        <source>{ms} ms</source>
        <translation>{ms} мс</translation>
    </message>
    <message>
        <source>IPv6 only</source>
        <translation>только IPv6</translation>
    </message>
    <message>
        <source>Heard from {addresses}. Double-click to join.</source>
        <translation>Ответ получен от {addresses}. Дважды щёлкните, чтобы подключиться.</translation>
    </message>
    <message>
        <source>Heard over IPv6 only, and this server accepts IPv4 only: ask for its address.</source>
        <translation>Ответ пришёл только по IPv6, а этот сервер принимает только IPv4: узнайте его адрес.</translation>
    </message>
    <message>
        <source>unverified</source>
        <translation>не проверен</translation>
    </message>
    <message>
        <source>{code} (known)</source>
        <translation>{code} (известный)</translation>
    </message>
    <message>
        <source>Unverified: this announcement is not signed (an older SocketLab, or a server with encryption off), so anyone on the LAN could have sent it. Ask the host for the address before you trust it.</source>
        <translation>Не проверен: это объявление не подписано (старая версия SocketLab или сервер без шифрования), поэтому его мог отправить кто угодно в локальной сети. Прежде чем доверять ему, спросите адрес у владельца чата.</translation>
    </message>
    <message>
        <source>Known: signed with the key of a server you joined before (code {code}). Nobody else on the LAN can sign with that key.</source>
        <translation>Известный: подписано ключом сервера, к которому вы уже подключались (код {code}). Никто другой в локальной сети не может подписать этим ключом.</translation>
    </message>
    <message>
        <source>Verified: signed with this server&apos;s key, code {code}. You have not joined it before: check that the host&apos;s screen shows the same code.</source>
        <translation>Проверен: подписано ключом этого сервера, код {code}. Вы ещё не подключались к нему: убедитесь, что на экране владельца чата тот же код.</translation>
    </message>
    <message>
        <source>{name} was heard over IPv6 only and accepts IPv4 only: ask for its address and type it.</source>
        <translation>{name} ответил только по IPv6, а принимает только IPv4: узнайте его адрес и введите его.</translation>
    </message>
</context>
<context>
    <name>GettingStarted</name>
    <message>
        <source>Chat is a small TCP chat: one side hosts (a server socket that listens and accepts), the others join (a client socket that connects). The Events pane under it shows every socket call as it happens.</source>
        <translation>Чат — небольшой TCP-чат: одна сторона запускает сервер (серверный сокет слушает и принимает соединения), остальные подключаются (клиентский сокет вызывает connect). Панель событий под ним показывает каждый вызов сокета в момент, когда он происходит.</translation>
    </message>
    <message>
        <source>Keep the port {port} and press Start hosting.</source>
        <translation>Оставьте порт {port} и нажмите «Запустить сервер».</translation>
    </message>
    <message>
        <source>In a terminal run {command}.</source>
        <translation>В терминале выполните {command}.</translation>
    </message>
    <message>
        <source>Watch accept() in the Events pane, then type a line in the terminal and press Enter: recv() shows its bytes.</source>
        <translation>Найдите accept() в панели событий, затем наберите строку в терминале и нажмите Enter: recv() покажет её байты.</translation>
    </message>
    <message>
        <source>UDP sends datagrams: no connection and no handshake, each datagram on its own. The receiver binds a port and reads whatever arrives; the sender sends text or bytes to an address, and the counters show what was lost or reordered.</source>
        <translation>UDP отправляет датаграммы: без соединения и без рукопожатия, каждая датаграмма сама по себе. Приёмник привязывается к порту и читает всё, что приходит; отправитель шлёт текст или байты на адрес, а счётчики показывают, что потерялось или пришло не по порядку.</translation>
    </message>
    <message>
        <source>In Receive, keep the port {port} and press Start.</source>
        <translation>В блоке «Приём» оставьте порт {port} и нажмите «Запустить».</translation>
    </message>
    <message>
        <source>In Send, type hello, send it to {target} and press Send.</source>
        <translation>В блоке «Отправка» наберите hello, укажите адрес {target} и нажмите «Отправить».</translation>
    </message>
    <message>
        <source>The datagram appears in the receiver&apos;s table with the sender&apos;s address and port.</source>
        <translation>Датаграмма появится в таблице приёмника с адресом и портом отправителя.</translation>
    </message>
    <message>
        <source>Subnet computes what an address and a prefix mean: the network (the address AND the mask), the broadcast address and the usable hosts. It also splits, lists and summarises networks.</source>
        <translation>Вкладка «Подсети» вычисляет, что означают адрес и префикс: сеть (адрес AND маска), широковещательный адрес и доступные узлы. Она также делит, перечисляет и объединяет сети.</translation>
    </message>
    <message>
        <source>Type {address} in Address.</source>
        <translation>Введите {address} в поле «Адрес».</translation>
    </message>
    <message>
        <source>Read the AND bit by bit: the network is {network}, the broadcast {broadcast}.</source>
        <translation>Прочитайте AND бит за битом: сеть — {network}, широковещательный адрес — {broadcast}.</translation>
    </message>
    <message>
        <source>Change the prefix to {prefix} and watch the network change.</source>
        <translation>Смените префикс на {prefix} и посмотрите, как меняется сеть.</translation>
    </message>
    <message>
        <source>Diagnostics gathers the everyday tools: interfaces and MAC addresses, ping, DNS lookups, port checks, open sockets and the neighbour (ARP) table.</source>
        <translation>«Диагностика» собирает повседневные инструменты: интерфейсы и MAC-адреса, ping, запросы DNS, проверку портов, открытые сокеты и таблицу соседей (ARP).</translation>
    </message>
    <message>
        <source>Choose Ping in the list on the left.</source>
        <translation>Выберите Ping в списке слева.</translation>
    </message>
    <message>
        <source>Type {host} and press Start.</source>
        <translation>Введите {host} и нажмите «Запустить».</translation>
    </message>
    <message>
        <source>Each reply shows its round-trip time and TTL; Stop gives the summary.</source>
        <translation>Каждый ответ показывает время приёма-передачи и TTL; «Остановить» выводит итоги.</translation>
    </message>
    <message>
        <source>Packets captures what goes over an interface and explains each packet layer by layer, with a diagram of the conversation. Capturing may need administrator rights.</source>
        <translation>«Пакеты» перехватывает то, что проходит через интерфейс, и объясняет каждый пакет уровень за уровнем, с диаграммой обмена. Для перехвата могут понадобиться права администратора.</translation>
    </message>
    <message>
        <source>Choose the interface {interface} and the preset This chat connection, then press Start.</source>
        <translation>Выберите интерфейс {interface} и набор «Это соединение чата», затем нажмите «Запустить».</translation>
    </message>
    <message>
        <source>Host a chat in the Chat tab, then run {command}.</source>
        <translation>Запустите сервер на вкладке «Чат», затем выполните {command}.</translation>
    </message>
    <message>
        <source>Read the first three packets: SYN, SYN-ACK, ACK, the three-way handshake.</source>
        <translation>Прочитайте первые три пакета: SYN, SYN-ACK, ACK — тройное рукопожатие.</translation>
    </message>
</context>
<context>
    <name>GettingStartedDialog</name>
    <message>
        <source>Getting started</source>
        <translation>Начало работы</translation>
    </message>
    <message>
        <source>Tabs</source>
        <translation>Вкладки</translation>
    </message>
    <message>
        <source>Help page</source>
        <translation>Страница справки</translation>
    </message>
    <message>
        <source>What it is for</source>
        <translation>Для чего это</translation>
    </message>
    <message>
        <source>A first thing to try</source>
        <translation>Что попробовать сначала</translation>
    </message>
</context>
<context>
    <name>HelpActions</name>
    <message>
        <source>&amp;Getting started</source>
        <translation>&amp;Начало работы</translation>
    </message>
    <message>
        <source>&amp;Lessons</source>
        <translation>&amp;Уроки</translation>
    </message>
</context>
<context>
    <name>HexDumpView</name>
    <message>
        <source>… showing the first {shown} of {size} bytes.</source>
        <translation>… показаны первые {shown} из {size} байт.</translation>
    </message>
</context>
<context>
    <name>HistorySearch</name>
    <message>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <source>Search the history of this server (Ctrl+F)</source>
        <translation>Искать в истории этого сервера (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search the history</source>
        <translation>Поиск по истории</translation>
    </message>
    <message>
        <source>Search the history of this server</source>
        <translation>Поиск по истории этого сервера</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Close the search (Esc)</source>
        <translation>Закрыть поиск (Esc)</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Найти</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Результаты поиска</translation>
    </message>
    <message>
        <source>Up and Down move between the matches, Enter shows one in the chat.</source>
        <translation>Стрелки вверх и вниз переходят между совпадениями, Enter показывает совпадение в чате.</translation>
    </message>
    <message>
        <source>Connect to a server first: its history is searched.</source>
        <translation>Сначала подключитесь к серверу: поиск идёт по его истории.</translation>
    </message>
    <message>
        <source>Searching...</source>
        <translation>Поиск...</translation>
    </message>
    <message numerus="yes">
        <source>%Ln match(es) in {server} (newest shown)</source>
        <translation>
            <numerusform>%Ln совпадение в {server} (показаны самые новые)</numerusform>
            <numerusform>%Ln совпадения в {server} (показаны самые новые)</numerusform>
            <numerusform>%Ln совпадений в {server} (показаны самые новые)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln match(es) in {server}</source>
        <translation>
            <numerusform>%Ln совпадение в {server}</numerusform>
            <numerusform>%Ln совпадения в {server}</numerusform>
            <numerusform>%Ln совпадений в {server}</numerusform>
        </translation>
    </message>
    <message>
        <source>That message is older than the lines shown here.</source>
        <translation>Это сообщение старше показанных здесь строк.</translation>
    </message>
</context>
<context>
    <name>HostPanel</name>
    <message>
        <source>Host a chat</source>
        <translation>Создать чат</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Порт</translation>
    </message>
    <message>
        <source>Start hosting</source>
        <translation>Запустить сервер</translation>
    </message>
    <message>
        <source>Announce on the LAN</source>
        <translation>Объявлять в локальной сети</translation>
    </message>
    <message>
        <source>So others can find this chat with Find servers: a few times a minute, a UDP broadcast (port 5556) tells the LAN its name, port and number of people. Nothing else is sent.</source>
        <translation>Чтобы другие нашли этот чат через «Найти серверы»: несколько раз в минуту широковещательная рассылка UDP (порт 5556) сообщает локальной сети его имя, порт и число участников. Больше ничего не отправляется.</translation>
    </message>
    <message>
        <source>Room password</source>
        <translation>Пароль комнаты</translation>
    </message>
    <message>
        <source>none: anyone may join</source>
        <translation>нет: войти может любой</translation>
    </message>
    <message>
        <source>People joining must give this password: SocketLab asks for it in Join a chat; nc and telnet users type /pass PASSWORD first.</source>
        <translation>Подключающиеся должны указать этот пароль: в SocketLab он вводится в «Подключиться к чату», пользователи nc и telnet сначала набирают /pass ПАРОЛЬ.</translation>
    </message>
    <message>
        <source>Encrypted connections only</source>
        <translation>Только зашифрованные подключения</translation>
    </message>
    <message>
        <source>Refuse connections without TLS. nc and telnet users get one line saying how to join with openssl s_client or ncat --ssl.</source>
        <translation>Отклонять подключения без TLS. Пользователи nc и telnet получат строку о том, как подключиться через openssl s_client или ncat --ssl.</translation>
    </message>
    <message>
        <source>Accept the password unencrypted</source>
        <translation>Принимать пароль без шифрования</translation>
    </message>
    <message>
        <source>Let nc and telnet users send the password without encryption. Anyone capturing the LAN can then read it.</source>
        <translation>Разрешить пользователям nc и telnet отправлять пароль без шифрования. Тогда любой, кто перехватывает трафик в сети, сможет его прочитать.</translation>
    </message>
    <message>
        <source>Not hosting.</source>
        <translation>Сервер не запущен.</translation>
    </message>
    <message>
        <source>This server&apos;s key. Read it aloud to the people joining: SocketLab shows them the same code, and warns them if it ever changes.</source>
        <translation>Ключ этого сервера. Прочитайте его вслух подключающимся: SocketLab покажет им тот же код и предупредит, если он изменится.</translation>
    </message>
    <message>
        <source>Connected users</source>
        <translation>Подключённые пользователи</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>Ник</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>С</translation>
    </message>
    <message>
        <source>Kick</source>
        <translation>Отключить</translation>
    </message>
    <message>
        <source>Disconnect the selected user</source>
        <translation>Отключить выбранного пользователя</translation>
    </message>
    <message>
        <source>Ban</source>
        <translation>Забанить</translation>
    </message>
    <message>
        <source>Disconnect the selected user and refuse their address for a while</source>
        <translation>Отключить выбранного пользователя и не пускать его адрес некоторое время</translation>
    </message>
    <message>
        <source>For 10 minutes</source>
        <translation>На 10 минут</translation>
    </message>
    <message>
        <source>For an hour</source>
        <translation>На час</translation>
    </message>
    <message>
        <source>Until the server stops</source>
        <translation>До остановки сервера</translation>
    </message>
    <message>
        <source>Banned addresses</source>
        <translation>Забаненные адреса</translation>
    </message>
    <message>
        <source>Unban</source>
        <translation>Разбанить</translation>
    </message>
    <message>
        <source>Nobody is connected.</source>
        <translation>Никто не подключён.</translation>
    </message>
    <message>
        <source>Listen on</source>
        <translation>Слушать на</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Дополнительно</translation>
    </message>
    <message>
        <source>Socket options for lessons: SO_REUSEADDR, the listen backlog, pausing accept()</source>
        <translation>Параметры сокета для занятий: SO_REUSEADDR, очередь listen, пауза accept()</translation>
    </message>
    <message>
        <source>SO_REUSEADDR</source>
        <translation>SO_REUSEADDR</translation>
    </message>
    <message>
        <source>SO_REUSEADDR lets the server bind its port again at once after a restart. The side that closes a TCP connection first keeps it in TIME_WAIT for about 60 s (on Linux), so late packets of the old connection cannot reach a new one; without this option the port is &quot;already in use&quot; until then. Switch it off, host, stop and host again to see it.</source>
        <translation>SO_REUSEADDR позволяет серверу сразу снова занять свой порт после перезапуска. Сторона, которая первой закрывает TCP-соединение, держит его в состоянии TIME_WAIT около 60 с (в Linux), чтобы запоздавшие пакеты старого соединения не попали в новое; без этого параметра порт до тех пор «уже используется». Чтобы увидеть это, выключите параметр, запустите сервер, остановите и запустите снова.</translation>
    </message>
    <message>
        <source>Listen backlog</source>
        <translation>Очередь listen</translation>
    </message>
    <message>
        <source>The number given to listen(): how many connections the kernel finishes (the three-way handshake) and keeps waiting until the server calls accept(). When it is full, new connect() calls wait or fail. Linux caps it at net.core.somaxconn. Pause accepting to watch it fill.</source>
        <translation>Число, передаваемое в listen(): сколько соединений ядро устанавливает (тройное рукопожатие) и держит в ожидании, пока сервер не вызовет accept(). Когда очередь заполнена, новые вызовы connect() ждут или завершаются ошибкой. Linux ограничивает её значением net.core.somaxconn. Приостановите приём, чтобы посмотреть, как она заполняется.</translation>
    </message>
    <message>
        <source>Pause accepting</source>
        <translation>Приостановить приём</translation>
    </message>
    <message>
        <source>While on, the server does not call accept(). Clients still connect: the kernel completes their handshake and queues them in the listen backlog. Switch it off and they are accepted at once; the Events pane shows when accept() is called.</source>
        <translation>Пока включено, сервер не вызывает accept(). Клиенты всё равно подключаются: ядро завершает рукопожатие и ставит их в очередь listen. Выключите — и они будут приняты сразу; панель событий показывает, когда вызывается accept().</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>Stop hosting</source>
        <translation>Остановить сервер</translation>
    </message>
    <message>
        <source>accept() paused. How many connections wait cannot be measured on this system (Linux shows it).</source>
        <translation>accept() приостановлен. Сколько соединений ждёт, в этой системе измерить нельзя (в Linux это видно).</translation>
    </message>
    <message>
        <source>accept() paused: {waiting} of {backlog} waiting in the backlog</source>
        <translation>accept() приостановлен: в очереди ждут {waiting} из {backlog}</translation>
    </message>
    <message>
        <source>Key fingerprint: {code}</source>
        <translation>Отпечаток ключа: {code}</translation>
    </message>
    <message>
        <source>until the server stops</source>
        <translation>до остановки сервера</translation>
    </message>
    <message>
        <source>until {time}</source>
        <translation>до {time}</translation>
    </message>
    <message>
        <source>{who}, {until}</source>
        <translation>{who}, {until}</translation>
    </message>
    <message>
        <source>{host} is a name: type one of this computer&apos;s IP addresses, or choose All interfaces.</source>
        <translation>{host} — это имя: введите один из IP-адресов этого компьютера или выберите «Все интерфейсы».</translation>
    </message>
    <message>
        <source>Hosting on {host}:{port}. Only programs on this computer can join (choose All interfaces to let others on your LAN in).</source>
        <translation>Сервер работает на {host}:{port}. Подключиться могут только программы на этом компьютере (выберите «Все интерфейсы», чтобы впустить других из локальной сети).</translation>
    </message>
    <message>
        <source>Hosting on port {port}, but this computer has no LAN address: connect it to a network so others can join.</source>
        <translation>Сервер работает на порту {port}, но у этого компьютера нет адреса в локальной сети: подключите его к сети, чтобы другие могли присоединиться.</translation>
    </message>
    <message>
        <source>Hosting on all interfaces, port {port}. Others on your LAN can join at:</source>
        <translation>Сервер работает на всех интерфейсах, порт {port}. Другие в вашей локальной сети могут подключиться по адресу:</translation>
    </message>
    <message>
        <source>Hosting on {host}, port {port}. Others on your LAN can join at:</source>
        <translation>Сервер работает на {host}, порт {port}. Другие в вашей локальной сети могут подключиться по адресу:</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <source>Copy {address} to the clipboard</source>
        <translation>Копировать {address} в буфер обмена</translation>
    </message>
    <message>
        <source>Copy {address}</source>
        <extracomment>{address} is an address and port to share, e.g. 192.168.1.23:5555.</extracomment>
        <translation>Копировать {address}</translation>
    </message>
    <message>
        <source>text client (nc, telnet...)</source>
        <translation>текстовый клиент (nc, telnet...)</translation>
    </message>
    <message>
        <source>{nick} (you)</source>
        <translation>{nick} (вы)</translation>
    </message>
    <message>
        <source>{nick}: {kind}</source>
        <translation>{nick}: {kind}</translation>
    </message>
    <message>
        <source>Connected: {count}</source>
        <translation>Подключено: {count}</translation>
    </message>
    <message>
        <source>Disconnect {nick} from the room?</source>
        <extracomment>{nick} is the nickname of the user the host is about to remove.</extracomment>
        <translation>Отключить {nick} от комнаты?</translation>
    </message>
</context>
<context>
    <name>IdentityPanel</name>
    <message>
        <source>You</source>
        <translation>Вы</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>Ник</translation>
    </message>
    <message>
        <source>your name in the chat</source>
        <translation>ваше имя в чате</translation>
    </message>
</context>
<context>
    <name>IncomingDrain</name>
    <message numerus="yes">
        <source>... %Ln message(s) came faster than they could be shown: they are in the history (Ctrl+F searches it).</source>
        <translation>
            <numerusform>... %Ln сообщение пришло быстрее, чем его удалось показать: оно сохранено в истории (Ctrl+F — поиск по ней).</numerusform>
            <numerusform>... %Ln сообщения пришли быстрее, чем их удалось показать: они сохранены в истории (Ctrl+F — поиск по ней).</numerusform>
            <numerusform>... %Ln сообщений пришло быстрее, чем их удалось показать: они сохранены в истории (Ctrl+F — поиск по ней).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln earlier message(s) from {server} (your history)</source>
        <translation>
            <numerusform>%Ln ранее полученное сообщение с {server} (ваша история)</numerusform>
            <numerusform>%Ln ранее полученных сообщения с {server} (ваша история)</numerusform>
            <numerusform>%Ln ранее полученных сообщений с {server} (ваша история)</numerusform>
        </translation>
    </message>
    <message>
        <source>Connected to {server} as {nick}.</source>
        <translation>Подключено к {server} под именем {nick}.</translation>
    </message>
    <message>
        <source>You were removed from the chat by the host.</source>
        <translation>Владелец чата удалил вас из чата.</translation>
    </message>
    <message>
        <source>Raw TCP terminal with {server}: not a SocketLab chat server, so its bytes are shown as they arrive.</source>
        <translation>Сырой TCP-терминал с {server}: это не чат-сервер SocketLab, поэтому его байты показываются так, как приходят.</translation>
    </message>
    <message>
        <source>Disconnected.</source>
        <translation>Отключено.</translation>
    </message>
    <message>
        <source>Connecting to {server}...</source>
        <translation>Подключение к {server}...</translation>
    </message>
</context>
<context>
    <name>InterfacesPanel</name>
    <message>
        <source>Interface</source>
        <translation>Интерфейс</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>MAC address</source>
        <translation>MAC-адрес</translation>
    </message>
    <message>
        <source>Reading the interfaces...</source>
        <translation>Чтение интерфейсов...</translation>
    </message>
    <message>
        <source>Copy every interface as text</source>
        <translation>Копировать все интерфейсы как текст</translation>
    </message>
    <message>
        <source>Interfaces</source>
        <translation>Интерфейсы</translation>
    </message>
    <message>
        <source>The LAN address is the IPv4 address of the interface that holds the default route: the one other machines on your network use to reach this one. Loopback (127.0.0.1, ::1) never leaves this machine.</source>
        <translation>Адрес в локальной сети — это IPv4-адрес интерфейса, через который идёт маршрут по умолчанию: по нему к этому компьютеру обращаются другие машины вашей сети. Loopback (127.0.0.1, ::1) никогда не покидает этот компьютер.</translation>
    </message>
    <message>
        <source>This machine&apos;s network interfaces, their MAC addresses and IP addresses with prefix length (like ipconfig /all or ip addr).</source>
        <translation>Сетевые интерфейсы этого компьютера, их MAC-адреса и IP-адреса с длиной префикса (как ipconfig /all или ip addr).</translation>
    </message>
    <message>
        <source>Could not read the interfaces: {reason}</source>
        <translation>Не удалось прочитать интерфейсы: {reason}</translation>
    </message>
    <message>
        <source>LAN address: {address} on {interface}</source>
        <translation>Адрес в локальной сети: {address} на {interface}</translation>
    </message>
    <message>
        <source>default gateway {address}</source>
        <translation>шлюз по умолчанию {address}</translation>
    </message>
    <message>
        <source>No LAN address: no interface holds a default route (not connected?).</source>
        <translation>Нет адреса в локальной сети: ни у одного интерфейса нет маршрута по умолчанию (нет подключения?).</translation>
    </message>
</context>
<context>
    <name>JoinPanel</name>
    <message>
        <source>Join a chat</source>
        <translation>Подключиться к чату</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Адрес сервера</translation>
    </message>
    <message>
        <source>host or host:port (port {port})</source>
        <translation>хост или хост:порт (порт {port})</translation>
    </message>
    <message>
        <source>The address the host shows, e.g. 192.168.1.23:5555, or [fe80::1]:5555. Any TCP server works too: without a SocketLab greeting you get a raw terminal.</source>
        <translation>Адрес, который показывает владелец чата, например 192.168.1.23:5555 или [fe80::1]:5555. Подойдёт и любой TCP-сервер: без приветствия SocketLab откроется сырой терминал.</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Подключиться</translation>
    </message>
    <message>
        <source>Find servers...</source>
        <translation>Найти серверы...</translation>
    </message>
    <message>
        <source>Ask the LAN which SocketLab chats are running, and join one with a double-click</source>
        <translation>Спросить локальную сеть, какие чаты SocketLab запущены, и подключиться к одному двойным щелчком</translation>
    </message>
    <message>
        <source>Room password</source>
        <translation>Пароль комнаты</translation>
    </message>
    <message>
        <source>only if the room has one</source>
        <translation>только если у комнаты он есть</translation>
    </message>
    <message>
        <source>Sent to the server inside the encrypted connection. It is not sent to a server that does not offer encryption.</source>
        <translation>Отправляется серверу внутри зашифрованного соединения. Серверу без шифрования он не отправляется.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
</context>
<context>
    <name>LayerTree</name>
    <message>
        <source>Link layer: {name}</source>
        <translation>Канальный уровень: {name}</translation>
    </message>
    <message>
        <source>Network layer: {name}</source>
        <translation>Сетевой уровень: {name}</translation>
    </message>
    <message>
        <source>Transport layer: {name}</source>
        <translation>Транспортный уровень: {name}</translation>
    </message>
    <message>
        <source>Application layer: {name}</source>
        <translation>Прикладной уровень: {name}</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Уровни</translation>
    </message>
    <message>
        <source>Payload ({count} bytes)</source>
        <translation>Полезная нагрузка ({count} байт)</translation>
    </message>
</context>
<context>
    <name>Lessons</name>
    <message>
        <source>1. The one-to-one chat</source>
        <translation>1. Чат один на один</translation>
    </message>
    <message>
        <source>A TCP chat is two sockets: a server that listens and accepts, a client that connects. Play each side once.</source>
        <translation>TCP-чат — это два сокета: сервер, который слушает и принимает соединения, и клиент, который подключается. Побудьте каждой из сторон.</translation>
    </message>
    <message>
        <source>In a terminal start a server with {server} (or {python}), then in the Chat tab connect to 127.0.0.1:5555.</source>
        <translation>В терминале запустите сервер командой {server} (или {python}), затем на вкладке «Чат» подключитесь к 127.0.0.1:5555.</translation>
    </message>
    <message>
        <source>Type a line in the terminal and press Enter: recv() in the Events pane shows its bytes.</source>
        <translation>Наберите строку в терминале и нажмите Enter: recv() в панели событий покажет её байты.</translation>
    </message>
    <message>
        <source>Now be the server: stop the terminal, then Start hosting on port 5555 (listen() appears).</source>
        <translation>Теперь будьте сервером: остановите программу в терминале и нажмите «Запустить сервер» на порту 5555 (появится listen()).</translation>
    </message>
    <message>
        <source>In a terminal run {client}: the server&apos;s accept() returns.</source>
        <translation>В терминале выполните {client}: accept() сервера вернёт соединение.</translation>
    </message>
    <message>
        <source>2. Port in use, SO_REUSEADDR and TIME_WAIT</source>
        <translation>2. Порт занят, SO_REUSEADDR и TIME_WAIT</translation>
    </message>
    <message>
        <source>Only one socket may listen on a port; a closed connection may still hold it for a while in TIME_WAIT.</source>
        <translation>Слушать порт может только один сокет; закрытое соединение ещё какое-то время может удерживать его в состоянии TIME_WAIT.</translation>
    </message>
    <message>
        <source>In a terminal run {server} so that port 5555 is taken.</source>
        <translation>В терминале выполните {server}, чтобы занять порт 5555.</translation>
    </message>
    <message>
        <source>Start hosting on port 5555 in the Chat tab: bind() fails with EADDRINUSE.</source>
        <translation>Запустите сервер на порту 5555 на вкладке «Чат»: bind() завершится ошибкой EADDRINUSE.</translation>
    </message>
    <message>
        <source>Stop the terminal, host again, let a client join, then stop hosting; Diagnostics &gt; Sockets shows the port in TIME_WAIT (tick Done).</source>
        <translation>Остановите программу в терминале, снова запустите сервер, дайте клиенту подключиться и остановите сервер; «Диагностика &gt; Сокеты» покажет порт в состоянии TIME_WAIT (отметьте «Готово»).</translation>
    </message>
    <message>
        <source>Host on port 5555 again at once: bind() succeeds, because SocketLab sets SO_REUSEADDR before it.</source>
        <translation>Сразу же снова запустите сервер на порту 5555: bind() пройдёт, потому что SocketLab перед ним устанавливает SO_REUSEADDR.</translation>
    </message>
    <message>
        <source>3. Bytes and text: UTF-8 and GBK</source>
        <translation>3. Байты и текст: UTF-8 и GBK</translation>
    </message>
    <message>
        <source>Sockets carry bytes, not text: both sides must agree on the encoding.</source>
        <translation>Сокеты передают байты, а не текст: обе стороны должны договориться о кодировке.</translation>
    </message>
    <message>
        <source>In a terminal run {command}: the same two characters are 6 bytes in UTF-8 and 4 in GBK (tick Done).</source>
        <translation>В терминале выполните {command}: те же два символа занимают 6 байт в UTF-8 и 4 в GBK (отметьте «Готово»).</translation>
    </message>
    <message>
        <source>In the UDP tab start the receiver on port 5555, then send 你好 to 127.0.0.1:5555 with the encoding UTF-8.</source>
        <translation>На вкладке UDP запустите приёмник на порту 5555, затем отправьте 你好 на 127.0.0.1:5555 в кодировке UTF-8.</translation>
    </message>
    <message>
        <source>Send it again with the encoding GBK.</source>
        <translation>Отправьте ещё раз в кодировке GBK.</translation>
    </message>
    <message>
        <source>Switch the receiver&apos;s Preview as between UTF-8 and GBK: the wrong one shows garbage, as the Chat tab&apos;s raw terminal does with nc (tick Done).</source>
        <translation>Переключайте «Просмотр как» у приёмника между UTF-8 и GBK: неверная кодировка показывает мусор — так же, как сырой терминал вкладки «Чат» с nc (отметьте «Готово»).</translation>
    </message>
    <message>
        <source>4. UDP: no connection, loss and order</source>
        <translation>4. UDP: без соединения, потери и порядок</translation>
    </message>
    <message>
        <source>UDP has no listen(), no accept() and no handshake: each datagram travels alone and may be lost or overtaken.</source>
        <translation>В UDP нет listen(), accept() и рукопожатия: каждая датаграмма идёт сама по себе и может потеряться или быть обогнана другой.</translation>
    </message>
    <message>
        <source>In the UDP tab start the receiver on port 5555: it only binds.</source>
        <translation>На вкладке UDP запустите приёмник на порту 5555: он только вызывает bind.</translation>
    </message>
    <message>
        <source>Send hello to 127.0.0.1:5555.</source>
        <translation>Отправьте hello на 127.0.0.1:5555.</translation>
    </message>
    <message>
        <source>Tick Sequence header and send 10000 datagrams as fast as possible.</source>
        <translation>Включите «Заголовок с номерами» и отправьте 10000 датаграмм как можно быстрее.</translation>
    </message>
    <message>
        <source>Read the lost and reordered counters: this ticks itself when a gap shows; if loopback loses nothing, tick Done.</source>
        <translation>Посмотрите на счётчики потерянных и переставленных: шаг отметится сам, когда появится пропуск; если петля ничего не теряет, отметьте «Готово».</translation>
    </message>
    <message>
        <source>5. Is this address on my LAN? The AND</source>
        <translation>5. Этот адрес в моей локальной сети? Операция AND</translation>
    </message>
    <message>
        <source>The address AND the mask gives the network; two hosts on the same network talk directly, others through the gateway.</source>
        <translation>Адрес AND маска даёт сеть; два узла одной сети общаются напрямую, остальные — через шлюз.</translation>
    </message>
    <message>
        <source>In the Subnet tab type 192.168.1.12/26 and read the AND: the network is 192.168.1.0.</source>
        <translation>На вкладке «Подсети» введите 192.168.1.12/26 и прочитайте AND: сеть — 192.168.1.0.</translation>
    </message>
    <message>
        <source>Type 192.168.1.70/26: the AND gives 192.168.1.64, another network.</source>
        <translation>Введите 192.168.1.70/26: AND даёт 192.168.1.64 — это другая сеть.</translation>
    </message>
    <message>
        <source>Fill in your own address with This machine and check that your gateway is on the same network (tick Done).</source>
        <translation>Подставьте свой адрес кнопкой «Этот компьютер» и проверьте, что шлюз в той же сети (отметьте «Готово»).</translation>
    </message>
    <message>
        <source>6. MAC, ARP, ping and DNS</source>
        <translation>6. MAC, ARP, ping и DNS</translation>
    </message>
    <message>
        <source>Names become IP addresses (DNS), IP addresses on the LAN become MAC addresses (ARP), and ping checks that a host answers.</source>
        <translation>Имена превращаются в IP-адреса (DNS), IP-адреса в локальной сети — в MAC-адреса (ARP), а ping проверяет, что узел отвечает.</translation>
    </message>
    <message>
        <source>In Diagnostics &gt; Interfaces find your MAC address (tick Done).</source>
        <translation>В «Диагностика &gt; Интерфейсы» найдите свой MAC-адрес (отметьте «Готово»).</translation>
    </message>
    <message>
        <source>In Diagnostics &gt; Ping, ping 127.0.0.1.</source>
        <translation>В «Диагностика &gt; Ping» пропингуйте 127.0.0.1.</translation>
    </message>
    <message>
        <source>In Diagnostics &gt; DNS look up localhost.</source>
        <translation>В «Диагностика &gt; DNS» найдите localhost.</translation>
    </message>
    <message>
        <source>In Diagnostics &gt; Neighbours (ARP) read which MAC address your gateway has.</source>
        <translation>В «Диагностика &gt; Соседи (ARP)» посмотрите, какой MAC-адрес у вашего шлюза.</translation>
    </message>
    <message>
        <source>7. The handshake and the teardown</source>
        <translation>7. Рукопожатие и завершение соединения</translation>
    </message>
    <message>
        <source>connect() sends SYN, the server answers SYN-ACK, the client ACK; close() sends FIN. Watch them on the wire.</source>
        <translation>connect() отправляет SYN, сервер отвечает SYN-ACK, клиент — ACK; close() отправляет FIN. Посмотрите на них в сети.</translation>
    </message>
    <message>
        <source>In the Packets tab choose the interface lo and the preset This chat connection, then press Start.</source>
        <translation>На вкладке «Пакеты» выберите интерфейс lo и набор «Это соединение чата», затем нажмите «Запустить».</translation>
    </message>
    <message>
        <source>Host a chat, and connect to it with {client}: a SYN appears.</source>
        <translation>Запустите сервер чата и подключитесь к нему командой {client}: появится SYN.</translation>
    </message>
    <message>
        <source>Find the SYN-ACK and the ACK that follow it: the handshake.</source>
        <translation>Найдите следующие за ним SYN-ACK и ACK: это рукопожатие.</translation>
    </message>
    <message>
        <source>Close the terminal&apos;s connection: FIN and ACK tear it down.</source>
        <translation>Закройте соединение в терминале: FIN и ACK завершают его.</translation>
    </message>
</context>
<context>
    <name>LessonsDialog</name>
    <message>
        <source>Lessons</source>
        <translation>Уроки</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Шаги</translation>
    </message>
    <message>
        <source>Steps tick themselves when SocketLab sees them happen; tick a step&apos;s Done box yourself where it says so.</source>
        <translation>Шаги отмечаются сами, когда SocketLab видит, что они выполнены; там, где это сказано, отметьте «Готово» сами.</translation>
    </message>
    <message>
        <source>{title} ({done}/{total})</source>
        <extracomment>{title} is a lesson&apos;s title; {done} of {total} steps are ticked.</extracomment>
        <translation>{title} ({done}/{total})</translation>
    </message>
    <message>
        <source>Tick Done when you have done it.</source>
        <translation>Отметьте «Готово», когда выполните.</translation>
    </message>
    <message>
        <source>Ticks itself when SocketLab sees it happen.</source>
        <translation>Отмечается сам, когда SocketLab видит, что это произошло.</translation>
    </message>
</context>
<context>
    <name>ListPanel</name>
    <message>
        <source>Go to: address or #row</source>
        <translation>Перейти: адрес или #строка</translation>
    </message>
    <message>
        <source>Go to, in the {name} list</source>
        <translation>Перейти в списке «{name}»</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Экспорт в CSV…</translation>
    </message>
    <message>
        <source>Export the {name} list as CSV</source>
        <translation>Экспортировать список «{name}» в CSV</translation>
    </message>
    <message>
        <source>{name} list</source>
        <translation>Список «{name}»</translation>
    </message>
    <message>
        <source>Exporting… %p%</source>
        <translation>Экспорт… %p%</translation>
    </message>
    <message>
        <source>Cancel</source>
        <extracomment>The most rows a view shows at once (2^24 rows of 22 px stay inside Qt&apos;s int pixel range). Rows cached by the model; a screenful asks for each row once per column and role. Rows measured to fit the columns (the first ones, and the last).</extracomment>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Showing rows {first} to {last} of {total}: the view holds {rows} rows at a time; Go to moves it.</source>
        <translation>Показаны строки с {first} по {last} из {total}: список вмещает не более {rows} строк за раз; «Перейти» сдвигает окно.</translation>
    </message>
    <message>
        <source>Export the {name} list</source>
        <translation>Экспорт списка «{name}»</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln row(s) to {path}.</source>
        <translation>
            <numerusform>Экспортирована %Ln строка в файл {path}.</numerusform>
            <numerusform>Экспортированы %Ln строки в файл {path}.</numerusform>
            <numerusform>Экспортировано %Ln строк в файл {path}.</numerusform>
        </translation>
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
        <source>Zoom &amp;in</source>
        <translation>&amp;Увеличить</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>У&amp;меньшить</translation>
    </message>
    <message>
        <source>&amp;Reset zoom</source>
        <translation>&amp;Обычный масштаб</translation>
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
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <source>Zoom {percent}%</source>
        <extracomment>{percent} is a whole number: &quot;Zoom 130%&quot;.</extracomment>
        <translation>Масштаб {percent}%</translation>
    </message>
    <message>
        <source>Language: {language}</source>
        <extracomment>{language} is the language&apos;s own name: Русский, 简体中文, English.</extracomment>
        <translation>Язык: {language}</translation>
    </message>
    <message>
        <source>Stop hosting and quit?</source>
        <translation>Закрыть комнату и выйти?</translation>
    </message>
    <message>
        <source>Stop sending and quit?</source>
        <translation>Прекратить отправку и выйти?</translation>
    </message>
    <message>
        <source>Stop the capture and quit?</source>
        <translation>Остановить захват и выйти?</translation>
    </message>
    <message>
        <source>Stop everything and quit?</source>
        <translation>Остановить всё и выйти?</translation>
    </message>
    <message>
        <source>Quit {app}</source>
        <extracomment>{app} is the application&apos;s name, SocketLab.</extracomment>
        <translation>Выход из {app}</translation>
    </message>
</context>
<context>
    <name>NeighboursPanel</name>
    <message>
        <source>IP address</source>
        <translation>IP-адрес</translation>
    </message>
    <message>
        <source>MAC address</source>
        <translation>MAC-адрес</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>Интерфейс</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Reading the neighbour table...</source>
        <translation>Чтение таблицы соседей...</translation>
    </message>
    <message numerus="yes">
        <source>%Ln neighbour(s), read from {source}.</source>
        <translation>
            <numerusform>%Ln сосед, прочитано из {source}.</numerusform>
            <numerusform>%Ln соседа, прочитано из {source}.</numerusform>
            <numerusform>%Ln соседей, прочитано из {source}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Neighbour table source</source>
        <translation>Источник таблицы соседей</translation>
    </message>
    <message>
        <source>Neighbours</source>
        <translation>Соседи</translation>
    </message>
    <message>
        <source>Why the table is not shown</source>
        <translation>Почему таблица не показана</translation>
    </message>
    <message>
        <source>A machine learns a neighbour&apos;s MAC address with ARP (IPv4) or neighbour discovery (IPv6) the first time it sends to it on the local network. Ping a LAN address, refresh, and it appears here. Addresses beyond the router never do: packets to them go to the router&apos;s MAC address.</source>
        <translation>Компьютер узнаёт MAC-адрес соседа с помощью ARP (IPv4) или обнаружения соседей (IPv6), когда впервые отправляет ему данные в локальной сети. Выполните ping адреса в локальной сети, обновите — и он появится здесь. Адреса за маршрутизатором здесь не появляются никогда: пакеты к ним идут на MAC-адрес маршрутизатора.</translation>
    </message>
    <message>
        <source>Which MAC address has which IP address on the local network (the ARP table; like arp -a or ip neigh).</source>
        <translation>Какой MAC-адрес у какого IP-адреса в локальной сети (таблица ARP; как arp -a или ip neigh).</translation>
    </message>
    <message>
        <source>Could not read the table: {reason}</source>
        <translation>Не удалось прочитать таблицу: {reason}</translation>
    </message>
    <message>
        <source>No neighbour table on this system.</source>
        <translation>В этой системе нет таблицы соседей.</translation>
    </message>
    <message>
        <source>(not resolved)</source>
        <translation>(не определён)</translation>
    </message>
</context>
<context>
    <name>PacketBytesView</name>
    <message>
        <source>Packet bytes</source>
        <extracomment>At most this many bytes are shown (a frame is at most the snap length, 256 KiB).</extracomment>
        <translation>Байты пакета</translation>
    </message>
    <message>
        <source>Select a packet to see its bytes.</source>
        <translation>Выберите пакет, чтобы увидеть его байты.</translation>
    </message>
</context>
<context>
    <name>PacketTableModel</name>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Назначение</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Протокол</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Длина</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Описание</translation>
    </message>
</context>
<context>
    <name>PacketsTab</name>
    <message>
        <source>This chat connection</source>
        <translation>Это соединение чата</translation>
    </message>
    <message>
        <source>This UDP port</source>
        <translation>Этот порт UDP</translation>
    </message>
    <message>
        <source>Ping (ICMP)</source>
        <translation>Ping (ICMP)</translation>
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
        <translation>Весь трафик на loopback</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>Интерфейс</translation>
    </message>
    <message>
        <source>The network interface to capture on</source>
        <translation>Сетевой интерфейс для захвата</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Шаблон</translation>
    </message>
    <message>
        <source>Fills in the filter; typing a filter overrides it</source>
        <translation>Заполняет фильтр; фильтр, введённый вручную, заменяет шаблон</translation>
    </message>
    <message>
        <source>Capture filter</source>
        <translation>Фильтр захвата</translation>
    </message>
    <message>
        <source>filter, e.g. tcp port 5555 (empty: all)</source>
        <translation>фильтр, например tcp port 5555 (пусто: всё)</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Запустить</translation>
    </message>
    <message>
        <source>Packets captured</source>
        <translation>Захвачено пакетов</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Открыть…</translation>
    </message>
    <message>
        <source>Open a pcap or pcapng capture file</source>
        <translation>Открыть файл захвата pcap или pcapng</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Сохранить…</translation>
    </message>
    <message>
        <source>Save the listed packets as a pcapng file</source>
        <translation>Сохранить показанные пакеты в файл pcapng</translation>
    </message>
    <message>
        <source>Capture error</source>
        <translation>Ошибка захвата</translation>
    </message>
    <message>
        <source>Packets</source>
        <translation>Пакеты</translation>
    </message>
    <message>
        <source>Sequence diagram</source>
        <translation>Диаграмма последовательности</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Фильтр</translation>
    </message>
    <message>
        <source>A packet capture is running.</source>
        <translation>Идёт захват пакетов.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Запуск…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Остановить</translation>
    </message>
    <message>
        <source>Capturing on {interface} ({method}).</source>
        <translation>Захват на {interface} ({method}).</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Остановлено.</translation>
    </message>
    <message>
        <source>{count} packets, {dropped} dropped</source>
        <translation>Пакетов: {count}, отброшено: {dropped}</translation>
    </message>
    <message>
        <source>Open a capture</source>
        <translation>Открытие файла захвата</translation>
    </message>
    <message>
        <source>Captures (*.pcapng *.pcap *.cap);;All files (*)</source>
        <translation>Файлы захвата (*.pcapng *.pcap *.cap);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>Чтение {file}…</translation>
    </message>
    <message>
        <source>Saving {file}…</source>
        <translation>Сохранение {file}…</translation>
    </message>
    <message numerus="yes">
        <source>{file}: %Ln packet(s)</source>
        <translation>
            <numerusform>{file}: %Ln пакет</numerusform>
            <numerusform>{file}: %Ln пакета</numerusform>
            <numerusform>{file}: %Ln пакетов</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved {count} packets to {file}.</source>
        <translation>Пакетов сохранено в {file}: {count}.</translation>
    </message>
    <message>
        <source>Cannot use {file}: {reason}</source>
        <translation>Не удаётся использовать {file}: {reason}</translation>
    </message>
    <message>
        <source>Save the packets</source>
        <translation>Сохранение пакетов</translation>
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
        <translation>Участники</translation>
    </message>
    <message>
        <source>People in the room</source>
        <translation>Участники чата</translation>
    </message>
    <message>
        <source>Double-click a name to send a private message (/msg)</source>
        <translation>Дважды щёлкните имя, чтобы отправить личное сообщение (/msg)</translation>
    </message>
    <message>
        <source>Enter or a double-click on a name starts a private message (/msg)</source>
        <translation>Enter или двойной щелчок по имени начинает личное сообщение (/msg)</translation>
    </message>
    <message>
        <source>Double-click a name for a private message.</source>
        <translation>Двойной щелчок по имени — личное сообщение.</translation>
    </message>
    <message>
        <source>{nick} (you)</source>
        <translation>{nick} (вы)</translation>
    </message>
    <message>
        <source>SocketLab app</source>
        <translation>приложение SocketLab</translation>
    </message>
    <message>
        <source>text client (nc, telnet...)</source>
        <translation>текстовый клиент (nc, telnet...)</translation>
    </message>
    <message>
        <source>People ({count})</source>
        <translation>Участники ({count})</translation>
    </message>
</context>
<context>
    <name>PingPanel</name>
    <message>
        <source>Seq</source>
        <translation>№</translation>
    </message>
    <message>
        <source>From</source>
        <translation>От кого</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Байт</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>host name or IP address, e.g. 192.168.1.1</source>
        <translation>имя узла или IP-адрес, например 192.168.1.1</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Узел</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>until stopped</source>
        <translation>до остановки</translation>
    </message>
    <message>
        <source> s</source>
        <translation> с</translation>
    </message>
    <message>
        <source>Interval</source>
        <translation>Интервал</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>Тайм-аут</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Начать</translation>
    </message>
    <message>
        <source>Copy the replies and the summary as ping prints them</source>
        <translation>Копировать ответы и итог так, как их выводит ping</translation>
    </message>
    <message>
        <source>Ping sends ICMP echo requests; each reply&apos;s round-trip time tells how far and how busy the path is. Try 127.0.0.1, then a LAN address, then a website.</source>
        <translation>Ping отправляет эхо-запросы ICMP; время кругового обхода каждого ответа показывает, насколько далёк и загружен путь. Попробуйте 127.0.0.1, затем адрес в локальной сети, затем сайт.</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>Ответы</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Итог</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>Узел:</translation>
    </message>
    <message>
        <source>Count:</source>
        <translation>Количество:</translation>
    </message>
    <message>
        <source>Interval:</source>
        <translation>Интервал:</translation>
    </message>
    <message>
        <source>Timeout:</source>
        <translation>Тайм-аут:</translation>
    </message>
    <message>
        <source>Ping</source>
        <translation>Ping</translation>
    </message>
    <message>
        <source>Is that host reachable, and how long does a round trip take? (like ping; no administrator rights needed where the system allows it)</source>
        <translation>Доступен ли узел и сколько длится путь туда и обратно? (как ping; права администратора не нужны, если система это позволяет)</translation>
    </message>
    <message>
        <source>Pinging {host}...</source>
        <translation>Ping {host}...</translation>
    </message>
    <message>
        <source>Not started.</source>
        <translation>Не запущено.</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>потерян</translation>
    </message>
    <message>
        <source>min/avg/max {min} / {avg} / {max} ms</source>
        <translation>мин/сред/макс {min} / {avg} / {max} мс</translation>
    </message>
    <message>
        <source>Sent {sent} · Received {received} · Loss —</source>
        <translation>Отправлено {sent} · Получено {received} · Потери —</translation>
    </message>
    <message>
        <source>Sent {sent} · Received {received} · Loss {loss}%</source>
        <translation>Отправлено {sent} · Получено {received} · Потери {loss}%</translation>
    </message>
</context>
<context>
    <name>PortCheckPanel</name>
    <message>
        <source>Common services</source>
        <translation>Распространённые службы</translation>
    </message>
    <message>
        <source>Well-known ports 1-1024</source>
        <translation>Общеизвестные порты 1-1024</translation>
    </message>
    <message>
        <source>SocketLab chat 5555</source>
        <translation>Чат SocketLab 5555</translation>
    </message>
    <message>
        <source>Web 80,443,8080,8443</source>
        <translation>Веб 80,443,8080,8443</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Узел</translation>
    </message>
    <message>
        <source>host name or IP address</source>
        <translation>имя узла или IP-адрес</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>Порты</translation>
    </message>
    <message>
        <source>22, 20-25 or 22,80,443</source>
        <translation>22, 20-25 или 22,80,443</translation>
    </message>
    <message>
        <source>Presets</source>
        <translation>Наборы</translation>
    </message>
    <message>
        <source> s</source>
        <translation> с</translation>
    </message>
    <message>
        <source>Timeout per port</source>
        <translation>Тайм-аут на порт</translation>
    </message>
    <message>
        <source>Ports at a time</source>
        <translation>Портов одновременно</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Проверить</translation>
    </message>
    <message>
        <source>Show closed ports</source>
        <translation>Показывать закрытые порты</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Ход выполнения</translation>
    </message>
    <message>
        <source>Port check status</source>
        <translation>Состояние проверки портов</translation>
    </message>
    <message>
        <source>Port results</source>
        <translation>Результаты по портам</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>Узел:</translation>
    </message>
    <message>
        <source>Ports:</source>
        <translation>Порты:</translation>
    </message>
    <message>
        <source>Timeout per port:</source>
        <translation>Тайм-аут на порт:</translation>
    </message>
    <message>
        <source>At a time:</source>
        <translation>Одновременно:</translation>
    </message>
    <message>
        <source>Port check</source>
        <translation>Проверка портов</translation>
    </message>
    <message>
        <source>Which TCP ports accept a connection? open: a program listens; closed: the host refused; filtered: no answer in time (a firewall?). At most {count} ports a run. Check only hosts you may test.</source>
        <translation>Какие TCP-порты принимают соединение? открыт: программа слушает порт; закрыт: узел отказал; фильтруется: нет ответа вовремя (межсетевой экран?). Не более {count} портов за запуск. Проверяйте только узлы, которые вам разрешено проверять.</translation>
    </message>
    <message>
        <source>{done} of {total} · {open} open · {closed} closed · {filtered} filtered</source>
        <extracomment>Progress of a port check: &quot;12 of 100 · 2 open · 9 closed · 1 filtered&quot;.</extracomment>
        <translation>{done} из {total} · открыто: {open} · закрыто: {closed} · фильтруется: {filtered}</translation>
    </message>
    <message numerus="yes">
        <source>Checking %Ln port(s) on {host}...</source>
        <translation>
            <numerusform>Проверка %Ln порта на {host}...</numerusform>
            <numerusform>Проверка %Ln портов на {host}...</numerusform>
            <numerusform>Проверка %Ln портов на {host}...</numerusform>
        </translation>
    </message>
    <message>
        <source>Not started.</source>
        <translation>Не запущено.</translation>
    </message>
</context>
<context>
    <name>PortResultsModel</name>
    <message>
        <source>Port</source>
        <translation>Порт</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Служба</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Подробности</translation>
    </message>
</context>
<context>
    <name>RateGraph</name>
    <message>
        <source>Receive rate graph</source>
        <translation>График скорости приёма</translation>
    </message>
    <message>
        <source>Datagrams per second over the last 15 seconds</source>
        <translation>Дейтаграмм в секунду за последние 15 секунд</translation>
    </message>
    <message>
        <source>peak {peak}, now {now}</source>
        <extracomment>{peak} and {now} are rates such as 950/s or 12.3k/s (datagrams per second).</extracomment>
        <translation>пик {peak}, сейчас {now}</translation>
    </message>
    <message>
        <source>rate graph: no traffic yet</source>
        <translation>график скорости: трафика пока нет</translation>
    </message>
    <message>
        <source>peak {rate}</source>
        <translation>пик {rate}</translation>
    </message>
    <message>
        <source>now {rate}</source>
        <translation>сейчас {rate}</translation>
    </message>
</context>
<context>
    <name>RawTerminal</name>
    <message>
        <source>Text + LF</source>
        <extracomment>Rows kept in the terminal. Characters of a row shown in the list (the detail pane shows all of it). Bytes of a row shown in the detail pane&apos;s hex dump.</extracomment>
        <translation>Текст + LF</translation>
    </message>
    <message>
        <source>Text + CRLF</source>
        <translation>Текст + CRLF</translation>
    </message>
    <message>
        <source>Text, no line ending</source>
        <translation>Текст без конца строки</translation>
    </message>
    <message>
        <source>Hex bytes</source>
        <translation>Байты в hex</translation>
    </message>
    <message>
        <source>in one send()</source>
        <extracomment>How the typed bytes are handed to the kernel when sent more than once.</extracomment>
        <translation>одним send()</translation>
    </message>
    <message>
        <source>as separate send() calls</source>
        <translation>отдельными вызовами send()</translation>
    </message>
    <message>
        <source>Show received bytes as</source>
        <translation>Показывать полученные байты как</translation>
    </message>
    <message>
        <source>How to show the bytes: as text in an encoding, or as hex. Also the encoding used to send text.</source>
        <translation>Как показывать байты: как текст в кодировке или в hex. Эта же кодировка используется для отправки текста.</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Очистить</translation>
    </message>
    <message>
        <source>Raw TCP terminal: one row per recv()</source>
        <translation>Сырой TCP-терминал: одна строка на каждый recv()</translation>
    </message>
    <message>
        <source>Bytes of the selected row</source>
        <translation>Байты выбранной строки</translation>
    </message>
    <message>
        <source>Select a row to see its bytes as a hex dump.</source>
        <translation>Выберите строку, чтобы увидеть её байты в виде hex-дампа.</translation>
    </message>
    <message>
        <source>Bytes to send</source>
        <translation>Байты для отправки</translation>
    </message>
    <message>
        <source>Times to send</source>
        <translation>Сколько раз отправить</translation>
    </message>
    <message>
        <source>send() calls</source>
        <translation>Вызовы send()</translation>
    </message>
    <message>
        <source>TCP is a byte stream: it keeps the bytes in order but not the borders between send() calls. Send the line 2 times as separate send() calls: the Events pane shows two send() rows, yet the peer may get both in one recv(). UDP is different: each datagram arrives whole, or not at all.</source>
        <translation>TCP — это поток байтов: он сохраняет порядок байтов, но не границы между вызовами send(). Отправьте строку 2 раза отдельными вызовами send(): панель событий покажет две строки send(), а собеседник может получить обе за один recv(). В UDP иначе: каждая датаграмма приходит целиком или не приходит вовсе.</translation>
    </message>
    <message>
        <source>Send the typed bytes this many times, back to back.</source>
        <translation>Отправить введённые байты столько раз подряд.</translation>
    </message>
    <message>
        <source>Text to send, e.g. GET / HTTP/1.0</source>
        <translation>Текст для отправки, например GET / HTTP/1.0</translation>
    </message>
    <message>
        <source>Send as</source>
        <translation>Отправлять как</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Отправить</translation>
    </message>
    <message>
        <source>Show as</source>
        <translation>Показывать как</translation>
    </message>
    <message>
        <source>{calls} recv() calls, {received} bytes received; {sends} sent, {sent} bytes</source>
        <translation>Вызовов recv(): {calls}, получено байт: {received}; отправок: {sends}, байт: {sent}</translation>
    </message>
    <message>
        <source>sent at {time}, {size} bytes</source>
        <translation>отправлено в {time}, байт: {size}</translation>
    </message>
    <message>
        <source>recv() at {time}, {size} bytes</source>
        <translation>recv() в {time}, байт: {size}</translation>
    </message>
    <message>
        <source>Nothing to send: type some text (or choose a line ending).</source>
        <translation>Нечего отправлять: введите текст (или выберите конец строки).</translation>
    </message>
    <message>
        <source>Hex bytes to send, e.g. 48 65 6c 6c 6f</source>
        <translation>Байты в hex для отправки, например 48 65 6c 6c 6f</translation>
    </message>
    <message>
        <source>Text to send</source>
        <translation>Текст для отправки</translation>
    </message>
</context>
<context>
    <name>ReceiverPanel</name>
    <message>
        <source>Receive</source>
        <translation>Приём</translation>
    </message>
    <message>
        <source>Bind address</source>
        <translation>Адрес привязки</translation>
    </message>
    <message>
        <source>0.0.0.0: every IPv4 interface; :: every IPv6 one</source>
        <translation>0.0.0.0: все интерфейсы IPv4; :: все интерфейсы IPv6</translation>
    </message>
    <message>
        <source>any</source>
        <translation>любой</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Порт</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Запустить</translation>
    </message>
    <message>
        <source>Echo mode</source>
        <translation>Режим эха</translation>
    </message>
    <message>
        <source>Send every datagram back to its source (a UDP echo server)</source>
        <translation>Отправлять каждую дейтаграмму обратно источнику (UDP-эхо-сервер)</translation>
    </message>
    <message>
        <source>multicast group (optional), e.g. 239.1.2.3</source>
        <translation>группа групповой рассылки (необязательно), например 239.1.2.3</translation>
    </message>
    <message>
        <source>Multicast group</source>
        <translation>Группа групповой рассылки</translation>
    </message>
    <message>
        <source>interface (optional)</source>
        <translation>интерфейс (необязательно)</translation>
    </message>
    <message>
        <source>Multicast interface</source>
        <translation>Интерфейс групповой рассылки</translation>
    </message>
    <message>
        <source>Join the group on this interface: an address of this machine (IPv4) or an interface name or index (IPv6). Empty: the OS chooses.</source>
        <translation>Вступить в группу на этом интерфейсе: адрес этой машины (IPv4) или имя либо номер интерфейса (IPv6). Пусто: выбирает ОС.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Остановлено.</translation>
    </message>
    <message>
        <source>Receiver status</source>
        <translation>Состояние приёмника</translation>
    </message>
    <message>
        <source>Preview encoding</source>
        <translation>Кодировка просмотра</translation>
    </message>
    <message>
        <source>Follow newest</source>
        <translation>Следить за новыми</translation>
    </message>
    <message>
        <source>The table keeps the last {count} datagrams; the counters count all.</source>
        <translation>Таблица хранит последние дейтаграммы ({count}); счётчики считают все.</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Очистить</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Экспорт в CSV…</translation>
    </message>
    <message>
        <source>Received datagrams</source>
        <translation>Полученные дейтаграммы</translation>
    </message>
    <message>
        <source>Selected datagram</source>
        <translation>Выбранная дейтаграмма</translation>
    </message>
    <message>
        <source>Datagram or streams</source>
        <translation>Дейтаграмма или потоки</translation>
    </message>
    <message>
        <source>Copy hex</source>
        <translation>Копировать hex</translation>
    </message>
    <message>
        <source>Copy text</source>
        <translation>Копировать текст</translation>
    </message>
    <message>
        <source>Hex dump</source>
        <translation>Hex-дамп</translation>
    </message>
    <message>
        <source>Select a datagram to see its bytes.</source>
        <translation>Выберите дейтаграмму, чтобы увидеть её байты.</translation>
    </message>
    <message>
        <source>reply payload; escapes like \n and \xff work</source>
        <translation>данные ответа; работают экранирования вроде \n и \xff</translation>
    </message>
    <message>
        <source>Reply payload</source>
        <translation>Данные ответа</translation>
    </message>
    <message>
        <source>Reply to sender</source>
        <translation>Ответить отправителю</translation>
    </message>
    <message>
        <source>Bind</source>
        <translation>Привязка</translation>
    </message>
    <message>
        <source>port</source>
        <translation>порт</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <source>Preview as</source>
        <translation>Просмотр как</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Запуск…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Остановить</translation>
    </message>
    <message>
        <source>The receiver has stopped. Press Start to receive again.</source>
        <translation>Приёмник остановлен. Нажмите «Запустить», чтобы снова принимать.</translation>
    </message>
    <message>
        <source>Echoed {count}, {dropped} not sent</source>
        <translation>Отправлено эхом: {count}, не отправлено: {dropped}</translation>
    </message>
    <message>
        <source>Echoed {count}</source>
        <translation>Отправлено эхом: {count}</translation>
    </message>
    <message>
        <source>Listening on {address}, joined {group} · receive buffer {buffer}</source>
        <translation>Приём на {address}, в группе {group} · буфер приёма {buffer}</translation>
    </message>
    <message>
        <source>Listening on {address} · receive buffer {buffer}</source>
        <translation>Приём на {address} · буфер приёма {buffer}</translation>
    </message>
    <message>
        <source>Clear empties the table and the counters (streams, loss, rate) and starts a new count, even while receiving. Stop and Start keep both: the next run goes on counting, so datagrams sent while stopped show as lost.</source>
        <translation>«Очистить» опустошает таблицу и счётчики (потоки, потери, скорость) и начинает новый счёт, даже во время приёма. «Стоп» и «Старт» сохраняют и то и другое: следующий запуск продолжает счёт, поэтому дейтаграммы, отправленные, пока приём был остановлен, видны как потерянные.</translation>
    </message>
    <message>
        <source>#: the datagrams received since the last Clear, from 1. Sequence: the sender&apos;s own number from its sequence header, from 0.</source>
        <translation>№: дейтаграммы, полученные после последней очистки, считая с 1. Номер последовательности: собственный номер отправителя из заголовка последовательности, считая с 0.</translation>
    </message>
    <message>
        <source>Streams ({count})</source>
        <translation>Потоки ({count})</translation>
    </message>
    <message>
        <source>Streams</source>
        <translation>Потоки</translation>
    </message>
    <message>
        <source>#{number} from {address}, {size} bytes · sequence {sequence} (the sender counts from 0)</source>
        <translation>№{number} от {address}, байт: {size} · номер {sequence} (отправитель считает с 0)</translation>
    </message>
    <message>
        <source>Bytes 0-11 (marked): sequence header, magic SLSQ, stream {stream}, number {sequence}. The payload follows.</source>
        <translation>Байты 0–11 (выделены): заголовок последовательности, метка SLSQ, поток {stream}, номер {sequence}. Дальше идут данные.</translation>
    </message>
    <message>
        <source>{encoding}: {text}</source>
        <translation>{encoding}: {text}</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln datagram(s) to {file}.</source>
        <translation>
            <numerusform>Экспортирована %Ln дейтаграмма в {file}.</numerusform>
            <numerusform>Экспортированы %Ln дейтаграммы в {file}.</numerusform>
            <numerusform>Экспортировано %Ln дейтаграмм в {file}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped: could not start.</source>
        <translation>Остановлено: не удалось запустить.</translation>
    </message>
    <message>
        <source>No datagram selected.</source>
        <translation>Дейтаграмма не выбрана.</translation>
    </message>
    <message>
        <source>#{number} from {address}, {size} bytes</source>
        <translation>№{number} от {address}, байт: {size}</translation>
    </message>
    <message>
        <source>… showing the first {shown} of {size} bytes; Copy hex copies them all.</source>
        <translation>… показаны первые {shown} из {size} байт; «Копировать hex» копирует все.</translation>
    </message>
    <message numerus="yes">
        <source>Stopped. Received %Ln datagram(s).</source>
        <translation>
            <numerusform>Остановлено. Получена %Ln дейтаграмма.</numerusform>
            <numerusform>Остановлено. Получены %Ln дейтаграммы.</numerusform>
            <numerusform>Остановлено. Получено %Ln дейтаграмм.</numerusform>
        </translation>
    </message>
    <message>
        <source>Start the receiver and select a datagram to reply to.</source>
        <translation>Запустите приёмник и выберите дейтаграмму, на которую нужно ответить.</translation>
    </message>
    <message>
        <source>Export received datagrams</source>
        <translation>Экспорт полученных дейтаграмм</translation>
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
        <translation>(ждёт отправки)</translation>
    </message>
</context>
<context>
    <name>RttGraph</name>
    <message>
        <source>Round-trip time graph</source>
        <translation>График времени кругового обхода</translation>
    </message>
    <message>
        <source>last reply: {rtt} ms, lost: {count}</source>
        <extracomment>{rtt} is a round-trip time in milliseconds; {count} a number of lost requests.</extracomment>
        <translation>последний ответ: {rtt} мс, потеряно: {count}</translation>
    </message>
    <message>
        <source>Round-trip time (ms)</source>
        <translation>Время кругового обхода (мс)</translation>
    </message>
    <message>
        <source>Replies appear here as a line.</source>
        <translation>Ответы появятся здесь в виде линии.</translation>
    </message>
    <message>
        <source>lost: {count}</source>
        <translation>потеряно: {count}</translation>
    </message>
</context>
<context>
    <name>SavedPacketsBox</name>
    <message>
        <source>Saved packets</source>
        <translation>Сохранённые пакеты</translation>
    </message>
    <message>
        <source>Double-click a packet to send it again.</source>
        <translation>Дважды щёлкните пакет, чтобы отправить его снова.</translation>
    </message>
    <message>
        <source>Enter or a double-click sends the packet again</source>
        <translation>Enter или двойной щелчок — отправить пакет снова</translation>
    </message>
    <message>
        <source>name for the current packet</source>
        <translation>имя для текущего пакета</translation>
    </message>
    <message>
        <source>Packet name</source>
        <translation>Имя пакета</translation>
    </message>
    <message>
        <source>Save current</source>
        <translation>Сохранить текущий</translation>
    </message>
    <message>
        <source>Save the sender&apos;s target and payload under this name</source>
        <translation>Сохранить адрес и данные отправителя под этим именем</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Загрузить</translation>
    </message>
    <message>
        <source>Put the selected packet into the sender without sending it</source>
        <translation>Поместить выбранный пакет в отправитель, не отправляя его</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <source>Add packets from a JSON file</source>
        <translation>Добавить пакеты из JSON-файла</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <source>Write every saved packet to a JSON file</source>
        <translation>Записать все сохранённые пакеты в JSON-файл</translation>
    </message>
    <message>
        <source>Could not import {file}: {reason}</source>
        <translation>Не удалось импортировать {file}: {reason}</translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}</source>
        <translation>Не удалось записать {path}: {reason}</translation>
    </message>
    <message>
        <source>Import saved packets</source>
        <translation>Импорт сохранённых пакетов</translation>
    </message>
    <message>
        <source>Packets (*.json);;All files (*)</source>
        <translation>Пакеты (*.json);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Export saved packets</source>
        <translation>Экспорт сохранённых пакетов</translation>
    </message>
    <message>
        <source>Packets (*.json)</source>
        <translation>Пакеты (*.json)</translation>
    </message>
    <message>
        <source>Type a name for the packet first.</source>
        <translation>Сначала введите имя пакета.</translation>
    </message>
</context>
<context>
    <name>SenderPanel</name>
    <message>
        <source>Needed for 255.255.255.255 and subnet broadcasts (such as 192.168.1.255); without it the OS refuses with &apos;permission denied&apos;.</source>
        <translation>Нужно для 255.255.255.255 и широковещательной рассылки в подсети (например, 192.168.1.255); без этого ОС отказывает с ошибкой &apos;permission denied&apos;.</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Отправка</translation>
    </message>
    <message>
        <source>host:port, e.g. 192.168.1.20:5555 or [::1]:5555</source>
        <translation>хост:порт, например 192.168.1.20:5555 или [::1]:5555</translation>
    </message>
    <message>
        <source>Target host and port</source>
        <translation>Хост и порт получателя</translation>
    </message>
    <message>
        <source>any</source>
        <translation>любой</translation>
    </message>
    <message>
        <source>Local port</source>
        <translation>Локальный порт</translation>
    </message>
    <message>
        <source>Send from this local port, so replies come back to it</source>
        <translation>Отправлять с этого локального порта, чтобы ответы приходили на него</translation>
    </message>
    <message>
        <source>Payload format</source>
        <translation>Формат данных</translation>
    </message>
    <message>
        <source>Text encoding</source>
        <translation>Кодировка текста</translation>
    </message>
    <message>
        <source>Payload size</source>
        <translation>Размер данных</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Данные</translation>
    </message>
    <message>
        <source>Ctrl+Enter sends</source>
        <translation>Ctrl+Enter отправляет</translation>
    </message>
    <message>
        <source>until stopped</source>
        <translation>до остановки</translation>
    </message>
    <message>
        <source>Number of datagrams</source>
        <translation>Число дейтаграмм</translation>
    </message>
    <message>
        <source>How many datagrams to send; 0 sends until you press Stop</source>
        <translation>Сколько дейтаграмм отправить; 0 — отправлять, пока не нажмёте «Остановить»</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> мс</translation>
    </message>
    <message>
        <source>no pause</source>
        <translation>без паузы</translation>
    </message>
    <message>
        <source>Interval in milliseconds</source>
        <translation>Интервал в миллисекундах</translation>
    </message>
    <message>
        <source>Pause between datagrams; 0 sends as fast as possible</source>
        <translation>Пауза между дейтаграммами; 0 — отправлять как можно быстрее</translation>
    </message>
    <message>
        <source>Sequence header</source>
        <translation>Заголовок с номерами</translation>
    </message>
    <message>
        <source>Prefix each datagram with 12 bytes (SLSQ, stream id, number) so the receiver can count lost and out-of-order datagrams</source>
        <translation>Добавлять в начало каждой дейтаграммы 12 байт (SLSQ, id потока, номер), чтобы приёмник мог считать потерянные и пришедшие не по порядку дейтаграммы</translation>
    </message>
    <message>
        <source>Allow broadcast (SO_BROADCAST)</source>
        <translation>Разрешить широковещательную рассылку (SO_BROADCAST)</translation>
    </message>
    <message>
        <source>Multicast TTL</source>
        <translation>TTL групповой рассылки</translation>
    </message>
    <message>
        <source>How many routers a multicast datagram may cross (1: this network)</source>
        <translation>Через сколько маршрутизаторов может пройти дейтаграмма групповой рассылки (1: только эта сеть)</translation>
    </message>
    <message>
        <source>Loop back</source>
        <translation>Петля на себя</translation>
    </message>
    <message>
        <source>Deliver the group&apos;s datagrams to receivers on this machine too</source>
        <translation>Доставлять дейтаграммы группы и приёмникам на этой машине</translation>
    </message>
    <message>
        <source>interface (optional)</source>
        <translation>интерфейс (необязательно)</translation>
    </message>
    <message>
        <source>Multicast interface</source>
        <translation>Интерфейс групповой рассылки</translation>
    </message>
    <message>
        <source>The interface multicast leaves by: an address of this machine (IPv4) or an interface name or index (IPv6). Empty: the OS chooses.</source>
        <translation>Интерфейс, через который уходит групповая рассылка: адрес этой машины (IPv4) или имя либо номер интерфейса (IPv6). Пусто: выбирает ОС.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Остановить</translation>
    </message>
    <message>
        <source>Ready.</source>
        <translation>Готово.</translation>
    </message>
    <message>
        <source>Send status</source>
        <translation>Состояние отправки</translation>
    </message>
    <message>
        <source>Replies: none yet.</source>
        <translation>Ответы: пока нет.</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>Ответы</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Получатель</translation>
    </message>
    <message>
        <source>from port</source>
        <translation>с порта</translation>
    </message>
    <message>
        <source>every</source>
        <translation>каждые</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>Multicast</source>
        <translation>Групповая рассылка</translation>
    </message>
    <message numerus="yes">
        <source>%Ln byte(s) + {header} header (over the {limit}-byte limit)</source>
        <translation>
            <numerusform>%Ln байт + заголовок {header} (больше предела в {limit} байт)</numerusform>
            <numerusform>%Ln байта + заголовок {header} (больше предела в {limit} байт)</numerusform>
            <numerusform>%Ln байт + заголовок {header} (больше предела в {limit} байт)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln byte(s) + {header} header</source>
        <translation>
            <numerusform>%Ln байт + заголовок {header}</numerusform>
            <numerusform>%Ln байта + заголовок {header}</numerusform>
            <numerusform>%Ln байт + заголовок {header}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln byte(s) (over the {limit}-byte limit)</source>
        <translation>
            <numerusform>%Ln байт (больше предела в {limit} байт)</numerusform>
            <numerusform>%Ln байта (больше предела в {limit} байт)</numerusform>
            <numerusform>%Ln байт (больше предела в {limit} байт)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln byte(s)</source>
        <translation>
            <numerusform>%Ln байт</numerusform>
            <numerusform>%Ln байта</numerusform>
            <numerusform>%Ln байт</numerusform>
        </translation>
    </message>
    <message>
        <source>{rate}/s</source>
        <translation>{rate}/с</translation>
    </message>
    <message>
        <source>Sent {sent} of {total}, {failed} refused</source>
        <translation>Отправлено {sent} из {total}, отклонено: {failed}</translation>
    </message>
    <message numerus="yes">
        <source>Sent %Ln datagram(s) ({bytes} bytes), {failed} refused.</source>
        <translation>
            <numerusform>Отправлена %Ln дейтаграмма (байт: {bytes}), отклонено: {failed}.</numerusform>
            <numerusform>Отправлены %Ln дейтаграммы (байт: {bytes}), отклонено: {failed}.</numerusform>
            <numerusform>Отправлено %Ln дейтаграмм (байт: {bytes}), отклонено: {failed}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent %Ln datagram(s) ({bytes} bytes).</source>
        <translation>
            <numerusform>Отправлена %Ln дейтаграмма (байт: {bytes}).</numerusform>
            <numerusform>Отправлены %Ln дейтаграммы (байт: {bytes}).</numerusform>
            <numerusform>Отправлено %Ln дейтаграмм (байт: {bytes}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not sent: see the error above. Sent %Ln datagram(s) ({bytes} bytes), {failed} refused.</source>
        <translation>
            <numerusform>Не отправлено: см. ошибку выше. Отправлена %Ln дейтаграмма (байт: {bytes}), отклонено: {failed}.</numerusform>
            <numerusform>Не отправлено: см. ошибку выше. Отправлены %Ln дейтаграммы (байт: {bytes}), отклонено: {failed}.</numerusform>
            <numerusform>Не отправлено: см. ошибку выше. Отправлено %Ln дейтаграмм (байт: {bytes}), отклонено: {failed}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not sent: see the error above. Sent %Ln datagram(s) ({bytes} bytes).</source>
        <translation>
            <numerusform>Не отправлено: см. ошибку выше. Отправлена %Ln дейтаграмма (байт: {bytes}).</numerusform>
            <numerusform>Не отправлено: см. ошибку выше. Отправлены %Ln дейтаграммы (байт: {bytes}).</numerusform>
            <numerusform>Не отправлено: см. ошибку выше. Отправлено %Ln дейтаграмм (байт: {bytes}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %Ln datagram(s) ({bytes} bytes), {failed} refused.</source>
        <translation>
            <numerusform>Остановлено после %Ln дейтаграммы (байт: {bytes}), отклонено: {failed}.</numerusform>
            <numerusform>Остановлено после %Ln дейтаграмм (байт: {bytes}), отклонено: {failed}.</numerusform>
            <numerusform>Остановлено после %Ln дейтаграмм (байт: {bytes}), отклонено: {failed}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %Ln datagram(s) ({bytes} bytes).</source>
        <translation>
            <numerusform>Остановлено после %Ln дейтаграммы (байт: {bytes}).</numerusform>
            <numerusform>Остановлено после %Ln дейтаграмм (байт: {bytes}).</numerusform>
            <numerusform>Остановлено после %Ln дейтаграмм (байт: {bytes}).</numerusform>
        </translation>
    </message>
    <message>
        <source>255.255.255.255 is the broadcast address: tick &apos;Allow broadcast&apos; to send there.</source>
        <translation>255.255.255.255 — адрес широковещательной рассылки: отметьте «Разрешить широковещательную рассылку», чтобы отправлять на него.</translation>
    </message>
    <message>
        <source>Sending to {target}…</source>
        <translation>Отправка на {target}…</translation>
    </message>
    <message>
        <source>Not sending: the sender had stopped.</source>
        <translation>Отправка не идёт: отправитель уже остановлен.</translation>
    </message>
    <message>
        <source>Sent {sent} of {total}</source>
        <translation>Отправлено {sent} из {total}</translation>
    </message>
    <message>
        <source>Sent {sent}, {failed} refused</source>
        <translation>Отправлено: {sent}, отклонено: {failed}</translation>
    </message>
    <message>
        <source>Sent {sent}</source>
        <translation>Отправлено: {sent}</translation>
    </message>
    <message>
        <source>Replies: {count} · last from {address} ({size} bytes): {preview}</source>
        <translation>Ответы: {count} · последний от {address} (байт: {size}): {preview}</translation>
    </message>
</context>
<context>
    <name>SequenceDiagram</name>
    <message>
        <source>Sequence diagram</source>
        <extracomment>At most this many arrows are drawn (a flood&apos;s conversation can be 10,000 packets).</extracomment>
        <translation>Диаграмма последовательности</translation>
    </message>
    <message>
        <source>TIME_WAIT: this side sent the first FIN, so it keeps the connection&apos;s address pair for twice the MSL (60 s on Linux) to catch late segments.</source>
        <translation>TIME_WAIT: эта сторона отправила первый FIN, поэтому удерживает пару адресов соединения в течение удвоенного MSL (60 с в Linux), чтобы поймать запоздавшие сегменты.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more packet(s) of this conversation are not drawn.</source>
        <translation>
            <numerusform>Не нарисован ещё %Ln пакет этого диалога.</numerusform>
            <numerusform>Не нарисованы ещё %Ln пакета этого диалога.</numerusform>
            <numerusform>Не нарисованы ещё %Ln пакетов этого диалога.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a packet to see its conversation.</source>
        <translation>Выберите пакет, чтобы увидеть его диалог.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Клавиши</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Где</translation>
    </message>
</context>
<context>
    <name>SocketTableModel</name>
    <message>
        <source>A TIME_WAIT socket belongs to no program any more: the system keeps it for up to a minute so that late packets of the old connection are not mistaken for a new one.</source>
        <translation>Сокет в TIME_WAIT уже не принадлежит ни одной программе: система держит его до минуты, чтобы запоздавшие пакеты старого соединения не были приняты за новое.</translation>
    </message>
    <message>
        <source>The program is hidden: it belongs to another user (or another container).</source>
        <translation>Программа скрыта: она принадлежит другому пользователю (или другому контейнеру).</translation>
    </message>
    <message>
        <source>{state}, {seconds} s left</source>
        <extracomment>{state} is TIME_WAIT (kept in English, like ss and netstat write it).</extracomment>
        <translation>{state}, осталось {seconds} с</translation>
    </message>
    <message>
        <source>Time left: unknown (this system does not tell).</source>
        <translation>Осталось: неизвестно (эта система не сообщает).</translation>
    </message>
    <message>
        <source>Time left: {seconds} s, then the system forgets it.</source>
        <translation>Осталось: {seconds} с, потом система его забудет.</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Протокол</translation>
    </message>
    <message>
        <source>Local address</source>
        <translation>Локальный адрес</translation>
    </message>
    <message>
        <source>Remote address</source>
        <translation>Удалённый адрес</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Program (PID)</source>
        <translation>Программа (PID)</translation>
    </message>
    <message>
        <source>The other end of the selected connection: the same connection seen from its peer (local and remote swapped).</source>
        <translation>Другой конец выбранного соединения: то же соединение со стороны собеседника (локальный и удалённый адреса поменяны местами).</translation>
    </message>
</context>
<context>
    <name>SocketsPanel</name>
    <message>
        <source>All states</source>
        <extracomment>How long a new socket, or one whose state changed, stays highlighted. Meanings (theme.status_color kinds) of socket states&apos; colours.</extracomment>
        <translation>Все состояния</translation>
    </message>
    <message>
        <source>Filter: a port (5555), a state, or a program name</source>
        <translation>Фильтр: порт (5555), состояние или имя программы</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Фильтр</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Пауза</translation>
    </message>
    <message>
        <source>Stop refreshing every second, to read the table</source>
        <translation>Перестать обновлять каждую секунду, чтобы прочитать таблицу</translation>
    </message>
    <message>
        <source>Sockets</source>
        <translation>Сокеты</translation>
    </message>
    <message>
        <source>Try it: open a chat (Chat tab) and type its port in the filter. The two ESTABLISHED ends of the connection appear highlighted for a few seconds; select one and its other end stays marked in bold. Close the chat and the side that closed first waits in TIME_WAIT for up to a minute (the State column counts down; hover over a state to read what it means).</source>
        <translation>Попробуйте: откройте чат (вкладка «Чат») и введите его порт в фильтр. Оба конца соединения в состоянии ESTABLISHED на несколько секунд подсвечиваются; выберите один — и другой его конец останется выделен жирным. Закройте чат: сторона, закрывшая соединение первой, ждёт в TIME_WAIT до минуты (столбец «Состояние» ведёт обратный отсчёт; наведите указатель на состояние, чтобы прочитать, что оно значит).</translation>
    </message>
    <message>
        <source>Reading the sockets...</source>
        <translation>Чтение сокетов...</translation>
    </message>
    <message>
        <source>Sockets status</source>
        <translation>Состояние списка сокетов</translation>
    </message>
    <message>
        <source>Sockets on this machine</source>
        <translation>Сокеты на этом компьютере</translation>
    </message>
    <message>
        <source>Every TCP and UDP socket: who listens on which port, and every connection with its state and program (like netstat -an or ss -tuanp).</source>
        <translation>Все сокеты TCP и UDP: кто слушает какой порт, и все соединения с их состоянием и программой (как netstat -an или ss -tuanp).</translation>
    </message>
    <message>
        <source>Paused. {info}</source>
        <translation>Пауза. {info}</translation>
    </message>
    <message>
        <source>refreshed {time} in {ms} ms</source>
        <translation>обновлено в {time} за {ms} мс</translation>
    </message>
    <message numerus="yes">
        <source>%Ln socket(s), {shown} shown · {info}</source>
        <translation>
            <numerusform>%Ln сокет, показано: {shown} · {info}</numerusform>
            <numerusform>%Ln сокета, показано: {shown} · {info}</numerusform>
            <numerusform>%Ln сокетов, показано: {shown} · {info}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StateNotes</name>
    <message>
        <source>LISTEN: a server waits here for connections to this port.</source>
        <translation>LISTEN: сервер ждёт здесь подключений к этому порту.</translation>
    </message>
    <message>
        <source>SYN_SENT: this end asked to connect (sent SYN) and waits for the server&apos;s SYN-ACK.</source>
        <translation>SYN_SENT: эта сторона попросила соединения (отправила SYN) и ждёт SYN-ACK от сервера.</translation>
    </message>
    <message>
        <source>SYN_RECV: a connection request arrived and was answered (SYN-ACK); waiting for the client&apos;s final ACK.</source>
        <translation>SYN_RECV: запрос на соединение пришёл, на него ответили (SYN-ACK); ждём последний ACK клиента.</translation>
    </message>
    <message>
        <source>ESTABLISHED: the connection is open; both ends can send data.</source>
        <translation>ESTABLISHED: соединение открыто, обе стороны могут передавать данные.</translation>
    </message>
    <message>
        <source>FIN_WAIT1: this end closed the connection (sent FIN) and waits for the other end to acknowledge it.</source>
        <translation>FIN_WAIT1: эта сторона закрыла соединение (отправила FIN) и ждёт, пока другая сторона это подтвердит.</translation>
    </message>
    <message>
        <source>FIN_WAIT2: this end&apos;s close was acknowledged; waiting for the other end to close too.</source>
        <translation>FIN_WAIT2: закрытие с этой стороны подтверждено; ждём, пока закроется и другая сторона.</translation>
    </message>
    <message>
        <source>CLOSE_WAIT: the other end closed; this program has not closed its socket yet. Many of these point to a program that forgets to close connections.</source>
        <translation>CLOSE_WAIT: другая сторона закрыла соединение, а эта программа ещё не закрыла свой сокет. Много таких сокетов — признак программы, которая забывает закрывать соединения.</translation>
    </message>
    <message>
        <source>CLOSING: both ends closed at the same time; waiting for the acknowledgement of this end&apos;s FIN.</source>
        <translation>CLOSING: обе стороны закрыли соединение одновременно; ждём подтверждения FIN этой стороны.</translation>
    </message>
    <message>
        <source>LAST_ACK: the other end closed first, then this end; waiting for the last acknowledgement.</source>
        <translation>LAST_ACK: другая сторона закрыла первой, затем эта; ждём последнего подтверждения.</translation>
    </message>
    <message>
        <source>TIME_WAIT: the end that closed first waits (up to a minute) so that late packets of the old connection are not taken for a new one.</source>
        <translation>TIME_WAIT: сторона, закрывшая соединение первой, ждёт (до минуты), чтобы запоздавшие пакеты старого соединения не приняли за новое.</translation>
    </message>
    <message>
        <source>CLOSE: the socket is closed and unused.</source>
        <translation>CLOSE: сокет закрыт и не используется.</translation>
    </message>
    <message>
        <source>REACHABLE: the neighbour answered recently; its MAC address is trusted.</source>
        <translation>REACHABLE: сосед недавно отвечал, его MAC-адресу можно верить.</translation>
    </message>
    <message>
        <source>STALE: the MAC address is known but not confirmed lately; it is checked the next time something is sent there.</source>
        <translation>STALE: MAC-адрес известен, но давно не подтверждался; его проверят, когда туда снова что-нибудь отправят.</translation>
    </message>
    <message>
        <source>DELAY: a packet was just sent to a STALE neighbour; waiting a moment for a sign of life before asking again.</source>
        <translation>DELAY: соседу в состоянии STALE только что отправлен пакет; ждём немного признаков жизни, прежде чем спросить снова.</translation>
    </message>
    <message>
        <source>PROBE: asking the neighbour directly whether it still has this MAC address.</source>
        <translation>PROBE: соседа напрямую спрашивают, тот ли у него ещё MAC-адрес.</translation>
    </message>
    <message>
        <source>FAILED: nobody answered for this address: the host is off, or not on this network.</source>
        <translation>FAILED: на этот адрес никто не ответил: узел выключен или не в этой сети.</translation>
    </message>
    <message>
        <source>INCOMPLETE: a request for the MAC address was sent; no answer yet.</source>
        <translation>INCOMPLETE: запрос MAC-адреса отправлен, ответа пока нет.</translation>
    </message>
    <message>
        <source>PERMANENT: set by hand (or by the system); it never expires.</source>
        <translation>PERMANENT: задан вручную (или системой); никогда не устаревает.</translation>
    </message>
    <message>
        <source>NOARP: this interface needs no address resolution (loopback, point-to-point).</source>
        <translation>NOARP: этому интерфейсу не нужно определение адресов (loopback, «точка-точка»).</translation>
    </message>
    <message>
        <source>complete: the MAC address is known (the table gives no finer state).</source>
        <translation>complete: MAC-адрес известен (точнее состояние таблица не сообщает).</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message numerus="yes">
        <source>{detail} Reconnecting in {seconds} s... %Ln message(s) will be sent when it is back.</source>
        <translation>
            <numerusform>{detail} Повторное подключение через {seconds} с... %Ln сообщение будет отправлено после восстановления связи.</numerusform>
            <numerusform>{detail} Повторное подключение через {seconds} с... %Ln сообщения будут отправлены после восстановления связи.</numerusform>
            <numerusform>{detail} Повторное подключение через {seconds} с... %Ln сообщений будет отправлено после восстановления связи.</numerusform>
        </translation>
    </message>
    <message>
        <source>{detail} Reconnecting in {seconds} s...</source>
        <translation>{detail} Повторное подключение через {seconds} с...</translation>
    </message>
</context>
<context>
    <name>StreamsModel</name>
    <message>
        <source>Source</source>
        <extracomment>This many streams or more, each with a single datagram: the sender changes its source port per datagram, and the view says so.</extracomment>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Stream id</source>
        <translation>ID потока</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Получено</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Потеряно</translation>
    </message>
    <message>
        <source>Out of order</source>
        <translation>Не по порядку</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Дубликаты</translation>
    </message>
</context>
<context>
    <name>StreamsView</name>
    <message>
        <source>Streams</source>
        <translation>Потоки</translation>
    </message>
    <message>
        <source>Loss and order are counted per stream: one source address and port, with the stream id the sender drew for its run (sequence header on). A sender that uses a new source port for every datagram makes a stream of one datagram each time, and nothing can be counted across them.</source>
        <translation>Потери и порядок считаются по потокам: поток — это один адрес и порт источника вместе с идентификатором потока, который отправитель выбрал для своего запуска (при включённом заголовке последовательности). Отправитель, который для каждой дейтаграммы берёт новый порт источника, каждый раз создаёт поток из одной дейтаграммы, и между такими потоками ничего посчитать нельзя.</translation>
    </message>
    <message>
        <source>Every stream has one datagram: the sender seems to use a new source port for each datagram (socat does), so loss and order cannot be counted. Send from one socket, with a fixed source port.</source>
        <translation>В каждом потоке по одной дейтаграмме: похоже, отправитель берёт новый порт источника для каждой дейтаграммы (так делает socat), поэтому потери и порядок посчитать нельзя. Отправляйте с одного сокета, с постоянным портом источника.</translation>
    </message>
    <message>
        <source>Showing the {shown} most recently heard of {count} streams.</source>
        <translation>Показаны последние услышанные потоки: {shown} из {count}.</translation>
    </message>
</context>
<context>
    <name>SubnetTab</name>
    <message>
        <source>new prefix</source>
        <translation>новому префиксу</translation>
    </message>
    <message>
        <source>number of subnets</source>
        <translation>числу подсетей</translation>
    </message>
    <message>
        <source>hosts per subnet</source>
        <translation>числу узлов в подсети</translation>
    </message>
    <message>
        <source>Subnet tools</source>
        <translation>Инструменты для подсетей</translation>
    </message>
    <message>
        <source>Calculator</source>
        <translation>Калькулятор</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>Разбить</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>Узлы</translation>
    </message>
    <message>
        <source>VLSM</source>
        <translation>VLSM</translation>
    </message>
    <message>
        <source>Summarise</source>
        <translation>Суммировать</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Prefix or mask</source>
        <translation>Префикс или маска</translation>
    </message>
    <message>
        <source>24 or 255.255.255.0</source>
        <translation>24 или 255.255.255.0</translation>
    </message>
    <message>
        <source>This machine</source>
        <translation>Этот компьютер</translation>
    </message>
    <message>
        <source>Fill in an address of one of this machine&apos;s interfaces</source>
        <translation>Подставить адрес одного из интерфейсов этого компьютера</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Адрес</translation>
    </message>
    <message>
        <source>&amp;Prefix or mask</source>
        <translation>&amp;Префикс или маска</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Результаты</translation>
    </message>
    <message>
        <source>Copy results</source>
        <translation>Копировать результаты</translation>
    </message>
    <message>
        <source>Copy the results as text</source>
        <translation>Копировать результаты как текст</translation>
    </message>
    <message>
        <source>In words</source>
        <translation>Словами</translation>
    </message>
    <message>
        <source>Address AND mask = network</source>
        <translation>Адрес AND маска = сеть</translation>
    </message>
    <message>
        <source>Same network?</source>
        <translation>В одной сети?</translation>
    </message>
    <message>
        <source>Another address, e.g. 192.168.1.200 (or a network)</source>
        <translation>Другой адрес, например 192.168.1.200 (или сеть)</translation>
    </message>
    <message>
        <source>Another address</source>
        <translation>Другой адрес</translation>
    </message>
    <message>
        <source>Split by</source>
        <translation>Разбить по</translation>
    </message>
    <message>
        <source>Split value</source>
        <translation>Значение для разбиения</translation>
    </message>
    <message>
        <source>2 hosts fit a /31 (RFC 3021)</source>
        <translation>2 узла помещаются в /31 (RFC 3021)</translation>
    </message>
    <message>
        <source>Point-to-point links may use a /31: both addresses are hosts, with no network or broadcast address (RFC 3021). Untick for the classic /30.</source>
        <translation>Каналы «точка-точка» могут использовать /31: оба адреса — адреса узлов, без адреса сети и широковещательного адреса (RFC 3021). Снимите флажок для классической /30.</translation>
    </message>
    <message>
        <source>Subnets</source>
        <translation>Подсети</translation>
    </message>
    <message>
        <source>by</source>
        <translation>по</translation>
    </message>
    <message>
        <source>Host requirements</source>
        <translation>Потребности в узлах</translation>
    </message>
    <message>
        <source>One a line: a name and the hosts it needs
Sales 50</source>
        <translation>По одной на строку: имя и нужное число узлов
Sales 50</translation>
    </message>
    <message>
        <source>Needs, one a line (name, hosts). Allocated largest first:</source>
        <translation>Потребности, по одной на строку (имя, узлы). Сначала выделяются самые большие:</translation>
    </message>
    <message>
        <source>Networks to summarise</source>
        <translation>Сети для суммирования</translation>
    </message>
    <message>
        <source>One network a line
192.168.0.0/24</source>
        <translation>По одной сети на строку
192.168.0.0/24</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Суммирование</translation>
    </message>
    <message>
        <source>Networks, one a line (or comma-separated):</source>
        <translation>Сети, по одной на строку (или через запятую):</translation>
    </message>
    <message>
        <source>The prefix or mask for the address typed on the left</source>
        <translation>Префикс или маска для адреса, введённого слева</translation>
    </message>
    <message>
        <source>Set by the prefix or mask in the address; type the address alone to choose here</source>
        <translation>Задано префиксом или маской в адресе; введите только адрес, чтобы выбрать здесь</translation>
    </message>
    <message>
        <source>No addresses found</source>
        <translation>Адреса не найдены</translation>
    </message>
    <message>
        <source>No results: correct the address above.</source>
        <translation>Результатов нет: исправьте адрес выше.</translation>
    </message>
    <message>
        <source>Not updated while the address has an error. Last result: {result}</source>
        <translation>Не обновляется, пока в адресе ошибка. Последний результат: {result}</translation>
    </message>
    <message numerus="yes">
        <source>{count} usable host(s)</source>
        <translation>
            <numerusform>{count} узел</numerusform>
            <numerusform>{count} узла</numerusform>
            <numerusform>{count} узлов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} address(es)</source>
        <translation>
            <numerusform>{count} адрес</numerusform>
            <numerusform>{count} адреса</numerusform>
            <numerusform>{count} адресов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;{count}&lt;/b&gt; subnet(s) of /{prefix}, {each} usable hosts each</source>
        <extracomment>{each} is how many usable hosts each subnet has.</extracomment>
        <translation>
            <numerusform>&lt;b&gt;{count}&lt;/b&gt; подсеть /{prefix}, узлов в ней: {each}</numerusform>
            <numerusform>&lt;b&gt;{count}&lt;/b&gt; подсети /{prefix}, узлов в каждой: {each}</numerusform>
            <numerusform>&lt;b&gt;{count}&lt;/b&gt; подсетей /{prefix}, узлов в каждой: {each}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;{count}&lt;/b&gt; subnet(s) of /{prefix}, {each} addresses each</source>
        <extracomment>{each} is how many addresses each subnet has.</extracomment>
        <translation>
            <numerusform>&lt;b&gt;{count}&lt;/b&gt; подсеть /{prefix}, адресов в ней: {each}</numerusform>
            <numerusform>&lt;b&gt;{count}&lt;/b&gt; подсети /{prefix}, адресов в каждой: {each}</numerusform>
            <numerusform>&lt;b&gt;{count}&lt;/b&gt; подсетей /{prefix}, адресов в каждой: {each}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;{count}&lt;/b&gt; usable host(s) in {network}: {first} to {last}</source>
        <translation>
            <numerusform>&lt;b&gt;{count}&lt;/b&gt; адрес узла в {network}: от {first} до {last}</numerusform>
            <numerusform>&lt;b&gt;{count}&lt;/b&gt; адреса узлов в {network}: от {first} до {last}</numerusform>
            <numerusform>&lt;b&gt;{count}&lt;/b&gt; адресов узлов в {network}: от {first} до {last}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;{count}&lt;/b&gt; address(es) in {network}: {first} to {last}</source>
        <translation>
            <numerusform>&lt;b&gt;{count}&lt;/b&gt; адрес в {network}: от {first} до {last}</numerusform>
            <numerusform>&lt;b&gt;{count}&lt;/b&gt; адреса в {network}: от {first} до {last}</numerusform>
            <numerusform>&lt;b&gt;{count}&lt;/b&gt; адресов в {network}: от {first} до {last}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} extra address(es)</source>
        <translation>
            <numerusform>{count} лишний адрес</numerusform>
            <numerusform>{count} лишних адреса</numerusform>
            <numerusform>{count} лишних адресов</numerusform>
        </translation>
    </message>
    <message>
        <source>Planning inside {network}</source>
        <translation>Планирование внутри {network}</translation>
    </message>
    <message>
        <source>no extra addresses</source>
        <translation>без лишних адресов</translation>
    </message>
    <message>
        <source>{inputs} networks collapse to &lt;b&gt;{count}&lt;/b&gt; covering exactly the same {addresses} addresses. One summary route: {routes}.</source>
        <translation>Сетей на входе: {inputs}; они сворачиваются в &lt;b&gt;{count}&lt;/b&gt;, покрывающих ровно те же адреса (всего {addresses}). Один суммарный маршрут: {routes}.</translation>
    </message>
    <message>
        <source>Type the {what}.</source>
        <translation>Введите значение для разбиения по {what}.</translation>
    </message>
    <message>
        <source>The {what} must be a whole number, not {text}.</source>
        <translation>Для разбиения по {what} нужно целое число, а не {text}.</translation>
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
        <source>Packets</source>
        <translation>Пакеты</translation>
    </message>
</context>
<context>
    <name>TerminalModel</name>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Вызов</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Байты</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Данные</translation>
    </message>
    <message>
        <source>b&apos;&apos;: the peer closed the connection (end of the stream)</source>
        <translation>b&apos;&apos;: собеседник закрыл соединение (конец потока)</translation>
    </message>
    <message numerus="yes">
        <source>  [%Ln byte(s) held: an incomplete character]</source>
        <translation>
            <numerusform>  [задержан %Ln байт — неполный символ]</numerusform>
            <numerusform>  [задержано %Ln байта — неполный символ]</numerusform>
            <numerusform>  [задержано %Ln байт — неполный символ]</numerusform>
        </translation>
    </message>
    <message>
        <source>Bytes we sent</source>
        <translation>Отправленные нами байты</translation>
    </message>
    <message>
        <source>One recv() call: bytes as they arrived</source>
        <translation>Один вызов recv(): байты в том виде, в каком пришли</translation>
    </message>
</context>
<context>
    <name>TransferRow</name>
    <message>
        <source>{s} s</source>
        <extracomment>Transfers the window follows at most: offers with new ids are what anyone in the room can send, so the oldest ended ones, then the oldest unanswered offers, are forgotten (their lines stay in the conversation; the engine forgets offers sooner).</extracomment>
        <translation>{s} с</translation>
    </message>
    <message>
        <source>{m} min {s} s</source>
        <translation>{m} мин {s} с</translation>
    </message>
    <message>
        <source>{h} h {m} min</source>
        <translation>{h} ч {m} мин</translation>
    </message>
    <message>
        <source>to {nick}</source>
        <translation>для {nick}</translation>
    </message>
    <message>
        <source>to the room</source>
        <translation>для всей комнаты</translation>
    </message>
    <message>
        <source>from {nick}</source>
        <translation>от {nick}</translation>
    </message>
    <message>
        <source>{name} ({details}) {who}</source>
        <translation>{name} ({details}) {who}</translation>
    </message>
    <message>
        <source>{name} ({details})</source>
        <translation>{name} ({details})</translation>
    </message>
    <message>
        <source>{name} {who}</source>
        <translation>{name} {who}</translation>
    </message>
    <message>
        <source>Checking the files (SHA-256)…</source>
        <translation>Проверка файлов (SHA-256)…</translation>
    </message>
    <message>
        <source>Offered to you</source>
        <translation>Предлагают вам</translation>
    </message>
    <message>
        <source>Waiting for {nick} to accept…</source>
        <translation>Ждём, пока {nick} примет…</translation>
    </message>
    <message>
        <source>Offered to the room</source>
        <translation>Предложено всей комнате</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Подключение…</translation>
    </message>
    <message>
        <source>{percent}%</source>
        <translation>{percent} %</translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <translation>{done} из {total}</translation>
    </message>
    <message>
        <source>through the server</source>
        <translation>через сервер</translation>
    </message>
    <message>
        <source>paused by you</source>
        <translation>приостановлено вами</translation>
    </message>
    <message>
        <source>paused by the other side</source>
        <translation>приостановлено другой стороной</translation>
    </message>
    <message>
        <source>{rate}/s</source>
        <translation>{rate}/с</translation>
    </message>
    <message>
        <source>{time} left</source>
        <translation>осталось {time}</translation>
    </message>
    <message>
        <source>Received, SHA-256 checked</source>
        <translation>Получено, SHA-256 проверена</translation>
    </message>
    <message>
        <source>Delivered, SHA-256 checked</source>
        <translation>Доставлено, SHA-256 проверена</translation>
    </message>
    <message>
        <source>Cancelled by you.</source>
        <translation>Отменено вами.</translation>
    </message>
    <message>
        <source>Cancelled by the other side.</source>
        <translation>Отменено другой стороной.</translation>
    </message>
    <message>
        <source>You declined.</source>
        <translation>Вы отказались.</translation>
    </message>
    <message>
        <source>Declined.</source>
        <translation>Отклонено.</translation>
    </message>
    <message>
        <source>Failed: {reason}</source>
        <translation>Ошибка: {reason}</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Принять</translation>
    </message>
    <message>
        <source>Save as...</source>
        <translation>Сохранить как...</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Отказаться</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Пауза</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Продолжить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Показать в папке</translation>
    </message>
</context>
<context>
    <name>UdpTab</name>
    <message>
        <source>The UDP sender is still sending.</source>
        <translation>Отправитель UDP ещё отправляет.</translation>
    </message>
</context>
<context>
    <name>UnreadNotifier</name>
    <message>
        <source>SocketLab chat</source>
        <translation>Чат SocketLab</translation>
    </message>
    <message>
        <source>{sender} (private)</source>
        <translation>{sender} (личное)</translation>
    </message>
</context>
<context>
    <name>_PluralWords</name>
    <message numerus="yes">
        <source>%Ln file(s)</source>
        <translation>
            <numerusform>%Ln файл</numerusform>
            <numerusform>%Ln файла</numerusform>
            <numerusform>%Ln файлов</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>address</name>
    <message>
        <source>The port is empty: type a number from 1 to 65535.</source>
        <translation>Порт не указан: введите число от 1 до 65535.</translation>
    </message>
    <message>
        <source>Port {value} is not a number: type a number from {low} to 65535.</source>
        <translation>Порт {value} — не число: введите число от {low} до 65535.</translation>
    </message>
    <message>
        <source>Port {port} is out of range {low}-{high}.</source>
        <translation>Порт {port} вне диапазона {low}–{high}.</translation>
    </message>
    <message>
        <source>Too many octets in {host}: an IPv4 address has four (a.b.c.d).</source>
        <translation>Слишком много октетов в {host}: в адресе IPv4 их четыре (a.b.c.d).</translation>
    </message>
    <message>
        <source>Too few octets in {host}: an IPv4 address has four (a.b.c.d).</source>
        <translation>Слишком мало октетов в {host}: в адресе IPv4 их четыре (a.b.c.d).</translation>
    </message>
    <message>
        <source>{host} has an empty octet: write four numbers from 0 to 255.</source>
        <translation>В {host} есть пустой октет: напишите четыре числа от 0 до 255.</translation>
    </message>
    <message>
        <source>Octet {octet} in {host} is out of range 0-255.</source>
        <translation>Октет {octet} в {host} вне диапазона 0–255.</translation>
    </message>
    <message>
        <source>{host} is not a valid IPv4 address.</source>
        <translation>{host} — неверный адрес IPv4.</translation>
    </message>
    <message>
        <source>The host is empty: type an IP address or a host name.</source>
        <translation>Узел не указан: введите IP-адрес или имя узла.</translation>
    </message>
    <message>
        <source>{host} is not a valid IPv6 address.</source>
        <translation>{host} — неверный адрес IPv6.</translation>
    </message>
    <message>
        <source>{host} has an empty zone after &apos;%&apos; (write e.g. %eth0).</source>
        <translation>В {host} после &apos;%&apos; пустая зона (напишите, например, %eth0).</translation>
    </message>
    <message>
        <source>The host name is longer than 253 characters.</source>
        <translation>Имя узла длиннее 253 символов.</translation>
    </message>
    <message>
        <source>{host} is not a valid host name: use letters, digits and hyphens between the dots.</source>
        <translation>{host} — неверное имя узла: между точками допустимы латинские буквы, цифры и дефисы.</translation>
    </message>
    <message>
        <source>The address is empty: type host or host:port.</source>
        <translation>Адрес не указан: введите узел или узел:порт.</translation>
    </message>
    <message>
        <source>{value} is missing the closing &apos;]&apos; after the IPv6 address.</source>
        <translation>В {value} после адреса IPv6 нет закрывающей &apos;]&apos;.</translation>
    </message>
    <message>
        <source>Expected &apos;:port&apos; after &apos;]&apos; in {value}.</source>
        <translation>В {value} после &apos;]&apos; ожидается &apos;:порт&apos;.</translation>
    </message>
    <message>
        <source>Brackets are only for IPv6 addresses: write {host}:port.</source>
        <translation>Квадратные скобки нужны только для адресов IPv6: напишите {host}:порт.</translation>
    </message>
    <message>
        <source>The host is missing before &apos;:&apos; in {value}.</source>
        <translation>В {value} перед &apos;:&apos; не указан узел.</translation>
    </message>
    <message>
        <source>The port is missing after &apos;:&apos; in {value}.</source>
        <translation>В {value} после &apos;:&apos; не указан порт.</translation>
    </message>
    <message>
        <source>{value} has no port: write {value}:PORT.</source>
        <translation>В {value} нет порта: напишите {value}:ПОРТ.</translation>
    </message>
    <message>
        <source>No ports given: type a port, a range like 20-25, or a list 22,80.</source>
        <translation>Порты не указаны: введите порт, диапазон вроде 20-25 или список 22,80.</translation>
    </message>
    <message>
        <source>Empty item in the port list {value} (two commas in a row?).</source>
        <translation>Пустой элемент в списке портов {value} (две запятые подряд?).</translation>
    </message>
    <message>
        <source>Range {item} runs backwards: write {last}-{first}.</source>
        <translation>Диапазон {item} записан задом наперёд: напишите {last}-{first}.</translation>
    </message>
    <message>
        <source>Too many ports: at most {limit:,} in one run.</source>
        <translation>Слишком много портов: не более {limit:,} за один запуск.</translation>
    </message>
</context>
<context>
    <name>chat</name>
    <message>
        <source>{server} turned this connection away; SocketLab will not reconnect by itself.</source>
        <translation>{server} отказал в подключении; SocketLab не будет переподключаться сам.</translation>
    </message>
    <message>
        <source>{code} is not a key fingerprint: it has 16 letters and digits, like 7QK4-M2PX-9F3A-BC8D.</source>
        <translation>{code} — не отпечаток ключа: в нём 16 букв и цифр, например 7QK4-M2PX-9F3A-BC8D.</translation>
    </message>
    <message>
        <source>The key of {server} has CHANGED: it was {previous}, now it is {code}. Someone may be pretending to be this server, or its host made a new key (a new computer, a reinstall). Ask the host which code their server shows; only if it is {code}, accept the new key. Not connecting.</source>
        <translation>Ключ сервера {server} ИЗМЕНИЛСЯ: был {previous}, теперь {code}. Возможно, кто-то выдаёт себя за этот сервер, или его владелец создал новый ключ (новый компьютер, переустановка). Спросите владельца, какой код показывает его сервер; примите новый ключ, только если это {code}. Подключение отменено.</translation>
    </message>
    <message>
        <source>{server} shows the key {code}, not {expected} as you were told: not connecting. Someone may be pretending to be this server; check the code with its host.</source>
        <translation>{server} показывает ключ {code}, а не {expected}, как вам сказали: подключение отменено. Возможно, кто-то выдаёт себя за этот сервер; сверьте код с его владельцем.</translation>
    </message>
    <message>
        <source>{server} closed the connection before the encrypted handshake could start.</source>
        <translation>{server} закрыл соединение до начала зашифрованного рукопожатия.</translation>
    </message>
    <message>
        <source>{server} answered without encryption although its key is pinned ({previous}): not connecting. Someone may be in the way, or the server was restarted without TLS; ask its host.</source>
        <translation>{server} ответил без шифрования, хотя его ключ запомнен ({previous}): подключение отменено. Возможно, кто-то вклинился в соединение, или сервер перезапустили без TLS; спросите его владельца.</translation>
    </message>
    <message>
        <source>{server} answered without encryption although you gave its key ({expected}): not connecting. Someone may be in the way, or the server runs without TLS; ask its host.</source>
        <translation>{server} ответил без шифрования, хотя вы указали его ключ ({expected}): подключение отменено. Возможно, кто-то вклинился в соединение, или сервер работает без TLS; спросите его владельца.</translation>
    </message>
    <message>
        <source>{server} refused the connection: {line}</source>
        <translation>{server} отказал в подключении: {line}</translation>
    </message>
    <message>
        <source>The encrypted connection to {server} failed ({reason}). Not connecting.</source>
        <translation>Не удалось установить зашифрованное соединение с {server} ({reason}). Подключение отменено.</translation>
    </message>
    <message>
        <source>The encrypted connection to {server} broke ({reason}).</source>
        <translation>Зашифрованное соединение с {server} прервано ({reason}).</translation>
    </message>
    <message>
        <source>The pinned server keys in {path} cannot be read ({reason}), so this server&apos;s key cannot be checked. Not connecting.</source>
        <translation>Запомненные ключи серверов в {path} не читаются ({reason}), поэтому ключ этого сервера нельзя проверить. Подключение отменено.</translation>
    </message>
    <message>
        <source>Connecting to {server}...</source>
        <translation>Подключение к {server}...</translation>
    </message>
    <message>
        <source>The key of {server} could not be remembered in {path}: {reason}.</source>
        <translation>Не удалось запомнить ключ {server} в {path}: {reason}.</translation>
    </message>
    <message>
        <source>{reason} Reconnecting in {delay} s.</source>
        <translation>{reason} Повторное подключение через {delay} с.</translation>
    </message>
    <message>
        <source>The server closed the connection (recv() returned b&apos;&apos;).</source>
        <translation>Сервер закрыл соединение (recv() вернул b&apos;&apos;).</translation>
    </message>
    <message>
        <source>The server closed the connection (close_notify).</source>
        <translation>Сервер закрыл соединение (close_notify).</translation>
    </message>
    <message>
        <source>Over-long lines from the server were skipped: {count}.</source>
        <translation>Пропущены слишком длинные строки от сервера: {count}.</translation>
    </message>
    <message>
        <source>The server stopped: its host closed the room.</source>
        <translation>Сервер остановлен: хозяин закрыл комнату.</translation>
    </message>
    <message>
        <source>The server refused a line&apos;s sequence number: the line was not delivered and stays in the outbox, to be sent again on the next connection.</source>
        <translation>Сервер отверг порядковый номер строки: строка не доставлена и остаётся в очереди отправки, она будет отправлена снова при следующем подключении.</translation>
    </message>
    <message>
        <source>This room needs a password. SocketLab sends it only over an encrypted connection, and this one is not encrypted: connect with TLS, or allow the password over plaintext.</source>
        <translation>Для входа в эту комнату нужен пароль. SocketLab отправляет его только по зашифрованному соединению, а это соединение не зашифровано: подключитесь через TLS или разрешите отправку пароля открытым текстом.</translation>
    </message>
    <message>
        <source>Connected to {server}: not a SocketLab chat server, raw TCP terminal.</source>
        <translation>Подключено к {server}: это не чат-сервер SocketLab, режим TCP-терминала.</translation>
    </message>
    <message>
        <source>Malformed message from the server skipped: {line}</source>
        <translation>Пропущено искажённое сообщение от сервера: {line}</translation>
    </message>
    <message>
        <source>Connected to {server} as {nick}.</source>
        <translation>Подключено к {server} под именем {nick}.</translation>
    </message>
    <message>
        <source>No answer from the server for {seconds} s: the connection is lost.</source>
        <translation>Сервер не отвечает {seconds} с: соединение потеряно.</translation>
    </message>
    <message>
        <source>The outbox is closed: the line was not kept.</source>
        <translation>Очередь отправки закрыта: строка не сохранена.</translation>
    </message>
    <message>
        <source>Not connected: the bytes were not sent.</source>
        <translation>Нет соединения: байты не отправлены.</translation>
    </message>
    <message>
        <source>The chat history file {path} cannot be written: {reason}.</source>
        <extracomment>Rows per INSERT statement: 7 values each stays under SQLite&apos;s oldest limit of 999. Messages written in one transaction at most (about 2 ms of encoding). Export formats offered by File &gt; Export conversation.</extracomment>
        <translation>Не удаётся записать файл истории чата {path}: {reason}.</translation>
    </message>
    <message>
        <source>A nickname needs at least one character.</source>
        <translation>Имя должно содержать хотя бы один символ.</translation>
    </message>
    <message>
        <source>A nickname has at most {limit} characters.</source>
        <translation>Имя может содержать не более {limit} символов.</translation>
    </message>
    <message>
        <source>A nickname cannot contain spaces.</source>
        <translation>Имя не может содержать пробелы.</translation>
    </message>
    <message>
        <source>A nickname can only contain printable characters.</source>
        <translation>Имя может содержать только печатные символы.</translation>
    </message>
    <message>
        <source>A nickname cannot start with {char}.</source>
        <translation>Имя не может начинаться с {char}.</translation>
    </message>
    <message>
        <source>A nickname cannot contain invisible characters ({code}).</source>
        <translation>Ник не может содержать невидимые символы ({code}).</translation>
    </message>
    <message>
        <source>A nickname cannot have an accent or mark without a letter before it.</source>
        <translation>В нике не может быть диакритического знака без буквы перед ним.</translation>
    </message>
    <message>
        <source>A nickname can have at most {limit} marks on one letter.</source>
        <translation>В нике на одной букве может быть не больше {limit} диакритических знаков.</translation>
    </message>
    <message>
        <source>The nickname {nick} is kept for the server: choose another.</source>
        <translation>Ник {nick} зарезервирован за сервером: выберите другой.</translation>
    </message>
    <message>
        <source>The nickname {wanted} is taken; you are {nick}.</source>
        <translation>Имя {wanted} занято; ваше имя — {nick}.</translation>
    </message>
    <message>
        <source>{problem} You are a guest instead.</source>
        <translation>{problem} Вы вошли как гость.</translation>
    </message>
    <message>
        <source>The nickname {nick} is taken.</source>
        <translation>Имя {nick} занято.</translation>
    </message>
    <message>
        <source>{problem} Usage: /nick NAME</source>
        <translation>{problem} Использование: /nick ИМЯ</translation>
    </message>
    <message>
        <source>You were removed by the host.</source>
        <translation>Хозяин чата удалил вас из чата.</translation>
    </message>
    <message>
        <source>Usage: /me ACTION, e.g. /me waves</source>
        <translation>Использование: /me ДЕЙСТВИЕ, например /me машет рукой</translation>
    </message>
    <message>
        <source>Usage: /msg NICK TEXT</source>
        <translation>Использование: /msg ИМЯ ТЕКСТ</translation>
    </message>
    <message>
        <source>Unknown command /{command}. Type /help.</source>
        <translation>Неизвестная команда /{command}. Введите /help.</translation>
    </message>
    <message>
        <source>Too many nickname changes: try again in {seconds} s.</source>
        <translation>Слишком много смен ника: попробуйте снова через {seconds} с.</translation>
    </message>
    <message>
        <source>The nickname {wanted} looks too much like {nick}, who is online: choose another.</source>
        <translation>Ник {wanted} слишком похож на {nick}, который сейчас в чате: выберите другой.</translation>
    </message>
    <message>
        <source>This room needs a password: type /pass PASSWORD</source>
        <translation>Для входа в эту комнату нужен пароль: введите /pass ПАРОЛЬ</translation>
    </message>
    <message>
        <source>This room needs a password.</source>
        <translation>Для входа в эту комнату нужен пароль.</translation>
    </message>
    <message>
        <source>Wrong password.</source>
        <translation>Неверный пароль.</translation>
    </message>
    <message>
        <source>Wrong password {count} times: the connection is closed.</source>
        <translation>Неверный пароль {count} раза: соединение закрыто.</translation>
    </message>
    <message>
        <source>Too many wrong passwords from {address}: try again in {seconds} s.</source>
        <translation>Слишком много неверных паролей с {address}: попробуйте снова через {seconds} с.</translation>
    </message>
    <message>
        <source>This room&apos;s password is accepted only over an encrypted connection: connect with SocketLab, `openssl s_client -quiet -connect {server}` or `ncat --ssl {host} {port}`.</source>
        <translation>Пароль этой комнаты принимается только по зашифрованному соединению: подключитесь через SocketLab, `openssl s_client -quiet -connect {server}` или `ncat --ssl {host} {port}`.</translation>
    </message>
    <message>
        <source>No password within {seconds} s: the connection is closed.</source>
        <translation>Пароль не введён за {seconds} с: соединение закрыто.</translation>
    </message>
    <message>
        <source>You are banned from this room until {until}.</source>
        <translation>Вам закрыт вход в эту комнату до {until}.</translation>
    </message>
    <message>
        <source>You are banned from this room until the server stops.</source>
        <translation>Вам закрыт вход в эту комнату, пока сервер не остановится.</translation>
    </message>
    <message>
        <source>A ban lasts a positive number of minutes; {minutes} is not.</source>
        <translation>Бан длится положительное число минут; {minutes} не подходит.</translation>
    </message>
    <message>
        <source>Nobody called {target} is online, and it is not an IP address.</source>
        <translation>В чате нет никого с ником {target}, и это не IP-адрес.</translation>
    </message>
    <message>
        <source>{target} is not banned.</source>
        <translation>{target} не забанен.</translation>
    </message>
    <message>
        <source>Type hex bytes to send, e.g. 48 65 6c 6c 6f.</source>
        <extracomment>What the terminal can show, as the user picks it, and the Python codec behind each. The window lists the current language&apos;s own first (app.ui.i18n.ordered_encodings). Line endings the terminal can add to a typed line. How many times the terminal can send a typed line in one go (the &quot;times&quot; box next to Send).</extracomment>
        <translation>Введите байты в шестнадцатеричном виде, например 48 65 6c 6c 6f.</translation>
    </message>
    <message>
        <source>{token} has no hex digits after its prefix.</source>
        <translation>В {token} после префикса нет шестнадцатеричных цифр.</translation>
    </message>
    <message>
        <source>{token} is not hex: {bad} is not a hex digit (use 0-9 and a-f), e.g. 48 65 6c 6c 6f.</source>
        <translation>{token} — не шестнадцатеричное число: {bad} не шестнадцатеричная цифра (используйте 0-9 и a-f), например 48 65 6c 6c 6f.</translation>
    </message>
    <message>
        <source>{token} has an odd number of hex digits: each byte is two digits (write 0{digit} for a single digit).</source>
        <translation>В {token} нечётное число шестнадцатеричных цифр: каждый байт — две цифры (для одной цифры напишите 0{digit}).</translation>
    </message>
    <message>
        <source>{char} cannot be written in {encoding}: choose UTF-8 (or another encoding that has it, such as GBK for Chinese or CP1251 for Russian), or send it as hex.</source>
        <translation>Символ {char} нельзя записать в кодировке {encoding}: выберите UTF-8 (или другую кодировку, где он есть, например CP1251 для русского или GBK для китайского) либо отправьте его в шестнадцатеричном виде.</translation>
    </message>
    <message>
        <source>Port {port} is still held by connections in TIME_WAIT ({count} of them): a server on it closed them first a moment ago, and the system keeps such a port busy for about 60 s (on Linux) so late packets of the old connections cannot reach a new one. SO_REUSEADDR is off, so the port cannot be bound until they expire. Wait a minute, or switch SO_REUSEADDR on to bind at once.</source>
        <translation>Порт {port} всё ещё занят соединениями в состоянии TIME_WAIT (их {count}): сервер на этом порту только что закрыл их первым, и система держит такой порт занятым около 60 с (в Linux), чтобы запоздавшие пакеты старых соединений не попали в новое. SO_REUSEADDR выключен, поэтому порт нельзя занять, пока они не истекут. Подождите минуту или включите SO_REUSEADDR, чтобы занять порт сразу.</translation>
    </message>
    <message>
        <source>Port {port} is still held by connections in TIME_WAIT ({count} of them), left by a program that closed them first without SO_REUSEADDR. Linux lets a new server bind over TIME_WAIT only when the old socket set SO_REUSEADDR too, so wait about 60 s for them to expire, or choose another port.</source>
        <translation>Порт {port} всё ещё занят соединениями в состоянии TIME_WAIT (их {count}), которые оставила программа, закрывшая их первой без SO_REUSEADDR. Linux позволяет новому серверу занять порт поверх TIME_WAIT, только если старый сокет тоже установил SO_REUSEADDR, поэтому подождите около 60 с, пока они истекут, или выберите другой порт.</translation>
    </message>
    <message>
        <source>Port {port} is already in use (EADDRINUSE). Another program may be listening there; or a server on it just closed and its connections are in TIME_WAIT, which keeps the port busy for about 60 s on Linux. SO_REUSEADDR is off, so TIME_WAIT blocks the port: wait a minute, switch SO_REUSEADDR on, or choose another port.</source>
        <translation>Порт {port} уже используется (EADDRINUSE). Возможно, его слушает другая программа; или сервер на этом порту только что закрылся, и его соединения находятся в TIME_WAIT, что держит порт занятым около 60 с в Linux. SO_REUSEADDR выключен, поэтому TIME_WAIT блокирует порт: подождите минуту, включите SO_REUSEADDR или выберите другой порт.</translation>
    </message>
    <message>
        <source>This server cannot announce itself on the LAN: UDP port {port} cannot be used ({reason}). The chat works; others join by typing its address.</source>
        <translation>Этот сервер не может объявить о себе в локальной сети: UDP-порт {port} недоступен ({reason}). Чат работает; другие могут подключиться, введя его адрес.</translation>
    </message>
    <message>
        <source>The history file {path} cannot be used: {reason}.</source>
        <translation>Файл истории {path} нельзя использовать: {reason}.</translation>
    </message>
    <message>
        <source>{reason} New connections wait {seconds} s ({count} similar errors not shown).</source>
        <translation>{reason} Новые подключения ждут {seconds} с (похожих ошибок не показано: {count}).</translation>
    </message>
    <message>
        <source>{reason} New connections wait {seconds} s.</source>
        <translation>{reason} Новые подключения ждут {seconds} с.</translation>
    </message>
    <message>
        <source>Nobody called {nick} is online.</source>
        <translation>Пользователя {nick} нет в сети.</translation>
    </message>
    <message>
        <source>{option} must be a whole number from {low} to {high}; {value} is not.</source>
        <translation>{option} должно быть целым числом от {low} до {high}; {value} не подходит.</translation>
    </message>
    <message>
        <source>{option} must be a number from {low} to {high}; {value} is not.</source>
        <translation>{option} должно быть числом от {low} до {high}; {value} не подходит.</translation>
    </message>
    <message>
        <source>The history file can no longer be written ({reason}); the room goes on and keeps the latest messages in memory.</source>
        <translation>Файл истории больше не записывается ({reason}); чат продолжает работу и хранит последние сообщения в памяти.</translation>
    </message>
    <message>
        <source>The history cannot be searched: {reason}.</source>
        <translation>Не удаётся выполнить поиск по истории: {reason}.</translation>
    </message>
    <message>
        <source>The server key in {path} cannot be read ({reason}). Move the file away to make a new key; clients that joined before will see a CHANGED key.</source>
        <translation>Ключ сервера в {path} не читается ({reason}). Уберите файл, чтобы создать новый ключ; клиенты, подключавшиеся раньше, увидят ИЗМЕНИВШИЙСЯ ключ.</translation>
    </message>
</context>
<context>
    <name>diagnostics</name>
    <message>
        <source>The {name} did not finish in {seconds} s.</source>
        <translation>Операция «{name}» не завершилась за {seconds} с.</translation>
    </message>
    <message>
        <source>{query} is not an IP address: a reverse lookup needs one, like 127.0.0.1.</source>
        <extracomment>The most of the hosts file read, and the longest line looked at (a longer one is skipped). The hosts file that gave every address (no DNS packet was sent), or &quot;&quot;.</extracomment>
        <translation>{query} — не IP-адрес: для обратного поиска нужен адрес, например 127.0.0.1.</translation>
    </message>
    <message>
        <source>The lookup of {query} timed out after {seconds:g} s: the DNS server did not answer. Check the network connection, or the DNS servers this machine uses.</source>
        <translation>Время ожидания ответа на запрос {query} истекло ({seconds:g} с): DNS-сервер не ответил. Проверьте подключение к сети или DNS-серверы, которые использует этот компьютер.</translation>
    </message>
    <message>
        <source>System resolver: the hosts file ({hosts}), then the DNS servers of the network adapters (see ipconfig /all).</source>
        <translation>Системный резолвер: файл hosts ({hosts}), затем DNS-серверы сетевых адаптеров (см. ipconfig /all).</translation>
    </message>
    <message>
        <source>System resolver (order: {order}): /etc/hosts, then DNS server {servers} (from /etc/resolv.conf).</source>
        <translation>Системный резолвер (порядок: {order}): /etc/hosts, затем DNS-сервер {servers} (из /etc/resolv.conf).</translation>
    </message>
    <message>
        <source>System resolver: /etc/hosts, then DNS server {servers} (from /etc/resolv.conf).</source>
        <translation>Системный резолвер: /etc/hosts, затем DNS-сервер {servers} (из /etc/resolv.conf).</translation>
    </message>
    <message>
        <source>System resolver (order: {order}): /etc/hosts, then DNS.</source>
        <translation>Системный резолвер (порядок: {order}): /etc/hosts, затем DNS.</translation>
    </message>
    <message>
        <source>System resolver: /etc/hosts, then DNS.</source>
        <translation>Системный резолвер: /etc/hosts, затем DNS.</translation>
    </message>
    <message>
        <source>up</source>
        <translation>включён</translation>
    </message>
    <message>
        <source>down</source>
        <translation>выключен</translation>
    </message>
    <message>
        <source>{state}, loopback</source>
        <translation>{state}, петлевой</translation>
    </message>
    <message>
        <source>Reading the interfaces took more than {seconds:g} s.</source>
        <translation>Чтение интерфейсов заняло больше {seconds:g} с.</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>полная</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>неполная</translation>
    </message>
    <message>
        <source>permanent</source>
        <translation>постоянная</translation>
    </message>
    <message>
        <source>`ip neigh` failed ({reason})</source>
        <translation>команда `ip neigh` не выполнилась ({reason})</translation>
    </message>
    <message>
        <source>{path} cannot be read ({reason})</source>
        <translation>не удаётся прочитать {path} ({reason})</translation>
    </message>
    <message>
        <source>`arp -a` failed ({reason})</source>
        <translation>команда `arp -a` не выполнилась ({reason})</translation>
    </message>
    <message>
        <source>there is no `arp` command</source>
        <translation>нет команды `arp`</translation>
    </message>
    <message>
        <source>This system does not show its neighbour (ARP) table: {failures}.</source>
        <translation>Эта система не показывает таблицу соседей (ARP): {failures}.</translation>
    </message>
    <message>
        <source>This system does not show its neighbour (ARP) table.</source>
        <translation>Эта система не показывает таблицу соседей (ARP).</translation>
    </message>
    <message>
        <source>Reading the neighbour table took more than {seconds:g} s.</source>
        <translation>Чтение таблицы соседей заняло больше {seconds:g} с.</translation>
    </message>
    <message>
        <source>Destination unreachable</source>
        <translation>Узел назначения недоступен</translation>
    </message>
    <message>
        <source>Time to live exceeded</source>
        <translation>Превышено время жизни (TTL)</translation>
    </message>
    <message>
        <source>Hop limit exceeded</source>
        <translation>Превышен лимит переходов (hop limit)</translation>
    </message>
    <message>
        <source>{reason} (from {source})</source>
        <extracomment>A lost request&apos;s reason, with the address of the router (or host) that said so.</extracomment>
        <translation>{reason} (от {source})</translation>
    </message>
    <message>
        <source>no reply in time</source>
        <translation>ответ не пришёл вовремя</translation>
    </message>
    <message>
        <source>raw ICMP sockets need administrator rights</source>
        <translation>для raw-сокетов ICMP нужны права администратора</translation>
    </message>
    <message>
        <source>{error} (code {code})</source>
        <translation>{error} (код {code})</translation>
    </message>
    <message>
        <source>unprivileged ICMP sockets are not allowed here (the sysctl net.ipv4.ping_group_range does not include your group)</source>
        <translation>непривилегированные ICMP-сокеты здесь запрещены (sysctl net.ipv4.ping_group_range не включает вашу группу)</translation>
    </message>
    <message>
        <source>unprivileged ICMP sockets are not available here</source>
        <translation>непривилегированные ICMP-сокеты здесь недоступны</translation>
    </message>
    <message>
        <source>Using an unprivileged ICMP socket: no administrator rights needed.</source>
        <translation>Используется непривилегированный ICMP-сокет: права администратора не нужны.</translation>
    </message>
    <message>
        <source>Using a raw ICMP socket, because {reason}.</source>
        <translation>Используется raw-сокет ICMP, потому что {reason}.</translation>
    </message>
    <message>
        <source>Using a raw ICMP socket: SocketLab runs with administrator rights.</source>
        <translation>Используется raw-сокет ICMP: SocketLab запущен с правами администратора.</translation>
    </message>
    <message>
        <source>no ping program was found on this system</source>
        <translation>программа ping в системе не найдена</translation>
    </message>
    <message>
        <source>Cannot ping: {reasons}. Install the ping program (Debian/Ubuntu: sudo apt install iputils-ping) or run SocketLab as administrator.</source>
        <translation>Пинг невозможен: {reasons}. Установите программу ping (Debian/Ubuntu: sudo apt install iputils-ping) или запустите SocketLab от имени администратора.</translation>
    </message>
    <message>
        <source>no reply within {seconds:g} s</source>
        <translation>нет ответа за {seconds:g} с</translation>
    </message>
    <message>
        <source>Could not run the system ping: {reason}</source>
        <translation>Не удалось запустить системный ping: {reason}</translation>
    </message>
    <message>
        <source>Using the system ping command: {reasons}.</source>
        <translation>Используется системная команда ping: {reasons}.</translation>
    </message>
    <message>
        <source>Using the system ping command.</source>
        <translation>Используется системная команда ping.</translation>
    </message>
    <message>
        <source>open</source>
        <extracomment>The states as people read them; the keys above stay English (the CLI, JSON, counts).</extracomment>
        <translation>открыт</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>закрыт</translation>
    </message>
    <message>
        <source>filtered</source>
        <translation>фильтруется</translation>
    </message>
    <message>
        <source>error</source>
        <translation>ошибка</translation>
    </message>
    <message>
        <source>{open} open, {closed} closed, {filtered} filtered, {error} error</source>
        <translation>открыто: {open}, закрыто: {closed}, фильтруется: {filtered}, ошибок: {error}</translation>
    </message>
    <message>
        <source>{open} open, {closed} closed, {filtered} filtered</source>
        <translation>открыто: {open}, закрыто: {closed}, фильтруется: {filtered}</translation>
    </message>
    <message>
        <source>{checked:,} of {total:,} ports: {counts} in {seconds:.2f} s (stopped)</source>
        <translation>Проверено портов: {checked:,} из {total:,} — {counts}, за {seconds:.2f} с (остановлено)</translation>
    </message>
    <message>
        <source>{checked:,} of {total:,} ports: {counts} in {seconds:.2f} s</source>
        <translation>Проверено портов: {checked:,} из {total:,} — {counts}, за {seconds:.2f} с</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>соединение установлено</translation>
    </message>
    <message>
        <source>{code}: refused</source>
        <translation>{code}: соединение отклонено</translation>
    </message>
    <message>
        <source>{code}: no answer</source>
        <translation>{code}: нет ответа</translation>
    </message>
    <message>
        <source>{code}: {reason}</source>
        <translation>{code}: {reason}</translation>
    </message>
    <message>
        <source>no answer within {seconds:g} s</source>
        <translation>нет ответа за {seconds:g} с</translation>
    </message>
    <message>
        <source>{count} socket(s) show no program: they belong to other users&apos; programs. Run as administrator to see which.</source>
        <extracomment>TCP states in the order a connection lives through them, for the state filter. States in which a socket belongs to no program any more (the kernel finishes it). Linux&apos;s TCP tables, whose timer column says how long a TIME_WAIT socket has left. The most of each table read (about 150 bytes a socket: some 100,000 sockets). Seconds a TIME_WAIT socket has left (Linux), None where it is not known.</extracomment>
        <translation>Сокетов без программы: {count}. Они принадлежат программам других пользователей; запустите от имени администратора, чтобы увидеть каким.</translation>
    </message>
    <message>
        <source>Showing the sockets of your own programs only: listing every socket on this system needs administrator rights.</source>
        <translation>Показаны только сокеты ваших программ: чтобы увидеть все сокеты системы, нужны права администратора.</translation>
    </message>
    <message>
        <source>Could not list the sockets: {reason} ({code}).</source>
        <translation>Не удалось получить список сокетов: {reason} ({code}).</translation>
    </message>
    <message>
        <source>{first}, {second}</source>
        <translation>{first}, {second}</translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation>{first} и {second}</translation>
    </message>
    <message>
        <source>{first}; {second}</source>
        <translation>{first}; {second}</translation>
    </message>
</context>
<context>
    <name>discovery</name>
    <message>
        <source>{value} is not a numeric address: give a broadcast address such as 192.168.1.255, or ff02::736c%eth0.</source>
        <extracomment>Loopback broadcast works on Linux; other systems do not broadcast on loopback.</extracomment>
        <translation>{value} — не числовой адрес: укажите широковещательный адрес, например 192.168.1.255 или ff02::736c%eth0.</translation>
    </message>
    <message>
        <source>No network interface can send a discovery query: connect to a network (Wi-Fi or cable), then search again.</source>
        <extracomment>Seconds after the first query of a round when it is sent again.</extracomment>
        <translation>Ни один сетевой интерфейс не может отправить запрос поиска: подключитесь к сети (Wi-Fi или кабель) и повторите поиск.</translation>
    </message>
    <message>
        <source>The discovery query could not be sent on any interface (see the events). Check that this machine is connected to a network.</source>
        <translation>Запрос поиска не удалось отправить ни через один интерфейс (см. события). Проверьте, что компьютер подключён к сети.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Port {port} is already in use on {host}: {why}</source>
        <extracomment>Ports below this need administrator (root) rights to bind on most systems.</extracomment>
        <translation>Порт {port} уже занят на {host}: {why}</translation>
    </message>
    <message>
        <source>Port {port} is already in use: {why}</source>
        <translation>Порт {port} уже занят: {why}</translation>
    </message>
    <message>
        <source>The address is already in use: {why}</source>
        <translation>Адрес уже занят: {why}</translation>
    </message>
    <message>
        <source>another program (or another SocketLab) is listening there. Choose another port, or stop that program. If you just closed a server, its old connections may still be in TIME_WAIT for up to a minute; SO_REUSEADDR lets a new server bind anyway.</source>
        <translation>его слушает другая программа (или другой SocketLab). Выберите другой порт или остановите ту программу. Если вы только что закрыли сервер, его старые соединения могут до минуты оставаться в TIME_WAIT; SO_REUSEADDR позволяет новому серверу всё равно выполнить bind.</translation>
    </message>
    <message>
        <source>Port {port} is privileged: run as administrator or choose a port from {first} to 65535.</source>
        <translation>Порт {port} привилегированный: запустите программу от имени администратора или выберите порт от {first} до 65535.</translation>
    </message>
    <message>
        <source>Permission denied by the operating system: sending to a broadcast address needs the broadcast option (SO_BROADCAST), or a firewall blocked the packet.</source>
        <translation>Операционная система запретила действие: для отправки на широковещательный адрес нужен параметр SO_BROADCAST, либо пакет заблокировал брандмауэр.</translation>
    </message>
    <message>
        <source>Permission denied by the operating system (a firewall or missing rights).</source>
        <translation>Операционная система запретила действие (брандмауэр или недостаточно прав).</translation>
    </message>
    <message>
        <source>Connection refused by {target}: nothing is listening on that port. Check the port number and that the server is running.</source>
        <translation>В соединении отказано ({target}): этот порт никто не слушает. Проверьте номер порта и что сервер запущен.</translation>
    </message>
    <message>
        <source>Connection refused: nothing is listening on that port. Check the port number and that the server is running.</source>
        <translation>В соединении отказано: этот порт никто не слушает. Проверьте номер порта и что сервер запущен.</translation>
    </message>
    <message>
        <source>Address {target} is not available on this machine: a server can only bind to one of this machine&apos;s own addresses (or 0.0.0.0 for all of them).</source>
        <translation>Адрес {target} недоступен на этом компьютере: сервер может выполнить bind только на один из собственных адресов компьютера (или на 0.0.0.0 — на все сразу).</translation>
    </message>
    <message>
        <source>The address is not available on this machine: a server can only bind to one of this machine&apos;s own addresses (or 0.0.0.0 for all of them).</source>
        <translation>Этот адрес недоступен на компьютере: сервер может выполнить bind только на один из собственных адресов компьютера (или на 0.0.0.0 — на все сразу).</translation>
    </message>
    <message>
        <source>Host unreachable: it did not answer on the local network (is it switched on?).</source>
        <translation>Узел недоступен: он не ответил в локальной сети (он включён?).</translation>
    </message>
    <message>
        <source>Host not found: {target} does not resolve to an address. Check the spelling.</source>
        <translation>Узел не найден: имя {target} не преобразуется в адрес. Проверьте написание.</translation>
    </message>
    <message>
        <source>Host not found: the name does not resolve to an address. Check the spelling.</source>
        <translation>Узел не найден: имя не преобразуется в адрес. Проверьте написание.</translation>
    </message>
    <message>
        <source>Could not look up {target} right now: the DNS server did not answer. Check the network connection and try again.</source>
        <translation>Не удалось найти {target} сейчас: DNS-сервер не ответил. Проверьте подключение к сети и попробуйте снова.</translation>
    </message>
    <message>
        <source>Could not look up the name right now: the DNS server did not answer. Check the network connection and try again.</source>
        <translation>Не удалось найти имя сейчас: DNS-сервер не ответил. Проверьте подключение к сети и попробуйте снова.</translation>
    </message>
    <message>
        <source>{target} has no address of the requested kind (IPv4 or IPv6).</source>
        <translation>У имени {target} нет адреса нужного вида (IPv4 или IPv6).</translation>
    </message>
    <message>
        <source>The name has no address of the requested kind (IPv4 or IPv6).</source>
        <translation>У этого имени нет адреса нужного вида (IPv4 или IPv6).</translation>
    </message>
    <message>
        <source>Could not resolve {target}: {reason}.</source>
        <translation>Не удалось разрешить имя {target}: {reason}.</translation>
    </message>
    <message>
        <source>Could not resolve the name: {reason}.</source>
        <translation>Не удалось разрешить имя: {reason}.</translation>
    </message>
    <message>
        <source>No name found for {target}: it has no reverse (PTR) record and is not in the hosts file.</source>
        <translation>Для {target} не найдено имя: у адреса нет обратной записи (PTR), и его нет в файле hosts.</translation>
    </message>
    <message>
        <source>No name found for the address: it has no reverse (PTR) record and is not in the hosts file.</source>
        <translation>Для адреса не найдено имя: у него нет обратной записи (PTR), и его нет в файле hosts.</translation>
    </message>
    <message>
        <source>no answer came back. The host may be down, or a firewall may be silently dropping the packets.</source>
        <translation>ответ не пришёл. Узел может быть выключен, или брандмауэр молча отбрасывает пакеты.</translation>
    </message>
    <message>
        <source>Timed out to {target}: {why}</source>
        <translation>Время ожидания истекло ({target}): {why}</translation>
    </message>
    <message>
        <source>Timed out: {why}</source>
        <translation>Время ожидания истекло: {why}</translation>
    </message>
    <message>
        <source>Network unreachable: this machine has no route to {target}. Check the cable or Wi-Fi and the address.</source>
        <translation>Сеть недоступна: у этого компьютера нет маршрута до {target}. Проверьте кабель или Wi-Fi и адрес.</translation>
    </message>
    <message>
        <source>Network unreachable: this machine has no route to that network. Check the cable or Wi-Fi and the address.</source>
        <translation>Сеть недоступна: у этого компьютера нет маршрута в ту сеть. Проверьте кабель или Wi-Fi и адрес.</translation>
    </message>
    <message>
        <source>Host unreachable: {target} did not answer on the local network (is it switched on?).</source>
        <translation>Узел недоступен: {target} не ответил в локальной сети (он включён?).</translation>
    </message>
    <message>
        <source>Connection reset by the peer: the other side closed the connection abruptly.</source>
        <translation>Соединение сброшено собеседником: другая сторона резко закрыла соединение.</translation>
    </message>
    <message>
        <source>The peer closed the connection while we were still sending (broken pipe).</source>
        <translation>Собеседник закрыл соединение, пока мы ещё отправляли данные (broken pipe).</translation>
    </message>
    <message>
        <source>Message too long: the datagram is bigger than the network allows (at most 65,507 bytes of UDP payload over IPv4, less on some links).</source>
        <translation>Сообщение слишком длинное: дейтаграмма больше, чем допускает сеть (не более 65 507 байт полезной нагрузки UDP по IPv4, на некоторых каналах меньше).</translation>
    </message>
    <message>
        <source>Address family not supported: an IPv6 address was used where only IPv4 works, or IPv6 is switched off on this machine.</source>
        <translation>Семейство адресов не поддерживается: адрес IPv6 указан там, где работает только IPv4, или IPv6 выключен на этом компьютере.</translation>
    </message>
    <message>
        <source>The operating system ran out of socket buffer space; slow down and try again.</source>
        <translation>У операционной системы закончилось место в буферах сокетов; отправляйте медленнее и попробуйте снова.</translation>
    </message>
    <message>
        <source>{action} failed: {reason}.</source>
        <translation>Ошибка {action}: {reason}.</translation>
    </message>
    <message>
        <source>The operation failed: {reason}.</source>
        <translation>Операция не удалась: {reason}.</translation>
    </message>
    <message>
        <source>The {engine} stopped because of an internal error: {summary}</source>
        <translation>Фоновая задача ({engine}) остановилась из-за внутренней ошибки: {summary}</translation>
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <source>Could not write {path}: {reason}.</source>
        <translation>Не удалось записать {path}: {reason}.</translation>
    </message>
    <message>
        <source>Export cancelled; the partial file was deleted.</source>
        <translation>Экспорт отменён; незаконченный файл удалён.</translation>
    </message>
</context>
<context>
    <name>packets</name>
    <message>
        <source>Cannot capture packets on {interface}: {why} {help}</source>
        <translation>Не удаётся захватывать пакеты на {interface}: {why} {help}</translation>
    </message>
    <message>
        <source>the system refused a raw socket (AF_PACKET needs root or the CAP_NET_RAW capability).</source>
        <translation>система отказала в raw-сокете (для AF_PACKET нужны права root или привилегия CAP_NET_RAW).</translation>
    </message>
    <message>
        <source>raw AF_PACKET sockets exist only on Linux.</source>
        <translation>raw-сокеты AF_PACKET есть только в Linux.</translation>
    </message>
    <message>
        <source>Wireshark&apos;s dumpcap is not installed.</source>
        <translation>dumpcap из Wireshark не установлен.</translation>
    </message>
    <message>
        <source>dumpcap has no permission to capture: {detail}</source>
        <translation>у dumpcap нет разрешения на захват: {detail}</translation>
    </message>
    <message>
        <source>every capture method was turned off (SOCKETLAB_CAPTURE_METHODS={value}).</source>
        <translation>все способы захвата отключены (SOCKETLAB_CAPTURE_METHODS={value}).</translation>
    </message>
    <message>
        <source>Run SocketLab as root (sudo), or install Wireshark&apos;s dumpcap and allow it to capture: sudo setcap cap_net_raw,cap_net_admin=eip $(which dumpcap), then add yourself to the wireshark group (sudo usermod -aG wireshark $USER) and log in again.</source>
        <translation>Запустите SocketLab от имени root (sudo) или установите dumpcap из Wireshark и разрешите ему захват: sudo setcap cap_net_raw,cap_net_admin=eip $(which dumpcap), затем добавьте себя в группу wireshark (sudo usermod -aG wireshark $USER) и войдите в систему заново.</translation>
    </message>
    <message>
        <source>Install Wireshark with Npcap (tick &apos;Support loopback traffic&apos; to capture on the loopback adapter); SocketLab then captures with Wireshark&apos;s dumpcap.</source>
        <translation>Установите Wireshark вместе с Npcap (отметьте «Support loopback traffic», чтобы захватывать на loopback-адаптере); после этого SocketLab будет захватывать пакеты через dumpcap из Wireshark.</translation>
    </message>
    <message>
        <source>Install Wireshark together with its ChmodBPF package (from the Wireshark installer), which lets members of the access_bpf group capture; then log out and in again.</source>
        <translation>Установите Wireshark вместе с пакетом ChmodBPF (из установщика Wireshark), который разрешает захват членам группы access_bpf; затем выйдите из системы и войдите снова.</translation>
    </message>
    <message>
        <source>Run SocketLab as root, or install Wireshark&apos;s dumpcap with permission to capture.</source>
        <translation>Запустите SocketLab от имени root или установите dumpcap из Wireshark с разрешением на захват.</translation>
    </message>
    <message>
        <source>There is no interface called {interface}. Interfaces here: {names}.</source>
        <translation>Интерфейса с именем {interface} нет. Интерфейсы здесь: {names}.</translation>
    </message>
    <message>
        <source>dumpcap stopped with exit code {code}: {detail}</source>
        <translation>dumpcap завершился с кодом {code}: {detail}</translation>
    </message>
    <message>
        <source>dumpcap&apos;s output could not be read: {detail}</source>
        <translation>Не удалось прочитать вывод dumpcap: {detail}</translation>
    </message>
    <message>
        <source>Reading frames from {interface} failed: {detail}</source>
        <translation>Не удалось прочитать кадры с {interface}: {detail}</translation>
    </message>
    <message>
        <source>Cannot write the capture file {path}: {detail}</source>
        <translation>Не удаётся записать файл захвата {path}: {detail}</translation>
    </message>
    <message>
        <source>The {layer} header is cut short: {available} bytes captured, {needed} needed.</source>
        <translation>Заголовок {layer} обрезан: захвачено байт: {available}, а нужно: {needed}.</translation>
    </message>
    <message>
        <source>Link type {linktype} is not one this decoder knows.</source>
        <translation>Тип канального уровня {linktype} этому декодеру неизвестен.</translation>
    </message>
    <message>
        <source>The IP version field says {version}, expected {expected}.</source>
        <translation>Поле версии IP содержит {version}, а ожидалось {expected}.</translation>
    </message>
    <message>
        <source>The IPv4 header length says {length} bytes, less than the minimum 20.</source>
        <translation>Длина заголовка IPv4 указана как {length} байт — меньше минимальных 20.</translation>
    </message>
    <message>
        <source>The IPv4 total length {total} is shorter than its own header ({header} bytes).</source>
        <translation>Общая длина IPv4 {total} меньше длины его собственного заголовка ({header} байт).</translation>
    </message>
    <message>
        <source>The {layer} packet says it has {declared} bytes but only {captured} were captured.</source>
        <translation>Пакет {layer} заявляет длину {declared} байт, но захвачено только {captured}.</translation>
    </message>
    <message>
        <source>The TCP data offset says {length} bytes, less than the minimum 20.</source>
        <translation>Смещение данных TCP указывает {length} байт — меньше минимальных 20.</translation>
    </message>
    <message>
        <source>The TCP data offset says {length} bytes, more than the {available} captured.</source>
        <translation>Смещение данных TCP указывает {length} байт — больше, чем захвачено ({available}).</translation>
    </message>
    <message>
        <source>The UDP length {length} is shorter than its own 8-byte header.</source>
        <translation>Длина UDP {length} меньше его собственного 8-байтового заголовка.</translation>
    </message>
    <message>
        <source>The UDP length says {length} bytes but the IP packet holds only {available}.</source>
        <translation>Длина UDP указана как {length} байт, но IP-пакет содержит только {available}.</translation>
    </message>
    <message>
        <source>More than {limit} IPv6 extension headers: the rest are not decoded.</source>
        <translation>Заголовков расширения IPv6 больше {limit}: остальные не декодируются.</translation>
    </message>
    <message>
        <source>The DNS message lists {count} records; only the first {limit} are decoded.</source>
        <translation>В сообщении DNS указано записей: {count}; декодируются только первые {limit}.</translation>
    </message>
    <message>
        <source>A DNS name follows more than {limit} compression pointers (a loop?).</source>
        <translation>Имя DNS проходит более чем через {limit} указателей сжатия (петля?).</translation>
    </message>
    <message>
        <source>A DNS compression pointer points to byte {target}, outside the message.</source>
        <translation>Указатель сжатия DNS указывает на байт {target} за пределами сообщения.</translation>
    </message>
    <message>
        <source>A DNS name is longer than {limit} bytes.</source>
        <translation>Имя DNS длиннее {limit} байт.</translation>
    </message>
    <message>
        <source>A DNS name has an unknown label type (byte 0x{byte:02x}).</source>
        <translation>У имени DNS неизвестный тип метки (байт 0x{byte:02x}).</translation>
    </message>
    <message>
        <source>The DNS message ends in the middle of a record (at byte {offset}).</source>
        <translation>Сообщение DNS обрывается посреди записи (по смещению {offset}).</translation>
    </message>
    <message>
        <source>Decoding stopped early: {error}</source>
        <translation>Декодирование прервано досрочно: {error}</translation>
    </message>
    <message>
        <source>Ethernet from {src} to {dst}</source>
        <translation>Ethernet от {src} к {dst}</translation>
    </message>
    <message>
        <source>802.1Q VLAN {vlan}</source>
        <translation>802.1Q VLAN {vlan}</translation>
    </message>
    <message>
        <source>Linux cooked capture (the &quot;any&quot; interface)</source>
        <translation>Linux cooked capture (интерфейс «any»)</translation>
    </message>
    <message>
        <source>Loopback, address family {family}</source>
        <translation>Loopback, семейство адресов {family}</translation>
    </message>
    <message>
        <source>IPv4 from {src} to {dst}, TTL {ttl}</source>
        <translation>IPv4 от {src} к {dst}, TTL {ttl}</translation>
    </message>
    <message>
        <source>IPv6 from {src} to {dst}, hop limit {hop_limit}</source>
        <translation>IPv6 от {src} к {dst}, лимит переходов {hop_limit}</translation>
    </message>
    <message>
        <source>TCP from port {sport} to port {dport}</source>
        <translation>TCP с порта {sport} на порт {dport}</translation>
    </message>
    <message>
        <source>UDP from port {sport} to port {dport}, {length} bytes of data</source>
        <translation>UDP с порта {sport} на порт {dport}, {length} байт данных</translation>
    </message>
    <message>
        <source>{length} bytes of data</source>
        <translation>{length} байт данных</translation>
    </message>
    <message>
        <source>A fragment of a larger IP packet: {length} bytes</source>
        <translation>Фрагмент более крупного IP-пакета: {length} байт</translation>
    </message>
    <message>
        <source>{version} from {src} to {dst}, protocol {protocol}</source>
        <translation>{version} от {src} к {dst}, протокол {protocol}</translation>
    </message>
    <message>
        <source>Ethernet frame of type 0x{ethertype:04x}</source>
        <translation>Кадр Ethernet типа 0x{ethertype:04x}</translation>
    </message>
    <message>
        <source>{length} bytes that could not be decoded</source>
        <translation>{length} байт, которые не удалось декодировать</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Полезная нагрузка</translation>
    </message>
    <message>
        <source>Linux cooked capture</source>
        <translation>Linux cooked capture (интерфейс «any»)</translation>
    </message>
    <message>
        <source>Loopback</source>
        <translation>Петлевой интерфейс (loopback)</translation>
    </message>
    <message>
        <source>IPv6 extension header</source>
        <translation>Заголовок расширения IPv6</translation>
    </message>
    <message>
        <source>Quoted IPv4</source>
        <translation>Вложенный IPv4</translation>
    </message>
    <message>
        <source>Quoted IPv6</source>
        <translation>Вложенный IPv6</translation>
    </message>
    <message>
        <source>Quoted transport header</source>
        <translation>Вложенный транспортный заголовок</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>{relative} (raw {raw})</source>
        <translation>{relative} (исходное {raw})</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>Запрос</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Полномочия</translation>
    </message>
    <message>
        <source>Additional</source>
        <translation>Дополнительно</translation>
    </message>
    <message>
        <source>{section} name</source>
        <translation>{section}: имя</translation>
    </message>
    <message>
        <source>{section} type</source>
        <translation>{section}: тип</translation>
    </message>
    <message>
        <source>{section} class</source>
        <translation>{section}: класс</translation>
    </message>
    <message>
        <source>{section} TTL</source>
        <translation>{section}: время жизни (TTL)</translation>
    </message>
    <message>
        <source>{section} data length</source>
        <translation>{section}: длина данных</translation>
    </message>
    <message>
        <source>{section} {type}</source>
        <translation>{section}: {type}</translation>
    </message>
    <message>
        <source>correct</source>
        <translation>верна</translation>
    </message>
    <message>
        <source>does not match (should be 0x{expected:04x}); sent packets often get theirs later from the network card</source>
        <translation>не совпадает (должна быть 0x{expected:04x}); отправляемые пакеты часто получают её позже, от сетевой карты</translation>
    </message>
    <message>
        <source>8-byte header + {data} bytes of data</source>
        <translation>8-байтовый заголовок + {data} байт данных</translation>
    </message>
    <message>
        <source>the client&apos;s port</source>
        <translation>порт клиента</translation>
    </message>
    <message>
        <source>the server&apos;s port</source>
        <translation>порт сервера</translation>
    </message>
    <message>
        <source>{flags} seq={seq}: the client asks to connect (step 1 of the three-way handshake)</source>
        <translation>{flags} seq={seq}: клиент просит соединения (шаг 1 трёхстороннего рукопожатия)</translation>
    </message>
    <message>
        <source>{flags} seq={seq} ack={ack}: the server agrees (step 2)</source>
        <translation>{flags} seq={seq} ack={ack}: сервер соглашается (шаг 2)</translation>
    </message>
    <message>
        <source>{flags} seq={seq} ack={ack}: the client confirms (step 3)</source>
        <translation>{flags} seq={seq} ack={ack}: клиент подтверждает (шаг 3)</translation>
    </message>
    <message>
        <source>{flags} seq={seq} ack={ack} len={length}: {length} bytes of data</source>
        <translation>{flags} seq={seq} ack={ack} len={length}: {length} байт данных</translation>
    </message>
    <message>
        <source>{flags} ack={ack}: received up to byte {ack}</source>
        <translation>{flags} ack={ack}: получено до байта {ack}</translation>
    </message>
    <message>
        <source>{flags} seq={seq} ack={ack}: no more data from this side (teardown)</source>
        <translation>{flags} seq={seq} ack={ack}: с этой стороны данных больше не будет (закрытие соединения)</translation>
    </message>
    <message>
        <source>{flags} seq={seq} ack={ack} len={length}: {length} bytes of data, then no more data from this side (teardown)</source>
        <translation>{flags} seq={seq} ack={ack} len={length}: {length} байт данных, после чего с этой стороны данных больше не будет (закрытие соединения)</translation>
    </message>
    <message>
        <source>{flags} seq={seq} ack={ack}: the last FIN is acknowledged, the connection is closed (teardown)</source>
        <translation>{flags} seq={seq} ack={ack}: последний FIN подтверждён, соединение закрыто (закрытие соединения завершено)</translation>
    </message>
    <message>
        <source>{flags}: connection refused: nothing listens on port {port}</source>
        <translation>{flags}: в соединении отказано: порт {port} никто не слушает</translation>
    </message>
    <message>
        <source>{flags} seq={seq}: the connection is aborted (reset)</source>
        <translation>{flags} seq={seq}: соединение прервано (сброс)</translation>
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
        <translation>TCP без флагов seq={seq}</translation>
    </message>
    <message>
        <source>UDP {length} bytes from port {sport} to port {dport} (no handshake: 8-byte header)</source>
        <translation>UDP {length} байт с порта {sport} на порт {dport} (без рукопожатия: 8-байтовый заголовок)</translation>
    </message>
    <message>
        <source>Echo (ping) request id=0x{id:04x} seq={seq}</source>
        <translation>Эхо-запрос (ping) id=0x{id:04x} seq={seq}</translation>
    </message>
    <message>
        <source>Echo (ping) reply id=0x{id:04x} seq={seq}</source>
        <translation>Эхо-ответ (ping) id=0x{id:04x} seq={seq}</translation>
    </message>
    <message>
        <source>Destination port unreachable ({protocol} port {port})</source>
        <translation>Порт назначения недоступен (порт {protocol} {port})</translation>
    </message>
    <message>
        <source>Destination port unreachable</source>
        <translation>Порт назначения недоступен</translation>
    </message>
    <message>
        <source>Destination network unreachable</source>
        <translation>Сеть назначения недоступна</translation>
    </message>
    <message>
        <source>Destination host unreachable</source>
        <translation>Узел назначения недоступен</translation>
    </message>
    <message>
        <source>Destination protocol unreachable</source>
        <translation>Протокол недоступен на узле назначения</translation>
    </message>
    <message>
        <source>Fragmentation needed (the packet is too big)</source>
        <translation>Требуется фрагментация (пакет слишком велик)</translation>
    </message>
    <message>
        <source>Destination unreachable: communication administratively prohibited</source>
        <translation>Узел назначения недоступен: связь запрещена администратором</translation>
    </message>
    <message>
        <source>Destination unreachable: no route</source>
        <translation>Узел назначения недоступен: нет маршрута</translation>
    </message>
    <message>
        <source>Destination address unreachable</source>
        <translation>Адрес назначения недоступен</translation>
    </message>
    <message>
        <source>Destination unreachable (code {code})</source>
        <translation>Узел назначения недоступен (код {code})</translation>
    </message>
    <message>
        <source>Time-to-live exceeded in transit</source>
        <translation>Превышено время жизни (TTL) при передаче</translation>
    </message>
    <message>
        <source>Fragment reassembly time exceeded</source>
        <translation>Превышено время сборки фрагментов</translation>
    </message>
    <message>
        <source>ICMP type {type} code {code}</source>
        <translation>ICMP, тип {type}, код {code}</translation>
    </message>
    <message>
        <source>ICMPv6 type {type} code {code}</source>
        <translation>ICMPv6, тип {type}, код {code}</translation>
    </message>
    <message>
        <source>Router solicitation</source>
        <translation>Запрос маршрутизатора</translation>
    </message>
    <message>
        <source>Router advertisement</source>
        <translation>Объявление маршрутизатора</translation>
    </message>
    <message>
        <source>Neighbor solicitation for {target}</source>
        <translation>Запрос соседа {target}</translation>
    </message>
    <message>
        <source>Neighbor advertisement {target}</source>
        <translation>Объявление соседа {target}</translation>
    </message>
    <message>
        <source>Who has {target}? Tell {sender}</source>
        <translation>Кто имеет {target}? Сообщите {sender}</translation>
    </message>
    <message>
        <source>{sender} is at {mac}</source>
        <translation>{sender} находится по адресу {mac}</translation>
    </message>
    <message>
        <source>Gratuitous ARP for {sender} (an announcement)</source>
        <translation>Gratuitous ARP для {sender} (объявление о себе)</translation>
    </message>
    <message>
        <source>ARP operation {operation}</source>
        <translation>Операция ARP {operation}</translation>
    </message>
    <message>
        <source>Standard query</source>
        <translation>Стандартный запрос</translation>
    </message>
    <message>
        <source>Standard query response</source>
        <translation>Ответ на стандартный запрос</translation>
    </message>
    <message>
        <source>DNS opcode {opcode} query</source>
        <translation>Запрос DNS с кодом операции {opcode}</translation>
    </message>
    <message>
        <source>DNS opcode {opcode} response</source>
        <translation>Ответ DNS с кодом операции {opcode}</translation>
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
        <translation>{type} {data} (TTL {ttl})</translation>
    </message>
    <message>
        <source>{answer} and {more} more</source>
        <translation>{answer} и ещё {more}</translation>
    </message>
    <message>
        <source>{length} bytes</source>
        <translation>{length} байт</translation>
    </message>
    <message>
        <source>Format error</source>
        <translation>Ошибка формата</translation>
    </message>
    <message>
        <source>Server failure</source>
        <translation>Сбой сервера</translation>
    </message>
    <message>
        <source>No such name</source>
        <translation>Нет такого имени</translation>
    </message>
    <message>
        <source>Not implemented</source>
        <translation>Не реализовано</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Отказано</translation>
    </message>
    <message>
        <source>Reply code {rcode}</source>
        <translation>Код ответа {rcode}</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Идентификатор</translation>
    </message>
    <message>
        <source>Sequence number</source>
        <translation>Порядковый номер</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Назначение</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Tag protocol</source>
        <translation>Протокол метки</translation>
    </message>
    <message>
        <source>VLAN ID</source>
        <translation>Идентификатор VLAN</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Packet type</source>
        <translation>Тип пакета</translation>
    </message>
    <message>
        <source>Link-layer address type</source>
        <translation>Тип адреса канального уровня</translation>
    </message>
    <message>
        <source>Link-layer address length</source>
        <translation>Длина адреса канального уровня</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Протокол</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Семейство адресов</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <source>Header length</source>
        <translation>Длина заголовка</translation>
    </message>
    <message>
        <source>Differentiated services</source>
        <translation>Дифференцированное обслуживание (DS)</translation>
    </message>
    <message>
        <source>Total length</source>
        <translation>Общая длина</translation>
    </message>
    <message>
        <source>Identification</source>
        <translation>Идентификатор</translation>
    </message>
    <message>
        <source>Flags and fragment offset</source>
        <translation>Флаги и смещение фрагмента</translation>
    </message>
    <message>
        <source>Time to live</source>
        <translation>Время жизни (TTL)</translation>
    </message>
    <message>
        <source>Header checksum</source>
        <translation>Контрольная сумма заголовка</translation>
    </message>
    <message>
        <source>Source address</source>
        <translation>Адрес источника</translation>
    </message>
    <message>
        <source>Destination address</source>
        <translation>Адрес назначения</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Параметры</translation>
    </message>
    <message>
        <source>Traffic class and flow label</source>
        <translation>Класс трафика и метка потока</translation>
    </message>
    <message>
        <source>Payload length</source>
        <translation>Длина полезной нагрузки</translation>
    </message>
    <message>
        <source>Next header</source>
        <translation>Следующий заголовок</translation>
    </message>
    <message>
        <source>Hop limit</source>
        <translation>Лимит переходов</translation>
    </message>
    <message>
        <source>Extension header</source>
        <translation>Заголовок расширения</translation>
    </message>
    <message>
        <source>Hardware type</source>
        <translation>Тип оборудования</translation>
    </message>
    <message>
        <source>Protocol type</source>
        <translation>Тип протокола</translation>
    </message>
    <message>
        <source>Hardware size</source>
        <translation>Длина аппаратного адреса</translation>
    </message>
    <message>
        <source>Protocol size</source>
        <translation>Длина протокольного адреса</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Операция</translation>
    </message>
    <message>
        <source>Sender MAC address</source>
        <translation>MAC-адрес отправителя</translation>
    </message>
    <message>
        <source>Sender IP address</source>
        <translation>IP-адрес отправителя</translation>
    </message>
    <message>
        <source>Target MAC address</source>
        <translation>MAC-адрес получателя</translation>
    </message>
    <message>
        <source>Target IP address</source>
        <translation>IP-адрес получателя</translation>
    </message>
    <message>
        <source>Source port</source>
        <translation>Порт источника</translation>
    </message>
    <message>
        <source>Destination port</source>
        <translation>Порт назначения</translation>
    </message>
    <message>
        <source>Acknowledgment number</source>
        <translation>Номер подтверждения</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Флаги</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Размер окна</translation>
    </message>
    <message>
        <source>Checksum</source>
        <translation>Контрольная сумма</translation>
    </message>
    <message>
        <source>Urgent pointer</source>
        <translation>Указатель срочности</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Длина</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Target address</source>
        <translation>Целевой адрес</translation>
    </message>
    <message>
        <source>Quoted source address</source>
        <translation>Вложенный адрес источника</translation>
    </message>
    <message>
        <source>Quoted destination address</source>
        <translation>Вложенный адрес назначения</translation>
    </message>
    <message>
        <source>Quoted source port</source>
        <translation>Вложенный порт источника</translation>
    </message>
    <message>
        <source>Quoted destination port</source>
        <translation>Вложенный порт назначения</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Данные</translation>
    </message>
    <message>
        <source>Transaction ID</source>
        <translation>Идентификатор транзакции</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <source>Opcode</source>
        <translation>Код операции</translation>
    </message>
    <message>
        <source>Authoritative</source>
        <translation>Авторитетный ответ</translation>
    </message>
    <message>
        <source>Truncated</source>
        <translation>Усечено</translation>
    </message>
    <message>
        <source>Recursion desired</source>
        <translation>Требуется рекурсия</translation>
    </message>
    <message>
        <source>Recursion available</source>
        <translation>Рекурсия доступна</translation>
    </message>
    <message>
        <source>Reply code</source>
        <translation>Код ответа</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Вопросы</translation>
    </message>
    <message>
        <source>Answer RRs</source>
        <translation>Записи ответа</translation>
    </message>
    <message>
        <source>Authority RRs</source>
        <translation>Записи полномочий</translation>
    </message>
    <message>
        <source>Additional RRs</source>
        <translation>Дополнительные записи</translation>
    </message>
    <message>
        <source>Unknown word &apos;{word}&apos; at position {position}: expected {expected}</source>
        <translation>Неизвестное слово «{word}» в позиции {position}: ожидалось {expected}</translation>
    </message>
    <message>
        <source>Port {port} is out of range 1-65535</source>
        <translation>Порт {port} вне диапазона 1-65535</translation>
    </message>
    <message>
        <source>&apos;{word}&apos; at position {position} is not a port number: write a number 1-65535</source>
        <translation>«{word}» в позиции {position} — не номер порта: введите число 1-65535</translation>
    </message>
    <message>
        <source>&apos;port&apos; at position {position} needs a port number after it</source>
        <translation>После «port» в позиции {position} нужен номер порта</translation>
    </message>
    <message>
        <source>&apos;{word}&apos; at position {position} is not an IPv4 or IPv6 address</source>
        <translation>«{word}» в позиции {position} — не адрес IPv4 или IPv6</translation>
    </message>
    <message>
        <source>&apos;host&apos; at position {position} needs an address after it</source>
        <translation>После «host» в позиции {position} нужен адрес</translation>
    </message>
    <message>
        <source>&apos;{word}&apos; at position {position} must be followed by &apos;port&apos; or &apos;host&apos;</source>
        <translation>После «{word}» в позиции {position} должно идти «port» или «host»</translation>
    </message>
    <message>
        <source>&apos;{word}&apos; at position {position} needs a term after it, such as tcp or port 80</source>
        <translation>После «{word}» в позиции {position} нужно условие, например tcp или port 80</translation>
    </message>
    <message>
        <source>&apos;{word}&apos; at position {position} needs a term before it</source>
        <translation>Перед «{word}» в позиции {position} нужно условие</translation>
    </message>
    <message>
        <source>The &apos;(&apos; at position {position} is never closed</source>
        <translation>Скобка «(» в позиции {position} не закрыта</translation>
    </message>
    <message>
        <source>The &apos;)&apos; at position {position} has no matching &apos;(&apos;</source>
        <translation>Для скобки «)» в позиции {position} нет парной «(»</translation>
    </message>
    <message>
        <source>The parentheses at position {position} hold nothing</source>
        <translation>Скобки в позиции {position} пусты</translation>
    </message>
    <message>
        <source>The filter is {length} characters long; at most {limit} are allowed</source>
        <translation>Длина фильтра — {length} символов; допускается не больше {limit}</translation>
    </message>
    <message>
        <source>The filter nests more than {limit} levels deep</source>
        <translation>Вложенность фильтра больше {limit} уровней</translation>
    </message>
    <message>
        <source>This is not a pcap or pcapng capture: it starts with the bytes {start} instead of a capture file&apos;s magic number.</source>
        <translation>Это не захват pcap или pcapng: файл начинается с байтов {start}, а не с магического числа файла захвата.</translation>
    </message>
    <message>
        <source>The block at byte {offset} says it is {length} bytes long, more than the {limit} bytes allowed: the capture is damaged or not a capture at all.</source>
        <translation>Блок по смещению {offset} заявляет длину {length} байт — больше допустимых {limit} байт: захват повреждён или вовсе не является захватом.</translation>
    </message>
    <message>
        <source>The block at byte {offset} has an impossible length of {length} bytes (a pcapng block is at least 12 bytes and a multiple of 4): the capture is damaged.</source>
        <translation>У блока по смещению {offset} невозможная длина {length} байт (блок pcapng занимает не меньше 12 байт, и его длина кратна 4): захват повреждён.</translation>
    </message>
    <message>
        <source>The block at byte {offset} says it is {length} bytes long at its start but {trailer} at its end: the capture is damaged.</source>
        <translation>Блок по смещению {offset} указывает в начале длину {length} байт, а в конце — {trailer}: захват повреждён.</translation>
    </message>
    <message>
        <source>The section header at byte {offset} has no valid byte-order magic: the capture is damaged.</source>
        <translation>В заголовке секции по смещению {offset} нет правильного магического числа порядка байтов: захват повреждён.</translation>
    </message>
    <message>
        <source>The capture uses format version {major}.{minor}, which this reader does not know.</source>
        <translation>Захват использует версию формата {major}.{minor}, которая неизвестна этому модулю чтения.</translation>
    </message>
    <message>
        <source>The packet at byte {offset} belongs to interface {interface}, but only {count} interfaces were described before it: the capture is damaged.</source>
        <translation>Пакет по смещению {offset} относится к интерфейсу {interface}, но до него описано интерфейсов всего {count}: захват повреждён.</translation>
    </message>
    <message>
        <source>The packet at byte {offset} says it holds {length} bytes, more than its block has room for: the capture is damaged.</source>
        <translation>Пакет по смещению {offset} заявляет {length} байт — больше, чем вмещает его блок: захват повреждён.</translation>
    </message>
    <message>
        <source>The block at byte {offset} is too short for its kind ({length} bytes): the capture is damaged.</source>
        <translation>Блок по смещению {offset} слишком короток для своего типа ({length} байт): захват повреждён.</translation>
    </message>
    <message>
        <source>The packet record at byte {offset} says it holds {length} bytes, more than the {limit} bytes allowed: the capture is damaged.</source>
        <translation>Запись пакета по смещению {offset} заявляет {length} байт — больше допустимых {limit} байт: захват повреждён.</translation>
    </message>
    <message>
        <source>The capture holds more than {limit} packets; SocketLab reads at most that many.</source>
        <translation>В захвате больше {limit} пакетов; SocketLab читает не больше этого числа.</translation>
    </message>
    <message>
        <source>The file is {size} bytes, larger than the {limit} bytes SocketLab reads; cut it with editcap first.</source>
        <translation>Размер файла — {size} байт, это больше {limit} байт, которые читает SocketLab; сначала обрежьте его с помощью editcap.</translation>
    </message>
    <message>
        <source>The capture ends in the middle of a block ({pending} bytes left over): it was cut short.</source>
        <translation>Захват обрывается посреди блока (осталось байт: {pending}): файл обрезан.</translation>
    </message>
    <message>
        <source>The capture reader stopped at an earlier error: {error}</source>
        <translation>Чтение захвата остановилось на более ранней ошибке: {error}</translation>
    </message>
    <message>
        <source>The file is empty: there is no capture in it.</source>
        <translation>Файл пуст: в нём нет захвата.</translation>
    </message>
</context>
<context>
    <name>subnet</name>
    <message>
        <source>The address is empty: type an address such as 192.168.1.12/24 or 2001:db8::1/64.</source>
        <translation>Адрес не указан: введите адрес, например 192.168.1.12/24 или 2001:db8::1/64.</translation>
    </message>
    <message>
        <source>Too many octets in {text}: an IPv4 mask has four numbers (a.b.c.d).</source>
        <translation>Слишком много октетов в {text}: маска IPv4 состоит из четырёх чисел (a.b.c.d).</translation>
    </message>
    <message>
        <source>Too many octets in {text}: an IPv4 address has four numbers (a.b.c.d).</source>
        <translation>Слишком много октетов в {text}: адрес IPv4 состоит из четырёх чисел (a.b.c.d).</translation>
    </message>
    <message>
        <source>Too few octets in {text}: an IPv4 mask has four numbers (a.b.c.d).</source>
        <translation>Слишком мало октетов в {text}: маска IPv4 состоит из четырёх чисел (a.b.c.d).</translation>
    </message>
    <message>
        <source>Too few octets in {text}: an IPv4 address has four numbers (a.b.c.d).</source>
        <translation>Слишком мало октетов в {text}: адрес IPv4 состоит из четырёх чисел (a.b.c.d).</translation>
    </message>
    <message>
        <source>{text} has an empty octet: write four numbers from 0 to 255.</source>
        <translation>В {text} есть пустой октет: напишите четыре числа от 0 до 255.</translation>
    </message>
    <message>
        <source>Octet {octet} in {text} is not a number from 0 to 255.</source>
        <translation>Октет {octet} в {text} — не число от 0 до 255.</translation>
    </message>
    <message>
        <source>Octet {octet} is out of range 0-255 (in {text}).</source>
        <translation>Октет {octet} вне диапазона 0–255 (в {text}).</translation>
    </message>
    <message>
        <source>Octet {octet} in {text} has a leading zero: write {number} (some tools read leading zeros as octal).</source>
        <translation>Октет {octet} в {text} начинается с нуля: напишите {number} (некоторые программы читают число с ведущим нулём как восьмеричное).</translation>
    </message>
    <message>
        <source>{text} is not a valid IPv4 mask.</source>
        <translation>{text} — неверная маска IPv4.</translation>
    </message>
    <message>
        <source>{text} is not a valid IPv4 address.</source>
        <translation>{text} — неверный адрес IPv4.</translation>
    </message>
    <message>
        <source>{text} uses &apos;::&apos; more than once: it may stand for one run of zero groups only.</source>
        <translation>В {text} &apos;::&apos; встречается больше одного раза: так можно сократить только одну серию нулевых групп.</translation>
    </message>
    <message>
        <source>{char} in {text} is not a hex digit (0-9, a-f).</source>
        <translation>Символ {char} в {text} — не шестнадцатеричная цифра (0-9, a-f).</translation>
    </message>
    <message>
        <source>Group {group} in {text} has more than 4 hex digits.</source>
        <translation>В группе {group} в {text} больше 4 шестнадцатеричных цифр.</translation>
    </message>
    <message>
        <source>{text} starts with a single &apos;:&apos;: write &apos;::&apos; or a group first.</source>
        <translation>{text} начинается с одиночного &apos;:&apos;: напишите &apos;::&apos; или поставьте в начало группу.</translation>
    </message>
    <message>
        <source>{text} ends with a single &apos;:&apos;: write &apos;::&apos; or a group last.</source>
        <translation>{text} заканчивается одиночным &apos;:&apos;: напишите &apos;::&apos; или поставьте в конец группу.</translation>
    </message>
    <message>
        <source>Too few groups in {text}: IPv6 has eight groups, or &apos;::&apos; for a run of zeros.</source>
        <translation>Слишком мало групп в {text}: в IPv6 восемь групп, либо &apos;::&apos; вместо серии нулей.</translation>
    </message>
    <message>
        <source>Too many groups in {text}: IPv6 has eight groups of 16 bits.</source>
        <translation>Слишком много групп в {text}: в IPv6 восемь групп по 16 бит.</translation>
    </message>
    <message>
        <source>{text} is not a valid IPv6 address.</source>
        <translation>{text} — неверный адрес IPv6.</translation>
    </message>
    <message>
        <source>{text} has an empty zone after &apos;%&apos; (write e.g. %eth0).</source>
        <translation>В {text} после &apos;%&apos; пустая зона (напишите, например, %eth0).</translation>
    </message>
    <message>
        <source>{text}: a zone such as %eth0 only goes with IPv6 addresses (fe80::1%eth0).</source>
        <translation>{text}: зона вроде %eth0 указывается только у адресов IPv6 (fe80::1%eth0).</translation>
    </message>
    <message>
        <source>{text} is not an IP address: type numbers such as 192.168.1.12 or 2001:db8::1 (host names are not looked up here).</source>
        <translation>{text} — не IP-адрес: введите адрес числами, например 192.168.1.12 или 2001:db8::1 (имена узлов здесь не разрешаются).</translation>
    </message>
    <message>
        <source>The prefix is empty: write a number from 0 to {max_prefix}.</source>
        <translation>Префикс не указан: напишите число от 0 до {max_prefix}.</translation>
    </message>
    <message>
        <source>Prefix {prefix} is too long for IPv{version}: use 0 to {max_prefix}.</source>
        <translation>Префикс {prefix} слишком длинный для IPv{version}: допустимо от 0 до {max_prefix}.</translation>
    </message>
    <message>
        <source>Prefix {value} is negative: use 0 to {max_prefix}.</source>
        <translation>Префикс {value} отрицательный: допустимо от 0 до {max_prefix}.</translation>
    </message>
    <message>
        <source>A dotted mask like {value} is for IPv4; IPv6 uses a prefix such as /64.</source>
        <translation>Маска с точками ({value}) бывает только в IPv4; в IPv6 используется префикс, например /64.</translation>
    </message>
    <message>
        <source>{value} is an IPv6 mask; an IPv4 address needs /0 to /32.</source>
        <translation>{value} — маска IPv6; адресу IPv4 нужен префикс от /0 до /32.</translation>
    </message>
    <message>
        <source>{value} is not a prefix or a mask: write a number such as 24 or a mask such as 255.255.255.0.</source>
        <translation>{value} — не префикс и не маска: напишите число, например 24, или маску, например 255.255.255.0.</translation>
    </message>
    <message>
        <source>{value} is not a prefix or a mask: write a number such as 24 (0 to 128).</source>
        <translation>{value} — не префикс и не маска: напишите число, например 24 (от 0 до 128).</translation>
    </message>
    <message>
        <source>{value} is not a valid mask (its 1-bits are not contiguous): a mask is 1-bits followed by 0-bits, like {example}.</source>
        <translation>{value} — неверная маска (её единичные биты идут не подряд): в маске сначала идут единичные биты, потом нулевые, например {example}.</translation>
    </message>
    <message>
        <source>Too many parts in {value}: write ADDRESS/PREFIX or ADDRESS MASK.</source>
        <translation>Слишком много частей в {value}: напишите АДРЕС/ПРЕФИКС или АДРЕС МАСКА.</translation>
    </message>
    <message>
        <source>The prefix is missing after &apos;/&apos; in {value}: write e.g. /24.</source>
        <translation>В {value} после &apos;/&apos; не указан префикс: напишите, например, /24.</translation>
    </message>
    <message>
        <source>Unspecified: &apos;this host&apos; (RFC 1122)</source>
        <translation>Неопределённый: «этот узел» (RFC 1122)</translation>
    </message>
    <message>
        <source>Reserved: &apos;this network&apos; (RFC 1122)</source>
        <translation>Зарезервирован: «эта сеть» (RFC 1122)</translation>
    </message>
    <message>
        <source>Loopback (RFC 1122)</source>
        <translation>Loopback, петлевой (RFC 1122)</translation>
    </message>
    <message>
        <source>Private (RFC 1918)</source>
        <translation>Частный (RFC 1918)</translation>
    </message>
    <message>
        <source>Shared address space, carrier-grade NAT (RFC 6598)</source>
        <translation>Общее адресное пространство, NAT провайдера (RFC 6598)</translation>
    </message>
    <message>
        <source>Link-local (RFC 3927)</source>
        <translation>Локальный для канала, link-local (RFC 3927)</translation>
    </message>
    <message>
        <source>Documentation, TEST-NET-1 (RFC 5737)</source>
        <translation>Для документации, TEST-NET-1 (RFC 5737)</translation>
    </message>
    <message>
        <source>Documentation, TEST-NET-2 (RFC 5737)</source>
        <translation>Для документации, TEST-NET-2 (RFC 5737)</translation>
    </message>
    <message>
        <source>Documentation, TEST-NET-3 (RFC 5737)</source>
        <translation>Для документации, TEST-NET-3 (RFC 5737)</translation>
    </message>
    <message>
        <source>Multicast (RFC 5771)</source>
        <translation>Групповой, multicast (RFC 5771)</translation>
    </message>
    <message>
        <source>Reserved: limited broadcast (RFC 919)</source>
        <translation>Зарезервирован: ограниченное широковещание (RFC 919)</translation>
    </message>
    <message>
        <source>Reserved for future use (RFC 1112)</source>
        <translation>Зарезервирован на будущее (RFC 1112)</translation>
    </message>
    <message>
        <source>Reserved: IETF protocol assignments (RFC 6890)</source>
        <translation>Зарезервирован: для протоколов IETF (RFC 6890)</translation>
    </message>
    <message>
        <source>Reserved: benchmarking (RFC 2544)</source>
        <translation>Зарезервирован: для тестирования производительности (RFC 2544)</translation>
    </message>
    <message>
        <source>Reserved: former 6to4 relay anycast (RFC 7526)</source>
        <translation>Зарезервирован: бывший anycast ретрансляторов 6to4 (RFC 7526)</translation>
    </message>
    <message>
        <source>Unspecified (RFC 4291)</source>
        <translation>Неопределённый (RFC 4291)</translation>
    </message>
    <message>
        <source>Loopback (RFC 4291)</source>
        <translation>Loopback, петлевой (RFC 4291)</translation>
    </message>
    <message>
        <source>IPv4-mapped (RFC 4291)</source>
        <translation>Отображённый IPv4, IPv4-mapped (RFC 4291)</translation>
    </message>
    <message>
        <source>IPv4/IPv6 translation, NAT64 (RFC 6052)</source>
        <translation>Трансляция IPv4/IPv6, NAT64 (RFC 6052)</translation>
    </message>
    <message>
        <source>Reserved: discard-only (RFC 6666)</source>
        <translation>Зарезервирован: только для отбрасывания (RFC 6666)</translation>
    </message>
    <message>
        <source>Documentation (RFC 3849)</source>
        <translation>Для документации (RFC 3849)</translation>
    </message>
    <message>
        <source>Global unicast: Teredo (RFC 4380)</source>
        <translation>Глобальный индивидуальный: Teredo (RFC 4380)</translation>
    </message>
    <message>
        <source>Global unicast: 6to4 (RFC 3056)</source>
        <translation>Глобальный индивидуальный: 6to4 (RFC 3056)</translation>
    </message>
    <message>
        <source>Global unicast (RFC 4291)</source>
        <translation>Глобальный индивидуальный, global unicast (RFC 4291)</translation>
    </message>
    <message>
        <source>Unique local (RFC 4193)</source>
        <translation>Уникальный локальный, ULA (RFC 4193)</translation>
    </message>
    <message>
        <source>Link-local (RFC 4291)</source>
        <translation>Локальный для канала, link-local (RFC 4291)</translation>
    </message>
    <message>
        <source>Reserved: former site-local (RFC 3879)</source>
        <translation>Зарезервирован: бывший site-local (RFC 3879)</translation>
    </message>
    <message>
        <source>Multicast (RFC 4291)</source>
        <translation>Групповой, multicast (RFC 4291)</translation>
    </message>
    <message>
        <source>interface-local</source>
        <translation>в пределах интерфейса</translation>
    </message>
    <message>
        <source>link-local</source>
        <translation>в пределах канала</translation>
    </message>
    <message>
        <source>admin-local</source>
        <translation>административная</translation>
    </message>
    <message>
        <source>site-local</source>
        <translation>в пределах площадки</translation>
    </message>
    <message>
        <source>organisation-local</source>
        <translation>в пределах организации</translation>
    </message>
    <message>
        <source>global</source>
        <translation>глобальная</translation>
    </message>
    <message>
        <source>Multicast, {scope} scope (RFC 4291)</source>
        <translation>Групповой (multicast), область: {scope} (RFC 4291)</translation>
    </message>
    <message>
        <source>Public (globally routed)</source>
        <translation>Публичный (маршрутизируется в Интернете)</translation>
    </message>
    <message>
        <source>Reserved (not yet assigned by IANA)</source>
        <translation>Зарезервирован (ещё не распределён IANA)</translation>
    </message>
    <message>
        <source>{first} ... {last} ({count} zones)</source>
        <translation>{first} ... {last} (зон: {count})</translation>
    </message>
    <message>
        <source>{mask} (read as a wildcard mask)</source>
        <translation>{mask} (прочитано как обратная маска)</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Netmask</source>
        <translation>Маска подсети</translation>
    </message>
    <message>
        <source>Wildcard</source>
        <translation>Обратная маска</translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation>Префикс</translation>
    </message>
    <message>
        <source>Network</source>
        <extracomment>Exports stop short of this many rows (a 33-million-row CSV is about a gigabyte).</extracomment>
        <translation>Сеть</translation>
    </message>
    <message>
        <source>Broadcast</source>
        <translation>Широковещательный адрес</translation>
    </message>
    <message>
        <source>First host</source>
        <translation>Первый узел</translation>
    </message>
    <message>
        <source>Last host</source>
        <translation>Последний узел</translation>
    </message>
    <message>
        <source>Total addresses</source>
        <translation>Всего адресов</translation>
    </message>
    <message>
        <source>Usable hosts</source>
        <translation>Адресов узлов</translation>
    </message>
    <message>
        <source>Class (historical)</source>
        <translation>Класс (исторический)</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Integer</source>
        <translation>Целое число</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>Шестнадцатеричное</translation>
    </message>
    <message>
        <source>Reverse DNS zone</source>
        <translation>Обратная зона DNS</translation>
    </message>
    <message>
        <source>{address} (zone {zone})</source>
        <translation>{address} (зона {zone})</translation>
    </message>
    <message>
        <source>none (longer than /64)</source>
        <translation>нет (длиннее /64)</translation>
    </message>
    <message>
        <source>Expanded</source>
        <translation>Полная запись</translation>
    </message>
    <message>
        <source>First address</source>
        <translation>Первый адрес</translation>
    </message>
    <message>
        <source>Last address</source>
        <translation>Последний адрес</translation>
    </message>
    <message>
        <source>/64 subnets</source>
        <translation>Подсетей /64</translation>
    </message>
    <message>
        <source>A /{prefix} keeps the first {prefix} bits for the network and leaves {host_bits} host bits: 2^{host_bits} = {count} address, {first} to {last}.</source>
        <translation>Префикс /{prefix} отводит первые {prefix} бит под сеть и оставляет {host_bits} бит для узлов: 2^{host_bits} = {count} адрес, от {first} до {last}.</translation>
    </message>
    <message>
        <source>A /{prefix} keeps the first {prefix} bits for the network and leaves {host_bits} host bits: 2^{host_bits} = {count} addresses, {first} to {last}.</source>
        <translation>Префикс /{prefix} отводит первые {prefix} бит под сеть и оставляет {host_bits} бит для узлов: 2^{host_bits} = {count} (число адресов), от {first} до {last}.</translation>
    </message>
    <message>
        <source>The first address (host bits all 0) names the network and the last (host bits all 1) is the broadcast, so {count} are left for hosts. Broadcast = network OR wildcard.</source>
        <translation>Первый адрес (все биты узла равны 0) — адрес сети, последний (все биты узла равны 1) — широковещательный адрес, поэтому узлам остаётся адресов: {count}. Широковещательный = сеть OR обратная маска.</translation>
    </message>
    <message>
        <source>A /31 has no room for a network and a broadcast address: RFC 3021 lets a point-to-point link use both addresses as hosts.</source>
        <translation>В /31 нет места для адреса сети и широковещательного адреса: RFC 3021 разрешает каналу «точка-точка» использовать оба адреса для узлов.</translation>
    </message>
    <message>
        <source>A /32 is one host: used for loopback addresses and host routes.</source>
        <translation>/32 — это один узел: используется для loopback-адресов и маршрутов к узлу.</translation>
    </message>
    <message>
        <source>IPv6 has no broadcast (multicast such as ff02::1 does that job), so every address of the prefix is usable; a LAN is normally a /64, which SLAAC needs.</source>
        <translation>В IPv6 нет широковещания (его роль выполняет групповая рассылка, например ff02::1), поэтому можно использовать все адреса префикса; локальная сеть обычно имеет префикс /64, который нужен SLAAC.</translation>
    </message>
    <message>
        <source>Two hosts are on the same network when address AND mask gives the same result for both: they then talk directly; otherwise through a router.</source>
        <translation>Два узла находятся в одной сети, если «адрес AND маска» даёт для обоих одинаковый результат: тогда они обмениваются данными напрямую, иначе — через маршрутизатор.</translation>
    </message>
    <message>
        <source>Private addresses (RFC 1918) are not routed on the Internet: a NAT router translates them to a public address.</source>
        <translation>Частные адреса (RFC 1918) не маршрутизируются в Интернете: маршрутизатор с NAT заменяет их публичным адресом.</translation>
    </message>
    <message>
        <source>100.64.0.0/10 is for carrier-grade NAT between an ISP and its customers&apos; routers; it is not routed on the Internet.</source>
        <translation>100.64.0.0/10 предназначена для NAT провайдера между провайдером и маршрутизаторами его клиентов; в Интернете не маршрутизируется.</translation>
    </message>
    <message>
        <source>Link-local addresses never cross a router; IPv4 hosts pick one themselves when DHCP fails, IPv6 interfaces always have one (use it with a zone such as %eth0).</source>
        <translation>Адреса link-local никогда не проходят через маршрутизатор; узел IPv4 выбирает такой адрес сам, если DHCP не сработал, а у интерфейсов IPv6 он есть всегда (указывайте его с зоной, например %eth0).</translation>
    </message>
    <message>
        <source>Loopback traffic never leaves this machine.</source>
        <translation>Трафик loopback никогда не покидает этот компьютер.</translation>
    </message>
    <message>
        <source>Reserved for examples in documentation: never used on real networks.</source>
        <translation>Зарезервированы для примеров в документации: в реальных сетях не используются.</translation>
    </message>
    <message>
        <source>Multicast goes from one sender to every receiver that joined the group.</source>
        <translation>Групповая рассылка идёт от одного отправителя ко всем получателям, вступившим в группу.</translation>
    </message>
    <message>
        <source>Public addresses are routed on the Internet.</source>
        <translation>Публичные адреса маршрутизируются в Интернете.</translation>
    </message>
    <message>
        <source>Global unicast addresses are routed on the Internet.</source>
        <translation>Глобальные индивидуальные адреса маршрутизируются в Интернете.</translation>
    </message>
    <message>
        <source>Unique local addresses are IPv6&apos;s private range: routed inside a site, never on the Internet.</source>
        <translation>Уникальные локальные адреса — частный диапазон IPv6: маршрутизируются внутри организации, но никогда в Интернете.</translation>
    </message>
    <message>
        <source>::ffff:a.b.c.d is how an IPv6 socket shows an IPv4 peer.</source>
        <translation>::ffff:a.b.c.d — так сокет IPv6 показывает собеседника IPv4.</translation>
    </message>
    <message>
        <source>Reserved addresses are not for ordinary hosts.</source>
        <translation>Зарезервированные адреса не предназначены для обычных узлов.</translation>
    </message>
    <message>
        <source>none (a /32 is a single host)</source>
        <translation>нет (/32 — это один узел)</translation>
    </message>
    <message>
        <source>none (a /31 is a point-to-point link, RFC 3021)</source>
        <translation>нет (/31 — канал «точка-точка», RFC 3021)</translation>
    </message>
    <message>
        <source>{count} (both addresses, RFC 3021)</source>
        <translation>{count} (оба адреса, RFC 3021)</translation>
    </message>
    <message>
        <source>{count} (the address itself)</source>
        <translation>{count} (сам адрес)</translation>
    </message>
    <message>
        <source>address</source>
        <extracomment>a row of the AND drawing: the address typed</extracomment>
        <translation>адрес</translation>
    </message>
    <message>
        <source>AND mask</source>
        <translation>AND маска</translation>
    </message>
    <message>
        <source>= network</source>
        <extracomment>the result row of the AND drawing</extracomment>
        <translation>= сеть</translation>
    </message>
    <message>
        <source>other</source>
        <extracomment>a row of the AND drawing: the other address compared</extracomment>
        <translation>другой</translation>
    </message>
    <message>
        <source>ours</source>
        <extracomment>a row of the AND drawing: our network address</extracomment>
        <translation>наша сеть</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>Yes: {why}</source>
        <translation>Да: {why}</translation>
    </message>
    <message>
        <source>No: {why}</source>
        <translation>Нет: {why}</translation>
    </message>
    <message>
        <source>{other} is an IPv6 address and {network} is an IPv{version} network.</source>
        <translation>{other} — адрес IPv6, а {network} — сеть IPv{version}.</translation>
    </message>
    <message>
        <source>{other} is an IPv4 address and {network} is an IPv{version} network.</source>
        <translation>{other} — адрес IPv4, а {network} — сеть IPv{version}.</translation>
    </message>
    <message>
        <source>{other} is larger than {network} (/{other_prefix} is shorter than /{prefix}): it contains {network}, not the other way round.</source>
        <translation>{other} больше, чем {network} (/{other_prefix} короче /{prefix}): она содержит {network}, а не наоборот.</translation>
    </message>
    <message>
        <source>{address} AND {mask} = {masked}, not {network_address}. Bit {bit} differs, and it is one of the {prefix} network bits.</source>
        <translation>{address} AND {mask} = {masked}, а не {network_address}. Отличается бит {bit}, а он входит в {prefix} бит сети.</translation>
    </message>
    <message>
        <source>{other} lies inside {network}: its first {prefix} bits match the network bits and its prefix /{other_prefix} is at least /{prefix}.</source>
        <translation>{other} лежит внутри {network}: её первые {prefix} бит совпадают с битами сети, а её префикс /{other_prefix} не короче /{prefix}.</translation>
    </message>
    <message>
        <source>{address} AND {mask} = {masked}, the same network as {network}: the first {prefix} bits are equal.</source>
        <translation>{address} AND {mask} = {masked} — та же сеть, что и {network}: первые {prefix} бит совпадают.</translation>
    </message>
    <message>
        <source>Could not read this machine&apos;s interfaces: {reason}</source>
        <translation>Не удалось прочитать сетевые интерфейсы этого компьютера: {reason}</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Адресов</translation>
    </message>
    <message>
        <source>Binary</source>
        <translation>Двоичный вид</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Needed</source>
        <translation>Нужно</translation>
    </message>
    <message>
        <source>Usable</source>
        <translation>Доступно</translation>
    </message>
    <message>
        <source>Waste</source>
        <translation>Потери</translation>
    </message>
    <message>
        <source>First</source>
        <translation>Первый</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Последний</translation>
    </message>
    <message>
        <source>Inputs merged</source>
        <translation>Объединено сетей</translation>
    </message>
    <message>
        <source>none</source>
        <extracomment>in a Broadcast column: the subnet (a /31 or /32) has no broadcast address</extracomment>
        <translation>нет</translation>
    </message>
    <message>
        <source>This list cannot be searched.</source>
        <translation>В этом списке искать нельзя.</translation>
    </message>
    <message>
        <source>Row {number} is out of range: this list has {count}.</source>
        <translation>Строка {number} вне диапазона: всего строк в списке: {count}.</translation>
    </message>
    <message>
        <source>{text} is not inside {network}.</source>
        <translation>{text} не входит в {network}.</translation>
    </message>
    <message>
        <source>Type one address to find, not the network {network}.</source>
        <translation>Для поиска введите один адрес, а не сеть {network}.</translation>
    </message>
    <message>
        <source>{text} is not a usable host of {network}.</source>
        <translation>{text} — не адрес узла в {network}.</translation>
    </message>
    <message>
        <source>{text} is not in this list.</source>
        <translation>{text} нет в этом списке.</translation>
    </message>
    <message>
        <source>A /{prefix} cannot be split into /{new_prefix}s: the new prefix must be from {prefix} to {max_prefix}.</source>
        <translation>Сеть /{prefix} нельзя разбить на подсети /{new_prefix}: новый префикс должен быть от {prefix} до {max_prefix}.</translation>
    </message>
    <message>
        <source>The number of subnets must be at least 1.</source>
        <translation>Число подсетей должно быть не меньше 1.</translation>
    </message>
    <message>
        <source>{subnets} subnets need {extra_bits} more network bits, and a /{prefix} has only {host_bits} host bits (at most {most} subnets).</source>
        <translation>Подсетей: {subnets} — для этого нужно ещё {extra_bits} бит сети, а у /{prefix} только {host_bits} бит узла (максимум подсетей: {most}).</translation>
    </message>
    <message>
        <source>The number of hosts must be at least 1.</source>
        <translation>Число узлов должно быть не меньше 1.</translation>
    </message>
    <message>
        <source>{hosts} hosts do not fit in any IPv{version} network (at most {most}).</source>
        <translation>Столько узлов ({hosts}) не поместится ни в одну сеть IPv{version} (максимум {most}).</translation>
    </message>
    <message>
        <source>{hosts} hosts do not fit in one subnet of {network}: a /{prefix} has at most {most} usable hosts.</source>
        <translation>Столько узлов ({hosts}) не поместится в одну подсеть {network}: в /{prefix} адресов узлов не больше {most}.</translation>
    </message>
    <message>
        <source>{subnets} subnets use {used} of {total} addresses in {network}; {waste} allocated host addresses are unused (waste); {free} addresses are free.</source>
        <translation>Подсетей: {subnets}; занято адресов: {used} из {total} в {network}; выделенных, но неиспользуемых адресов узлов (потери): {waste}; свободно адресов: {free}.</translation>
    </message>
    <message>
        <source>{subnets} subnets use {used} of {total} addresses in {network}; {waste} allocated host addresses are unused (waste); {free} addresses are free ({blocks}).</source>
        <translation>Подсетей: {subnets}; занято адресов: {used} из {total} в {network}; выделенных, но неиспользуемых адресов узлов (потери): {waste}; свободно адресов: {free} ({blocks}).</translation>
    </message>
    <message>
        <source>Line {line}: {text} has no host count: write a name and a number, e.g. Lab 20.</source>
        <translation>Строка {line}: в {text} нет числа узлов: напишите имя и число, например Lab 20.</translation>
    </message>
    <message>
        <source>Subnet {number}</source>
        <translation>Подсеть {number}</translation>
    </message>
    <message>
        <source>Line {line}: {name} needs at least 1 host, not {hosts}.</source>
        <translation>Строка {line}: {name} — нужен хотя бы 1 узел, а не {hosts}.</translation>
    </message>
    <message>
        <source>No requirements yet: write one a line, a name and a host count (Lab 20).</source>
        <translation>Требований пока нет: пишите по одному в строке — имя и число узлов (Lab 20).</translation>
    </message>
    <message>
        <source>These subnets do not fit in {network}: they need {needed} addresses ({sizes}) and a /{prefix} has {available}. {name} ({hosts} hosts, a /{misfit_prefix}) is the first that does not fit; the plan needs at least a /{smallest}.</source>
        <translation>Эти подсети не помещаются в {network}: им нужно адресов: {needed} ({sizes}), а в /{prefix} их {available}. Первое требование, которое не поместилось: {name} (узлов: {hosts}, /{misfit_prefix}); плану нужна сеть не меньше /{smallest}.</translation>
    </message>
    <message>
        <source>Line {line}: {reason}</source>
        <translation>Строка {line}: {reason}</translation>
    </message>
    <message>
        <source>No networks yet: write one a line, such as 192.168.0.0/24.</source>
        <translation>Сетей пока нет: пишите по одной в строке, например 192.168.0.0/24.</translation>
    </message>
    <message>
        <source>This list has {rows} rows; an export stops at {limit} (about a gigabyte of CSV). Split into fewer, larger subnets or pick a smaller network.</source>
        <translation>Строк в этом списке: {rows}; экспорт останавливается на {limit} (около гигабайта CSV). Разбейте сеть на меньшее число более крупных подсетей или выберите сеть поменьше.</translation>
    </message>
</context>
<context>
    <name>trace</name>
    <message>
        <source>fd {fd}</source>
        <translation>дескриптор {fd}</translation>
    </message>
    <message>
        <source>connected from {address}</source>
        <translation>подключено с адреса {address}</translation>
    </message>
    <message>
        <source>{version} {cipher}, key {code} ({status})</source>
        <translation>{version} {cipher}, ключ {code} ({status})</translation>
    </message>
    <message>
        <source>new</source>
        <translation>новый</translation>
    </message>
    <message>
        <source>known</source>
        <translation>известный</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>изменился</translation>
    </message>
    <message>
        <source>no TLS answer within {seconds:g} s</source>
        <translation>нет ответа по TLS за {seconds:g} с</translation>
    </message>
    <message>
        <source>the handshake did not finish within {seconds:g} s</source>
        <translation>рукопожатие не завершилось за {seconds:g} с</translation>
    </message>
    <message>
        <source>TLS failed ({reason})</source>
        <translation>ошибка TLS ({reason})</translation>
    </message>
    <message>
        <source>closed the connection</source>
        <translation>сервер закрыл соединение</translation>
    </message>
    <message>
        <source>answered without TLS</source>
        <translation>сервер ответил без TLS</translation>
    </message>
    <message>
        <source>reset the connection</source>
        <translation>сервер сбросил соединение</translation>
    </message>
    <message>
        <source>connecting again without encryption</source>
        <translation>подключаемся заново без шифрования</translation>
    </message>
    <message>
        <source>going on without encryption</source>
        <translation>продолжаем без шифрования</translation>
    </message>
    <message>
        <source>ok, port {port}</source>
        <translation>ок, порт {port}</translation>
    </message>
    <message>
        <source>ok: waiting for connections</source>
        <translation>ок: ждём подключений</translation>
    </message>
    <message>
        <source>fingerprint {code}</source>
        <translation>отпечаток {code}</translation>
    </message>
    <message>
        <source>{count:,} messages kept</source>
        <translation>сохранено сообщений: {count:,}</translation>
    </message>
    <message>
        <source>failed ({reason}): this connection is closed, the others go on</source>
        <translation>ошибка ({reason}): это соединение закрыто, остальные работают дальше</translation>
    </message>
    <message>
        <source>accept() is not called until you resume: the kernel still completes new connections and queues them in the listen backlog (up to {backlog})</source>
        <translation>accept() не вызывается, пока вы не возобновите приём: ядро по-прежнему устанавливает новые соединения и ставит их в очередь listen (до {backlog})</translation>
    </message>
    <message>
        <source>accept() is called again: waiting connections are taken</source>
        <translation>accept() снова вызывается: ожидающие соединения принимаются</translation>
    </message>
    <message>
        <source>ok: SO_REUSEADDR off, so a port held by TIME_WAIT connections cannot be bound</source>
        <translation>ок: SO_REUSEADDR выключен, поэтому порт, занятый соединениями в TIME_WAIT, занять нельзя</translation>
    </message>
    <message>
        <source>not finished within {seconds:g} s: the connection is closed</source>
        <translation>не завершено за {seconds:g} с: соединение закрыто</translation>
    </message>
    <message>
        <source>server stopped</source>
        <translation>сервер остановлен</translation>
    </message>
    <message>
        <source>closed by the peer</source>
        <translation>закрыто другой стороной</translation>
    </message>
    <message>
        <source>connection lost</source>
        <translation>соединение потеряно</translation>
    </message>
    <message>
        <source>protocol error</source>
        <translation>ошибка протокола</translation>
    </message>
    <message>
        <source>too slow to read</source>
        <translation>слишком медленно читал</translation>
    </message>
    <message>
        <source>TLS error</source>
        <translation>ошибка TLS</translation>
    </message>
    <message>
        <source>TLS handshake timed out</source>
        <translation>истекло время рукопожатия TLS</translation>
    </message>
    <message>
        <source>plaintext refused: this room accepts only TLS</source>
        <translation>открытый текст отклонён: эта комната принимает только TLS</translation>
    </message>
    <message>
        <source>kicked</source>
        <translation>удалён хозяином чата</translation>
    </message>
    <message>
        <source>banned</source>
        <translation>забанен</translation>
    </message>
    <message>
        <source>no complete line</source>
        <translation>нет полной строки</translation>
    </message>
    <message>
        <source>password needs TLS</source>
        <translation>пароль только через TLS</translation>
    </message>
    <message>
        <source>no password</source>
        <translation>нет пароля</translation>
    </message>
    <message>
        <source>wrong password</source>
        <translation>неверный пароль</translation>
    </message>
    <message>
        <source>made room for a newcomer</source>
        <translation>освободил место новичку</translation>
    </message>
    <message>
        <source>too many new identities</source>
        <translation>слишком много новых личностей</translation>
    </message>
    <message>
        <source>reconnected</source>
        <translation>подключился заново</translation>
    </message>
    <message>
        <source>bad hello</source>
        <translation>неверное приветствие</translation>
    </message>
    <message>
        <source>quit</source>
        <translation>вышел сам</translation>
    </message>
    <message>
        <source>{summary} in {ms:.1f} ms</source>
        <translation>{summary} за {ms:.1f} мс</translation>
    </message>
    <message>
        <source>no answer after {seconds:g} s (abandoned)</source>
        <translation>нет ответа за {seconds:g} с (ожидание прекращено)</translation>
    </message>
    <message>
        <source>{count} address(es)</source>
        <translation>адресов: {count}</translation>
    </message>
    <message>
        <source>looking up...</source>
        <translation>идёт поиск...</translation>
    </message>
    <message>
        <source>{reason} from {source}, icmp_seq={seq}</source>
        <translation>{reason} от {source}, icmp_seq={seq}</translation>
    </message>
    <message>
        <source>echo reply icmp_seq={seq} from {source}</source>
        <translation>эхо-ответ icmp_seq={seq} от {source}</translation>
    </message>
    <message>
        <source>echo reply icmp_seq={seq} from {source}, ttl={ttl}</source>
        <translation>эхо-ответ icmp_seq={seq} от {source}, ttl={ttl}</translation>
    </message>
    <message>
        <source>pid {pid}</source>
        <translation>pid {pid}</translation>
    </message>
    <message>
        <source>status {status}</source>
        <translation>код завершения {status}</translation>
    </message>
    <message>
        <source>{state} ({detail})</source>
        <translation>{state} ({detail})</translation>
    </message>
    <message>
        <source>{count:,} bytes from {source}: ignored, {problem} ({total:,} ignored so far)</source>
        <translation>{count:,} байт от {source}: пропущено, {problem} (всего пропущено: {total:,})</translation>
    </message>
    <message>
        <source>no interface reaches {host}: nothing to announce</source>
        <translation>ни один интерфейс не ведёт к {host}: объявлять нечего</translation>
    </message>
    <message>
        <source>every {seconds:g} s on UDP port {port}</source>
        <translation>каждые {seconds:g} с на UDP-порт {port}</translation>
    </message>
    <message>
        <source>ok: listening for discovery queries</source>
        <translation>ок: слушаем запросы поиска</translation>
    </message>
    <message>
        <source>query from {source}: not answered, outside this server&apos;s network</source>
        <translation>запрос от {source}: без ответа, он вне сети этого сервера</translation>
    </message>
    <message>
        <source>query from {source}</source>
        <translation>запрос от {source}</translation>
    </message>
    <message>
        <source>ok, port {port}: answers come back here</source>
        <translation>ок, порт {port}: ответы придут сюда</translation>
    </message>
    <message>
        <source>ok: listening for announcements</source>
        <translation>ок: слушаем объявления</translation>
    </message>
    <message>
        <source>goodbye from {source}, signed by {code}: server stopped</source>
        <translation>прощание от {source}, подписано {code}: сервер остановлен</translation>
    </message>
    <message>
        <source>goodbye for {name} from {source}: ignored, it announced from {sources}</source>
        <translation>прощание для {name} от {source}: пропущено, сервер объявлялся с {sources}</translation>
    </message>
    <message>
        <source>goodbye from {source}: server stopped</source>
        <translation>прощание от {source}: сервер остановлен</translation>
    </message>
    <message>
        <source>announcement from {source}: {name}, chat port {port}, {users} online{signed}</source>
        <translation>объявление от {source}: {name}, порт чата {port}, в сети: {users}{signed}</translation>
    </message>
    <message>
        <source>answer in {ms:.2f} ms from {source}: {name}, chat port {port}, {users} online{signed}</source>
        <translation>ответ за {ms:.2f} мс от {source}: {name}, порт чата {port}, в сети: {users}{signed}</translation>
    </message>
    <message>
        <source>, signed by {code}</source>
        <translation>, подписано {code}</translation>
    </message>
    <message>
        <source>, unsigned</source>
        <translation>, без подписи</translation>
    </message>
    <message>
        <source>{sender} announces more than {count} servers</source>
        <translation>{sender} объявляет больше {count} серверов</translation>
    </message>
    <message>
        <source>its id is signed by {code}</source>
        <translation>его идентификатор подписан ключом {code}</translation>
    </message>
    <message>
        <source>its id is signed by {code}, a key you pinned</source>
        <translation>его идентификатор подписан ключом {code}, который вы закрепили</translation>
    </message>
    <message>
        <source>not a SocketLab discovery datagram</source>
        <translation>не дейтаграмма поиска SocketLab</translation>
    </message>
    <message>
        <source>{count:,} bytes, longer than a discovery datagram ({limit:,})</source>
        <translation>{count:,} байт, длиннее дейтаграммы поиска ({limit:,})</translation>
    </message>
    <message>
        <source>no valid version number</source>
        <translation>нет правильного номера версии</translation>
    </message>
    <message>
        <source>an announcement needs a name</source>
        <translation>у объявления должно быть имя</translation>
    </message>
    <message>
        <source>{key} must be true or false</source>
        <translation>{key} должно быть true или false</translation>
    </message>
    <message>
        <source>unknown type {kind}</source>
        <translation>неизвестный тип {kind}</translation>
    </message>
    <message>
        <source>a signed datagram needs key, ts and sig together</source>
        <translation>в подписанной дейтаграмме нужны key, ts и sig вместе</translation>
    </message>
    <message>
        <source>{key} must be base64 of at most {limit} bytes</source>
        <translation>{key} должно быть в base64, не больше {limit} байт</translation>
    </message>
    <message>
        <source>{key} must be 1-64 letters, digits, - or _</source>
        <translation>{key} должно состоять из 1–64 букв, цифр, - или _</translation>
    </message>
    <message>
        <source>{key} must be a whole number from {low} to {high}</source>
        <translation>{key} должно быть целым числом от {low} до {high}</translation>
    </message>
    <message>
        <source>{key} must be a number from {low:g} to {high:g}</source>
        <translation>{key} должно быть числом от {low:g} до {high:g}</translation>
    </message>
    <message>
        <source>its signature does not match its key and content (forged or altered)</source>
        <translation>подпись не соответствует ключу и содержимому (подделка или изменение)</translation>
    </message>
    <message>
        <source>signed {seconds:,.0f} s ahead of this machine&apos;s clock (at most {window:g} s): a replay, or a clock is wrong</source>
        <translation>подписано на {seconds:,.0f} с позже часов этого компьютера (допустимо не больше {window:g} с): повтор или неверные часы</translation>
    </message>
    <message>
        <source>signed {seconds:,.0f} s behind this machine&apos;s clock (at most {window:g} s): a replay, or a clock is wrong</source>
        <translation>подписано на {seconds:,.0f} с раньше часов этого компьютера (допустимо не больше {window:g} с): повтор или неверные часы</translation>
    </message>
    <message>
        <source>unsigned, for a room signed by {code}</source>
        <translation>без подписи, для комнаты с подписью {code}</translation>
    </message>
    <message>
        <source>signed by {code}, but this room id belongs to {owner}</source>
        <translation>подписано {code}, но этот идентификатор комнаты принадлежит {owner}</translation>
    </message>
    <message>
        <source>signed earlier than one already heard from this room (a replay)</source>
        <translation>подписано раньше, чем уже полученное от этой комнаты (повтор)</translation>
    </message>
    <message>
        <source>a goodbye unsigned for a room signed by {owner}</source>
        <translation>прощание без подписи для комнаты с подписью {owner}</translation>
    </message>
    <message>
        <source>a goodbye signed by another key ({code}) for a room signed by {owner}</source>
        <translation>прощание, подписанное другим ключом ({code}), для комнаты с подписью {owner}</translation>
    </message>
    <message>
        <source>a goodbye older than the room&apos;s last announcement</source>
        <translation>прощание старше последнего объявления комнаты</translation>
    </message>
    <message>
        <source>silent for {seconds:.1f} s (it announces every {interval:g} s, taken as {taken:g} s)</source>
        <translation>молчит {seconds:.1f} с (объявляется каждые {interval:g} с, принято {taken:g} с)</translation>
    </message>
    <message>
        <source>b&apos;&apos; (peer closed the connection)</source>
        <translation>b&apos;&apos; (собеседник закрыл соединение)</translation>
    </message>
    <message>
        <source>{count:,} bytes</source>
        <translation>{count:,} байт</translation>
    </message>
    <message>
        <source>... {count:,} more socket calls not shown (trace is throttled)</source>
        <translation>... ещё {count:,} вызовов сокета не показано (трассировка ограничена)</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ок</translation>
    </message>
    <message>
        <source>in progress (the handshake has started)</source>
        <translation>выполняется (рукопожатие началось)</translation>
    </message>
    <message>
        <source>ok, bound to {address}</source>
        <translation>ок, привязан к {address}</translation>
    </message>
    <message>
        <source>ok (the kernel reports {count:,} bytes)</source>
        <translation>ок (ядро сообщает {count:,} байт)</translation>
    </message>
    <message>
        <source>started (process {pid})</source>
        <translation>запущен (процесс {pid})</translation>
    </message>
    <message>
        <source>ok (the kernel now delivers the group&apos;s datagrams)</source>
        <translation>ок (теперь ядро доставляет дейтаграммы группы)</translation>
    </message>
    <message>
        <source>{count:,} bytes from {address}</source>
        <translation>{count:,} байт от {address}</translation>
    </message>
    <message>
        <source>{count:,} bytes in the last {seconds:.1f} s</source>
        <translation>{count:,} байт за последние {seconds:.1f} с</translation>
    </message>
    <message>
        <source>{datagrams:,} datagrams in {turns:,} turns of draining until EWOULDBLOCK</source>
        <translation>{datagrams:,} дейтаграмм за {turns:,} проходов чтения до EWOULDBLOCK</translation>
    </message>
    <message>
        <source>{drained}: {received}</source>
        <translation>{drained}: {received}</translation>
    </message>
    <message>
        <source>ok (UDP: sets the default destination, sends nothing)</source>
        <translation>ок (UDP: задаёт адрес назначения по умолчанию, ничего не отправляет)</translation>
    </message>
    <message>
        <source>{calls:,} calls: {sent}</source>
        <translation>{calls:,} вызовов: {sent}</translation>
    </message>
</context>
<context>
    <name>transfer</name>
    <message>
        <source>ok, for file transfers</source>
        <extracomment>The IPv6 address a transfer port also listens on, beside its IPv4 one.</extracomment>
        <translation>ok, для передачи файлов</translation>
    </message>
    <message>
        <source>Cannot read {path}: {reason}</source>
        <translation>Не удаётся прочитать {path}: {reason}</translation>
    </message>
    <message>
        <source>{path} changed since it was offered; offer it again.</source>
        <translation>{path} изменился после того, как был предложен; предложите его снова.</translation>
    </message>
    <message>
        <source>The offer is {size} bytes, more than the {limit} bytes you accept.</source>
        <translation>Предложено {size} байт — больше, чем допустимые для вас {limit} байт.</translation>
    </message>
    <message>
        <source>Not enough free space in {folder}: {need} bytes needed, {free} bytes free.</source>
        <translation>Недостаточно свободного места в {folder}: нужно {need} байт, свободно {free} байт.</translation>
    </message>
    <message>
        <source>The disk holding {folder} is full: free some space, then resume the transfer.</source>
        <translation>Диск, на котором находится {folder}, заполнен: освободите место и возобновите передачу.</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}</source>
        <translation>Не удаётся записать {path}: {reason}</translation>
    </message>
    <message>
        <source>The connection to {peer} was lost; trying again.</source>
        <translation>Соединение с {peer} потеряно; повторная попытка.</translation>
    </message>
    <message>
        <source>Pieces of {name} failed their SHA-256 check ({count}); fetching them again.</source>
        <translation>Части файла {name} не прошли проверку SHA-256 ({count}); они будут получены заново.</translation>
    </message>
    <message>
        <source>{name} does not match its SHA-256 after every piece was checked; fetching it again.</source>
        <translation>{name} не совпадает со своей суммой SHA-256, хотя все части прошли проверку; файл будет получен заново.</translation>
    </message>
    <message>
        <source>{name} kept arriving damaged; the transfer stopped.</source>
        <translation>{name} раз за разом приходит повреждённым; передача остановлена.</translation>
    </message>
    <message>
        <source>{peer} stopped the transfer: {reason}</source>
        <translation>{peer}: передача остановлена — {reason}</translation>
    </message>
    <message>
        <source>{peer} cancelled the transfer.</source>
        <extracomment>What the sender&apos;s refusal codes mean, in our own words (its `text` is only logged: it is in the sender&apos;s language, and anyone could write anything there).</extracomment>
        <translation>{peer} отменил(а) передачу.</translation>
    </message>
    <message>
        <source>{peer} no longer offers this transfer.</source>
        <translation>{peer} больше не предлагает эту передачу.</translation>
    </message>
    <message>
        <source>{peer}&apos;s file changed since it was offered; ask them to offer it again.</source>
        <translation>Файл от {peer} изменился после предложения: попросите прислать его снова.</translation>
    </message>
    <message>
        <source>{peer} cannot read the file they offered.</source>
        <translation>{peer} не может прочитать предложенный файл.</translation>
    </message>
    <message>
        <source>{peer}&apos;s transfer is encrypted, and this connection was not.</source>
        <translation>Передача от {peer} зашифрована, а это соединение — нет.</translation>
    </message>
    <message>
        <source>There is no transfer {transfer_id}.</source>
        <translation>Передачи {transfer_id} нет.</translation>
    </message>
    <message>
        <source>{peer} declined.</source>
        <translation>{peer}: предложение отклонено.</translation>
    </message>
    <message>
        <source>You declined.</source>
        <translation>Вы отказались.</translation>
    </message>
    <message>
        <source>{name} would be written outside {folder}; refused.</source>
        <translation>{name} оказался бы записан вне папки {folder}; отклонено.</translation>
    </message>
    <message>
        <source>{peer}&apos;s transfer connection showed another key than the one offered through the room; refused.</source>
        <translation>Соединение для передачи от {peer} предъявило не тот ключ, что был указан в предложении через комнату; отклонено.</translation>
    </message>
    <message>
        <source>Cannot encrypt the transfer: {reason}</source>
        <translation>Не удаётся зашифровать передачу: {reason}</translation>
    </message>
    <message>
        <source>the room&apos;s relay, for a file transfer the receiver cannot fetch directly</source>
        <translation>ретранслятор комнаты: получатель не может забрать файл напрямую</translation>
    </message>
    <message>
        <source>The files sent do not match the offer; refused.</source>
        <translation>Присланные файлы не совпадают с предложением; отклонено.</translation>
    </message>
    <message>
        <source>{path} does not exist or cannot be read.</source>
        <translation>{path} не существует или не читается.</translation>
    </message>
    <message>
        <source>Too many files: at most {limit} in one offer.</source>
        <translation>Слишком много файлов: в одном предложении не больше {limit}.</translation>
    </message>
    <message>
        <source>ok, relaying file transfers that cannot go direct</source>
        <translation>ок, передачи файлов, которые не могут идти напрямую, пойдут через этот ретранслятор</translation>
    </message>
</context>
<context>
    <name>udp</name>
    <message>
        <source>{group} is not a multicast group: use 224.0.0.0-239.255.255.255 (IPv4) or an ff00::/8 address (IPv6).</source>
        <extracomment>The IPv4 limited broadcast address: every host on the local link.</extracomment>
        <translation>{group} — не групповой (multicast) адрес: используйте 224.0.0.0-239.255.255.255 (IPv4) или адрес из ff00::/8 (IPv6).</translation>
    </message>
    <message>
        <source>There is no network interface called {name} on this machine.</source>
        <translation>На этом компьютере нет сетевого интерфейса с именем {name}.</translation>
    </message>
    <message>
        <source>{interface} is not an IPv4 address: for IPv4 the multicast interface is given by one of this machine&apos;s addresses, such as 192.168.1.20 or 127.0.0.1.</source>
        <translation>{interface} — не адрес IPv4: для IPv4 интерфейс групповой рассылки задаётся одним из адресов этого компьютера, например 192.168.1.20 или 127.0.0.1.</translation>
    </message>
    <message>
        <source>Text</source>
        <extracomment>The largest UDP payload over IPv4: 65,535 (IP total length) - 20 (IP header) - 8 (UDP). The largest UDP payload over IPv6 without jumbograms: 65,535 (payload length) - 8 (UDP). The encodings offered for text, by the name people know, with Python&apos;s codec name. Lists put the current language&apos;s own first (app.translations.PREFERRED_ENCODINGS).</extracomment>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>Hex</translation>
    </message>
    <message>
        <source>Text with escapes</source>
        <translation>Текст с экранированием</translation>
    </message>
    <message>
        <source>text</source>
        <translation>текст</translation>
    </message>
    <message>
        <source>hex</source>
        <translation>hex</translation>
    </message>
    <message>
        <source>text with escapes</source>
        <translation>текст с экранированием</translation>
    </message>
    <message>
        <source>Unknown encoding {encoding}: choose one of {names}.</source>
        <translation>Неизвестная кодировка {encoding}: выберите одну из этих: {names}.</translation>
    </message>
    <message>
        <source>{char} (U+{code}) at position {position} cannot be written in {encoding}: choose UTF-8 (or another encoding that has it), or remove it.</source>
        <translation>Символ {char} (U+{code}) в позиции {position} нельзя записать в кодировке {encoding}: выберите UTF-8 (или другую кодировку, в которой он есть) или удалите его.</translation>
    </message>
    <message>
        <source>{char} at position {position} is not a hex digit: use 0-9 and a-f, two digits per byte (spaces between bytes are fine).</source>
        <translation>Символ {char} в позиции {position} — не шестнадцатеричная цифра: используйте 0-9 и a-f, по две цифры на байт (пробелы между байтами допустимы).</translation>
    </message>
    <message>
        <source>Hex needs two digits per byte, but there are {count} digits: add the missing digit (write 0A, not A).</source>
        <translation>В шестнадцатеричной записи на каждый байт нужно по две цифры, а всего цифр: {count}. Добавьте недостающую цифру (пишите 0A, а не A).</translation>
    </message>
    <message>
        <source>{char} (U+{code}) at position {position} cannot be written in {encoding}: choose UTF-8, or write its bytes as \xNN.</source>
        <translation>Символ {char} (U+{code}) в позиции {position} нельзя записать в кодировке {encoding}: выберите UTF-8 или запишите его байты как \xNN.</translation>
    </message>
    <message>
        <source>A lone backslash ends the payload at position {position}: write \\ for a backslash.</source>
        <translation>Данные заканчиваются одиночной обратной косой чертой (позиция {position}): чтобы получить саму обратную косую черту, пишите \\.</translation>
    </message>
    <message>
        <source>\x at position {position} needs two hex digits (\x0A, \xff), got {got}.</source>
        <translation>После \x в позиции {position} нужны две шестнадцатеричные цифры (\x0A, \xff), а получено: {got}.</translation>
    </message>
    <message>
        <source>Unknown escape {escape} at position {position}: use \n \r \t \0 \\ or \xNN.</source>
        <translation>Неизвестная escape-последовательность {escape} в позиции {position}: используйте \n \r \t \0 \\ или \xNN.</translation>
    </message>
    <message>
        <source>65,535 bytes of IPv6 payload minus the 8-byte UDP header</source>
        <translation>65&#xa0;535 байт полезной нагрузки IPv6 минус 8 байт заголовка UDP</translation>
    </message>
    <message>
        <source>65,535 bytes of IP packet minus the 20-byte IP header and the 8-byte UDP header</source>
        <translation>65&#xa0;535 байт IP-пакета минус 20 байт заголовка IP и 8 байт заголовка UDP</translation>
    </message>
    <message>
        <source>The datagram is {total:,} bytes ({size:,} + the {header}-byte sequence header): UDP over {version} carries at most {limit:,} bytes ({why}). Make the payload {excess:,} bytes smaller or split it into several datagrams.</source>
        <translation>Размер дейтаграммы — {total:,} байт ({size:,} + {header} байт заголовка с номером): UDP поверх {version} переносит не более {limit:,} байт ({why}). Уменьшите данные на {excess:,} байт или разделите их на несколько дейтаграмм.</translation>
    </message>
    <message>
        <source>The datagram is {total:,} bytes: UDP over {version} carries at most {limit:,} bytes ({why}). Make the payload {excess:,} bytes smaller or split it into several datagrams.</source>
        <translation>Размер дейтаграммы — {total:,} байт: UDP поверх {version} переносит не более {limit:,} байт ({why}). Уменьшите данные на {excess:,} байт или разделите их на несколько дейтаграмм.</translation>
    </message>
    <message>
        <source>the default interface</source>
        <extracomment>The receive buffer the engine asks for; Linux caps it at net.core.rmem_max. The largest datagram recvfrom() may return (IPv6 payloads reach 65,527 bytes). The counters carry the counts of at most this many streams (the most recently heard); the totals count every stream. Under a flood the trace gets one summary line per this many seconds.</extracomment>
        <translation>интерфейс по умолчанию</translation>
    </message>
    <message>
        <source>Could not join {group} on {interface}: {reason} Check the interface (an address of this machine for IPv4, a name such as eth0 for IPv6).</source>
        <translation>Не удалось присоединиться к группе {group} (интерфейс: {interface}): {reason} Проверьте интерфейс (для IPv4 — адрес этого компьютера, для IPv6 — имя, например eth0).</translation>
    </message>
    <message>
        <source>Packet {number} is not an object with name, target and payload.</source>
        <translation>Пакет {number} — не объект с полями name, target и payload.</translation>
    </message>
    <message>
        <source>Packet {number} has no text {key}.</source>
        <translation>У пакета {number} нет текстового поля {key}.</translation>
    </message>
    <message>
        <source>Packet {number} ({name}) has payload_format {value}: use text, hex or escapes.</source>
        <translation>У пакета {number} ({name}) payload_format равен {value}: используйте text, hex или escapes.</translation>
    </message>
    <message>
        <source>Packet {number} ({name}) has encoding {value}: use one of {choices}.</source>
        <translation>У пакета {number} ({name}) указана кодировка {value}: используйте одну из этих: {choices}.</translation>
    </message>
    <message>
        <source>Not a packets file: invalid JSON at line {line}, column {column} ({reason}).</source>
        <translation>Это не файл пакетов: ошибка JSON в строке {line}, столбце {column} ({reason}).</translation>
    </message>
    <message>
        <source>Not a SocketLab packets file (format is {format}).</source>
        <translation>Это не файл пакетов SocketLab (формат: {format}).</translation>
    </message>
    <message>
        <source>This packets file has version {version}; this SocketLab reads version {supported}. Update SocketLab to read it.</source>
        <translation>Версия этого файла пакетов — {version}, а эта версия SocketLab читает только версию {supported}. Обновите SocketLab, чтобы открыть его.</translation>
    </message>
    <message>
        <source>Not a packets file: expected an object with a &quot;packets&quot; list.</source>
        <translation>Это не файл пакетов: ожидался объект со списком &quot;packets&quot;.</translation>
    </message>
    <message>
        <source>Nobody is listening on {target}: that host answered an earlier datagram with ICMP &apos;port unreachable&apos;. UDP itself never notices; the OS reports it on the next send or receive of the socket. Start a receiver there, or check the port.</source>
        <extracomment>How often progress is reported while a job runs. At full speed the trace gets one summary line of sends per this many seconds. Replies read per readiness before the loop looks at other work.</extracomment>
        <translation>На {target} никто не слушает: этот узел ответил на одну из прежних дейтаграмм сообщением ICMP «port unreachable» (порт недоступен). Сам UDP этого не замечает; ОС сообщает об этом при следующей отправке или приёме через этот сокет. Запустите там приёмник или проверьте порт.</translation>
    </message>
    <message>
        <source>No interface can send to the multicast group {target}: the OS has no multicast route. Set the multicast interface (an address of this machine for IPv4, an interface name or index for IPv6); some interfaces, like Linux&apos;s loopback for IPv6, do not do multicast at all.</source>
        <translation>Ни один интерфейс не может отправить данные в группу {target}: в ОС нет маршрута для групповой рассылки. Укажите интерфейс групповой рассылки (для IPv4 — адрес этого компьютера, для IPv6 — имя или номер интерфейса); некоторые интерфейсы, например loopback в Linux для IPv6, групповую рассылку вообще не поддерживают.</translation>
    </message>
    <message>
        <source>[seq {number:,}] {preview}</source>
        <extracomment>How far behind the newest number a datagram may arrive and still be told apart exactly: reordered (it was missing) or duplicate (it came before). Each stream that ever had a gap keeps one byte per number of this window (4 KiB), whatever the numbers; a jump of any size beyond it counts the skipped numbers as lost without storing them, and a number further behind than this counts as a duplicate (too late to tell). 4,096 covers a second of reordering at about 4,000 datagrams a second. How many streams, per (source address, stream id), one counter follows. A new one beyond this evicts the least recently heard (its counts stay in the totals), so a sender spraying stream ids or source ports cannot grow the table: at most about 1,024 x 4 KiB = 4 MiB.</extracomment>
        <translation>[№ {number:,}] {preview}</translation>
    </message>
</context>
</TS>
