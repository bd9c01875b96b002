"""Help > Lessons: the seven guided labs, their steps ticked as the app sees them done.

The lessons and their detection live in app/ui/help/lessons.py; this is the window.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.ui.help.lessons import Lesson, LessonTracker, Step


def _tr(text: str) -> str:
    return QCoreApplication.translate("Lessons", text)


def step_text(step: Step) -> str:
    """A step's sentence in the current language, its fields filled in."""
    return _tr(step.text).format(**step.fields)


class LessonsDialog(QDialog):
    """The lessons on the left; the chosen one's steps on the right, with check marks."""

    def __init__(self, tracker: LessonTracker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lessonsDialog")
        self.tracker = tracker
        self.lesson_list = QListWidget()
        self.lesson_list.setObjectName("lessonList")
        self.title = QLabel()
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.title.setFont(font)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.intro.setTextFormat(Qt.TextFormat.PlainText)
        self.intro.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.step_list = QListWidget()
        self.step_list.setObjectName("lessonSteps")
        self.step_list.setWordWrap(True)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        right = QVBoxLayout()
        right.addWidget(self.title)
        right.addWidget(self.intro)
        right.addWidget(self.step_list, 1)
        right.addWidget(self.hint)
        row = QHBoxLayout()
        row.addWidget(self.lesson_list)
        row.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(row, 1)
        layout.addWidget(buttons)
        for _lesson in tracker.lessons:
            self.lesson_list.addItem("")
        self._filling = False
        self.lesson_list.currentRowChanged.connect(self.show_lesson)
        self.step_list.itemChanged.connect(self._on_item_changed)
        tracker.step_done.connect(self._on_step_changed)
        tracker.step_undone.connect(self._on_step_changed)
        self._retranslate()
        self.lesson_list.setCurrentRow(0)
        self.resize(820, 460)

    # ------------------------------------------------------------ texts
    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Lessons"))
        self.lesson_list.setAccessibleName(self.tr("Lessons"))
        self.step_list.setAccessibleName(self.tr("Steps"))
        self.hint.setText(
            self.tr(
                "Steps tick themselves when SocketLab sees them happen; tick a step's "
                "Done box yourself where it says so."
            )
        )
        for row in range(len(self.tracker.lessons)):
            self._update_lesson_row(row)
        self.lesson_list.setMinimumWidth(self.lesson_list.sizeHintForColumn(0) + 32)
        self.show_lesson(self.lesson_list.currentRow())

    def changeEvent(self, event: QEvent) -> None:
        """Show the texts in the new language when it changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _update_lesson_row(self, row: int) -> None:
        lesson: Lesson = self.tracker.lessons[row]
        done, total = self.tracker.done_count(row), len(lesson.steps)
        #: {title} is a lesson's title; {done} of {total} steps are ticked.
        text = self.tr("{title} ({done}/{total})").format(
            title=_tr(lesson.title), done=done, total=total
        )
        self.lesson_list.item(row).setText(("✓ " if done == total else "") + text)

    # ------------------------------------------------------------ the chosen lesson
    @Slot(int)
    def show_lesson(self, row: int) -> None:
        """Show a lesson's intro and steps with their check marks."""
        if not 0 <= row < len(self.tracker.lessons):
            return
        lesson = self.tracker.lessons[row]
        self.title.setText(_tr(lesson.title))
        self.intro.setText(_tr(lesson.intro))
        self._filling = True
        self.step_list.clear()
        for index, step in enumerate(lesson.steps):
            item = QListWidgetItem(f"{index + 1}. {step_text(step)}")
            flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
            if step.manual:
                flags |= Qt.ItemFlag.ItemIsUserCheckable
                item.setToolTip(self.tr("Tick Done when you have done it."))
            else:
                item.setToolTip(self.tr("Ticks itself when SocketLab sees it happen."))
            item.setFlags(flags)
            done = self.tracker.is_done(row, index)
            item.setCheckState(Qt.CheckState.Checked if done else Qt.CheckState.Unchecked)
            self.step_list.addItem(item)
        self._filling = False

    def current_lesson(self) -> int:
        """The row of the lesson shown."""
        return self.lesson_list.currentRow()

    def step_checked(self, lesson: int, step: int) -> bool:
        """True when that step shows its check mark (shows that lesson first)."""
        self.lesson_list.setCurrentRow(lesson)
        return self.step_list.item(step).checkState() == Qt.CheckState.Checked

    @Slot(QListWidgetItem)
    def _on_item_changed(self, item: QListWidgetItem) -> None:
        if self._filling:
            return
        row, step = self.current_lesson(), self.step_list.row(item)
        if self.tracker.lessons[row].steps[step].manual:
            self.tracker.set_done(row, step, item.checkState() == Qt.CheckState.Checked)

    @Slot(int, int)
    def _on_step_changed(self, lesson: int, step: int) -> None:
        self._update_lesson_row(lesson)
        item = self.step_list.item(step) if lesson == self.current_lesson() else None
        if item is not None:
            done = self.tracker.is_done(lesson, step)
            self._filling = True
            item.setCheckState(Qt.CheckState.Checked if done else Qt.CheckState.Unchecked)
            self._filling = False
