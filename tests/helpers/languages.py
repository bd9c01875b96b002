"""Letters that show a text is in Russian or Chinese, for the per-language UI tests."""

from __future__ import annotations

import re

from devtools.i18n_check import SCRIPTS

CYRILLIC = SCRIPTS["ru"]
#: Ideographs only: SCRIPTS["zh_CN"] also counts full-width punctuation, which a text
#: left in English can contain too.
CHINESE = re.compile("[\u4e00-\u9fff]")
#: (language code, its letters) for `pytest.mark.parametrize`.
TRANSLATED_LANGUAGES = [("ru", CYRILLIC), ("zh_CN", CHINESE)]
