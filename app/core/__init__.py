"""Qt-free engines and pure logic. Nothing under app.core imports PySide6."""
