"""File transfer: offers through the chat, pieces over a connection of their own."""
