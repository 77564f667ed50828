"""PyInstaller hello world: the bundle start-up floor (`packaging/build.py --check`).

A window from the same venv's PySide6, its first frame saved to argv[1], then exit.
"""

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel

if __name__ == "__main__":
    app = QApplication(sys.argv[:1])
    window = QLabel("Hello")
    window.resize(400, 200)
    window.show()

    def grab() -> None:
        window.grab().save(sys.argv[1])
        app.quit()

    QTimer.singleShot(0, grab)
    sys.exit(app.exec())
