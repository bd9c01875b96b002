"""The Chat tab: host a chat, join one, or use a raw TCP terminal (docs/chat.md).

| module | what |
|---|---|
| tab.py | `ChatTab`: the layout and the wiring, nothing else |
| session.py | `ChatSession`: the server and client engines, the outbox, the history, the state |
| state.py | `ChatState` and `Role`, the one source of truth for every control |
| drain.py | `IncomingDrain`: received events shown in slices, so a flood never freezes |
| search.py | history search, run as an engine |
| notifications.py | unread count, tab title, window alert, tray message |
| export.py | the conversation or the raw terminal's bytes to a text or CSV file |
| conversation.py, panels.py, raw.py, input.py, find_servers.py | the widgets |

Nothing is imported here: the window imports `app.ui.chat.tab` when it builds the tab.
"""
