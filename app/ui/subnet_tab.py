"""The Subnet tab: an IPv4/IPv6 calculator that shows the AND, and plans subnets.

Everything is computed as you type by app.core.subnet and app.core.subnet_plan (pure
`ipaddress` math, instant), so the tab needs no worker. Lists are lazy models and CSV
export is streamed in slices (app.ui.subnet_lists), so huge ranges never freeze it.
"""

from __future__ import annotations

import html
from typing import NamedTuple

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt, Signal, Slot
from PySide6.QtGui import QAction, QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.core.subnet import (
    BitRow,
    SameNetworkAnswer,
    SubnetError,
    SubnetInfo,
    and_rows,
    bit_lines,
    interface_addresses,
    parse_prefix,
    parse_query,
    same_network,
    usable_hosts,
)
from app.core.subnet_plan import (
    HostRows,
    RowSource,
    SubnetRows,
    parse_network_list,
    parse_requirements,
    plan_vlsm,
    prefix_for_count,
    prefix_for_hosts_in,
    summarise,
)
from app.ui.field_error import FieldError
from app.ui.focus import buddy_label, set_tab_order
from app.ui.i18n import format_count, plural_n, translate_message
from app.ui.settings import app_settings, read_setting, write_settings
from app.ui.subnet_lists import ListPanel
from app.ui.theme import bit_colors, set_text_colour, window_status_color
from app.ui.zoom import use_fixed_font


class BitStyles(NamedTuple):
    """Inline CSS for the AND view: network, host and differing bits, muted text."""

    network: str
    host: str
    different: str
    muted: str


def bit_styles(palette: QPalette | None = None, *, dimmed: bool = False) -> BitStyles:
    """The AND view's styles for the current palette (theme.bit_colors), picked each
    time the bits are drawn: a theme switch draws them again (SubnetTab.changeEvent).

    `dimmed` greys every bit (the palette's disabled text, no background): the results
    are stale while the input has an error, and must not look like a fresh answer.
    """
    colours = bit_colors(palette)
    if dimmed:
        current = palette or QGuiApplication.palette()
        grey = current.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text).name()
        flat = f"color:{grey};background-color:transparent;"
        return BitStyles(flat, flat, flat, f"color:{grey};")

    def pair(text: QColor, background: QColor) -> str:
        return f"color:{text.name()};background-color:{background.name()};"

    return BitStyles(
        network=pair(*colours.network),
        host=pair(*colours.host),
        different=pair(*colours.different) + "font-weight:bold;",
        muted=f"color:{colours.muted.name()};",
    )


DEFAULT_ADDRESS = "192.168.1.12/24"
DEFAULT_OTHER = "192.168.1.200"
DEFAULT_VLSM = "Sales 50\nLab 20\nOffice 12\nLink 2"
DEFAULT_SUMMARY = "192.168.0.0/24\n192.168.1.0/24\n192.168.2.0/24\n192.168.3.0/24\n192.168.4.0/23"

SPLIT_BY_PREFIX, SPLIT_BY_COUNT, SPLIT_BY_HOSTS = range(3)
SPLIT_MODES = (
    QT_TRANSLATE_NOOP("SubnetTab", "new prefix"),
    QT_TRANSLATE_NOOP("SubnetTab", "number of subnets"),
    QT_TRANSLATE_NOOP("SubnetTab", "hosts per subnet"),
)
SPLIT_DEFAULTS = ("26", "4", "50")

_SETTINGS_PREFIX = "subnet/"


# --------------------------------------------------------------------------- bits
def _bits_html(
    bits: str, offset: int, prefix: int, total: int, differing: int | None, dimmed: bool = False
) -> str:
    """One line of bits as HTML: network bits and host bits coloured, groups separated."""
    group, separator = (8, ".") if total == 32 else (16, ":")
    styles = bit_styles(dimmed=dimmed)
    parts: list[str] = []
    run_style, run = "", ""
    for index, bit in enumerate(bits):
        position = offset + index
        if index and index % group == 0:
            if run:
                parts.append(f'<span style="{run_style}">{run}</span>')
                run = ""
            parts.append(f'<span style="{styles.muted}">{separator}</span>')
        if differing is not None and position == differing - 1:
            style = styles.different
        elif position < prefix:
            style = styles.network
        else:
            style = styles.host
        if style != run_style and run:
            parts.append(f'<span style="{run_style}">{run}</span>')
            run = ""
        run_style = style
        run += bit
    if run:
        parts.append(f'<span style="{run_style}">{run}</span>')
    return "".join(parts)


def bits_table_html(
    rows: list[BitRow] | tuple[BitRow, ...],
    prefix: int,
    *,
    rule_before: str = "= network",
    differing: int | None = None,
    dimmed: bool = False,
) -> str:
    """The AND drawn as the notes draw it: one row per value, a rule before the result.

    IPv4 rows hold the value and its 32 bits side by side; IPv6 rows put the value on
    its own line and the 128 bits on two lines of 64.
    """
    if not rows:
        return ""
    total = len(rows[0].bits)
    muted = bit_styles(dimmed=dimmed).muted
    out = ['<table cellspacing="0" cellpadding="1">']
    for row in rows:
        # the differing bit is marked in the values compared, not in the mask
        marked = None if row.label == "AND mask" else differing
        label = html.escape(translate_message(row.label))
        text = html.escape(row.text)
        if row.label == rule_before:
            width = 3 if total == 32 else 2
            out.append(f'<tr><td colspan="{width}"><hr style="{muted}"/></td></tr>')
        label_cell = f'<td style="{muted}padding-right:8px;">{label}</td>'
        if total == 32:
            out.append(
                f"<tr>{label_cell}"
                f'<td align="right" style="padding-right:12px;">{text}</td>'
                f"<td>{_bits_html(row.bits, 0, prefix, total, marked, dimmed)}</td></tr>"
            )
            continue
        out.append(f"<tr>{label_cell}<td>{text}</td></tr>")
        for offset, chunk in bit_lines(row.bits):
            line = _bits_html(chunk, offset, prefix, total, marked, dimmed)
            out.append(f"<tr><td></td><td>{line}</td></tr>")
    out.append("</table>")
    return "".join(out)


def legend_html(prefix: int, total: int, dimmed: bool = False) -> str:
    """The colour key under the bits (grey, like the bits, while they are stale)."""
    network_bits = QCoreApplication.translate("BitsView", "network bits: {count}")
    host_bits = QCoreApplication.translate("BitsView", "host bits: {count}")
    rule = QCoreApplication.translate("BitsView", "each network bit = address bit AND mask bit")
    styles = bit_styles(dimmed=dimmed)
    return (
        f'<span style="{styles.network}">&nbsp;'
        f"{html.escape(network_bits.format(count=prefix))}&nbsp;</span>"
        "&nbsp;&nbsp;"
        f'<span style="{styles.host}">&nbsp;'
        f"{html.escape(host_bits.format(count=total - prefix))}&nbsp;</span>"
        f'&nbsp;&nbsp;<span style="{styles.muted}">{html.escape(rule)}</span>'
    )


class BitsView(QLabel):
    """Rows of bits in a monospace font, network and host bits coloured."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.RichText)
        use_fixed_font(self)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.rows: tuple[BitRow, ...] = ()
        self._prefix = 0
        self._differing: int | None = None
        self.retranslate()
        self.hide()  # nothing to show before the first rows

    def retranslate(self) -> None:
        """The view's name in the window's language (the tab draws the rows again)."""
        self.setAccessibleDescription(self.tr("Bits"))  # a name would hide the bits

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.EnabledChange and self.rows:
            self._draw()  # grey while disabled (stale), coloured again when enabled
        super().changeEvent(event)

    def is_dimmed(self) -> bool:
        """True while the bits are drawn grey: the view is disabled (the input has an error)."""
        return not self.isEnabled()

    def _draw(self) -> None:
        self.setText(
            bits_table_html(
                self.rows, self._prefix, differing=self._differing, dimmed=self.is_dimmed()
            )
        )

    def show_rows(
        self,
        rows: list[BitRow] | tuple[BitRow, ...],
        prefix: int,
        differing: int | None = None,
    ) -> None:
        """Draw `rows` with the first `prefix` bits as network bits."""
        self.rows = tuple(rows)
        self._prefix, self._differing = prefix, differing
        self._draw()
        self.setVisible(bool(rows))

    def clear_rows(self) -> None:
        """Show nothing."""
        self.rows = ()
        self.clear()
        self.hide()


class ResultValue(QLabel):
    """One result's value: word-wrapped, so a long one (the /31 broadcast note, RFC 3021)
    is read whole in a small window; selectable by mouse and keyboard, reached with Tab."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def setText(self, text: str) -> None:
        """Show `text`; the label is never narrower than its longest word (an address, a
        reverse zone), which cannot wrap: the page scrolls instead of cutting it."""
        super().setText(text)
        metrics = self.fontMetrics()
        widest = max((metrics.horizontalAdvance(word) for word in text.split()), default=0)
        margins = self.contentsMargins()
        self.setMinimumWidth(widest + margins.left() + margins.right() + 2)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:  # zoom: measure the words again
            self.setText(self.text())
        super().changeEvent(event)

    def fits(self) -> bool:
        """True when the whole text is shown: no word wider than the label, and the text
        wrapped at its width (if it wraps; else on one line) no taller than it."""
        rect = self.contentsRect()
        metrics = self.fontMetrics()
        widest = max((metrics.horizontalAdvance(word) for word in self.text().split()), default=0)
        flags = int(Qt.TextFlag.TextWordWrap) if self.wordWrap() else 0
        needed = metrics.boundingRect(0, 0, rect.width(), 100_000, flags, self.text())
        return (
            widest <= rect.width()
            and needed.width() <= rect.width()
            and (needed.height() <= rect.height())
        )


# --------------------------------------------------------------------------- the tab
class SubnetTab(QWidget):
    """The Subnet tab.

    Signals: `calculated(object)` after each recalculation, with the SubnetInfo or None
    when the input has an error.
    """

    calculated = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.info: SubnetInfo | None = None
        self._shown_info: SubnetInfo | None = None  # the results on show (dimmed on an error)
        self._retranslating = False
        self._built = False
        self._field_keys: list[str] = []
        self._field_widgets: dict[str, tuple[QLabel, ResultValue]] = {}
        self._grid_rows: list[tuple[QLabel, ResultValue]] = []
        self._prefix_version = 0
        self._headline_text = ""  # the last good results' headline
        self._split_values = list(SPLIT_DEFAULTS)
        self._build_inputs()
        self.pages = QTabWidget()
        self.pages.addTab(self._build_calculator_page(), "")
        self.pages.addTab(self._build_split_page(), "")
        self.pages.addTab(self._build_hosts_page(), "")
        self.pages.addTab(self._build_vlsm_page(), "")
        self.pages.addTab(self._build_summary_page(), "")
        layout = QVBoxLayout(self)
        layout.addLayout(self._input_row)
        layout.addWidget(self.address_error)
        layout.addWidget(self.headline)
        layout.addWidget(self.pages, 1)
        self._restore_settings()
        self._connect_signals()
        self.retranslate()
        self._built = True  # from now on a retranslation keeps the lists' rows

    def retranslate(self) -> None:
        """Put every word of the tab in the window's language, and compute the results
        again from what is typed, so they are written in it too."""
        self.pages.setAccessibleName(self.tr("Subnet tools"))
        for index, title in enumerate(
            (
                self.tr("Calculator"),
                self.tr("Split"),
                self.tr("Hosts"),
                self.tr("VLSM"),
                self.tr("Summarise"),
            )
        ):
            self.pages.setTabText(index, title)
        self.address_edit.setAccessibleName(self.tr("Address"))
        self.prefix_combo.setAccessibleName(self.tr("Prefix or mask"))
        self.prefix_combo.lineEdit().setPlaceholderText(self.tr("24 or 255.255.255.0"))
        self.machine_button.setText(self.tr("This machine"))
        self.machine_button.setToolTip(
            self.tr("Fill in an address of one of this machine's interfaces")
        )
        self.address_label.setText(self.tr("&Address"))
        self.prefix_label.setText(self.tr("&Prefix or mask"))
        self.results_box.setTitle(self.tr("Results"))
        self.copy_button.setText(self.tr("Copy results"))
        self.copy_button.setAccessibleName(self.tr("Copy the results as text"))
        self.words_box.setTitle(self.tr("In words"))
        self.bits_box.setTitle(self.tr("Address AND mask = network"))
        self.same_box.setTitle(self.tr("Same network?"))
        self.other_edit.setPlaceholderText(
            self.tr("Another address, e.g. 192.168.1.200 (or a network)")
        )
        self.other_edit.setAccessibleName(self.tr("Another address"))
        for index, mode in enumerate(SPLIT_MODES):
            self.split_mode.setItemText(index, self.tr(mode))  # the choice stays
        self.split_mode.setAccessibleName(self.tr("Split by"))
        self.split_value.setAccessibleName(self.tr("Split value"))
        p2p = self.tr("2 hosts fit a /31 (RFC 3021)")
        p2p_tip = self.tr(
            "Point-to-point links may use a /31: both addresses are hosts, with no "
            "network or broadcast address (RFC 3021). Untick for the classic /30."
        )
        for check in (self.split_p2p, self.vlsm_p2p):
            check.setText(p2p)
            check.setToolTip(p2p_tip)
        self.split_label.setText(self.tr("Split"))
        self.split_by_label.setText(self.tr("by"))
        self.vlsm_edit.setAccessibleName(self.tr("Host requirements"))
        self.vlsm_edit.setPlaceholderText(
            self.tr("One a line: a name and the hosts it needs\nSales 50")
        )
        self.needs_label.setText(
            self.tr("Needs, one a line (name, hosts). Allocated largest first:")
        )
        self.summary_edit.setAccessibleName(self.tr("Networks to summarise"))
        self.summary_edit.setPlaceholderText(self.tr("One network a line\n192.168.0.0/24"))
        self.networks_label.setText(self.tr("Networks, one a line (or comma-separated):"))
        self.split_list.set_name(self.tr("Subnets"))
        self.hosts_list.set_name(self.tr("Hosts"))
        self.vlsm_list.set_name(self.tr("VLSM"))
        self.summary_list.set_name(self.tr("Summary"))
        self._field_keys = []  # the results' row names are written again
        # The words again from the same inputs: the lists keep their rows (and selection),
        # and nothing is announced as calculated.
        self._retranslating = self._built
        try:
            self._calculate(announce=False)
            if self.info is None and self._shown_info is not None:
                self._redraw_dimmed(self._shown_info)
            self.update_summary()
        finally:
            self._retranslating = False

    def _show_list(self, panel: ListPanel, source: RowSource | None, summary: str = "") -> None:
        """Show a list; while retranslating only its summary is written again (the rows
        are the same, their words are refreshed by the panel's model)."""
        if self._retranslating:
            panel.set_summary(summary)
        else:
            panel.set_source(source, summary)

    def _redraw_dimmed(self, info: SubnetInfo) -> None:
        """Write the dimmed last good results again (the input has an error now)."""
        self.info = info
        try:
            self._show_results(info)
            self.update_same_network()
            self.update_split()
            self.update_hosts()
            self.update_vlsm()
        finally:
            self.info = None

    # ------------------------------------------------------------ building
    def _build_inputs(self) -> None:
        self.address_edit = QLineEdit()
        self.address_edit.setPlaceholderText(
            "192.168.1.12/24 · 192.168.1.12 255.255.255.0 · 10.0.0.1/0.0.0.255 · 2001:db8::1/64"
        )
        self.address_edit.setClearButtonEnabled(True)
        self.prefix_combo = QComboBox()
        self.prefix_combo.setEditable(True)
        self.prefix_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.prefix_combo.setMinimumContentsLength(18)
        self._fill_prefix_items(4)
        self.machine_menu = QMenu(self)
        self.machine_button = QToolButton()
        self.machine_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.machine_button.setMenu(self.machine_menu)
        self.address_error = FieldError()
        self.headline = QLabel()
        self.headline.setObjectName("subnetHeadline")
        self.headline.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.headline.setWordWrap(True)  # the stale note is long in some languages
        font = self.headline.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        font.setBold(True)
        self.headline.setFont(font)

        self.address_label = buddy_label("", self.address_edit)
        self.prefix_label = buddy_label("", self.prefix_combo)
        row = QHBoxLayout()
        row.addWidget(self.address_label)
        row.addWidget(self.address_edit, 1)
        row.addSpacing(8)
        row.addWidget(self.prefix_label)
        row.addWidget(self.prefix_combo)
        row.addWidget(self.machine_button)
        self._input_row = row

    def _build_calculator_page(self) -> QWidget:
        self.results_box = QGroupBox()
        self.results_grid = QGridLayout(self.results_box)
        self.results_grid.setColumnStretch(1, 1)
        self.results_grid.setHorizontalSpacing(12)
        self.results_grid.setVerticalSpacing(2)
        self.copy_button = QPushButton()

        self.words_box = QGroupBox()
        self.words_label = QLabel()
        self.words_label.setWordWrap(True)
        self.words_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        QVBoxLayout(self.words_box).addWidget(self.words_label)

        results_column = QVBoxLayout()
        results_column.addWidget(self.results_box)
        copy_row = QHBoxLayout()
        copy_row.addStretch(1)
        copy_row.addWidget(self.copy_button)
        results_column.addLayout(copy_row)
        results_column.addStretch(1)

        self.bits_box = QGroupBox()
        self.bits_view = BitsView()
        self.bits_legend = QLabel()
        self.bits_legend.setTextFormat(Qt.TextFormat.RichText)
        self.bits_legend.setWordWrap(True)
        bits_layout = QVBoxLayout(self.bits_box)
        bits_layout.addWidget(self.bits_view)
        bits_layout.addWidget(self.bits_legend)

        self.same_box = QGroupBox()
        self.other_edit = QLineEdit()
        self.other_edit.setClearButtonEnabled(True)
        self.other_error = FieldError()
        self.same_answer = QLabel()
        self.same_answer.setTextFormat(Qt.TextFormat.RichText)
        self.same_answer.setWordWrap(True)
        self.same_answer.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.other_bits = BitsView()
        same_layout = QVBoxLayout(self.same_box)
        same_layout.addWidget(self.other_edit)
        same_layout.addWidget(self.other_error)
        same_layout.addWidget(self.same_answer)
        same_layout.addWidget(self.other_bits)

        right_column = QVBoxLayout()
        right_column.addWidget(self.bits_box)
        right_column.addWidget(self.same_box)
        right_column.addWidget(self.words_box)
        right_column.addStretch(1)

        content = QWidget()
        columns = QHBoxLayout(content)
        columns.addLayout(results_column, 4)
        columns.addLayout(right_column, 6)
        scroll = QScrollArea()
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the fields and scrolls
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        return scroll

    def _build_split_page(self) -> QWidget:
        self.split_mode = QComboBox()
        self.split_mode.addItems([self.tr(mode) for mode in SPLIT_MODES])
        self.split_value = QLineEdit(SPLIT_DEFAULTS[SPLIT_BY_PREFIX])
        self.split_value.setMaximumWidth(140)
        self.split_p2p = QCheckBox()
        self.split_p2p.setChecked(True)
        self.split_network_label = QLabel()
        self.split_error = FieldError()
        self.split_list = ListPanel(self.tr("Subnets"))
        self.split_label = QLabel()
        self.split_by_label = buddy_label("", self.split_mode)
        controls = QHBoxLayout()
        controls.addWidget(self.split_label)
        controls.addWidget(self.split_network_label)
        controls.addWidget(self.split_by_label)
        controls.addWidget(self.split_mode)
        controls.addWidget(self.split_value)
        controls.addWidget(self.split_p2p)
        controls.addStretch(1)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addLayout(controls)
        layout.addWidget(self.split_error)
        layout.addWidget(self.split_list, 1)
        return page

    def _build_hosts_page(self) -> QWidget:
        self.hosts_list = ListPanel(self.tr("Hosts"))
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(self.hosts_list)
        return page

    def _build_vlsm_page(self) -> QWidget:
        self.vlsm_edit = QPlainTextEdit()
        self.vlsm_edit.setTabChangesFocus(True)
        self.vlsm_p2p = QCheckBox()
        self.vlsm_p2p.setChecked(True)
        self.vlsm_error = FieldError()
        self.vlsm_list = ListPanel(self.tr("VLSM"))
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.needs_label = buddy_label("", self.vlsm_edit)
        self.needs_label.setWordWrap(True)
        left_layout.addWidget(self.needs_label)
        left_layout.addWidget(self.vlsm_edit, 1)
        left_layout.addWidget(self.vlsm_p2p)
        left_layout.addWidget(self.vlsm_error)
        return self._splitter_page(left, self.vlsm_list)

    def _build_summary_page(self) -> QWidget:
        self.summary_edit = QPlainTextEdit()
        self.summary_edit.setTabChangesFocus(True)
        self.summary_error = FieldError()
        self.summary_list = ListPanel(self.tr("Summary"))
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.networks_label = buddy_label("", self.summary_edit)
        self.networks_label.setWordWrap(True)
        left_layout.addWidget(self.networks_label)
        left_layout.addWidget(self.summary_edit, 1)
        left_layout.addWidget(self.summary_error)
        return self._splitter_page(left, self.summary_list)

    @staticmethod
    def _splitter_page(left: QWidget, right: QWidget) -> QWidget:
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([210, 870])
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(splitter)
        return page

    def _connect_signals(self) -> None:
        """Every connection of the tab, in one place."""
        self.address_edit.textChanged.connect(self.recalculate)
        self.prefix_combo.editTextChanged.connect(self.recalculate)
        self.machine_menu.aboutToShow.connect(self.populate_machine_menu)
        self.machine_menu.triggered.connect(self._machine_address_chosen)
        self.copy_button.clicked.connect(self.copy_results)
        self.other_edit.textChanged.connect(self.update_same_network)
        self.split_mode.currentIndexChanged.connect(self._split_mode_changed)
        self.split_value.textChanged.connect(self.update_split)
        self.split_p2p.toggled.connect(self.update_split)
        self.vlsm_edit.textChanged.connect(self.update_vlsm)
        self.vlsm_p2p.toggled.connect(self.update_vlsm)
        self.summary_edit.textChanged.connect(self.update_summary)

    # ------------------------------------------------------------ prefix control
    def _fill_prefix_items(self, version: int) -> None:
        """Offer /0-/32 with their masks for IPv4, /0-/128 for IPv6 (the text is kept)."""
        if version == self._prefix_version:
            return
        self._prefix_version = version
        text = self.prefix_combo.currentText()
        blocked = self.prefix_combo.blockSignals(True)
        self.prefix_combo.clear()
        if version == 4:
            for prefix in range(32, -1, -1):
                mask = parse_query(f"0.0.0.0/{prefix}").network.netmask
                self.prefix_combo.addItem(f"/{prefix}  {mask}")
        else:
            for prefix in range(128, -1, -1):
                self.prefix_combo.addItem(f"/{prefix}")
        self.prefix_combo.setEditText(text)
        self.prefix_combo.blockSignals(blocked)

    def prefix_text(self) -> str:
        """The prefix control's value: its first word (`/24` of `/24  255.255.255.0`)."""
        words = self.prefix_combo.currentText().split()
        return words[0] if words else ""

    def _show_effective_prefix(self, info: SubnetInfo, bare: bool) -> None:
        """Keep the prefix control showing the prefix in use; editable only for a bare address."""
        self._fill_prefix_items(info.version)
        self.prefix_combo.setEnabled(bare)
        if bare:
            self.prefix_combo.setToolTip(
                self.tr("The prefix or mask for the address typed on the left")
            )
            return
        self.prefix_combo.setToolTip(
            self.tr(
                "Set by the prefix or mask in the address; type the address alone to choose here"
            )
        )
        mask = f"  {info.network.netmask}" if info.version == 4 else ""
        blocked = self.prefix_combo.blockSignals(True)
        self.prefix_combo.setEditText(f"/{info.prefix}{mask}")
        self.prefix_combo.blockSignals(blocked)

    # ------------------------------------------------------------ this machine
    @Slot()
    def populate_machine_menu(self) -> None:
        """List this machine's interface addresses in the button's menu."""
        self.machine_menu.clear()
        try:
            entries = interface_addresses()
        except SubnetError as exc:
            self.machine_menu.addAction(translate_message(exc)).setEnabled(False)
            return
        if not entries:
            self.machine_menu.addAction(self.tr("No addresses found")).setEnabled(False)
        for interface, text in entries:
            action = self.machine_menu.addAction(f"{interface}    {text}")
            action.setData(text)

    @Slot(QAction)
    def _machine_address_chosen(self, action: QAction) -> None:
        text = action.data()
        if isinstance(text, str) and text:
            self.address_edit.setText(text)

    def changeEvent(self, event: QEvent) -> None:
        """Follow a theme switch (the bits and the answer are coloured for the palette)
        and a language switch (every word, the results too)."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.PaletteChange and self.info is not None:
            self._show_results(self.info)
            self.update_same_network()
        elif event.type() == QEvent.Type.PaletteChange and self._shown_info is not None:
            self._redraw_dimmed(self._shown_info)  # greyed in the new palette's grey

    # ------------------------------------------------------------ calculating
    @Slot()
    def recalculate(self) -> None:
        """Parse the inputs and refresh every page (called as the user types)."""
        self._calculate(announce=True)

    def _calculate(self, announce: bool) -> None:
        """Parse the inputs and refresh every page; emit `calculated` if `announce`."""
        text = self.address_edit.text()
        bare = "/" not in text and len(text.split()) <= 1
        try:
            info = SubnetInfo(parse_query(text, self.prefix_text() if bare else ""))
        except SubnetError as exc:
            self.info = None
            self.address_error.show_error(exc)
            self._set_results_enabled(False)
            if announce:
                self.calculated.emit(None)
            return
        self.info = info
        self.address_error.clear_error()
        self._set_results_enabled(True)
        self._show_effective_prefix(info, bare)
        self._show_results(info)
        self.update_same_network()
        self.update_split()
        self.update_hosts()
        self.update_vlsm()
        if announce:
            self.calculated.emit(info)

    def _set_results_enabled(self, enabled: bool) -> None:
        """Dim the last good results while the input has an error (no flicker as you type):
        greyed, the bits and their key too, and the headline says they are stale."""
        for widget in (self.results_box, self.bits_box, self.same_box, self.words_box):
            widget.setEnabled(enabled)
        for panel in (self.split_list, self.hosts_list, self.vlsm_list):
            panel.setEnabled(enabled)
        self.headline.setEnabled(enabled)
        self._draw_legend()
        self._show_headline()

    def _draw_legend(self) -> None:
        info = self._shown_info
        if info is None:
            self.bits_legend.clear()
            return
        total = info.address.max_prefixlen
        dimmed = not self.bits_box.isEnabled()
        self.bits_legend.setText(legend_html(info.prefix, total, dimmed))

    def _show_headline(self) -> None:
        """The headline: the results' summary, or why the results are stale or missing."""
        if self.headline.isEnabled():
            text = self._headline_text
        elif self._shown_info is None:
            text = self.tr("No results: correct the address above.")
        else:
            text = self.tr("Not updated while the address has an error. Last result: {result}")
            text = text.format(result=self._headline_text)
        self.headline.setText(text)

    def _show_results(self, info: SubnetInfo) -> None:
        self._shown_info = info
        fields = info.fields()
        keys = [key for key, _, _ in fields]
        if keys != self._field_keys:
            self._rebuild_grid(fields)
        for key, _, value in fields:
            value_edit = self._field_widgets[key][1]
            shown = translate_message(value)
            value_edit.setText(shown)
            value_edit.setToolTip(shown)
        self.bits_view.show_rows(and_rows(info.network, info.address), info.prefix)
        self._draw_legend()
        self.words_label.setText("\n\n".join(translate_message(s) for s in info.explanation()))
        # Counts here outgrow Qt's int (2**128 addresses): {count}, with plural_n() for the form.
        if info.version == 4:
            count = info.usable_hosts
            hosts = self.tr("{count} usable host(s)", "", plural_n(count))
        else:
            count = info.total_addresses
            hosts = self.tr("{count} address(es)", "", plural_n(count))
        hosts = hosts.format(count=format_count(count))
        type_label = translate_message(info.type_label)
        self._headline_text = f"{info.network}   ·   {hosts}   ·   {type_label}"
        self._show_headline()

    def _rebuild_grid(self, fields: list[tuple[str, str, str]]) -> None:
        """Label the grid's rows for these fields (IPv4 and IPv6 show different ones).

        Rows are reused, and the ones not needed are hidden, so switching between IPv4
        and IPv6 as you type creates nothing.
        """
        while len(self._grid_rows) < len(fields):
            row = len(self._grid_rows)
            name_label = QLabel()
            set_text_colour(name_label, "muted")  # grey, readable in either theme
            value_edit = ResultValue()
            name_label.setBuddy(value_edit)
            self.results_grid.addWidget(name_label, row, 0, Qt.AlignmentFlag.AlignRight)
            self.results_grid.addWidget(value_edit, row, 1)
            self._grid_rows.append((name_label, value_edit))
        self._field_widgets.clear()
        for (name_label, value_edit), (key, core_label, _) in zip(
            self._grid_rows, fields, strict=False
        ):
            label = translate_message(core_label)
            name_label.setText(label)
            value_edit.setObjectName(f"result_{key}")
            value_edit.setAccessibleDescription(label)  # a name would hide the value
            name_label.show()
            value_edit.show()
            self._field_widgets[key] = (name_label, value_edit)
        for name_label, value_edit in self._grid_rows[len(fields) :]:
            name_label.hide()
            value_edit.hide()
        self._field_keys = [key for key, _, _ in fields]
        # Rows built now come last in Qt's Tab order: put them first on the page, as seen.
        values = [value_edit for _, value_edit in self._grid_rows]
        set_tab_order(self.pages.tabBar(), *values, self.copy_button, self.other_edit)

    def result(self, key: str) -> str:
        """The value shown for a result field (`network`, `broadcast`...), or ''."""
        widgets = self._field_widgets.get(key)
        return widgets[1].text() if widgets else ""

    @Slot()
    def copy_results(self) -> None:
        """Copy the results as `Label: value` lines."""
        if self.info is None:
            return
        lines = [
            f"{translate_message(label)}: {translate_message(value)}"
            for _, label, value in self.info.fields()
        ]
        QGuiApplication.clipboard().setText("\n".join(lines))

    # ------------------------------------------------------------ same network
    @Slot()
    def update_same_network(self) -> None:
        """Answer "is the other address on this network?" with the bits."""
        text = self.other_edit.text()
        if self.info is None or not text.strip():
            self.other_error.clear_error()
            self.same_answer.clear()
            self.other_bits.clear_rows()
            return
        try:
            answer = same_network(self.info.network, text)
        except SubnetError as exc:
            self.other_error.show_error(exc)
            self.same_answer.clear()
            self.other_bits.clear_rows()
            return
        self.other_error.clear_error()
        self._show_answer(answer)

    def _show_answer(self, answer: SameNetworkAnswer) -> None:
        if self.info is None:
            return
        verdict, reason = translate_message(answer.verdict), translate_message(answer.why)
        kind = "ok" if answer.same else "error"
        colour = window_status_color(kind, self).name()  # the tab: its palette is the new one
        self.same_answer.setText(
            f'<b style="color:{colour};font-size:large;">{html.escape(verdict)}</b>'
            f"&nbsp; {html.escape(reason)}"
        )
        if answer.rows and self.info is not None:
            self.other_bits.show_rows(answer.rows, self.info.prefix, answer.differing_bit)
        else:
            self.other_bits.clear_rows()

    # ------------------------------------------------------------ split
    @Slot(int)
    def _split_mode_changed(self, mode: int) -> None:
        blocked = self.split_value.blockSignals(True)
        self.split_value.setText(self._split_values[mode])
        self.split_value.blockSignals(blocked)
        self.update_split()

    @Slot()
    def update_split(self) -> None:
        """Split the network by the chosen rule and show the subnets (a lazy list)."""
        mode = self.split_mode.currentIndex()
        self._split_values[mode] = self.split_value.text()
        self.split_p2p.setVisible(mode == SPLIT_BY_HOSTS)
        placeholder = ("/26", "4", "50")[mode]
        self.split_value.setPlaceholderText(placeholder)
        info = self.info
        if info is None:
            return
        network = info.network
        self.split_network_label.setText(f"<b>{network}</b>")
        value = self.split_value.text().strip()
        try:
            if mode == SPLIT_BY_PREFIX:
                new_prefix, _ = parse_prefix(value, info.version)
            else:
                number = _parse_count(value, self.split_mode.currentText())
                if mode == SPLIT_BY_COUNT:
                    new_prefix = prefix_for_count(network, number)
                else:
                    new_prefix = prefix_for_hosts_in(
                        network, number, allow_point_to_point=self.split_p2p.isChecked()
                    )
            rows = SubnetRows(network, new_prefix)
        except SubnetError as exc:
            self.split_error.show_error(exc)
            self._show_list(self.split_list, None)
            return
        self.split_error.clear_error()
        each = format_count(usable_hosts(new_prefix, info.version))
        n = plural_n(rows.count)
        if info.version == 4:
            #: {each} is how many usable hosts each subnet has.
            text = self.tr("<b>{count}</b> subnet(s) of /{prefix}, {each} usable hosts each", "", n)
        else:
            #: {each} is how many addresses each subnet has.
            text = self.tr("<b>{count}</b> subnet(s) of /{prefix}, {each} addresses each", "", n)
        self._show_list(
            self.split_list,
            rows,
            text.format(count=format_count(rows.count), prefix=new_prefix, each=each),
        )

    # ------------------------------------------------------------ hosts
    @Slot()
    def update_hosts(self) -> None:
        """List every usable host of the network (a lazy list)."""
        if self.info is None:
            return
        rows = HostRows(self.info.network)
        first, last = rows.row(0)[1], rows.row(rows.count - 1)[1]
        n = plural_n(rows.count)
        if self.info.version == 4:
            text = self.tr("<b>{count}</b> usable host(s) in {network}: {first} to {last}", "", n)
        else:
            text = self.tr("<b>{count}</b> address(es) in {network}: {first} to {last}", "", n)
        self._show_list(
            self.hosts_list,
            rows,
            text.format(
                count=format_count(rows.count), network=self.info.network, first=first, last=last
            ),
        )

    # ------------------------------------------------------------ VLSM
    @Slot()
    def update_vlsm(self) -> None:
        """Plan the typed requirements inside the network, largest first."""
        if self.info is None:
            return
        try:
            needs = parse_requirements(self.vlsm_edit.toPlainText())
            plan = plan_vlsm(
                self.info.network, needs, allow_point_to_point=self.vlsm_p2p.isChecked()
            )
        except SubnetError as exc:
            self.vlsm_error.show_error(exc)
            self._show_list(
                self.vlsm_list,
                None,
                self.tr("Planning inside {network}").format(network=self.info.network),
            )
            return
        self.vlsm_error.clear_error()
        self._show_list(
            self.vlsm_list, plan.table(), html.escape(translate_message(plan.summary()))
        )

    # ------------------------------------------------------------ summarise
    @Slot()
    def update_summary(self) -> None:
        """Collapse the typed networks into the fewest covering ones."""
        try:
            networks = parse_network_list(self.summary_edit.toPlainText())
        except SubnetError as exc:
            self.summary_error.show_error(exc)
            self._show_list(self.summary_list, None)
            return
        self.summary_error.clear_error()
        result = summarise(networks)
        routes = []
        for cover in result.covering:
            extra = result.extra_addresses(cover)
            if extra:
                note = self.tr("{count} extra address(es)", "", plural_n(extra))
                note = note.format(count=format_count(extra))
            else:
                note = self.tr("no extra addresses")
            routes.append(f"<b>{cover}</b> ({note})")
        text = self.tr(
            "{inputs} networks collapse to <b>{count}</b> covering exactly the same "
            "{addresses} addresses. One summary route: {routes}."
        )
        self._show_list(
            self.summary_list,
            result.table(),
            text.format(
                inputs=len(networks),
                count=len(result.networks),
                addresses=format_count(result.input_addresses),
                routes="; ".join(routes),
            ),
        )

    # ------------------------------------------------------------ settings and life
    def _restore_settings(self) -> None:
        settings = app_settings()

        def text(key: str, default: str) -> str:
            return read_setting(_SETTINGS_PREFIX + key, default, settings)

        self.address_edit.setText(text("address", DEFAULT_ADDRESS))
        self.prefix_combo.setEditText(text("prefix", "/24  255.255.255.0"))
        self.other_edit.setText(text("other", DEFAULT_OTHER))
        self.vlsm_edit.setPlainText(text("vlsm", DEFAULT_VLSM))
        self.summary_edit.setPlainText(text("summary", DEFAULT_SUMMARY))
        mode = read_setting(_SETTINGS_PREFIX + "split_mode", 0, settings)
        if 0 <= mode < len(SPLIT_MODES):
            self.split_mode.setCurrentIndex(mode)
            self.split_value.setText(text("split_value", SPLIT_DEFAULTS[mode]))
            self._split_values[mode] = self.split_value.text()

    def save_settings(self) -> None:
        """Remember what was typed, for the next start."""
        values = {
            "address": self.address_edit.text(),
            "prefix": self.prefix_combo.currentText(),
            "other": self.other_edit.text(),
            "vlsm": self.vlsm_edit.toPlainText(),
            "summary": self.summary_edit.toPlainText(),
            "split_mode": self.split_mode.currentIndex(),
            "split_value": self.split_value.text(),
        }
        write_settings({_SETTINGS_PREFIX + key: value for key, value in values.items()})

    def shutdown(self) -> None:
        """Stop any CSV export (deleting its partial file) and save the inputs."""
        for panel in self.list_panels():
            panel.cancel_export()
        self.save_settings()

    def list_panels(self) -> tuple[ListPanel, ...]:
        """The lists of the planning pages."""
        return (self.split_list, self.hosts_list, self.vlsm_list, self.summary_list)


def _parse_count(text: str, what: str) -> int:
    value = text.strip().replace(",", "").replace("_", "")
    if not value:
        raise SubnetError(
            QCoreApplication.translate("SubnetTab", "Type the {what}.").format(what=what)
        )
    if not value.isdigit():
        message = QCoreApplication.translate(
            "SubnetTab", "The {what} must be a whole number, not {text}."
        )
        raise SubnetError(message.format(what=what, text=repr(text.strip())))
    return int(value)
