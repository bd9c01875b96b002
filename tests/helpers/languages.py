"""Letters that show a text is in Russian or Chinese, for the per-language UI tests."""

from __future__ import annotations

import re

CYRILLIC = re.compile("[\u0400-\u04ff]")
CHINESE = re.compile("[\u4e00-\u9fff]")
#: (language code, its letters) for `pytest.mark.parametrize`.
TRANSLATED_LANGUAGES = [("ru", CYRILLIC), ("zh_CN", CHINESE)]
